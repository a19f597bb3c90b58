"""Preflight findings: each error and warning, with where it is."""
from dataclasses import replace

import pytest

from layout_app.io.docfile import loads_document
from layout_app.model.frame import Frame
from layout_app.layout.compose import Composer
from layout_app.preflight.checks import page_check, preflight
from tests.photos import scene, write_jpeg
from tests.samples import DOC_YAML


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "photos").mkdir()
    write_jpeg(tmp_path / "photos" / "reading.jpg", 4200, 2900)
    return tmp_path


@pytest.fixture
def doc():
    return loads_document(DOC_YAML)


def codes(report):
    return sorted({f.code for f in report.errors}), sorted({f.code for f in report.warnings})


def with_frames(doc, frames):
    page = doc.pages[0]
    return replace(doc, pages=(replace(page, frames=frames),))


def test_the_sample_page_is_clean_but_for_the_white_it_leaves(doc, folder):
    # (a page being built: three columns end far above the foot — the export's check says it, a warning)
    report = preflight(doc, folder)
    assert codes(report) == ([], ["short"]) and report.exit_code == 1


def test_missing_glyph_names_page_story_paragraph_offset_and_code_point(doc, folder):
    story = replace(doc.story("s1"), body=("第一段。", "第二段有个\ue123字。"))
    report = preflight(replace(doc, stories=(story,)), folder)
    (f,) = report.errors
    assert f.code == "missing-glyph"
    assert f.where == {"page": "A1", "story": "s1", "part": "body", "paragraph": 2, "offset": 5,
                       "char": "\ue123", "codepoint": "U+E123"}
    assert report.exit_code == 2


def test_overset(doc, folder):
    frames = tuple(replace(f, lines=1) if f.id == "b1" else f for f in doc.pages[0].frames)
    report = preflight(with_frames(doc, frames), folder)
    (f,) = report.errors
    assert f.code == "overset" and f.where["frame"] == "b1" and "超" in f.message


def test_photo_missing_unreadable_changed_and_low_resolution(doc, folder):
    (folder / "photos" / "reading.jpg").unlink()
    assert codes(preflight(doc, folder))[0] == ["photo-missing"]
    (folder / "photos" / "reading.jpg").write_bytes(b"\xff\xd8\xff garbage")
    assert codes(preflight(doc, folder))[0] == ["photo-unreadable"]
    write_jpeg(folder / "photos" / "reading.jpg", 800, 600)
    report = preflight(doc, folder)
    (low,) = report.errors
    assert low.code == "low-resolution" and low.where["ppi"] < 200
    photo = replace(doc.photo("p1"), checksum="0" * 24)
    write_jpeg(folder / "photos" / "reading.jpg", 4200, 2900)
    report = preflight(replace(doc, photos=(photo,)), folder)
    assert codes(report)[0] == ["photo-changed"]


def test_caption_and_credit_warnings(doc, folder):
    photo = replace(doc.photo("p1"), caption="", credit="")
    frames = tuple(f for f in doc.pages[0].frames if f.id != "c1")
    report = preflight(with_frames(replace(doc, photos=(photo,)), frames), folder)
    assert codes(report) == ([], ["photo-unlabelled", "short"])        # one finding for both, not two
    for caption, credit, code in (("孩子们在读书。", "", "photo-no-credit"), ("", "本报记者 王晨 摄", "photo-no-caption")):
        photo = replace(doc.photo("p1"), caption=caption, credit=credit)
        report = preflight(with_frames(replace(doc, photos=(photo,)), frames), folder)
        assert [w.code for w in report.warnings if w.code.startswith("photo-")] == [code]
    report = preflight(with_frames(doc, frames), folder)
    assert codes(report)[1] == ["caption-not-placed", "credit-unplaced", "short"]   # neither is printed anywhere


def test_the_live_check_says_a_photo_without_its_credit_as_preflight_does(doc, folder):
    # the editor's live check must not call the page clear while the photo desk still owes a credit
    photo = replace(doc.photo("p1"), caption="孩子们在读书。", credit="")
    edited = replace(doc, photos=(photo,))
    live = page_check(edited, 0, Composer(edited, folder).compose(edited.pages[0]))
    full = preflight(edited, folder)
    assert [w.code for w in live.warnings if w.code.startswith("photo-")] == ["photo-no-credit"]
    assert [w.words() for w in live.warnings if w.code == "photo-no-credit"] == \
        [w.words() for w in full.warnings if w.code == "photo-no-credit"]
    # credited: nothing to say
    live = page_check(doc, 0, Composer(doc, folder).compose(doc.pages[0]))
    assert not [w for w in live.warnings if w.code.startswith("photo-")]


def test_caption_apart_overlap_empty_frame_and_small_headline(doc, folder):
    frames = list(doc.pages[0].frames)
    frames = [replace(f, line=40) if f.id == "c1" else f for f in frames]            # caption far away
    frames.append(Frame("b2", 3, 2, 10, 4, story="s1", part="body"))                # over the photo, empty
    frames = [replace(f, cols=1, lines=3) if f.id == "h1" else f for f in frames]   # a tight heading
    report = preflight(with_frames(doc, tuple(frames)), folder)
    errors, warnings = codes(report)
    assert {"caption-apart", "frame-empty", "headline-below-min"} <= set(warnings), warnings
    assert "frame-overlap" in errors, errors
    assert report.exit_code in (1, 2)


def test_json_shape(doc, folder):
    (folder / "photos" / "reading.jpg").unlink()
    data = preflight(doc, folder).to_json()
    assert set(data) == {"errors", "warnings"}
    (e,) = data["errors"]
    assert set(e) == {"code", "message", "where", "place"} and e["where"]["file"] == "photos/reading.jpg"
    # named as the page editor names them: the file, and the photo frame ph1's cell (col 3, line 0 → 4th, 1st)
    assert e["place"] == "page 1, column 4, line 1" and e["message"].startswith("photo reading.jpg is missing")
    assert e["where"]["frame"] == "ph1"


def test_a_photo_decoded_once_is_not_decoded_again_but_a_cut_copy_is(doc, folder, monkeypatch):
    """A repeated export does not decode the photos again to find truncation: their print
    conversion (cached by content) proves them whole. A truncated file has other content, so it is
    still decoded and reported."""
    from layout_app.imaging.printready import decoded_before, prepare
    from layout_app.imaging.source import content_key
    from layout_app.layout.compose import Composer
    from layout_app.layout.display import ImagePlacement, walk
    from layout_app.preflight import checks

    photo = folder / "photos" / "reading.jpg"
    scene(4200, 2900).save(photo, "JPEG", quality=83)      # content no other test has converted
    assert not decoded_before(content_key(photo))
    display = Composer(doc, folder).compose_all()
    (placement,) = [i for d in display for i in walk(d.items) if isinstance(i, ImagePlacement)]
    prepare(placement)
    assert decoded_before(content_key(photo))

    def no_decode(im, path):
        raise AssertionError(f"{path} decoded again")
    monkeypatch.setattr(checks, "load", no_decode)
    assert codes(preflight(doc, folder, display)) == ([], ["short"])
    monkeypatch.undo()

    data = photo.read_bytes()
    photo.write_bytes(data[:len(data) * 2 // 3])            # enough data for its header's size: only a decode finds it
    report = preflight(doc, folder, display)
    assert codes(report)[0] == ["photo-unreadable"] and "truncated" in report.errors[0].message


def test_a_screen_proxy_also_proves_a_photo_whole(tmp_path):
    from layout_app.imaging.printready import decoded_before
    from layout_app.imaging.proxy import make_proxy
    from layout_app.imaging.source import content_key

    photo = tmp_path / "market.jpg"
    scene(2400, 1600).save(photo, "JPEG", quality=81)      # content no other test has seen
    assert not decoded_before(content_key(photo))
    make_proxy(photo)
    assert decoded_before(content_key(photo))
