import pytest

from layout_app.errors import InputError
from layout_app.units import HAO_SIZES, mm, parse_size, size_name, to_mm


def test_hao_names_map_to_pt():
    assert parse_size("小五") == 9.0
    assert parse_size("五号") == 10.5
    assert parse_size("初号") == 42.0
    assert len(HAO_SIZES) == 16


def test_pt_forms():
    assert parse_size(9) == 9.0
    assert parse_size("10.5") == 10.5
    assert parse_size("12pt") == 12.0


@pytest.mark.parametrize("bad", ["小6", "big", "", -3, 0, True, None, [9]])
def test_bad_sizes_are_named(bad):
    with pytest.raises(InputError, match="size"):
        parse_size(bad)


def test_unknown_hao_name_lists_the_known_ones():
    with pytest.raises(InputError, match="小五"):
        parse_size("小八")


def test_size_name_round_trip():
    for name, pt in HAO_SIZES.items():
        assert size_name(pt) == name
    assert size_name(9.25) == "9.25pt"


def test_mm_pt():
    assert mm(25.4) == pytest.approx(72.0)
    assert to_mm(mm(390)) == pytest.approx(390)
