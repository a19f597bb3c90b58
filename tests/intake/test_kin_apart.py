"""A paragraph's first column that tells of a thing one story's columns tell of goes on that story
(pdfchains' kin) — but not where both name their own places and those differ: pdftotext's default
text of the varied generator's page 7077 ran the 幸福食堂 story of 仁和乡 on into the 中医诊室 story of
新华街道 ('…全区已建成幸福食堂 50 个，基本覆盖城乡社区。' / '近日，新华街道的中医诊室正式投入使用。'),
and the 中医诊室 headline went over another story's heading."""
from tests.intake.imported import bare, printed


def test_a_column_naming_its_own_place_is_not_taken_by_kin_from_another_places_story():
    page = printed("varied7077-pdftotext.txt")
    heads = {bare(s.headline): s for s in page.stories}
    canteen, clinic = heads["幸福食堂开张了"], heads["新华街道中医诊室受欢迎"]
    assert len(canteen.paragraphs) == 6 and bare(canteen.paragraphs[-1]).startswith("数据显示，目前，全区已建成幸福食堂50个")
    assert not any("中医诊室" in p for p in canteen.paragraphs)
    assert len(clinic.paragraphs) == 5 and bare(clinic.paragraphs[0]).startswith("近日，新华街道的中医诊室正式投入使用。")


def test_a_bylines_column_goes_before_the_headed_column_poppler_gives_next_that_names_no_place():
    """pdftotext's default text of the varied generator's page 5010: the 剪纸课 story's first column opens on
    its byline ('本报记者 黄秀兰' / '实习生 刘浩', naming 七星街道); its headline went with the column poppler
    gives right after it, which names no place ('记者了解到，每天下午放学后…'). The byline's column is
    that story's first, not a paragraph after its last."""
    page = printed("varied5010-pdftotext.txt")
    story = next(s for s in page.stories if bare(s.headline) == "第二中学的剪纸课“火”了")
    assert bare(story.byline) == "本报记者黄秀兰实习生刘浩"
    assert [bare(p)[:8] for p in story.paragraphs] == ["近日，七星街道的", "记者了解到，每天", "不一会儿，一件件", "据了解，为了让家"]
