"""Everything that imports PySide6. Importing it first guards against PySide6 6.12.0's lost reference (qtfix)."""

from kiosk.ui import qtfix as _qtfix  # noqa: F401 - installs on import
