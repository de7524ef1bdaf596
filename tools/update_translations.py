"""Refresh the translations of the screens: the sources (kiosk/resources/i18n/*.ts) and what the program loads (.qm).

    python tools/update_translations.py            # the one command: lupdate every .ts, then lrelease every .qm
    python tools/update_translations.py --check    # change nothing; list what is left to do (exit 1 if anything)
    python tools/update_translations.py vi_VN fr   # also start kiosk_vi_VN.ts, kiosk_fr.ts

Vietnamese is the source language, written in the code with tr() (or QCoreApplication.translate / QT_TRANSLATE_NOOP
for module-level texts). After a merge that brought new or changed screen texts, run the first command: lupdate
adds the new texts to kiosk_en.ts as unfinished and drops the ones no screen uses any more; then `--check` lists
every text still to translate, by context, with its Vietnamese source. Translate them in Qt Linguist
(`pyside6-linguist kiosk/resources/i18n/kiosk_en.ts`, mark each one done) or in a text editor (write the
<translation> and remove type="unfinished"), run the first command again (it compiles the .qm) and commit the .ts
and the .qm together. tests/ui/test_translation.py fails while a text is unfinished, a placeholder ({code}, %1,
&-shortcut, line break) differs from its source, or the committed .qm does not match its .ts.

It also writes kiosk/ui/admin/setting_texts.py, the settings' descriptions (declared in the core, which has no Qt)
for lupdate, so a setting added on another branch reaches the .ts with the next run.

The .qm files are committed (not built at install time): `pip install`, the wheel and the PyInstaller bundle take
kiosk/resources as it is, and none of them runs Qt's tools. A .ts without its current .qm fails the tests instead.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "kiosk" / "resources" / "i18n"
DEFAULT_LANGUAGES = ("en",)
# What must survive translation unchanged: {name} and {0} (str.format / replace), %1 and %n (Qt's arg), a single
# & (a keyboard shortcut; && is a literal ampersand).
_PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%(?:\d+|n)|(?<!&)&(?!&)(?=\S)")


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python (the venv's, not the PATH's)."""
    local = Path(sys.executable).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install pyside6-essentials in this environment")
    return found


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: message without <translation>"
            state = translation.get("type")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=translation.text or "",
                    finished=state is None,
                )
            )
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _edges(text: str) -> tuple[str, str, int]:
    """Leading and trailing white space and the number of line breaks: texts are glued and laid out by them."""
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :], text.count("\n")


def problems(messages: list[Message]) -> list[str]:
    """One line per text that is unfinished, empty, or whose placeholders, shortcuts or edges differ from its source."""
    found = []
    for m in messages:
        where = f"[{m.context}] {m.source!r}"
        if not m.finished:
            found.append(f"unfinished {where}")
        elif not m.translation.strip():
            found.append(f"empty {where}")
        elif placeholders(m.source) != placeholders(m.translation):
            found.append(f"placeholders {where}: {placeholders(m.source)} != {placeholders(m.translation)}")
        elif _edges(m.source) != _edges(m.translation):
            found.append(f"spaces or line breaks {where} -> {m.translation!r}")
    return found


SETTING_TEXTS = ROOT / "kiosk" / "ui" / "admin" / "setting_texts.py"


def setting_texts() -> str:
    """The source of kiosk/ui/admin/setting_texts.py: every setting's description (kiosk/services/settings.py, which
    has no Qt) inside QT_TRANSLATE_NOOP, so lupdate puts them in the .ts and the settings tab shows them translated.
    Generated, so a setting another branch declares is picked up by the next run of this tool."""
    sys.path.insert(0, str(ROOT))
    from kiosk.services.settings import SETTINGS

    lines = [
        '"""Generated by tools/update_translations.py from kiosk/services/settings.py: do not edit by hand."""',
        "",
        "# ruff: noqa: E501",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "DESCRIPTIONS = (",
    ]
    for spec in SETTINGS.values():
        # One argument a line with a trailing comma: the shape ruff format keeps, so the file stays as generated.
        text = json.dumps(spec.description, ensure_ascii=False)
        lines += ["    QT_TRANSLATE_NOOP(", '        "settings",', f"        {text},", "    ),"]
    lines.append(")")
    return "\n".join(lines) + "\n"


def targets(languages: list[str]) -> list[Path]:
    found = {I18N / f"kiosk_{lang}.ts" for lang in (*DEFAULT_LANGUAGES, *languages)}
    return sorted(found | set(I18N.glob("kiosk_*.ts")))


def lupdate(target: Path) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    language = target.stem.removeprefix("kiosk_")
    command = [qt_tool("pyside6-lupdate"), *sources, "-source-language", "vi_VN", "-target-language", language]
    command += ["-locations", "none", "-no-obsolete", "-ts", str(target.relative_to(ROOT))]
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile `ts` to `qm`; unfinished texts are left out (the screen shows the Vietnamese source for them)."""
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def stale_qm(ts: Path) -> list[str]:
    """Texts whose committed .qm (beside the .ts) does not give the .ts translation; [] when it matches."""
    from PySide6.QtCore import QTranslator

    qm = ts.with_suffix(".qm")
    if not qm.is_file():
        return [f"{qm.name} is missing"]
    committed = QTranslator()
    if not committed.load(str(qm)):
        return [f"{qm.name} cannot be read"]
    with tempfile.TemporaryDirectory(prefix="kiosk-qm-") as tmp:
        fresh_path = Path(tmp) / qm.name
        lrelease(ts, fresh_path)
        fresh = QTranslator()
        assert fresh.load(str(fresh_path)), f"lrelease wrote an unreadable {fresh_path}"
        differ = [
            f"[{m.context}] {m.source!r}"
            for m in read_ts(ts)
            if committed.translate(m.context, m.source) != fresh.translate(m.context, m.source)
        ]
    return [f"{qm.name} differs from {ts.name} for {line}" for line in differ]


def check(paths: list[Path]) -> list[str]:
    report = []
    if not SETTING_TEXTS.is_file() or SETTING_TEXTS.read_text(encoding="utf-8") != setting_texts():
        report.append(f"{SETTING_TEXTS.relative_to(ROOT)} is not current (a setting was added or reworded)")
    for ts in paths:
        if not ts.is_file():
            report.append(f"{ts.name} is missing")
            continue
        report += [f"{ts.name}: {line}" for line in problems(read_ts(ts))]
        report += [f"{ts.name}: {line}" for line in stale_qm(ts)]
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", help="start a translation for these languages too (e.g. fr)")
    parser.add_argument("--check", action="store_true", help="change nothing; list unfinished texts, stale .qm")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    paths = targets(args.languages)
    if not args.check:
        SETTING_TEXTS.write_text(setting_texts(), encoding="utf-8")
        for ts in paths:
            lupdate(ts)
            lrelease(ts, ts.with_suffix(".qm"))
            print(f"{ts.relative_to(ROOT)} and {ts.with_suffix('.qm').name} updated")
    report = check(paths)
    for line in report:
        print(line)
    if report:
        print(f"{len(report)} to do: translate, then run python tools/update_translations.py", file=sys.stderr)
        return 1
    print("every text is translated and every .qm is current")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
