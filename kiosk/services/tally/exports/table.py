"""Plain-text tables for `kiosk tally --format table`: what an officer reads in a terminal."""

from __future__ import annotations

from kiosk.services.tally.exports.fmt import fmt_value
from kiosk.services.tally.exports.sections import Table, Val, build_sections
from kiosk.services.tally.model import Tally

MAX_CELL = 60  # a long procedure name is cut, not wrapped, so columns stay aligned


def _cells(table: Table) -> list[list[tuple[str, bool]]]:
    """Each cell as (text, right-aligned)."""
    out = []
    for row in table.rows:
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            kind = value.kind if isinstance(value, Val) else column.kind
            raw = value.value if isinstance(value, Val) else value
            text = fmt_value(raw, kind)
            if len(text) > MAX_CELL:
                text = text[: MAX_CELL - 1] + "…"
            cells.append((text, kind in ("int", "rate", "min")))
        out.append(cells)
    return out


def _render_table(table: Table) -> list[str]:
    body = _cells(table)
    if not body:
        return [f"  {table.title}: không có số liệu"] if table.title else ["  (không có số liệu)"]
    headers = [c.label for c in table.columns]
    widths = [max(len(h), *(len(r[i][0]) for r in body)) for i, h in enumerate(headers)]
    lines = [f"  {table.title}"] if table.title else []
    lines.append("  " + "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    lines.append("  " + "  ".join("-" * w for w in widths))
    for row in body:
        parts = [text.rjust(w) if right else text.ljust(w) for (text, right), w in zip(row, widths, strict=True)]
        lines.append("  " + "  ".join(parts).rstrip())
    return lines


def render_table(tally: Tally) -> str:
    head = tally.office.name or "Tổng hợp số liệu"
    lines = [head, f"TỔNG HỢP SỐ LIỆU – {tally.data['labels']['period'].upper()}", ""]
    for section in build_sections(tally):
        lines.append(section.title.upper())
        for table in section.tables:
            lines.extend(_render_table(table))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
