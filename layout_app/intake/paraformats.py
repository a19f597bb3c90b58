"""How compose sets a story's paragraphs that are no running text: its 小标题 in the template's
`subhead` style (where the template has none, as its body — said nowhere: the words are all there) —
at the body's size where the style's would not hold it on one column line (a subhead broken mid-phrase,
'从“有学上”到“上' / '好学”', is worse than a smaller one; a story's subheads all of one size) —,
and a writer's bracketed signature at a commentary's foot — （林晓峰） —, or a reader's at a letter's
(城北新区锦绣花园居民　周立新), flush right, as papers print it,
not indented like a paragraph of its text."""
from __future__ import annotations

from layout_app.intake.pdfcolumns import width
from layout_app.intake.piecenotes import note_formats
from layout_app.intake.structure import READER_SIGNATURE, SIGNATURE, StoryParts
from layout_app.model.styles import ParaFormat

SUBHEAD = "subhead"
FLUSH_RIGHT = (("align", "right"), ("indent", 0))


def paragraph_formats(story: StoryParts, styles, column: float) -> tuple[ParaFormat, ...]:
    """`styles`: the template's paragraph styles; `column`: its column's width in pt."""
    out = []
    if SUBHEAD in styles:
        size, body = styles[SUBHEAD].size, styles["body"].size
        # (a story's subheads all of one size: one that would not hold sets them all at the body's)
        wide = any(width(story.paragraphs[j].strip()) * size > column + 0.01 for j in story.subheads)
        small = (("size", body), ("weight", "bold")) if wide and body < size else ()   # bold: still a heading
        out += [ParaFormat(j, SUBHEAD, small) for j in story.subheads]
    last = len(story.paragraphs) - 1
    if last > 0 and (SIGNATURE.match(story.paragraphs[last].strip()) or READER_SIGNATURE.match(story.paragraphs[last].strip())):
        out.append(ParaFormat(last, None, FLUSH_RIGHT))
    out += note_formats(story.paragraphs, styles["body"].size)      # 作者简介, a book's particulars
    return tuple(sorted(out, key=lambda f: f.paragraph))
