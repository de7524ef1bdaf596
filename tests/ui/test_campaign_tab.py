"""The admin screen's "Đợt cao điểm" tab: the shipped example listed disabled with its six topics; one tap turns
the selected campaign on (and it then counts in the tally), another turns it off; work runs inline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from kiosk.app import Services
from kiosk.ui import worker
from kiosk.ui.admin.campaign_tab import CampaignTab


@pytest.fixture
def inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


def test_toggle_the_example_campaign(services: Services, qtbot, inline: None) -> None:
    tab = CampaignTab(services)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "KONTUM-10NGAY-2024" and tab.table.item(0, 4).text() == "Đang tắt"
    assert tab.topics.rowCount() == 6
    assert tab.topics.item(5, 0).text() == "Cài đặt VNeID, kích hoạt tài khoản định danh điện tử"
    assert "vneid_l2_activate" in tab.topics.item(5, 1).text()
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert tab.table.item(0, 4).text() == "Đang bật" and "Đã bật đợt KONTUM-10NGAY-2024" in tab.notice.text()
    october = services.tally.month("2024-10")
    assert [c["code"] for c in october.data["campaigns"]] == ["KONTUM-10NGAY-2024"]
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert tab.table.item(0, 4).text() == "Đang tắt"
    assert services.tally.month("2024-10").data["campaigns"] == []
