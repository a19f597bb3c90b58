"""Generated pages laid out by our compose, exported as PDF and taken back out by pdftotext's default
mode (tests.corpus.cases.make_case, as the benchmark makes them), whose stories came out wrong before
pdfflows read the seams of tests/intake/test_pdfflows_seams.py (a column's line opening on 记者, a
column left over that opens mid-sentence, a first line spread by justification, a column after its
heading lines…). The truth is the structure the generator wrote, not an import's output. Each page as
it was laid out then (headlines in the plain style) and as compose lays it out now (its ranks' sizes,
`pdf_copy.RANKED_STYLES`): the stacks change with the headlines' sizes, and so do the seams."""
from __future__ import annotations

import shutil

import pytest

from layout_app.intake.importer import import_copy
from tests.corpus import pdf_copy
from tests.corpus.cases import make_case
from tests.corpus.score import chars_lost, score_page

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")


# with ranked headlines, a story of 23010 and of 23151 has its columns meet at paragraphs' ends, where
# the seam tells nothing: a story's first column opens no paragraph mid-way (pdfchains)
@pytest.mark.parametrize("seed,ranked", [(23010, False), (23151, False), (23175, False),
                                         (23010, True), (23151, True), (23175, True)])
def test_the_stories_of_a_page_of_flows_come_out_exact(tmp_path, monkeypatch, seed, ranked):
    monkeypatch.setattr(pdf_copy, "RANKED_STYLES", ranked)
    case = make_case(seed, "pdftotext", tmp_path)
    path = tmp_path / f"{case.name}.txt"
    path.write_text(case.text, encoding="utf-8")
    page, _ = import_copy(path)
    actual = page.to_json()
    assert "".join(sorted(chars_lost(case.expected, actual).elements())) == ""
    s = score_page(case.expected, actual)
    assert s.stories_exact == s.stories, s.failures
