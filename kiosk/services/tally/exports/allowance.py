"""The team's allowance on its own: a payment list to sign (PDF), a sheet (XLSX), CSV, or text for the terminal.

The figures come from services/records/allowance.py as JSON (`Allowance.to_json()`); the same tables go into the
month and year tally (exports/extras.py), so the payment list and the report always agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from kiosk.clock import to_local
from kiosk.services.tally.exports import pdf_parts as pp
from kiosk.services.tally.exports.csv import write_csv
from kiosk.services.tally.exports.extras import allowance_summary, allowance_table
from kiosk.services.tally.exports.layout import Section
from kiosk.services.tally.exports.pdf_flow import Block
from kiosk.services.tally.exports.table import _render_table
from kiosk.services.tally.exports.xlsx import write_book
from kiosk.services.tally.model import Office

FORMATS = ("table", "pdf", "xlsx", "csv")
TITLE = "Danh sách chi hỗ trợ tổ công nghệ số cộng đồng"


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".") + " đ"


def _basis(a: dict[str, Any]) -> str:
    parts = [f"mức {_money(a['rate_per_day'])}/người/ngày trực"]
    if a["cap_member_year"]:
        parts.append(f"tối đa {_money(a['cap_member_year'])}/người/năm")
    if a["cap_team_year"]:
        parts.append(f"tối đa {_money(a['cap_team_year'])}/tổ/năm")
    return "(" + "; ".join(parts) + ")"


def _sections(a: dict[str, Any]) -> list[Section]:
    sheet = f"Hỗ trợ tổ CNS {a['label'][-7:] if a['month'] else a['year']}"[:31]
    return [
        Section(
            "allowance", f"{TITLE} – {a['label'].lower()}", sheet, [allowance_table(a, sign=True), allowance_summary(a)]
        )
    ]


def render_table(a: dict[str, Any], office: Office) -> bytes:
    lines = [office.name or TITLE, f"{TITLE.upper()} – {a['label'].upper()}", _basis(a), ""]
    for table in _sections(a)[0].tables:
        lines.extend(_render_table(table))
        lines.append("")
    if not a["members"]:
        lines.append("Không có ngày trực nào trong kỳ.")
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def render_csv(a: dict[str, Any], office: Office, style: str) -> bytes:
    return write_csv([office.name, a["label"]], _sections(a), style)


def render_xlsx(a: dict[str, Any], office: Office) -> bytes:
    return write_book(
        _sections(a), title=f"{TITLE} – {a['label']}", subtitle=f"{office.name} – {_basis(a)}", creator=office.name
    )


def render_pdf(a: dict[str, Any], office: Office, report: dict[str, Any], made: datetime) -> bytes:
    """The payment list: header of the office, the members with a column each to sign, totals, two signatures."""
    st = pp.Styles()
    symbol = str(report.get("symbol") or "BC-UBND")
    # A payment list is numbered apart from reports: its own number by hand, "DS-" for the document type.
    list_report = {"number": "", "symbol": "DS-" + symbol.split("-", 1)[1] if "-" in symbol else "DS"}
    story: list[Flowable] = pp.header(
        st,
        parent_body=office.commune_name,
        body=office.name,
        report=list_report,
        place=office.place,
        made=made,
        kind="DANH SÁCH",
        summary=[f"Chi hỗ trợ tổ công nghệ số cộng đồng {a['label'].lower()}", _basis(a)],
        recipient=False,
    )
    members, summary = _sections(a)[0].tables
    if a["members"]:
        grid = pp.grid(members, st, bold_last=True)
        # Room to sign: the body rows are taller than a report's.
        grid.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -2), 7), ("BOTTOMPADDING", (0, 1), (-1, -2), 7)]))
        story.append(Block([pp.p("1. Danh sách thành viên", st.h2)], grid))
    else:
        story.append(
            Block([pp.p("1. Danh sách thành viên", st.h2)], pp.p("Không có ngày trực nào trong kỳ.", st.small))
        )
    story.append(Block([pp.p("2. Mức chi và mức tối đa", st.h2)], pp.grid(summary, st)))
    words = f"Tổng số tiền được chi: {_money(a['paid'])} ({a['days']} ngày trực)."
    story.append(Block([Spacer(1, 3 * mm)], pp.p(words, st.body)))
    story = pp.keep_with_signature(story, pp.signature(st, report, preparer=True))
    generated = to_local(made).strftime("%H:%M %d/%m/%Y")
    title = f"{TITLE} – {a['label']}"
    return pp.build(story, title=title, author=office.name, footer_note=f"{title} – lập lúc {generated}")
