"""How report tables break across pages: never fewer than MIN_ROWS rows of a table alone on a page.

`Grid` is a reportlab Table whose split moves a small table whole to the next page, and splits a longer one only
where both parts keep at least MIN_ROWS body rows (the header row repeats on each page). `Block` keeps headings
with the first rows of the table under them, and a tail (the signature block) with at least the last rows of
the table before it, so neither a heading nor the signature ever stands alone at a page's edge.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Table
from reportlab.platypus.flowables import Flowable

MIN_ROWS = 3
EPSILON = 0.01


def plan_split(body: int, fit: int, *, full_page: bool = False) -> int:
    """How many of `body` rows go on this page when `fit` would fit; 0 means move the whole table on.

    A table too short to leave MIN_ROWS on both pages moves whole; a longer one keeps MIN_ROWS for the next
    page. On an empty page (`full_page`) a table must split where it can, whatever its length.
    """
    if fit >= body:
        return body
    if full_page:
        return max(1, min(fit, body - MIN_ROWS) if fit > MIN_ROWS else fit)
    if body < 2 * MIN_ROWS:
        return 0
    k = min(fit, body - MIN_ROWS)
    return k if k >= MIN_ROWS else 0


class Grid(Table):
    """A report table (header row repeated) that splits only by `plan_split`.

    reportlab builds the parts of a split with `self.__class__`, so every part keeps this rule.
    """

    full_height: float = 0.0  # the frame's height: a split asked with this much room is on an empty page

    def _head_rows(self) -> int:
        return self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)

    def rows_fitting(self, avail_width: float, avail_height: float) -> tuple[int, int]:
        """(body rows in the table, body rows that fit in `avail_height`)."""
        self._calc(avail_width, avail_height)
        heights = self._rowHeights
        head = self._head_rows()
        used = sum(heights[:head])
        fit = 0
        for h in heights[head:]:
            if used + h > avail_height:
                break
            used += h
            fit += 1
        return len(heights) - head, fit

    def split_rows(self, avail_width: float, avail_height: float, *, keep_last: bool = False) -> list[Flowable]:
        """Split by the rule; `keep_last` sends at least MIN_ROWS rows on even when the whole table fits."""
        body, fit = self.rows_fitting(avail_width, avail_height)
        if keep_last:
            fit = min(fit, body - 1)
        full = bool(self.full_height) and avail_height >= self.full_height - 1 and not keep_last
        k = plan_split(body, fit, full_page=full)
        if k <= 0 or k >= body:
            return []
        head = self._head_rows()
        cut = sum(self._rowHeights[: head + k]) + EPSILON
        return Table.split(self, avail_width, cut)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab's names
        return self.split_rows(availWidth, availHeight)


class Block(Flowable):
    """Headings + a body (a Grid, a paragraph, a chart) + a tail, laid out so no part is left alone.

    Fits: drawn as one. Does not fit: the headings go with the first part of a Grid and the tail with its last
    MIN_ROWS rows or more; a body that cannot split moves on whole with its headings and tail.
    """

    def __init__(self, heads: Sequence[Flowable], body: Flowable, tail: Sequence[Flowable] = ()) -> None:
        super().__init__()
        self.heads, self.body, self.tail = list(heads), body, list(tail)
        self._sizes: list[tuple[float, float]] = []

    @property
    def _parts(self) -> list[Flowable]:
        return [*self.heads, self.body, *self.tail]

    @staticmethod
    def _space(f: Flowable) -> float:
        return f.getSpaceBefore() + f.getSpaceAfter()

    def _height(self, flows: Sequence[Flowable], width: float, avail: float) -> float:
        return sum(f.wrap(width, avail)[1] + self._space(f) for f in flows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._sizes = [f.wrap(availWidth, availHeight) for f in self._parts]
        self.width = availWidth
        self.height = sum(h + self._space(f) for f, (_, h) in zip(self._parts, self._sizes, strict=True))
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for f, (_, h) in zip(self._parts, self._sizes, strict=True):
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if not isinstance(self.body, Grid):
            return []
        heads = self._height(self.heads, availWidth, availHeight)
        tail = self._height(self.tail, availWidth, availHeight)
        room = availHeight - heads - self._space(self.body)
        _, body_h = self.body.wrap(availWidth, room)
        # The whole body fits but the tail does not: rows go on with the tail, so it never stands alone.
        keep_last = bool(self.tail) and body_h <= room and body_h + tail > room
        parts = self.body.split_rows(availWidth, room, keep_last=keep_last)
        if len(parts) != 2:
            return []
        first, rest = parts
        return [*self.heads, first, Block([], rest, self.tail)]
