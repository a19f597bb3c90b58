"""One measure per line (text wrap): the lines beside a photo are shorter, the others keep the column's
measure. Expectations by hand: 国 is one em; 。 at a line end keeps its em in GB style."""
from layout_app.layout.flow import Slot, flow
from layout_app.text.setter import SetOptions, set_lines, set_paragraph

SIZE = 9.0
PLAIN = SetOptions(indent=0.0)


def test_each_line_takes_its_own_measure_the_last_repeated():
    text = "国" * 40
    lines = set_lines(text, SIZE, (5 * SIZE, 5 * SIZE, 13 * SIZE), "song", PLAIN).lines
    assert [len(line.text) for line in lines] == [5, 5, 13, 13, 4]
    # justified to its own measure: a full narrow line ends at 5 em, not at 13
    assert lines[0].xs[-1] + SIZE == 5 * SIZE and lines[2].xs[-1] + SIZE == 13 * SIZE


def test_the_indent_comes_off_the_first_line_only():
    text = "国" * 20
    lines = set_lines(text, SIZE, (6 * SIZE, 4 * SIZE, 10 * SIZE), "song", SetOptions(indent=2.0)).lines
    assert [len(line.text) for line in lines] == [4, 4, 10, 2]
    assert lines[0].xs[0] == 2 * SIZE and lines[1].xs[0] == 0.0


def test_one_measure_is_the_plain_setting():
    text = "为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了“农家书屋图书角”。"
    assert set_lines(text, SIZE, (13 * SIZE,), "song").lines == set_paragraph(text, SIZE, 13 * SIZE, "song").lines


def test_flow_into_a_narrowed_run_sets_each_line_at_its_slot_measure():
    # a column of 13 characters, then 3 lines of 5 beside a photo, then 13 again
    slots = [Slot("b", 0.0, 0.0, 13 * SIZE, 2), Slot("b", 0.0, 27.0, 5 * SIZE, 3), Slot("b", 0.0, 67.5, 13 * SIZE, 10)]
    result = flow(("国" * 60,), slots, SIZE, 13.5, "song", SetOptions())
    assert [len(p.line.text) for p in result.placed] == [11, 13, 5, 5, 5, 13, 8]
    assert [p.top for p in result.placed] == [0.0, 13.5, 27.0, 40.5, 54.0, 67.5, 81.0]
    assert "".join(p.line.text for p in result.placed) == "国" * 60 and result.resume is None
    # overset beside the photo is counted at the full measure given, not at the narrow one
    # (61 characters: 60 would leave a single one past the slots at 5 em, whose orphan control and
    # evening-out would re-break the lines beside the photo)
    short = flow(("国" * 61,), slots[:2], SIZE, 13.5, "song", SetOptions(), overset_measure=13 * SIZE)
    assert (short.overset_lines, short.overset_chars) == (2, 61 - 11 - 13 - 15)


def test_an_orphan_is_pulled_down_only_if_the_last_line_has_room_at_its_own_measure():
    assert [len(x.text) for x in set_lines("国" * 6, SIZE, (5 * SIZE,), "song", PLAIN).lines] == [4, 2]
    # the last line is 1½ em: two characters would not fit it, the single one stays
    assert [len(x.text) for x in set_lines("国" * 6, SIZE, (5 * SIZE, 1.5 * SIZE), "song", PLAIN).lines] == [5, 1]
