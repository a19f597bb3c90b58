"""Photo credits: each photo's credit is printed beside its caption or named in the page's credit
line (本版图片由…摄); a photo whose credit appears nowhere on its page is a finding."""
from dataclasses import replace

from layout_app.io.docfile import loads_document
from layout_app.model.frame import Frame
from layout_app.model.story import Photo, Story
from layout_app.preflight.checks import preflight
from layout_app.preflight.coverage import credit_names
from tests.samples import DOC_YAML

CREDIT_LINE = "本版图片由本报记者李航、通讯员周敏摄　本版稿件由本报记者王晨等采写"


def page_of_photos(credit_line: str = CREDIT_LINE):
    doc = loads_document(DOC_YAML)
    photos = (
        Photo("p1", "photos/a.jpg", "青石镇的孩子们在图书角里认真阅读。", "本报记者 王晨 摄"),   # beside its caption
        Photo("p2", "photos/b.jpg", "", "本报记者 李航 摄"),                               # in the credit line
        Photo("p3", "photos/c.jpg", "", "本报通讯员 周敏 摄"),                             # in the credit line
        Photo("p4", "photos/d.jpg", "", "新华社记者 张三 摄"),                             # nowhere
        Photo("p5", "photos/e.jpg", "", "本报记者 王晨 摄"),      # 王晨 is in the line, but for the copy
        Photo("p6", "photos/f.jpg", "乡村医生在柳塘村卫生室为村民测量血压，村民们排队等候。", "本报记者 陈海涛 摄"),
    )
    frames = [f for f in doc.pages[0].frames if f.photo is None] + [
        Frame("f1", 3, 2, 0, 12, photo="p1"), Frame("c1", 3, 2, 12, 3, photo="p1", part="caption"),
        Frame("f2", 5, 3, 0, 12, photo="p2"),
        Frame("f3", 3, 2, 16, 12, photo="p3"),
        Frame("f4", 5, 3, 13, 12, photo="p4"),
        Frame("f5", 3, 2, 30, 12, photo="p5"),
        # a caption frame of one line: the caption fills it, the credit under it is cut off
        Frame("f6", 5, 3, 30, 12, photo="p6"), Frame("c6", 5, 3, 42, 1, photo="p6", part="caption"),
        Frame("cr", 0, 8, 100, 1, story="credits", part="body", text_columns=1),
    ]
    stories = doc.stories + (Story("credits", body=(credit_line,)),)
    return replace(doc, stories=stories, photos=photos, pages=(replace(doc.pages[0], frames=tuple(frames)),))


def unplaced_credits(doc):
    report = preflight(doc, ".", files=False)
    return {f.where["photo"]: f for f in report.warnings if f.code == "credit-unplaced"}


def test_every_photo_is_credited_beside_its_caption_or_in_the_credit_line():
    found = unplaced_credits(page_of_photos())
    assert sorted(found) == ["p4", "p5", "p6"]
    assert found["p4"].where["text"] == "新华社记者 张三 摄" and "nowhere on page 1:" in found["p4"].message
    assert found["p4"].where["page"] == "A1" and "photo d.jpg" in found["p4"].message   # the file, not p4
    assert found["p6"].where["frame"] == "c6" and "cut off" in found["p6"].message


def test_a_credit_line_naming_everyone_covers_the_photos_without_captions():
    line = "本版图片由本报记者李航、王晨，通讯员周敏，新华社记者张三摄"
    found = unplaced_credits(page_of_photos(line))
    assert sorted(found) == ["p6"]                                # cut off under its caption, named nowhere


def test_a_credit_line_that_is_overset_covers_nothing():
    # the photo credits come after more copy credits than the one-line frame holds: not printed
    doc = page_of_photos("本版稿件由本报记者王晨等采写　" * 8 + "本版图片由本报记者李航、王晨，通讯员周敏，新华社记者张三摄")
    assert sorted(unplaced_credits(doc)) == ["p2", "p3", "p4", "p5", "p6"]


def test_names_in_a_credit():
    assert credit_names("本报记者 王晨 摄") == ["王晨"]
    assert credit_names("本报记者 李航、王晨 摄") == ["李航", "王晨"]
    assert credit_names("本报通讯员　周敏　摄") == ["周敏"]
    assert credit_names("新华社记者 张三 摄") == ["新华社", "张三"]
