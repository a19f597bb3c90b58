"""A story that opens with its photo over its heading (its heading would stand beside another's: 碰题)
keeps clear air between the photo's caption and the kicker under it — a caption with a heading right
under it reads as one — even in a stack with no line to spare: the line is taken from elsewhere, the
photo a line shorter within its crop limit. Expectations written by hand."""
from dataclasses import replace

from layout_app.io.templates import new_document
from layout_app.layout import autoplace
from layout_app.layout.autoplace import StoryPlan, _build
from layout_app.layout.beside import PhotoShapes, photo_range
from layout_app.layout.probe import FrameProbe
from layout_app.layout.ranking import rank_stories, with_ranks
from layout_app.model.story import Photo, Story

TEXT = "在柳河乡的万亩良田里，十余台无人机在空中来回穿梭，精准喷洒药剂，一块农田几分钟就能作业完毕。"


def opening_photo_stack(paragraphs: int, room: int):
    """One story — kicker, headline, a landscape photo (3 high to 4 wide) with its caption — set to
    open with its photo, in a stack of 3 columns and `room` lines its text fills."""
    doc = new_document("duikai", 1)
    doc = replace(doc, stories=(Story("s1", "智慧农机进田间 春耕备耕跑出“加速度”", "科技赋能", body=(TEXT,) * paragraphs),),
                  photos=(Photo("p1", "p1.jpg", caption="在柳河乡，无人机正在进行农田植保作业。", credit="通讯员 赵敏 摄"),))
    ranked = rank_stories(doc, [StoryPlan("s1", ["p1"])])
    doc, _ = with_ranks(doc, ranked)
    probe = FrameProbe(doc, doc.pages[0])
    sp, rank, why = ranked[0]
    shapes = PhotoShapes({"p1": 0.75})
    frames, info = _build(doc, probe, [(sp, rank, why, (True, "no"))], 0, 3, 0, room, shapes, ranked,
                          first={"s1"}, overfull=False)
    return doc, probe, shapes, {f.id: f for f in frames}, info


def test_a_line_of_air_between_an_opening_photos_caption_and_the_heading_under_it():
    # By hand: 20 paragraphs of 46 characters fill 3 columns of a 60-line stack under a heading and a
    # photo 3 columns wide (20–25 lines within the crop limit): no row to spare
    doc, probe, shapes, f, info = opening_photo_stack(20, 60)
    photo, cap, head, body = f["p1-photo"], f["p1-cap"], f["s1-head"], f["s1-body"]
    assert photo.line == 0 and cap.line == photo.line + photo.lines        # the photo opens, its caption under it
    assert head.line >= cap.line + cap.lines + 1                           # a line of air at least, then the kicker
    _, lo, _ = photo_range(doc.grid, shapes, "p1", 3)
    assert photo.lines >= lo                                               # within the crop limit
    assert body.line == head.line + head.lines and body.line + body.lines <= 60
    assert probe.one(body).overset_lines == 0                              # nothing lost for it


def test_without_the_rule_the_kicker_sits_on_the_caption(monkeypatch):
    monkeypatch.setattr(autoplace, "CAPTION_OVER_HEAD", False)
    doc, probe, shapes, f, info = opening_photo_stack(20, 60)
    assert f["s1-head"].line == f["p1-cap"].line + f["p1-cap"].lines
