"""Run a program's Qt window and report the moment its first top-level window has painted, then exit.

`python -m benchmarks.paint_probe kiosk run --role kiosk` runs kiosk's own main; `... paint_probe label` shows the
reference: a bare QLabel full screen. The probe only watches (an event filter on each window shown), so the same
probe times any revision of the program: the benchmark compares main and a branch with it. It prints one line,
"PAINTED", once the first visible window's paint event was handled, and leaves at once (os._exit: no clean-up
is timed). The parent process measures the wall time from its start to that line.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from types import ModuleType
from typing import Any


def _report() -> None:
    sys.stdout.write("PAINTED\n")
    sys.stdout.flush()
    os._exit(0)


def _install_watch(widgets: ModuleType) -> None:
    """Make every window shown from Python report its first paint.

    The watch is an event filter on each window as it is shown (QWidget.show, showFullScreen, showMaximized and
    showNormal are wrapped), not on the application: a filter on the application would run Python for every
    event of every widget (some 700 before a screen's first paint), which the program itself never pays, and
    would weigh more on a screen of many widgets than on the reference's one label."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                obj.removeEventFilter(self)
                # The paint event is being delivered now; report once it has been handled and flushed.
                QTimer.singleShot(0, lambda: _report())
            return False

    watch = Watch()
    for name in ("show", "showFullScreen", "showMaximized", "showNormal"):
        original = getattr(widgets.QWidget, name)

        def shown(widget: Any, *args: Any, _original: Any = original) -> Any:
            if widget.isWindow():
                widget.installEventFilter(watch)
            return _original(widget, *args)

        setattr(widgets.QWidget, name, shown)
    widgets._kiosk_probe_watch = watch  # keep it alive


class _Hook(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Patches PySide6.QtWidgets as it is first imported, so the probe itself imports no Qt before the program
    does: PySide6 makes every later import slower (it inspects each module), which would distort the timing."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        inner = spec.loader

        class Loader(importlib.abc.Loader):
            def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
                return inner.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                inner.exec_module(module)
                _install_watch(module)

        spec.loader = Loader()
        return spec


def main(argv: list[str]) -> int:
    sys.meta_path.insert(0, _Hook())
    if argv[:1] == ["label"]:
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication(sys.argv[:1])
        label = QLabel("Ki-ốt hỗ trợ số")
        label.showFullScreen()
        return app.exec()
    if argv[:1] == ["kiosk"]:
        from kiosk.cli import main as kiosk_main

        # As the `kiosk` command starts it: main() reads sys.argv, which tells it the process is its own.
        sys.argv = ["kiosk", *argv[1:]]
        return kiosk_main()
    raise SystemExit("usage: python -m benchmarks.paint_probe (label | kiosk ARGS…)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
