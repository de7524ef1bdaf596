"""The tally's exports, one module per format; RENDERERS is the one place that says which format is which.

Each renderer takes a model.Tally and returns bytes. `sections` turns a Tally into numbered tables that the
table, CSV, XLSX and PDF renderers share, so every format shows the same figures under the same headings.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.services.tally.model import FORMATS, Tally

# Each format's module is imported when that format is asked for: reportlab (PDF) and openpyxl (XLSX) cost more
# at start-up than the whole day's figures, and `kiosk tally --date D` prints a table.


def _table_bytes(tally: Tally) -> bytes:
    from kiosk.services.tally.exports.table import render_table

    return render_table(tally).encode("utf-8")


def render_json(tally: Tally) -> bytes:
    from kiosk.services.tally.exports.json import render_json

    return render_json(tally)


def render_csv(tally: Tally) -> bytes:
    from kiosk.services.tally.exports.csv import render_csv

    return render_csv(tally)


def render_xlsx(tally: Tally) -> bytes:
    from kiosk.services.tally.exports.xlsx import render_xlsx

    return render_xlsx(tally)


def render_pdf(tally: Tally) -> bytes:
    from kiosk.services.tally.exports.pdf import render_pdf

    return render_pdf(tally)


RENDERERS: dict[str, Callable[[Tally], bytes]] = {
    "table": _table_bytes,
    "json": render_json,
    "csv": render_csv,
    "xlsx": render_xlsx,
    "pdf": render_pdf,
}
assert tuple(RENDERERS) == FORMATS, "every format the CLI offers has exactly one renderer"
