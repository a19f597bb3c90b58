"""Text edits on a document, as a page editor makes them on the page: the text being edited is one
field (a story part, a photo's caption or credit, a master's text), positions are (paragraph,
offset), and an edit replaces a range by new text — character runs and paragraph styles of the
body follow the text they belong to, instead of being dropped as a whole-body replacement would.

A master text's positions are in its template (`第{page}版`): a field is one unit the caret
steps over and Backspace removes whole."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from layout_app.model.document import Document
from layout_app.model.furniture import Master
from layout_app.model.story import STORY_PARTS, Story
from layout_app.model.styles import CharRun, ParaFormat

Pos = tuple[int, int]          # (paragraph, offset in it)
_FIELD = re.compile(r"\{[^{}]*\}")
# C0 and C1 control characters (tab and line feed are text), DEL, lone surrogates, non-characters: a
# document may not hold them (io.located refuses them on load), so typed or pasted text drops them
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Target:
    """What is edited: kind "story" (owner: story id, field: a part), "photo" (owner: photo id,
    field: caption or credit) or "master" (owner: master name, field: the text's id)."""
    kind: str
    owner: str
    field: str

    @property
    def multi(self) -> bool:
        """Only a story's body holds paragraphs: Enter starts a new one; elsewhere it ends editing."""
        return self.kind == "story" and self.field == "body"


def paragraphs(doc: Document, target: Target) -> tuple[str, ...]:
    """The text being edited, one entry per paragraph (always at least one, maybe empty)."""
    if target.kind == "story":
        value = getattr(doc.story(target.owner), target.field)
        if target.field == "body":
            return value or ("",)
        return (value,)
    if target.kind == "photo":
        return (getattr(doc.photo(target.owner), target.field),)
    return (_master_text(doc, target).text,)


def _master_text(doc: Document, target: Target):
    master = doc.master(target.owner)
    if master is None:
        raise KeyError(f"no master named {target.owner!r}")
    return next(t for t in master.texts if t.id == target.field)


def _clamp(paras: tuple[str, ...], pos: Pos) -> Pos:
    p = min(max(0, pos[0]), len(paras) - 1)
    return p, min(max(0, pos[1]), len(paras[p]))


def ordered(a: Pos, b: Pos) -> tuple[Pos, Pos]:
    return (a, b) if a <= b else (b, a)


def text_between(paras: tuple[str, ...], a: Pos, b: Pos) -> str:
    """The text from a to b, paragraphs joined by newlines."""
    (p0, o0), (p1, o1) = ordered(_clamp(paras, a), _clamp(paras, b))
    if p0 == p1:
        return paras[p0][o0:o1]
    return "\n".join((paras[p0][o0:],) + paras[p0 + 1:p1] + (paras[p1][:o1],))


def replace_range(doc: Document, target: Target, a: Pos, b: Pos, text: str) -> tuple[Document, Pos]:
    """The document with the range a..b replaced by `text`, and the caret after it. Newlines start
    paragraphs in a story's body and become nothing elsewhere (one-line fields)."""
    paras = paragraphs(doc, target)
    start, end = ordered(_clamp(paras, a), _clamp(paras, b))
    text = CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n"))
    if not target.multi:
        text = text.replace("\n", "")
    pieces = text.split("\n")
    (p0, o0), (p1, o1) = start, end
    head, tail = paras[p0][:o0], paras[p1][o1:]
    new_paras = list(paras[:p0])
    if len(pieces) == 1:
        new_paras.append(head + pieces[0] + tail)
    else:
        new_paras.append(head + pieces[0])
        new_paras.extend(pieces[1:-1])
        new_paras.append(pieces[-1] + tail)
    new_paras.extend(paras[p1 + 1:])
    caret = (p0 + len(pieces) - 1, (o0 if len(pieces) == 1 else 0) + len(pieces[-1]))
    if target.multi:
        return _with_body(doc, target.owner, tuple(new_paras), start, end, pieces), caret
    return _with_value(doc, target, new_paras[0]), caret


def _with_value(doc: Document, target: Target, value: str) -> Document:
    if target.kind == "story":
        if target.field not in STORY_PARTS:
            raise KeyError(f"a story has no part {target.field!r}")
        story = replace(doc.story(target.owner), **{target.field: value})
        return with_story(doc, story)
    if target.kind == "photo":
        photos = tuple(replace(p, **{target.field: value}) if p.id == target.owner else p for p in doc.photos)
        return replace(doc, photos=photos)
    masters = tuple(_with_master_text(m, target.field, value) if m.name == target.owner else m for m in doc.masters)
    return replace(doc, masters=masters)


def _with_master_text(master: Master, text_id: str, value: str) -> Master:
    return replace(master, texts=tuple(replace(t, text=value) if t.id == text_id else t for t in master.texts))


def with_story(doc: Document, story: Story) -> Document:
    return replace(doc, stories=tuple(story if s.id == story.id else s for s in doc.stories))


def _runs_after_edit(runs, o0: int, o1: int, n: int) -> list[CharRun]:
    """Runs of one paragraph after [o0, o1) became `n` new characters: typing goes on in the run
    it follows (as InDesign does), runs after it move, a run inside a deletion goes."""
    delta = n - (o1 - o0)
    out = []
    for r in runs:
        s, e = r.start, r.end
        ns = s if s < o0 or s == o0 == 0 else (s + delta if s >= o1 else o0 + n)
        ne = e if e < o0 else (e + delta if e >= o1 else o0 + n)
        if ne > ns:
            out.append(replace(r, start=ns, end=ne))
    return out


def _tail(runs, cut: int, shift: int) -> list[CharRun]:
    """The runs from offset `cut` on, moved by `shift`."""
    return [replace(r, start=max(r.start, cut) + shift, end=r.end + shift) for r in runs if r.end > cut]


def _with_body(doc: Document, story_id: str, body: tuple[str, ...], start: Pos, end: Pos,
               pieces: list[str]) -> Document:
    """The story with its new body; formats re-indexed and their runs moved with the text. Done as
    a deletion (paragraphs p0..p1 joined) then an insertion (maybe split): Enter keeps the style."""
    story = doc.story(story_id)
    old = story.body or ("",)
    (p0, o0), (p1, o1) = start, end
    first, last = story.format(p0), story.format(p1)
    style = (first.style, first.local) if first else (None, ())
    # 1. delete: the head of p0 and the tail of p1 make one paragraph
    if p0 == p1:
        runs = _runs_after_edit(first.runs if first else (), o0, o1, 0)
    else:
        runs = _runs_after_edit(first.runs if first else (), o0, len(old[p0]), 0)
        runs += _tail(last.runs if last else (), o1, o0 - o1)
    # 2. insert at o0
    formats = [f for f in story.formats if f.paragraph < p0]
    added = len(pieces) - 1 - (p1 - p0)
    formats += [replace(f, paragraph=f.paragraph + added) for f in story.formats if f.paragraph > p1]
    if len(pieces) == 1:
        formats.append(_fmt(p0, style, _runs_after_edit(runs, o0, o0, len(pieces[0]))))
    else:
        grown = _runs_after_edit(runs, o0, o0, len(pieces[0]))
        cut = o0 + len(pieces[0])
        formats.append(_fmt(p0, style, [replace(r, end=min(r.end, cut)) for r in grown if r.start < cut]))
        formats += [_fmt(p0 + k, style, []) for k in range(1, len(pieces) - 1)]
        formats.append(_fmt(p0 + len(pieces) - 1, style, _tail(runs, o0, len(pieces[-1]) - o0)))
    formats = [f for f in formats if f is not None]
    new = replace(story, body=body if body != ("",) else (),
                  formats=tuple(sorted(formats, key=lambda f: f.paragraph)))
    return with_story(doc, new)


def _fmt(paragraph: int, style, runs) -> ParaFormat | None:
    runs = tuple(sorted((r for r in runs if r.end > r.start), key=lambda r: r.start))
    if style[0] is None and not style[1] and not runs:
        return None
    return ParaFormat(paragraph, style[0], style[1], runs)


def with_char_style(doc: Document, target: Target, a: Pos, b: Pos, style: str | None) -> Document:
    """A character style on the range (None: take character styles off it). Only a story's body
    keeps character runs in the document format."""
    if not target.multi:
        return doc
    paras = paragraphs(doc, target)
    (p0, o0), (p1, o1) = ordered(_clamp(paras, a), _clamp(paras, b))
    story = doc.story(target.owner)
    for p in range(p0, p1 + 1):
        s = o0 if p == p0 else 0
        e = o1 if p == p1 else len(paras[p])
        if e > s:
            story = story.with_char_style(p, s, e, style)
    return with_story(doc, story)


# --- caret stops: a master text's fields are single units ------------------------------------------
def field_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each {field} in a master text's template ({{ and }} are literal braces)."""
    masked = text.replace("{{", "\0\0").replace("}}", "\1\1")
    return [m.span() for m in _FIELD.finditer(masked)]


def step(paras: tuple[str, ...], pos: Pos, delta: int, target: Target | None = None) -> Pos:
    """The caret one character left (−1) or right (+1), across paragraph ends; over a field whole."""
    p, o = _clamp(paras, pos)
    if delta < 0:
        if o == 0:
            return (p - 1, len(paras[p - 1])) if p > 0 else (p, o)
        o -= 1
    else:
        if o >= len(paras[p]):
            return (p + 1, 0) if p + 1 < len(paras) else (p, o)
        o += 1
    if target is not None and target.kind == "master":
        for s, e in field_spans(paras[p]):
            if s < o < e:
                o = s if delta < 0 else e
    return p, o


# --- what changed between two texts (the galley's edits, the caret after an undo) ----------------------
def common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by halving (string slices compare at C speed)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def diff(old: str, new: str) -> tuple[int, int, str]:
    """The one range of `old` that became something else in `new`: (start, end in old, new text)."""
    a = common_prefix(old, new)
    b = common_prefix(old[a:][::-1], new[a:][::-1])
    return a, len(old) - b, new[a:len(new) - b]


def flat_pos(paras: tuple[str, ...], flat: int) -> tuple[int, int]:
    """A position in the paragraphs joined by newlines → (paragraph, offset)."""
    for k, p in enumerate(paras):
        if flat <= len(p):
            return k, flat
        flat -= len(p) + 1
    return len(paras) - 1, len(paras[-1])


# --- word stops (Ctrl+Left/Right): Chinese has no spaces between words, so a phrase runs to the next
# punctuation mark, space or change of script; a Latin word to its boundary ---------------------------
def _kind(ch: str) -> str:
    if ch.isspace():
        return " "
    cat = unicodedata.category(ch)
    if cat[0] in "PS":
        return "p"                          # punctuation and symbols: a stop of their own
    if ch.isascii() or unicodedata.name(ch, "").startswith(("LATIN", "GREEK", "CYRILLIC", "FULLWIDTH LATIN",
                                                               "FULLWIDTH DIGIT")):
        return "w"                          # a Latin word (with its digits)
    return "c"                              # a run of Chinese (or other) characters: a phrase


def word_step(paras: tuple[str, ...], pos: Pos, delta: int, target: Target | None = None) -> Pos:
    """The caret at the start of the next word or phrase (+1) or of this/the previous one (−1);
    spaces after a word belong to it; across a paragraph end as one stop."""
    p, o = _clamp(paras, pos)
    text = paras[p]
    if delta > 0:
        if o >= len(text):
            return (p + 1, 0) if p + 1 < len(paras) else (p, o)
        k = _kind(text[o])
        if k != " ":
            while o < len(text) and _kind(text[o]) == k:
                o += 1
        while o < len(text) and text[o].isspace():
            o += 1
        return p, _over_field(text, o, delta, target)
    if o == 0:
        return (p - 1, len(paras[p - 1])) if p > 0 else (p, o)
    while o > 0 and text[o - 1].isspace():
        o -= 1
    if o > 0:
        k = _kind(text[o - 1])
        while o > 0 and _kind(text[o - 1]) == k:
            o -= 1
    return p, _over_field(text, o, delta, target)


def _over_field(text: str, o: int, delta: int, target: Target | None) -> int:
    if target is not None and target.kind == "master":
        for s, e in field_spans(text):
            if s < o < e:
                o = s if delta < 0 else e
    return o
