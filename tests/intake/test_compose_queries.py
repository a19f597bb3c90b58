"""What reading the copy left in doubt stays with the composed story (Story.query) and is said by the
editor's live check and by preflight until the page editor edits that story."""
import shutil
from dataclasses import replace
from pathlib import Path

from layout_app.editor.findings_panel import translate
from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.layout.compose import Composer
from layout_app.preflight.checks import page_check, preflight

# a printed page's text out of pdftotext's default mode (committed corpus page): import names story 0
# as put together in a guessed column order, story 2 as breaking off mid-sentence ('…调解纠纷同比增长35%,'),
# story 3 as put together in a guessed column order too (its text, 杏花村's, does come out wrong: a join of
# its columns a guess the stack's depth made), story 4 as holding a short paragraph that may be the end of
# the one above (its text does come out wrong: '虚席。' a paragraph of its own); story 1 it is sure of (its
# headline, two lines in one block of poppler's, one headline)
PAGE = Path(__file__).parent / "corpus" / "page1009-pdftotext.txt"
# another: import names story 2's heading lines as a guess
PARTS_PAGE = Path(__file__).parent / "corpus" / "page1000-pdftotext.txt"


def _composed(tmp_path, page):
    copy = tmp_path / "copy.txt"
    shutil.copy(page, copy)
    out = tmp_path / "page.yaml"
    assert main(["compose", "--copy", str(copy), "-o", str(out)]) in (0, 1)
    return load_document(out)                  # (through the file: schema 5 keeps the query)


def test_compose_keeps_the_imports_doubts_with_the_stories_and_preflight_says_them(tmp_path, zh):
    doc = _composed(tmp_path, PAGE)
    assert [doc.story(f"s{k}").query for k in range(1, 6)] == ["columns", "", "sentence", "columns", "columns"]
    assert doc.story("s2").headline.startswith("青石镇完善“红色书屋”")
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    live = [f for f in page_check(doc, 0, display).warnings if f.code == "story-query"]
    full = [f for f in preflight(doc, tmp_path).warnings if f.code == "story-query"]
    assert sorted(f.where["story"] for f in live) == sorted(f.where["story"] for f in full) == ["s1", "s3", "s4", "s5"]
    said = {f.where["story"]: f.message for f in live}
    assert said["s1"].startswith("《东湖社区电商直播间聚人气》: its paragraphs were put together from")
    assert "its paragraphs were put together" in said["s3"]
    chinese = {f.where["story"]: f.words(translate) for f in live}          # as the editor's panel says it
    assert "各栏文字接起来" in chinese["s1"]
    # a story the page editor has edited is checked: its query gone, nothing said
    edited = replace(doc, stories=tuple(replace(s, query="") if s.id == "s3" else s for s in doc.stories))
    again = [f.where["story"] for f in page_check(edited, 0, Composer(edited, tmp_path).compose(edited.pages[0])).warnings
             if f.code == "story-query"]
    assert sorted(again) == ["s1", "s4", "s5"]


def test_compose_keeps_a_guess_at_the_heading_lines_and_the_live_check_says_it(tmp_path, zh):
    doc = _composed(tmp_path, PARTS_PAGE)
    assert doc.story("s3").query == "parts"
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    live = {f.where["story"]: f for f in page_check(doc, 0, display).warnings if f.code == "story-query"}
    assert "which lines are its kicker, headline and deck was a guess" in live["s3"].message
    assert "引题、主题、副题是推断的" in live["s3"].words(translate)
