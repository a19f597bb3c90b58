"""A stack's rows left over once its photos are at their largest (layout/stackair): air where a page
editor puts it, and the fill — a line or two more under headings and captions — only when it closes
the stack. Hand-built stacks, expectations counted by hand."""
from types import SimpleNamespace

from layout_app.layout.beside import photos_over_little_text
from layout_app.layout.stackair import fill_rows, share_air


def block(head_air: int, captions: list[int], beside=None, body: int = 10, cols: int = 3, photo_lines: int = 20):
    keys = [f"p{i}" for i in range(len(captions))]
    return SimpleNamespace(head_air=head_air, photos=[(k, photo_lines, photo_lines - 4, photo_lines + 4) for k in keys],
                           captions=list(captions), beside=beside, body=body,
                           members={k: [(k, 0, cols)] for k in keys})


def test_a_stack_a_few_rows_short_is_closed_under_its_headings_and_captions():
    # two stories, the second with two captioned photos; headings may take 5 lines more each at their size.
    # usual air: gap 2+1, heads 2+1 each, captions 2+1 each = 3 + 6 + 6 = 15 rows. 19 rows: 4 left —
    # the fill gives the headings 2 more each (and nothing to the gap)
    blocks = [block(5, []), block(5, [2, 2])]
    gap, head, cap, left = share_air(blocks, 19, 1, fill=True)
    assert left == 0
    assert gap == [3]                                   # between stories: never more than the usual
    assert [head[id(b)] for b in blocks] == [5, 5]
    assert cap == {"p0": 3, "p1": 3}
    # headings that may take no more: usual air 3 + 3 + 3 = 9; 11 rows: the captions a line more each
    blocks = [block(0, []), block(0, [2, 2])]
    assert share_air(blocks, 11, 1, fill=True) == ([3], {id(blocks[0]): 0, id(blocks[1]): 0}, {"p0": 4, "p1": 4}, 0)


def test_a_stack_the_fill_cannot_close_keeps_its_usual_air():
    blocks = [block(0, []), block(0, [2, 2])]
    # usual air 3 + 3 + 3 = 9; 14 rows: the fill could take 2 of the 5 left: not spread thin
    gap, head, cap, left = share_air(blocks, 14, 1, fill=True)
    assert (gap, cap, left) == ([3], {"p0": 3, "p1": 3}, 5)
    assert share_air(blocks, 14, 1, fill=True) == share_air(blocks, 14, 1)


def test_no_fill_without_asking():
    blocks = [block(5, [2])]
    assert share_air(blocks, 8, 1)[3] == 8 - 3 - 3          # heading 3, caption 3


def test_fill_rows_counts_the_later_rounds():
    # gap: 1 (MORE_AIR); each caption not beside its text: 1 + 1; a heading that may take 6 lines: 5 - 2
    blocks = [block(6, [2, 0]), block(1, [2], beside="p0")]
    assert fill_rows(blocks) == 1 + 2 + 3 + 0


def test_two_photos_across_the_stack_over_a_scrap_of_text():
    b = block(0, [2, 2], body=3, cols=5, photo_lines=25)
    assert photos_over_little_text(b, 5)
    assert not photos_over_little_text(block(0, [2, 2], body=9, cols=5, photo_lines=25), 5)   # 9 × 3 = 27 ≥ 25
    assert not photos_over_little_text(block(0, [2], body=3, cols=5, photo_lines=25), 5)      # one photo
    side = block(0, [2, 2], body=3, cols=5, photo_lines=25)
    side.members["p1"] = [("p1", 0, 3)]                                                       # one narrower
    assert not photos_over_little_text(side, 5)
    side.members["p1"] = [("p1", 0, 5)]
    side.beside = "p1"                                                                        # text beside it
    assert not photos_over_little_text(side, 5)


def test_usual_air_is_the_first_rounds():
    """Three briefs, no photos, each heading able to take 5 lines more: the usual air is 2 lines in each
    of the 2 gaps and 2 under each of the 3 headings, 10 lines; with 5 rows to share, the gaps take 4
    and the first heading 1."""
    from layout_app.layout.stackair import usual_air

    briefs = [block(5, []) for _ in range(3)]
    assert usual_air(briefs, 20) == 10
    assert usual_air(briefs, 5) == 5
    assert usual_air(briefs, 0) == 0


def test_air_spread_beyond_the_usual_is_said():
    """A stack filled with air beyond its usual (4 lines or more) is said as the page short of copy; one
    ending with empty lines is said by short_of_copy instead; 3 lines more is still an edited stack."""
    from layout_app.layout.planfacts import spread_air

    plan = SimpleNamespace(warnings=[], decisions={"stacks": [
        {"stack": 1, "columns": [1, 4], "air_spread": 8, "empty_lines": 0},
        {"stack": 2, "columns": [5, 6], "air_spread": 3, "empty_lines": 0},
        {"stack": 3, "columns": [7, 8], "air_spread": 9, "empty_lines": 40}]})
    spread_air(plan, 3)
    assert plan.decisions["air_spread"] == {"lines": 8, "stacks": [1]}
    (said,) = plan.warnings
    assert "stack 1 (columns 1–4) 8 lines" in said and "stack 2" not in said and "stack 3" not in said
