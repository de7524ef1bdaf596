"""Refresh the Qt translation sources (kiosk/resources/i18n/*.ts) from every self.tr(...) in kiosk/ui.

    python tools/update_translations.py            # update kiosk_en.ts (and any other .ts already there)
    python tools/update_translations.py vi_VN fr   # also start kiosk_vi_VN.ts, kiosk_fr.ts

Vietnamese is the source language, written in the code; a translator opens a .ts in Qt Linguist
(pyside6-linguist), and `pyside6-lrelease kiosk/resources/i18n/kiosk_en.ts` makes the .qm the program loads for
that locale (kiosk/ui/app.py make_application). Uses pyside6-lupdate from the same environment as this Python.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "kiosk" / "resources" / "i18n"
DEFAULT_LANGUAGES = ("en",)


def lupdate() -> str:
    local = Path(sys.executable).parent / ("pyside6-lupdate.exe" if sys.platform == "win32" else "pyside6-lupdate")
    found = str(local) if local.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install pyside6-essentials in this environment")
    return found


def main(languages: list[str]) -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    targets = {I18N / f"kiosk_{lang}.ts" for lang in (*DEFAULT_LANGUAGES, *languages)}
    targets |= set(I18N.glob("kiosk_*.ts"))
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    for target in sorted(targets):
        language = target.stem.removeprefix("kiosk_")
        command = [lupdate(), *sources, "-source-language", "vi_VN", "-target-language", language]
        command += ["-locations", "none", "-no-obsolete", "-ts", str(target.relative_to(ROOT))]
        subprocess.run(command, cwd=ROOT, check=True)
        print(f"{target.relative_to(ROOT)} cập nhật xong")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
