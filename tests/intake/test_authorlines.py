"""A 副刊 piece's author under its title is its byline, never its headline (review28 finding 3): 陈静秋
alone, 文／陈静秋, 文/陈静秋, □陈静秋, ◎陈静秋, 陈静秋　文, 陈静秋 著 — where the piece has no 本报讯 or
reporter of its own. Expectations written by hand."""
import pytest

from layout_app.intake.authorlines import author_line, is_name
from tests.intake.imported import import_text

ESSAY = """老屋的窗
{author}

　　老屋在平江路的一条支巷里，青砖，黛瓦，木格子窗。窗是朝北开的，冬天的风从河面上吹过来，先碰到窗，再碰到人。
　　小时候我总趴在那扇窗前写作业。母亲在灶间烧饭，锅铲碰着铁锅，叮叮当当的。
"""


@pytest.mark.parametrize("author", ["陈静秋", "文／陈静秋", "文/陈静秋", "□陈静秋", "◎陈静秋", "陈静秋　文", "陈静秋 著",
                                    "欧阳山", "阿依古丽·买买提"])
def test_the_author_under_a_title_is_the_byline(tmp_path, author):
    page = import_text(tmp_path, ESSAY.format(author=author))
    assert page.banner is None
    (story,) = page.stories
    assert (story.headline, story.byline) == ("老屋的窗", author)     # the copy's own form kept
    assert story.kicker is None and len(story.paragraphs) == 2


def test_under_a_label_title_and_deck_the_name_is_the_byline(tmp_path):
    page = import_text(tmp_path, "书评\n在纸上重建一座小城\n——读李晓岚长篇小说《河流的记忆》\n周明远\n\n"
                                 "　　《河流的记忆》是李晓岚的第三部长篇小说，写了一条河在七十年间的改道、淤塞与重生。\n"
                                 "　　读这部小说，最先打动我的是它的耐心。\n")
    (story,) = page.stories
    assert (story.kicker, story.headline, story.deck, story.byline) == \
        ("书评", "在纸上重建一座小城", "——读李晓岚长篇小说《河流的记忆》", "周明远")


def test_a_short_headline_under_a_kicker_is_no_name(tmp_path):
    # 春到田间 opens on no surname: a four-character headline under its kicker, not an author
    page = import_text(tmp_path, "喜迎新春\n春到田间\n\n　　近日，青石镇的田间地头一片忙碌，村民们趁着好天气翻耕土地。\n"
                                 "　　镇农技站的技术员也来到田间，指导村民科学施肥。\n")
    (story,) = page.stories
    assert (story.kicker, story.headline, story.byline) == ("喜迎新春", "春到田间", None)


def test_a_news_story_keeps_its_reporter_rule(tmp_path):
    # 本报讯 under it: a news story, whose writer is named as its reporter — a name-like line under its
    # kicker is its headline
    page = import_text(tmp_path, "一线见闻\n周家村\n\n　　本报讯（记者 王晨）近日，周家村新修的村道通车了，村民出行更方便了。\n"
                                 "　　村道全长三公里，连通了五个自然村。\n")
    (story,) = page.stories
    assert story.headline == "周家村" and story.byline is None


def test_names_and_signatures():
    assert is_name("陈静秋") and is_name("林一帆") and is_name("司马相如") and not is_name("春到田间")
    assert not is_name("陈静秋好") and not is_name("新春")      # 4 characters on a single surname; no surname
    assert author_line("文／赵小禾") and author_line("◎赵小禾") and author_line("赵小禾　文") and author_line("赵小禾 著")
    assert not author_line("行书") and not author_line("文明新风")
