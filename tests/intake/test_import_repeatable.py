"""The same text gives the same stories every time it is imported, whatever the process read before.

pdfchains weighed two joins of equal score and distance by the chains' ids — their addresses in
memory — so corpus page 95166 (pdftotext's default mode) came out exact, then with story 1 wrong,
then exact again, imported three times in one process. The answer key is the generator's page."""
from tests.corpus.cases import make_case
from tests.corpus.score import score_page

from layout_app.intake.importer import import_copy


def test_one_text_imported_again_and_again_gives_one_structure(tmp_path):
    case = make_case(95166, "pdftotext", tmp_path)
    path = tmp_path / "page.txt"
    path.write_text(case.text, encoding="utf-8")
    runs = []
    for _ in range(4):
        page, _notices = import_copy(path)
        runs.append(page.to_json())
        junk = [[object() for _ in range(50)] for _ in range(50)]    # move what the allocator hands out next
        del junk
    assert all(r == runs[0] for r in runs[1:])
    assert score_page(case.expected, runs[0]).failures == []
