"""A two-phrase theme alone over paragraphs and then a story's heading, in pdftotext's column flows,
is the page banner over its lead — not a story made of the lead (pdftotext cut '民生实事看得见 幸福生活
摸得着' over the lead into a story on four dev pages: its flows keep no line's measure to tell a lead
set across the page). Where the measure is known the measure tells (test_structure)."""
from layout_app.intake.structure import parse

THEME = "民生实事看得见 幸福生活摸得着"
LEAD = ["今年以来，我区把民生实事办到百姓心坎上，一件件实事落地见效，群众获得感不断增强。",
        "本版今起推出“身边的变化”专栏，记录城乡社区的新面貌。"]
STORY = ["青石镇：图书角里书香浓", "本报记者 陈思",
         "今年以来，青石镇在各村设立图书角，共配送图书一万二千册。孩子们放学后都来这里读书，老人们也常来翻翻报纸。",
         "“以前借本书要跑到县城，现在家门口就能读。”村民王大姐说。"]


def blocks(texts):
    return [(t, 1 if k else 0) for k, t in enumerate(texts)]


def test_a_theme_alone_over_two_paragraphs_and_a_story_in_column_flows_is_the_banner_over_the_lead():
    page = parse(blocks([THEME, *LEAD, *STORY]), printed=True, flowed=True)
    assert page.banner["headline"] == THEME
    assert page.lead == LEAD
    assert [s.headline for s in page.stories] == ["青石镇：图书角里书香浓"]


def test_with_no_story_after_it_or_outside_the_flows_it_stays_a_story():
    assert parse(blocks([THEME, *LEAD]), printed=True, flowed=True).banner is None
    page = parse(blocks([THEME, *LEAD, *STORY]), printed=True)
    assert page.banner is None and page.stories[0].headline == THEME
