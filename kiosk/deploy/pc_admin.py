"""Is this command run by the PC's own administrator (root on Linux, an elevated "Run as administrator" window on
Windows)?

The last line of defence for a commune whose only kiosk administrator forgot their PIN. The admin PIN protects the
screens from the people in front of them; whoever administers the PC itself can already replace the program or
edit its database, so letting that account set a new PIN (audited) gives nobody a power they did not have.
"""

from __future__ import annotations

import getpass
import os
import sys


def is_pc_admin() -> bool:
    if sys.platform == "win32":
        import ctypes

        try:
            return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            return False
    return hasattr(os, "geteuid") and os.geteuid() == 0


def account_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container, a deleted account)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "?"
