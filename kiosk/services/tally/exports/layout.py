"""The report as data: sections of labelled tables whose cells know their kind (int, rate, min, date, text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Val:
    value: Any
    kind: str


@dataclass
class Column:
    label: str
    kind: str = "text"  # text | int | rate | min | date
    width: int = 12  # characters, for spreadsheets and the text table
    align: str = ""  # "right" or "left"; by default numbers right, text left

    @property
    def right(self) -> bool:
        return self.align == "right" if self.align else self.kind in ("int", "rate", "min")


@dataclass
class Table:
    key: str
    title: str | None
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: str
    sheet: str  # ≤ 31 characters: an XLSX sheet name
    tables: list[Table]
    official: bool = False
