"""Which stack each story goes in (layout/stacking.assignments), counted by hand: on a page of many
stories the stories with photos in runs in reading order, those without a photo in any stack."""
from math import comb
from types import SimpleNamespace as Block

from layout_app.layout.stacking import MAX_ASSIGNMENTS, assignments, short_legs


def test_few_stories_every_way():
    # 4 stories in 2 stacks, the lead in the first: 2^3 ways less the one leaving the second empty
    assert len(list(assignments(4, 2))) == 7


def test_many_stories_runs_in_reading_order():
    ways = list(assignments(10, 3))
    assert 3 ** 9 > MAX_ASSIGNMENTS
    assert len(ways) == comb(9, 2) == 36
    assert all(list(w) == sorted(w) for w in ways)


def test_many_stories_those_without_a_photo_in_any_stack():
    # stories 4 and 8 have no photo: the other 8 in runs (7 places to cut twice), 4 and 8 anywhere
    ways = list(assignments(10, 3, frozenset({0, 4, 8})))     # the lead (0) stays first, photo or not
    assert len(ways) == len(set(ways)) == comb(7, 2) * 3 * 3 == 189
    for w in ways:
        runs = [s for i, s in enumerate(w) if i not in (4, 8)]
        assert runs == sorted(runs) and w[0] == 0 and set(runs) == {0, 1, 2}
    assert {(w[4], w[8]) for w in ways} == {(a, b) for a in range(3) for b in range(3)}
    # (0, 0, 1, 1, 2, 1, 1, 2, 0, 2): story 4 in the last stack, story 8 in the first
    assert (0, 0, 1, 1, 2, 1, 1, 2, 0, 2) in ways


def test_too_many_free_ways_falls_back_to_runs():
    free = frozenset(range(1, 9))                             # 3^8 × … ways: more than MAX_ASSIGNMENTS
    assert list(assignments(10, 3, free)) == list(assignments(10, 3))


def test_short_legs_counts_the_lines_a_storys_text_runs_short_of_five_a_leg():
    """A story's text across a stack in legs of 2 lines is 3 lines short of a leg a reader takes for a
    story; one of 6 lines is none; a text beside its photo runs down the photo, not across: none."""
    blocks = [Block(body=2, beside=None), Block(body=6, beside=None), Block(body=3, beside="p1"), Block(body=0, beside=None)]
    assert short_legs(blocks, 4) == 3
    assert short_legs(blocks, 1) == 0              # one column: a single leg, however short
    assert short_legs([Block(body=4, beside=None), Block(body=5, beside=None)], 2) == 1


def test_lead_band_counts_the_leads_text_across_the_stack_short_of_ten_lines_a_leg():
    """The page's lead with a photo, its text across 4 columns in legs of 7 lines: 3 lines short of
    the 10 a leg of the lead's takes, in each of its 4 columns — 12; a brief's legs of 7 lines are none
    (5 its leg), nor the lead's beside its photo, nor the lead's with no photo to stand beside them;
    legs of 3 lines: the 2 short of 5 `short_legs` counts already, 5 more here, × 4 columns."""
    from layout_app.layout.stacking import lead_band
    lead = Block(body=7, beside=None, rank=1, photos=["p1"])
    assert lead_band([lead], 4) == 12
    assert lead_band([Block(body=7, beside=None, rank=3, photos=["p2"])], 4) == 0
    assert lead_band([Block(body=7, beside="p1", rank=1, photos=["p1"])], 4) == 0
    assert lead_band([Block(body=7, beside=None, rank=1, photos=[])], 4) == 0
    assert lead_band([Block(body=3, beside=None, rank=1, photos=["p1"])], 4) == 20
    assert lead_band([lead], 2) == 0                # two columns: legs down a narrow stack, no band
