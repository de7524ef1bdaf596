"""The tally as labelled tables, in Vietnamese: one description that the text, CSV, XLSX and PDF exports all draw.

A cell is a plain value typed by its column (int, rate, min, date, text), or a `Val` that carries its own type
(the key-figure tables mix counts, rates and minutes in one column).
"""

from __future__ import annotations

from typing import Any

from kiosk.services.tally.exports import breakdowns, extras
from kiosk.services.tally.exports.fmt import fmt_int, fmt_parts
from kiosk.services.tally.exports.layout import Column, Section, Table, Val
from kiosk.services.tally.model import Tally

__all__ = ["Column", "Section", "Table", "Val", "build_sections"]

MAX_DAYS_LISTED = 31
# Sections sharing a sheet name share a worksheet: LibreOffice starts every sheet on a new page, so a dozen
# short sheets print on a dozen pages; a few sheets print in about the pages of the PDF.
SUMMARY_SHEET = "Tổng hợp"


def _kv(key: str, title: str | None, rows: list[tuple[str, Val, str]]) -> Table:
    cols = [Column("Chỉ tiêu", "text", 52), Column("Giá trị", "text", 14, "right"), Column("Ghi chú", "text", 24)]
    return Table(key, title, cols, [[label, val, note] for label, val, note in rows])


def _rate_row(label: str, value: float | None, parts: dict[str, int]) -> tuple[str, Val, str]:
    note = f"{fmt_parts(parts['numerator'], parts['denominator'])}" if parts else ""
    return label, Val(value, "rate"), note


def _count_table(key: str, title: str, label: str, counts: dict[str, int], names: dict[str, str]) -> Table:
    cols = [Column(label, "text", 48), Column("Số lượt", "int", 10)]
    return Table(key, title, cols, [[names.get(code, code), n] for code, n in counts.items()])


def build_sections(tally: Tally) -> list[Section]:
    d = tally.data
    names = d["names"]
    return [
        _overview(tally),
        _queue(d),
        _assist(d, names),
        _apps(d, names),
        _people(d, names),
        breakdowns.villages(d),
        breakdowns.members(d),
        *([breakdowns.points(d)] if d["point"] is None and d["by_point"] else []),
        *_by_time(tally),
        *([a] if (a := extras.allowance(d)) else []),
        *extras.campaigns(d),
        breakdowns.official(d),
    ]


def _by_time(tally: Tally) -> list[Section]:
    """By day up to a month; a longer period by month (365 rows print on a dozen pages and tell less)."""
    if tally.period.kind == "day":
        return []
    if len(tally.data["by_day"]) > MAX_DAYS_LISTED:
        return [breakdowns.months(tally.data)]
    return [breakdowns.days(tally.data)]


def _overview(tally: Tally) -> Section:
    d = tally.data
    q, a, s, ap = d["queue"], d["assist"], d["satisfaction"], d["apps"]
    head = _kv(
        "overview.period",
        None,
        [
            ("Đơn vị", Val(tally.office.name, "text"), ""),
            ("Nơi làm việc", Val(d["point"]["name"] if d["point"] else "Tất cả các điểm", "text"), ""),
            ("Kỳ báo cáo", Val(d["labels"]["period"], "text"), ""),
            ("Từ ngày", Val(tally.period.start, "date"), ""),
            ("Đến ngày", Val(tally.period.end, "date"), ""),
        ],
    )
    figures = _kv(
        "overview.figures",
        d["labels"]["local"],
        [
            ("Số thứ tự đã phát", Val(q["issued"], "int"), ""),
            ("Đã phục vụ xong", Val(q["served"], "int"), ""),
            ("Không có mặt khi gọi", Val(q["no_show"], "int"), ""),
            ("Thời gian chờ trung bình (phút)", Val(q["wait_min"]["mean"], "min"), ""),
            ("Lượt công dân được hỗ trợ", Val(a["helped"], "int"), ""),
            ("Hồ sơ nộp trực tuyến", Val(a["online"], "int"), ""),
            _rate_row("Tỷ lệ nộp trực tuyến tại điểm", a["online_rate"], a["online_rate_parts"]),
            ("Kích hoạt VNeID mức 2 (đăng nhập được)", Val(ap["vneid_l2_activated"], "int"), ""),
            ("Người từ 60 tuổi được hỗ trợ", Val(d["people"]["aged_60_plus"], "int"), ""),
            _rate_row("Tỷ lệ hài lòng", s["rate"], {"numerator": s["satisfied"], "denominator": s["ratings"]}),
        ],
    )
    return Section("overview", "Tổng quan", SUMMARY_SHEET, [head, figures])


def _stats_rows(label: str, stats: dict[str, Any]) -> list[tuple[str, Val, str]]:
    note = f"{fmt_int(stats['count'])} lượt" if stats.get("count") else ""
    return [
        (f"{label}: trung bình (phút)", Val(stats["mean"], "min"), note),
        (f"{label}: trung vị (phút)", Val(stats["median"], "min"), ""),
        (f"{label}: phân vị 90 (phút)", Val(stats["p90"], "min"), ""),
    ]


def _group_table(key: str, title: str, first: str, groups: dict[str, Any]) -> Table:
    cols = [
        Column("Mã", "text", 8),
        Column(first, "text", 36),
        Column("Đã phát", "int", 9),
        Column("Phục vụ", "int", 9),
        Column("Vắng", "int", 7),
        Column("Chờ TB", "min", 8),
        Column("Chờ P90", "min", 8),
        Column("Phục vụ TB", "min", 10),
    ]
    rows = [
        [
            code,
            g["name"],
            g["issued"],
            g["served"],
            g["no_show"],
            g["wait_min"]["mean"],
            g["wait_min"]["p90"],
            g["service_min"]["mean"],
        ]
        for code, g in groups.items()
    ]
    return Table(key, title, cols, rows)


def _queue(d: dict[str, Any]) -> Section:
    q = d["queue"]
    at = q["longest_queue_at"]
    summary = _kv(
        "queue.summary",
        None,
        [
            ("Số thứ tự đã phát", Val(q["issued"], "int"), ""),
            ("Đã phục vụ xong", Val(q["served"], "int"), ""),
            ("Không có mặt khi gọi (bỏ qua)", Val(q["no_show"], "int"), ""),
            ("Đã huỷ", Val(q["cancelled"], "int"), ""),
            ("Đang chờ hoặc đang phục vụ", Val(q["open"], "int"), ""),
            *_stats_rows("Thời gian chờ", q["wait_min"]),
            *_stats_rows("Thời gian phục vụ", q["service_min"]),
            ("Hàng chờ dài nhất (người)", Val(q["longest_queue"], "int"), _moment(at)),
        ],
    )
    hours = Table(
        "queue.by_hour",
        "Số người đến theo giờ",
        [Column("Giờ", "text", 10), Column("Số phát", "int", 10)],
        [[f"{h}:00–{int(h) + 1:02d}:00", n] for h, n in q["by_hour"].items()],
    )
    waits = Table(
        "queue.wait_distribution",
        "Phân bố thời gian chờ",
        [Column("Thời gian chờ", "text", 16), Column("Số lượt", "int", 10)],
        [[_bucket(b), b["count"]] for b in q["wait_distribution"]],
    )
    return Section(
        "queue",
        "Xếp hàng và phục vụ",
        SUMMARY_SHEET,
        [
            summary,
            _group_table("queue.by_service", "Theo lĩnh vực", "Lĩnh vực", q["by_service"]),
            _group_table("queue.by_counter", "Theo quầy", "Quầy", q["by_counter"]),
            hours,
            waits,
        ],
    )


def _moment(at: str | None) -> str:
    if not at:
        return ""
    return f"lúc {at[11:16]} ngày {at[8:10]}/{at[5:7]}/{at[0:4]}"


def _bucket(b: dict[str, Any]) -> str:
    return f"từ {b['from']} phút trở lên" if b["to"] is None else f"{b['from']}–{b['to']} phút"


def _assist(d: dict[str, Any], names: dict[str, dict[str, str]]) -> Section:
    a = d["assist"]
    summary = _kv(
        "assist.summary",
        None,
        [
            ("Lượt công dân được hỗ trợ (không tính bản ghi đã huỷ)", Val(a["helped"], "int"), ""),
            ("Thủ tục được hỗ trợ", Val(a["procedure_items"], "int"), ""),
            ("Nộp trực tuyến", Val(a["online"], "int"), ""),
            ("Nộp trực tiếp", Val(a["in_person"], "int"), ""),
            ("Nộp qua bưu chính công ích", Val(a["postal"], "int"), ""),
            ("Chưa nộp được", Val(a["not_submitted"], "int"), ""),
            _rate_row(
                "Tỷ lệ nộp trực tuyến tại điểm = trực tuyến ÷ (trực tuyến + trực tiếp + bưu chính)",
                a["online_rate"],
                a["online_rate_parts"],
            ),
            ("Số thủ tục khác nhau có hồ sơ trực tuyến", Val(a["procedures_with_online_dossier"], "int"), ""),
            ("Hồ sơ nộp phí, lệ phí trực tuyến", Val(a["fees_paid_online"], "int"), ""),
            ("Hồ sơ đăng nhập bằng VNeID", Val(a["vneid_logins"], "int"), ""),
        ],
    )
    procs = Table(
        "assist.by_procedure",
        "Theo thủ tục",
        [
            Column("Mã thủ tục", "text", 12),
            Column("Thủ tục", "text", 50),
            Column("Trực tuyến", "int", 10),
            Column("Trực tiếp", "int", 10),
            Column("Bưu chính", "int", 10),
            Column("Chưa nộp", "int", 10),
            Column("Tỷ lệ trực tuyến", "rate", 12),
        ],
        [
            [code, p["name"], p["online"], p["in_person"], p["postal"], p["not_submitted"], p["online_rate"]]
            for code, p in a["by_procedure"].items()
        ],
    )
    return Section(
        "assist",
        "Hỗ trợ thủ tục hành chính",
        SUMMARY_SHEET,
        [
            summary,
            _count_table(
                "assist.online_by_level",
                "Nộp trực tuyến theo mức độ",
                "Mức độ",
                a["online_by_level"],
                names.get("online_level", {}),
            ),
            _count_table(
                "assist.online_by_portal",
                "Nộp trực tuyến theo cổng",
                "Cổng / kênh",
                a["online_by_portal"],
                names.get("portal", {}),
            ),
            _count_table(
                "assist.not_submitted_by_reason",
                "Chưa nộp được, theo lý do",
                "Lý do",
                a["not_submitted_by_reason"],
                names.get("not_submitted_reason", {}),
            ),
            procs,
        ],
    )


def _apps(d: dict[str, Any], names: dict[str, dict[str, str]]) -> Section:
    ap, sk, g = d["apps"], d["skills"], d["groups"]
    summary = _kv(
        "apps.summary",
        None,
        [
            ("Tạo tài khoản VNeID mức 1", Val(ap["vneid_l1_created"], "int"), ""),
            ("Kích hoạt VNeID mức 2 và đăng nhập được", Val(ap["vneid_l2_activated"], "int"), ""),
            ("Tác vụ ứng dụng hoàn thành (tất cả)", Val(ap["tasks_done"], "int"), ""),
            ("Người được hướng dẫn kỹ năng số", Val(sk["people"], "int"), ""),
            ("Buổi sinh hoạt, tập huấn tại thôn", Val(g["sessions"], "int"), ""),
            ("Lượt người dự", Val(g["attendance"], "int"), ""),
            ("Tờ rơi đã phát", Val(g["leaflets"], "int"), ""),
        ],
    )
    tasks = Table(
        "apps.by_task",
        "Theo tác vụ ứng dụng",
        [Column("Tác vụ", "text", 56), Column("Hoàn thành", "int", 11), Column("Chưa được", "int", 11)],
        [[t["name"], t["done"], t["not_done"]] for t in ap["by_task"].values()],
    )
    topics = Table(
        "skills.by_topic",
        "Theo kỹ năng số",
        [
            Column("Kỹ năng", "text", 52),
            Column("Người được hướng dẫn", "int", 12),
            Column("Buổi", "int", 8),
            Column("Người dự", "int", 10),
        ],
        [[t["name"], t["people"], t["sessions"], t["attendance"]] for t in sk["by_topic"].values()],
    )
    reasons = _count_table(
        "apps.not_done_by_reason",
        "Tác vụ chưa được, theo lý do",
        "Lý do",
        ap["not_done_by_reason"],
        names.get("not_submitted_reason", {}),
    )
    return Section("apps", "Ứng dụng và kỹ năng số", SUMMARY_SHEET, [summary, tasks, reasons, topics])


def _people(d: dict[str, Any], names: dict[str, dict[str, str]]) -> Section:
    p, s = d["people"], d["satisfaction"]
    summary = _kv(
        "people.summary",
        None,
        [
            ("Lượt công dân được hỗ trợ", Val(p["helped"], "int"), ""),
            ("Trong đó người từ 60 tuổi", Val(p["aged_60_plus"], "int"), ""),
            ("Lượt đánh giá", Val(s["ratings"], "int"), ""),
            ("Rất hài lòng và hài lòng", Val(s["satisfied"], "int"), ""),
            _rate_row("Tỷ lệ hài lòng", s["rate"], {"numerator": s["satisfied"], "denominator": s["ratings"]}),
            _rate_row(
                "Tỷ lệ tham gia đánh giá = đánh giá ÷ đã phục vụ",
                s["participation"],
                {"numerator": s["ratings"], "denominator": s["served"]},
            ),
        ],
    )
    return Section(
        "people",
        "Người dân và mức độ hài lòng",
        SUMMARY_SHEET,
        [
            summary,
            _count_table(
                "people.by_age_band",
                "Theo nhóm tuổi",
                "Nhóm tuổi",
                p["by_age_band"],
                names.get("age_band", {}) | {"unknown": "Không rõ"},
            ),
            _count_table(
                "satisfaction.by_level",
                "Đánh giá theo mức",
                "Mức độ hài lòng",
                s["by_level"],
                names.get("satisfaction", {}),
            ),
        ],
    )
