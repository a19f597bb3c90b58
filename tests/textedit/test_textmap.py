"""Caret positions come from the engine: every character a caret line names stands exactly where
the display list draws its glyph (demo page and the sample page), master texts included; hits and
field maps are checked against hand-worked values."""
import pytest

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import load_document, loads_document
from layout_app.layout import furniture, textmap
from layout_app.layout.compose import Composer
from layout_app.layout.copyfit import copyfit, count_chars
from layout_app.layout.display import GlyphRun, Group, walk
from layout_app.model.textedit import Target, paragraphs, replace_range
from tests.samples import DOC_YAML


def _glyphs(group):
    return {(round(x, 3), round(run.y, 3), ch) for run in walk(group.items) if isinstance(run, GlyphRun)
            for ch, x in zip(run.text, run.xs)}


@pytest.mark.parametrize("which", ["demo", "sample"])
def test_every_caret_position_is_a_glyph_of_the_display_list(which):
    doc = load_document(DEMO_DIR / "demo.yaml") if which == "demo" else loads_document(DOC_YAML)
    composer = Composer(doc, DEMO_DIR)
    checked = 0
    for page in doc.pages:
        display = composer.compose(page)
        groups = {(g.tag, g.frame): g for g in display.items if isinstance(g, Group)}
        fonts = composer.fonts
        for f in page.frames:
            ft = textmap.frame_text(composer, page, f)
            group = groups.get(("caption" if f.kind == "caption" else "text", f.id))
            glyphs = _glyphs(group) if group else set()
            for ln in ft.lines:
                text = paragraphs(doc, ft.targets[ln.field])[ln.paragraph]
                if ln.vertical:          # a 竖排 column: each glyph inside its cell, across the column
                    cells = [(x, y, ch) for run in walk(group.items) if isinstance(run, GlyphRun) and run.ys
                             for ch, x, y in zip(run.text, run.xs, run.ys)]
                    for k, ch in enumerate(text[ln.start:ln.end]):
                        assert any(c == ch and ln.top <= x <= ln.bottom and ln.xs[k] < y <= ln.xs[k] + ln.size
                                   for x, y, c in cells), (f.id, ln.field, ch)
                        checked += 1
                    continue
                face = fonts.face(ln.face)
                baseline = ln.top + face.ascender / (face.ascender - face.descender) * ln.size
                for ch, x in zip(text[ln.start:ln.end], ln.xs):
                    if not ch.isspace():
                        assert (round(x, 3), round(baseline, 3), ch) in glyphs, (f.id, ln.field, ch)
                        checked += 1
        if page.master:                 # master texts: each template offset at its filled character
            glyph_x = {(x, ch) for x, _y, ch in _glyphs(groups[("master", page.master)])}
            values = furniture.page_fields(doc, page)
            for t in doc.master(page.master).texts:
                ln = next(ln for ln in textmap.master_text(composer, page).lines if ln.field == t.id)
                content, where = textmap.fill_map(t.text, values)
                for k, d in enumerate(where[:-1]):
                    if d < len(content) and not content[d].isspace():
                        assert (round(ln.xs[k], 3), content[d]) in glyph_x, (t.id, k)
                        checked += 1
    assert checked > (5000 if which == "demo" else 80)


def test_hit_takes_the_nearer_edge_of_a_character():
    doc = loads_document(DOC_YAML)
    composer = Composer(doc, ".")
    page = doc.pages[0]
    head = next(f for f in page.frames if f.id == "h1")
    lines = textmap.frame_text(composer, page, head).lines
    ln = next(ln for ln in lines if ln.field == "headline")
    mid_y = (ln.top + ln.bottom) / 2
    w = ln.xs[3] - ln.xs[2]
    assert textmap.hit(lines, ln.xs[2] + 0.3 * w, mid_y)[1:] == (0, 2)     # left part of the 3rd character
    assert textmap.hit(lines, ln.xs[2] + 0.7 * w, mid_y)[1:] == (0, 3)     # right part: after it
    assert textmap.hit(lines, ln.right + 50, mid_y)[1:] == (0, ln.end)     # past the end: the end
    assert textmap.caret_box(lines, "headline", 0, 2)[0] == ln.xs[2]


def test_fill_map_places_template_offsets_in_the_filled_text():
    text, where = textmap.fill_map("第{page}版　{section}", {"page": "12", "section": "要闻"})
    assert text == "第12版　要闻"
    # 第 at 0; {page} (1..6) shows at 1; 版 (7) after 12 → 3; the space (8) → 4; {section} (9..) → 5
    assert where[0] == 0 and where[1] == 1 and where[7] == 3 and where[8] == 4 and where[9] == 5
    assert where[-1] == len(text)
    text, where = textmap.fill_map("责任编辑：{editor}　美术编辑：{art_editor}", {"editor": "", "art_editor": "李四"})
    assert text == "美术编辑：李四"                 # a part whose field is empty is left out, as the page shows it
    assert where[0] == 0 and where[14] == 0 and where[-1] == len(text)


def test_an_empty_paragraph_after_enter_has_its_caret_on_the_next_line():
    doc = loads_document(DOC_YAML)
    body = Target("story", "s1", "body")
    doc2, caret = replace_range(doc, body, (0, len(doc.story("s1").body[0])), (0, len(doc.story("s1").body[0])), "\n")
    composer = Composer(doc2, ".")
    page = doc2.pages[0]
    b1 = next(f for f in page.frames if f.id == "b1")
    lines = textmap.frame_text(composer, page, b1).lines
    last_of_first = [ln for ln in lines if ln.field == "body" and ln.paragraph == 0][-1]
    x, top, _bottom = textmap.caret_box(lines, "body", *caret)
    assert caret == (1, 0)
    assert (x, top) == (last_of_first.x0, last_of_first.top + last_of_first.pitch)


def test_copyfit_counts_and_overset():
    assert count_chars("青石镇 的\u3000书\n角") == 6
    doc = loads_document(DOC_YAML)
    c = Composer(doc, ".")
    fit = copyfit(c, "s1")
    body = doc.story("s1").body
    assert fit.chars == len(body[0]) + len(body[1])             # no spaces in these paragraphs
    assert fit.heading_chars == len("文明新风润泽乡里") + len("青石镇：图书角里书香浓") + len("本报记者王晨")
    assert fit.overset_lines == 0 and fit.empty_lines > 0 and fit.placed
    long = replace_range(doc, Target("story", "s1", "body"), (1, 0), (1, 0), "很长的正文。" * 400)[0]
    fit2 = copyfit(Composer(long, "."), "s1")
    assert fit2.overset_lines > 0 and fit2.empty_lines == 0
    assert fit2.chars == fit.chars + 2400


def test_a_story_of_headings_alone_is_on_the_page_by_its_heading_frame():
    """A reviewer saw a banner with no lead under it marked 未上版 (not on a page) in the story editor
    while it stood across the page's top: a story with no text is on the page when its heading is.
    A story whose text no frame holds is still not on a page."""
    from dataclasses import replace as swap
    doc = loads_document(DOC_YAML)
    heads_only = swap(doc, stories=tuple(swap(s, body=()) if s.id == "s1" else s for s in doc.stories),
                      pages=tuple(swap(p, frames=tuple(f for f in p.frames if not (f.story == "s1" and f.part == "body")))
                                  for p in doc.pages))
    assert any(f.story == "s1" for f in heads_only.pages[0].frames)
    assert copyfit(Composer(heads_only, "."), "s1").placed
    text_lost = swap(heads_only, stories=doc.stories)            # its text back, still no frame for it
    assert not copyfit(Composer(text_lost, "."), "s1").placed
