"""Report sections beyond the day's figures: the team's allowance (month and year) and campaign periods."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.services.tally.exports.layout import Column, Section, Table, Val


def allowance_table(a: dict[str, Any], *, sign: bool = False) -> Table:
    """Per member: days, amount, paid after the caps and why; with `sign`, a column to sign for the payment."""
    cols = [
        Column("STT", "int", 5),
        Column("Họ và tên", "text", 24),
        Column("Số ngày trực", "int", 9),
        Column("Thành tiền", "int", 12),
        Column("Được chi", "int", 12),
        Column("Ghi chú (lý do giảm)", "text", 30 if not sign else 24),
    ]
    if sign:
        cols.append(Column("Ký nhận", "text", 14))
    rows: list[list[Any]] = []
    for i, line in enumerate(a["members"], start=1):
        row = [i, line["name"], line["days"], line["amount"], line["paid"], line["reason"]]
        rows.append([*row, ""] if sign else row)
    total = [Val("", "text"), "Cộng", a["days"], a["amount"], a["paid"], ""]
    rows.append([*total, ""] if sign else total)
    return Table("allowance.members", "Danh sách thành viên", cols, rows)


def allowance_summary(a: dict[str, Any]) -> Table:
    def money(value: int | None) -> Val:
        return Val(value, "int")

    rows: list[list[Any]] = [
        ["Mức hỗ trợ mỗi người mỗi ngày trực (đồng)", money(a["rate_per_day"]), ""],
        [
            "Mức tối đa mỗi người mỗi năm (đồng)",
            money(a["cap_member_year"]) if a["cap_member_year"] else Val("không giới hạn", "text"),
            "",
        ],
        [
            "Mức tối đa cả tổ mỗi năm (đồng)",
            money(a["cap_team_year"]) if a["cap_team_year"] else Val("không giới hạn", "text"),
            "",
        ],
        ["Tổng thành tiền theo ngày trực (đồng)", money(a["amount"]), ""],
        ["Tổng được chi trong kỳ (đồng)", money(a["paid"]), ""],
    ]
    if a["month"]:
        rows.append(["Đã chi cho tổ từ đầu năm đến trước kỳ này (đồng)", money(a["team_paid_before"]), ""])
    rows.append(["Đã chi cho tổ từ đầu năm, tính cả kỳ này (đồng)", money(a["team_paid_to_date"]), ""])
    if a["team_left"] is not None:
        rows.append(["Còn lại so với mức tối đa cả tổ mỗi năm (đồng)", money(a["team_left"]), ""])
    cols = [Column("Chỉ tiêu", "text", 52), Column("Giá trị", "text", 14, "right"), Column("Ghi chú", "text", 24)]
    return Table("allowance.summary", "Mức chi và mức tối đa", cols, rows)


def allowance(d: dict[str, Any]) -> Section | None:
    a = d.get("allowance")
    if not a:
        return None
    title = f"Kinh phí hỗ trợ tổ công nghệ số cộng đồng ({a['label'].lower()})"
    return Section("allowance", title, "Hỗ trợ tổ CNS", [allowance_summary(a), allowance_table(a)])


def campaign(c: dict[str, Any]) -> Section:
    head = Table(
        f"campaign.{c['code']}.summary",
        None,
        [Column("Chỉ tiêu", "text", 52), Column("Giá trị", "text", 14, "right"), Column("Ghi chú", "text", 24)],
        [
            ["Mã đợt", Val(c["code"], "text"), ""],
            ["Đợt bắt đầu", Val(date.fromisoformat(c["from"]), "date"), ""],
            ["Đợt kết thúc", Val(date.fromisoformat(c["to"]), "date"), ""],
            ["Số liệu tính từ ngày", Val(date.fromisoformat(c["counted_from"]), "date"), ""],
            ["Số liệu tính đến ngày", Val(date.fromisoformat(c["counted_to"]), "date"), ""],
            ["Lượt công dân được hỗ trợ trong đợt", Val(c["records"], "int"), ""],
            ["Trong đó thuộc các chủ đề của đợt", Val(c["records_in_topics"], "int"), ""],
            ["Buổi sinh hoạt, tập huấn trong đợt", Val(c["sessions"], "int"), ""],
            ["Lượt người dự", Val(c["attendance"], "int"), ""],
        ],
    )
    topics = Table(
        f"campaign.{c['code']}.by_topic",
        "Theo chủ đề của đợt",
        [
            Column("STT", "int", 5),
            Column("Chủ đề", "text", 46),
            Column("Lượt hỗ trợ", "int", 10),
            Column("Nội dung hỗ trợ", "int", 10),
            Column("Buổi sinh hoạt", "int", 10),
            Column("Người dự", "int", 10),
        ],
        [
            [i, t["name"], t["records"], t["items"], t["sessions"], t["attendance"]]
            for i, t in enumerate(c["by_topic"].values(), start=1)
        ],
    )
    return Section(f"campaign.{c['code']}", f"Đợt cao điểm: {c['name']}", "Đợt cao điểm", [head, topics])


def campaigns(d: dict[str, Any]) -> list[Section]:
    return [campaign(c) for c in d.get("campaigns") or []]
