"""A running head filled from the edition: its paper, its date (with the weekday that date falls on), and
the page number and section the edition gives the page."""
from layout_app.io.docfile import load_document, loads_document, save_document
from layout_app.io.edition import load_edition
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group, walk
from layout_app.render.pdf.edition import numbered
from tests.furniture_samples import FURNITURE_YAML


def head(display):
    (master,) = [g for g in display.items if isinstance(g, Group) and g.tag == "master"]
    return [r.text for r in sorted((r for r in walk(master.items) if isinstance(r, GlyphRun)), key=lambda r: r.xs[0])]


def test_the_running_head_takes_the_editions_paper_date_page_and_section(tmp_path):
    save_document(loads_document(FURNITURE_YAML), tmp_path / "paper.yaml")
    (tmp_path / "edition.yaml").write_text(
        "edition: 1\npaper: 示范日报\ndate: 2026-12-06\npages:\n"
        "- {page: 7, section: 文化, file: paper.yaml, doc_page: P2}\n", encoding="utf-8")
    edition = load_edition(tmp_path / "edition.yaml")
    doc = numbered(load_document(tmp_path / "paper.yaml"), tmp_path / "paper.yaml", edition)
    display = Composer(doc).compose(doc.page("P2"))
    # 6 December 2026 is a Sunday (29 November is one, a week before)
    assert head(display) == ["第7版文化", "示范日报2026年12月6日星期日", "责任编辑：张明美术编辑：李芳"]


def test_an_edition_date_that_is_no_date_leaves_the_documents(tmp_path):
    save_document(loads_document(FURNITURE_YAML), tmp_path / "paper.yaml")
    (tmp_path / "edition.yaml").write_text(
        "edition: 1\ndate: 第一期\npages:\n- {page: 2, section: 社区, file: paper.yaml, doc_page: P2}\n",
        encoding="utf-8")
    edition = load_edition(tmp_path / "edition.yaml")
    doc = numbered(load_document(tmp_path / "paper.yaml"), tmp_path / "paper.yaml", edition)
    assert head(Composer(doc).compose(doc.page("P2")))[1] == "测试报2026年11月29日星期日"
