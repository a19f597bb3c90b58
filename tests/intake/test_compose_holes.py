"""`layout-app compose` leaves no hole mid-page: corpus page 39 was set with a story's photo 4 columns
wide in a 5-column stack — its pixels fill no more at 200 ppi — and its text, 2 lines, too short to
stand beside it: column 5 empty for 40 lines, though other arrangements fill the page. An arrangement
with columns left empty beside a photo is now weighed as one with an empty stack, and the next is
tried. Measured as the page editor sees it: the editor's live check of white in columns."""
import contextlib
import io
import json

from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.layout.compose import Composer
from layout_app.preflight.checks import page_check
from tests.intake.raw_pages import corpus_page, write_inputs


def test_no_column_is_left_empty_beside_a_photo(tmp_path):
    copy, photos = write_inputs(corpus_page(39), tmp_path)
    out = tmp_path / "page.yaml"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json"])
    report = json.loads(buf.getvalue())
    assert code == 0 and not [w for w in report["warnings"] if "stay empty" in w]
    doc = load_document(out)
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    assert [str(f.words()) for f in page_check(doc, 0, display).warnings if f.code == "short"] == []
    assert len([f for f in doc.pages[0].frames if f.kind == "photo"]) == len(corpus_page(39).captions)   # every photo placed


def test_a_text_that_runs_over_takes_the_lines_left_at_its_foot():
    """A story's last frame (lines 85–102, one column) whose text runs 1 line over, the stack's foot at
    103 (the credits line): the frame takes that line; with the foot 4 lines down, still that one
    line. 3 lines over with a caption under the foot: down to the foot. Nothing free under it, or
    nothing over: unchanged. (Corpus page 106: the estimate of text beside a
    narrowed photo fell a line short and the row it needed was left at the foot.)"""
    from layout_app.layout.autoplace import Plan
    from layout_app.layout.overfull import into_foot
    from layout_app.model.frame import Frame

    def grown(over, *below, foot=103):
        body = Frame("s9-body", 7, 1, 85, 17, story="s9")
        plan = Plan([Frame("s9-head", 6, 2, 80, 5, story="s9", part="heading"), body, *below],
                    decisions={"stories": [{"story": "s9", "body_frames": ["s9-body"], "overset_lines": over}]})
        changed = into_foot(plan, foot)
        (f,) = [f for f in plan.frames if f.id == "s9-body"]
        assert changed == (f.lines != 17)
        return f.line + f.lines
    assert grown(1) == 103
    assert grown(3, Frame("cap", 6, 2, 104, 1, photo="p", part="caption")) == 103      # the foot first
    assert grown(1, foot=106) == 103                                                     # as long as its text needs
    assert grown(0) == 102                                                               # not over: as it was
    assert grown(2, Frame("ph", 6, 2, 102, 1, photo="q")) == 102                         # nothing free under it


def test_no_line_of_a_story_runs_over_where_its_stack_has_room(tmp_path):
    """Corpus page 106 composed: every story's text set, compose exits 0 (it ran 1 line over, 14
    characters, with a line free under the story's last frame)."""
    copy, photos = write_inputs(corpus_page(106), tmp_path)
    out = tmp_path / "page.yaml"
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    doc = load_document(out)
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    assert code == 0 and not [(r.frame, r.overset_lines) for r in display.reports if r.overset_lines]
