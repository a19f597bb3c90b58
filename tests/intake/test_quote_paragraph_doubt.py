"""A quote -raw cut off after a sentence's stop that reads both ways — the rest of the line above (the two
fill the column) and a new paragraph's first line as compose sets that paragraph — is joined as before,
and shown to check: the page's notice names the two lines, the story's confidence drops. The varied
generator's page 7013 as `pdftotext -raw` gives it ('…减轻了商户的' / '负担。' / '“一晚上能卖 35 多碗，' /
'比以前好多了。' / '”主播程立新' / '告诉记者。…': on the page it was a new paragraph)."""
from pathlib import Path

from layout_app.intake.importer import import_copy
from layout_app.intake.quotecut import either_way
from layout_app.intake.structure import LOW

PRINTED = Path(__file__).parent / "printed"
PIECES = ["好事办得更实在。区工商联对", "新开张的创业孵化园实行“免", "租三个月”，减轻了商户的", "负担。",
          "“一晚上能卖 35 多碗，", "比以前好多了。", "”主播程立新", "告诉记者。创业孵化园共设摊",
          "位 37 个，优先安排下岗职工", "和困难家庭。"]


def test_a_quote_that_fills_the_line_above_and_opens_a_paragraph_as_well_reads_both_ways():
    assert either_way("负担。", PIECES, 4, 13)
    # one character and its stop: compose never ends a paragraph on it — the rest of its line, surely
    assert not either_way("担。", ["担。"] + PIECES[4:], 1, 13)
    # a quote short of a first line with its speaker under it: the paragraph goes on, surely
    said = ["…在这里上演。", "“明年还来！”", "演员曾亮说。", "据了解，今年以来，全县共组织演出 96 场。"]
    assert not either_way("…在这里上演。", said, 1, 13)


def test_the_story_is_shown_to_check_with_the_two_lines_named():
    page, copy = import_copy(PRINTED / "varied7013-pdftotext-raw.txt")
    story = next(s for s in page.stories if "创业孵化园带旺烟火气" in s.headline)
    assert story.confidence < LOW and story.doubt == "paragraph"
    said = [str(n) for n in copy.notices]
    assert any("“一晚上能卖35多碗，" in n and "负担。" in n and "new paragraph" in n for n in said)
