"""A column's label on its own line over a headline that opens on a predicate ('短评' / '让“村 BA”的热闹留得
更久'): compose never breaks a headline to leave a two-character line over a long one (a widow), so the
label is the kicker, not the headline's first half — review26's round trip (-raw, pypdfium2) read
'短评 让“村BA”的热闹留得更久' as one headline. A headline broken at its pause into two balanced lines
('城西街道老旧小区' / '加装电梯惠及三百户'-like) is still one. Lines and expectations written by hand."""
from __future__ import annotations

from layout_app.intake.headings import wrapped_headlines
from layout_app.intake.importer import import_copy

PAGE = """短评
让“村 BA”的热闹留得更久
这个周末，全市第三届“村
BA”篮球联赛在青石镇落幕。
决赛当天，小小的村级球场边
挤满了上万名观众。从田间地
头走上球场的村民球员赢得了
满场喝彩，也让人看到了乡村
体育的蓬勃活力。
体育的根在群众。办好家
门口的比赛，让群众既当观众
又当主角，全民健身的路子才
会越走越宽。
"""


def test_a_two_character_label_over_a_predicate_headline_is_its_kicker(tmp_path):
    f = tmp_path / "raw.txt"
    f.write_text(PAGE, encoding="utf-8")
    page, _ = import_copy(f)
    heads = [(s.kicker, s.headline) for s in page.stories]
    if page.banner is not None:
        heads.insert(0, (page.banner["kicker"], page.banner["headline"]))
    assert ("短评", "让“村BA”的热闹留得更久") in [(k, "".join((h or "").split())) for k, h in heads]


def test_balanced_halves_opening_on_a_predicate_stay_one_headline():
    # two lines near even, the lower opening on its predicate: one headline compose broke at its pause
    lines = ["城西街道老旧小区改造", "让居民出行更方便", ""]
    assert [l for l in wrapped_headlines(lines) if l] == ["城西街道老旧小区改造 让居民出行更方便"]
