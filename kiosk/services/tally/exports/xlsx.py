"""XLSX (openpyxl): one sheet per section; numbers stored as numbers, rates as percentages, dates as dates.

Every sheet prints: A4, landscape when wide, one page wide, the title lines (and a lone table's header row)
repeated on each page, panes frozen below them, columns as wide as their longest value.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kiosk.services.sample import SAMPLE_LINE
from kiosk.services.tally.exports.fmt import DASH, fmt_value
from kiosk.services.tally.exports.sections import Section, Val, build_sections
from kiosk.services.tally.exports.sections import Table as ReportTable
from kiosk.services.tally.model import Tally

NUMBER_FORMATS = {"int": "#,##0", "rate": "0.0%", "min": "0.0", "date": "DD/MM/YYYY"}
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
SECTION = Font(bold=True, size=12)
MAX_WIDTH = 60  # characters: a longer text wraps in its cell
PORTRAIT_CHARS = 130  # wider than this (in character widths) prints landscape; narrower fits portrait at >= 75%


def _write(cell: Cell, value: Any, kind: str) -> None:
    if isinstance(value, Val):
        value, kind = value.value, value.kind
    if value is None and kind in ("rate", "min", "int"):
        # A rate with nothing below the line is "—", never 0%: an empty denominator is not a bad result.
        cell.value = DASH
        cell.alignment = Alignment(horizontal="right")
        return
    cell.value = value
    if kind in NUMBER_FORMATS and isinstance(value, int | float | date):
        cell.number_format = NUMBER_FORMATS[kind]


def _text_len(value: Any, kind: str) -> int:
    """How many characters a cell shows, for a column width from the content."""
    if isinstance(value, Val):
        value, kind = value.value, value.kind
    return len(fmt_value(value, kind))


def _print_setup(ws: Worksheet, widths: dict[int, int], header_row: int | None, title_rows: int) -> None:
    """A4, landscape when wide, one page wide, titles (and a lone table's header) repeated on every page."""
    total = sum(widths.values())
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if total > PORTRAIT_CHARS else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    last = header_row or title_rows
    ws.print_title_rows = f"1:{last}"
    ws.freeze_panes = f"A{last + 1}"
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.left.text = "&A"


def _table(ws: Worksheet, table: ReportTable, widths: dict[int, int]) -> int:
    """Writes one table below what the sheet holds; returns its header row."""
    ws.append([])
    if table.title:
        ws.append([table.title])
        ws.cell(row=ws.max_row, column=1).font = BOLD
    ws.append([c.label for c in table.columns])
    header_row = ws.max_row
    for i, column in enumerate(table.columns, start=1):
        cell = ws.cell(row=header_row, column=i)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        # A header may wrap onto two lines; a value may not: the column is as wide as its longest value.
        longest_word = max((len(w) for w in column.label.split()), default=4)
        values = [_text_len(r[i - 1], column.kind) for r in table.rows]
        width = max([longest_word, (len(column.label) + 1) // 2, *values])
        widths[i] = max(widths.get(i, 0), min(width, MAX_WIDTH))
    if not table.rows:
        ws.append(["Không có số liệu"])
    for row in table.rows:
        r = ws.max_row + 1
        for i, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = ws.cell(row=r, column=i)
            _write(cell, value, column.kind)
            if column.kind == "text" and _text_len(value, column.kind) > MAX_WIDTH:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif column.kind == "text" and i > 1 and not isinstance(value, Val):
                # A note after a right-aligned figure: a space between them ("57,8%  100/173", not "57,8%100/173").
                cell.alignment = Alignment(indent=1)
    return header_row


def _sheet(ws: Worksheet, subtitle: str, local: str | None, sections: list[Section], mark: str | None) -> None:
    """One worksheet for the sections sharing its name; the title lines on top, each section under its title."""
    ws.title = re.sub(r"[\[\]:*?/\\]", "-", sections[0].sheet)[:31]  # characters a sheet name may not hold
    name = sections[0].sheet
    ws.append([sections[0].title if len(sections) == 1 else ("Tổng hợp số liệu" if name == "Tổng hợp" else name)])
    ws.cell(row=1, column=1).font = TITLE
    ws.append([f"{mark} – {subtitle}" if mark else subtitle])
    if mark:
        ws.oddHeader.center.text = mark  # and on every printed page
    if local and not any(s.official for s in sections):
        ws.append([local])
    title_rows = ws.max_row
    widths: dict[int, int] = {}
    header_rows: list[int] = []
    for section in sections:
        if len(sections) > 1:
            ws.append([])
            ws.append([section.title.upper()])
            ws.cell(row=ws.max_row, column=1).font = SECTION
        header_rows.extend(_table(ws, table, widths) for table in section.tables)
    for i, width in widths.items():
        ws.column_dimensions[get_column_letter(i)].width = width + 2
    lone_header = header_rows[0] if len(header_rows) == 1 else None
    _print_setup(ws, widths, lone_header, title_rows)


def write_book(
    sections: list[Section],
    *,
    title: str,
    subtitle: str,
    creator: str,
    local: str | None = None,
    mark: str | None = None,
) -> bytes:
    """A workbook of the sections, those sharing a sheet name on one sheet, every sheet set up to print; `mark`
    (sample data) heads every sheet and every printed page."""
    book = Workbook()
    groups: dict[str, list[Section]] = {}
    for section in sections:
        groups.setdefault(section.sheet, []).append(section)
    for i, group in enumerate(groups.values()):
        _sheet(book.active if i == 0 else book.create_sheet(), subtitle, local, group, mark)
    book.properties.title = title
    book.properties.creator = creator or "kiosk"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def render_xlsx(tally: Tally) -> bytes:
    period = tally.data["labels"]["period"]
    return write_book(
        build_sections(tally),
        title=f"Tổng hợp số liệu – {period}",
        subtitle=f"{tally.office.name} – {period}",
        creator=tally.office.name,
        local=tally.data["labels"]["local"],
        mark=SAMPLE_LINE if tally.office.sample else None,
    )
