"""The shipped faces registered with reportlab (embedded as subsets with ToUnicode maps)."""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from layout_app.text.fonts import FACES, registry

PREFIX = "LA-"


def pdf_font(face: str) -> str:
    """The reportlab name of a shipped face, registered on first use."""
    name = PREFIX + face
    if name not in pdfmetrics.getRegisteredFontNames():
        path = registry().face(face).path          # a missing font file is a clear InputError here
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def all_faces() -> list[str]:
    return [f.key for f in FACES]
