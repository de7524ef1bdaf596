"""One prepared demo database per (schema, catalogue, demo code, seed): `kiosk screenshot` copies it instead of
migrating, importing the catalogue and generating 30 days every time (about a second each time on the kiosk PC).

The file is named after a digest of what shapes its content, so a change to the schema, the shipped catalogue or
the demo generator makes a new one; it is written under a temporary name and renamed into place, so two
screenshots taken at once never see half a file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from kiosk.paths import CATALOGUE_DIR, GUIDES_DIR

DEMO_DAYS = 30


def _digest(seed: int, moment: str) -> str:
    from kiosk import __version__
    from kiosk.db import migrate, models
    from kiosk.services import demo

    h = hashlib.sha256(f"{__version__}|{migrate.shipped_head()}|{seed}|{moment}|{DEMO_DAYS}".encode())
    sources = [Path(demo.__file__), Path(models.__file__)]
    sources += sorted(CATALOGUE_DIR.glob("*.yaml")) + sorted(GUIDES_DIR.glob("*.yaml"))
    for path in sources:
        try:
            h.update(path.name.encode() + path.read_bytes())
        except OSError:
            h.update(path.name.encode())  # a frozen build has no .py sources: the version above stands for them
    return h.hexdigest()[:16]


def prepared_demo(folder: Path, seed: int, moment: str, build: Callable[[Path], None]) -> Path:
    """The cached demo database for `seed` in `folder`, built by `build(path)` the first time."""
    target = folder / f"demo-{_digest(seed, moment)}.sqlite3"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("demo-*.sqlite3"):
        old.unlink(missing_ok=True)  # an older program's or catalogue's: never used again
    partial = folder / f".demo-{os.getpid()}.sqlite3"
    build(partial)
    os.replace(partial, target)
    return target


def copy_demo(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
