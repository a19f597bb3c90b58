"""A story on no page is copy a reporter filed that the edition does not print: an error (review27
finding 5: compose left three stories off and preflight said so as warnings). The copy compose read as
no part (`unassigned`: lines it could not place, captions waiting for their photos) stays a warning."""
from dataclasses import replace

from layout_app.io.docfile import loads_document
from layout_app.model.story import UNASSIGNED, Story
from layout_app.preflight.checks import preflight
from tests.photos import write_jpeg
from tests.samples import DOC_YAML


def test_a_story_on_no_page_is_an_error_copy_read_as_no_part_a_warning(tmp_path):
    (tmp_path / "photos").mkdir()
    write_jpeg(tmp_path / "photos" / "reading.jpg", 4200, 2900)
    doc = loads_document(DOC_YAML)
    held = Story("s9", headline="我市新增20个公交候车亭", body=("本报讯　近日，市公交集团新建20个公交候车亭。",))
    waiting = Story(UNASSIGNED, body=("市民在城东区政务服务中心医保窗口咨询缴费事宜。",))
    report = preflight(replace(doc, stories=(*doc.stories, held, waiting)), tmp_path)
    (err,) = [f for f in report.errors if f.code == "story-unplaced"]
    assert err.where["story"] == "s9" and "is on no page" in err.message
    (warn,) = [f for f in report.warnings if f.code == "story-unplaced"]
    assert warn.where["story"] == UNASSIGNED
    assert report.exit_code == 2
