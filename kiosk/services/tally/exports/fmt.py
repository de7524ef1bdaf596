"""How numbers read in Vietnamese: 1.234 for thousands, 75,0% for rates, "—" when a rate has nothing below the line."""

from __future__ import annotations

from datetime import date, datetime

DASH = "—"


def fmt_int(value: int | None) -> str:
    if value is None:
        return DASH
    return f"{value:,}".replace(",", ".")


def fmt_pct(value: float | None, digits: int = 1) -> str:
    if value is None:
        return DASH
    return f"{value * 100:.{digits}f}%".replace(".", ",")


def fmt_min(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{value:.1f}".replace(".", ",")


def fmt_parts(numerator: int, denominator: int) -> str:
    return f"{fmt_int(numerator)}/{fmt_int(denominator)}"


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return DASH
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def fmt_value(value: object, kind: str) -> str:
    """One cell of a report table as text."""
    if kind == "int":
        return fmt_int(value)  # type: ignore[arg-type]
    if kind == "rate":
        return fmt_pct(value)  # type: ignore[arg-type]
    if kind == "min":
        return fmt_min(value)  # type: ignore[arg-type]
    if kind == "date":
        return fmt_date(value)  # type: ignore[arg-type]
    return DASH if value is None else str(value)
