"""The PDF's title (Info /Title and XMP dc:title) comes from the document — its title, the pages, the
edition date — never from the file name a user happened to type."""
from dataclasses import replace

import pikepdf

from layout_app.render.pdf.export import export_pdf, pdf_title


def titles(path):
    with pikepdf.open(path) as pdf:
        return str(pdf.docinfo.Title), pdf.open_metadata()["dc:title"]


def test_title_names_paper_page_and_date_in_info_and_xmp(page_doc, tmp_path):
    doc, folder, _ = page_doc
    out = tmp_path / "export-final-v3.pdf"
    export_pdf(doc, folder, out)
    assert titles(out) == ("测试版 — 第1版 要闻 — 2026-11-28",) * 2


def test_the_demo_title_already_names_its_page(demo_pdf):
    assert titles(demo_pdf.pdf) == ("示范报 第1版 — 要闻 — 2026-11-28",) * 2


def test_an_untitled_document_is_still_named_by_page_and_date_not_by_file(page_doc, tmp_path):
    doc, folder, _ = page_doc
    out = tmp_path / "scratch.pdf"
    export_pdf(replace(doc, title=""), folder, out)
    assert titles(out) == ("第1版 要闻 — 2026-11-28",) * 2


def test_several_pages_are_named_as_a_run_or_a_list(page_doc):
    doc, _, _ = page_doc
    page = doc.pages[0]
    run = tuple(replace(page, id=f"P{n}", number=n) for n in (1, 2, 3))
    assert pdf_title(replace(doc, pages=run)) == "测试版 — 第1–3版 — 2026-11-28"
    apart = tuple(replace(page, id=f"P{n}", number=n) for n in (2, 4))
    assert pdf_title(replace(doc, pages=apart)) == "测试版 — 第2、4版 — 2026-11-28"


def test_a_title_with_markup_characters_reaches_the_xmp_as_written(page_doc, tmp_path):
    """The XMP packet is written out by hand: <, & and > in a title are text, not markup."""
    doc, folder, _ = page_doc
    out = tmp_path / "marked.pdf"
    export_pdf(replace(doc, title="<晨报> & 晚报 ]]> \"特刊\""), folder, out)
    info, xmp = titles(out)
    assert info == xmp == "<晨报> & 晚报 ]]> \"特刊\" — 第1版 要闻 — 2026-11-28"
