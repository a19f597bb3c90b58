"""Where a paragraph's first line goes on into the next column line, for unpdf: a line as wide as an
indented first line (or a full one) that ends no sentence reads like a short headline, yet a page editor
sees at once that it is cut mid-sentence when the line under it — running text as wide as a column, or
the end of its paragraph — opens with the rest of the word it stops on ('仁和街道今年柑橘种植面' /
'积达 3823 亩，预计总产量': 面积 is one word) or with a verb of saying and its colon before a quote
('文化站站长袁雨轩笑着' / '说：“明年还来！”…', '…于永福告诉' / '记者：“…”'): no headline stops inside a
word, and no paragraph opens on the verb that says who speaks. Nor does a paragraph end inside a quote
it opened: the line that closes it goes on from it (`quote_goes_on`)."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import _body_like, _starts_part
from layout_app.intake.pdfcolumns import _ends_sentence, _full, _near, _squeezed, estimated

# the verb (or the person told) that introduces a quote, its colon and the quote's opening mark
_SAYS_QUOTE = re.compile(r"^[\u4e00-\u9fff]{1,2}[：:][“\"]")


def cut_mid_sentence(first: str, line: str, measure: int) -> bool:
    """`first` (a paragraph's first line, or a heading) goes on into `line`: see the module's doc."""
    from layout_app.text.words import inside_word

    if not first or not line or _ends_sentence(first) or _starts_part(first) or _starts_part(line):
        return False
    if not (_near(first, measure - 2) or _full(first, measure)) or re.search(r"[：:\s]", first):
        return False        # (a label's colon or a phrase space: a heading's shape, not a column line's)
    # the line under: running text of a column's width, or a paragraph's last line (a sentence's end)
    if _squeezed(line) > measure + 0.8 or not (_body_like(line) or "。" in line):
        return False
    if not (_near(line, measure) or _ends_sentence(line) or estimated(line)):
        return False        # (an indented line under it opens a paragraph of its own; digits' widths are guesses)
    if _SAYS_QUOTE.match(line):
        return True
    return "\u4e00" <= first[-1] <= "\u9fff" and "\u4e00" <= line[0] <= "\u9fff" and inside_word(first + line, len(first))


def quote_goes_on(text: str, line: str) -> bool:
    """A quote the paragraph so far (`text`) opened and left open, closed in `line` before any quote of
    its own opens ('…饭都懒得做……' / '现在天天盼着来这儿。”'): the line is the paragraph's, however short —
    a heading's quotes open before they close."""
    close = line.find("”")
    return text.count("“") > text.count("”") and close >= 0 and "“" not in line[:close]


def joins_on(first: str, line: str) -> bool:
    """`line` opens on a conjunction joining what the line above ends on (和, 与, 及 — not a word the
    dictionary knows them to open: 和平, 与会, 及时), in running text (a mark of it in the line), under a
    line ending on a word."""
    from layout_app.text.words import inside_word

    return (line[:1] in "和与及" and not inside_word(line, 1) and _body_like(line) and not _ends_sentence(first)
            and bool(first) and (first[-1].isalnum()) and not _starts_part(first))


def word_across(line: str, nxt: str) -> bool:
    """A word of the dictionary's broken across the two lines ('…小区的基础' / '设施改造，…')."""
    from layout_app.text.words import inside_word

    return (bool(line) and bool(nxt) and "\u4e00" <= line[-1] <= "\u9fff" and "\u4e00" <= nxt[0] <= "\u9fff"
            and inside_word(line + nxt, len(line)))
