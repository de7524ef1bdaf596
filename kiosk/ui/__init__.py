"""Everything that imports PySide6. Importing it first guards against PySide6 6.12.0's lost reference (qtfix).

The plain modules every screen needs come in before PySide6 does: from its import on, PySide6 reads the source
of each module imported after it (to find `from __feature__ import …` in it), milliseconds a fast start's first
paint would wait for (kiosk/ui/fast_start.py).
"""

import kiosk.clock  # noqa: F401 - before PySide6, see above
import kiosk.languages  # noqa: F401
import kiosk.paths  # noqa: F401
from kiosk.ui import qtfix as _qtfix  # noqa: F401 - installs on import
