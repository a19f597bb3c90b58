"""A brief right over or under its photo across a 3-column stack runs in legs of two lines: a strip.
Under the photo, its caption in the stack's last column and the text in the two columns beside it, in
legs of five lines or more; the photo gives the lines, within its crop limit; the story keeps the lines
it had. Expectations written by hand from the stack built here (lines counted below)."""
from dataclasses import replace

from layout_app.io.templates import new_document
from layout_app.layout import sidecaption
from layout_app.layout.beside import PhotoShapes, photo_range
from layout_app.layout.probe import FrameProbe
from layout_app.layout.sidecaption import side_caption
from layout_app.model.frame import Frame
from layout_app.model.story import Photo, Story

# 132 characters, 13 a column's line in the duikai template: across 3 columns 4 lines (a strip), in 2
# columns 6, in one 11; the caption and credit 2 lines in two columns or three, 3 in one
BRIEF = ("本报讯 县图书馆自本月起延长周末开放时间，每周六、周日开放至晚上九时，方便上班族和学生借阅图书，"
         "馆内还新增了自助借还机和少儿阅读区。图书馆负责人介绍，延时开放期间将安排专人值守，读者可凭借书证"
         "免费入馆，馆内同时开放电子阅览室和自习区，欢迎广大读者和家长带孩子前来。",)
STORY = ("今年以来，青石镇把图书角建到村里，农技、法律和健康读物一应俱全，村民在家门口就能借到书。" * 4,)
CAPTION = "读者在县图书馆少儿阅读区看书。"


def page(text_first: bool = True, photo_lines: int = 24, under=True):
    """A 3-column stack from line 0: story s1 (heading 4, text 8), a line of air, then brief s2: heading
    (4 lines) and its text (4 lines) over its landscape photo across the stack (`photo_lines`) and caption
    (2 lines) — or (`text_first` False) the photo and caption, a line of air, then the text; then a line of
    air and another story's heading under it (`under`)."""
    doc = new_document("duikai", 1)
    doc = replace(doc, stories=(Story("s1", "青石镇：图书角里书香浓", body=STORY),
                                Story("s2", "县图书馆延长周末开放时间", body=BRIEF),
                                Story("s3", "村里办起读书会", body=STORY)),
                  photos=(Photo("p2", "p2.jpg", caption=CAPTION, credit="本报记者 王敏 摄"),))
    probe = FrameProbe(doc, doc.pages[0])
    frames = [Frame("s1-head", 0, 3, 0, 4, story="s1", part="heading"),
              Frame("s1-body", 0, 3, 4, 8, story="s1", part="body"),
              Frame("s2-head", 0, 3, 13, 4, story="s2", part="heading")]
    if text_first:
        frames += [Frame("s2-body", 0, 3, 17, 4, story="s2", part="body"),
                   Frame("p2-photo", 0, 3, 21, photo_lines, photo="p2"),
                   Frame("p2-cap", 0, 3, 21 + photo_lines, 2, photo="p2", part="caption")]
    else:
        frames += [Frame("p2-photo", 0, 3, 17, photo_lines, photo="p2"),
                   Frame("p2-cap", 0, 3, 17 + photo_lines, 2, photo="p2", part="caption"),
                   Frame("s2-body", 0, 3, 17 + photo_lines + 3, 4, story="s2", part="body")]
    foot = 17 + 4 + photo_lines + 2 + (0 if text_first else 1)
    if under:
        frames.append(Frame("s3-head", 0, 3, foot + 1, 4, story="s3", part="heading"))
    stories = [{"story": "s2", "columns": [1, 3], "lines": [14, foot], "body_frames": ["s2-body"],
                "photos": [{"photo": "p2", "frame": "p2-photo", "lines": [22, 21 + photo_lines]}]}]
    # the photo's shape: 24 lines across 3 columns its natural height
    aspect = PhotoShapes({"p2": 24 * doc.grid.leading / doc.grid.span_width(3)})
    return doc, probe, frames, stories, aspect, foot


def parts(frames):
    return {f.id: f for f in frames}


def test_text_then_its_photo_becomes_photo_then_caption_beside_the_text():
    doc, probe, frames, stories, aspect, foot = page()
    assert probe.one(Frame("s2-body", 0, 3, 0, 4, story="s2", part="body")).overset_lines == 0   # a strip of 4
    before = list(frames)
    side_caption(doc, probe, frames, stories, 0, 3, foot, aspect)
    f = parts(frames)
    body = [x for x in frames if x.story == "s2" and x.part == "body"]
    photo, cap = f["p2-photo"], f["p2-cap"]
    # the photo across the stack right under the heading, a line shorter (30 lines of text, photo and
    # caption: 23 of photo, a line of air and 6 of text in 2 columns), within its crop limit
    assert (photo.col, photo.cols, photo.line, photo.lines) == (0, 3, 17, 23)
    _, lo, _ = photo_range(doc.grid, aspect, "p2", 3)
    assert lo <= 23
    # the caption right under it, in the stack's last column (3 lines: 4 of white under it, then a
    # line of air and the next heading — a gap of 5, as the live check lets pass); the text on its left
    assert (cap.col, cap.cols, cap.line, cap.lines) == (2, 1, 40, 3)
    assert [(x.col, x.cols, x.line, x.lines) for x in body] == [(0, 2, 41, 6)]
    assert all(probe.one(x).overset_lines == 0 for x in body)               # nothing lost
    # the story ends where it ended: nothing else of the stack moves
    assert max(x.line + x.lines for x in body + [cap]) == foot
    for fid in ("s1-head", "s1-body", "s2-head", "s3-head"):
        assert f[fid] == next(x for x in before if x.id == fid)
    d = stories[0]
    assert d["body_frames"] == [x.id for x in body] and d["photos"][0]["lines"] == [18, 17 + photo.lines]
    assert "caption_beside_text" in d


def test_photo_over_its_text_too():
    doc, probe, frames, stories, aspect, foot = page(text_first=False)
    side_caption(doc, probe, frames, stories, 0, 3, foot, aspect)
    f = parts(frames)
    body = [x for x in frames if x.story == "s2" and x.part == "body"]
    # 31 lines (photo 24, caption 2, air 1, text 4): the photo as it was — never larger —, the text
    # a line of air under it, 6 deep, ending where the story ended (line 48)
    assert (f["p2-photo"].line, f["p2-photo"].lines) == (17, 24)
    assert (f["p2-cap"].col, f["p2-cap"].cols, f["p2-cap"].line) == (2, 1, 41)
    assert [(x.col, x.cols, x.line, x.lines) for x in body] == [(0, 2, 42, 6)] and foot == 48


def test_at_the_stacks_foot_the_text_stands_level_with_the_caption():
    # nothing under it: white under the caption is the stack's foot, 3 lines at most (copyfit's limit) —
    # the text with no line of air over it, level with the caption, the photo as it was
    doc, probe, frames, stories, aspect, foot = page(under=False)
    side_caption(doc, probe, frames, stories, 0, 3, foot, aspect)
    f = parts(frames)
    body = [x for x in frames if x.story == "s2" and x.part == "body"]
    assert (f["p2-photo"].line, f["p2-photo"].lines) == (17, 24)
    assert (f["p2-cap"].col, f["p2-cap"].line, f["p2-cap"].lines) == (2, 41, 3)
    assert [(x.col, x.cols, x.line, x.lines) for x in body] == [(0, 2, 41, 6)]


def test_the_photo_never_cropped_past_its_limit():
    # a photo of 4 lines whose shape would stand 5 across the stack: at its lowest (20 % cropped) — it
    # gives no line for the air over the text: the text stands level with its caption instead
    doc, probe, frames, stories, aspect, foot = page(photo_lines=4)
    aspect = PhotoShapes({"p2": 5 * doc.grid.leading / doc.grid.span_width(3)})
    side_caption(doc, probe, frames, stories, 0, 3, foot, aspect)
    f = parts(frames)
    body = [x for x in frames if x.story == "s2" and x.part == "body"]
    assert (f["p2-photo"].line, f["p2-photo"].lines) == (17, 4)
    assert [(x.col, x.cols, x.line, x.lines) for x in body] == [(0, 2, 21, 6)] and f["p2-cap"].line == 21


def test_not_where_a_heading_stands_between_photo_and_text():
    doc, probe, frames, stories, aspect, foot = page(text_first=False)
    # the photo opening the story over its heading: photo (lines 13–36), caption (37–38), a line of air,
    # heading (40–43), text (44–47)
    frames[:] = [replace(x, line=x.line - 4) if x.id in ("p2-photo", "p2-cap") else x for x in frames]
    frames[:] = [replace(x, line=40) if x.id == "s2-head" else x for x in frames]
    assert [(x.line, x.lines) for x in frames if x.story == "s2" or x.photo] == [(40, 4), (13, 24), (37, 2), (44, 4)]
    before = list(frames)
    side_caption(doc, probe, frames, stories, 0, 3, foot, aspect)
    assert frames == before


def test_not_where_white_runs_under_it_to_the_stacks_foot_anyway():
    # the stack ends 10 lines under the photo's caption: the white there would only be split in two,
    # under the text and under the caption beside it — the strip stays as it was
    doc, probe, frames, stories, aspect, foot = page(under=False)
    before = list(frames)
    side_caption(doc, probe, frames, stories, 0, 3, foot + 10, aspect)
    assert frames == before


def test_switch_off():
    doc, probe, frames, stories, aspect, foot = page()
    before = list(frames)
    sidecaption.SIDE_CAPTION = False
    try:
        side_caption(doc, probe, frames, stories, 0, 3, foot, aspect)
    finally:
        sidecaption.SIDE_CAPTION = True
    assert frames == before
