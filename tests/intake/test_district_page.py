"""A district page written by hand, in words no generator of ours uses (issue 10: structure detection
that generalises): seven stories as a reporter's file gives them, one blank line between every part, so
the spacing sets nothing apart. Its traps: bylines that say who took the photos (本报记者 林晓 文/图),
a story whose heading has no kicker, a dash deck closing a heading, a brief's dateline with its
reporter in brackets (本报讯（记者 孙浩）…), a sentence cut at a column end (种粮大户 / 周建国…), two
captions after the wrong story (one names the lift story's 和平里街道), a caption that shows no 在,
and the page banner with its deck in the middle of the file, after a caption.
The expected structure is written out by hand, reading the copy as a page editor does."""
from pathlib import Path

from layout_app.intake.importer import import_copy
from tests.intake.chars import characters as non_space
from tests.intake.chars import page_characters as output_chars

PAGE = Path(__file__).parent / "samples" / "district_page.txt"

HEADS = [  # kicker, headline, deck, byline, the paragraphs' count and the first paragraph's first words
    ("“小切口”撬动“大民生” 老旧小区迎来新变化", "和平里街道：17部电梯“装”进居民心里", "——加装电梯从“一户难”到“一栋成”",
     "本报记者 陈静 通讯员 赵一鸣", 4, "“以前下楼买个菜要歇三回"),
    ("秋收时节，小麦村的稻田里一片金黄", "秋收正当时 丰收映笑颜", None, None, 3, "本报讯（记者 孙浩）10月12日，"),
    (None, "社区食堂“香”飘邻里", "——东园社区老年助餐点运营一周年见闻", "本报记者 林晓 文/图", 3, "中午11点，"),
    (None, "夜间门诊开到“家门口”", None, "本报记者 许诺", 2, "为解决上班族"),
    (None, "青年志愿者扎根乡村 共享菜园“长”出好邻里", None, "本报通讯员 马丽", 2, "在柳河镇东湾村的村口"),
    (None, "非遗剪纸进课堂", None, "本报记者 郑琳", 2, "“先对折，再沿着画好的线慢慢剪……”"),
    (None, "全民健身热 家门口的球场“火”起来", None, "本报记者 钱程 通讯员 吴凡", 2, "11月以来，"),
]
CAPTIONS = {  # caption → its story (by the order above)
    "小麦村村民在稻田里收割水稻。": 1,
    "和平里街道四号院的居民乘坐新装的电梯下楼。": 0,
    "东园社区助餐点的志愿者为老人打饭。": 2,
    "东湾村的志愿者在共享菜园里采摘蔬菜。": 4,
}


def test_the_district_page_comes_in_with_its_structure(tmp_path):
    page, _ = import_copy(PAGE)
    got = page.to_json()
    assert got["banner"] == {"kicker": None, "headline": "民生实事看得见 幸福生活摸得着",
                             "deck": "——我区全力推进年度十大民生实事项目"}
    assert got["lead"] == ["今年以来，我区围绕群众“急难愁盼”，把民生实事办到百姓心坎上。从老旧小区加装电梯到村口的共享菜园，"
                           "从社区食堂到夜间门诊，一件件小事连起了大民生。"]
    assert got["credits"] == ["本版稿件由本报记者 陈静 孙浩 林晓 许诺 郑琳 钱程 采写", "本版图片由本报记者 林晓 摄"]
    assert [(s["kicker"], s["headline"], s["deck"], s["byline"], len(s["paragraphs"]), s["paragraphs"][0][:len(h[5])])
            for s, h in zip(got["stories"], HEADS)] == HEADS
    assert len(got["stories"]) == len(HEADS)
    # the sentence cut at a column end is one sentence again
    assert got["stories"][1]["paragraphs"][0].endswith("种粮大户周建国告诉记者，今年他种了260亩水稻，亩产比去年增加了近50公斤。")
    assert {c["text"]: c["story"] for c in got["captions"]} == CAPTIONS
    assert got["unassigned"] == []
    assert output_chars(page) == non_space(PAGE.read_text(encoding="utf-8"))     # nothing is ever dropped


def _plain(text):
    return "".join((text or "").split())        # the text of a PDF has spaces where the type had none


def test_the_district_page_comes_back_out_of_its_pdf(tmp_path):
    """The same page composed by us with a photo per caption, exported, and its text taken out with
    pypdfium2 (district_page-pdfium.txt, as a reader's copy from a PDF viewer gives it): column lines of
    13 characters, a headline in two lines, each photo's caption and credit between its story's
    heading and byline, a kicker with a comma over its headline, the dateline's line cut in mid-number
    ('本报讯（记者 孙浩）10' / '月 12 日，…').
    The structure is the one written out above; spaces aside (the PDF's text has them where the
    type had none), each story comes back whole and each caption with its story."""
    text = PAGE.with_name("district_page-pdfium.txt")
    page, _ = import_copy(text)
    got = page.to_json()
    assert _plain(got["banner"]["headline"]) == "民生实事看得见幸福生活摸得着"
    assert [(_plain(s["kicker"]), _plain(s["headline"]), _plain(s["deck"]), _plain(s["byline"]), len(s["paragraphs"]),
             _plain(s["paragraphs"][0])[:len(_plain(h[5]))]) for s, h in zip(got["stories"], HEADS)] == \
        [(_plain(k), _plain(hd), _plain(d), _plain(b), n, _plain(first)) for k, hd, d, b, n, first in HEADS]
    assert len(got["stories"]) == len(HEADS)
    assert _plain(got["stories"][1]["paragraphs"][0]).startswith("本报讯（记者孙浩）10月12日，")
    assert _plain(got["stories"][1]["paragraphs"][2]).endswith("代储“一条龙”服务。")
    heads = [s["headline"] for s in got["stories"]]
    assert {c["text"]: heads[c["story"]] if c["story"] is not None else None for c in got["captions"]} == \
        {c: heads[k] for c, k in CAPTIONS.items()}
    assert got["unassigned"] == []
    assert output_chars(page) == non_space(text.read_text(encoding="utf-8"))     # nothing is ever dropped
