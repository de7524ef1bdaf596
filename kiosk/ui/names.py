"""Fixed names the core gives in Vietnamese (it has no Qt), in the screens' language: roles, states, days, actions.

The core keeps one table of each (auth.ROLES, queue.views.COUNTER_STATE_NAMES, queue.rules.DAY_NAMES,
admin.audit_log.ACTION_NAMES, admin.local_catalogue.KINDS, settings.GROUPS, voice.espeak_lib.VOICE_NAMES) for
its CLI and documents; a screen shows the same names through these functions. The literals are repeated here
inside QT_TRANSLATE_NOOP so lupdate puts them in the .ts; tests/ui/test_translation.py checks they match the
core's tables, so a name changed there is noticed. A code the tables do not know shows the core's text as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:  # the citizen home uses hours_text before the first paint, ahead of the database stack
    from kiosk.services.access.auth import StaffInfo
    from kiosk.services.queue.views import CounterInfo

CONTEXT = "names"
ROLE_NAMES = {
    "officer": QT_TRANSLATE_NOOP("names", "Cán bộ một cửa"),
    "team_member": QT_TRANSLATE_NOOP("names", "Thành viên Tổ CNSCĐ"),
    "admin": QT_TRANSLATE_NOOP("names", "Quản trị"),
}
COUNTER_STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("names", "Đang mở"),
    "paused": QT_TRANSLATE_NOOP("names", "Tạm nghỉ"),
    "closed": QT_TRANSLATE_NOOP("names", "Đã đóng"),
}
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("names", "Thứ Hai"),
    QT_TRANSLATE_NOOP("names", "Thứ Ba"),
    QT_TRANSLATE_NOOP("names", "Thứ Tư"),
    QT_TRANSLATE_NOOP("names", "Thứ Năm"),
    QT_TRANSLATE_NOOP("names", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("names", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("names", "Chủ nhật"),
)

AUDIT_ACTION_NAMES = {
    "login": QT_TRANSLATE_NOOP("names", "Đăng nhập"),
    "login_failed": QT_TRANSLATE_NOOP("names", "Sai mã PIN"),
    "login_locked": QT_TRANSLATE_NOOP("names", "Khoá do sai PIN"),
    "login_refused": QT_TRANSLATE_NOOP("names", "Không đủ quyền"),
    "logout": QT_TRANSLATE_NOOP("names", "Đăng xuất"),
    "admin_locked": QT_TRANSLATE_NOOP("names", "Khoá màn hình quản trị"),
    "kiosk_exit": QT_TRANSLATE_NOOP("names", "Thoát màn hình lấy số"),
    "staff_added": QT_TRANSLATE_NOOP("names", "Thêm tài khoản"),
    "staff_edited": QT_TRANSLATE_NOOP("names", "Sửa tài khoản"),
    "staff_deactivated": QT_TRANSLATE_NOOP("names", "Ngừng tài khoản"),
    "staff_reactivated": QT_TRANSLATE_NOOP("names", "Mở lại tài khoản"),
    "staff_pin_reset": QT_TRANSLATE_NOOP("names", "Đặt lại mã PIN"),
    "counter_added": QT_TRANSLATE_NOOP("names", "Thêm quầy"),
    "counter_edited": QT_TRANSLATE_NOOP("names", "Sửa quầy"),
    "service_added": QT_TRANSLATE_NOOP("names", "Thêm lĩnh vực"),
    "service_edited": QT_TRANSLATE_NOOP("names", "Sửa lĩnh vực"),
    "village_added": QT_TRANSLATE_NOOP("names", "Thêm thôn"),
    "village_edited": QT_TRANSLATE_NOOP("names", "Sửa thôn"),
    "procedure_added": QT_TRANSLATE_NOOP("names", "Thêm thủ tục địa phương"),
    "procedure_hidden": QT_TRANSLATE_NOOP("names", "Ẩn thủ tục"),
    "procedure_shown": QT_TRANSLATE_NOOP("names", "Hiện lại thủ tục"),
    "procedure_words": QT_TRANSLATE_NOOP("names", "Sửa từ tìm kiếm thủ tục"),
    "app_task_added": QT_TRANSLATE_NOOP("names", "Thêm việc trên ứng dụng"),
    "app_task_hidden": QT_TRANSLATE_NOOP("names", "Ẩn việc trên ứng dụng"),
    "app_task_shown": QT_TRANSLATE_NOOP("names", "Hiện lại việc trên ứng dụng"),
    "app_task_words": QT_TRANSLATE_NOOP("names", "Sửa từ tìm kiếm việc"),
    "setting_changed": QT_TRANSLATE_NOOP("names", "Đổi cài đặt"),
    "official_indicator_added": QT_TRANSLATE_NOOP("names", "Nhập số liệu chính thức"),
    "tally_export": QT_TRANSLATE_NOOP("names", "Xuất báo cáo"),
    "audit_exported": QT_TRANSLATE_NOOP("names", "Xuất nhật ký"),
    "assist_updated": QT_TRANSLATE_NOOP("names", "Sửa lượt hỗ trợ"),
    "assist_voided": QT_TRANSLATE_NOOP("names", "Huỷ lượt hỗ trợ"),
    "follow_up_done": QT_TRANSLATE_NOOP("names", "Xong việc hẹn lại"),
    "duty_added": QT_TRANSLATE_NOOP("names", "Ghi ngày trực"),
    "group_session_voided": QT_TRANSLATE_NOOP("names", "Huỷ buổi sinh hoạt"),
    "personal_data_viewed": QT_TRANSLATE_NOOP("names", "Xem thông tin cá nhân"),
    "personal_data_purged": QT_TRANSLATE_NOOP("names", "Xoá thông tin cá nhân hết hạn"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("names", "Rút lại đồng ý"),
}

CATALOGUE_KIND_NAMES = {
    "procedure": QT_TRANSLATE_NOOP("names", "Thủ tục"),
    "app_task": QT_TRANSLATE_NOOP("names", "Việc trên ứng dụng"),
}

SETTING_GROUP_NAMES = {
    "queue": QT_TRANSLATE_NOOP("names", "Xếp hàng"),
    "kiosk": QT_TRANSLATE_NOOP("names", "Màn hình lấy số"),
    "announce": QT_TRANSLATE_NOOP("names", "Giọng đọc"),
    "voice": QT_TRANSLATE_NOOP("names", "Giọng đọc"),
    "print": QT_TRANSLATE_NOOP("names", "Máy in"),
    "office": QT_TRANSLATE_NOOP("names", "Kênh liên hệ của xã"),
    "display": QT_TRANSLATE_NOOP("names", "Màn hình phòng chờ"),
    "privacy": QT_TRANSLATE_NOOP("names", "Dữ liệu cá nhân"),
    "backup": QT_TRANSLATE_NOOP("names", "Sao lưu"),
    "duty": QT_TRANSLATE_NOOP("names", "Ngày trực"),
    "report": QT_TRANSLATE_NOOP("names", "Báo cáo gửi cấp trên"),
    "web": QT_TRANSLATE_NOOP("names", "Trang trên mạng nội bộ"),
    "ui": QT_TRANSLATE_NOOP("names", "Giao diện"),
}
ESPEAK_VOICE_NAMES = {
    "vi": QT_TRANSLATE_NOOP("names", "miền Bắc"),
    "vi-vn-x-central": QT_TRANSLATE_NOOP("names", "miền Trung"),
    "vi-vn-x-south": QT_TRANSLATE_NOOP("names", "miền Nam"),
}
OTHER_GROUP = QT_TRANSLATE_NOOP("names", "Khác")  # settings.group_of for a key in no group


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def core_name(text: str) -> str:
    """Any fixed name of the tables above (a role, a counter state, an audit action, a catalogue kind, a settings
    group) in the screens' language; another text comes back as it is."""
    return _tr(text)


def role_name(staff: StaffInfo) -> str:
    return _tr(ROLE_NAMES[staff.role]) if staff.role in ROLE_NAMES else staff.role_name


def counter_state_name(counter: CounterInfo) -> str:
    state = counter.state
    return _tr(COUNTER_STATE_NAMES[state]) if state in COUNTER_STATE_NAMES else counter.state_name


def hours_text(described: str) -> str:
    """queue.rules.describe_hours' sentence ('Thứ Hai–Thứ Sáu 07:30–11:30; Thứ Bảy …') with the days translated.

    No day name is part of another ('Thứ Ba' is not in 'Thứ Bảy'), so plain replacing is exact."""
    # WEEKDAY_NAMES are the core's DAY_NAMES (tests/ui/test_translation.py): not imported, because the queue
    # package brings its SQL along and the citizen home paints before the database stack is loaded.
    for day in WEEKDAY_NAMES:
        described = described.replace(day, _tr(day))
    return described
