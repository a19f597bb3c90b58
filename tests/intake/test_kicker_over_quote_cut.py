"""A kicker put back from -raw's pieces ('中午 11 点，' / '饭菜香飘满楼道') over a headline -raw cut at its
quote ('互助幸福院' / '“香”' / '飘邻里'): the piece over the quoted term opens the headline's line — the
kicker does not run on into it. The varied generator's page 7092 as pdftotext -raw gives it; the expected
parts are written out from the printed page by hand."""
from layout_app.intake.kickerlines import kicker_ends
from tests.intake.imported import bare, printed

PAGE = "varied7092-pdftotext-raw.txt"



def test_the_piece_over_a_quoted_term_opens_the_headline():
    page = printed(PAGE)
    story = next(s for s in page.stories if "互助幸福院" in (s.headline or ""))
    assert bare(story.kicker) == "中午11点，饭菜香飘满楼道"
    assert bare(story.headline) == "互助幸福院“香”飘邻里"
    assert bare(story.paragraphs[0]).startswith("入冬以来，花园镇前进社区互助幸福院的工作一刻没有停。")


def test_a_column_line_over_running_text_still_runs_on():
    # (not over a quoted term alone: the kicker rule's other tests decide, as before)
    full = lambda line: True    # noqa: E731 (unpdf's test of a full line)
    assert not kicker_ends(["中午11点，饭菜香飘满楼道"], "互助幸福院", 13, full, "开张了")
    assert kicker_ends(["中午11点，饭菜香飘满楼道"], "互助幸福院", 13, full, "“香”")
