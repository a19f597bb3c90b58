"""Where a table in copy goes (review30, a chief editor's send-back): the desk's 积分榜 followed the 体育简讯
column in the copy and was set inside it. An editor sets a standings table with the match report of its
league — the story that names its teams — or as an item of its own; never in a 简讯 column. Every
expectation here is written by hand from that rule."""
from layout_app.intake.importer import import_copy
from layout_app.intake.tablehomes import table_names
from layout_app.intake.tables import CopyTable
from tests.sports_copy import SPORTS_COPY, STANDINGS

REPORT = "海港队3∶1逆转江城队"


def _import(tmp_path, text):
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return import_copy(path)


def _holders(page):
    return [s for s in page.stories if s.tables]


def test_the_standings_go_with_the_match_report_that_names_the_teams_not_the_briefs_column(tmp_path):
    page, copy = _import(tmp_path, SPORTS_COPY)
    (report,) = _holders(page)
    assert report.headline == REPORT
    # after the report's own text, whole: its last paragraph
    assert report.paragraphs[-1] == STANDINGS and report.tables == [len(report.paragraphs) - 1]
    assert report.paragraphs[-2].startswith("赛后，陈国栋在新闻发布会上说")
    column = next(s for s in page.stories if s.headline == "体育简讯")
    # the column keeps its four items and their texts, nothing else
    assert len(column.paragraphs) == 8 and column.items == [0, 2, 4, 6] and column.tables == []
    said = [n for n in copy.notices if "积分榜" in n]
    assert len(said) == 1 and "set with the story “海港队3∶1逆转江城队”, which names 海港队、江城队、北岭队" in said[0]


def _standings_of(teams):
    rows = "\n".join(f"{k}\u3000{t}\u300020\u3000{50 - k}" for k, t in enumerate(teams, 1))
    return "甲级联赛积分榜\n\n名次\u3000球队\u3000场次\u3000积分\n" + rows + "\n\n"


NEWS = ("社区运动会开幕\n\n本报记者 王五\n\n" + "本报讯 第三届社区运动会昨日在市体育中心开幕，共有24支代表队参赛。\n\n" * 3)
BRIEFS = ("体育简讯\n\n■市马拉松报名人数创新高\n\n2027市马拉松赛报名人数达到68523人。\n\n"
          "■市青少年围棋赛落幕\n\n为期3天的市青少年围棋锦标赛11月30日落幕。\n\n")
PICTURE = "冬泳爱好者迎寒而上\n\n12月1日清晨，数十名冬泳爱好者在市区滨江公园冬泳点下水畅游。协会会长提醒，冬泳要循序渐进。\n\n"


def test_a_table_no_story_names_after_a_briefs_column_is_an_item_of_its_own(tmp_path):
    page, copy = _import(tmp_path, NEWS + BRIEFS + _standings_of(["红星队", "蓝天队", "飞虎队"]) + PICTURE)
    (own,) = _holders(page)
    assert own.paragraphs == [own.paragraphs[0]] and own.tables == [0] and not own.headline
    assert own.paragraphs[0].startswith("甲级联赛积分榜\n名次\t球队")
    heads = [s.headline for s in page.stories]
    # right after the column it followed in the copy, before the next story
    assert heads.index("体育简讯") + 1 == page.stories.index(own) and "冬泳爱好者迎寒而上" in heads
    column = page.stories[heads.index("体育简讯")]
    assert column.tables == [] and len(column.paragraphs) == 4
    assert any("set as an item of its own after “体育简讯”: no story names what it lists" in n for n in copy.notices)


def test_a_table_goes_to_the_story_that_names_its_teams_not_the_one_it_follows(tmp_path):
    match = ("红星队2∶0力克蓝天队\n\n本报记者 张三\n\n"
             "本报讯 甲级联赛昨晚进行，红星队主场2∶0战胜蓝天队，飞虎队客场战平。红星队积分升至第一。\n\n" * 1
             + "赛后，红星队主教练表示球队状态正佳。\n\n")
    page, copy = _import(tmp_path, match + NEWS + _standings_of(["红星队", "蓝天队", "飞虎队"]) + PICTURE)
    (home,) = _holders(page)
    assert home.headline == "红星队2∶0力克蓝天队" and home.tables == [len(home.paragraphs) - 1]
    news = next(s for s in page.stories if s.headline == "社区运动会开幕")
    assert not news.tables and all("积分榜" not in p for p in news.paragraphs)


def test_a_table_of_figures_only_stays_with_the_story_it_follows(tmp_path):
    # (its title names the months' rain, which the story does not: copy order is all there is to go by)
    figures = "各月降水量统计\n\n月份\u3000降水\u3000同比\n1\u300012.5\u3000-3\n2\u300020.1\u3000+4\n\n"
    page, _ = _import(tmp_path, NEWS + figures + PICTURE)
    (home,) = _holders(page)
    assert home.headline == "社区运动会开幕" and home.tables == [len(home.paragraphs) - 1]


def test_what_a_table_names_its_teams_and_its_league_not_its_header_nor_its_figures():
    t = CopyTable([("名次", "球队", "场次", "积分"), ("1", "海港队", "20", "45"), ("2", "江城队", "20", "43"),
                   ("3", "胜", "20", "3∶1")], [0, 1, 2, 3], "城市足球超级联赛积分榜（截至第二十轮）")
    assert table_names(t) == ["海港队", "江城队", "城市足球超级联赛"]


def test_one_shared_name_is_no_home_and_a_briefs_column_that_names_the_teams_is_none_either(tmp_path):
    # a feature that mentions one of the teams in passing is not the table's report; a 简讯 item naming
    # two of them is still an item of a briefs column: the table stands on its own after the column
    feature = ("球迷阿强的二十年\n\n本报记者 李四\n\n" + "本报讯 阿强是红星队的老球迷，二十年来几乎没有缺席过一场主场比赛。\n\n" * 3)
    briefs = ("体育简讯\n\n■红星队蓝天队将打友谊赛\n\n红星队与蓝天队将于下周进行一场友谊赛。\n\n"
              "■市青少年围棋赛落幕\n\n为期3天的市青少年围棋锦标赛11月30日落幕。\n\n")
    page, copy = _import(tmp_path, feature + briefs + _standings_of(["红星队", "蓝天队", "飞虎队"]) + PICTURE)
    (own,) = _holders(page)
    assert own.tables == [0] and len(own.paragraphs) == 1 and not own.headline
    heads = [s.headline for s in page.stories]
    assert page.stories.index(own) == heads.index("体育简讯") + 1
