"""The vertical metrics cache answers exactly as the font read directly with fontTools does:
the reference below is the plain fontTools reading (glyph names, vert/vrt2 mappings, vmtx, glyf
yMax), written independently of the cached code, for every shipped face, cold and warm."""
import os
import string

import pytest
from fontTools.ttLib import TTFont

from layout_app.assets import FONTS_DIR
from layout_app.text.fonts import FACES
from layout_app.text.vertical import PRESENTATION, VerticalFace

HANZI = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
    "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日"
    "军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相"
    "见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
)
MARKS = "（）「」『』《》——……、。，：；！？“”‘’"
TEXT = " \u3000" + MARKS + string.digits + string.ascii_letters + HANZI


class Reference:
    """VerticalFace's answers read straight from the font with fontTools, by glyph name."""

    def __init__(self, path):
        font = TTFont(str(path), lazy=True)
        self.upem = font["head"].unitsPerEm
        self.cmap = font.getBestCmap()
        self.order = font.getGlyphOrder()
        self.subst = {}
        gsub = font["GSUB"].table
        for rec in gsub.FeatureList.FeatureRecord:
            if rec.FeatureTag in ("vert", "vrt2"):
                for i in rec.Feature.LookupListIndex:
                    for sub in gsub.LookupList.Lookup[i].SubTable:
                        self.subst.update(getattr(sub, "ExtSubTable", sub).mapping)
        self.font = font

    def glyph(self, ch):
        name = self.cmap.get(ord(ch))
        vert = self.subst.get(name) or self.cmap.get(ord(PRESENTATION.get(ch, "\0")))
        if vert is not None and vert != name:
            return self.order.index(vert), True
        return self.order.index(name), False

    def metrics(self, gid):
        name = self.order[gid]
        vadv, tsb = self.font["vmtx"][name]
        glyph = self.font["glyf"][name]
        top = self.font["OS/2"].sTypoAscender
        if glyph.numberOfContours:
            top = glyph.yMax + tsb
        return vadv / self.upem, top / self.upem, self.font["hmtx"][name][0] / self.upem


def test_the_list_has_200_distinct_hanzi():
    assert len(set(HANZI)) == len(HANZI) == 200


@pytest.mark.parametrize("spec", FACES, ids=[s.key for s in FACES])
def test_cached_faces_answer_as_the_font_does(spec, tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path))
    path = FONTS_DIR / spec.file
    ref = Reference(path)
    cold = VerticalFace(path)                           # reads the font, writes the cache
    assert list((tmp_path / "layout_app" / "fontmetrics").glob(f"{spec.file}.*.vertical.*.marshal"))
    warm = VerticalFace(path)                           # from the cache alone
    for face in (cold, warm):
        assert face.upem == ref.upem
        assert face.ascender == ref.font["OS/2"].sTypoAscender / ref.upem
        for ch in TEXT:
            gid, turned = face.glyph(ch)
            assert (gid, turned) == ref.glyph(ch), ch
            assert face.metrics(gid) == ref.metrics(gid), ch
    assert any(cold.glyph(ch)[1] for ch in MARKS)       # the face does have vertical forms


def test_a_read_only_cache_dir_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(blocker))
    face = VerticalFace(FONTS_DIR / FACES[0].file)
    assert face.glyph("（")[1] and face.metrics(face.glyph("中")[0])[0] == 1.0


def test_a_damaged_cache_file_is_read_again_from_the_font(tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path))
    path = FONTS_DIR / FACES[0].file
    first = VerticalFace(path)
    (cache,) = (tmp_path / "layout_app" / "fontmetrics").glob("*.vertical.*.marshal")
    cache.write_bytes(cache.read_bytes()[:100])         # truncated, as by a full disk
    again = VerticalFace(path)
    assert [again.glyph(ch) for ch in MARKS] == [first.glyph(ch) for ch in MARKS]
    assert os.path.getsize(cache) > 100                 # and written whole again
