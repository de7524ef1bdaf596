"""The first-run wizard: one question per page, Back/Next, a progress line, nothing written until «Hoàn tất».

Each «Tiếp theo» runs the core's check (kiosk/services/setup/schema.py, the same as `kiosk setup --file`) over
every answer so far: an error on this page or an earlier one stops here and is shown at its field; errors about
pages not reached yet wait for those pages. «Hoàn tất» hands the checked answers to SetupService.apply on the
worker, which writes everything; a refusal comes back as one sentence at its field.

On a database that does not exist yet the wizard opens before the database stack is imported (`services` None,
kiosk/ui/fast_start.py) and is bound once the new database is made: its first pages ask and check only; what
needs the database (the services' letters, the printers, the voice, saving) waits for bind().
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.services.setup.schema import OfficeSetup, SetupError, check, check_admin_pin
from kiosk.ui.setup.base import STYLE, ErrorLine, Page, button, label
from kiosk.ui.setup.desk_pages import CountersPage, HoursPage
from kiosk.ui.setup.device_pages import PrintersPage, VoicePage
from kiosk.ui.setup.office_pages import CommunePage, PointPage, VillagesPage
from kiosk.ui.setup.people_pages import AdminPage, ChannelsPage, RetentionPage, SummaryPage
from kiosk.ui.worker import run_task

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.services.setup.service import SetupReport, SetupService


PAGE_COUNT = 11  # commune, villages, point, counters, hours, admin, printers, voice, channels, retention, summary


class SetupWizard(QWidget):
    completed = Signal(object)  # the SetupReport
    try_out = Signal()

    def __init__(self, services: Services | None, config: Config | None = None) -> None:
        """`services` None: the database is still being made; `config` then names this PC's point."""
        super().__init__()
        self.setObjectName("SetupWizard")
        self.setWindowTitle(self.tr("Cài đặt lần đầu – Ki-ốt hỗ trợ số"))
        self.setStyleSheet(STYLE)
        self._services: Services | None = None
        self._setup: SetupService | None = None
        self._waiting: OfficeSetup | None = None  # «Hoàn tất» touched before the database was ready
        config = services.config if services is not None else config
        assert config is not None, "the wizard needs the services or the configuration"
        self._config = config
        self.known: set[str] = set()
        self.commune = CommunePage()
        # The other pages come with complete(): at once when the services are given, else right after the first
        # paint (the hours page alone has 28 lists of times: the first question shows without waiting for them).
        self.pages: list[Page] = [self.commune]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 8, 36, 10)
        outer.setSpacing(4)
        self.progress = label("", "progress")
        self.progress.setObjectName("progress")
        outer.addWidget(self.progress)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)
        self.wait = ErrorLine("wizard-error")
        outer.addWidget(self.wait)
        nav = QHBoxLayout()
        self.back = button(self.tr("‹ Quay lại"), secondary=True, name="back")
        self.next = button(self.tr("Tiếp theo ›"), name="next")
        self.next.setMinimumWidth(260)
        self.back.setMinimumWidth(220)
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.next)
        outer.addLayout(nav)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        # Keyboard: Enter in a field goes on (the villages field adds a village instead), Alt+← goes back.
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.go_back)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self, self.go_next)
        self._enter_goes_on(self.commune)
        self.commune.try_out.connect(self._try_out)
        self._show(0)
        if services is not None:
            self.bind(services)

    def complete(self) -> None:
        """Build the pages after the first one (once)."""
        if len(self.pages) > 1:
            return
        config = self._config
        self.villages = VillagesPage()
        self.point = PointPage(config.point_code, config.point_explicit)
        self.counters = CountersPage()
        self.hours = HoursPage()
        self.admin = AdminPage()
        self.printers = PrintersPage(self._services)
        self.voice = VoicePage(self._services)
        self.channels = ChannelsPage()
        self.retention = RetentionPage()
        self.summary = SummaryPage()
        rest: list[Page] = [
            self.villages,
            self.point,
            self.counters,
            self.hours,
            self.admin,
            self.printers,
            self.voice,
            self.channels,
            self.retention,
            self.summary,
        ]
        self.pages.extend(rest)
        assert len(self.pages) == PAGE_COUNT
        for page in rest:
            self.stack.addWidget(page)
            if page is not self.villages:  # there Enter adds a village
                self._enter_goes_on(page)

    def _enter_goes_on(self, page: Page) -> None:
        for field in page.findChildren(type(self.commune.province)):
            field.returnPressed.connect(self.go_next)

    @property
    def bound(self) -> bool:
        return self._services is not None

    def bind(self, services: Services) -> None:
        """The database is there: load the services' letters, let the device pages work, save if asked already."""
        from kiosk.services.setup.service import SetupService

        self._services = services
        self._setup = SetupService(services.sessions, services.clock, services.settings, services.auth)
        self.complete()
        self.printers.bind(services)
        self.voice.bind(services)
        run_task(self, self._setup.service_names, self._services_loaded, self._load_failed)
        if self.pages[self.index] is self.printers:
            self.printers.entered()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._finish(waiting)

    # ---------------------------------------------------------------- loading

    def _services_loaded(self, letters: list[tuple[str, str]]) -> None:
        self.known = {p for p, _ in letters}
        self.counters.set_services(letters)
        if letters:
            self.voice.first_service = letters[0][1]

    def _load_failed(self, error: KioskError) -> None:
        self.wait.say(error.message)

    def _try_out(self) -> None:
        self.commune.try_error.say("")
        self.try_out.emit()

    # ---------------------------------------------------------------- moving

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def _show(self, index: int) -> None:
        if index > 0:
            self.complete()
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        self.progress.setText(self.tr("Bước {n}/{total} · Cài đặt lần đầu").format(n=index + 1, total=PAGE_COUNT))
        self.back.setVisible(index > 0)  # nothing before the first page: no button that does nothing
        last = index == PAGE_COUNT - 1
        self.next.setText(self.tr("Hoàn tất") if last else self.tr("Tiếp theo ›"))
        if index > 0 and page is self.point:
            self.point.set_villages(self.villages.names)
        if last:
            self.summary.show_lines([line for p in self.pages for line in p.summary()])
        page.entered()

    def go_back(self) -> None:
        if self.index > 0 and self.next.isEnabled():
            self.pages[self.index].clear_errors()
            self._show(self.index - 1)

    def go_next(self) -> None:
        if not self.next.isEnabled():
            return
        self.complete()  # the answers of every page are checked
        self.pages[self.index].clear_errors()
        self.wait.say("")
        setup = self._checked()
        if setup is None:
            return
        if self.pages[self.index] is self.summary:
            self._finish(setup)
        else:
            self._show(self.index + 1)

    def answers(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for page in self.pages:
            page.collect(data)
        return data

    def _owner(self, key: str) -> int:
        for i, page in enumerate(self.pages):
            if page.owns(key):
                return i
        return len(self.pages) - 1

    def _checked(self) -> OfficeSetup | None:
        """The core's check over every answer; None (and the sentence at its field) when this page or an earlier
        one has a problem. Problems on pages ahead wait for those pages."""
        setup: OfficeSetup | None = None
        try:
            setup = check(self.answers(), known_services=self.known or None)
        except SetupError as error:
            if self._owner(error.key) <= self.index:
                self._fail(error)
                return None
        if self.index >= self.pages.index(self.admin):
            try:
                check_admin_pin(self.admin.pin.text(), self.admin.pin_again.text())
            except SetupError as error:
                self._fail(error)
                return None
        if setup is None:
            return OfficeSetup("", "", "")  # only reached before the last page: the full check runs again there
        return setup

    def _fail(self, error: SetupError) -> None:
        owner = self._owner(error.key)
        if owner != self.index:
            self._show(owner)
        self.pages[owner].show_error(error.key, error.reason)

    # ---------------------------------------------------------------- finishing

    def _finish(self, setup: OfficeSetup) -> None:
        self.next.setEnabled(False)
        self.back.setEnabled(False)
        self.wait.setProperty("role", "question")
        self.wait.say(self.tr("Đang lưu…"))
        if self._setup is None:
            self._waiting = setup  # saved by bind(), a moment from now
            return
        pin = self.admin.pin.text()
        service = self._setup
        run_task(self, lambda: service.apply(setup, pin, how="wizard"), self._applied, self._apply_failed)

    def _applied(self, report: SetupReport) -> None:
        self.wait.say("")
        self.next.setEnabled(True)
        self.back.setEnabled(True)
        self.completed.emit(report)

    def _apply_failed(self, error: KioskError) -> None:
        self.wait.say("")
        self.wait.setProperty("role", "error")
        self.next.setEnabled(True)
        self.back.setEnabled(True)
        if isinstance(error, SetupError):
            self._fail(error)
        else:
            self.summary.show_error("summary", error.message)

    def say_on_first_page(self, sentence: str) -> None:
        """A problem opening the try-out, shown under its button."""
        self._show(0)
        self.commune.try_error.say(sentence)
