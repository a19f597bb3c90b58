"""Structure detection on copy as it arrives (issue 10 item 1).

The expected structures here are written by hand, reading the copy as a page editor does — never
taken from the program's output."""
import json
from pathlib import Path

import pytest

from layout_app.cli import main
from layout_app.intake.importer import import_copy
from layout_app.intake.structure import LOW, parse
from layout_app.intake.repair import join_broken_lines
from tests.intake.chars import characters as non_space
from tests.intake.chars import page_characters as output_chars

SAMPLE = Path(__file__).parent / "samples" / "raw_page_example.txt"


def _import(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    page, copy = import_copy(path)
    assert output_chars(page) == non_space(text)          # nothing is ever dropped
    return page, copy


# ---- the real sample: a county page as extracted from its PDF, banner and deck at the very end ----

SAMPLE_EXPECTED = {
    "banner": {"kicker": None, "headline": "便民服务暖民心 共建共享新家园", "deck": "——我县城乡社区便民服务工作综述"},
    "lead": ["近年来，我县坚持以人民为中心，在城乡社区开展了一系列便民服务行动，让群众在家门口就能办成事、办好事。"],
    "stories": [
        {"kicker": "文明新风 润泽乡里", "headline": "青石镇：图书角里书香浓", "deck": None, "byline": None,
         "paragraphs": [
             "为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了“农家书屋图书角”，共配置图书3200余册，"
             "涵盖农业技术、法律常识、健康养生等内容。",
             "开放首日，不少村民带着孩子前来借阅。村民老周说：“以前想看本种植方面的书要跑到县城，现在在村里就能借到，"
             "方便多了。”",
             "据了解，青石镇还将定期组织读书分享会，引导村民养成多读书、读好书的习惯。"]},
        {"kicker": "守护平安 温暖同行", "headline": "河湾社区：“夜巡队”守护居民安宁", "deck": None, "byline": None,
         "paragraphs": [
             "入夏以来，河湾社区组织党员、网格员和志愿者成立“夜巡队”，每晚7时至10时在辖区主要街巷开展巡查，"
             "重点排查消防通道占用、电动车违规充电等安全隐患。",
             "截至目前，夜巡队已累计巡查60余次，劝导整改隐患23处。社区主任林晓梅说：“大家的安全就是我们最大的牵挂。”"]},
    ],
    "captions": [("青石镇的孩子们在图书角里认真阅读。", 0), ("河湾社区“夜巡队”在街巷开展安全巡查。", 1)],
    "credits": ["本版稿件由本报记者 王晨 采写", "本版图片由本报记者 王晨 摄"],
}


def test_the_sample_page_imports_exactly():
    page, copy = import_copy(SAMPLE)
    assert page.banner == SAMPLE_EXPECTED["banner"]
    assert page.lead == SAMPLE_EXPECTED["lead"]
    got = [{"kicker": s.kicker, "headline": s.headline, "deck": s.deck, "byline": s.byline, "paragraphs": s.paragraphs}
           for s in page.stories]
    assert got == SAMPLE_EXPECTED["stories"]
    assert [(c.text, c.story) for c in page.captions] == SAMPLE_EXPECTED["captions"]
    assert page.credits == SAMPLE_EXPECTED["credits"]
    assert page.unassigned == []
    assert output_chars(page) == non_space(SAMPLE.read_text(encoding="utf-8"))


def test_the_sample_page_is_sure_of_itself(capsys):
    """Clear copy gives confident decisions and no notices to check, in text and in --json."""
    assert main(["import", str(SAMPLE), "--json"]) == 0
    out = capsys.readouterr()
    data = json.loads(out.out)
    assert data["notices"] == [] and "notice" not in out.err
    assert data["banner_confidence"] >= 0.9
    assert all(s["confidence"] >= 0.9 for s in data["stories"])


# ---- heading groups: long parts, any order of blocks, the banner anywhere ----

BODY_A = "近日，青石镇在各村便民服务中心设立了图书角，共配置图书3200余册，涵盖农业技术、法律常识等内容。"
BODY_B = "村民老周说：“以前想看书要跑到县城，现在在村里就能借到，方便多了。”"
BODY_C = "入夏以来，河湾社区组织党员和志愿者成立夜巡队，每晚在辖区主要街巷开展巡查，排查安全隐患。"
BODY_D = "截至目前，夜巡队已累计巡查60余次，劝导整改隐患23处，居民纷纷点赞。"


def test_long_kicker_headline_and_deck_with_spaces_quotes_and_colons(tmp_path):
    kicker = "记者蹲点：青石镇的“农家书屋图书角”一天 书香飘进百姓家"          # 27 characters
    headline = "青石镇开放“图书角”30天 村民点赞“方便多了”"                       # ends on a quote
    deck = "——青石镇推进农家书屋建设 让村民在家门口读好书工作纪实"
    text = "\n".join([kicker, headline, deck, "本报记者 王晨", BODY_A, BODY_B]) + "\n"
    page, _ = _import(tmp_path, text)
    (story,) = page.stories
    assert (story.kicker, story.headline, story.deck, story.byline) == (kicker, headline, deck, "本报记者 王晨")
    assert story.paragraphs == [BODY_A, BODY_B]
    assert page.banner is None


def test_two_heading_lines_are_kicker_then_headline_unless_the_second_is_a_figure_deck(tmp_path):
    text = ("守护平安 温暖同行\n河湾社区：夜巡队守护居民安宁\n\n" + BODY_C + "\n" + BODY_D + "\n\n\n"
            "河湾社区夜巡队满月\n300名居民参与 隐患整改23处\n\n" + BODY_D + "\n" + BODY_C + "\n")
    page, _ = _import(tmp_path, text)
    first, second = page.stories
    assert (first.kicker, first.headline, first.deck) == ("守护平安 温暖同行", "河湾社区：夜巡队守护居民安宁", None)
    assert (second.kicker, second.headline, second.deck) == (None, "河湾社区夜巡队满月", "300名居民参与 隐患整改23处")


def test_banner_and_deck_in_the_middle_right_above_a_story_heading(tmp_path):
    """PDF extraction leaves the banner among the stories: banner, its deck, then a kicker and
    headline, with no text between them."""
    text = "\n\n".join([
        "近年来，我县坚持以人民为中心，在城乡社区开展了一系列便民服务行动，让群众在家门口就能办成事、办好事。",
        "文明新风 润泽乡里\n青石镇：图书角里书香浓", BODY_A + "\n" + BODY_B,
        "\n青石镇的孩子们在图书角里认真阅读。",
        "我县：便民服务暖民心\n——我县城乡社区便民服务工作综述",
        "守护平安 温暖同行\n河湾社区：“夜巡队”守护居民安宁", BODY_C + "\n" + BODY_D]) + "\n"
    page, _ = _import(tmp_path, text)
    assert page.banner == {"kicker": None, "headline": "我县：便民服务暖民心", "deck": "——我县城乡社区便民服务工作综述"}
    assert [(s.kicker, s.headline) for s in page.stories] == [("文明新风 润泽乡里", "青石镇：图书角里书香浓"),
                                                              ("守护平安 温暖同行", "河湾社区：“夜巡队”守护居民安宁")]
    assert [s.paragraphs for s in page.stories] == [[BODY_A, BODY_B], [BODY_C, BODY_D]]
    assert [c.text for c in page.captions] == ["青石镇的孩子们在图书角里认真阅读。"]
    assert page.lead and page.unassigned == []


def test_a_community_named_like_a_district_is_no_banner(tmp_path):
    """社区 ends in 区 but is no county: its story keeps its headline."""
    text = "\n\n".join(["河湾社区：夜巡队守护居民安宁", BODY_C, BODY_D, "青石镇：图书角里书香浓", BODY_A, BODY_B]) + "\n"
    page, _ = _import(tmp_path, text)
    assert page.banner is None
    assert [s.headline for s in page.stories] == ["河湾社区：夜巡队守护居民安宁", "青石镇：图书角里书香浓"]


# ---- a line that ends mid-sentence is continued, never promoted to a headline ----

@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_paragraph_broken_where_a_column_ended_is_joined(tmp_path, between):
    """The first half looks like a headline (short, no comma, no end): it sits as close under the
    running text as paragraphs do, and running text follows it."""
    first, second = "在青石镇农业技术推广", "站，村民正在学习种植技术；一旁的志愿者忙着登记。"
    text = ("文明新风 润泽乡里\n青石镇：图书角里书香浓\n\n" + BODY_A + "\n" + first + between + second + "\n"
            + BODY_B + "\n\n\n守护平安 温暖同行\n河湾社区：夜巡队守护居民安宁\n\n" + BODY_C + "\n")
    page, _ = _import(tmp_path, text)
    assert [s.headline for s in page.stories] == ["青石镇：图书角里书香浓", "河湾社区：夜巡队守护居民安宁"]
    assert page.stories[0].paragraphs == [BODY_A, first + second, BODY_B]


def test_a_line_broken_after_a_byline_is_body(tmp_path):
    text = ("青石镇：图书角里书香浓\n\n本报记者 王晨\n\n在青石镇新时代文明实\n践站，村民正在阅读。\n" + BODY_A + "\n\n\n"
            "河湾社区：夜巡队守护居民安宁\n\n" + BODY_C + "\n")
    page, _ = _import(tmp_path, text)
    assert page.stories[0].paragraphs == ["在青石镇新时代文明实践站，村民正在阅读。", BODY_A]


@pytest.mark.parametrize("first,second", [
    ("村民老周说：“以前想看", "书要跑到县城，现在方便多了。”"),           # a quote left open
    ("据了解，青石镇还将在8个村（社区）", "推广图书角的做法。"),           # （社区） inside the sentence
    ("这样的图书角，谁不喜欢？4月25日，", "记者走进青石镇，只见活动室里座无虚席。"),   # next line opens with 记者
    ("截至目前，青石镇已累计接待群众12", "00余人次。"),                    # broken inside a number
    ("通过网上平台，办理时间缩短了7.", "5%，群众满意。"),                  # broken at a decimal point
])
def test_mid_sentence_ends_are_continued(tmp_path, first, second):
    text = "青石镇：图书角里书香浓\n\n" + BODY_A + "\n\n" + first + "\n\n" + second + "\n\n" + BODY_B + "\n"
    page, _ = _import(tmp_path, text)
    (story,) = page.stories
    assert story.paragraphs == [BODY_A, first + second, BODY_B]


# ---- captions stand apart by the copy's own spacing ----

def test_a_short_last_paragraph_is_not_a_caption_when_captions_stand_wider(tmp_path):
    last = "近日，青石镇团委完善“图书角”，吸引了290余名村民参与。"
    text = ("青石镇：图书角里书香浓\n\n" + BODY_A + "\n\n" + BODY_B + "\n\n\n" + last + "\n\n\n\n"
            "青石镇的孩子们在图书角里认真阅读。\n\n\n河湾社区：夜巡队守护居民安宁\n\n" + BODY_C + "\n\n" + BODY_D + "\n")
    page, _ = _import(tmp_path, text)
    assert page.stories[0].paragraphs == [BODY_A, BODY_B, last]
    assert [c.text for c in page.captions] == ["青石镇的孩子们在图书角里认真阅读。"]


# ---- low confidence is shown, not hidden ----

def test_a_banner_guessed_from_its_place_only_is_a_notice(tmp_path, capsys):
    """The first heading over one paragraph and then a story is read as banner and lead — but
    nothing in its shape says so: the user is told."""
    text = "\n\n".join(["暖心服务进万家", BODY_A, "河湾社区：夜巡队守护居民安宁", BODY_C, BODY_D]) + "\n"
    page, copy = _import(tmp_path, text)
    assert page.banner["headline"] == "暖心服务进万家" and page.lead == [BODY_A]
    assert page.banner_confidence < 0.6
    assert any("banner '暖心服务进万家'" in n for n in copy.notices)
    assert main(["import", str(tmp_path / "page.txt")]) == 0
    assert "notice: page.txt: banner '暖心服务进万家' is a guess" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "page.txt"), "--json"]) == 0
    assert any("暖心服务进万家" in n for n in json.loads(capsys.readouterr().out)["notices"])


def test_the_sample_without_any_blank_line_keeps_its_structure_and_says_what_it_guessed(tmp_path):
    """Copy pasted with every blank line gone: the captions cannot stand apart, so they are known
    by their shape (one sentence showing someone somewhere, closing a story) — and the user is told."""
    text = "\n".join(line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()) + "\n"
    page, copy = _import(tmp_path, text)
    assert page.banner == SAMPLE_EXPECTED["banner"] and page.lead == SAMPLE_EXPECTED["lead"]
    assert [s.paragraphs for s in page.stories] == [s["paragraphs"] for s in SAMPLE_EXPECTED["stories"]]
    assert [(c.text, c.story) for c in page.captions] == SAMPLE_EXPECTED["captions"]
    assert sum("known by its shape only" in n for n in copy.notices) == 2


def test_a_headline_that_asks_is_a_headline(tmp_path):
    text = "\n\n".join(["图书角开到家门口，你去过吗？", BODY_A, BODY_B, "守护平安 温暖同行\n夜巡队来了！", BODY_C, BODY_D]) + "\n"
    page, _ = _import(tmp_path, text)
    assert [(s.kicker, s.headline) for s in page.stories] == [(None, "图书角开到家门口，你去过吗？"),
                                                              ("守护平安 温暖同行", "夜巡队来了！")]
    assert [s.paragraphs for s in page.stories] == [[BODY_A, BODY_B], [BODY_C, BODY_D]]


def test_one_blank_line_everywhere(tmp_path):
    """Spacing tells nothing: the banner is known by its shape over the first heading, a line
    under a byline is body, captions are known by their shape (and said to be)."""
    text = "\n\n".join([
        "我县：便民服务暖民心", "文明新风 润泽乡里", "青石镇：图书角里书香浓", "本报记者 王晨",
        "在青石镇新时代文明实", "践站，村民正在阅读。", BODY_A,
        "青石镇的孩子们在图书角里认真阅读。",
        "河湾社区：夜巡队守护居民安宁", BODY_C, "居民可以在线预约夜巡队的上门服务。",
        "本版稿件由本报记者 王晨 采写"]) + "\n"
    page, copy = _import(tmp_path, text)
    assert page.banner == {"kicker": None, "headline": "我县：便民服务暖民心", "deck": None}
    first, second = page.stories
    assert (first.kicker, first.headline, first.byline) == ("文明新风 润泽乡里", "青石镇：图书角里书香浓", "本报记者 王晨")
    assert first.paragraphs == ["在青石镇新时代文明实践站，村民正在阅读。", BODY_A]
    assert second.paragraphs == [BODY_C, "居民可以在线预约夜巡队的上门服务。"]
    assert [c.text for c in page.captions] == ["青石镇的孩子们在图书角里认真阅读。"]
    assert page.credits == ["本版稿件由本报记者 王晨 采写"]
    assert [n for n in copy.notices if "shape only" in n] == [
        "page.txt: caption '青石镇的孩子们在图书角里认真阅读。' is known by its shape only (the blank lines around it are no "
        "wider than those between paragraphs): check it is not a story's last paragraph"]


def test_a_deck_as_long_as_the_next_line_is_not_joined_to_it(tmp_path):
    """Two lines of one width read as a wrapped paragraph — not when the first is a dash deck."""
    deck = "——青石社区“垃圾分类站”让群众的获得感成色更足"
    half = "近日，青石社区派出所升级了垃圾分类站的设施，吸引"      # as long as the deck, cut at a column end
    text = "“垃圾分类站”暖民心\n" + deck + "\n" + half + "\n了很多居民参与。\n" + BODY_C + "\n"
    assert len(deck) == len(half)
    page, _ = _import(tmp_path, text)
    (story,) = page.stories
    assert (story.headline, story.deck) == ("“垃圾分类站”暖民心", deck)
    assert story.paragraphs == [half + "了很多居民参与。", BODY_C]


def test_four_heading_lines_in_a_row_keep_every_line_and_say_where_they_guessed(tmp_path):
    """Four short lines over one body: a heading has at most three (引题, 主题, 副题), so where the
    story's heading starts is a guess — kept and shown, never dropped."""
    text = "\n".join(["暖心服务进万家", "文明新风 润泽乡里", "青石镇：图书角里书香浓", "全镇新设图书角12个",
                      "", BODY_A, BODY_B]) + "\n"
    page, copy = _import(tmp_path, text)
    (story,) = page.stories
    assert (story.kicker, story.headline, story.deck) == ("文明新风 润泽乡里", "青石镇：图书角里书香浓", "全镇新设图书角12个")
    assert page.banner["headline"] == "暖心服务进万家"
    assert story.confidence < 0.6 and page.banner_confidence < 0.6
    assert sum("is a guess" in n for n in copy.notices) == 2


def test_a_kicker_with_a_comma_over_its_headline(tmp_path):
    """引题 often hold a comma; one over a headline is a kicker, while the same shape over running
    text is the first half of a broken sentence."""
    text = "\n".join(["践行初心使命，建设美好家园", "青石镇：图书角里书香浓", "", BODY_A,
                      "今年以来，青石镇党群服务中", "心开展读书活动。", "", "", "守护平安 温暖同行", "河湾社区：夜巡队守护居民安宁",
                      "", BODY_C]) + "\n"
    page, _ = _import(tmp_path, text)
    first, second = page.stories
    assert (first.kicker, first.headline) == ("践行初心使命，建设美好家园", "青石镇：图书角里书香浓")
    assert first.paragraphs == [BODY_A, "今年以来，青石镇党群服务中心开展读书活动。"]
    assert (second.kicker, second.headline, second.paragraphs) == ("守护平安 温暖同行", "河湾社区：夜巡队守护居民安宁", [BODY_C])


# --- a printed page's caption with running text after it (issue 10) ---

SHOWN = "摊主老彭在白沙街道的电商直播间练习书法。"


def _printed_blocks(caption: str) -> list[tuple[str, int]]:
    # a printed page's text after unpdf: paragraphs close, parts two blank lines apart; pdftotext put
    # another column of the story under the photo's caption
    return [("白沙街道电商直播间见实效", 2), ("本报记者 陈思", 0),
            ("今年以来，白沙街道巡查街巷同比增长18%，为乡村振兴注入了新动能。", 0),
            ("居民丁秀英介绍，电商直播间自4月13日启用以来，已累计接待群众2009件。", 0),
            (caption, 2),
            ("店主刘明介绍，直播间每周开播三次，已累计开展活动2222件，吸引了周边不少村民前来观看学习。", 2),
            ("通过APP平台，居民可以在线预约电商直播间的服务，办理时间缩短了一半，群众满意度明显提升。", 0)]


def test_a_sentence_showing_someone_somewhere_set_apart_on_a_printed_page_is_a_caption():
    page = parse(_printed_blocks(SHOWN), printed=True)
    assert [c.text for c in page.captions] == [SHOWN]
    assert len(page.stories) == 1 and SHOWN not in page.stories[0].paragraphs
    assert len(page.stories[0].paragraphs) == 4


def test_a_set_apart_sentence_is_a_caption_only_on_a_printed_page_and_only_when_it_shows_a_scene():
    # copy as it arrives: its spacing is the reporter's, running text may follow a short paragraph
    page = parse(_printed_blocks(SHOWN), printed=False)
    assert page.captions == [] and SHOWN in page.stories[0].paragraphs
    # a printed page's one-sentence paragraph that shows no one anywhere is running text
    report = "据了解，白沙街道还将推广这一做法。"
    page = parse(_printed_blocks(report), printed=True)
    assert page.captions == [] and report in page.stories[0].paragraphs
    # …and so is a scene with text right under it (not set apart below)
    blocks = _printed_blocks(SHOWN)
    blocks[5] = (blocks[5][0], 0)
    page = parse(blocks, printed=True)
    assert page.captions == [] and SHOWN in page.stories[0].paragraphs


def test_two_phrases_either_side_of_a_comma_over_a_sentence_are_running_text_not_a_kicker():
    # a story's last paragraph cut after 长乐 (its rest went elsewhere), a photo's caption under it:
    # '7月8日，记者走进长乐' has a kicker's shape, but a kicker stands over a headline, not over a sentence
    blocks = [("“APP预约平台”见实效", 2), ("本报记者 赵建国", 0),
              ("今年以来，长乐乡培训农民同比增长19.5%，群众满意度明显提升，受到居民普遍欢迎和好评。", 0),
              ("7月8日，记者走进长乐", 0), ("镇长高卫东（右）在APP预约平台为网格员讲解。", 2)]
    page = parse(blocks, printed=True)
    assert page.banner is None
    assert page.stories[0].paragraphs[-1] == "7月8日，记者走进长乐"
    assert [c.text for c in page.captions] == ["镇长高卫东（右）在APP预约平台为网格员讲解。"]
    # over a headline, the same shape is a kicker
    kicker = parse([("践行初心使命，建设美好家园", 2), ("青石镇：便民服务暖人心", 0),
                    ("今年以来，青石镇把便民服务作为重点工作，推出了多项便民举措，群众反响良好。", 0)])
    assert kicker.stories[0].kicker == "践行初心使命，建设美好家园"


# --- a photo that opens a story, over its heading (compose: no two headlines side by side) ---

OPENING = "河湾社区的志愿者在夜巡队里开展安全巡查。"


def _photo_on_top(banner: bool) -> list[tuple[str, int]]:
    # a printed page's text: the photo's caption right under the banner (or first on the page), then
    # the story's heading, byline and body — no blank line sets the caption apart
    head = [("我县：共建共享新家园", 0), ("——我县城乡社区建设纪实", 0)] if banner else []
    return head + [(OPENING, 0), ("河湾社区：“夜巡队”守护居民安宁", 2), ("本报记者 王晨", 0),
                   ("近日，河湾社区组建了一支由党员和居民组成的夜巡队，每晚在街巷开展安全巡查。", 0),
                   ("截至目前，夜巡队已排查整改隐患52处，受到居民普遍欢迎。", 0),
                   # the next story, its photo's caption set apart at its end
                   ("青石镇：图书角里书香浓", 2), ("本报记者 李航", 0),
                   ("青石镇党群服务中心的图书角每天开放十个小时，已接待读者三千多人次。", 0),
                   ("据了解，青石镇还将在各村推广图书角的做法，让更多孩子爱上阅读。", 0),
                   ("青石镇的孩子们在图书角里认真阅读。", 2)]


def test_a_caption_over_a_heading_under_the_banner_is_no_page_lead():
    for banner in (True, False):
        page = parse(_photo_on_top(banner), printed=True)
        assert [c.text for c in page.captions] == [OPENING, "青石镇的孩子们在图书角里认真阅读。"], banner
        assert not any(OPENING in p for s in page.stories for p in s.paragraphs)
        assert page.lead == [] and [s.headline for s in page.stories] == ["河湾社区：“夜巡队”守护居民安宁",
                                                                          "青石镇：图书角里书香浓"]
        assert (page.banner or {}).get("headline") == ("我县：共建共享新家园" if banner else None)
    # a printed page's page lead that shows no scene stays the lead
    blocks = _photo_on_top(True)
    blocks[2] = ("今年以来，我县把便民服务送到群众家门口。", 0)
    page = parse(blocks, printed=True)
    assert OPENING not in [c.text for c in page.captions] and page.lead == ["今年以来，我县把便民服务送到群众家门口。"]


def test_a_banners_page_lead_then_a_photos_caption_over_the_first_story_is_banner_and_lead():
    # a printed page's text: the banner (no kicker, no place), its page lead in one paragraph, the
    # caption of a photo set between the lead and the first story's heading, then that story
    blocks = [("金秋时节 处处是丰收", 0),
              ("本版今起推出“身边的变化”专栏，带您走进基层一线，看看老百姓家门口的新变化。一年来，我市共实施民生项目106个。", 0),
              ("选手袁秀兰带领市民热身。", 2),
              ("城南镇：全民健身热 社区运动会“火”起来", 2), ("记者 曹丽娟", 0),
              ("“下了班来打一场球，一天的累都没了。”家住城南镇的袁大爷今年78岁，一边比画一边告诉记者。", 0),
              ("据介绍，6月19日以来，城南镇的社区运动场几乎天天“满员”。", 0)]
    page = parse(blocks, printed=True)
    assert (page.banner or {}).get("headline") == "金秋时节 处处是丰收"
    assert page.lead == [blocks[1][0]]
    assert [s.headline for s in page.stories] == ["城南镇：全民健身热 社区运动会“火”起来"]
    assert [c.text for c in page.captions] == ["选手袁秀兰带领市民热身。"]


def test_the_page_staffs_credits_on_one_line_over_the_banner_stay_credits(tmp_path):
    # pypdfium2's text of a printed page: the staff's credits on one line at the top, wide spaces apart,
    # then the banner with its deck on one line — a 校对's credit is no heading line over the banner
    text = ("责任编辑 曾雨轩　　版式设计 杨永福　　校对 朱国庆\n小事连着大民生 ——丰乐县城乡建设见闻\n"
            "从 “忧居”到 “优居”\n康乐乡：17 部电梯“装”进居民心里\n本报记者 郑桂芳\n"
            "“他们把电梯井挪开了半\n米，我家的窗户一点没挡，我\n就签了字。”家住康乐乡的宋\n老伯今年 90 岁，说起外墙保\n"
            "温，笑得合不拢嘴。\n数据显示，设计方案前后\n改了 21 稿，最终全楼住户都\n签了字。“以前下楼买个菜要\n"
            "歇三回，现在按一下按钮就到\n楼下了。”居民田欣怡说。\n华山街道北塘社区儿科门诊受欢迎\n本报讯 今年以来，华山\n"
            "街道北塘社区把儿科门诊作为\n民生实事来抓，让好事办得更\n实在。区人民医院新添了 CT\n机和 DR 设备，上班族在家\n"
            "门口就能做检查。\n")
    page, _ = _import(tmp_path, text)
    assert page.credits[:3] == ["责任编辑 曾雨轩", "版式设计 杨永福", "校对 朱国庆"]
    assert page.banner == {"kicker": None, "headline": "小事连着大民生", "deck": "——丰乐县城乡建设见闻"}
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("从“忧居”到“优居”", "康乐乡：17部电梯“装”进居民心里"), (None, "华山街道北塘社区儿科门诊受欢迎")]


STORY_IN_COLUMNS = ("交通惠民 走进大桥镇太平村\n一条路 富了一方人\n本报记者 薛永福\n近日，大桥镇太平村的通\n"
                    "村公路正式投入使用。今年，\n大桥镇太平村新增通村公路\n22 处，基本解决了老城区停\n车难的问题。\n"
                    "记者了解到，收费站新增\n了 6 条 ETC 车道，高峰时段\n通行时间缩短了一半。乘客\n可以通过 APP 查询车辆到站\n"
                    "时间，不用再在路边干等。\n"
                    "华山街道北塘社区儿科门诊受欢迎\n本报讯 今年以来，华山\n街道北塘社区把儿科门诊作为\n民生实事来抓，让好事办得更\n"
                    "实在。区人民医院新添了 CT\n机和 DR 设备，上班族在家\n门口就能做检查。\n"
                    "患者潘志刚表示，将把这\n件实事办好办实，切实增强群\n众的获得感。\n")


def test_paragraphs_set_across_the_page_under_the_first_heading_are_the_banners_lead(tmp_path):
    # pypdfium2's text of a printed page: the banner, its lead in two paragraphs set across the page
    # (lines three times a column's measure), then a story in its columns
    text = ("版式设计 丁淑芬\n金秋时节 处处是丰收\n一年来，平湖市共投入资金 17 亿元，实施民生项目 34 个，完成率 100%。\n"
            "从老旧小区加装电梯到村口的共享菜园，从社区食堂到夜间门诊，一件件小事连\n"
            "起了大民生。本版今起推出 “身边的变化” 专栏，带您走进基层一线，看看老百\n姓家门口的新变化。\n"
            + STORY_IN_COLUMNS)
    page, _ = _import(tmp_path, text)
    assert page.banner == {"kicker": None, "headline": "金秋时节 处处是丰收", "deck": None}
    assert len(page.lead) == 2 and page.lead[0].startswith("一年来") and page.lead[1].endswith("新变化。")
    assert [(s.kicker, s.headline) for s in page.stories] == [("交通惠民 走进大桥镇太平村", "一条路 富了一方人"),
                                                             (None, "华山街道北塘社区儿科门诊受欢迎")]
    # … sure enough not to be shown as a guess, whatever the banner's shape (the measure tells)
    page, _ = _import(tmp_path, text.replace("金秋时节 处处是丰收", "小事连着大民生"))
    assert page.banner["headline"] == "小事连着大民生" and page.banner_confidence >= 0.6
    # the same two paragraphs set in the page's columns are the first story's, under its headline
    text = ("版式设计 丁淑芬\n金秋时节 处处是丰收\n一年来，平湖市共投入\n资金 17 亿元，实施民生项\n目 34 个，完成率 100%。\n"
            "从老旧小区加装电梯到村\n口的共享菜园，从社区食堂到\n夜间门诊，一件件小事连起了\n大民生。\n" + STORY_IN_COLUMNS)
    page, _ = _import(tmp_path, text)
    assert page.banner is None and page.lead == []
    assert [s.headline for s in page.stories] == ["金秋时节 处处是丰收", "一条路 富了一方人", "华山街道北塘社区儿科门诊受欢迎"]


def test_no_paragraph_stands_out_as_set_wide_in_copy_of_a_paragraph_a_line():
    from layout_app.intake.typesizes import wide_blocks
    # copy as it arrives, a paragraph a line (one sentence broken at a column end made it look printed):
    # every paragraph is "wide", so none tells a page lead
    lines = ["红旗街道：农村公交正式通车", "",
             "入冬以来，红旗街道农村公交的工作一刻没有停。工程负责人介绍，农村公交预计12月11日前全部完工。", "",
             "记者了解到，1月15日起，镇规划所新开通的农村公交正式运行，首班车6:3", "0发车，末班车21:30收车。", "",
             "钱从哪里来？今年，红旗街道新增农村公交49处，基本解决了老城区停车难的问题。"]
    blocks = [("红旗街道：农村公交正式通车", 1), (lines[2], 1), (lines[4] + lines[5], 1), (lines[7], 1)]
    assert wide_blocks(blocks, lines, 13) == set()
    # the same paragraphs among a page's column lines stand out
    column = ["近日，大桥镇太平村的通", "村公路正式投入使用。今年，", "大桥镇太平村新增通村公路", "22 处，基本解决了老城区停",
              "车难的问题。", "记者了解到，收费站新增", "了 6 条 ETC 车道，高峰时段", "通行时间缩短了一半。乘客",
              "可以通过 APP 查询车辆到站", "时间，不用再在路边干等。"]
    assert wide_blocks(blocks, lines + column, 13) == {1, 2, 3}


def test_a_photos_caption_between_a_heading_and_its_byline_is_a_caption():
    # text taken out of a printed page: the photo set under the headline leaves its caption between
    # the headline and the byline — no running text stands there
    blocks = [("“村BA”打出精气神", 2), ("图为红旗乡乒乓球赛吸引了众多村民。", 0), ("本报记者 萧丽娟 通讯员 吕浩 文/图", 0),
              ("1月25日上午，红旗乡五号楼格外热闹。区文体旅游局还请来专业教练，免费为村民提供健身指导。", 0),
              ("据了解，比赛设男子组、女子组和少年组，选手年龄最大的62岁，最小的只有9岁。", 0)]
    page = parse(blocks, printed=True)
    assert [(s.headline, s.byline, len(s.paragraphs)) for s in page.stories] == [
        ("“村BA”打出精气神", "本报记者 萧丽娟 通讯员 吕浩 文/图", 2)]
    assert [c.text for c in page.captions] == ["图为红旗乡乒乓球赛吸引了众多村民。"]
    # a sentence that reports (a figure counted) is no caption, wherever it stands
    blocks[1] = ("红旗乡今年新建球场12处。", 0)
    page = parse(blocks, printed=True)
    assert "红旗乡今年新建球场12处。" not in [c.text for c in page.captions]


def test_a_question_on_what_was_said_before_is_running_text_not_a_headline():
    # a paragraph's opening question split from its answer at a column line's end: it asks of what the
    # text above told ('这样的变化…'), so it goes on in the story — no headline opens on 这样的
    blocks = [("红旗乡：戏曲进村来到家门口", 2), ("本报记者 杨立新", 0),
              ("5月6日晚，红旗乡的安置小区锣鼓喧天，区文化馆的送戏下乡在这里上演。", 0),
              ("据了解，红旗乡全年共演出46场，观众达24万人次。", 0),
              ("这样的变化是怎么来的？", 0),
              ("一曲唱罢，台下掌声雷动，79岁的杨大爷跟着哼了起来。台下座无虚席，不少书画爱好者早早搬来板凳占位置。", 0)]
    page = parse(blocks, printed=True)
    assert [s.headline for s in page.stories] == ["红旗乡：戏曲进村来到家门口"]
    assert page.stories[0].paragraphs[2] == "这样的变化是怎么来的？"
    # a headline that asks, standing on its own, is still one
    blocks[4] = ("图书角开到家门口，你去过吗？", 2)
    page = parse(blocks, printed=True)
    assert [s.headline for s in page.stories] == ["红旗乡：戏曲进村来到家门口", "图书角开到家门口，你去过吗？"]


def test_a_line_opening_on_a_places_label_goes_on_no_sentence(tmp_path):
    # pdftotext -raw of a printed page's top: the banner and its deck, then the first story's kicker
    # and headline cut at their marks, then its text — the kicker ends no sentence, but the line under
    # it opens on a place's label and its colon, which running text never does: no paragraph goes on
    # into it (the page's first story kept its headline; the banner did not take the story's text)
    lines = ["秋收时节，前进街道的田野里一片金黄", "前进街道：小小柑橘“串”起致富路",
             "今年以来，前进街道把柑橘作为民生实事来抓，让群众的日子越过越红火。"]
    assert [t for t, _ in join_broken_lines(lines, printed=True)] == lines
    text = ("版式设计 曹亮\n身边的变化 暖心的温度\n——来自基层一线的报道\n秋收时节，\n前进街道的田野里一片金黄\n前进街道：\n"
            "小小柑橘\n“串”\n起致富路\n今年以来，前进街道把柑\n橘作为民生实事来抓，让群众\n的日子越过越红火。眼下,前\n"
            "进街道的柑橘已收获过半，收\n购价格比去年略有上涨。\n今年苏丽娟种了 692 亩\n柑橘,亩产比去年增加了近\n"
            "11 公斤。地头上，收购商的\n货车排成了长队,一筐筐柑橘\n刚过完秤就装上了车。\n就业驿站“火”了\n本报讯 近日，团结镇\n"
            "朝阳村的就业驿站正式投入\n使用。每到傍晚，村口的就\n业驿站就热闹起来。\n")
    page, _ = _import(tmp_path, text)
    assert page.banner == {"kicker": None, "headline": "身边的变化 暖心的温度", "deck": "——来自基层一线的报道"}
    assert [(s.kicker, s.headline) for s in page.stories][0] == ("秋收时节，前进街道的田野里一片金黄",
                                                                  "前进街道：小小柑橘“串”起致富路")


def test_captions_set_apart_on_a_page_of_few_paragraphs_are_captions():
    # copy as it arrives with paragraphs one blank line apart and captions three apart; the page has
    # so few paragraphs that the captions' own gaps outnumber the paragraphs' — the measure of a
    # paragraph's spacing is taken from the paragraphs, not from the sentences standing apart
    blocks = [("花园镇：编程课进课堂", 2),
              ("本报讯（记者 朱秀兰）11月5日，记者来到花园镇，只见干净整洁，秩序井然。每天下午放学后，城关小学的编程课准时开课。", 1),
              ("花园镇孩子们展示自己的作品。", 3),
              ("牛角镇：家庭医生工作室开诊", 2),
              ("今年以来，牛角镇把家庭医生工作室作为民生实事来抓，群众满意度不断提升，重点人群实现应签尽签。", 1),
              ("候诊区里，护士耐心地为老人讲解预约和缴费的流程，社区卫生服务中心新添了CT机和DR设备。", 1),
              ("牛角镇的老人排队体检。", 3),
              ("家长和孩子一起参加编程课。", 3)]
    page = parse(blocks)
    assert [c.text for c in page.captions] == ["花园镇孩子们展示自己的作品。", "牛角镇的老人排队体检。", "家长和孩子一起参加编程课。"]
    assert [len(s.paragraphs) for s in page.stories] == [1, 2]


def test_a_byline_wrapped_in_its_frame_is_one_byline():
    """A byline too long for its frame comes as two lines (a PDF read with its sizes sets them
    apart: the label and first name in one size, the rest in another): both name the story's
    reporters — but a dateline after a byline opens the text."""
    text = "记者了解到，签约患者可以通过手机预约上门服务，常见病不出社区就能看好。"
    page = parse([("中医诊室为健康“加码”", 0), ("本报记者 杜晓燕", 0), ("通讯员 高红梅 文/图", 0), (text, 0)])
    assert [(s.headline, s.byline, s.paragraphs) for s in page.stories] == [
        ("中医诊室为健康“加码”", "本报记者 杜晓燕 通讯员 高红梅 文/图", [text])]
    page = parse([("中医诊室为健康“加码”", 0), ("本报记者 杜晓燕", 0), ("本报讯", 0), (text, 0)])
    assert not any("本报讯" in (s.byline or "") for s in page.stories)


def test_a_dash_deck_naming_a_village_called_hongqi_is_no_banners_deck():
    """旗 ends a county's name in Inner Mongolia (…旗); '——牛角镇红旗社区高山茶见闻' names a town's
    community: the story's deck, not a page banner's."""
    from layout_app.intake.structure import BANNER_DECK
    assert not BANNER_DECK.search("——牛角镇红旗社区高山茶见闻")
    assert BANNER_DECK.search("——达拉特旗为民办实事工作综述") and BANNER_DECK.search("——临江市城乡建设见闻")


def test_a_byline_never_runs_on_into_the_text_under_it():
    # a printed page's text: unpdf joined the column lines; stories stand two blank lines apart. The
    # byline stops on a name, not on a mark, right under the photo's caption (a sentence, as running
    # text ends) — like a paragraph's first half — yet no sentence goes on from a byline
    for byline in ("本报记者 蔡卫国 文/图", "本报通讯员 吕红梅", "记者 叶晓燕 通讯员 郭亮"):
        lines = ["“明年还来！”沈大爷笑着说。", "", "", "老年活动中心“香”飘邻里", "胜利街道，志愿者为老人送餐。", byline,
                 "3月8日，记者来到胜利街道，只见一派忙碌景象。为方便老人，活动中心每天开放"]
        assert [t for t, _ in join_broken_lines(lines, printed=True)] == [l for l in lines if l]
    # a brief's dateline cut at the column's end does go on
    assert join_broken_lines(["本报讯（记者 卢永福）入", "冬以来，胜利街道的工作一刻没有停。"], printed=True)[0][0] == \
        "本报讯（记者 卢永福）入冬以来，胜利街道的工作一刻没有停。"


def test_two_captions_between_a_heading_and_the_dateline_that_opens_its_text_are_captions():
    # a printed page's text: the photos set under the headline leave their captions (the first with
    # its credit) between the headline and the brief's dateline — no running text stands before it
    blocks = [("据介绍，明年三元镇还将在58个村（社区）推广这一做法。", 0), ("马鞍街道：“双减”之下 科技社团有声有色", 2),
              ("马鞍街道学生们在操场上种菜。本报记者唐振华摄", 0), ("马鞍街道，孩子们展示自己的作品。", 0),
              ("本报讯 走进马鞍街道安置小区，干净整洁，秩序井然。第二中学已有4574多名学生参加。", 0),
              ("记者了解到，近日，老师吕淑芬手把手地教孩子们学习科技社团。", 0)]
    page = parse(blocks, printed=True)
    assert [(s.headline, len(s.paragraphs)) for s in page.stories][-1:] == [("马鞍街道：“双减”之下 科技社团有声有色", 2)]
    assert [c.text for c in page.captions] == ["马鞍街道学生们在操场上种菜。本报记者唐振华摄", "马鞍街道，孩子们展示自己的作品。"]
    assert not page.unassigned
    # in copy as it arrives a short sentence under the headline may be the story's own first paragraph
    page = parse(blocks[1:3] + blocks[4:])
    assert page.stories[-1].headline == "马鞍街道：“双减”之下 科技社团有声有色"


@pytest.mark.parametrize("top,banner", [
    ("奋进新时代 建功新东城区", True),       # the county the page covers: the page's banner
    ("奋进新时代 建功新我县", True),
    ("文明新风 润泽乡里", False),            # a kicker's slogan names no county
    ("幸福养老 走进东城区", False),          # taking the reader somewhere: a story's kicker
    ("走进社区 服务居民", False),
])
def test_a_theme_naming_the_county_over_the_first_headline_is_the_pages_banner(top, banner):
    blocks = [(top, 0), ("植树造林还河畅水清", 0), ("——康乐街道植树造林见闻", 0),
              ("“垃圾少了，我们扫起来也轻松了。”家住康乐街道的吴奶奶今年66岁，说起植树造林，笑得合不拢嘴。", 0),
              ("据了解，林业站在康乐街道推行“河长制”，每段河道都有专人负责巡查。", 0)]
    page = parse(blocks, printed=True)
    assert (page.banner or {}).get("headline") == (top if banner else None)
    assert page.stories[0].kicker == (None if banner else top)
    assert page.stories[0].headline == "植树造林还河畅水清"


def test_a_kicker_opening_on_its_places_label_runs_on_into_no_headline():
    # the kicker holds a comma (a pause), yet opens on a place's label and its colon, which running text
    # never does: it stays over its headline (the story was read as the page lead's first paragraph)
    lines = ["“明年还来！”沈大爷笑着说。", "", "", "我县：实事办到心坎上", "丰收街道大桥村：你争我抢，场边喝彩声不断",
             "跑出精气神 赛出好风采 登山节点燃运动激情", "——区体育中心举办登山节",
             "本报讯（记者 徐玉珍 通讯员 吕敏）入冬以来，丰收街道大桥村登山节的工作一刻没有停。"]
    assert [t for t, _ in join_broken_lines(lines, printed=True)] == [l for l in lines if l]
    # a sentence broken after its comma still runs on into the rest of it
    lines[4:6] = ["据了解，丰收街道大桥村的村", "民自发组成了啦啦队。"]
    assert [t for t, _ in join_broken_lines(lines, printed=True)][2] == "据了解，丰收街道大桥村的村民自发组成了啦啦队。"


def test_a_printed_pages_blank_lines_are_no_writers_gaps_a_kicker_with_its_comma_stays_over_its_headline():
    # text taken out of a PDF: the extraction's blank lines (two, after a column) do not make the kicker
    # with its comma the first half of a paragraph under the page's credits
    lines = ["校对 徐欣怡", "本版编辑 阎晓燕", "秋收时节，兴隆街道的田野里一片金黄", "田野里的好“丰”景 金秋好“丰”景",
             "——记村党支部书记魏卫国", "走进兴隆街道新村，一派忙碌景象。", "", "", "老有所养 老有所乐"]
    assert [t for t, _ in join_broken_lines(lines, printed=True)][2:4] == lines[2:4]
    # copy as it arrives, stories set apart by two blank lines: there a line with a comma close under
    # running text is the first half of its paragraph
    arrival = ["青石镇：图书角里书香浓", "", "", "在青石镇新时代文明实践站，村民正在", "阅读。"]
    assert [t for t, _ in join_broken_lines(arrival)][1] == "在青石镇新时代文明实践站，村民正在阅读。"


def test_a_story_whose_text_runs_across_a_guessed_column_order_says_so():
    # pdftotext's default text: the order of two column lines was a guess; the story whose paragraphs
    # run across that seam is only as sure as the guess, and says which kind of doubt it is
    from layout_app.intake.importer import _column_doubts
    from layout_app.intake.notices import COLUMNS_STORY, PARTS_GUESS_PRINTED
    from layout_app.intake.pdfcolumns import Unsure
    from layout_app.intake.structure import PageCopy, StoryParts, notices

    page = PageCopy(stories=[
        StoryParts(headline="镇就业服务站：招聘会搭起就业“连心桥”", paragraphs=[
            "据了解，今年以来，镇就业服务站已组织招聘会12场，每到傍晚，汽车站的招聘会就热闹起来，上午9点开始。"]),
        StoryParts(headline="让老人吃上“放心饭”", paragraphs=["本报讯 近日，康乐镇的老年食堂正式投入使用。"]),
        StoryParts(kicker="关爱老人", headline="养老驿站开张了", confidence=0.5, doubt="printed",
                   paragraphs=["每到傍晚，汽车站的招聘会就热闹起来，上午 9 点开始。"])])
    _column_doubts(page, [Unsure(["每到傍晚，汽车站", "的招聘会就热闹起来,上午 9"])])
    first, second, third = page.stories
    assert (first.confidence, first.doubt) == (0.5, "columns")
    assert (second.confidence, second.doubt) == (1.0, "")          # its text holds no guessed seam
    assert (third.confidence, third.doubt) == (0.5, "printed")     # already a guess: its own notice kept
    said = [(n.template, n.args.get("k")) for n in notices(page)]
    assert (COLUMNS_STORY, "s1") in said and (PARTS_GUESS_PRINTED, "s3") in said


def test_a_story_whose_text_breaks_off_mid_sentence_says_where():
    # pdftotext's default text: a column of one story went into another. The paragraph it left stops
    # mid-sentence, or the story opens on a quote's tail: a page editor reads a cut and checks it
    from layout_app.intake.importer import _sentence_doubts
    from layout_app.intake.notices import PARTS_GUESS_PRINTED, SENTENCE_CUT
    from layout_app.intake.structure import LOW, PageCopy, StoryParts, notices

    page = PageCopy(stories=[
        StoryParts(headline="镇就业服务站：招聘会搭起就业“连心桥”", paragraphs=[
            "据了解，今年以来，镇就业服务站已组织招聘会12场，每到傍晚，汽车站的招聘会就", "“在家门口就能找到工作。”"]),
        StoryParts(headline="让老人吃上“放心饭”", paragraphs=[
            "本报讯 近日，康乐镇的老年食堂正式投入使用。食堂提供三样服务：", "送餐上门、助浴、理发。",
            "（记者 王晨）"]),
        StoryParts(headline="课后服务有声有色", paragraphs=["傅卫国说。戴上VR眼镜，孩子们走进了太空。"]),
        StoryParts(headline="他说，路修好了", paragraphs=["他说，这些年村里的路修好了。"]),
        StoryParts(headline="区人民医院新添了CT机", paragraphs=["和DR设备，老人在家门口就能做检查。"]),
        StoryParts(headline="和美乡村建设见成效", paragraphs=["和美乡村建设让村民的日子越过越红火。"]),
        StoryParts(kicker="关爱老人", headline="养老驿站开张了", confidence=0.5, doubt="printed",
                   paragraphs=["每到傍晚，汽车站的招聘会就"])])
    _sentence_doubts(page)
    cut, whole, tail, said, listed, harmony, guessed = page.stories
    assert (cut.confidence, cut.doubt, cut.cut) == (0.5, "sentence", "…到傍晚，汽车站的招聘会就")
    assert whole.confidence == 1.0 and not whole.doubt         # a colon before what it lists, a dateline's close
    assert (tail.confidence, tail.cut) == (0.5, "傅卫国说。戴上VR眼镜，…")
    assert said.confidence == 1.0                          # 他说，… opens a paragraph of reported speech
    assert (listed.confidence, listed.cut) == (0.5, "和DR设备，老人在家门口…")    # the list's next item
    assert harmony.confidence == 1.0                       # 和美乡村: a word, no list going on
    assert (guessed.confidence, guessed.doubt) == (0.5, "printed")     # already a guess: its own notice
    shown = {n.args["k"]: n for n in notices(page) if "k" in n.args}
    assert shown["s1"].template == SENTENCE_CUT and "汽车站的招聘会就" in shown["s1"]
    assert shown["s3"].template == SENTENCE_CUT and shown["s7"].template == PARTS_GUESS_PRINTED
    assert all(s.confidence >= LOW for s in (whole, said, harmony)) and set(shown) == {"s1", "s3", "s5", "s7"}


def test_a_captions_photo_credit_keeps_the_spaces_between_its_names():
    # repair closes up spaces between Chinese characters in running text; a photo's credit after its
    # caption sets its names apart with them (本报记者 赵欣怡 摄), as the credit prints
    from layout_app.intake.repair import clean_line

    assert clean_line("五里乡朝阳社区演员为观众表演。 本报记者 赵欣怡 摄") == "五里乡朝阳社区演员为观众表演。本报记者 赵欣怡 摄"
    assert clean_line("村民在河边清捡垃圾。 （ 曹立新  摄 ）") == "村民在河边清捡垃圾。（曹立新 摄）"
    assert clean_line("村民 在河边 清捡垃圾，孩子们在 一旁。") == "村民在河边清捡垃圾，孩子们在一旁。"


def test_a_page_lead_breaking_off_mid_sentence_is_said():
    # a kicker's line run into the page lead (pdftotext's default text): the lead has no confidence of
    # its own, so the page's notices say where it breaks off
    from layout_app.intake.importer import _sentence_doubts
    from layout_app.intake.notices import LEAD_CUT
    from layout_app.intake.structure import PageCopy, notices

    page = PageCopy(lead=["今年以来，我区围绕群众“急难愁盼”，把民生实事办到百姓心坎上。", "夜幕降临，安置小区的灯亮了起来"])
    _sentence_doubts(page)
    said = [n for n in notices(page) if n.template == LEAD_CUT]
    assert [n.args["cut"] for n in said] == ["…临，安置小区的灯亮了起来"]
    whole = PageCopy(lead=["今年以来，我区围绕群众“急难愁盼”，把民生实事办到百姓心坎上。"])
    _sentence_doubts(whole)
    assert not [n for n in notices(whole) if n.template == LEAD_CUT]


def _two_heading_lines(upper: str, lower: str) -> list[tuple[str, int]]:
    # (a story before them: the page's first heading lines may be its banner)
    return [("城南农贸市场焕然一新", 0), ("本报记者 王晨", 0), ("改造后的城南农贸市场划分了蔬菜、水产、熟食等区域，地面干净，摊位整齐。", 0),
            ("在此经营了十多年的摊主王秀英说，现在顾客多了，生意也好做了。", 0), (upper, 2), (lower, 0), ("本报记者 陈思", 0),
            ("今年以来，北塘社区为老旧小区加装电梯12部，居民上下楼不再犯难。", 0),
            ("居民丁秀英说，以前买菜回来要歇好几回，现在按一下按钮就到家了。", 0)]


def test_two_heading_lines_compose_would_never_break_as_one_headline_are_a_sure_kicker_and_headline():
    """In a printed page's text the type sizes are lost: two heading lines read as a kicker over its
    headline, but could be one headline in two lines — a guess to check. Not where compose would never
    have broken one headline there: it breaks at its most even pause, and '关爱老人 情暖重阳 敬老月里话养老'
    over '爱心餐厅开张了' (16 and 7) would have broken after 重阳 (8 and 15). Where it could have
    ('让群众少跑腿，办事更省心' / '便民服务站开进小区'), still a guess; and pdftotext's column flows, whose
    heading lines are put beside their columns by guesses of their own, always a guess."""
    _, s = parse(_two_heading_lines("关爱老人 情暖重阳 敬老月里话养老", "爱心餐厅开张了"), printed=True).stories
    assert (s.kicker, s.headline) == ("关爱老人 情暖重阳 敬老月里话养老", "爱心餐厅开张了") and s.confidence >= LOW
    _, s = parse(_two_heading_lines("让群众少跑腿，办事更省心", "便民服务站开进小区"), printed=True).stories
    assert s.kicker == "让群众少跑腿，办事更省心" and s.confidence < LOW and s.doubt == "printed"
    _, s = parse(_two_heading_lines("关爱老人 情暖重阳 敬老月里话养老", "爱心餐厅开张了"), printed=True, flowed=True).stories
    assert s.confidence < LOW
