"""The blanks text tools show beside a printed heading's quote marks, closed up; the copy's spaces
between phrases kept. Expectations written by hand, as the copy has each heading."""
from pathlib import Path

import pytest

from layout_app.intake.importer import import_copy
from layout_app.intake.quoteblanks import quote_blanks_closed

FIXTURES = Path(__file__).parent / "flows"


@pytest.mark.parametrize("seen,copy", [
    ("从 “忧居” 到 “优居”", "从“忧居”到“优居”"),                          # scraps of one character
    ("团结街道：从 “面朝黄土”到 “智慧种田”", "团结街道：从“面朝黄土”到“智慧种田”"),   # an open word and its object
    ("“小切口” 撬动 “大民生” 老旧小区迎来新变化", "“小切口”撬动“大民生” 老旧小区迎来新变化"),
    ("关爱 “一老一小”", "关爱“一老一小”"),
    ("马鞍镇： “双减” 落地见实效", "马鞍镇：“双减”落地见实效"),                # a label's colon, the phrase it opens
    ("金秋好 “丰”景", "金秋好“丰”景"),                                      # a one-character term inside its phrase
    ("看病不用再 “起早排队”", "看病不用再“起早排队”"),                        # the object its phrase ends on
])
def test_a_quotes_blanks_are_closed_up(seen, copy):
    assert quote_blanks_closed(seen) == copy


@pytest.mark.parametrize("copy", [
    "关爱“一老一小” 幸福养老在身边",             # two phrases of their own: the writer's space
    "定制公交正式通车 “最后一公里”打通了",        # a quoted term with its short predicate: a phrase of its own
    "文明新风 润泽乡里",                         # no quote: nothing to close
    "让老人吃上“放心饭”",
])
def test_the_copys_spaces_between_phrases_stay(copy):
    assert quote_blanks_closed(copy) == copy


def test_import_closes_them_in_a_printed_pages_headings_only(tmp_path):
    """pdftotext's text of a generated page (a committed fixture): its kickers came out '“垃圾分类站” 来了
    平安建设再提速' and '“爱心驿站” 来了 共建共享新家园'; read as the copy has them, the space between the
    two phrases kept. Copy as it arrives keeps a writer's own spaces."""
    page, _ = import_copy(FIXTURES / "page0066-pdftotext.txt")
    kickers = [s.kicker for s in page.stories]
    assert "“垃圾分类站”来了 平安建设再提速" in kickers and "“爱心驿站”来了 共建共享新家园" in kickers
    arrived = tmp_path / "copy.txt"
    arrived.write_text("团结街道：从 “面朝黄土”到 “智慧种田”\n\n金秋好 “丰”景\n\n本报记者 王晨\n\n"
                       "今年以来，团结街道推广无人机植保、智能收割，全街道3万亩水稻实现机械化作业。\n", encoding="utf-8")
    page, _ = import_copy(arrived)
    assert "从 “面朝黄土”" in page.stories[0].kicker      # not ours to close
