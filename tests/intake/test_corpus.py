"""The committed corpus pages (tests/intake/corpus, made by scripts/make_intake_corpus.py): import
never loses a character; the structure is exact on copy as it arrives; captions go to their stories."""
import json
from pathlib import Path

import pytest

from layout_app.intake.importer import import_copy
from tests.corpus.score import all_text, char_counts, chars_lost, score_page

CORPUS = Path(__file__).parent / "corpus"
PAGES = sorted(CORPUS.glob("*.txt"))


def test_the_corpus_is_there_and_mixed():
    variants = {p.stem.split("-", 1)[1] for p in PAGES}
    assert len(PAGES) >= 30
    assert variants == {"arrival", "pdftotext", "pdftotext-raw", "pdfium"}
    assert all(p.with_suffix("").with_suffix(".expected.json").exists() for p in PAGES)


def _load(txt: Path):
    expected = json.loads(txt.with_name(txt.stem + ".expected.json").read_text(encoding="utf-8"))
    page, _ = import_copy(txt)
    return expected, page.to_json()


@pytest.mark.parametrize("txt", PAGES, ids=lambda p: p.stem)
def test_import_loses_no_character(txt):
    expected, actual = _load(txt)
    # against the file itself and against the truth: every character comes through somewhere
    raw = char_counts(txt.read_text(encoding="utf-8"))
    lost_from_file = "".join(sorted((raw - char_counts(all_text(actual))).elements()))
    assert lost_from_file == "", f"{txt.name}: import lost {lost_from_file!r}"
    assert "".join(sorted(chars_lost(expected, actual).elements())) == ""


# Text taken out of a PDF, after the unpdf pre-pass: these committed pages are not yet exact (the
# benchmark's figures: benchmarks/intake_corpus.py). pdftotext's default order puts the columns and
# headings of neighbouring stories side by side (K1 K2 H1 H2), which its text cannot undo. (pypdfium2
# and pdftotext -raw lose the type sizes too, so a headline set in two lines reads like a kicker over a
# headline: intake/headings decides it from the story's names, and shows the guess; their committed
# pages are all exact.) Strict: a page that comes right must leave this list.
PDF_NOT_EXACT = {
    # made before our line-end marks had their half-width twins: copy as pdftotext's default mode
    # takes it from a PDF whose line-end marks declare a full em (most producers')
    "page1000-pdftotext": "side-by-side columns and headings of neighbouring stories",
    "page1009-pdftotext": "side-by-side columns and headings of neighbouring stories",
    "page1018-pdftotext": "side-by-side columns and headings of neighbouring stories",
    "page1027-pdftotext": "side-by-side columns and headings of neighbouring stories",
}


def _pdf_pages_marked(pages):
    return [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=PDF_NOT_EXACT[p.stem]))
            if p.stem in PDF_NOT_EXACT else p for p in pages]


def test_some_pdf_pages_are_exact_and_every_variant_is_there():
    exact = {p.stem.split("-", 1)[1] for p in PAGES if p.stem not in PDF_NOT_EXACT}
    assert "pdfium" in exact and len([p for p in PAGES if "arrival" not in p.stem]) >= 10


def _assignment(failure: str) -> bool:
    """A caption found as a caption but given to no story or another story: the matcher's part."""
    return failure.startswith("caption ") and not failure.endswith("got missing")


@pytest.mark.parametrize("txt", _pdf_pages_marked(PAGES), ids=lambda p: p.stem)
def test_import_finds_the_structure(txt):
    """Banner, lead, every story exact, every caption found as a caption, credits, nothing unassigned."""
    expected, actual = _load(txt)
    s = score_page(expected, actual)
    assert [f for f in s.failures if not _assignment(f)] == []
    assert sorted(c["text"] for c in actual["captions"]) == sorted(c["text"] for c in expected["captions"])
    assert actual["credits"] == expected["credits"] and actual["unassigned"] == []


@pytest.mark.parametrize("txt", [p for p in PAGES if p.stem.endswith("-arrival")], ids=lambda p: p.stem)
def test_captions_go_to_their_stories(txt):
    expected, actual = _load(txt)
    assert score_page(expected, actual).failures == []
