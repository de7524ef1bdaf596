"""Drawing helpers shared by the ticket, the QR handouts and the instruction sheets (reportlab, no Qt).

Everything is pure black on white: thermal printers have no greys, and thin lines vanish or smear, so rules are
at least 1.5 pt and QR modules are drawn as one filled path (no seams between neighbouring squares).
Receipt-like documents are built from measured blocks so the page height can be fitted to the content.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.services.documents.fonts import register_fonts
from kiosk.services.documents.qr import draw_qr

RULE_PT = 1.5  # thinnest line we draw: 1.5 pt ≈ 0.53 mm ≈ 4 dots at 203 dpi


def fonts() -> tuple[str, str]:
    return register_fonts()


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], title: str) -> Canvas:
    """A canvas whose initial font is Noto Sans, so no non-embedded Helvetica reference ever appears."""
    regular, _ = fonts()
    canvas = Canvas(buffer, pagesize=pagesize, initialFontName=regular, invariant=True, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Ki-ốt hỗ trợ số")
    canvas.setFillGray(0)
    canvas.setStrokeGray(0)
    return canvas


# ---------------------------------------------------------------- text


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Word wrap; a word longer than the line (a URL) is broken between characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if stringWidth(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while stringWidth(word, font, size) > width:
                cut = len(word)
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest font size (in half points) at which `text` fits on one line of `width`."""
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


# ---------------------------------------------------------------- measured blocks


@dataclass
class Block:
    """A piece of a page with a known height; `draw(canvas, left, top)` paints it below `top`."""

    height: float
    draw: Callable[[Canvas, float, float], None]


@dataclass
class Sheet:
    """Blocks laid out top to bottom in a column of `width` points."""

    width: float
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> None:
        self.blocks.append(block)

    def space(self, height: float) -> None:
        self.add(Block(height, lambda c, x, y: None))

    def text(
        self,
        text: str,
        size: float,
        *,
        bold: bool = False,
        align: str = "center",
        leading: float = 1.22,
        before: float = 0,
        after: float = 0,
    ) -> None:
        regular, heavy = fonts()
        font = heavy if bold else regular
        lines = wrap(text, font, size, self.width)
        line_h = size * leading
        width = self.width

        def draw(canvas: Canvas, left: float, top: float) -> None:
            canvas.setFont(font, size)
            y = top - before - size * 0.98
            for line in lines:
                if align == "center":
                    canvas.drawCentredString(left + width / 2, y, line)
                else:
                    canvas.drawString(left, y, line)
                y -= line_h

        self.add(Block(before + line_h * len(lines) + after, draw))

    def big(self, text: str, largest: float, smallest: float = 20, *, after: float = 0) -> None:
        """One line in bold, as large as the column allows: the ticket number."""
        _, heavy = fonts()
        size = fit_size(text, heavy, self.width, largest, smallest)
        width = self.width

        def draw(canvas: Canvas, left: float, top: float) -> None:
            canvas.setFont(heavy, size)
            # Digits and capitals have no descender: cap height of Noto Sans is 0.714 em.
            canvas.drawCentredString(left + width / 2, top - size * 0.78, text)

        self.add(Block(size * 0.9 + after, draw))

    def rule(self, *, before: float = 4, after: float = 4, thickness: float = RULE_PT) -> None:
        width = self.width

        def draw(canvas: Canvas, left: float, top: float) -> None:
            canvas.setLineWidth(thickness)
            y = top - before - thickness / 2
            canvas.line(left, y, left + width, y)

        self.add(Block(before + thickness + after, draw))

    def boxed(self, text: str, size: float, *, bold: bool = True, pad: float = 5, after: float = 4) -> None:
        """Text in a thick frame: priority group on the ticket, warnings on handouts."""
        regular, heavy = fonts()
        font = heavy if bold else regular
        inner = self.width - 2 * pad - 2 * RULE_PT
        lines = wrap(text, font, size, inner)
        line_h = size * 1.22
        box_h = len(lines) * line_h + 2 * pad
        width = self.width

        def draw(canvas: Canvas, left: float, top: float) -> None:
            canvas.setLineWidth(RULE_PT * 1.5)
            canvas.rect(left + RULE_PT, top - box_h, width - 2 * RULE_PT, box_h - RULE_PT, stroke=1, fill=0)
            canvas.setFont(font, size)
            y = top - pad - size * 0.98
            for line in lines:
                canvas.drawCentredString(left + width / 2, y, line)
                y -= line_h

        self.add(Block(box_h + after, draw))

    def qr_row(
        self, items: Sequence[tuple[str, str]], qr_size: float, caption_size: float, *, after: float = 6
    ) -> None:
        """One to three captioned QRs side by side: (data, caption) each; the caption sits under its code."""
        regular, _ = fonts()
        count = len(items)
        cell = self.width / count
        captions = [wrap(caption, regular, caption_size, cell - 4) for _, caption in items]
        line_h = caption_size * 1.2
        text_h = max(len(c) for c in captions) * line_h

        def draw(canvas: Canvas, left: float, top: float) -> None:
            for index, ((data, _), lines) in enumerate(zip(items, captions, strict=True)):
                centre = left + cell * index + cell / 2
                draw_qr(canvas, centre - qr_size / 2, top - qr_size, qr_size, data)
                canvas.setFont(regular, caption_size)
                y = top - qr_size - caption_size * 0.9
                for line in lines:
                    canvas.drawCentredString(centre, y, line)
                    y -= line_h

        self.add(Block(qr_size + text_h + 2 + after, draw))

    def merge_from(self, start: int) -> None:
        """Fuse the blocks added since index `start` into one, so a page break never falls inside them."""
        parts = self.blocks[start:]
        if len(parts) < 2:
            return

        def draw(canvas: Canvas, left: float, top: float) -> None:
            for part in parts:
                part.draw(canvas, left, top)
                top -= part.height

        self.blocks[start:] = [Block(sum(p.height for p in parts), draw)]

    @property
    def height(self) -> float:
        return sum(b.height for b in self.blocks)


def with_mark(sheet: Sheet, mark: str) -> Sheet:
    """The sheet with `mark` ("DỮ LIỆU MẪU…") boxed above everything else; unchanged without a mark."""
    if not mark:
        return sheet
    marked = Sheet(sheet.width)
    marked.boxed(mark, 11, after=5)
    marked.blocks.extend(sheet.blocks)
    return marked


def render_fitted(
    sheet: Sheet, page_width: float, margin_x: float, margin_top: float, margin_bottom: float, title: str
) -> bytes:
    """One page as tall as the content (thermal roll): no blank paper, nothing cut off."""
    buffer = io.BytesIO()
    height = margin_top + sheet.height + margin_bottom
    canvas = new_canvas(buffer, (page_width, height), title)
    top = height - margin_top
    for block in sheet.blocks:
        block.draw(canvas, margin_x, top)
        top -= block.height
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_paged(
    sheet: Sheet,
    pagesize: tuple[float, float],
    margin: float,
    title: str,
    footer: Callable[[Canvas, int], None],
    footer_height: float,
) -> bytes:
    """Fixed-size pages (A6): a block never splits (merge_from groups what must stay together).

    `footer(canvas, page)` draws in the `footer_height` points kept free above the bottom margin of every page.
    """
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, pagesize, title)
    usable = pagesize[1] - 2 * margin - footer_height
    top = pagesize[1] - margin
    used = 0.0
    page = 1
    for block in sheet.blocks:
        if used and used + block.height > usable:
            footer(canvas, page)
            canvas.showPage()
            page += 1
            top, used = pagesize[1] - margin, 0.0
        block.draw(canvas, margin, top)
        top -= block.height
        used += block.height
    footer(canvas, page)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
