"""A two-phrase theme alone over paragraphs and then a story's heading is the page banner over its
lead, not a story made of the lead (a printed page's text gives the lead in two paragraphs or more:
pdftotext cut '民生实事看得见 幸福生活摸得着' over the lead into a story on four dev pages)."""
from layout_app.intake.importer import import_copy

PAGE = """民生实事看得见 幸福生活摸得着

今年以来，我区把民生实事办到百姓心坎上，一件件实事落地见效，群众获得感不断增强。

本版今起推出“身边的变化”专栏，记录城乡社区的新面貌。

青石镇：图书角里书香浓

本报记者 陈思

今年以来，青石镇在各村设立图书角，共配送图书一万二千册。孩子们放学后都来这里读书，老人们也常来翻翻报纸。

“以前借本书要跑到县城，现在家门口就能读。”村民王大姐说。
"""


def test_a_theme_alone_over_two_paragraphs_and_a_story_is_the_banner_over_the_lead(tmp_path):
    copy = tmp_path / "page.txt"
    copy.write_text(PAGE, encoding="utf-8")
    page, _ = import_copy(copy)
    assert page.banner["headline"] == "民生实事看得见 幸福生活摸得着"
    assert page.lead == ["今年以来，我区把民生实事办到百姓心坎上，一件件实事落地见效，群众获得感不断增强。",
                         "本版今起推出“身边的变化”专栏，记录城乡社区的新面貌。"]
    assert [s.headline for s in page.stories] == ["青石镇：图书角里书香浓"]


def test_a_story_under_a_theme_with_no_story_after_it_stays_a_story(tmp_path):
    copy = tmp_path / "page.txt"
    copy.write_text(PAGE.split("青石镇：")[0], encoding="utf-8")
    page, _ = import_copy(copy)
    assert [s.headline for s in page.stories] == ["民生实事看得见 幸福生活摸得着"] and page.banner is None
