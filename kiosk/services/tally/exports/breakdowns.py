"""Report tables that break the figures down: by village, team member, point and day; the official indicators."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.services.access.roles import ROLES
from kiosk.services.tally.exports.layout import Column, Section, Table

BREAKDOWN_SHEET = "Theo thôn, thành viên, điểm"


def villages(d: dict[str, Any]) -> Section:
    cols = [
        Column("Thôn", "text", 22),
        Column("Lượt hỗ trợ", "int", 10),
        Column("Từ 60 tuổi", "int", 9),
        Column("Trực tuyến", "int", 10),
        Column("Trực tiếp", "int", 9),
        Column("Bưu chính", "int", 9),
        Column("Chưa nộp", "int", 9),
        Column("Tỷ lệ trực tuyến", "rate", 11),
        Column("VNeID mức 2", "int", 9),
        Column("Tác vụ ứng dụng", "int", 10),
        Column("Buổi sinh hoạt", "int", 9),
        Column("Người dự", "int", 9),
    ]
    rows = [
        [
            v["name"],
            v["helped"],
            v["aged_60_plus"],
            v["online"],
            v["in_person"],
            v["postal"],
            v["not_submitted"],
            v["online_rate"],
            v["vneid_l2_activated"],
            v["app_tasks_done"],
            v["sessions"],
            v["attendance"],
        ]
        for v in d["by_village"].values()
    ]
    return Section("by_village", "Theo thôn", BREAKDOWN_SHEET, [Table("by_village", None, cols, rows)])


def members(d: dict[str, Any]) -> Section:
    cols = [
        Column("Thành viên", "text", 22),
        Column("Vai trò", "text", 18),
        Column("Ngày trực", "int", 8),
        Column("Lượt hỗ trợ", "int", 9),
        Column("Trực tuyến", "int", 9),
        Column("Trực tiếp", "int", 9),
        Column("Bưu chính", "int", 9),
        Column("Tỷ lệ trực tuyến", "rate", 10),
        Column("VNeID mức 2", "int", 9),
        Column("Tác vụ ứng dụng", "int", 9),
        Column("Số đã phục vụ", "int", 9),
        Column("Buổi đã dẫn", "int", 8),
    ]
    rows = [
        [
            v["name"],
            ROLES.get(v["role"], v["role"]),
            v["duty_days"],
            v["helped"],
            v["online"],
            v["in_person"],
            v["postal"],
            v["online_rate"],
            v["vneid_l2_activated"],
            v["app_tasks_done"],
            v["tickets_served"],
            v["group_sessions_led"],
        ]
        for v in d["by_member"].values()
    ]
    note = Table(
        "by_member.note",
        None,
        [Column("Ghi chú", "text", 100)],
        [["Một lượt có hai người cùng hỗ trợ được tính cho cả hai; cộng theo thành viên có thể lớn hơn tổng."]],
    )
    return Section("by_member", "Theo thành viên", BREAKDOWN_SHEET, [Table("by_member", None, cols, rows), note])


def points(d: dict[str, Any]) -> Section:
    cols = [
        Column("Mã", "text", 10),
        Column("Nơi làm việc", "text", 40),
        Column("Đã phát", "int", 9),
        Column("Phục vụ", "int", 9),
        Column("Lượt hỗ trợ", "int", 10),
        Column("Trực tuyến", "int", 10),
        Column("Tỷ lệ trực tuyến", "rate", 11),
        Column("Tỷ lệ hài lòng", "rate", 11),
    ]
    rows = [
        [code, p["name"], p["issued"], p["served"], p["helped"], p["online"], p["online_rate"], p["satisfaction_rate"]]
        for code, p in d["by_point"].items()
    ]
    return Section("by_point", "Theo nơi làm việc", BREAKDOWN_SHEET, [Table("by_point", None, cols, rows)])


def days(d: dict[str, Any]) -> Section:
    cols = [
        Column("Ngày", "date", 12),
        Column("Đã phát", "int", 9),
        Column("Phục vụ", "int", 9),
        Column("Vắng", "int", 7),
        Column("Hàng chờ dài nhất", "int", 10),
        Column("Lượt hỗ trợ", "int", 10),
        Column("Trực tuyến", "int", 10),
        Column("Trực tiếp", "int", 9),
        Column("Bưu chính", "int", 9),
        Column("Tỷ lệ trực tuyến", "rate", 11),
        Column("Đánh giá", "int", 9),
        Column("Hài lòng", "int", 9),
    ]
    rows = [
        [
            date.fromisoformat(day),
            v["issued"],
            v["served"],
            v["no_show"],
            v["longest_queue"],
            v["helped"],
            v["online"],
            v["in_person"],
            v["postal"],
            v["online_rate"],
            v["ratings"],
            v["satisfied"],
        ]
        for day, v in d["by_day"].items()
    ]
    return Section("by_day", "Theo ngày", "Theo ngày", [Table("by_day", None, cols, rows)])


def months(d: dict[str, Any]) -> Section:
    """A long period by month (a year report reads by month; its days stay in the JSON): sums, rates from parts."""
    keys = ("issued", "served", "no_show", "helped", "online", "in_person", "postal", "ratings", "satisfied")
    by_month: dict[str, dict[str, int]] = {}
    longest: dict[str, int] = {}
    for day, v in d["by_day"].items():
        month = day[:7]
        acc = by_month.setdefault(month, dict.fromkeys(keys, 0))
        for k in keys:
            acc[k] += v[k]
        longest[month] = max(longest.get(month, 0), v["longest_queue"])
    cols = [
        Column("Tháng", "text", 10),
        Column("Đã phát", "int", 9),
        Column("Phục vụ", "int", 9),
        Column("Vắng", "int", 7),
        Column("Hàng chờ dài nhất", "int", 10),
        Column("Lượt hỗ trợ", "int", 10),
        Column("Trực tuyến", "int", 10),
        Column("Trực tiếp", "int", 9),
        Column("Bưu chính", "int", 9),
        Column("Tỷ lệ trực tuyến", "rate", 11),
        Column("Đánh giá", "int", 9),
        Column("Hài lòng", "int", 9),
    ]
    rows = []
    for month, v in by_month.items():
        submitted = v["online"] + v["in_person"] + v["postal"]
        rows.append(
            [
                f"{month[5:7]}/{month[:4]}",
                v["issued"],
                v["served"],
                v["no_show"],
                longest[month],
                v["helped"],
                v["online"],
                v["in_person"],
                v["postal"],
                v["online"] / submitted if submitted else None,
                v["ratings"],
                v["satisfied"],
            ]
        )
    return Section("by_month", "Theo tháng", "Theo tháng", [Table("by_month", None, cols, rows)])


def official(d: dict[str, Any]) -> Section:
    cols = [
        Column("Mã", "text", 16),
        Column("Chỉ tiêu", "text", 34),
        Column("Từ ngày", "date", 14),
        Column("Đến ngày", "date", 14),
        Column("Giá trị", "text", 10),
        Column("Nguồn", "text", 28),
        Column("Ngày của nguồn", "date", 14),
    ]
    rows = [
        [
            o["code"],
            o["name"],
            date.fromisoformat(o["from"]),
            date.fromisoformat(o["to"]),
            o["value"],
            o["source"],
            date.fromisoformat(o["source_date"]),
        ]
        for o in d["official"]
    ]
    return Section(
        "official", d["labels"]["official"], "Số liệu chính thức", [Table("official", None, cols, rows)], official=True
    )
