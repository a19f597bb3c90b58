"""A sentence that reports figures on what the data show ('数据显示，…') is a story's text, never a photo's
caption, wherever it stands: the varied generator's page 7148 as pypdfium2 gives it, its first story
closing on one right before the next story's headline (it had been read as a caption with no story).
Expectations written from the page as printed."""
from pathlib import Path

from layout_app.intake.captionscene import REPORTS
from layout_app.intake.importer import import_copy

PRINTED = Path(__file__).parent / "printed"
LAST = "数据显示，改造后，小区新增停车位2659个、休闲座椅56处。"


def test_what_the_data_show_closes_its_story():
    page, _ = import_copy(PRINTED / "varied7148-pdfium.txt")
    story = next(s for s in page.stories if s.headline == "屋顶防水办到居民心坎上")
    assert [p.replace(" ", "") for p in story.paragraphs][-1] == LAST
    assert [c.text for c in page.captions] == ["图为团结乡城南社区五号楼的居民在新电梯前合影。"]


def test_sources_and_surveys_are_reports():
    for text in (LAST, "统计显示，今年前三季度全县游客同比增长12%。", "调查显示，九成居民对改造满意。"):
        assert REPORTS.search(text)
    # a screen showing something in a scene is no report
    assert not REPORTS.search("大屏幕上显示着实时客流，工作人员正在调度车辆。")
