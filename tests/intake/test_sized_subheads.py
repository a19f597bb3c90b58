"""`sized_subheads`: a printed page's 小标题 told by its type — larger than the body but no headline's
size, or at the body's size in a bold or sans face — and cut from the sentence the text ran it onto;
a bold phrase inside a paragraph and a brief's headline stay what they are. Page lines written by hand."""
from layout_app.intake.subheads import sized_subheads
from layout_app.intake.typesizes import SizedLines

BODY = 9.0
A = ("据市住建局统计，我市建成运行的电梯只有386栋，", "居民说得最多的是三道坎。")
B = ("记者从多家电梯企业了解到，一部6层电梯的费用", "一般在50万元至70万元之间。")


def _sized(*lines):
    """(text, size, bold) of each page line → the page's sized lines."""
    return SizedLines.of([(t, [size] * len(t), BODY, [bold] * len(t)) for t, size, bold in lines])


def test_a_bold_subhead_at_the_bodys_size_is_cut_from_the_sentence_above_it():
    sized = _sized((A[0], BODY, False), (A[1], BODY, False), ("一部电梯要花多少钱", BODY, True),
                   (B[0], BODY, False), (B[1], BODY, False))
    # the text ran the subhead onto the sentence above it
    blocks = [("".join(A) + "一部电梯要花多少钱", 1), ("".join(B), 0)]
    out, found = sized_subheads(blocks, sized)
    assert out == [("".join(A), 1), ("一部电梯要花多少钱", 0), ("".join(B), 0)]
    assert found == {1}


def test_a_subhead_in_xiaosi_in_two_lines_is_one_subhead_without_the_readers_space():
    sized = _sized((A[0], BODY, False), (A[1], BODY, False), ("从“一梯一议”", 12.0, True), ("到“成片推进”", 12.0, True),
                   (B[0], BODY, False), (B[1], BODY, False))
    blocks = [("".join(A), 0), ("从“一梯一议” 到“成片推进”", 2), ("".join(B), 0)]
    out, found = sized_subheads(blocks, sized)
    assert out[1] == ("从“一梯一议”到“成片推进”", 2) and found == {1}


def test_a_bold_line_inside_a_sentence_and_a_briefs_headline_stay_what_they_are():
    # a whole line of bold inside a paragraph: the sentence before it goes on — no cut
    sized = _sized((A[0], BODY, False), ("居民说得最多的是三道坎", BODY, True), ("，意见难统一、资金难筹集。", BODY, False),
                   (B[0], BODY, False), (B[1], BODY, False))
    text = A[0] + "居民说得最多的是三道坎，意见难统一、资金难筹集。"
    out, found = sized_subheads([(text, 0), ("".join(B), 0)], sized)
    assert out == [(text, 0), ("".join(B), 0)] and found == frozenset()
    # a headline in 三号 (16 pt) between two stories' text: no subhead (a headline's size)
    sized = _sized((A[0], BODY, False), (A[1], BODY, False), ("城西首个长者食堂开餐", 16.0, True),
                   (B[0], BODY, False), (B[1], BODY, False))
    _, found = sized_subheads([("".join(A), 0), ("城西首个长者食堂开餐", 2), ("".join(B), 0)], sized)
    assert found == frozenset()
    # a subhead in 小四 over a paragraph opening on its dateline: a brief's headline
    sized = _sized((A[0], BODY, False), (A[1], BODY, False), ("城西首个长者食堂开餐", 12.0, True),
                   ("本报讯（记者　周楠）12月1日，城西区首个长者食堂", BODY, False), ("在桂花社区开餐。", BODY, False))
    _, found = sized_subheads([("".join(A), 0), ("城西首个长者食堂开餐", 2),
                               ("本报讯（记者　周楠）12月1日，城西区首个长者食堂在桂花社区开餐。", 0)], sized)
    assert found == frozenset()
