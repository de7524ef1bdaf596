"""QR codes: one encoder for the screen and for print, so the ticket on screen and on paper carry the same code.

The module matrix is drawn as vector squares in the PDF (one filled path: no seams between neighbours) and
as rectangles by the Qt widget that shows it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 4  # the QR standard's quiet zone: readers need it


@lru_cache(maxsize=256)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """Module matrix without quiet zone; level M survives a smudged thermal print.

    Cached: handout links repeat all day, and choosing the best mask is most of the cost of a code. qrcode is
    imported here, not at the top: the citizen screen imports this module and should not pay for it before its
    first paint.
    """
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1)
    code.add_data(data.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def draw_qr(canvas: Canvas, x: float, y: float, size: float, data: str) -> None:
    """Draw a QR of `size` points (quiet zone included) with its lower-left corner at (x, y)."""
    matrix = qr_matrix(data)
    count = len(matrix)
    module = size / (count + 2 * QUIET_MODULES)
    left = x + QUIET_MODULES * module
    top = y + size - QUIET_MODULES * module
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        col = 0
        while col < count:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < count and cells[col]:
                col += 1
            # Rows overlap by a hair so the rasteriser leaves no pale seam between them.
            path.rect(left + start * module, top - (row + 1) * module, (col - start) * module, module * 1.01)
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
