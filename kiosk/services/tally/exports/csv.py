"""CSV in two forms, both UTF-8 with a byte-order mark so Excel on Windows shows Vietnamese letters.

`standard`: comma between fields, dot decimals, ISO dates: for scripts, databases and English-locale spreadsheets.
`excel-vi`: semicolon between fields, comma decimals, dd/mm/yyyy dates: what Excel or LibreOffice set to
Vietnamese (where ',' is the decimal separator and ';' the list separator) opens directly as numbers and dates;
a comma file there imports rates as text.

The tables follow each other, each under a line naming its section and table; numbers stay numbers (rates as
fractions between 0 and 1), an empty cell is a rate with nothing below the line.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from kiosk.errors import InputError
from kiosk.services.tally.exports.sections import Section, Val, build_sections
from kiosk.services.tally.model import Tally

BOM = "\ufeff"
STYLES = ("standard", "excel-vi")


def _plain(value: object, style: str) -> object:
    if isinstance(value, Val):
        value = value.value
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat() if style == "standard" else value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        text = repr(round(value, 6))
        return text if style == "standard" else text.replace(".", ",")
    return value


def render_csv(tally: Tally, style: str = "standard") -> bytes:
    return write_csv([tally.office.name, tally.data["labels"]["period"]], build_sections(tally), style)


def write_csv(first: list[str], sections: list[Section], style: str = "standard") -> bytes:
    if style not in STYLES:
        raise InputError(f"Kiểu CSV '{style}' không có; chọn standard hoặc excel-vi.")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="," if style == "standard" else ";", lineterminator="\r\n")
    writer.writerow(first)
    for section in sections:
        for table in section.tables:
            writer.writerow([])
            writer.writerow([f"{section.title} – {table.title}" if table.title else section.title])
            writer.writerow([c.label for c in table.columns])
            for row in table.rows:
                writer.writerow([_plain(v, style) for v in row])
    return (BOM + buffer.getvalue()).encode("utf-8")
