"""A poem in 副刊 copy (review28 finding 1): its lines and stanza breaks kept, its title the piece's
headline (never the page banner), its author the byline, a lone title between stanzas the next poem's
when the title says 外一首. Expectations written by hand from the copy."""
from layout_app.intake.importer import import_copy
from layout_app.intake.verse import find_poems
from tests.intake.imported import import_text

POEM = """诗歌
运河边（外一首）
林一帆

运河在冬天变得很慢
慢得像一封
没有寄出的信

船过去了
水还在
岸边的石阶上
坐着一个等船的人

他等的那条船
三十年前
就已经靠岸

雪

雪落下来的时候
整座城
都安静了

只有桥
还在替人
走过河去
"""

REVIEW = """
书评
在纸上重建一座小城
——读李晓岚长篇小说《河流的记忆》
周明远

　　《河流的记忆》是李晓岚继《南方的门》之后的第三部长篇小说。小说以江南小城“梅镇”为背景，写了一条河在七十年间的改道、淤塞与重生。
　　读这部小说，最先打动我的是它的耐心。作者不急于讲故事，而是用了将近五十页的篇幅写梅镇的一个早晨。
"""

# the poem as the page prints it: 16 lines, a '' at each stanza break, 雪 (index 12) the second poem's title
LINES = ["运河在冬天变得很慢", "慢得像一封", "没有寄出的信", "",
         "船过去了", "水还在", "岸边的石阶上", "坐着一个等船的人", "",
         "他等的那条船", "三十年前", "就已经靠岸",
         "雪",
         "雪落下来的时候", "整座城", "都安静了", "",
         "只有桥", "还在替人", "走过河去"]


def _poem(page):
    (story,) = [s for s in page.stories if s.headline == "运河边（外一首）"]
    return story


def test_a_poem_keeps_its_lines_and_stanza_breaks_and_its_second_title(tmp_path):
    page = import_text(tmp_path, POEM)
    assert page.banner is None                       # a poem's title is never the page banner
    story = _poem(page)
    assert (story.kicker, story.byline) == ("诗歌", "林一帆")
    assert story.paragraphs == LINES
    assert story.subheads == [12]                    # 雪: the second poem's title, inside the piece
    assert story.verse == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19]
    assert len(page.stories) == 1 and not page.unassigned


def test_the_piece_after_the_poem_stands_apart(tmp_path):
    page = import_text(tmp_path, POEM + REVIEW)
    assert _poem(page).paragraphs == LINES           # the review's label and title not run into the poem
    review = page.stories[-1]
    assert (review.kicker, review.headline, review.deck, review.byline) == \
        ("书评", "在纸上重建一座小城", "——读李晓岚长篇小说《河流的记忆》", "周明远")
    assert len(review.paragraphs) == 2 and not review.verse


def test_verse_lines_indented_as_typed_are_kept_the_same(tmp_path):
    indented = "\n".join(("　　" + l if l and i > 3 else l) for i, l in enumerate(POEM.split("\n")))
    assert _poem(import_text(tmp_path, indented)).paragraphs == LINES


def test_import_says_the_lines_were_kept_as_verse(tmp_path):
    f = tmp_path / "fukan.txt"
    f.write_text(POEM, encoding="utf-8")
    _, copy = import_copy(f)
    said = [str(n) for n in copy.notices if "verse" in str(n)]
    assert len(said) == 1 and "运河边（外一首）" in said[0] and "16 short lines" in said[0] \
        and "5 stanzas" in said[0] and "2 poem(s)" in said[0] and "kept" in said[0]


def test_a_name_over_one_short_stanza_is_kept_but_said_as_a_guess(tmp_path):
    # no label, one stanza of four lines under a title and a name: a poem, or a short list
    f = tmp_path / "guess.txt"
    f.write_text("小满\n周明远\n\n麦子在灌浆\n风从南边来\n父亲蹲在田埂上\n数着天上的云\n", encoding="utf-8")
    page, copy = import_copy(f)
    assert page.stories[0].paragraphs == ["麦子在灌浆", "风从南边来", "父亲蹲在田埂上", "数着天上的云"]
    assert page.stories[0].byline == "周明远"
    assert any("a guess" in str(n) for n in copy.notices)


NEWS = """青石镇：图书角里书香浓
本报记者 王晨

　　本报讯　近日，青石镇新建的十二个图书角全部对外开放。
　　图书角设在村委会、祠堂和学校旁，居民可以就近借书。
"""

NEWS_LIST = """今年市级非遗名录新增项目
本报记者 王晨

　　本报讯　市文化和旅游局昨天公布了新增的市级非遗项目。
　　新增项目有：
青石竹编
河湾灯彩
梅镇木雕
南乡剪纸
　　这些项目将获得专项扶持资金。
"""


def test_news_copy_is_never_read_as_verse(tmp_path):
    assert not find_poems(NEWS.split("\n"))
    assert not find_poems(NEWS_LIST.split("\n"))   # a list of short lines under a reporter's story
    page = import_text(tmp_path, NEWS_LIST)
    assert not any(s.verse for s in page.stories)


def test_a_short_line_list_under_a_title_with_no_author_or_label_is_no_poem():
    copy = "活动安排\n\n上午九点\n开幕式\n上午十点\n专题讲座\n下午两点\n现场交流\n".split("\n")
    assert not find_poems(copy)


def test_markdown_hard_breaks_keep_the_poem_too(tmp_path):
    # Markdown: the title a heading, the author a paragraph of its own, lines ending in two spaces
    md = "# 运河边（外一首）\n\n林一帆\n\n" + "\n".join((l + "  " if l else l) for l in POEM.split("\n")[4:])
    page = import_text(tmp_path, md, "poem.md")
    assert page.banner is None
    story = _poem(page)
    assert story.byline == "林一帆" and story.paragraphs == LINES and story.subheads == [12]


def test_short_sentences_under_a_title_and_author_are_prose():
    # a 微小说 typed flush, short paragraphs each ending its sentence: prose, not verse
    copy = "父亲的手机\n赵小禾\n\n他学了三个月。\n只学会了两件事。\n接电话。\n看天气预报。\n他说：“你在北京。”\n".split("\n")
    assert not find_poems(copy)


def test_a_poem_with_no_label_first_on_the_page_is_no_banner(tmp_path):
    page = import_text(tmp_path, "运河边\n林一帆\n\n运河在冬天变得很慢\n慢得像一封\n没有寄出的信\n\n船过去了\n水还在\n岸边的石阶上\n")
    assert page.banner is None
    (story,) = page.stories
    assert (story.headline, story.byline) == ("运河边", "林一帆")
    assert story.paragraphs == ["运河在冬天变得很慢", "慢得像一封", "没有寄出的信", "", "船过去了", "水还在", "岸边的石阶上"]
