"""A printed page's heading lines, as pypdfium2 gives them back (varied corpus page 3033): a line opening
on a name's label and colon is a heading of its own — a headline has one label, at its head, never one
after a clause. The expected parts are written by hand."""
from __future__ import annotations

from layout_app.intake.importer import import_copy
from layout_app.intake.unpdf import unpdf

BODY = ["本报通讯员 卢淑珍", "12 月 11 日,记者来到北", "塘乡,只见处处洋溢着欢声笑", "语。候诊区里，护士耐心地为",
        "居民讲解预约和缴费的流程。", "怎么办？区人民医院组织", "22 名医生走进北塘乡,为居", "民测血压、查血糖、讲解用药",
        "知识。"]


def _story(tmp_path, heads):
    copy = tmp_path / "page.txt"
    copy.write_text("\n".join(heads + BODY) + "\n", encoding="utf-8")
    page, _ = import_copy(copy)
    return page.stories[0]


def test_a_label_under_a_clause_opens_the_headline(tmp_path):
    # '…看上病了' ends on 了 — an open end a headline may run on from — but the line under it opens on
    # the hospital's label: the kicker's clause over the headline, not one headline of two labels
    s = _story(tmp_path, ["北塘乡:下班后也能看上病了", "区人民医院:中医诊室方便群众就医 ——北塘乡中医诊室见闻"])
    assert (s.kicker, s.headline, s.deck) == ("北塘乡：下班后也能看上病了", "区人民医院：中医诊室方便群众就医",
                                              "——北塘乡中医诊室见闻")





END = ["据介绍，镇里还将在五个村", "推广这一做法。"]
BY = ["本报记者 梁永福", "8 月 8 日，记者来到同心", "乡牛角社区，只见几位老人正", "坐在树下聊天。"]


def test_a_count_under_a_headline_closed_on_le_is_no_run_on():
    # '…“火”了' closes a clause; the line under it counts ('42 个班'): a deck in figures (or, the text
    # alone cannot tell, a headline that counts under its kicker) — never the headline run on, as
    # '区教育局的合唱团“火”了每周一节课42个班轮流上' was read (varied pages 3097, 3095)
    for head, deck in ((["区教育局的合唱团“火”了", "每周一节课 42 个班轮流上"], "每周一节课42个班轮流上"),
                       (["建设乡：天更蓝了 水更清了", "累计清理垃圾 4403 吨"], "累计清理垃圾4403吨")):
        out = [line for line in unpdf(END + head + BY, measure=13, flows=False) if line]
        assert out[1] == head[0] and "".join(out[2].split()) == deck, out


def test_a_mood_line_over_a_result_stays_its_kicker_with_no_banner(tmp_path):
    # review 31: the copy without its banner — the lead's 引题 (a theme's shape: two phrases) was made the
    # page's 通栏 banner; over a match's result it is that report's kicker
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n".join(["主场连扳三球 终结三轮不胜", "海港队3∶1逆转江城队", "本报记者 张三",
                                 "本报讯 11月29日晚，城市足球超级联赛第二十轮在市奥体中心进行，主队海港队在先失一球的"
                                 "情况下连入三球，以3∶1逆转江城队，积分升至45分，重回榜首。",
                                 "从游泳池到领奖台", "本报记者 李四", "早上5点半，天还没亮，市体育运动学校的游泳馆里已经有"
                                 "了水声。十七岁的林小雨已经在水里游了一千米。"]) + "\n", encoding="utf-8")
    page, _ = import_copy(copy)
    assert page.banner is None
    assert (page.stories[0].kicker, page.stories[0].headline) == ("主场连扳三球 终结三轮不胜", "海港队3∶1逆转江城队")
