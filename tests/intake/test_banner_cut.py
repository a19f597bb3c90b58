"""A page banner pdftotext -raw cut in three at its colon and its closing quote term ('青禾县：' /
'一根竹子撑起县域经济' / '“半边天”') is one banner line over its deck and the lead — not a banner and a
story headed by the term, which took the lead as its text (review25's round trip). Copy written by hand
in -raw's shape (no indents, column lines cut at the column's measure)."""
from __future__ import annotations

from layout_app.intake.importer import import_copy
from layout_app.intake.partsapart import heading_cuts

PAGE = """青禾县：
一根竹子撑起县域经济
“半边天”
——青禾县2026年前三季度县域经济运行综述
本报讯（记者 林晓峰）今年前三季度，青禾县实现地区生产总值186.4亿元，同比
增长6.8%，增速高于全市平均水平1.2个百分点；规模以上工业增加值增长9.1%。
从山坳里的竹材车间到田埂上的智慧茶园，一条条产业链正在这座山区小县延伸生长。
白沙镇智慧茶园种出“数字茶”
本报记者 唐思远
清晨，白沙镇云雾山茶园
里，负责人罗春梅打开手机，
茶园各处的土壤湿度、温度一
目了然。
过去浇水施肥全凭经验，
如今传感器装到了茶树下，数
据每隔十分钟传回一次，水肥
按茶树的需要自动送到根部。
今年春茶季，茶园用工减
少了三成，亩产却提高了一成
多，茶青的收购价也跟着涨了。
罗春梅说，明年全镇还要
再建两个这样的智慧茶园，让
更多茶农用上新设备。
"""


def test_a_banner_cut_at_its_colon_and_its_quoted_term_is_one_line(tmp_path):
    f = tmp_path / "raw.txt"
    f.write_text(PAGE, encoding="utf-8")
    page, _ = import_copy(f)
    assert page.banner is not None
    assert page.banner["headline"] == "青禾县：一根竹子撑起县域经济“半边天”"
    assert page.banner["deck"] == "——青禾县2026年前三季度县域经济运行综述"
    assert [s.headline for s in page.stories] == ["白沙镇智慧茶园种出“数字茶”"]
    assert page.lead and page.lead[0].startswith("本报讯（记者 林晓峰）今年前三季度")


def test_a_term_opening_the_next_headline_stays_with_it():
    # the banner's line whole, a story's headline -raw cut at its quote under it: the term goes on
    # with the line under it, not back onto the banner
    lines = ["云阳县：基层治理有新招", "“双减”", "之下 书法课堂有声有色"]
    assert heading_cuts(lines) == lines
    # over the banner's deck the term is the banner's own
    assert heading_cuts(["云阳县：基层治理有新招", "“新三样”", "——云阳县基层治理工作综述"]) == [
        "云阳县：基层治理有新招“新三样”", "——云阳县基层治理工作综述"]
