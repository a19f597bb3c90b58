"""pdftotext's default-mode flows: a headline set in two lines, given in one block (no blank line
between), is one headline — a kicker is set smaller over its headline and poppler gives it a block of
its own. Raw text and expected structure written by hand."""
from __future__ import annotations

from layout_app.intake.headblock import block_lines
from layout_app.intake.pdfflows import flows_in_order
from layout_app.intake.pdfpieces import Piece
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, PARAGRAPHS_A,
    PARAGRAPHS_B, _imported, page, text_lines,
)

FIRST_B = "书香满村 笑声满院"        # B's headline's first line: a couplet's shape, a kicker's too


def _stories(tmp_path, flows):
    got = _imported(tmp_path, flows)[0].to_json()
    return {s["headline"]: s for s in got["stories"]}


def test_a_couplet_over_the_headline_in_its_block_is_the_headlines_first_line(tmp_path):
    # '书香满村 笑声满院' right over '“图书角”开到家门口' in one flow: one headline in two lines
    flows = page([KICKER_A], [HEAD_A], [FIRST_B, HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    stories = _stories(tmp_path, flows)
    both = FIRST_B + " " + HEAD_B
    assert set(stories) == {HEAD_A, both}
    assert (stories[both]["kicker"], stories[both]["paragraphs"]) == (None, PARAGRAPHS_B)
    assert (stories[HEAD_A]["kicker"], stories[HEAD_A]["paragraphs"]) == (KICKER_A, PARAGRAPHS_A)
    assert both in text_lines(flows_in_order(flows, 13))


def test_a_couplet_in_a_block_of_its_own_stays_the_kicker(tmp_path):
    # the same couplet a blank line over the headline: set apart, the kicker
    flows = page([KICKER_A], [HEAD_A], [FIRST_B], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_B]["kicker"], stories[HEAD_B]["paragraphs"]) == (FIRST_B, PARAGRAPHS_B)


def _head(line: str, pos: int, flow: int) -> Piece:
    return Piece("head", [line], pos, flow)


def _on_page(heads: list[Piece]) -> list[Piece]:
    """The page's pieces: a column's flow first, the heading lines after it."""
    return [Piece("body", ["入夏以来，清水社区每晚"], 0, 0)] + heads


def test_a_couplet_over_the_headline_line_in_one_block_is_one_headline_unless_rows_apart():
    heads = [_head("老手艺 新传承", 3, 2), _head("民俗文化节来到家门口", 4, 2)]
    assert block_lines(heads, _on_page(heads)) == ["老手艺 新传承 民俗文化节来到家门口"]
    # poppler gave them one right after the other: one headline
    given = {("老手艺 新传承", "民俗文化节来到家门口")}
    assert block_lines(heads, _on_page(heads), given) == ["老手艺 新传承 民俗文化节来到家门口"]
    # a column's line stood between them in poppler's text (a tangled flow read again set them
    # together): the kicker over its headline, rows apart
    assert block_lines(heads, _on_page(heads), {("老手艺 新传承", "景。")}) == ["老手艺 新传承", "民俗文化节来到家门口"]


def test_a_place_and_its_colon_over_the_rest_in_its_block_is_one_headline():
    # a headline set in three lines in one block: one line, no space after the place's colon, the
    # copy's space at the phrase's pause (no kicker stands in its headline's block: set smaller)
    heads = [_head("城北街道：", 3, 2), _head("“双减”之下", 4, 2), _head("研学活动有声有色", 5, 2)]
    assert block_lines(heads, _on_page(heads)) == ["城北街道：“双减”之下 研学活动有声有色"]


def test_a_deck_a_byline_or_a_figure_line_under_the_headline_stays_apart():
    deck = [_head("乡村公路开通", 3, 2), _head("——记村民王芳", 4, 2), _head("本报记者 李华", 5, 2)]
    assert block_lines(deck, _on_page(deck)) == ["乡村公路开通", "——记村民王芳", "本报记者 李华"]
    # ('全年完成 60 个小区 惠及 2532 户': a deck counting what the story tells — the block is left whole)
    figures = [_head("旧楼“长”出新电梯", 3, 2), _head("全年完成 60 个小区 惠及 2532 户", 4, 2)]
    assert block_lines(figures, _on_page(figures)) == ["旧楼“长”出新电梯", "全年完成 60 个小区 惠及 2532 户"]
    # (under two lines of words, a line of figures in two phrases is that deck, cut off: the lines over
    # it one headline)
    under_two = [_head("南山镇：12 部电梯装进居民心里", 3, 2), _head("楼道改造从“一户难”到“一栋成”", 4, 2),
                 _head("全年完成 60 个小区 惠及 2532 户", 5, 2)]
    assert block_lines(under_two, _on_page(under_two)) == [
        "南山镇：12 部电梯装进居民心里 楼道改造从“一户难”到“一栋成”", "全年完成 60 个小区 惠及 2532 户"]


def test_a_last_line_of_figures_in_one_phrase_under_two_lines_goes_on_in_the_headline():
    # '接诊 3434 人次' goes on from '儿科门诊开诊三个月' over it: the headline's third line, no deck
    three = [_head("看病不难 取药不愁", 3, 2), _head("儿科门诊开诊三个月", 4, 2), _head("接诊 3434 人次", 5, 2)]
    assert block_lines(three, _on_page(three)) == ["看病不难 取药不愁 儿科门诊开诊三个月 接诊 3434 人次"]
    # (under one line the block is left to the heading's reading, as with a deck in two phrases)
    two = [_head("儿科门诊开诊三个月", 3, 2), _head("接诊 3434 人次", 4, 2)]
    assert block_lines(two, _on_page(two)) == ["儿科门诊开诊三个月", "接诊 3434 人次"]


def test_lines_in_blocks_apart_or_a_cut_apart_stay_apart():
    # a couplet a blank line over the headline (another flow), or a piece of another column between
    # them in poppler's order: the kicker, set apart
    apart = [_head("老手艺 新传承", 3, 2), _head("大桥乡乡村博物馆开馆", 4, 3)]
    assert block_lines(apart, _on_page(apart)) == ["老手艺 新传承", "大桥乡乡村博物馆开馆"]
    cut = [_head("老手艺 新传承", 3, 2), _head("大桥乡乡村博物馆开馆", 5, 2)]
    assert block_lines(cut, _on_page(cut)) == ["老手艺 新传承", "大桥乡乡村博物馆开馆"]


def test_the_banner_alone_in_the_block_the_page_opens_with_stays_apart():
    # the banner over the next story's kicker, nothing more in their block: apart
    banner = [_head("金秋时节 处处是丰收", 0, 0), _head("在劳动中成长", 1, 0)]
    page_pieces = banner + [_head("北塘镇：课后服务有声有色", 2, 1), Piece("body", ["近日，北塘镇的"], 3, 1)]
    assert block_lines(banner, page_pieces) == ["金秋时节 处处是丰收", "在劳动中成长"]
    # a headline the page opens with, going on in its block into its deck: one headline
    head = [_head("小课堂 大天地 剪纸课", 0, 0), _head("让孩子们乐在其中", 1, 0)]
    page_pieces = head + [_head("——记非遗传承人朱红梅", 2, 0), Piece("body", ["近日，北塘镇的"], 3, 1)]
    assert block_lines(head, page_pieces) == ["小课堂 大天地 剪纸课 让孩子们乐在其中"]


def test_a_first_line_of_no_kickers_shape_in_its_block_is_the_headlines_first_line_too():
    # no colon, no two phrases: one block all the same — one headline in two lines
    heads = [_head("返乡创业正当时", 3, 2), _head("直播带货“火”了", 4, 2)]
    assert block_lines(heads, _on_page(heads)) == ["返乡创业正当时 直播带货“火”了"]


def test_a_line_opening_on_a_figure_under_the_headlines_first_is_its_second():
    # '2249 名选手同场竞技' under its first line in one block: who took part, the headline's second phrase —
    # a deck in figures opens on its words or counts twice ('全年完成 60 个小区 惠及 2532 户', kept apart)
    heads = [_head("“村 BA”打出精气神", 3, 2), _head("2249 名选手同场竞技", 4, 2)]
    assert block_lines(heads, _on_page(heads)) == ["“村 BA”打出精气神 2249 名选手同场竞技"]
    counted = [_head("同心镇新增", 3, 2), _head("22 处过街通道", 4, 2)]
    assert block_lines(counted, _on_page(counted)) == ["同心镇新增22 处过街通道"]


def test_the_copys_space_at_a_headlines_break():
    from layout_app.intake.headblock import _space

    # compose breaks at the writer's pause: the copy's space
    assert _space("公交线路正式通车", "一条路 富了一方人") == " "
    assert _space("创业孵化园“火”了", "家门口就业") == " "          # (了 ends the phrase here)
    assert _space("让老人吃上“放心饭”", "一碗热饭里的民生温度") == " "
    # none after a label's colon, an open word, a word in quotes going on, inside 从…到…, between a verb
    # that counts and its figure, or over the rest of the upper line's phrase
    assert _space("城北街道：", "“双减”之下") == ""
    assert _space("花园乡胜利村：互助幸福院成了老人的", "“第二个家”") == ""
    assert _space("小小柑橘“串”", "起致富路 丰收映笑颜") == ""
    assert _space("外墙保温从“一户难”", "到“一栋成”") == ""
    assert _space("同心镇新增", "22 处过街通道") == ""
    assert _space("出行更方便了 客运班线", "开通 市民点赞") == ""
