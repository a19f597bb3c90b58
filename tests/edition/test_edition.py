"""Print staff: an edition exported page by page in parallel, and a document packaged for print."""
import json
import subprocess
from dataclasses import replace

import pytest

from layout_app.cli import main
from layout_app.errors import DocumentError, InputError
from layout_app.io.docfile import load_document, save_document
from layout_app.io.edition import load_edition
from layout_app.model.document import Page
from layout_app.model.frame import Frame
from tests.pdf.conftest import need_tools


@pytest.fixture
def edition(page_doc, tmp_path):
    doc, folder, path = page_doc
    # a two-page document whose story jumps from its first page to its second
    p1 = doc.pages[0]
    frames = tuple(replace(f, lines=1) if f.id == "b1" else f for f in p1.frames)
    p2 = Page("B", 2, (Frame("b2", 0, 3, 0, 30, story="s1", part="body"),))
    save_document(replace(doc, pages=(replace(p1, frames=frames), p2)), folder / "front.yaml")
    broken = replace(doc, stories=(replace(doc.story("s1"), body=("有一个\ue000字。",)),))
    save_document(broken, folder / "broken.yaml")
    text = ("edition: 1\npaper: 示范报\ndate: 2026-11-28\nnaming: \"{date}_{section}{page:02}.pdf\"\npages:\n"
            "- {page: 1, section: A, file: front.yaml, doc_page: A1}\n"
            "- {page: 5, section: A, file: front.yaml, doc_page: B}\n"
            "- {page: 6, section: B, file: broken.yaml}\n")
    (folder / "edition.yaml").write_text(text, encoding="utf-8")
    return folder / "edition.yaml"


def pdftext(path):
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    return "".join(out.split())          # pdftotext shows the ¼-em CJK–Latin gaps as spaces


def test_edition_exports_each_page_named_by_the_pattern_and_refuses_pages_with_errors(edition, tmp_path, capsys):
    need_tools()
    out = tmp_path / "out"
    code = main(["export-edition", str(edition), "-o", str(out), "--workers", "2"])
    printed = capsys.readouterr().out
    assert code == 2                                             # page 6 has an error: not exported
    names = sorted(p.name for p in out.glob("*.pdf"))
    assert names == ["20261128_A01.pdf", "20261128_A05.pdf"]
    report = json.loads((out / "edition-report.json").read_text(encoding="utf-8"))
    # (the sample page's white is a warning: exported, said)
    assert [(r["page"], r["status"]) for r in report] == [(1, "warnings"), (5, "warnings"), (6, "refused")]
    assert "U+E000" in " ".join(report[2]["errors"]) and "2 of 3 pages exported" in printed
    # jump lines resolve to the edition's page numbers, not the document's
    assert "（下转第5版）" in pdftext(out / "20261128_A01.pdf")
    assert "（上接第1版）" in pdftext(out / "20261128_A05.pdf")
    assert main(["export-edition", str(edition), "-o", str(tmp_path / "forced"), "--force", "--workers", "1"]) == 1
    assert (tmp_path / "forced" / "20261128_B06.pdf").exists()


def test_bad_edition_files_are_named(tmp_path):
    bad = tmp_path / "e.yaml"
    bad.write_text("edition: 1\npages:\n- {page: 1, file: nope.yaml}\n- {page: 1, file: nope.yaml}\n", encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_edition(bad)
    text = str(info.value)
    assert "e.yaml:3: pages[0].file: no such document" in text and "page 1 is listed twice" in text
    (tmp_path / "d.yaml").write_text("x", encoding="utf-8")
    bad.write_text("edition: 1\nnaming: \"{date}_{nope}.pdf\"\npages:\n- {page: 1, file: d.yaml}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"e\.yaml:2: naming: \{nope\} is not one of \{date\}"):
        load_edition(bad)


def test_package_collects_document_photos_and_licences(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    out = tmp_path / "pkg"
    assert main(["package", str(path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "photos/reading.jpg" in printed
    packed = load_document(out / "page.yaml")
    assert packed.photo("p1").file == "photos/reading.jpg" and (out / "photos" / "reading.jpg").exists()
    assert sorted(p.name for p in (out / "fonts").iterdir()) == ["OFL-LXGWWenKai.txt", "OFL-NotoSansSC.txt",
                                                                  "OFL-NotoSerifSC.txt"]
    assert (out / "package-report.txt").exists()
    # it opens elsewhere: move the folder and preflight it
    moved = tmp_path / "elsewhere"
    out.rename(moved)
    assert main(["preflight", str(moved / "page.yaml")]) == 1          # its photos found: only its white said
    assert main(["package", str(path), "-o", str(moved)]) == 2        # not into a folder with files in it
