"""An export's slug in text a tool took out of a printed page's PDF (a reviewer's page: pdftotext and
pypdfium2 both kept 'layout_app 第 1 版 页 p1 导出 2026-12-02 02:46' — the line outside the trim — and
import left it as copy of no story, so compose exited 1 over it). It is set aside as page furniture,
said as what it is, and compose does not count it as copy it could not use."""
import pytest

from layout_app.intake.compose import compose
from layout_app.intake.importer import import_copy
from layout_app.intake.pagemeasure import slug_line
from tests.intake.raw_pages import printed_page

SLUG = "layout_app 第 1 版 页 p1 导出 2026-12-02 02:46"


@pytest.mark.parametrize("line, slug", [
    (SLUG, True),
    ("A01.indd   1   2026/12/1   22:15:03", True),
    ("示范报 第 2 版 导出 2026-11-28 18:30", True),
    ("2026-12-02 02:46 会议开始", False),                      # a time, nothing of a page or file
    ("第 3 版 民生 2026年12月2日 星期三", False),               # a running head (its own rule), no clock
    ("本报讯 2026-12-01 10:00，第 1 版编辑部召开会议。", False),  # a sentence
])
def test_what_a_slug_looks_like(line, slug):
    assert slug_line(line) is slug


@pytest.mark.parametrize("where", ["foot", "head"])
def test_the_slug_in_a_printed_pages_text_is_set_aside(tmp_path, where):
    raw = printed_page(50, "pdfium")
    plain = tmp_path / "plain.txt"
    plain.write_text(raw.text, encoding="utf-8")
    slugged = tmp_path / "copy.txt"
    slugged.write_text(raw.text.rstrip("\n") + "\n" + SLUG + "\n" if where == "foot" else SLUG + "\n" + raw.text,
                       encoding="utf-8")
    page, copy = import_copy(slugged)
    # (the text tool's spaces between characters are taken out as in any line of the page)
    assert [t.replace(" ", "") for t in page.furniture] == [SLUG.replace(" ", "")]
    assert not any("导出" in t for t in page.unassigned)
    assert not any("导出" in p for s in page.stories for p in s.paragraphs)
    assert any("outside the page's trim" in str(n) and "导出" in str(n) for n in copy.notices)
    # the page reads as it does without the slug
    alone, _ = import_copy(plain)
    assert page.to_json()["stories"] == alone.to_json()["stories"]
    result = compose("duikai", [slugged], [], tmp_path / "page.yaml")
    assert not any("导出" in t for t in result.unread)
    assert not any("导出" in p for s in result.document.stories for p in s.body)
