"""Text taken out of a printed page (pypdfium2, pdftotext -raw): a one-line headline right after a
sentence's end, as wide as a column, is no line of the paragraph above when a brief's dateline or its
photo's caption stands under it — the story was lost into the one above (vdev3 62063, 62041). Lines
written by hand at a 13-character column."""
from layout_app.intake.unpdf import join_column_lines

ABOVE = ["据介绍，几年前，这里还是一条", "垃圾成堆、污水横流的臭水沟。", "前进乡投入资金 3759 万元，实", "施污水处理站，清淤、截污、绿", "化同步推进，环境焕然一新。"]


def test_a_headline_over_a_datelines_cut_bracket_is_its_own_line():
    lines = ABOVE + ["仁和乡：登山节点燃运动激情", "本报讯（记者 程立新 蒋", "卫国）1 月 18 日上午，仁和", "乡东门菜场格外热闹。"]
    out = join_column_lines(lines, 13)
    assert out[1] == "仁和乡：登山节点燃运动激情"
    assert out[0].endswith("环境焕然一新。") and out[2].startswith("本报讯（记者 程立新 蒋卫国）")


def test_a_headline_over_its_photos_caption_opening_on_tu_wei_is_its_own_line():
    lines = ["收购商的货车排成了长队，一", "筐晚稻刚过完秤就装上了车，", "很快就运走了。", "城北乡：“村 BA”打出精气神", "图为市民在游泳馆上一展身手。", "本报讯 入冬以来，城北", "乡游泳馆的工作一刻没有停。"]
    out = join_column_lines(lines, 13)
    assert out[1:3] == ["城北乡：“村 BA”打出精气神", "图为市民在游泳馆上一展身手。"], out


def test_tu_wei_inside_running_text_runs_on():
    # 试图为… : the line opening on 图为 goes on from 试, a word cut at the column's end
    lines = ["合作社负责人说，他们曾经试", "图为村里的老人开一间食堂。", "今年，场地终于落实了。"]
    assert join_column_lines(lines, 13)[0] == "合作社负责人说，他们曾经试图为村里的老人开一间食堂。"


def test_a_headlines_place_label_before_a_quoted_term_is_no_ones_words():
    """'城北街道：“村 BA”打出精气神' over the story's first line: the colon before the quote is the place's
    label, not someone's words (…说：“…”), so the headline is no running text and does not run into
    the paragraph under it (vdev3 62051: the kicker became the headline, the headline the text's start)."""
    from layout_app.intake.partsapart import _body_like
    assert not _body_like("城北街道：“村 BA”打出精气神") and not _body_like("青石镇：“积分超市”乐融融")
    assert _body_like("村民老周说：“书香进了村，日子更有奔头。”") and _body_like("他笑着说：“好！”")
    lines = ["体育惠民 走进城北街道", "城北街道：“村 BA”打出精气神", "近日，城北街道的村 BA", "正式投入使用，几乎天天满员。"]
    out = join_column_lines(lines, 13)
    assert out[:2] == ["体育惠民 走进城北街道", "城北街道：“村 BA”打出精气神"], out
