"""A photo's own caption (its file's XMP) typed into the copy right after its story, word for word: the
photo's caption, not the story's last paragraph — it had printed twice, under the photo and at the end
of the story's text (review26's lead). Copy and photo written here, expectations by hand."""
from __future__ import annotations

from layout_app.intake.compose import compose
from tests.photos import with_xmp

COPY = """江州城建主场逆转青岛海港

本报讯（记者 方卓然）11月29日19时35分，中甲联赛第28轮在江州奥体中心打响。江州城建队主场迎战青岛海港队，上半场0比1落后，下半场连进三球完成逆转。

赛后，主教练表示，球队在逆境中没有放弃，这场胜利属于全体队员和主场的球迷。据统计，本场比赛现场观众达21068人，创下本赛季主场纪录。

11月29日，江州城建队队长赵一鸣（中）主罚点球命中后与队友庆祝。

新编花鼓戏《茶山谣》首演

本报讯（通讯员 胡晓蕾）11月28日晚，由市花鼓戏剧院创排的新编花鼓戏《茶山谣》在市大剧院首演，讲述了茶山村村民脱贫致富的故事。
"""
CAPTION = "11月29日，江州城建队队长赵一鸣（中）主罚点球命中后与队友庆祝。"


def _compose(tmp_path, caption: str):
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    with_xmp(photos / "DSC_4471.jpg", caption, "孙明", "本报记者 孙明", width=1800, height=1200)
    return compose("duikai", [copy], [photos], tmp_path / "page.yaml")


def test_a_paragraph_the_photos_own_caption_says_is_its_caption_not_body(tmp_path):
    result = _compose(tmp_path, CAPTION)
    doc = result.document
    lead = next(s for s in doc.stories if s.headline == "江州城建主场逆转青岛海港")
    assert len(lead.body) == 2 and CAPTION not in lead.body
    (photo,) = doc.photos
    assert photo.caption.startswith("11月29日，江州城建队队长赵一鸣（中）") and photo.story == lead.id
    # (said as the photo's own caption taken out of the text — or, its player placed （中） as only a
    # caption places one, read as a caption when the copy was: printed once, under the photo)
    texts = [p for s in doc.stories for p in s.body]
    assert not any(CAPTION in t for t in texts)


def test_a_closing_paragraph_the_photo_does_not_say_stays_body(tmp_path):
    # the photo's file says another caption: the paragraph is the copy's, left where the copy reads it
    result = _compose(tmp_path, "江州城建队球迷在看台上挥舞围巾为主队助威。")
    assert not any("own caption" in str(n) for n in result.notes)
    texts = [p for s in result.document.stories for p in s.body]
    assert sum(CAPTION in t for t in texts) + sum(CAPTION in (p.caption or "") for p in result.document.photos) >= 1
