"""The tally dashboard: today at a glance in big numbers, then charts, a day or month picker and export buttons.

Figures come from services.tally off the UI thread (kiosk.ui.worker.run_task); this widget only presents them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.services.tally import Period, Tally
from kiosk.services.tally.exports.fmt import fmt_int, fmt_min, fmt_parts, fmt_pct
from kiosk.ui import worker
from kiosk.ui.admin.charts import bar_chart, donut_chart
from kiosk.ui.theme import ACCENT, ACCENT_INK, INK, MUTED, OK, PAPER, WARN

REFRESH_MS = 60_000  # today's figures move while the desks work
STYLE = f"""
QWidget {{ font-size: 11pt; color: {INK}; background: {PAPER}; }}
QPushButton {{
    min-height: 34px; padding: 4px 16px; border-radius: 8px; font-size: 11pt;
    background: {ACCENT}; color: {ACCENT_INK};
}}
QPushButton:disabled {{ background: #9aa7b4; color: #1b2733; }}
QComboBox, QDateEdit {{ min-height: 32px; padding: 2px 8px; border: 1px solid #8796a5; border-radius: 6px; }}
QLabel#title {{ font-size: 17pt; font-weight: bold; }}
QLabel#heading {{ font-size: 13pt; font-weight: bold; }}
QLabel#muted, QLabel#cardCaption {{ color: {MUTED}; font-size: 10pt; }}
QLabel#cardValue {{ font-size: 24pt; font-weight: bold; color: {ACCENT}; }}
QLabel#cardNote {{ color: {MUTED}; font-size: 9pt; }}
QLabel#status {{ color: {OK}; font-size: 10pt; }}
QLabel#status[error="true"] {{ color: {WARN}; }}
QFrame#card {{ border: 1px solid #c8d1db; border-radius: 10px; background: #f5f8fb; }}
QFrame#card QLabel {{ background: transparent; }}
QFrame#official {{ border: 2px dashed {WARN}; border-radius: 10px; }}
QLabel#officialTitle {{ color: {WARN}; font-weight: bold; font-size: 11pt; }}
"""
VILLAGE_WORDS = ("thôn ", "tổ dân phố ", "xóm ", "ấp ", "bản ", "khu phố ")
WEEKDAYS = (  # literal calls so lupdate finds them; translated with self.tr at display time
    QT_TRANSLATE_NOOP("TallyDashboard", "Thứ Hai"),
    QT_TRANSLATE_NOOP("TallyDashboard", "Thứ Ba"),
    QT_TRANSLATE_NOOP("TallyDashboard", "Thứ Tư"),
    QT_TRANSLATE_NOOP("TallyDashboard", "Thứ Năm"),
    QT_TRANSLATE_NOOP("TallyDashboard", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("TallyDashboard", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("TallyDashboard", "Chủ Nhật"),
)


def short_village(name: str) -> str:
    """'Thôn Bắc Sơn' → 'Bắc Sơn': the chart's title already says these are villages, and labels are narrow."""
    for word in VILLAGE_WORDS:
        if name.lower().startswith(word) and len(name) > len(word):
            return name[len(word) :]
    return name


class StatCard(QFrame):
    """One big number with its caption and a line of detail (parts of a rate, a time)."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.note = QLabel("")
        self.note.setObjectName("cardNote")
        for label in (self.caption, self.value, self.note):
            layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


class TallyDashboard(QWidget):
    def __init__(self, services: Services, staff: StaffInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff = staff
        self._tally: Tally | None = None
        self._folder = ""
        self._loading = False
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Tổng hợp số liệu"))
        root = QVBoxLayout(self)
        root.setContentsMargins(14, 10, 14, 8)
        root.setSpacing(6)
        root.addLayout(self._top_bar())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(8)
        scroll.setWidget(body)
        root.addWidget(scroll, 1)
        self._build_heading()
        self._build_cards()
        self._build_charts()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._auto_refresh)
        self._timer.start()
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        title = QLabel(self.tr("Tổng hợp số liệu"))
        title.setObjectName("title")
        bar.addWidget(title)
        bar.addSpacing(12)
        self.point_box = QComboBox()
        self.point_box.addItem(self.tr("Tất cả các điểm"), None)
        # The points arrive from the worker; until then "all points" is the choice, which is the default anyway.
        worker.run_task(
            self, self._services.tally.points, self._add_points, lambda e: self._set_status(e.message, error=True)
        )
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Theo ngày"), "day")
        self.mode_box.addItem(self.tr("Theo tháng"), "month")
        today = self._services.tally.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.today_button = QPushButton(self.tr("Hôm nay"))
        for widget in (self.point_box, self.mode_box, self.date_edit, self.today_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.status = QLabel("")
        self.status.setObjectName("status")
        bar.addWidget(self.status)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label in (("pdf", self.tr("Xuất PDF")), ("xlsx", self.tr("Xuất Excel")), ("csv", self.tr("Xuất CSV"))):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            bar.addWidget(button)
            self.export_buttons[fmt] = button
        self.point_box.currentIndexChanged.connect(self.refresh)
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self.date_edit.dateChanged.connect(self.refresh)
        self.today_button.clicked.connect(self.show_today)
        return bar

    def _add_points(self, points: list[tuple[str, str]]) -> None:
        for code, name in points:
            self.point_box.addItem(name, code)

    def _build_heading(self) -> None:
        row = QHBoxLayout()
        self.heading = QLabel("")
        self.heading.setObjectName("heading")
        self.subheading = QLabel("")
        self.subheading.setObjectName("muted")
        row.addWidget(self.heading)
        row.addStretch(1)
        row.addWidget(self.subheading)
        self._body.addLayout(row)

    def _build_cards(self) -> None:
        grid = QHBoxLayout()
        grid.setSpacing(8)
        captions = {
            "issued": self.tr("Số đã phát"),
            "served": self.tr("Đã phục vụ"),
            "wait": self.tr("Chờ trung bình"),
            "helped": self.tr("Lượt hỗ trợ"),
            "online_rate": self.tr("Nộp trực tuyến"),
            "vneid": self.tr("VNeID mức 2"),
            "satisfaction": self.tr("Hài lòng"),
            "longest": self.tr("Hàng chờ dài nhất"),
        }
        self.cards = {key: StatCard(caption) for key, caption in captions.items()}
        for card in self.cards.values():
            grid.addWidget(card)
        self._body.addLayout(grid)

    def _build_charts(self) -> None:
        self._charts = QGridLayout()
        self._charts.setSpacing(8)
        self._chart_views: dict[str, QWidget] = {}
        self.official = QFrame()
        self.official.setObjectName("official")
        box = QVBoxLayout(self.official)
        title = QLabel(self.tr("Số liệu chính thức (nhập tay)"))
        title.setObjectName("officialTitle")
        hint = QLabel(self.tr("Do cán bộ nhập kèm nguồn và ngày; không phải số liệu hỗ trợ tại điểm."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.official_list = QLabel("")
        self.official_list.setWordWrap(True)
        self.official_list.setTextFormat(Qt.TextFormat.PlainText)
        self.official_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box.addWidget(title)
        box.addWidget(hint)
        box.addWidget(self.official_list, 1)
        self._charts.addWidget(self.official, 1, 2)
        for col in range(3):
            self._charts.setColumnStretch(col, 1)
        self._body.addLayout(self._charts, 1)

    def _place_chart(self, key: str, view: QWidget, row: int, col: int) -> None:
        old = self._chart_views.pop(key, None)
        if old is not None:
            self._charts.removeWidget(old)
            old.deleteLater()
        self._chart_views[key] = view
        self._charts.addWidget(view, row, col)

    # ------------------------------------------------------------------ period

    def period(self) -> Period:
        chosen: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        if self.mode_box.currentData() == "month":
            return Period.month(chosen.year, chosen.month)
        return Period.day(chosen)

    def point(self) -> str | None:
        return self.point_box.currentData()

    def _mode_changed(self) -> None:
        self.date_edit.setDisplayFormat("MM/yyyy" if self.mode_box.currentData() == "month" else "dd/MM/yyyy")
        self.refresh()

    def show_today(self) -> None:
        today = self._services.tally.today()
        self.mode_box.setCurrentIndex(0)
        self.date_edit.setDate(QDate(today.year, today.month, today.day))

    def _auto_refresh(self) -> None:
        period = self.period()
        if not self._loading and period.start <= self._services.tally.today() <= period.end:
            self.refresh()

    # ------------------------------------------------------------------ figures

    def refresh(self) -> None:
        period, point = self.period(), self.point()
        self._loading = True
        self._set_status(self.tr("Đang tính số liệu…"))
        for button in self.export_buttons.values():
            button.setEnabled(False)
        worker.run_task(self, lambda: self._services.tally.compute(period, point), self.show_tally, self._failed)

    def show_tally(self, tally: Tally) -> None:
        self._loading = False
        self._tally = tally
        d = tally.data
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self._set_status("")
        self.heading.setText(self._period_title(tally))
        self.subheading.setText(
            self.tr("Số liệu hỗ trợ tại điểm · {point} · cập nhật {time}").format(
                point=d["point"]["name"] if d["point"] else self.tr("tất cả các điểm"),
                time=d["generated_at"][11:16],
            )
        )
        self._fill_cards(d)
        self._fill_charts(d)
        self._fill_official(d)

    def _period_title(self, tally: Tally) -> str:
        period = tally.period
        if period.kind == "day":
            weekday = self.tr(WEEKDAYS[period.start.weekday()])
            text = f"{weekday}, {period.start:%d/%m/%Y}"
            return self.tr("Hôm nay – {day}").format(day=text) if period.start == self._services.tally.today() else text
        if period.kind == "month":
            return self.tr("Tháng {month}").format(month=f"{period.start:%m/%Y}")
        return self.tr("Từ {start} đến {end}").format(start=f"{period.start:%d/%m/%Y}", end=f"{period.end:%d/%m/%Y}")

    def _fill_cards(self, d: dict[str, Any]) -> None:
        q, a, s, ap = d["queue"], d["assist"], d["satisfaction"], d["apps"]
        parts = a["online_rate_parts"]
        minutes = self.tr("{n} phút")
        self.cards["issued"].set(fmt_int(q["issued"]), self.tr("đang chờ: {n}").format(n=fmt_int(q["open"])))
        self.cards["served"].set(fmt_int(q["served"]), self.tr("vắng mặt: {n}").format(n=fmt_int(q["no_show"])))
        mean, p90 = q["wait_min"]["mean"], q["wait_min"]["p90"]
        self.cards["wait"].set(
            minutes.format(n=fmt_min(mean)) if mean is not None else "—",
            self.tr("90% chờ dưới {n} phút").format(n=fmt_min(p90)) if p90 is not None else "",
        )
        self.cards["helped"].set(
            fmt_int(a["helped"]), self.tr("từ 60 tuổi: {n}").format(n=fmt_int(d["people"]["aged_60_plus"]))
        )
        self.cards["online_rate"].set(
            fmt_pct(a["online_rate"]),
            self.tr("{parts} hồ sơ đã nộp").format(parts=fmt_parts(parts["numerator"], parts["denominator"])),
        )
        self.cards["vneid"].set(
            fmt_int(ap["vneid_l2_activated"]), self.tr("mức 1: {n}").format(n=fmt_int(ap["vneid_l1_created"]))
        )
        self.cards["satisfaction"].set(
            fmt_pct(s["rate"]),
            self.tr("{parts} lượt đánh giá").format(parts=fmt_parts(s["satisfied"], s["ratings"])),
        )
        at = q["longest_queue_at"]
        self.cards["longest"].set(
            fmt_int(q["longest_queue"]), self.tr("lúc {time}").format(time=at[11:16]) if at else ""
        )

    def _fill_charts(self, d: dict[str, Any]) -> None:
        q, a = d["queue"], d["assist"]
        hours = q["by_hour"]
        self._place_chart(
            "hours",
            bar_chart(self.tr("Số người đến theo giờ"), [f"{int(h)}h" for h in hours], {"": list(hours.values())}),
            0,
            0,
        )
        buckets = q["wait_distribution"]
        labels = [f"{b['from']}–{b['to']}" if b["to"] is not None else f"≥{b['from']}" for b in buckets]
        self._place_chart(
            "waits",
            bar_chart(self.tr("Thời gian chờ (phút)"), labels, {"": [b["count"] for b in buckets]}),
            0,
            1,
        )
        outcomes = {
            self.tr("Trực tuyến"): a["online"],
            self.tr("Trực tiếp"): a["in_person"],
            self.tr("Bưu chính"): a["postal"],
            self.tr("Chưa nộp được"): a["not_submitted"],
        }
        title = self.tr("Kết quả hỗ trợ thủ tục")
        self._place_chart(
            "outcomes", donut_chart(title, outcomes, self.tr("{title}: chưa có").format(title=title)), 0, 2
        )
        villages = d["by_village"]
        self._place_chart(
            "villages",
            bar_chart(
                self.tr("Theo thôn"),
                [short_village(v["name"]) for v in villages.values()],
                {
                    self.tr("Lượt hỗ trợ"): [v["helped"] for v in villages.values()],
                    self.tr("Nộp trực tuyến"): [v["online"] for v in villages.values()],
                },
            ),
            1,
            0,
        )
        members = d["by_member"]
        self._place_chart(
            "members",
            bar_chart(
                self.tr("Theo thành viên"),
                [v["name"] for v in members.values()],
                {
                    self.tr("Lượt hỗ trợ"): [v["helped"] for v in members.values()],
                    self.tr("Ngày trực"): [v["duty_days"] for v in members.values()],
                },
                horizontal=True,
            ),
            1,
            1,
        )

    def _fill_official(self, d: dict[str, Any]) -> None:
        rows = d["official"]
        if not rows:
            self.official_list.setText(
                self.tr(
                    "Chưa có số liệu chính thức cho kỳ này.\nNhập ở thẻ “Số liệu chính thức” của màn hình quản trị."
                )
            )
            return
        lines = [
            self.tr("{name}: {value}\n    nguồn: {source}, ngày {day}").format(
                name=o["name"],
                value=o["value"],
                source=o["source"],
                day=date.fromisoformat(o["source_date"]).strftime("%d/%m/%Y"),
            )
            for o in rows
        ]
        self.official_list.setText("\n".join(lines))

    # ------------------------------------------------------------------ export

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu báo cáo"), self._folder or str(Path.home())
        )

    def export(self, fmt: str) -> None:
        tally = self._tally
        if tally is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        self._folder = folder
        staff_id = self._staff.id if self._staff else None
        services = self._services

        def work() -> Path:
            path = services.tally.export(tally, fmt, Path(folder))
            services.auth.audit(staff_id, "tally_export", path.name, format=fmt, point=tally.point_code)
            return path

        for button in self.export_buttons.values():
            button.setEnabled(False)
        self._set_status(self.tr("Đang xuất {fmt}…").format(fmt=fmt.upper()))
        worker.run_task(self, work, self._exported, self._failed)

    def _exported(self, path: Path) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.last_export = path
        self._set_status(self.tr("Đã lưu {name}").format(name=str(path)))

    def _failed(self, error: KioskError) -> None:
        self._loading = False
        for button in self.export_buttons.values():
            button.setEnabled(self._tally is not None)
        self._set_status(error.message, error=True)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("error", "true" if error else "false")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
