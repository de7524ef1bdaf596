"""Two Linux-only size cuts for the bundle (read by installer/kiosk.spec). installer/README.md says why.

1. Orphan libraries. PyInstaller collects the shared-library dependencies of every Qt plugin before
   bundle_prune drops the plugins the kiosk never loads; the GTK platform theme alone leaves GTK, GDK, Cairo,
   Pango, ATK and GIO behind (about 20 MB) that nothing left in the bundle needs. `drop_orphans` keeps only
   the top-level libraries some kept binary names in its ELF DT_NEEDED list (plugins, Python extensions and
   libraries below a package folder are the roots: they are loaded by path, not by name).
2. ICU data. Qt6Core in PySide6's Linux wheels links ICU 73, whose data library (libicudata, 32 MB) holds the
   locale data of some 800 locales, dictionaries for Chinese, Khmer, Lao and Burmese word breaking, legacy
   character-set converters and transliterators. The kiosk formats, sorts and breaks Vietnamese and English
   text only. `slim_icu_data` rebuilds the library with the same symbol and soname from a copy of its data
   package without those items (about 5 MB). It needs a C compiler (gcc or cc) to assemble the new library;
   without one the original stays and the build says so.

3. System libraries. Libraries that speak to the PC's own services (CUPS, PulseAudio, D-Bus, systemd) must
   match those services, and the X11, font and GLib libraries are part of every Linux desktop: the bundle
   takes them from the system (installer/README.md lists the Debian packages) instead of carrying the build
   machine's copies; so does the C++ runtime (libstdc++, libgcc_s), which a system new enough for the
   bundle's glibc always has in a version at least as new. Their private dependencies then become orphans and go too.

Standard library only: the ELF and ICU package formats are read here, so the build needs no binutils or ICU
tools.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

# --- ELF: the few fields needed to read DT_NEEDED and find a symbol ---------------------------------------

_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NEEDED, _DT_STRTAB = 1, 5


def _elf64(data: bytes) -> bool:
    return data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1  # 64-bit, little-endian


def _segments(data: bytes) -> list[tuple[int, int, int, int, int]]:
    """(type, file offset, virtual address, file size, memory size) of each program header."""
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    result = []
    for i in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz, p_memsz = struct.unpack_from(
            "<IIQQQQQ", data, phoff + i * phentsize
        )
        result.append((p_type, p_offset, p_vaddr, p_filesz, p_memsz))
    return result


def _file_offset(segments: list[tuple[int, int, int, int, int]], vaddr: int) -> int | None:
    for p_type, offset, start, filesz, _memsz in segments:
        if p_type == _PT_LOAD and start <= vaddr < start + filesz:
            return offset + vaddr - start
    return None


def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED names of a 64-bit little-endian ELF file; [] for anything else."""
    data = path.read_bytes()
    if not _elf64(data):
        return []
    segments = _segments(data)
    dynamic = next((s for s in segments if s[0] == _PT_DYNAMIC), None)
    if dynamic is None:
        return []
    entries = []
    for i in range(dynamic[3] // 16):
        tag, value = struct.unpack_from("<qQ", data, dynamic[1] + 16 * i)
        if tag == 0:
            break
        entries.append((tag, value))
    strtab = next((v for t, v in entries if t == _DT_STRTAB), None)
    table = _file_offset(segments, strtab) if strtab is not None else None
    if table is None:
        return []
    names = []
    for tag, value in entries:
        if tag == _DT_NEEDED:
            start = table + value
            names.append(data[start : data.index(b"\0", start)].decode())
    return names


SYSTEM_LIBRARIES = re.compile(
    r"^lib(cups|pulse|pulse-simple|pulsecommon-[\d.]+|systemd|dbus-1|glib-2\.0|gthread-2\.0|gobject-2\.0"
    r"|X11|X11-xcb|xcb|Xext|Xrender|fontconfig|freetype|expat|z|asound|stdc\+\+|gcc_s)\.so(\.\d+)*$"
)


def drop_system_libraries(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Binaries without the top-level libraries the bundle takes from the system (SYSTEM_LIBRARIES)."""
    kept, dropped = [], []
    for entry in binaries:
        dest = entry[0].replace("\\", "/")
        if "/" not in dest and SYSTEM_LIBRARIES.match(dest):
            dropped.append(dest)
        else:
            kept.append(entry)
    return kept, dropped


def drop_orphans(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Binaries (PyInstaller's (dest, source, kind) entries) without the top-level libraries nothing needs."""

    def top_level(dest: str) -> bool:
        return "/" not in dest.replace("\\", "/")

    by_name: dict[str, list[int]] = {}
    for index, (dest, _source, _kind) in enumerate(binaries):
        by_name.setdefault(Path(dest).name, []).append(index)
    # libpython is opened by the bootloader with dlopen and Python extensions by import: roots like the plugins.
    roots = [
        i
        for i, (dest, _source, kind) in enumerate(binaries)
        if not top_level(dest) or dest.startswith("libpython") or kind == "EXTENSION"
    ]
    reached: set[int] = set()
    stack = list(roots)
    while stack:
        index = stack.pop()
        if index in reached:
            continue
        reached.add(index)
        source = Path(binaries[index][1])
        for name in needed_libraries(source) if source.is_file() else []:
            stack.extend(by_name.get(name, []))
    kept = [entry for i, entry in enumerate(binaries) if i in reached or not top_level(entry[0])]
    dropped = [entry[0] for i, entry in enumerate(binaries) if i not in reached and top_level(entry[0])]
    return kept, dropped


# --- ICU data --------------------------------------------------------------------------------------------

# Locales whose data stays (with their parents: en_001 is the parent of en_GB and other English locales).
KEPT_LOCALES = {"root", "en", "en_001", "en_US", "en_GB", "vi", "vi_VN"}
# Names in the package that are data tables, not locales, although they look like locale ids.
_NOT_LOCALES = {"res_index", "pool"}
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
# Whole families the kiosk never uses: transliteration, and legacy character sets (UTF-8/16 are built in).
_DROPPED_FOLDERS = {"translit"}


def _keep_item(name: str) -> bool:
    parts = name.split("/")[1:]  # drop the package prefix "icudt73l"
    leaf = parts[-1]
    if len(parts) > 1 and parts[0] in _DROPPED_FOLDERS:
        return False
    if leaf.endswith((".cnv", ".dict")):  # converters; CJK/Khmer/Lao/Burmese/Thai word-break dictionaries
        return False
    stem = leaf.rsplit(".", 1)[0]
    if leaf.endswith(".res") and stem not in _NOT_LOCALES and _LOCALE.match(stem):
        return stem in KEPT_LOCALES
    return True


def slim_package(package: bytes) -> bytes:
    """An ICU common-data package ('CmnD') holding only the items `_keep_item` keeps, same header."""
    (header_size,) = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(toc):
        start = header_size + name_offset
        name = package[start : package.index(b"\0", start)].decode("ascii")
        end = toc[i + 1][1] if i + 1 < count else len(package) - header_size
        if _keep_item(name):
            items.append((name, package[header_size + data_offset : header_size + end]))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    names_start = table_size
    data_start = (names_start + len(names) + 15) & ~15  # items are 16-byte aligned, as ICU writes them
    offsets, body, position, name_position = [], bytearray(), data_start, names_start
    for name, item in items:
        offsets.append((name_position, position))
        name_position += len(name) + 1
        padded = item + b"\0" * (-len(item) % 16)
        body += padded
        position += len(padded)
    toc_bytes = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", n, d) for n, d in offsets)
    head = toc_bytes + names
    head += b"\0" * (data_start - len(head))
    return package[:header_size] + head + bytes(body)


def _symbol(data: bytes, wanted: str) -> tuple[int, int] | None:
    """(file offset, size) of a defined dynamic symbol, read from the section headers."""
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    segments = _segments(data)
    for _name, sh_type, _flags, _addr, sh_offset, sh_size, sh_link, _info, _align, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strings = sections[sh_link][4]
        for i in range(sh_size // (entsize or 24)):
            st_name, _st_info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", data, sh_offset + 24 * i)
            start = strings + st_name
            if shndx and data[start : data.index(b"\0", start)].decode() == wanted:
                offset = _file_offset(segments, value)
                return (offset, size) if offset is not None else None
    return None


def slim_icu_data(library: Path, work: Path) -> Path | None:
    """A smaller copy of libicudataNN.so.NN in `work`, or None (with the reason printed) to keep the original."""
    match = re.match(r"libicudata\.so\.(\d+)$", library.name)
    compiler = shutil.which("gcc") or shutil.which("cc")
    if match is None or compiler is None:
        print(f"linux_slim: ICU data kept whole ({'no C compiler' if compiler is None else library.name})")
        return None
    data = library.read_bytes()
    symbol = f"icudt{match.group(1)}_dat"
    found = _symbol(data, symbol) if _elf64(data) else None
    if found is None:
        print(f"linux_slim: ICU data kept whole (no {symbol} in {library})")
        return None
    offset, size = found
    slim = slim_package(data[offset : offset + size])
    work.mkdir(parents=True, exist_ok=True)
    package = work / f"{symbol}.dat"
    package.write_bytes(slim)
    assembly = work / f"{symbol}.S"
    assembly.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{package.name}"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = work / library.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", "-o", str(target), assembly.name, f"-Wl,-soname,{library.name}"],
        cwd=work,
        check=True,
    )
    print(f"linux_slim: ICU data {len(data) / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB")
    return target
