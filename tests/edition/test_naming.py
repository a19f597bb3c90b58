"""The printer's naming pattern of an edition (issue 9, "Security"): every page's file inside -o, one
file per page, only the four fields with a small width — each refusal naming the edition file, line
and field, before anything is exported."""
import json
import os

import pytest

from layout_app.cli import main
from layout_app.errors import DocumentError
from layout_app.io.docfile import loads_document, save_document
from layout_app.io.edition import load_edition
from tests.samples import DOC_YAML


@pytest.fixture
def folder(tmp_path):
    """The sample document alone (its photo is not needed: these editions are refused before export)."""
    save_document(loads_document(DOC_YAML), tmp_path / "page.yaml")
    return tmp_path


def edition_file(folder, naming, sections=("A", "A")):
    """An edition of two pages (1 and 5) of the sample document; line 4 is the naming line."""
    q = json.dumps                                   # a YAML double-quoted string: \\ and \n as in Python
    pages = "".join(f"- {{page: {n}, section: {q(s)}, file: page.yaml}}\n" for n, s in zip((1, 5), sections))
    text = f"edition: 1\npaper: 示范报\ndate: 2026-11-28\nnaming: {q(naming)}\npages:\n{pages}"
    path = folder / "edition.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def everything(root):
    return sorted(str(p) for p in root.rglob("*"))


@pytest.mark.parametrize("naming,words", [
    ("{date}/../../x{page}", "has the part '..'"),
    ("../{date}_{page}.pdf", "has the part '..'"),
    ("/tmp/x/{page}.pdf", "is an absolute path"),
    ("{date}//{page}.pdf", "has the part ''"),
    (".{page}.pdf", "hidden"),
    ("{date}\\..\\{page}.pdf", "backslash"),
    ("{date}_{section}.pdf", "pages 1 and 5 would both be written to '20261128_A.pdf'; put {page} in the pattern"),
    ("{paper}.pdf", "pages 1 and 5 would both be written to"),
    ("{page:>2000000000}.pdf", "only a width of at most 4"),
    ("{page:05}.pdf", "only a width of at most 4"),
    ("{page:,}.pdf", "only a width of at most 4"),
    ("{page:{page}}.pdf", "only a width of at most 4"),
    ("{section:/>4}{page}.pdf", "only a width of at most 4"),
    ("{paper.__class__}{page}.pdf", "{paper.__class__} is not one of {date}, {section}, {page}, {paper}"),
    ("{page[0]}.pdf", "{page[0]} is not one of"),
    ("{}{page}.pdf", "{} is not one of"),
    ("{0}{page}.pdf", "{0} is not one of"),
    ("{page!r}.pdf", "conversions are not allowed"),
    ("{page.pdf", "is not a pattern"),
    ("{section:d}{page}.pdf", "cannot be filled for page 1"),
])
def test_bad_patterns_are_refused_before_any_export(naming, words, folder, tmp_path, capsys):
    edition = edition_file(folder, naming)
    before = everything(tmp_path)
    assert main(["export-edition", str(edition), "-o", str(folder / "out" / "pdfs")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"layout-app: {edition}:4: naming: ") and len(err.strip().splitlines()) == 1, err
    assert words in err, err
    assert everything(tmp_path) == before                         # no folder, no file, anywhere


@pytest.mark.parametrize("section", ["../../evil", "A/B", "A\\B", "A\nB", "A\x7fB"])
def test_a_section_cannot_add_a_folder_to_the_name(section, folder, tmp_path):
    edition = edition_file(folder, "{section}{page:02}.pdf", sections=("A", section))
    with pytest.raises(DocumentError) as info:
        load_edition(edition)
    if section == "A\x7fB":          # the document loader refuses DEL in any text before naming looks
        assert str(info.value).startswith(f"{edition}:7: pages[1].section: the control character U+007F")
        return
    assert str(info.value) == (f"{edition}:7: pages[1].section: may not contain '/', '\\' or control characters: "
                               "it becomes part of file names")


def test_date_and_paper_cannot_either(folder):
    edition = edition_file(folder, "{paper}{date}{page}.pdf")
    edition.write_text(edition.read_text(encoding="utf-8").replace("示范报", "../../x").replace("2026-11-28", "a/b"),
                       encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_edition(edition)
    assert [f"{p.line}: {p.field}" for p in info.value.problems] == ["2: paper", "3: date"]


def test_good_patterns_fill_as_the_printer_asked(folder):
    cases = {"{date}_{section}{page:02}.pdf": ["20261128_A01.pdf", "20261128_B05.pdf"],
             "{paper}-{page:>3}": ["示范报-  1.pdf", "示范报-  5.pdf"],
             "{date}/{section}/{page:04}.PDF": ["20261128/A/0001.PDF", "20261128/B/0005.PDF"]}
    for naming, names in cases.items():
        edition = load_edition(edition_file(folder, naming, sections=("A", "B")))
        assert [edition.file_name(p) for p in edition.pages] == names


def test_a_pattern_into_a_subfolder_stays_inside_and_a_symlink_out_is_refused(page_doc, tmp_path, capsys):
    folder = page_doc[1]
    edition = edition_file(folder, "{date}/{section}{page:02}.pdf", sections=("A", "B"))
    edition.write_text(edition.read_text(encoding="utf-8").replace('- {page: 5, section: "B", file: page.yaml}\n', ""),
                       encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export-edition", str(edition), "-o", str(out), "--workers", "1"]) == 1   # (its white: a warning)
    capsys.readouterr()
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == \
        ["20261128/A01.pdf", "edition-report.json"]
    # the date folder, a symbolic link to somewhere else: refused before any export
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out2 = tmp_path / "out2"
    out2.mkdir()
    os.symlink(elsewhere, out2 / "20261128")
    assert main(["export-edition", str(edition), "-o", str(out2)]) == 2
    err = capsys.readouterr().err
    assert f"{edition}: naming: page 1: '20261128/A01.pdf' leads out of {out2}" in err, err
    assert list(elsewhere.iterdir()) == [] and sorted(p.name for p in out2.iterdir()) == ["20261128"]


def test_an_edition_never_writes_over_its_own_documents(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    save_document(doc, folder / "A01.pdf")                     # a document whose name ends in .pdf
    edition = folder / "edition.yaml"
    edition.write_text("edition: 1\nnaming: '{section}{page:02}'\npages:\n- {page: 1, section: A, file: A01.pdf}\n",
                       encoding="utf-8")
    before = (folder / "A01.pdf").read_bytes()
    assert main(["export-edition", str(edition), "-o", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"{edition}: naming: page 1:" in err and "an input of this command" in err, err
    assert (folder / "A01.pdf").read_bytes() == before and not (folder / "edition-report.json").exists()
