"""CSV: UTF-8 with a byte-order mark so Excel on Windows shows Vietnamese letters instead of mojibake.

The tables follow each other, each under a line naming its section and table; numbers stay numbers (rates as
fractions between 0 and 1, minutes with a decimal point), dates are ISO, an empty cell is a rate with nothing
below the line.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from kiosk.services.tally.exports.sections import Val, build_sections
from kiosk.services.tally.model import Tally

BOM = "\ufeff"


def _plain(value: object) -> object:
    if isinstance(value, Val):
        value = value.value
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value


def render_csv(tally: Tally) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([tally.office.name, tally.data["labels"]["period"]])
    for section in build_sections(tally):
        for table in section.tables:
            writer.writerow([])
            writer.writerow([f"{section.title} – {table.title}" if table.title else section.title])
            writer.writerow([c.label for c in table.columns])
            for row in table.rows:
                writer.writerow([_plain(v) for v in row])
    return (BOM + buffer.getvalue()).encode("utf-8")
