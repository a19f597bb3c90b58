"""A caption typed with its own photo's credit after it (a chief editor's review: '…学习用手机预约挂号。
通讯员 马莉 摄' under a page whose credit line reads 本版图片除署名外均由本报记者 吴佳宁 摄): the photo that
takes it prints the caption once, the credit as the photo's own in the credit style, and the page's
line still credits the other photos. Copy and expectations written by hand."""
from __future__ import annotations

from layout_app.intake.compose import compose
from layout_app.intake.importer import import_copy
from tests.photos import write_jpeg

COPY = """“银发族”走进智能手机课堂

本报讯（通讯员 马莉）“原来用手机挂号这么方便！”12月1日，在县老年大学的智能手机培训班上，72岁的退休教师陈文华学会了用手机预约挂号。今年以来，县老年大学已开设智能手机培训班24期。

云岭村茶园用上5G

本报讯（记者 吴佳宁）今年以来，云岭村在茶园里装上了5G传感器，茶农杨春生在手机上就能查看茶园的温度和湿度。

云岭村茶农杨春生在茶园里用手机查看土壤墒情。
县老年大学智能手机培训班上，老年学员学习用手机预约挂号。 通讯员 马莉 摄
本版图片除署名外均由本报记者 吴佳宁 摄
"""
CAPTION = "县老年大学智能手机培训班上，老年学员学习用手机预约挂号。"
TEA = "云岭村茶农杨春生在茶园里用手机查看土壤墒情。"


def test_the_import_keeps_the_caption_and_its_credit_together_with_its_story(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    page, _ = import_copy(copy)
    got = {c.text.replace(" ", ""): c.story for c in page.captions}
    # (nothing dropped: the copy's words as typed; the credit is the photo's once a photo takes it)
    assert got == {TEA: 1, CAPTION + "通讯员马莉摄": 0}
    assert page.credits == ["本版图片除署名外均由本报记者 吴佳宁 摄"]


def test_the_photo_taking_the_caption_prints_its_credit_once_and_the_line_credits_the_other(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    write_jpeg(photos / "老年大学手机课.jpg", 4000, 3000)       # no caption of its own: its name names one
    write_jpeg(photos / "云岭村茶园.jpg", 4000, 3000)
    doc = compose("duikai", [copy], [photos], tmp_path / "page.yaml").document
    by_file = {p.file.split("/")[-1]: p for p in doc.photos}
    old = by_file["老年大学手机课.jpg"]
    assert (old.caption, old.credit) == (CAPTION, "通讯员 马莉 摄")
    tea = by_file["云岭村茶园.jpg"]
    assert (tea.caption, tea.credit) == (TEA, "")                 # the page's line credits it
    credits = next(s for s in doc.stories if s.id == "credits")
    assert credits.byline == "本版图片除署名外均由本报记者 吴佳宁 摄"
