"""The admin screen's "Đợt cao điểm" tab: the campaigns with their dates and state, turn one on or off, its topics.

Plain data from the tally service's campaigns (all, set_enabled), every call on the worker like the other admin
tabs. A campaign is defined from a YAML file on the command line (kiosk campaign add), which the tab says.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.tally.campaigns import CampaignInfo
from kiosk.ui.desk.tables import RowTable
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task


class CampaignTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._campaigns = services.tally.campaigns
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Đợt đang bật có mục riêng trong mọi báo cáo trùng thời gian của đợt. "
                "Khai báo đợt mới bằng lệnh: kiosk campaign add --file TỆP.yaml"
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.toggle_button = QPushButton(self.tr("Bật / tắt đợt đã chọn"))
        self.toggle_button.setMinimumWidth(300)
        self.toggle_button.clicked.connect(self.toggle_selected)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.table = RowTable(
            [self.tr("Mã"), self.tr("Tên đợt"), self.tr("Từ ngày"), self.tr("Đến ngày"), self.tr("Trạng thái")],
            stretch=1,
        )
        self.table.itemSelectionChanged.connect(self._show_topics)
        layout.addWidget(self.table, 1)
        # Topic names whole; the catalogue codes they count take the rest of the width.
        self.topics = RowTable([self.tr("Chủ đề của đợt"), self.tr("Được tính khi hỗ trợ")], stretch=1)
        layout.addWidget(self.topics, 1)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        run_task(self, self._campaigns.all, lambda rows: self._show(rows, select), self._failed)

    def _show(self, rows: list[CampaignInfo], select: str | None) -> None:
        cells = [
            [
                c.code,
                c.name,
                f"{c.date_from:%d/%m/%Y}",
                f"{c.date_to:%d/%m/%Y}",
                self.tr("Đang bật") if c.enabled else self.tr("Đang tắt"),
            ]
            for c in rows
        ]
        self.table.fill(rows, cells)
        index = next((i for i, c in enumerate(rows) if c.code == select), 0 if rows else -1)
        if index >= 0:
            self.table.selectRow(index)
        self._show_topics()

    def _selected(self) -> CampaignInfo | None:
        row = self.table.currentRow()
        return self.table.rows[row] if 0 <= row < len(self.table.rows) else None

    def _show_topics(self) -> None:
        chosen = self._selected()
        topics = list(chosen.topics) if chosen else []
        cells = [[t["name"], self._counts(t)] for t in topics]
        self.topics.fill(topics, cells)

    def _counts(self, topic: dict) -> str:
        parts = [*topic.get("guidance_topics", []), *topic.get("app_tasks", [])]
        if topic.get("procedures") == "online":
            parts.append(self.tr("thủ tục nộp trực tuyến"))
        elif topic.get("procedures") == "all":
            parts.append(self.tr("mọi thủ tục"))
        return ", ".join(parts)

    def toggle_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            self.notice.error(self.tr("Xin chọn một đợt trong danh sách trước."))
            return
        code, enabled = chosen.code, not chosen.enabled
        run_task(self, lambda: self._campaigns.set_enabled(code, enabled), self._toggled, self._failed)

    def _toggled(self, info: CampaignInfo) -> None:
        text = self.tr("Đã bật đợt {0}.") if info.enabled else self.tr("Đã tắt đợt {0}.")
        self.notice.ok(text.replace("{0}", info.code))
        self.refresh(select=info.code)

    def _failed(self, error: KioskError) -> None:
        self.notice.error(error.message)
