"""Heading lines of a printed page's text where the words themselves decide (intake.headings,
intake.wrappedheads) or say the reading is a guess (intake.headdoubts). Every line and every expected
reading written out by hand, in the shapes pypdfium2 and pdftotext -raw give for 13-character columns."""
from __future__ import annotations

from layout_app.intake.headdoubts import clause_after_le
from layout_app.intake.headings import four_line_headings, headline_halves
from layout_app.intake.structure import LOW, notices, parse
from layout_app.intake.wrappedheads import join_wrapped_heads

ABOVE = "社区还将在2个村推广这一做法。"          # the last paragraph of the story above


def test_a_paragraph_opening_on_its_date_is_no_deck_under_a_headline_in_two_lines():
    # kicker, headline, a deck in figures, then the text — its first paragraph opens on a date: four heading
    # lines are no run of kicker, two-line headline and deck ending on that paragraph
    text = "3月26日上午，兴隆镇同心村工业园格外热闹。"
    lines = [ABOVE, "打通城乡“微循环” 走进兴隆镇", "交警大队：过街通道让出行更顺畅", "全长49公里 串起49个村", text,
             "市民纷纷点赞。"]
    assert four_line_headings(lines) == lines
    # a deck that is one, under the same lines: the headline in two lines is one
    deck = [ABOVE, "打通城乡“微循环” 走进兴隆镇", "交警大队：过街通道", "让出行更顺畅", "——兴隆镇过街通道见闻", text]
    assert four_line_headings(deck) == [ABOVE, "打通城乡“微循环” 走进兴隆镇", "交警大队：过街通道 让出行更顺畅",
                                        "——兴隆镇过街通道见闻", text]


def test_a_captions_first_line_is_no_half_of_the_headline_over_it():
    # the caption under the photo wrapped in two lines: its first opens on 图为 and ends no sentence
    above = "三元街道的公交线路今年又添了两条，三元街道的居民出行更方便了。"
    lines = [above, "三元街道：广场舞大赛点燃运动激情", "图为三元街道选手朱敏带领", "市民热身。", "本报记者 吴玉珍",
             "今年以来，三元街道把广场舞大赛作为民生实事来抓。", "据了解，广场舞大赛每周举行一次。"]
    assert headline_halves(list(lines)) == lines
    # a headline's second line in its place, naming nothing of the story's own, is the headline's rest
    wrapped = lines[:2] + ["全街道跳起来", "本报记者 吴玉珍"] + lines[-2:]
    assert headline_halves(list(wrapped))[1] == "三元街道：广场舞大赛点燃运动激情 全街道跳起来"


def test_a_caption_wrapped_under_its_photo_is_one_line():
    lines = [ABOVE, "三元街道：广场舞大赛点燃运动激情", "图为三元街道选手朱敏带领", "市民热身。", "本报记者 吴玉珍"]
    assert join_wrapped_heads(lines, 13) == [ABOVE, "三元街道：广场舞大赛点燃运动激情", "图为三元街道选手朱敏带领市民热身。",
                                             "本报记者 吴玉珍"]
    # running text is no caption's rest: a line of a paragraph, and a caption that ends on its line
    text = [ABOVE, "图为三元街道选手朱敏带领市民热身。", "本报记者 吴玉珍"]
    assert join_wrapped_heads(text, 13) == text
    two = [ABOVE, "图为三元街道选手朱敏带领", "市民热身，大家跳得很起劲。"]
    assert join_wrapped_heads(two, 13) == two           # a full column line under it: running text



def test_a_caption_under_a_heading_wrapped_under_its_photo_is_one_line():
    """The photo between a heading and its text: its caption's first line, no 图为 opening it, is as wide as
    a column and its sentence ends on a short line under it — one caption, no half of the headline."""
    head = "“双减”之下 心理健康课有声有色"
    lines = [ABOVE, head, "城关小学的孩子们上心理", "健康课。", "本报讯（记者 韩红梅）"]
    assert join_wrapped_heads(lines, 13) == [ABOVE, head, "城关小学的孩子们上心理健康课。", "本报讯（记者 韩红梅）"]
    # a headline wider than a column over a caption of one short line: the caption is whole on its line
    wide = [ABOVE, "城北乡：美丽乡村建设", "增绿行动还河畅水清 昔日臭水沟 今朝景观带", "城北乡村民植树。", "本报通讯员 苏欣怡"]
    assert join_wrapped_heads(wide, 13) == wide
    # a paragraph's last line under a full column line, no heading over them: running text as it was
    text = [ABOVE, "城关小学的孩子们上了一堂", "心理课。", "本报讯（记者 韩红梅）"]
    assert join_wrapped_heads(text, 13) == text


P0 = "本报讯 近日，河湾社区的便民服务站正式开放，居民在家门口就能办理社保、医保等十多项业务。"
P1 = "入冬以来，牛角街道健康小屋的工作一刻没有停，每天上午九点到下午五点开放内科和儿科。"
P2 = "目前，牛角街道家庭医生签约率已达六成，重点人群实现应签尽签。"


def test_two_clauses_read_as_one_headline_at_a_sentences_le_are_shown():
    # '下班后也能看上病了' / '牛角街道健康小屋受欢迎': a kicker over its headline, or one headline in two lines
    assert clause_after_le("下班后也能看上病了牛角街道健康小屋受欢迎")
    assert clause_after_le("马鞍镇：下班后也能看上病了儿科门诊开到“家门口”")
    # 了 before its object, a clause going on: one headline ('成了老人的…', '多了个…', '暖了老人心')
    assert not clause_after_le("华山乡：养老驿站成了老人的“第二个家”")
    assert not clause_after_le("家门口多了个湿地公园")
    assert not clause_after_le("花园街道养老驿站暖了老人心 让老人吃上“放心饭”")
    assert not clause_after_le("实验小学的编程课“火”了")          # the 了 ends the headline
    page = parse([("便民服务站开张了", 0), (P0, 0), ("下班后也能看上病了牛角街道健康小屋受欢迎", 2), (P1, 0), (P2, 0)],
                 printed=True)
    story = page.stories[1]
    assert story.headline == "下班后也能看上病了牛角街道健康小屋受欢迎" and story.confidence < LOW
    assert any("下班后也能看上病了" in str(n) and "guess" in str(n) for n in notices(page))
    # copy as it arrives sets each part on its own line: no doubt there
    typed = parse([("便民服务站开张了", 0), (P0, 0), ("下班后也能看上病了牛角街道健康小屋受欢迎", 2), (P1, 0), (P2, 0)])
    assert typed.stories[1].confidence >= LOW


def test_a_piece_over_a_quoted_term_cut_out_by_raw_opens_its_own_heading_line():
    # pdftotext -raw cuts a headline's line at its quote marks: the piece before the term is the line's opening,
    # not the rest of the kicker above (wider than a column) wrapped in its frame
    kicker = "从“面朝黄土”到“智慧种田” 走进玉泉乡花园社区"
    lines = [ABOVE, kicker, "小小油菜", "“串”", "起致富路", "本报讯 12月8日，记者来到玉泉乡花园社区。"]
    assert join_wrapped_heads(lines, 13) == lines
    # a scrap the frame wrapped, over no quoted term: the kicker's rest
    wrapped = [ABOVE, "基层治理有新招 群众笑脸更灿烂：青石社区的新", "变化", "垃圾分类站开放8天", "本报记者 赵建军"]
    assert join_wrapped_heads(wrapped, 13) == [ABOVE, "基层治理有新招 群众笑脸更灿烂：青石社区的新变化", "垃圾分类站开放8天",
                                               "本报记者 赵建军"]
