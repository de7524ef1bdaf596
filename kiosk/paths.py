"""Where the shipped resources are: catalogue and guide YAML, fonts, icons, translations.

They ship inside the package (package data; in a PyInstaller bundle, beside the frozen modules), so every path
is found from this file's own location, never from the working directory.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"
CATALOGUE_DIR = RESOURCES / "catalogue"
GUIDES_DIR = RESOURCES / "guides"
DEMO_DIR = RESOURCES / "demo"  # the invented commune of the sample data, never imported into a real install
FONT_DIR = RESOURCES / "fonts"
ICON_DIR = RESOURCES / "icons"
I18N_DIR = RESOURCES / "i18n"
