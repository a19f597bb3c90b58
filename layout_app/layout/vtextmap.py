"""Caret lines of a vertical (竖排) heading: each column as `layout.vertical` placed it, turned a
quarter so the caret code of `layout.textmap` works on it unchanged — "x" runs down the column
(the top of each character's cell, page y), "top"/"bottom" are the em box's left and right edges
(page x) and the lines follow the reading order (columns right to left: kicker, headline, deck)."""
from __future__ import annotations

from layout_app.geometry import Rect
from layout_app.layout.compose import Composer, kicker_cap
from layout_app.layout.styling import face_of
from layout_app.layout.vertical import COLUMN_PITCH, vertical_heading
from layout_app.model.frame import Frame
from layout_app.model.textedit import Target


def vertical_text(composer: Composer, f: Frame, rect: Rect, blocks):
    """The columns of a vertical heading frame as caret lines (the composer's cached setting)."""
    from layout_app.layout.textmap import CaretLine, FrameText

    doc = composer.doc
    styled = tuple((part, doc.style(role), face_of(doc.style(role)), text) for part, role, text in blocks)
    _group, _report, _missing, columns = vertical_heading(f.id, f.story, f.part, rect, styled, composer.fonts,
                                                          kicker_cap)
    lines = tuple(CaretLine(c.part, 0, c.start, c.start + len(c.text), c.tops, c.bottom,
                            c.axis - c.size / 2.0, c.axis + c.size / 2.0, rect.y, c.size * COLUMN_PITCH,
                            c.face, c.size, True) for c in columns)
    parts = ("kicker", "headline", "deck") if f.part == "heading" else (f.part,)
    return FrameText(f.id, lines, {part: Target("story", f.story, part) for part in parts})
