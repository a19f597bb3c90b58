"""A sports page's names and figures (review30): accented Latin letters belong to their word — Müller,
Jokić, Dončić, Martínez are never broken nor letter-spaced inside — and a full-width hyphen joining a
year range (2026－2027) never starts a line. Expectations by hand from the spec (typesetting.md §1:
never split inside a Latin word; connectors may not start a line)."""
import pytest

from layout_app.text.segment import segment
from layout_app.text.setter import SetOptions, set_paragraph

NAMES = ["Müller", "Jokić", "Dončić", "Martínez", "Mbappé", "Nguyễn"]
COPY = ("江城队主帅Hans Müller则表示，掘金队中锋Nikola Jokić拿下三双，独行侠队Luka Dončić得到41分，"
        "国际米兰前锋Lautaro Martínez梅开二度，巴黎圣日耳曼的Kylian Mbappé和越南队的Nguyễn Quang Hải也在名单上。")


@pytest.mark.parametrize("measure", [9, 10, 11, 12, 13, 14, 15])
def test_accented_names_are_never_broken(measure):
    lines = [l.text for l in set_paragraph(COPY, 9.0, measure * 9.0, "song", SetOptions()).lines]
    for name in NAMES:
        assert any(name in line for line in lines), (name, lines)


def test_an_accented_name_is_one_unit():
    # one unit: justification spreads between units, so no gap opens inside 'Martínez'
    u = segment("前锋Martínez梅开二度", {})
    texts = [u.text[a:b] for a, b in zip(u.start, u.end)]
    assert "Martínez" in texts and "Dončić" in [segment("Dončić", {}).text[a:b] for a, b in
                                                  zip(segment("Dončić", {}).start, segment("Dončić", {}).end)]


@pytest.mark.parametrize("measure", [4.5, 5, 6, 7, 8, 9, 10, 11, 12])
def test_a_year_range_hyphen_never_starts_a_line(measure):
    text = "男篮2026－2027赛季CBA联赛第三阶段今晚在新疆揭幕，2026－2027赛季的季后赛将于4月开打。"
    for indent in (0, 2):
        lines = [l.text for l in set_paragraph(text, 9.0, measure * 9.0, "song", SetOptions(indent=indent)).lines]
        assert not [l for l in lines if l.startswith("－")], lines
