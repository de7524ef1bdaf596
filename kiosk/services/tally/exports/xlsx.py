"""XLSX (openpyxl): one sheet per section; numbers stored as numbers, rates as percentages, dates as dates."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kiosk.services.sample import SAMPLE_LINE
from kiosk.services.tally.exports.fmt import DASH
from kiosk.services.tally.exports.sections import Section, Val, build_sections
from kiosk.services.tally.model import Tally

NUMBER_FORMATS = {"int": "#,##0", "rate": "0.0%", "min": "0.0", "date": "DD/MM/YYYY"}
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)


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


def _sheet(ws: Worksheet, tally: Tally, section: Section) -> None:
    ws.title = section.sheet[:31]
    ws.append([section.title])
    ws.cell(row=1, column=1).font = TITLE
    mark = f"{SAMPLE_LINE} – " if tally.office.sample else ""
    ws.append([f"{mark}{tally.office.name} – {tally.data['labels']['period']}"])
    if tally.office.sample:
        ws.oddHeader.center.text = SAMPLE_LINE  # and on every printed page
    if not section.official:
        ws.append([tally.data["labels"]["local"]])
    widths: dict[int, int] = {}
    for table in section.tables:
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
            widths[i] = max(widths.get(i, 0), column.width)
        if not table.rows:
            ws.append(["Không có số liệu"])
        for row in table.rows:
            r = ws.max_row + 1
            for i, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
                _write(ws.cell(row=r, column=i), value, column.kind)
    for i, width in widths.items():
        ws.column_dimensions[get_column_letter(i)].width = width + 2


def render_xlsx(tally: Tally) -> bytes:
    book = Workbook()
    sections = build_sections(tally)
    _sheet(book.active, tally, sections[0])
    for section in sections[1:]:
        _sheet(book.create_sheet(), tally, section)
    book.properties.title = f"Tổng hợp số liệu – {tally.data['labels']['period']}"
    book.properties.creator = tally.office.name or "kiosk"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
