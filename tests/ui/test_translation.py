"""The English screens: every text a person sees is English once ui.language is "en", and the translation is whole.

Each screen `kiosk screenshot` knows is built the way the command builds it (demo data at the fixed Tuesday 09:40)
with the English translator installed; every visible widget's text is walked (labels, buttons, tiles, tabs,
window titles, group boxes, table and list cells, headers, combo items, placeholders, tooltips, chart titles and
labels) and none may still hold a Vietnamese letter, except where it comes from the data. What the data holds
(catalogue names, services, villages, staff, guides, the office's name: everything stored in the database) is
collected from that database and allowed; so are the few fixed exceptions below.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from kiosk.app import Services
from kiosk.cli.screenshot_cmd import SCREENSHOT_MOMENT
from kiosk.clock import FixedClock
from kiosk.config import sqlite_url as make_sqlite_url
from kiosk.db.models import Base
from kiosk.paths import I18N_DIR
from kiosk.services.demo import DemoGenerator
from kiosk.services.settings import LANGUAGES, SOURCE_LANGUAGE
from kiosk.ui import worker
from kiosk.ui.admin.tally_view import short_village
from kiosk.ui.app import apply_language, make_application
from kiosk.ui.citizen.tile import TileButton
from kiosk.ui.display.parts import desk_label
from kiosk.ui.display.ticker import Ticker
from kiosk.ui.screens import available_screens
from tests.conftest import prepared_services
from tests.helpers import template
from tools.update_translations import (
    SETTING_TEXTS,
    Message,
    lrelease,
    placeholders,
    problems,
    read_ts,
    setting_texts,
    stale_qm,
)

ROOT = Path(__file__).resolve().parents[2]
TS = I18N_DIR / "kiosk_en.ts"
# Letters only Vietnamese uses here: vowels with a tone or a hat/horn, and đ. Plain ASCII words (VNeID, PIN, Zalo)
# pass whatever their language.
VIETNAMESE = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")
# Shown as they are in every language: the state's name and motto (printed on official papers), the sign of the
# đồng on the tally's figures, and the demo's own strings that are data but not stored (the demo notice on the
# hall display when no ticker is set, the follow-up reason and the printer the screenshot builders type in).
ALLOWED = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Độc lập – Tự do – Hạnh phúc",
    "giấy khai sinh, làm giấy cho con",  # the example of search words: they are typed in Vietnamese
    "Kính gửi",  # the report's own words (Decree 30/2020), quoted where a setting fills them
    "TM. ỦY BAN NHÂN DÂN",
)
_TAG = re.compile(r"<[^>]+>")


def _screen_data() -> tuple[str, ...]:
    """Strings the screenshot builders put on screen as data without storing them (see each SCREENS module)."""
    from kiosk.ui.citizen.screens import PICTURE_PRINTER
    from kiosk.ui.display.screens import DEMO_NOTICE
    from kiosk.ui.setup.screens import EXAMPLE

    # The wizard's screenshots type a person's answers (not stored until Hoàn tất), and its placeholders show
    # examples of such answers: Vietnamese names, as the person will type them.
    wizard = (*EXAMPLE.values(), "Nguyễn Văn An", "Quầy 2 – Tổ công nghệ số cộng đồng")
    return (DEMO_NOTICE, PICTURE_PRINTER, "Nhận kết quả khai sinh", "Máy in hết giấy.", *wizard)


# ---------------------------------------------------------------- what is on screen


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def database_strings(services: Services) -> set[str]:
    """Every text stored in the database (every table, every column, inside JSON too): the screens' data."""
    found: set[str] = set()
    with services.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                for value in row:
                    found.update(s for s in _strings(value) if VIETNAMESE.search(s))
    return found


def allowed_data(services: Services) -> set[str]:
    """The database's texts, as stored and as the screens shorten them (a chart's village without 'Thôn', a hall
    display's desk without 'Quầy 1 –'), and the fixed exceptions."""
    stored = database_strings(services)
    shortened = {short(s) for s in stored for short in (short_village, desk_label)}
    # The consent sentence (the record form's tooltip) is the wording stored with each consent: the exact
    # Vietnamese the citizen agrees to, read to them; it stays Vietnamese like any stored consent.
    consent = {services.privacy.wording()}
    return stored | shortened | consent | core_texts() | set(ALLOWED) | set(_screen_data())


def core_texts() -> set[str]:
    """Texts the core declares and a screen shows as they are: the words of the voice clips, which are what a
    person says into the microphone, in Vietnamese whatever the screens' language."""
    from kiosk.services.voice.clips import clip_specs

    return {spec.words for spec in clip_specs([chr(c) for c in range(ord("A"), ord("Z") + 1)])}


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    display = Qt.ItemDataRole.DisplayRole

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model (QListWidget's) keeps columnCount private: one column
            return 1

    def has_children(index: QModelIndex) -> bool:
        try:
            return model.hasChildren(index)
        except TypeError:  # private in a list model too: a list has no children
            return False

    def walk(parent: QModelIndex) -> Iterator[str]:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (display, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
                if has_children(index):
                    yield from walk(index)

    yield from walk(QModelIndex())
    for column in range(columns(QModelIndex())):
        value = model.headerData(column, Qt.Orientation.Horizontal, display)
        if isinstance(value, str):
            yield value


def _chart_texts(view: QChartView) -> Iterator[str]:
    chart = view.chart()
    yield chart.title()
    for series in chart.series():
        yield series.name()
        for item in getattr(series, "barSets", lambda: [])():
            yield item.label()
        for item in getattr(series, "slices", lambda: [])():
            yield item.label()
    for axis in chart.axes():
        yield axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            yield from axis.categories()


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for every text a person can read on `window` as it is shown."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        kind = type(widget).__name__
        texts: list[str] = [widget.toolTip(), widget.whatsThis()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, TileButton):
            texts += [widget.title, widget.subtitle, *(widget.badge or ())]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts += [widget.tabText(i), widget.tabToolTip(i)]
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
            if widget.isReadOnly():
                texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
            if widget.isReadOnly():
                texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += list(_model_texts(widget))
        if isinstance(widget, QChartView):
            texts += list(_chart_texts(widget))
        if isinstance(widget, Ticker):
            texts.append(widget.text)
        found += [(kind, _TAG.sub(" ", text)) for text in texts if text]
    return found


def still_vietnamese(texts: list[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str]]:
    """The texts with a Vietnamese letter left once every allowed string (longest first) is taken out of them."""
    words = sorted(allowed, key=len, reverse=True)
    out = []
    for kind, text in texts:
        rest = text
        for word in words:
            if word in rest:
                rest = rest.replace(word, " ")
        if VIETNAMESE.search(rest):
            out.append((kind, text))
    return out


# ---------------------------------------------------------------- fixtures


@pytest.fixture
def english() -> Iterator[QApplication]:
    """The whole program in English for one test; Vietnamese again afterwards (the other tests read Vietnamese)."""
    # The application as the other tests left it (make_application again would restyle every live widget).
    app = QApplication.instance() or make_application()
    assert isinstance(app, QApplication)
    assert apply_language(app, "en"), f"kiosk_en.qm not found in {I18N_DIR}: run python tools/update_translations.py"
    worker.run_inline(True)
    try:
        yield app
    finally:
        worker.run_inline(False)
        apply_language(app, SOURCE_LANGUAGE)


@pytest.fixture(scope="module")
def demo(fresh_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The screenshot command's data, built once for every screen: the demo generator (two days, to stay quick)
    on a copy of the catalogue template, at the fixed Tuesday 09:40."""
    folder = tmp_path_factory.mktemp("english")
    url = make_sqlite_url(folder / "demo.sqlite3")
    # A database nobody has set up, as `kiosk screenshot` starts from: the demo brings its invented commune.
    template.fill(url, sqlite_template=fresh_sqlite_template, pg_server=None, pg_template=None)
    clock = FixedClock(SCREENSHOT_MOMENT)
    services = prepared_services(url, folder, clock)
    DemoGenerator(services.sessions, clock).generate(2, 1)
    services.settings.set("duty.allowance_per_day_vnd", 50_000)  # as the command does: the duty tab shows it
    services.settings.set("duty.cap_team_year_vnd", 3_000_000)
    yield services
    services.close()


@contextmanager
def shown(qtbot, services: Services, name: str) -> Iterator[QWidget]:  # noqa: ANN001 - pytest-qt's fixture
    """The screen `name` as `kiosk screenshot` builds it, shown at 1366x768; deleted afterwards, so the windows of
    earlier tests do not pile up (restyling the application repolishes every live widget)."""
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.set(SCREENSHOT_MOMENT)  # a builder may move it (kiosk-closed: after closing time)
    window = available_screens()[name](services)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        yield window
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# ---------------------------------------------------------------- the screens


@pytest.mark.parametrize("name", sorted(available_screens()))
def test_every_screen_is_english(qtbot, demo: Services, english: QApplication, name: str) -> None:  # noqa: ANN001
    with shown(qtbot, demo, name) as window:
        texts = visible_texts(window)
    assert len(texts) >= 2, texts
    left = still_vietnamese(texts, allowed_data(demo))
    assert left == [], f"{name}: still Vietnamese on the English screen: {left}"


def test_the_check_sees_vietnamese_when_no_translator_is_installed(qtbot, demo: Services) -> None:  # noqa: ANN001
    """The walk above can fail: without the translator the same screens are found Vietnamese."""
    app = QApplication.instance() or make_application()
    assert isinstance(app, QApplication)
    apply_language(app, SOURCE_LANGUAGE)
    worker.run_inline(True)
    try:
        for name in ("kiosk-home", "desk"):
            with shown(qtbot, demo, name) as window:
                left = still_vietnamese(visible_texts(window), allowed_data(demo))
            assert len(left) >= 5, (name, left)
            assert any(kind == "window title" for kind, _ in left)
    finally:
        worker.run_inline(False)


def test_the_language_setting_chooses_the_translator(qtbot, demo: Services) -> None:  # noqa: ANN001
    """ui.language is declared with its choices; "en" installs the English texts, "vi" removes them again."""
    from kiosk.errors import InputError

    settings = demo.settings
    assert settings.get("ui.language") == "vi"
    with pytest.raises(InputError, match="vi"):
        settings.set("ui.language", "fr")
    settings.set("ui.language", "en")
    app = make_application(language=settings.get("ui.language"))
    settings.set("ui.language", "vi")
    try:
        assert QCoreApplication.translate("DeskWindow", "Đăng xuất") == "Log out"
        assert QCoreApplication.translate("HomePage", "Thứ Ba") == "Tuesday"
    finally:
        apply_language(app, SOURCE_LANGUAGE)
    assert QCoreApplication.translate("DeskWindow", "Đăng xuất") == "Đăng xuất"
    for code in LANGUAGES:
        assert code == SOURCE_LANGUAGE or (I18N_DIR / f"kiosk_{code}.qm").is_file(), code


def test_kiosk_run_applies_the_setting_to_the_whole_program(qtbot, services: Services, monkeypatch) -> None:  # noqa: ANN001
    """`kiosk run` (run_gui) reads ui.language at start: the window it opens is English, and Vietnamese again
    with the default. The event loop is replaced by an immediate return."""
    from kiosk.ui import app as app_module

    opened: list[QWidget] = []
    build = app_module.build_window

    def keep(*args: Any, **kwargs: Any) -> QWidget:
        opened.append(build(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(app_module, "build_window", keep)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    try:
        services.settings.set("ui.language", "en")
        assert app_module.run_gui(services, role="desk", windowed=True) == 0
        services.settings.set("ui.language", "vi")
        assert app_module.run_gui(services, role="desk", windowed=True) == 0
        assert [w.windowTitle() for w in opened] == ["Help desk", "Bàn hỗ trợ"]
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_language(app, SOURCE_LANGUAGE)
        for window in opened:
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_kiosk_screenshot_follows_the_setting_or_its_option(
    qtbot,  # noqa: ANN001
    sqlite_url: str,
    from_template,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    """`kiosk screenshot --use-db` draws in the database's language; --language overrides it for one picture."""
    from kiosk.cli import main

    url = from_template(sqlite_url)
    app = QApplication.instance() or make_application()
    assert isinstance(app, QApplication)
    try:
        assert main(["--db", url, "settings", "set", "ui.language", "en"]) == 0
        assert main(["--db", url, "screenshot", "desk-login", "--use-db", "--out", str(tmp_path / "en.png")]) == 0
        assert QCoreApplication.translate("LoginPage", "Chọn tên của anh/chị:") == "Choose your name:"
        out = str(tmp_path / "vi.png")
        assert main(["--db", url, "screenshot", "desk-login", "--use-db", "--language", "vi", "--out", out]) == 0
        assert QCoreApplication.translate("LoginPage", "Chọn tên của anh/chị:") == "Chọn tên của anh/chị:"
        assert (tmp_path / "en.png").stat().st_size > 10_000 and (tmp_path / "vi.png").is_file()
    finally:
        apply_language(app, SOURCE_LANGUAGE)


# Vietnamese literals in kiosk/ui that are data, not screen text. Whole files: the Qt printer's errors are stored
# with the print job (print_jobs.error), the voice's names go to the log, and each role's screens.py builds the
# `kiosk screenshot` pictures, typing demo data into them. Single literals: words matched in the data, and the
# service named in the wizard's spoken sample sentence.
DATA_FILES = {"adapters/qt_printer.py", "adapters/qt_speaker.py"}
DATA_LITERALS = {
    ("admin/tally_view.py", "thôn "),
    ("admin/tally_view.py", "tổ dân phố "),
    ("admin/tally_view.py", "xóm "),
    ("admin/tally_view.py", "ấp "),
    ("admin/tally_view.py", "bản "),
    ("admin/tally_view.py", "khu phố "),
    ("display/parts.py", r"^\s*quầy\s*\d+\s*[–—:-]?\s*"),
    ("setup/device_pages.py", "Tư pháp – Hộ tịch"),
}
_TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
_LOG_CALLS = {"debug", "info", "warning", "error", "exception"}


def untranslated_literals() -> list[str]:
    """Vietnamese string literals in kiosk/ui outside tr()/translate()/QT_TRANSLATE_NOOP, logging and docstrings."""
    import ast

    ui = ROOT / "kiosk" / "ui"
    found = []
    for path in sorted(ui.rglob("*.py")):
        where = path.relative_to(ui).as_posix()
        if where in DATA_FILES or (where.endswith("/screens.py") and where != "screens.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and VIETNAMESE.search(node.value)):
                continue
            if isinstance(parents.get(node), ast.Expr) or (where, node.value) in DATA_LITERALS:
                continue  # a docstring, or data
            up = parents.get(node)
            while up is not None and not (
                isinstance(up, ast.Call)
                and getattr(up.func, "attr", getattr(up.func, "id", "")) in _TRANSLATING_CALLS | _LOG_CALLS
            ):
                up = parents.get(up)
            if up is None:
                found.append(f"kiosk/ui/{where}:{node.lineno}: {node.value!r}")
    return found


def test_no_vietnamese_text_outside_tr_in_the_screens() -> None:
    """A screen text written without tr() stays Vietnamese in English and the walk above only sees what the
    screenshots show: every Vietnamese literal in kiosk/ui goes through tr(), QCoreApplication.translate or
    QT_TRANSLATE_NOOP, or is data listed above."""
    assert untranslated_literals() == []


# ---------------------------------------------------------------- the translation files


def test_every_screen_text_is_in_the_ts_and_translated() -> None:
    """kiosk_en.ts holds every tr() text of kiosk/ui (lupdate in a temp folder agrees), each finished, non-empty,
    with the placeholders, shortcuts, edge spaces and line breaks of its source."""
    messages = read_ts(TS)
    assert len(messages) > 400
    assert problems(messages) == [], "translate them, then run: python tools/update_translations.py"


def test_the_ts_is_current(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(m.context, m.source) for m in read_ts(fresh)}
    have = {(m.context, m.source) for m in read_ts(TS)}
    assert sorted(wanted - have) == [], "run: python tools/update_translations.py"
    assert sorted(have - wanted) == [], "texts no screen uses: run python tools/update_translations.py"
    # The settings' descriptions come from the core through a generated list: current with kiosk/services/settings.py.
    assert SETTING_TEXTS.read_text(encoding="utf-8") == setting_texts(), "run: python tools/update_translations.py"


def test_the_committed_qm_matches_the_ts() -> None:
    """The .qm the program loads is the .ts compiled now (lrelease in a temp folder), text for text."""
    assert stale_qm(TS) == []


def test_the_checks_catch_a_broken_translation(tmp_path: Path) -> None:
    bad = [
        Message("C", "Số {code} đã xong.", "Ticket done.", True),
        Message("C", "Chờ %1", "Waiting %2", True),
        Message("C", "&Lưu", "Save", True),
        Message("C", "Hẹn ", "Follow-up", True),
        Message("C", "Đã chờ\nĐang phục vụ", "Waited, serving", True),
        Message("C", "Xong", "", True),
        Message("C", "Thôi", "", False),
    ]
    found = problems(bad)
    assert len(found) == len(bad), found
    assert placeholders("Số {code} – {service}, %1 &Lưu && co") == ["%1", "&", "{code}", "{service}"]
    # A .qm that lags behind its .ts is caught (here: compiled before the last text was translated).
    ts = tmp_path / "kiosk_en.ts"
    text = TS.read_text(encoding="utf-8")
    ts.write_text(text.replace("<translation>Log out</translation>", '<translation type="unfinished"/>'), "utf-8")

    lrelease(ts, ts.with_suffix(".qm"))
    ts.write_text(text, encoding="utf-8")
    assert [line for line in stale_qm(ts) if "Đăng xuất" in line], stale_qm(ts)
    ts.with_suffix(".qm").unlink()
    assert stale_qm(ts) == ["kiosk_en.qm is missing"]


def test_the_core_names_a_screen_translates_are_the_cores() -> None:
    """kiosk/ui/names.py repeats the core's fixed names for lupdate: a name changed in the core must change there."""
    from kiosk.services.access.auth import ROLES
    from kiosk.services.queue.rules import DAY_NAMES
    from kiosk.services.queue.views import COUNTER_STATE_NAMES
    from kiosk.ui import names

    assert names.ROLE_NAMES == ROLES
    assert names.COUNTER_STATE_NAMES == COUNTER_STATE_NAMES
    assert names.WEEKDAY_NAMES == DAY_NAMES
    from kiosk.services.admin.audit_log import ACTION_NAMES
    from kiosk.services.admin.local_catalogue import KINDS
    from kiosk.services.settings import GROUPS, group_of

    assert names.AUDIT_ACTION_NAMES == ACTION_NAMES
    assert names.CATALOGUE_KIND_NAMES == KINDS
    from kiosk.services.voice.espeak_lib import VOICE_NAMES

    assert names.ESPEAK_VOICE_NAMES == VOICE_NAMES
    from kiosk.services.sample import SAMPLE_LINE
    from kiosk.ui.widgets.sample_band import SAMPLE_TEXT

    assert SAMPLE_TEXT == SAMPLE_LINE
    assert names.SETTING_GROUP_NAMES == GROUPS and group_of("no_such_group.key") == names.OTHER_GROUP


def test_the_wheel_and_the_bundle_carry_the_qm() -> None:
    """package-data takes *.qm into the wheel; the PyInstaller spec copies kiosk/resources whole and its prune
    keeps our .qm and Qt's own English and Vietnamese translations (PySide6 ships qtbase_en, no qtbase_vi)."""
    import runpy
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.qm" in pyproject["tool"]["setuptools"]["package-data"]["*"]
    spec = (ROOT / "installer" / "kiosk.spec").read_text(encoding="utf-8")
    assert '(str(root / "kiosk" / "resources"), "kiosk/resources")' in spec
    prune = runpy.run_path(str(ROOT / "installer" / "bundle_prune.py"))
    keep = prune["keep_data"]
    assert keep("kiosk/resources/i18n/kiosk_en.qm")
    assert keep("PySide6/Qt/translations/qtbase_en.qm") and not keep("PySide6/Qt/translations/qtbase_de.qm")
