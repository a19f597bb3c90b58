"""`layout-app compose` on two generated pages sent back (issue 10): page 40, where a story ended 2
lines overset — a preflight error — although a photo set a column narrower held its copy (the
narrower photos stopped at the lines an editor may cut); and page 6. The rule, checked on the
composed page (not the report): every line a reporter wrote is on the page, every photo too."""

import pytest

from tests.intake.composed import compose_corpus_page


@pytest.fixture(scope="module", params=[6, 40], ids=lambda s: f"corpus{s}")
def page(request, tmp_path_factory):
    return (request.param, *compose_corpus_page(request.param, tmp_path_factory.mktemp(f"columns{request.param}")))


def test_no_line_runs_over_and_every_photo_is_placed(page):
    seed, code, report, doc, display = page
    assert not [(r.frame, r.overset_lines) for r in display.reports if r.part == "body" and r.overset_lines]
    frames = {f.id for f in doc.pages[0].frames}
    assert [p.id for p in doc.photos if f"{p.id}-photo" not in frames] == []
    assert code == 0 and not report["preflight_errors"]
