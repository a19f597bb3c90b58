"""Headline hierarchy by story rank, kicker and deck below the headline, and the free line under a
heading. The style sheet and every expected number are written here by hand."""
from layout_app.io.docfile import loads_document
from layout_app.layout.compose import compose_page
from layout_app.layout.display import GlyphRun, walk

LEADING = 13.5

DOC = """\
schema: 3
grid:
  trim: [390, 540]
  bleed: 3
  margins: {top: 20, bottom: 22, inside: 18, outside: 18}
  columns: 8
  gutter: 1
  body_size: 小五
  leading: 13.5
styles:
  headline: {font: hei, weight: bold, size: 小初, align: left}
  headline_lead: {font: hei, weight: bold, size: 初号, align: left, space_after: SPACE}
  headline_second: {font: hei, weight: bold, size: 小一, align: left}
  headline_brief: {font: hei, weight: bold, size: 三号, align: left}
  kicker: {font: kai, size: 小二, align: left}
  deck: {font: hei, size: 小二, align: left}
  body: {font: song, size: 小五, indent: 2}
stories:
- {id: lead, rank: lead, kicker: 文明新风, headline: 图书角书香浓}
- {id: second, rank: second, kicker: 文明新风, headline: 图书角书香浓}
- {id: brief, rank: brief, kicker: 文明新风, headline: 图书角书香浓, deck: 村民家门口借书}
- {id: plain, headline: 图书角书香浓}
pages:
- id: A1
  number: 1
  frames:
  - {id: h1, col: 0, cols: 3, line: 0, lines: LINES, story: lead, part: heading}
  - {id: h2, col: 3, cols: 3, line: 0, lines: 10, story: second, part: heading}
  - {id: h3, col: 0, cols: 3, line: 20, lines: 10, story: brief, part: heading}
  - {id: h4, col: 3, cols: 3, line: 20, lines: 10, story: plain, part: heading}
"""


def _page(lines=10, space=0):
    doc = loads_document(DOC.replace("LINES", str(lines)).replace("SPACE", str(space)))
    return doc, compose_page(doc, doc.pages[0])


def _runs(display, frame):
    group = next(g for g in display.items if getattr(g, "frame", None) == frame)
    return group, [r for r in walk(group.items) if isinstance(r, GlyphRun)]


def _size_of(runs, text):
    return {r.size for r in runs if r.text == text}


def test_rank_chooses_the_headline_size():
    _, display = _page()
    assert _size_of(_runs(display, "h1")[1], "图书角书香浓") == {42}     # lead: 初号
    assert _size_of(_runs(display, "h2")[1], "图书角书香浓") == {24}     # second: 小一
    assert _size_of(_runs(display, "h3")[1], "图书角书香浓") == {16}     # brief: 三号
    assert _size_of(_runs(display, "h4")[1], "图书角书香浓") == {36}     # no rank: the headline style


def test_kicker_and_deck_stay_clearly_below_the_headline():
    _, display = _page()
    assert _size_of(_runs(display, "h1")[1], "文明新风") == {18}         # 小二 ≤ 0.6 × 42
    assert _size_of(_runs(display, "h2")[1], "文明新风") == {14}         # 0.6 × 24 = 14.4 → 14
    brief = _runs(display, "h3")[1]
    # 0.6 × 16 = 9.6 would set them at the body's size (小五 9 pt): 五号 10.5, two 号 under 三号
    assert _size_of(brief, "文明新风") == {10.5}
    assert _size_of(brief, "村民家门口借书") == {10.5}


def _bottom_gap(display, frame):
    group, runs = _runs(display, frame)
    lowest = max(r.y + r.size * 0.12 for r in runs)      # the descent of a CJK face is 0.12 em
    return group.rect.y + group.rect.height - lowest


def test_a_heading_keeps_at_least_one_line_free_below_it():
    # lead in 7 lines: kicker 18 pt (pitch 21.6 → 2 lines) + headline 42 pt (pitch 50.4 → 4 lines)
    # = 6 lines, the 7th stays free
    _, display = _page(lines=7)
    assert _size_of(_runs(display, "h1")[1], "图书角书香浓") == {42}
    assert _bottom_gap(display, "h1") >= LEADING - 0.01
    # in 6 lines the headline must give up a line: 6 − 1 free − 2 kicker = 3 lines of 13.5 pt
    # = 40.5 pt ≥ 1.2 × 33.5 (40.2), < 1.2 × 34 (40.8)
    _, display = _page(lines=6)
    assert _size_of(_runs(display, "h1")[1], "图书角书香浓") == {33.5}
    assert _bottom_gap(display, "h1") >= LEADING - 0.01


def test_space_after_from_the_style():
    # space_after 2: in 7 lines only 5 are left: kicker 2 + headline 3 → 33.5 pt as above,
    # and two lines stay free
    _, display = _page(lines=7, space=2)
    assert _size_of(_runs(display, "h1")[1], "图书角书香浓") == {33.5}
    assert _bottom_gap(display, "h1") >= 2 * LEADING - 0.01


def test_in_a_tight_frame_kicker_and_headline_shrink_together():
    # lead in 4 lines (1 kept free → 3): kicker 18 pt (2 lines) leaves the headline 1 line → 11 pt,
    # so the kicker goes to 0.6 × 11 → 6.5 pt (1 line); the headline gets 2 lines: 1.2 × h ≤ 27 → 22.5 pt;
    # the kicker then takes back what still fits in one line: 1.2 × k ≤ 13.5 → 11 pt (≤ 0.6 × 22.5)
    _, display = _page(lines=4)
    runs = _runs(display, "h1")[1]
    assert _size_of(runs, "图书角书香浓") == {22.5}
    assert _size_of(runs, "文明新风") == {11}
    assert _bottom_gap(display, "h1") >= LEADING - 0.01
