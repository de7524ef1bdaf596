"""Commune digital-support kiosk."""

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "commune-kiosk"

try:
    # One version number: pyproject.toml's, as installed (the frozen bundle carries the same metadata).
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # a source tree run without `pip install -e .`
    __version__ = "0+unknown"
