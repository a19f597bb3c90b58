"""The white around photos and captions, page-wide (`photoair`), read off the composed page's display
list: each character's em box (0.88 em over its baseline, 0.12 under) and each picture's rectangle.

What a chief editor asks, written here by hand (pt; a body line is 13.5 pt on the 对开 grid):
- between a photo and the type over or under it (its own caption aside): half a body line at least;
- a caption close under its own photo: 1–2 mm;
- between a caption and the type or photo under it: 3 mm at least, so it reads as its own photo's.
The frames keep their lines (copyfit counts them), and the editor's caret lines stand where the type is
drawn (screen = print)."""
import contextlib
import io
from dataclasses import replace

import pytest
from PIL import Image

from layout_app.cli import main as cli
from layout_app.io.docfile import load_document
from layout_app.io.templates import new_document
from layout_app.layout import photoair, textmap
from layout_app.layout.beside import MAX_CROP, PhotoShapes, crop_share, photo_range
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group, ImagePlacement
from layout_app.model.frame import Frame
from layout_app.model.story import Photo, Story
from tests.photos import with_xmp

LINE = 13.5
X = LINE / 2                 # photo ↔ type over or under it: half a body line at least
Y = 2 * 72 / 25.4            # caption under its photo: 2 mm at most …
Y_MIN = 1 * 72 / 25.4        # … and 1 mm at least
Z = 3 * 72 / 25.4            # caption ↔ what follows it: 3 mm at least

TEXT = ("在柳河乡的万亩良田里，十余台无人机在空中来回穿梭，精准喷洒药剂，一块农田几分钟就能作业完毕。"
        "合作社负责人说，过去几十个人要干好几天的活，如今半天就能干完。")


def picture(display, frame):
    g = next(i for i in display.items if isinstance(i, Group) and i.frame == frame)
    (img,) = g.items
    assert isinstance(img, ImagePlacement)
    return img.rect


def type_boxes(display):
    """(frame id, group tag, left, right, top, foot) of every run of type."""
    out = []
    for g in display.items:
        if isinstance(g, Group) and g.tag in ("text", "caption"):
            for r in g.items:
                if isinstance(r, GlyphRun) and r.text.strip():
                    out.append((g.frame, g.tag, r.xs[0], r.xs[-1] + r.size, r.y - 0.88 * r.size, r.y + 0.12 * r.size))
    return out


def white(display, doc):
    """Per photo frame: (white to the type over it, white to the type under it other than its caption,
    its caption's gap, the gap from its caption to the first type or picture under the caption)."""
    boxes = type_boxes(display)
    pictures = {g.frame: g.items[0].rect for g in display.items if isinstance(g, Group) and g.tag == "photo"}
    out = {}
    for f in doc.pages[0].frames:
        if f.kind != "photo":
            continue
        r = pictures[f.id]
        def across(x0, x1, r=r):
            return x0 < r.right - 1 and x1 > r.x + 1
        cap = [b for b in boxes if b[1] == "caption" and b[0] == f"{f.photo}-cap" and across(b[2], b[3])
               and b[4] >= r.bottom - 0.5]
        rest = [b for b in boxes if b not in cap and across(b[2], b[3])]
        over = [r.y - b[5] for b in rest if b[5] <= r.y + 0.5]
        under = [b[4] - r.bottom for b in rest if b[4] >= r.bottom - 0.5]
        gap = min(b[4] for b in cap) - r.bottom if cap else None
        after = None
        if cap:
            foot = max(b[5] for b in cap)
            nxt = [b[4] - foot for b in rest if b[4] >= foot - 0.5]
            nxt += [p.y - foot for k, p in pictures.items() if k != f.id and across(p.x, p.right) and p.y >= foot - 0.5]
            after = min(nxt) if nxt else None
        out[f.id] = (min(over) if over else None, min(under) if under else None, gap, after)
    return out


def assert_clear(display, doc, spare=()):
    """The white of every photo's picture, but those in `spare` (a frame at its crop limit: its picture
    keeps what white the limit leaves) — their caption close under them all the same."""
    for fid, (over, under, gap, after) in white(display, doc).items():
        if fid in spare:
            assert gap is None or Y_MIN - 1e-6 <= gap <= Y, (fid, "caption under its photo", gap)
            continue
        assert over is None or over >= X, (fid, "type over the photo", over)
        assert under is None or under >= X, (fid, "type under the photo", under)
        if gap is not None:
            assert Y_MIN - 1e-6 <= gap <= Y, (fid, "caption under its photo", gap)
        assert after is None or after >= Z, (fid, "what follows the caption", after)


def hand_page():
    """Frames set by hand on a 对开 page, every one right on the line of the one before — each case a
    first layout or an editor makes: text over a photo; a photo, its caption, the text under it; a
    caption with the next photo right under it; a photo with no caption over text; a photo under a
    heading; a heading under a caption."""
    doc = new_document("duikai", 1)
    stories = tuple(Story(f"s{k}", f"柳河乡无人机植保第{k}篇", body=(TEXT,) * 6) for k in range(1, 5))
    photos = (Photo("p1", "p1.jpg", caption="在柳河乡，无人机正在进行农田植保作业。", credit="通讯员 赵敏 摄"),
              Photo("p2", "p2.jpg", caption="合作社的农机手在调试无人机。"),
              Photo("p3", "p3.jpg"),
              Photo("p4", "p4.jpg", caption="柳河乡的万亩良田。"))
    frames = (
        # columns 1–3: text, photo p1 and its caption, photo p2 right under the caption, its caption,
        # the text under it
        Frame("s1-head", 0, 3, 0, 4, story="s1", part="heading"),
        Frame("s1-body", 0, 3, 4, 6, story="s1"),
        Frame("p1-photo", 0, 3, 10, 20, photo="p1"),
        Frame("p1-cap", 0, 3, 30, 2, photo="p1", part="caption"),
        Frame("p2-photo", 0, 3, 32, 18, photo="p2"),
        Frame("p2-cap", 0, 3, 50, 1, photo="p2", part="caption"),
        Frame("s1-body2", 0, 3, 51, 8, story="s1"),
        # columns 4–6: a heading, its photo right under it with no caption, the text right under the photo
        Frame("s2-head", 3, 3, 0, 4, story="s2", part="heading"),
        Frame("p3-photo", 3, 3, 4, 20, photo="p3"),
        Frame("s2-body", 3, 3, 24, 10, story="s2"),
        # columns 7–8: a photo and its caption with the next story's heading right under it
        Frame("p4-photo", 6, 2, 0, 14, photo="p4"),
        Frame("p4-cap", 6, 2, 14, 1, photo="p4", part="caption"),
        Frame("s3-head", 6, 2, 15, 4, story="s3", part="heading"),
        Frame("s3-body", 6, 2, 19, 12, story="s3"),
    )
    page = replace(doc.pages[0], frames=frames)
    return replace(doc, stories=stories, photos=photos, pages=(page,))


def test_every_photo_keeps_its_white_on_a_page_set_by_hand(tmp_path):
    doc = hand_page()
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    found = white(display, doc)
    # the page has each case (type on the very line over a photo, under it, under a caption)
    assert found["p1-photo"][0] is not None and found["p1-photo"][3] is not None
    assert found["p3-photo"][0] is not None and found["p3-photo"][1] is not None
    assert found["p4-photo"][3] is not None
    assert_clear(display, doc)


def test_the_frames_keep_their_lines_and_a_picture_stays_in_its_frame(tmp_path):
    doc = hand_page()
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    grid = doc.grid
    for f in doc.pages[0].frames:
        if f.kind == "photo":
            frame = grid.frame_rect(f.col, f.cols, f.line, f.lines)
            r = picture(display, f.id)
            assert (r.x, r.width) == (frame.x, frame.width)
            assert frame.y <= r.y + 1e-6 and r.bottom <= frame.bottom + 1e-6
            assert frame.height - r.height <= photoair.most(grid.leading) + 1e-6    # a body line at most
    # the group stays the frame's (the editor selects and drags the frame)
    g = next(i for i in display.items if isinstance(i, Group) and i.frame == "p1-photo")
    assert g.rect == grid.frame_rect(0, 3, 10, 20)
    # nothing the frames hold is lost or moved to another line count: the photo air takes no line
    without = Composer(doc, tmp_path)
    photoair.AIR = False
    try:
        plain = without.compose(doc.pages[0])
    finally:
        photoair.AIR = True
    assert [(r.frame, r.overset_lines, r.empty_lines) for r in display.reports] == \
        [(r.frame, r.overset_lines, r.empty_lines) for r in plain.reports]


def test_without_the_rule_text_sits_hard_on_the_photos(tmp_path, monkeypatch):
    doc = hand_page()
    monkeypatch.setattr(photoair, "AIR", False)
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    with pytest.raises(AssertionError):
        assert_clear(display, doc)


def test_the_editor_finds_a_caption_where_it_is_drawn(tmp_path):
    doc = hand_page()
    composer = Composer(doc, tmp_path)
    page = doc.pages[0]
    display = composer.compose(page)
    for cap in ("p1-cap", "p2-cap", "p4-cap"):
        drawn = {}                        # each line's em top as drawn: its baseline less the face's ascent
        for g in display.items:
            if isinstance(g, Group) and g.frame == cap:
                for r in g.items:
                    if isinstance(r, GlyphRun):
                        face = composer.fonts.face(r.face)
                        drawn[round(r.y, 6)] = r.y - face.ascender / (face.ascender - face.descender) * r.size
        f = next(f for f in page.frames if f.id == cap)
        caret = sorted(ln.top for ln in textmap.frame_text(composer, page, f).lines)
        assert caret and caret == pytest.approx(sorted(drawn.values()), abs=0.01)


def test_a_photo_at_its_crop_limit_keeps_within_it_and_one_with_room_takes_its_white(tmp_path):
    """A 3:2 photo 2 columns wide (243.6 pt: 12 lines as shot) in a frame of its lowest lines within the
    crop limit (10: 135 pt, 0.8 × 162.4 pt = 129.9 pt of picture at least) under text, with its caption
    and text right under: the picture gives up white rather than crop past the limit, shared between
    its top and its caption. The same photo in a frame of 12 lines takes its full white."""
    photos = tmp_path / "photos"
    photos.mkdir()
    with_xmp(photos / "p1.jpg", "在柳河乡，无人机正在进行农田植保作业。", "赵敏", "通讯员", 3000, 2000)
    with_xmp(photos / "p2.jpg", "合作社的农机手在调试无人机。", "赵敏", "通讯员", 3000, 2000)
    doc = new_document("duikai", 1)
    grid = doc.grid
    _, lo, _ = photo_range(grid, PhotoShapes({"p1": 2 / 3}), "p1", 2)
    assert lo == 10
    stories = (Story("s1", "柳河乡无人机植保", body=(TEXT,) * 8), Story("s2", "合作社农机手", body=(TEXT,) * 8))
    frames = (Frame("s1-body", 0, 2, 0, 6, story="s1"),
              Frame("p1-photo", 0, 2, 6, lo, photo="p1"), Frame("p1-cap", 0, 2, 6 + lo, 1, photo="p1", part="caption"),
              Frame("s1-body2", 0, 2, 7 + lo, 8, story="s1"),
              Frame("s2-body", 2, 2, 0, 6, story="s2"),
              Frame("p2-photo", 2, 2, 6, 12, photo="p2"), Frame("p2-cap", 2, 2, 18, 1, photo="p2", part="caption"),
              Frame("s2-body2", 2, 2, 19, 8, story="s2"))
    doc = replace(doc, stories=stories, photos=(Photo("p1", "photos/p1.jpg", caption="在柳河乡，无人机正在进行农田植保作业。"),
                                                Photo("p2", "photos/p2.jpg", caption="合作社的农机手在调试无人机。")),
                  pages=(replace(doc.pages[0], frames=frames),))
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    tight = picture(display, "p1-photo")
    assert tight.height < lo * grid.leading                                   # some white still
    assert crop_share(2 / 3, tight.width, tight.height) <= MAX_CROP + 1e-9     # never past the limit
    found = white(display, doc)
    over, _, gap, after = found["p2-photo"]
    assert over >= X and Y_MIN <= gap <= Y and after >= Z
    # the 5 pt the limit leaves shared: the caption closes up to 1 mm under its photo, the text over it and
    # what follows the caption keep some white each — a third of a line over it, twice the caption's gap after
    over, _, gap, after = found["p1-photo"]
    assert Y_MIN - 1e-6 <= gap <= Y
    assert over >= LINE / 3 and after >= 2 * gap


COPY = """柳河乡：无人机飞进万亩良田

本报讯（记者 周航）{text}{text}{text}

{text}{text}{text}{text}

{text}{text}{text}

城西街道老旧小区加装电梯惠及三百户

本报讯（记者 周航）{text}{text}

{text}{text}{text}

青石镇图书角里书香浓

本报讯（记者 周航）{text}

沿河七个村联手修通产业路

本报讯（记者 周航）{text}{text}

{text}{text}{text}
"""


def test_a_composed_page_keeps_its_photos_clear(tmp_path):
    """A page as compose makes it from copy and photos (made here with Pillow, their captions in XMP):
    every photo keeps its white, whatever arrangement the first layout chose."""
    photos = tmp_path / "photos"
    photos.mkdir()
    with_xmp(photos / "柳河乡无人机.jpg", "柳河乡的农机手正在操控无人机为小麦喷洒药剂。", "周航", "本报记者", 3000, 2000)
    with_xmp(photos / "城西电梯.jpg", "城西街道一处老旧小区新装的电梯投入使用。", "周航", "本报记者", 2000, 3000)
    with_xmp(photos / "青石镇图书角.jpg", "青石镇的孩子们在图书角里认真阅读。", "周航", "本报记者", 3000, 2000)
    with_xmp(photos / "沿河产业路.jpg", "沿河七个村联手修通的产业路。", "周航", "本报记者", 3000, 2000)
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY.format(text=TEXT), encoding="utf-8")
    out = tmp_path / "page.yaml"
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    assert code in (0, 1) and out.exists()
    doc = load_document(out)
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    found = white(display, doc)
    assert len(found) == 4
    # no picture cropped past the limit; one at it may give up white (none on this page as it comes out now)
    at_limit = set()
    for f in doc.pages[0].frames:
        if f.kind == "photo":
            with Image.open(tmp_path / doc.photo(f.photo).file) as im:
                shape = im.height / im.width
            r = picture(display, f.id)
            assert crop_share(shape, r.width, r.height) <= MAX_CROP + 1e-9
            if crop_share(shape, r.width, r.height) > MAX_CROP - 1e-3 and r.height < f.lines * doc.grid.leading - 1e-6:
                at_limit.add(f.id)
    assert len(at_limit) <= 1
    assert_clear(display, doc, at_limit)


def test_photos_side_by_side_keep_one_foot(tmp_path):
    """Two photos in a row over captions of one line and of two, the text right under both caption
    frames (2 lines): the longer caption needs its photo's foot higher — both pictures end level all the same."""
    doc = new_document("duikai", 1)
    story = Story("s1", "柳河乡无人机植保", body=(TEXT,) * 6)
    photos = (Photo("p1", "p1.jpg", caption="柳河乡的万亩良田。"),
              Photo("p2", "p2.jpg", caption="合作社的农机手在调试无人机，" * 2 + "准备为小麦喷洒药剂。"))
    frames = (Frame("s1-head", 0, 4, 0, 4, story="s1", part="heading"),
              Frame("p1-photo", 0, 2, 4, 12, photo="p1"), Frame("p1-cap", 0, 2, 16, 2, photo="p1", part="caption"),
              Frame("p2-photo", 2, 2, 4, 12, photo="p2"), Frame("p2-cap", 2, 2, 16, 2, photo="p2", part="caption"),
              Frame("s1-body", 0, 4, 18, 10, story="s1"))
    doc = replace(doc, stories=(story,), photos=photos, pages=(replace(doc.pages[0], frames=frames),))
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    a, b = picture(display, "p1-photo"), picture(display, "p2-photo")
    assert (a.y, a.bottom) == pytest.approx((b.y, b.bottom))
    assert b.bottom < doc.grid.line_y(16)                    # raised for the longer caption
    assert_clear(display, doc)


def test_text_wrapped_around_a_photo_keeps_clear_of_it(tmp_path):
    """绕排: a photo across its story's columns, the text wrapped around it (no standoff): the lines
    over it and under it keep their white, as over and under any photo."""
    doc = new_document("duikai", 1)
    story = Story("s1", "柳河乡无人机植保", body=(TEXT,) * 12)
    frames = (Frame("s1-body", 0, 3, 0, 40, story="s1"),
              Frame("p1-photo", 0, 3, 12, 14, photo="p1", wrap="around", standoff_lines=0.0))
    doc = replace(doc, stories=(story,), photos=(Photo("p1", "p1.jpg"),), pages=(replace(doc.pages[0], frames=frames),))
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    over, under, _, _ = white(display, doc)["p1-photo"]
    assert over is not None and under is not None          # text on the lines right over and under it
    assert_clear(display, doc)


def test_a_photo_under_the_caption_of_one_held_by_its_limit_gives_the_white(tmp_path):
    """Two 3:2 photos 2 columns wide one over the other, the upper at its lowest lines within the crop
    limit (10) with its caption right over the lower (12 lines, room to spare): the caption still clear
    of the lower picture by 3 mm — the lower one gives the white the upper could not."""
    photos = tmp_path / "photos"
    photos.mkdir()
    for name in ("p1", "p2"):
        with_xmp(photos / f"{name}.jpg", "柳河乡的万亩良田。", "赵敏", "通讯员", 3000, 2000)
    doc = new_document("duikai", 1)
    frames = (Frame("s1-body", 0, 2, 0, 6, story="s1"),
              Frame("p1-photo", 0, 2, 6, 10, photo="p1"), Frame("p1-cap", 0, 2, 16, 1, photo="p1", part="caption"),
              Frame("p2-photo", 0, 2, 17, 12, photo="p2"), Frame("p2-cap", 0, 2, 29, 1, photo="p2", part="caption"))
    doc = replace(doc, stories=(Story("s1", "柳河乡无人机植保", body=(TEXT,) * 4),),
                  photos=(Photo("p1", "photos/p1.jpg", caption="柳河乡的万亩良田。"),
                          Photo("p2", "photos/p2.jpg", caption="合作社的农机手在调试无人机。")),
                  pages=(replace(doc.pages[0], frames=frames),))
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    upper, lower = picture(display, "p1-photo"), picture(display, "p2-photo")
    assert crop_share(2 / 3, upper.width, upper.height) <= MAX_CROP + 1e-9
    assert crop_share(2 / 3, lower.width, lower.height) <= MAX_CROP + 1e-9
    _, _, gap, after = white(display, doc)["p1-photo"]
    assert Y_MIN - 1e-6 <= gap <= Y and after >= Z
