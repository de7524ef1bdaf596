"""Commune digital-support kiosk."""

from __future__ import annotations

DISTRIBUTION = "commune-kiosk"


def __getattr__(name: str) -> str:
    # `kiosk.__version__` is read on first use: importlib.metadata scans every installed distribution, a cost
    # every command would otherwise pay at start-up for a number only --version and `kiosk info` print.
    if name != "__version__":
        raise AttributeError(f"module 'kiosk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        # One version number: pyproject.toml's, as installed (the frozen bundle carries the same metadata).
        value = version(DISTRIBUTION)
    except PackageNotFoundError:  # a source tree run without `pip install -e .`
        value = "0+unknown"
    globals()["__version__"] = value
    return value
