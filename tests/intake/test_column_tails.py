"""Column lines of running text a character short or with a quote's tail cut off, as pypdfium2 and
pdftotext -raw give them (intake.wrappedheads, unpdf.visual_lines). Lines written by hand, measure 13."""
from __future__ import annotations

from layout_app.intake.unpdf import join_column_lines, unpdf, visual_lines
from layout_app.intake.wrappedheads import join_wrapped_heads


def test_a_line_a_character_short_before_a_closing_quote_is_running_texts():
    # '河长制' is one quoted term; '”' may not open a line, so '制' went over with it: the line above is
    # a character short, and the paragraph goes on — no heading wrapped in its frame
    lines = ["据了解，村民们自发组成", "护河队，每周末清捡河道垃圾。", "环卫所在五里镇推行“河长", "制”，每段河道都有专人负责",
             "巡查。", "据了解，如今，河水清了，", "白鹭回来了，附近的村民每天", "傍晚都来散步。"]
    assert join_wrapped_heads(lines, 13) == lines
    assert [x for x in unpdf(lines, measure=13) if x] == [
        "据了解，村民们自发组成护河队，每周末清捡河道垃圾。环卫所在五里镇推行“河长制”，每段河道都有专人负责巡查。",
        "据了解，如今，河水清了，白鹭回来了，附近的村民每天傍晚都来散步。"]


def test_a_heading_line_leaving_its_quote_open_still_takes_the_rest():
    # a heading broken inside its quote ('…的 “老年' / '食堂” 一天'): not a character pulled over
    assert join_wrapped_heads(["记者蹲点：云溪街道的 “老年", "食堂” 一天", "本报记者 陈思"], 13)[0] == "记者蹲点：云溪街道的 “老年食堂” 一天"


def test_a_quotes_mark_and_character_after_a_line_with_figures_go_back_on_it():
    # -raw cut '“政' off the line '线”，全程不超过 3 分钟。“政' (set close, the figure's width a guess):
    # an opening quote never ends a line alone, and the line holds it
    lines = ["据介绍，区工商联用AI", "面试系统为摊主和企业“牵", "线”，全程不超过3分钟。", "“政", "策好了，我们干劲更足了，”",
             "79岁的杨奶奶说，“一晚上能", "卖57多碗，比以前好多了。”"]
    out = visual_lines(lines, 13)
    assert out[2] == "线”，全程不超过3分钟。“政"
    assert [x for x in join_column_lines(out, 13) if x] == [
        "据介绍，区工商联用AI面试系统为摊主和企业“牵线”，全程不超过3分钟。“政策好了，我们干劲更足了，”79岁的杨奶奶说，"
        "“一晚上能卖57多碗，比以前好多了。”"]


def test_the_pages_county_and_colon_opening_the_page_stays_apart_from_the_lead_under_it():
    # '东城区：' / '实事办到心坎上' under the page's credits only: the banner, one line across the page —
    # not the lead's first words, though the lead's line under it runs on
    lines = ["版式设计 薛雨轩", "东城区：", "实事办到心坎上", "今天，我们走进几个村（社区）", "，听听群众怎么",
             "说。从老旧小区加装电梯到村口的共享菜园，从社区", "食堂到夜间门诊，一件件小事连起了大民生。"]
    out = [x for x in unpdf(lines, measure=13) if x]
    assert out[:2] == ["版式设计 薛雨轩", "东城区：实事办到心坎上"]
    assert out[2].startswith("今天，我们走进几个村（社区），听听群众怎么说。")


def test_a_short_kicker_after_a_caption_closed_by_its_credit_is_no_wrapped_scrap():
    # a caption wider than a column, its photo's credit closing it, over the next story's kicker of
    # four characters: the kicker stays a line of its own (it was glued onto the caption)
    lines = ["北塘镇的种粮大户正在晾晒玉米。", "北塘镇，丰收的玉米装车外运。（魏立新 摄）", "交通惠民", "湖滨街道新增5处人行天桥"]
    assert join_wrapped_heads(lines, 13) == lines
    # a byline wrapped in its frame still takes its last name back ('…通讯员 王' / '秀英')
    assert join_wrapped_heads(["本报记者 张明 通讯员 王", "秀英", "近日，湖滨街道的人行天桥正式投入使用。"], 13)[0] == \
        "本报记者 张明 通讯员 王秀英"
