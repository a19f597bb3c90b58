"""Vertical (竖排) setting: the fonts' vertical forms, read from the fonts with fontTools, and
positions stepping down by the vertical advance. Expectations are written by hand: the vertical
forms are the glyphs Unicode's vertical presentation forms map to (（ → ︵ U+FE35, 「 → ﹁ U+FE41,
— → ︱ U+FE31, … → ︙ U+FE19), and a CJK em box hangs 0.88 em above the baseline."""
import pytest
from fontTools.ttLib import TTFont

from layout_app.assets import FONTS_DIR
from layout_app.text.fonts import registry
from layout_app.text.vertical import set_column, vertical_face

FORMS = {"（": 0xFE35, "「": 0xFE41, "—": 0xFE31, "…": 0xFE19, "：": 0xFE13, "，": 0xFE10}


@pytest.mark.parametrize("face", ["hei-bold", "song", "kai"])
def test_vertical_forms_are_other_glyphs_than_the_horizontal_ones(face):
    path = FONTS_DIR / registry().face(face).spec.file
    font = TTFont(path, lazy=True)
    cmap = font.getBestCmap()
    order = font.getGlyphOrder()
    vf = vertical_face(face)
    for ch in "（「—":
        gid, turned = vf.glyph(ch)
        assert turned and gid != order.index(cmap[ord(ch)]), ch
        assert order[gid] == cmap[FORMS[ch]], ch
    for ch in "：，":
        assert order[vf.glyph(ch)[0]] == cmap[FORMS[ch]], ch
    gid, turned = vf.glyph("中")                      # a Han character stays as it is
    assert not turned and order[gid] == cmap[ord("中")]


def test_quotes_turn_through_the_fonts_vert_feature():
    font = TTFont(FONTS_DIR / registry().face("hei-bold").spec.file, lazy=True)
    order = font.getGlyphOrder()
    vf = vertical_face("hei-bold")
    # Noto Sans SC's vert lookup sends “ ” to the vertical corner-bracket shapes (read with ttx)
    assert order[vf.glyph("“")[0]] == "uniFE43" and order[vf.glyph("”")[0]] == "uniFE44"


def test_positions_step_down_by_the_vertical_advance():
    col = set_column("河湾社区：「夜巡队」", 20.0, "hei-bold")
    # vmtx gives every glyph here a 1 em (20 pt) advance; the baseline sits 0.88 em under the cell top
    assert col.ys == pytest.approx([17.6 + 20 * k for k in range(10)])
    assert col.xs == pytest.approx([-10.0] * 10)        # each 1 em glyph centred on the axis
    assert col.height == pytest.approx(200.0)


def test_without_vmtx_every_glyph_takes_one_em(monkeypatch):
    vf = vertical_face("hei-bold")
    monkeypatch.setattr(vf.sfnt, "n_vmetrics", 0)          # as a font without vhea/vmtx reads
    assert vf.metrics(vf.glyph("中")[0])[:2] == (1.0, vf.ascender)


def test_latin_stands_upright_two_to_a_cell_and_lies_turned_when_longer():
    font = TTFont(FONTS_DIR / registry().face("hei-bold").spec.file, lazy=True)
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    adv = {ch: hmtx[cmap[ord(ch)]][0] / 1000 * 20 for ch in "1iPhone"}     # pt at 20 pt
    col = set_column("第11届iPhone", 20.0, "hei-bold")
    assert col.turns == (False,) * 4 + (True,) * 6
    # 11: one 1 em cell (20–40 pt), both digits on its baseline, side by side, centred on the axis
    assert col.ys[1:3] == pytest.approx([37.6, 37.6])
    assert col.xs[1:3] == pytest.approx([-adv["1"], 0.0])
    assert col.ys[3] == pytest.approx(57.6)                # 届 in the next cell
    # iPhone: turned 90° clockwise from 60 pt down, each letter by its horizontal advance; the em box
    # (0.12 em below the baseline, 0.88 above) centred on the axis: baseline 0.38 em left of it
    tops = [60.0]
    for ch in "iPhon":
        tops.append(tops[-1] + adv[ch])
    assert col.ys[4:] == pytest.approx(tops)
    assert col.xs[4:] == pytest.approx([-7.6] * 6)
    assert col.height == pytest.approx(tops[-1] + adv["e"])
    # where a caret goes before each character: 第 at 0, the two digits share their cell half and
    # half (20, 30), 届 at 40, each turned letter at the top of its own advance
    assert col.tops == pytest.approx([0.0, 20.0, 30.0, 40.0] + tops)
