"""The shipped fonts: TrueType outlines, coverage, metrics, fallback, missing-glyph reports."""
import time

import pytest
from fontTools.ttLib import TTFont

from layout_app.assets import FONTS_DIR
from layout_app.errors import InputError
from layout_app.text.fonts import FACES, FontRegistry, registry


def gb2312_hanzi():
    out = []
    for b1 in range(0xB0, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                out.append(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


@pytest.mark.parametrize("spec", FACES, ids=[f.key for f in FACES])
def test_face_is_truetype_with_licence(spec):
    font = TTFont(FONTS_DIR / spec.file, lazy=True)
    assert "glyf" in font and "CFF " not in font
    assert (FONTS_DIR / spec.licence).read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1


@pytest.mark.parametrize("spec", FACES, ids=[f.key for f in FACES])
def test_face_covers_gb2312_and_the_unified_ideographs(spec):
    face = registry().face(spec.key)
    han = gb2312_hanzi()
    assert len(han) == 6763
    assert [c for c in han if not face.has(c)] == []
    missing = [cp for cp in range(0x4E00, 0x9FA6) if not face.has(chr(cp))]
    assert missing == []


@pytest.mark.parametrize("spec", FACES, ids=[f.key for f in FACES])
def test_face_covers_the_extension_characters_of_the_general_standard_list(spec):
    from tests.text.tgscc import OUTSIDE_BASIC_BLOCK

    assert len(set(OUTSIDE_BASIC_BLOCK)) == 262
    assert all(ord(c) > 0x9FA5 or ord(c) < 0x4E00 for c in OUTSIDE_BASIC_BLOCK)
    face = registry().face(spec.key)
    assert [c for c in OUTSIDE_BASIC_BLOCK if not face.has(c)] == []


def test_song_and_hei_cover_the_common_punctuation():
    for key in ("song", "song-bold", "hei", "hei-bold", "kai"):
        face = registry().face(key)
        for ch in "，。、：；！？“”‘’《》（）【】——……·％￥":
            assert face.has(ch), (key, ch)


def test_metrics_are_unhinted_design_advances():
    face = registry().face("song")
    assert face.advance["中"] == 1.0
    font = TTFont(FONTS_DIR / face.spec.file, lazy=True)
    gid = font.getBestCmap()[ord("a")]
    assert face.advance["a"] == font["hmtx"][gid][0] / font["head"].unitsPerEm


def test_fallback_chain_and_missing_report():
    reg = registry()
    assert [f.key for f in reg.chain("kai")][:3] == ["kai", "song", "hei"]
    assert [f.key for f in reg.chain("song-bold")][:2] == ["song-bold", "hei-bold"]
    # an Extension A character that the Kai face lacks falls back to the Song face
    ext_a = next(chr(cp) for cp in range(0x3400, 0x4DC0)
                 if not reg.face("kai").has(chr(cp)) and reg.face("song").has(chr(cp)))
    assert reg.face_for("kai", ext_a).key == "song"
    # a private-use character is in no shipped font: reported with its offset
    assert reg.missing("中文\ue000字", "song") == [(2, "\ue000")]


def test_kai_has_no_bold_and_uses_regular():
    assert FontRegistry.face_key("kai", "bold") == "kai"
    with pytest.raises(InputError, match="unknown font role"):
        FontRegistry.face_key("fangsong")


def test_missing_font_file_is_a_clear_error(tmp_path):
    reg = FontRegistry(fonts_dir=tmp_path)
    with pytest.raises(InputError, match="font file missing: .*NotoSerifSC-Medium.ttf"):
        reg.face("song")


def test_loading_a_face_reads_nothing_ahead():
    start = time.perf_counter()
    reg = FontRegistry()
    reg.load_all()
    assert reg.face("hei").advance["中"] == 1.0
    # only what was asked is held: a face knows one character, not its 30,000
    assert dict.__len__(reg.face("hei").advance) == 1
    # generous bound for a loaded CI machine; benchmarks/startup.py measures the real figure
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("spec", FACES, ids=[f.key for f in FACES])
def test_lazy_metrics_agree_with_fonttools_for_every_code_point(spec):
    """Every code point fontTools maps (and a sweep of those it does not) answers as the font's
    own cmap and hmtx say, through the face's advances and the merged chain alike."""
    face = FontRegistry().face(spec.key)
    font = TTFont(FONTS_DIR / spec.file)
    hmtx = font["hmtx"].metrics
    upem = font["head"].unitsPerEm
    cmap = {cp: name for cp, name in font.getBestCmap().items() if name != ".notdef"}
    for cp, name in cmap.items():
        assert face.advance.get(chr(cp)) == hmtx[name][0] / upem, hex(cp)
    for cp in range(0x20, 0x30000, 7):
        assert (chr(cp) in face.advance) == (cp in cmap), hex(cp)
    dash = font["glyf"][cmap[0x2014]]
    assert face.ink["—"] == (dash.xMin / upem, dash.xMax / upem)


def test_the_merged_chain_takes_the_first_face_that_has_the_char():
    reg = FontRegistry()
    merged = reg.merged_advances("kai")
    ext_a = next(chr(cp) for cp in range(0x3400, 0x4DC0)
                 if not reg.face("kai").has(chr(cp)) and reg.face("song").has(chr(cp)))
    assert merged[ext_a] == reg.face("song").advance[ext_a]
    assert merged.get("a") == reg.face("kai").advance["a"] != reg.face("song").advance["a"]
    assert merged.get("\ue000", 1.0) == 1.0 and "\ue000" not in merged
    with pytest.raises(KeyError):
        merged["\ue000"]


TEMPLATES = ("duikai", "sikai", "berliner", "a3")      # the templates shipped in assets/templates


@pytest.mark.parametrize("name", TEMPLATES)
def test_templates_set_body_in_song_medium(name):
    from layout_app.io.templates import load_template

    body = load_template(name).styles["body"]
    assert (body.font, body.weight) == ("song", "medium")
    spec = next(s for s in FACES if s.key == FontRegistry.face_key(body.font, body.weight))
    font = TTFont(FONTS_DIR / spec.file, lazy=True)
    assert font["OS/2"].usWeightClass == 500                 # OpenType: 500 = Medium
    assert font["name"].getDebugName(1).startswith("Noto Serif SC")


def test_only_the_weights_the_templates_use_are_shipped():
    from layout_app.io.templates import load_template

    used = {FontRegistry.face_key(st.font, st.weight) for name in TEMPLATES
            for st in load_template(name).styles.values()}
    files = {s.file for s in FACES if s.key in used}
    assert sorted(p.name for p in FONTS_DIR.glob("*.ttf")) == sorted(files)
    assert not (FONTS_DIR / "NotoSerifSC-Regular.ttf").exists()


def test_a_weight_that_is_not_shipped_falls_to_the_book_face():
    assert FontRegistry.face_key("song", "regular") == "song"     # older files: song regular → Medium
    assert FontRegistry.face_key("hei", "medium") == "hei"
    assert FontRegistry.face_key("song", "bold") == "song-bold"


def test_advances_for_a_text_are_a_plain_dict_of_its_characters():
    reg = FontRegistry()
    plain = reg.advances_for("kai", "中文a\ue000")
    assert type(plain) is dict                       # the segmenter's loop reads it at dict speed
    assert plain["中"] == 1.0 and plain["a"] == reg.face("kai").advance["a"]
    assert "\ue000" not in plain                     # in no face of the chain
    ext_a = next(chr(cp) for cp in range(0x3400, 0x4DC0)
                 if not reg.face("kai").has(chr(cp)) and reg.face("song").has(chr(cp)))
    assert reg.advances_for("kai", ext_a)[ext_a] == reg.face("song").advance[ext_a]    # from the chain
