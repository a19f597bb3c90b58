"""Which characters of a printed page's PDF are set in a heading face — bold, or a sans (黑体) beside a
serif (宋体) body: a 小标题 is set so, at the body's size too, where only its face tells it from the
sentence above it (`typesizes.SizedLines.strong`). Read from the font pdfium names for each
character and the weight it reports."""
from __future__ import annotations

import ctypes
import re

# a font's name that says bold or a sans face (Noto Sans SC, Source Han Sans, SimHei, 方正黑体, MS Gothic)
_STRONG = re.compile(r"bold|heavy|black|semibold|demi|sans|hei|gothic|黑", re.IGNORECASE)
BOLD = 600          # pdfium's weight of a bold face


def strong_chars(textpage, indices: list[int]) -> list[bool]:
    """For each character index of the text page: set in a bold or sans face."""
    import pypdfium2.raw as raw

    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    out = []
    for i in indices:
        n = raw.FPDFText_GetFontInfo(textpage.raw, i, buf, 256, ctypes.byref(flags))
        name = buf.value.decode("utf-8", "replace").split("+")[-1] if n else ""
        out.append(bool(_STRONG.search(name)) or raw.FPDFText_GetFontWeight(textpage.raw, i) >= BOLD)
    return out
