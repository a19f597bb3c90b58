"""`layout-app compose` on two generated pages sent back (issue 10): page 40, where a story ended 2
lines overset — a preflight error — although a photo set a column narrower held its copy (the
narrower photos stopped at the lines an editor may cut); and page 6, where a story's last column held
one line of text at its top (a widow column: 5, 5, 5, 5, 1 lines). The rules, checked on the composed
page (not the report): every line a reporter wrote is on the page, every photo too, and a story's
text running through two columns or more ends with three lines at least in its last column."""

import pytest

from tests.intake.composed import compose_corpus_page, story_columns


@pytest.fixture(scope="module", params=[6, 40], ids=lambda s: f"corpus{s}")
def page(request, tmp_path_factory):
    return (request.param, *compose_corpus_page(request.param, tmp_path_factory.mktemp(f"columns{request.param}")))


def test_no_line_runs_over_and_every_photo_is_placed(page):
    seed, code, report, doc, display = page
    assert not [(r.frame, r.overset_lines) for r in display.reports if r.part == "body" and r.overset_lines]
    frames = {f.id for f in doc.pages[0].frames}
    assert [p.id for p in doc.photos if f"{p.id}-photo" not in frames] == []
    assert code == 0 and not report["preflight_errors"]


def test_no_storys_last_column_holds_one_or_two_lines(page):
    seed, code, report, doc, display = page
    columns = story_columns(doc, display)
    stories = [s.id for s in doc.stories if s.id.startswith("s") and s.body]
    assert set(stories) <= set(columns)            # every story's text is on the page
    short = {sid: cols for sid, cols in columns.items() if sid in stories and len(cols) >= 2 and cols[-1] < 3}
    # (a story of two lines a column, level, is no widow: none on these pages)
    assert short == {}


@pytest.fixture(scope="module")
def evened(tmp_path_factory):
    # (page 117 ended so until its 责任编辑 went up into the running head, review 30: 115 ends so now)
    return (115, *compose_corpus_page(115, tmp_path_factory.mktemp("columns115")))


def test_the_lines_under_evened_columns_are_counted_empty(evened):
    """A stack whose last story ends in evened columns (shorter than the frame before them) reports
    the lines under them empty, as it did the lines under one short column: on page 117 the stack of
    columns 1–4 ends with such a story at the page's foot (page 58's did until a story's tall photo went
    under its text, page 6's until its story of two photos over a scrap of text was set with its text
    beside one of them)."""
    seed, code, report, doc, display = evened
    frames = doc.pages[0].frames
    checked = 0
    for st in report["decisions"]["stacks"]:
        last = st["stories"][-1]
        body = [f for f in frames if f.part == "body" and f.story == last]
        if len(body) < 2 or st.get("ends_with") != body[-1].id or body[-1].line != body[-2].line:
            continue
        cols = story_columns(doc, display)[last]
        depth = body[-2].lines                   # the full columns' depth, down to the page's foot here
        foot = next((f.line for f in frames if f.id == "credits"), doc.grid.line_count)
        assert body[-2].line + depth == foot
        # each of the columns side by side in the two frames short of the full depth: lines empty
        assert st["empty_lines"] == sum(depth - n for n in cols[-(body[-2].cols + body[-1].cols):]), st
        checked += 1
    assert checked                               # page 115: a stack ends so
