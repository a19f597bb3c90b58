"""A headline sits close over its text on a page short of copy (review: titles floating 3–5 lines over
their text on a 副刊 and a 民生 page, the page's spare rows spread under the headings). The white between
a heading's type and its story's first line, read off the composed page, is at most the template's
usual heading gap — the free body line under a heading (13.5 pt on duikai's grid) with the half-leadings
of the headline's last line and the text's first (≈ 7 pt) — and one body line more: 34 pt. The spare
rows go over the heading, between the stories, or stay at a column's foot. Limits set by hand."""
import contextlib
import io


from layout_app.cli import main
from layout_app.intake.compose import compose
from layout_app.io.docfile import load_document
from layout_app.layout.compose import Composer
from tests.intake.composed import compose_copy, title_gaps
from tests.intake.test_sidebar_explains import COPY as MINSHENG
from tests.intake.test_supplement_page import SUPPLEMENT
from tests.photos import with_xmp

MOST = 34.0          # pt: about 20 pt of usual heading gap and one 13.5 pt body line more


def _gaps(doc, folder):
    return title_gaps(doc, Composer(doc, folder).compose(doc.pages[0]))


def test_on_the_supplement_page_short_of_copy_each_title_sits_over_its_text(tmp_path):
    # three pieces, some 600 characters, on a broadsheet: the page is mostly white, its titles close
    code, _, doc = compose_copy(tmp_path, SUPPLEMENT, {})
    gaps = _gaps(doc, tmp_path)
    assert code == 0 and set(gaps) == {"s1-head", "s2-head", "s3-head"}
    assert max(gaps.values()) <= MOST, gaps


def test_with_its_photos_after_the_text_the_essays_title_still_sits_over_its_text(tmp_path):
    # the reviewer's page: the essay and the review each with photos, the photos after their text —
    # the air under their captions was moved in between the heading and the text (75 pt of white)
    (tmp_path / "copy.txt").write_text(SUPPLEMENT, encoding="utf-8")
    shots = tmp_path / "photos"
    shots.mkdir()
    with_xmp(shots / "a.jpg", "平江路支巷里的老屋，木格子窗朝北开。", "周航", "本报记者", 2400, 1600)
    with_xmp(shots / "b.jpg", "李晓岚长篇小说《河流的记忆》书影。", "周航", "本报记者", 1600, 2400)
    with_xmp(shots / "c.jpg", "平江路的河面，冬天的风从这里吹过来。", "周航", "本报记者", 2400, 1600)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(["compose", "--copy", str(tmp_path / "copy.txt"), "--photos", str(shots),
                     "-o", str(tmp_path / "page.yaml")])
    doc = load_document(tmp_path / "page.yaml")
    frames = {f.id: f for f in doc.pages[0].frames}
    assert code == 0 and {"p1-photo", "p2-photo", "p3-photo"} <= set(frames)
    # each story's text right under its heading frame: no row of white between the two frames
    for sid in ("s1", "s2", "s3"):
        head, body = frames[f"{sid}-head"], frames[f"{sid}-body"]
        assert body.line == head.line + head.lines, (head, body)
    gaps = _gaps(doc, tmp_path)
    assert set(gaps) == {"s1-head", "s2-head", "s3-head"} and max(gaps.values()) <= MOST, gaps


def test_on_the_minsheng_page_the_briefs_titles_sit_over_their_text(tmp_path):
    # review27's 民生 page: the survey, the heating notice, a boxed link and two briefs, the page short
    copy = tmp_path / "copy.txt"
    copy.write_text(MINSHENG, encoding="utf-8")
    doc = compose("duikai", [copy], [], tmp_path / "page.yaml").document
    gaps = _gaps(doc, tmp_path)
    assert len(gaps) == 5 and max(gaps.values()) <= MOST, gaps
