"""A photo set under a story's headline: the PDF's text gives the headline (kicker, deck), then the
photo's caption with its credit, then the byline, then the body. The caption goes to the captions,
matched to that story; the byline stays the byline. Lines hand-written as pypdfium2 gives them
(one column line each, 13 characters to the column)."""
from layout_app.intake.importer import import_copy
from layout_app.intake.repair import credit_line, photo_credit, set_apart
from layout_app.intake.unpdf import unpdf

CAPTION = "石桥乡的村民在共享菜园里采摘蔬菜。本报记者 任静 摄"
P1 = "记者走进石桥乡，只见新建的步道绿树成荫。在石桥乡综合执法队，青年正在体验智能设备，村民们在菜园里忙着采摘。"
P2 = "今年以来，石桥乡培训农民三百多人，有效解决了群众的急难愁盼问题。居民们纷纷点赞，共享菜园成了大家的好去处。"
P3 = "社区主任罗国华介绍，积分超市启用以来，已累计办理业务一百多次，居民们用积分换来了油米和日用品。"


def column(paragraph: str) -> list[str]:
    """A paragraph as a 13-character column sets it: the first line indented by two."""
    lines = [paragraph[:11]]
    rest = paragraph[11:]
    while rest:
        lines.append(rest[:13])
        rest = rest[13:]
    return lines


BODY = column(P1) + column(P2)
NEXT = ["金沙社区积分超市乐融融"] + column(P3)


def test_the_credit_after_a_captions_sentence_is_found():
    assert photo_credit(CAPTION) == CAPTION.index("本报记者")
    assert photo_credit("农民在田间收割水稻。新华社发") == len("农民在田间收割水稻。")
    assert photo_credit("农民在田间收割水稻。（通讯员 王秀英 摄）") == len("农民在田间收割水稻。")
    # a credit line of the page, a sentence about taking photos, a quote: no caption's credit
    assert photo_credit("本版图片由本报记者 任静 摄") is None
    assert photo_credit("游客们纷纷拿出手机拍摄。") is None
    assert photo_credit("他说：“我来摄”") is None


def test_a_credit_on_a_line_of_its_own_is_the_whole_line():
    # a credit set under its caption on a line of its own
    assert credit_line("本报记者 任静 摄") and credit_line("（通讯员 王秀英 摄）") and credit_line("新华社发")
    # a whole caption that ends with its credit is a caption, not a credit line
    assert not credit_line(CAPTION)
    assert not credit_line("农民在田间收割水稻。新华社发")
    # so a caption followed by the next caption (each with its credit) is not set apart by a blank
    assert set_apart(["村民在菜园里采摘。", "本报记者 任静 摄", ""], 0)
    assert not set_apart(["村民在菜园里采摘。", CAPTION, ""], 0)


def _story_lines(heading: list[str], caption: str, byline: str | None) -> list[str]:
    return heading + [caption] + ([byline] if byline else []) + BODY + NEXT


def test_a_caption_under_the_headline_goes_after_the_story_text():
    lines = unpdf(_story_lines(["石桥乡共享菜园见实效"], CAPTION, "本报记者 任静"), 13)
    text = [l for l in lines if l.strip()]
    assert text[:2] == ["石桥乡共享菜园见实效", "本报记者 任静"]
    assert text[2:4] == [P1, P2]
    assert text[4] == CAPTION and text[5] == "金沙社区积分超市乐融融"   # after the story, before the next


def test_kicker_headline_deck_caption_byline_body_import_as_written(tmp_path):
    heading = ["数字赋能 便民惠民", "石桥乡共享菜园见实效", "——石桥乡推行“共享菜园”纪实"]
    copy = tmp_path / "page.txt"
    copy.write_text("\n".join(_story_lines(heading, CAPTION, "本报记者 任静")) + "\n", encoding="utf-8")
    page, _ = import_copy(copy)
    assert [s.headline for s in page.stories] == ["石桥乡共享菜园见实效", "金沙社区积分超市乐融融"]
    s = page.stories[0]
    assert (s.kicker, s.deck, s.byline) == ("数字赋能 便民惠民", "——石桥乡推行“共享菜园”纪实", "本报记者 任静")
    assert s.paragraphs == [P1, P2]
    assert [c.text.replace(" ", "") for c in page.captions] == [CAPTION.replace(" ", "")]
    assert page.captions[0].story == 0


def test_a_caption_sent_by_an_agency_without_a_byline(tmp_path):
    caption = "石桥乡的村民在共享菜园里采摘蔬菜。新华社发"
    copy = tmp_path / "page.txt"
    copy.write_text("\n".join(_story_lines(["石桥乡共享菜园见实效"], caption, None)) + "\n", encoding="utf-8")
    page, _ = import_copy(copy)
    s = page.stories[0]
    assert s.headline == "石桥乡共享菜园见实效" and s.byline is None
    assert s.paragraphs == [P1, P2]
    assert [c.text for c in page.captions] == [caption] and page.captions[0].story == 0


def test_a_credited_caption_in_copy_as_it_arrives(tmp_path):
    """Copy as a reporter files it (a blank line between all parts): a sentence that shows no one
    somewhere, ending in a photo's credit, is still a caption, not the story's last paragraph."""
    caption = "秋收时节的石桥乡共享菜园。本报记者 任静 摄"
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n".join(["石桥乡共享菜园见实效", "本报记者 任静", P1, P2, caption,
                                 "金沙社区积分超市乐融融", P3]) + "\n", encoding="utf-8")
    page, _ = import_copy(copy)
    assert [s.paragraphs for s in page.stories] == [[P1, P2], [P3]]
    assert [c.text.replace(" ", "") for c in page.captions] == [caption.replace(" ", "")]
    assert page.captions[0].story == 0
