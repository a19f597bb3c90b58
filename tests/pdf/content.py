"""Reading an exported PDF as a preflight tool does: the content streams walked with their
graphics state (CTM through q/Q/cm and into form XObjects), pdfium's character origins, and
Ghostscript's separations. Test helpers only: nothing here comes from the exporter."""
from __future__ import annotations

import ctypes
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def times(m, n):
    """m × n for PDF matrices [a b c d e f] (row vectors: m applies first)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def apply(m, x, y):
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


@dataclass
class Walk:
    images: list = field(default_factory=list)       # (image stream, CTM)
    segments: list = field(default_factory=list)     # ((x1, y1), (x2, y2), line width, stroke colour) stroked
    operators: list = field(default_factory=list)    # (operator, operands) of every stream, forms included
    forms: list = field(default_factory=list)        # form XObjects met


def walk_page(page: pikepdf.Page) -> Walk:
    out = Walk()
    _walk(page.obj, page.obj.get("/Resources", pikepdf.Dictionary()), IDENTITY, out)
    return out


def _walk(stream_owner, resources, ctm, out: Walk) -> None:
    stack = []
    width = 1.0
    stroke = ("G", 0.0)                        # the stroke colour: its operator and values
    path = []
    current = None
    for operands, op in pikepdf.parse_content_stream(stream_owner):
        name = str(op)
        out.operators.append((name, list(operands)))
        if name == "q":
            stack.append((ctm, width, stroke))
        elif name == "Q":
            ctm, width, stroke = stack.pop()
        elif name in ("K", "G", "RG", "SC", "SCN"):
            stroke = (name, *(float(v) for v in operands if not isinstance(v, pikepdf.Name)))
        elif name == "cm":
            ctm = times(tuple(float(v) for v in operands), ctm)
        elif name == "w":
            width = float(operands[0])
        elif name == "m":
            current = apply(ctm, float(operands[0]), float(operands[1]))
        elif name == "l":
            point = apply(ctm, float(operands[0]), float(operands[1]))
            path.append((current, point))
            current = point
        elif name in ("S", "s"):
            out.segments.extend((a, b, width * abs(ctm[0]), stroke) for a, b in path)
            path = []
        elif name in ("n", "f", "F", "f*", "B", "B*", "b", "b*"):
            path = []
        elif name == "Do":
            xobj = resources.XObject[operands[0]]
            if xobj.get("/Subtype") == pikepdf.Name.Image:
                out.images.append((xobj, ctm))
            elif xobj.get("/Subtype") == pikepdf.Name.Form:
                out.forms.append(xobj)
                matrix = tuple(float(v) for v in xobj.get("/Matrix", IDENTITY))
                _walk(xobj, xobj.get("/Resources", resources), times(matrix, ctm), out)


def pdf_characters(path: Path, page_index: int = 0) -> list[tuple[str, float, float]]:
    """(character, origin x, origin y) in PDF points, content order, as pdfium reads the page
    (characters it invents for spaces and line ends left out)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(path))
    try:
        text = pdf[page_index].get_textpage()
        x, y = ctypes.c_double(), ctypes.c_double()
        chars = []
        for i in range(text.count_chars()):
            if raw.FPDFText_IsGenerated(text.raw, i):
                continue
            raw.FPDFText_GetCharOrigin(text.raw, i, ctypes.byref(x), ctypes.byref(y))
            chars.append((chr(raw.FPDFText_GetUnicode(text.raw, i)), x.value, y.value))
        return chars
    finally:
        pdf.close()


def separations(pdf: Path, folder: Path, dpi: int) -> dict:
    """Ghostscript's tiffsep plates of page 1: {"Cyan": L image, …}, 255 = no ink."""
    from PIL import Image

    base = folder / "sep.tif"
    proc = subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiffsep", f"-r{dpi}",
                           "-dFirstPage=1", "-dLastPage=1", f"-sOutputFile={base}", str(pdf)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    plates = {}
    for ink in ("Cyan", "Magenta", "Yellow", "Black"):
        with Image.open(folder / f"sep({ink}).tif") as im:
            plates[ink] = im.convert("L")
    return plates


def pdf_char_boxes(path: Path, page_index: int = 0) -> list[tuple[str, tuple[float, float, float, float]]]:
    """(character, loose box (left, bottom, right, top): the font's full ascent to descent) of every
    character pdfium finds that is not white space, in PDF points."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(path))
    try:
        text = pdf[page_index].get_textpage()
        boxes = []
        for i in range(text.count_chars()):
            ch = chr(raw.FPDFText_GetUnicode(text.raw, i))
            if raw.FPDFText_IsGenerated(text.raw, i) or ch.isspace():
                continue
            boxes.append((ch, text.get_charbox(i, loose=True)))
        return boxes
    finally:
        pdf.close()
