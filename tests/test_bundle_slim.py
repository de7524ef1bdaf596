"""The Linux bundle's size cuts (installer/linux_slim.py): read real ELF files and the real ICU data of the
installed PySide6, and check what stays. The bundle's smoke test (.ci/run) then runs every screen on them."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "installer"))
import linux_slim  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cuts are for the Linux bundle")

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"


def _package_items(package: bytes) -> list[str]:
    (header,) = struct.unpack_from("<H", package, 0)
    (count,) = struct.unpack_from("<I", package, header)
    names = []
    for i in range(count):
        name_offset, data_offset = struct.unpack_from("<II", package, header + 4 + 8 * i)
        start = header + name_offset
        names.append(package[start : package.index(b"\0", start)].decode())
        assert data_offset % 16 == 0, "ICU items are 16-byte aligned"
    return names


def _icu_data() -> Path:
    found = sorted(QT_LIB.glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 links no ICU of its own")
    return found[0]


def test_needed_libraries_reads_the_dynamic_section() -> None:
    needed = linux_slim.needed_libraries(QT_LIB / "libQt6Core.so.6")
    assert "libc.so.6" in needed
    assert linux_slim.needed_libraries(Path(__file__)) == []  # not an ELF file


def test_icu_package_keeps_vietnamese_and_english_and_drops_the_rest() -> None:
    library = _icu_data()
    data = library.read_bytes()
    offset, size = linux_slim._symbol(data, f"icudt{library.name.rsplit('.', 1)[1]}_dat")
    original = data[offset : offset + size]
    slim = linux_slim.slim_package(original)
    before, after = _package_items(original), _package_items(slim)
    assert after == sorted(after) == [n for n in before if n in set(after)], "order kept: ICU searches the table"
    leaves = {name.split("/", 1)[1] for name in after}
    for wanted in (
        "coll/vi.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "vi.res",
        "en.res",
        "root.res",
        "zoneinfo64.res",
        "brkitr/word.brk",
        "res_index.res",
        "pool.res",
        "unames.icu",
        "cnvalias.icu",
    ):
        assert wanted in leaves, wanted
    for unwanted in ("coll/zh.res", "fr.res", "brkitr/cjdict.dict", "translit/root.res"):
        assert unwanted not in leaves, unwanted
    assert not any(leaf.endswith(".cnv") for leaf in leaves)
    assert len(slim) < len(original) / 4


def test_slim_icu_library_exports_the_same_symbol(tmp_path: Path) -> None:
    library = _icu_data()
    built = linux_slim.slim_icu_data(library, tmp_path)
    if built is None:
        pytest.skip("no C compiler on this machine: the bundle keeps ICU's data whole")
    symbol = f"icudt{library.name.rsplit('.', 1)[1]}_dat"
    found = linux_slim._symbol(built.read_bytes(), symbol)
    assert found is not None and found[1] > 1_000_000
    soname = subprocess.run(["readelf", "-d", str(built)], capture_output=True, text=True, check=False).stdout
    assert library.name in soname or not soname  # readelf may be missing; the symbol check above is the proof


def test_orphans_and_system_libraries_are_left_out(tmp_path: Path) -> None:
    core = QT_LIB / "libQt6Core.so.6"
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", str(core), "BINARY"),  # a root: below a package folder
        ("libicuuc.so.73", str(QT_LIB / "libicuuc.so.73"), "BINARY"),  # needed by Qt6Core
        ("libunused.so.1", str(core), "BINARY"),  # nothing names it
        ("libpython3.11.so.1.0", str(core), "BINARY"),  # opened by the bootloader
        ("libcups.so.2", str(core), "BINARY"),
    ]
    kept, system = linux_slim.drop_system_libraries(binaries)
    assert system == ["libcups.so.2"]
    kept, orphans = linux_slim.drop_orphans(kept)
    names = [dest for dest, _source, _kind in kept]
    assert "libunused.so.1" in orphans
    assert "libpython3.11.so.1.0" in names and "PySide6/Qt/lib/libQt6Core.so.6" in names
    if "libicuuc.so.73" in linux_slim.needed_libraries(core):
        assert "libicuuc.so.73" in names
