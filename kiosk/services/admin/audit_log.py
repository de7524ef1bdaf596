"""The audit trail read back: who did what and when, filtered by person, action and dates; exported as CSV.

Exporting the log is itself audited. Rows carry no clear names of citizens (audit.add_audit's rule); the staff
name comes from the staff table, so a renamed member shows under the current name.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, format_local, local_day_bounds
from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import InputError, file_error
from kiosk.services.access.audit import add_audit

MAX_ROWS = 5000
# The Vietnamese words for the actions the code writes; an action not listed shows as its code.
ACTION_NAMES = {
    "login": "Đăng nhập",
    "login_failed": "Sai mã PIN",
    "login_locked": "Khoá do sai PIN",
    "login_refused": "Không đủ quyền",
    "logout": "Đăng xuất",
    "admin_locked": "Khoá màn hình quản trị",
    "kiosk_exit": "Thoát màn hình lấy số",
    "staff_added": "Thêm tài khoản",
    "staff_edited": "Sửa tài khoản",
    "staff_deactivated": "Ngừng tài khoản",
    "staff_reactivated": "Mở lại tài khoản",
    "staff_pin_reset": "Đặt lại mã PIN",
    "counter_added": "Thêm quầy",
    "counter_edited": "Sửa quầy",
    "service_added": "Thêm lĩnh vực",
    "service_edited": "Sửa lĩnh vực",
    "village_added": "Thêm thôn",
    "village_edited": "Sửa thôn",
    "procedure_added": "Thêm thủ tục địa phương",
    "procedure_hidden": "Ẩn thủ tục",
    "procedure_shown": "Hiện lại thủ tục",
    "procedure_words": "Sửa từ tìm kiếm thủ tục",
    "app_task_added": "Thêm việc trên ứng dụng",
    "app_task_hidden": "Ẩn việc trên ứng dụng",
    "app_task_shown": "Hiện lại việc trên ứng dụng",
    "app_task_words": "Sửa từ tìm kiếm việc",
    "setting_changed": "Đổi cài đặt",
    "official_indicator_added": "Nhập số liệu chính thức",
    "tally_export": "Xuất báo cáo",
    "audit_exported": "Xuất nhật ký",
    "assist_updated": "Sửa lượt hỗ trợ",
    "assist_voided": "Huỷ lượt hỗ trợ",
    "follow_up_done": "Xong việc hẹn lại",
    "duty_added": "Ghi ngày trực",
    "group_session_voided": "Huỷ buổi sinh hoạt",
    "personal_data_viewed": "Xem thông tin cá nhân",
    "personal_data_purged": "Xoá thông tin cá nhân hết hạn",
    "consent_withdrawn": "Rút lại đồng ý",
}
CSV_HEADER = ["Thời điểm", "Người thực hiện", "Mã tài khoản", "Việc", "Mã việc", "Đối tượng", "Chi tiết"]


def action_name(action: str) -> str:
    return ACTION_NAMES.get(action, action)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    staff_id: int | None
    staff_name: str
    action: str
    target: str
    detail: dict[str, Any]

    @property
    def action_name(self) -> str:
        return action_name(self.action)

    def detail_text(self) -> str:
        return "; ".join(f"{k}: {v}" for k, v in sorted(self.detail.items()))


class AuditLog:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def actions(self) -> list[str]:
        """The actions present in the log, for the filter's list."""
        with read_transaction(self._sessions) as session:
            return sorted(session.scalars(select(m.AuditEntry.action).distinct()))

    def query(
        self,
        *,
        staff_id: int | None = None,
        action: str | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int = 500,
    ) -> list[AuditRow]:
        """Newest first; `start` and `end` are local dates, both included."""
        if start and end and end < start:
            raise InputError("Khoảng ngày không hợp lệ: ngày kết thúc trước ngày bắt đầu.")
        a = m.AuditEntry
        q = select(a, m.Staff.name).outerjoin(m.Staff, m.Staff.id == a.staff_id)
        if staff_id is not None:
            q = q.where(a.staff_id == staff_id)
        if action:
            q = q.where(a.action == action)
        if start is not None:
            q = q.where(a.at >= local_day_bounds(start)[0])
        if end is not None:
            q = q.where(a.at < local_day_bounds(end)[1])
        q = q.order_by(a.at.desc(), a.id.desc()).limit(max(1, min(limit, MAX_ROWS)))
        with read_transaction(self._sessions) as session:
            return [
                AuditRow(e.id, e.at, e.staff_id, name or "", e.action, e.target or "", dict(e.detail or {}))
                for e, name in session.execute(q)
            ]

    @staticmethod
    def to_csv(rows: list[AuditRow]) -> bytes:
        """UTF-8 with BOM and ';' (Excel in a Vietnamese locale opens it as columns)."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for r in rows:
            writer.writerow(
                [
                    format_local(r.at),
                    r.staff_name,
                    r.staff_id or "",
                    r.action_name,
                    r.action,
                    r.target,
                    r.detail_text(),
                ]
            )
        return ("\ufeff" + out.getvalue()).encode("utf-8")

    def export_csv(self, by: int | None, folder: Path, **filters: Any) -> Path:
        """Write the filtered log into `folder`; returns the file. The export is audited with its filters."""
        rows = self.query(limit=MAX_ROWS, **filters)
        now = self._clock.now()
        path = folder / f"nhat-ky-{format_local(now, '%Y%m%d-%H%M%S')}.csv"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(self.to_csv(rows))
        except OSError as exc:
            raise file_error(path, exc) from exc
        detail = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in filters.items() if v is not None}
        with transaction(self._sessions) as session:
            add_audit(session, now, by, "audit_exported", path.name, detail | {"rows": len(rows)})
        return path
