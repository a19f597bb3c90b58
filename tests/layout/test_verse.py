"""A poem set as verse (review28 findings 1–2): each line its own line, flush left, never justified or
letter-spaced, no first-line indent; a line too long for the measure turns over 2 em in; a stanza break
(an empty paragraph) one blank body line — none at a column's top; the style in every template; a
schema-7 file set by hand (empty paragraphs, a verse style of its own) opens and keeps its breaks.
Expectations written by hand."""
from pathlib import Path

import pytest

from layout_app.io.docfile import dumps_document, loads_document
from layout_app.io.templates import load_template
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group
from layout_app.layout.flow import ParaLook, Slot, flow
from layout_app.text.setter import SetOptions
from tests.samples import GRID_YAML

SIZE, PITCH = 9.0, 13.5
VERSE = ParaLook(SIZE, "song", SetOptions(indent=0, align="left"), turnover=2.0)


def _flow(paragraphs, *lines, measure=13 * SIZE):
    slots = [Slot(f"f{k}", 100.0 * k, 0.0, measure, n) for k, n in enumerate(lines)]
    return flow(paragraphs, slots, SIZE, PITCH, "song", SetOptions(), looks=(VERSE,) * len(paragraphs))


def test_a_stanza_break_is_one_blank_line():
    got = _flow(("运河在冬天变得很慢", "慢得像一封", "", "船过去了", "水还在"), 20)
    assert [(p.line.text, p.top / PITCH) for p in got.placed] == \
        [("运河在冬天变得很慢", 0), ("慢得像一封", 1), ("船过去了", 3), ("水还在", 4)]
    assert got.empty_lines == 20 - 5


def test_no_blank_line_at_a_columns_top_nor_at_the_poems_end():
    got = _flow(("一行", "二行", "", "三行", ""), 2, 10)
    assert [(p.frame, p.line.text, p.top / PITCH) for p in got.placed] == \
        [("f0", "一行", 0), ("f0", "二行", 1), ("f1", "三行", 0)]
    assert got.empty_lines == 9                       # the trailing empty paragraph takes no line


def test_a_long_line_turns_over_two_em_in_flush_left_and_not_spaced_out():
    line = "岸边的石阶上坐着一个等船的人他等的那条船"          # 20 characters, a 13-character measure
    (first, second) = [p.line for p in _flow((line,), 10).placed]
    assert first.text == line[:13] and first.xs[0] == 0.0
    assert second.text == line[13:] and second.xs[0] == 2 * SIZE            # hanging: 2 em in
    assert [round(b - a, 3) for a, b in zip(second.xs, second.xs[1:])] == [SIZE] * 6   # set solid, flush left
    short = _flow(("整座城",), 10).placed[0].line
    assert short.xs == (0.0, SIZE, 2 * SIZE)          # no indent, no letter-spacing across the measure


@pytest.mark.parametrize("name", ["a3", "berliner", "duikai", "sikai"])
def test_every_template_has_the_verse_style(name):
    st = load_template(name).styles["verse"]
    assert (st.align, st.indent, st.turnover, st.font, st.size) == ("left", 0.0, 2.0, "song", 9.0)


POEM_DOC = """\
schema: 7
title: 副刊
date: 2026-12-02
template: duikai
""" + GRID_YAML + """styles:
  headline: {font: hei, weight: bold, size: 小二, align: left}
  body: {font: song, size: 小五, indent: 2}
  verse: {based_on: body, indent: 0, align: left}
stories:
- id: s1
  headline: 运河边
  byline: 林一帆
  body:
  - {text: 运河在冬天变得很慢, style: verse}
  - {text: 慢得像一封, style: verse}
  - {text: 没有寄出的信, style: verse}
  - {text: '', style: verse}
  - {text: 船过去了, style: verse}
  - {text: 水还在, style: verse}
photos: []
pages:
- id: A1
  number: 1
  frames:
  - {id: h1, col: 0, cols: 3, line: 0, lines: 4, story: s1, part: heading}
  - {id: b1, col: 0, cols: 3, line: 4, lines: 30, story: s1, part: body}
"""


def _lines(doc) -> list[tuple[str, float, float]]:
    """The body frame's printed lines: (text, baseline in body lines from the first, left x)."""
    page = Composer(doc, Path(".")).compose(doc.pages[0])
    (group,) = [g for g in page.items if isinstance(g, Group) and g.frame == "b1"]
    rows: dict[float, list[GlyphRun]] = {}
    for r in group.items:
        if isinstance(r, GlyphRun) and r.text.strip():
            rows.setdefault(round(r.y, 2), []).append(r)
    top = min(rows)
    return [("".join(r.text for r in sorted(rs, key=lambda r: r.xs[0])), round((y - top) / PITCH, 2),
             min(r.xs[0] for r in rs)) for y, rs in sorted(rows.items())]


def test_a_schema_7_poem_set_by_hand_opens_and_keeps_its_stanza_break():
    doc = loads_document(POEM_DOC, "fukan.yaml")
    got = [(t, y, x) for t, y, x in _lines(doc) if t != "林一帆"]      # (the byline heads the text)
    assert [(t, y - got[0][1]) for t, y, _ in got] == \
        [("运河在冬天变得很慢", 0), ("慢得像一封", 1), ("没有寄出的信", 2), ("船过去了", 4), ("水还在", 5)]
    left = {x for _, _, x in got}
    assert len(left) == 1                             # every line flush left, none indented
    assert dumps_document(doc).startswith("schema: 10\n")


def test_turnover_is_written_and_read_back_in_schema_8():
    text = POEM_DOC.replace("schema: 7", "schema: 8").replace(
        "verse: {based_on: body, indent: 0, align: left}", "verse: {based_on: body, indent: 0, align: left, turnover: 1.5}")
    doc = loads_document(text, "fukan.yaml")
    assert doc.styles["verse"].turnover == 1.5
    again = loads_document(dumps_document(doc), "again.yaml")
    assert again.styles["verse"].turnover == 1.5 and again == doc
