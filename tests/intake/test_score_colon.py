"""A score that pdftotext -raw cut at its colon, the colon alone on its line ('江州男篮 98' / '∶' / '95 险胜
山西队'): one heading line again — review26's round trip made '江州男篮98∶' a kicker and '95险胜山西队' the
headline. A figure's colon never stands alone; a colon that is a line's own (a label's) stays. Lines and
expectations written by hand."""
from __future__ import annotations

from layout_app.intake.wrappedheads import _scores_joined


def test_a_score_cut_at_its_colon_is_one_line():
    lines = ["末节一度落后 11 分 外援哈里斯独得 31 分", "江州男篮 98", "∶", "95 险胜山西队", "本报记者 钱晓东"]
    assert _scores_joined(lines) == ["末节一度落后 11 分 外援哈里斯独得 31 分", "江州男篮 98∶95 险胜山西队", "本报记者 钱晓东"]


def test_a_lone_colon_between_words_stays():
    # no figure on both sides: not a score's colon
    lines = ["记者蹲点", "：", "走进云溪村"]
    assert _scores_joined(lines) == lines
    lines = ["江州男篮 98", "：", "山西队"]
    assert _scores_joined(lines) == lines
