"""The tally's exports, one module per format; RENDERERS is the one place that says which format is which.

Each renderer takes a model.Tally and returns bytes. `sections` turns a Tally into numbered tables that the
table, CSV, XLSX and PDF renderers share, so every format shows the same figures under the same headings.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.services.tally.exports.csv import render_csv
from kiosk.services.tally.exports.json import render_json
from kiosk.services.tally.exports.pdf import render_pdf
from kiosk.services.tally.exports.table import render_table
from kiosk.services.tally.exports.xlsx import render_xlsx
from kiosk.services.tally.model import FORMATS, Tally


def _table_bytes(tally: Tally) -> bytes:
    return render_table(tally).encode("utf-8")


RENDERERS: dict[str, Callable[[Tally], bytes]] = {
    "table": _table_bytes,
    "json": render_json,
    "csv": render_csv,
    "xlsx": render_xlsx,
    "pdf": render_pdf,
}
assert tuple(RENDERERS) == FORMATS, "every format the CLI offers has exactly one renderer"
