"""Word's body XML as copy: paragraphs in reading order (text boxes, content controls and tracked
insertions included), and tables as an editor would take them into a story."""
from __future__ import annotations

import re

# The text of a Word body, read from its XML: python-docx's paragraph text leaves out tracked
# insertions (w:ins), content controls (w:sdt), smart tags and simple fields, so copy with tracked
# changes lost its inserted words without a word.
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"   # a copy of Choice
_SKIP = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "rPr", W + "pPr", _MC_FALLBACK}


def paragraphs(element, in_table: bool = False):
    """Every paragraph in document order, text-box and table-cell paragraphs included (after the
    paragraph that anchors them), with whether it sits in a table."""
    for child in element:
        if child.tag in _SKIP or not isinstance(child.tag, str):
            continue
        if child.tag == W + "p":
            yield child, in_table
            yield from _paragraphs_inside(child, in_table)
        else:
            yield from paragraphs(child, in_table or child.tag == W + "tbl")


def _paragraphs_inside(p, in_table):
    for child in p:
        if child.tag in _SKIP or not isinstance(child.tag, str):
            continue
        if child.tag == W + "txbxContent":
            yield from paragraphs(child, in_table)
        else:
            yield from _paragraphs_inside(child, in_table)


def own_text(element):
    """The text of a paragraph, not of the text boxes anchored in it (those are paragraphs of their own)."""
    for child in element:
        tag = child.tag
        if tag in _SKIP or tag == W + "txbxContent" or not isinstance(tag, str):
            continue
        if tag == W + "t":
            yield child.text or ""
        elif tag == W + "tab":
            yield "\t"
        elif tag in (W + "br", W + "cr"):
            yield "\n"
        elif tag == W + "noBreakHyphen":
            yield "\u2011"
        elif tag == W + "sym":
            code = child.get(W + "char", "")
            if re.fullmatch(r"[0-9A-Fa-f]{1,6}", code) and int(code, 16) <= 0x10FFFF:
                yield chr(int(code, 16))
        else:
            yield from own_text(child)




def copy_blocks(element):
    """The body's paragraphs and tables in reading order, a table whole: (paragraph, None) or
    (None, table). A text box's contents follow the paragraph that anchors it."""
    for child in element:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == W + "p":
            yield child, None
            for box in _boxes(child):
                yield from copy_blocks(box)
        elif tag == W + "tbl":
            yield None, child
        else:
            yield from copy_blocks(child)          # content controls, tracked insertions, custom XML


def _boxes(element):
    """The text boxes anchored in a paragraph (not Fallback's copies of them, nor boxes in boxes)."""
    for child in element:
        if child.tag in _SKIP or not isinstance(child.tag, str):
            continue
        if child.tag == W + "txbxContent":
            yield child
        else:
            yield from _boxes(child)


# a table's cells in one line of a story: apart as a table's columns stand, by a full-width space
# (an editor setting a small table as text does so; '：' would make a header row read as a sentence)
CELL_APART = "\u3000"


def table_rows(table) -> list[str]:
    """Each row with text as one line: its cells' text (a cell's own paragraphs and line breaks
    apart like cells) joined by CELL_APART; empty cells — merged ones' continuations — left out."""
    rows = []
    for tr in _own(table, "tr"):
        cells = []
        for tc in _own(tr, "tc"):
            pieces = ("".join(own_text(p)) for p, _ in paragraphs(tc))
            cells.extend(piece for text in pieces for piece in re.split(r"[\t\n\u3000]+", text.strip()) if piece.strip())
        if cells:
            rows.append(CELL_APART.join(c.strip() for c in cells))
    return rows


def holds_copy(table) -> bool:
    """A table used to lay copy out, not to set figures: one column (a box drawn round a story), or
    a cell of running text — two sentences of paragraphs, or a paragraph longer than a table's cell
    ever is (two stories set side by side in two cells). Its text is copy, cell by cell."""
    one_column = True
    for tr in _own(table, "tr"):
        full = 0
        for tc in _own(tr, "tc"):
            texts = [t for t in ("".join(own_text(p)).strip() for p, _ in paragraphs(tc)) if t]
            full += bool(texts)
            if sum(t.endswith(_SENTENCE_ENDS) for t in texts) >= 2 or any(len(t) > LONGEST_CELL for t in texts):
                return True
        one_column = one_column and full <= 1
    return one_column


_SENTENCE_ENDS = tuple("。！？!?…") + ("。”", "！”", "？”")
LONGEST_CELL = 80              # characters: a table's cell holds a name, a figure or a short note


def _own(element, tag: str):
    """The rows (or a row's cells) of this table, not of a table inside one of its cells."""
    for child in element:
        if child.tag == W + tag:
            yield child
        elif isinstance(child.tag, str) and child.tag not in _SKIP and child.tag != W + "tbl":
            yield from _own(child, tag)
