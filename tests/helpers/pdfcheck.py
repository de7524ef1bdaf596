"""Read PDFs back the way a person would: text (pdftotext), fonts (pdffonts), pictures (pdftoppm) and QR (zbarimg)."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

MM = 72 / 25.4


def _tmp_pdf(pdf: bytes, folder: Path) -> Path:
    path = folder / "doc.pdf"
    path.write_bytes(pdf)
    return path


def text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = _tmp_pdf(pdf, Path(tmp))
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def flat_text(pdf: bytes) -> str:
    """Text with line breaks folded into spaces, for phrases that wrap."""
    return " ".join(text(pdf).split())


def fonts(pdf: bytes) -> list[dict[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = _tmp_pdf(pdf, Path(tmp))
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID: read from the right, names have no spaces here
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width) / MM, float(p.mediabox.height) / MM) for p in reader.pages]


def qr_codes(pdf: bytes, dpi: int = 150) -> list[str]:
    """Every QR code on every page, decoded from a rendered image as a phone would see the paper."""
    with tempfile.TemporaryDirectory() as tmp:
        path = _tmp_pdf(pdf, Path(tmp))
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(Path(tmp) / "page")], check=True)
        found: list[str] = []
        for image in sorted(Path(tmp).glob("page*.png")):
            out = subprocess.run(["zbarimg", "--raw", "-q", "-Sqrcode.enable", str(image)], capture_output=True)
            found += [line for line in out.stdout.decode("utf-8").splitlines() if line]
    return found


def text_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """(text run, font size in points) for every run drawn, from the content streams."""
    runs: list[tuple[str, float]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def visit(txt: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            if txt.strip():
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                runs.append((txt.strip(), size * scale))

        page.extract_text(visitor_text=visit)
    return runs


def colour_operands(pdf: bytes) -> list[tuple[str, list[float]]]:
    """Every colour-setting and line-width operator with its operands: to check 'no greys, no hairlines'."""
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        for operands, operator in content.operations:
            op = operator.decode("latin-1")
            if op in ("g", "G", "rg", "RG", "k", "K", "w"):
                found.append((op, [float(v) for v in operands]))
    return found
