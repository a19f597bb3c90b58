"""The document file: YAML, validated with file/line/field messages, atomic saves, exact round trip."""
import os

import pytest
import yaml

from layout_app.errors import DocumentError, InputError
from layout_app.io.docfile import dumps_document, load_document, loads_document, save_document
from layout_app.model.story import Crop
from tests.samples import DOC_YAML


def test_load_reads_every_part():
    doc = loads_document(DOC_YAML)
    assert doc.title == "测试版" and doc.date == "2026-11-28"
    assert doc.grid.columns == 8 and doc.grid.body_size == 9.0
    assert doc.style("headline").size == 36.0 and doc.style("headline").min_size == 18.0
    story = doc.story("s1")
    assert story.kicker == "文明新风 润泽乡里" and len(story.body) == 2
    assert doc.photo("p1").crop == Crop(0.1, 0.0, 0.9, 1.0)
    page = doc.pages[0]
    assert [f.id for f in page.frames] == ["h1", "b1", "ph1", "c1"]
    assert [f.kind for f in page.frames] == ["text", "text", "photo", "caption"]


def test_save_load_round_trip_is_exact(tmp_path):
    doc = loads_document(DOC_YAML)
    path = tmp_path / "page.yaml"
    save_document(doc, path)
    again = load_document(path)
    assert again == doc
    # and the text is stable: saving the loaded document writes the same bytes
    save_document(again, tmp_path / "again.yaml")
    assert (tmp_path / "again.yaml").read_bytes() == path.read_bytes()


def test_saved_file_is_readable_yaml_with_one_line_frames(tmp_path):
    text = dumps_document(loads_document(DOC_YAML))
    assert "- {id: b1, col: 0, cols: 3, line: 8, lines: 30, story: s1, part: body}" in text
    assert "青石镇：图书角里书香浓" in text          # UTF-8, not \\u escapes
    assert yaml.safe_load(text)["schema"] == 10


def _problems(text):
    with pytest.raises(DocumentError) as info:
        loads_document(text, "page.yaml")
    return [str(p) for p in info.value.problems]


def test_wrong_field_names_file_line_and_field():
    bad = DOC_YAML.replace("  - {id: b1, col: 0, cols: 3,", "  - {id: b1, col: 0, colz: 3,")
    problems = _problems(bad)
    line = bad.splitlines().index(next(l for l in bad.splitlines() if "colz" in l)) + 1
    assert any(p.startswith(f"page.yaml:{line}: pages[0].frames[1].colz: unknown field") for p in problems), problems
    assert any("pages[0].frames[1].cols: required field is missing" in p for p in problems)


def test_unknown_hao_name_is_reported_where_it_stands():
    bad = DOC_YAML.replace("body: {font: song, size: 小五", "body: {font: song, size: 小九")
    problems = _problems(bad)
    assert any("styles.body.size" in p and "小九" in p for p in problems), problems
    line = next(n for n, l in enumerate(bad.splitlines(), 1) if "小九" in l)
    assert any(p.startswith(f"page.yaml:{line}: styles.body.size: unknown type size '小九'") for p in problems), problems


def test_references_and_grid_bounds_are_checked():
    bad = DOC_YAML.replace("story: s1, part: body}", "story: s9, part: body}").replace(
        "{id: ph1, col: 3, cols: 2,", "{id: ph1, col: 7, cols: 2,")
    problems = _problems(bad)
    assert any("frames[1].story: no story with id 's9'" in p for p in problems), problems
    assert any("frames[2].cols: the frame runs past the last column" in p for p in problems), problems


def test_duplicate_ids_and_bad_values():
    bad = DOC_YAML.replace("{id: c1,", "{id: b1,").replace("columns: 8", "columns: eight")
    problems = _problems(bad)
    assert any("frames[3].id: id 'b1' is already used (line" in p for p in problems), problems
    assert any("grid.columns: expected a whole number, got 'eight'" in p for p in problems), problems


def test_yaml_syntax_error_names_the_line():
    problems = _problems(DOC_YAML.replace("  columns: 8", "  columns: [8"))
    assert problems and problems[0].startswith("page.yaml:") and "not valid YAML" in problems[0]


def test_future_schema_is_refused():
    problems = _problems(DOC_YAML.replace("schema: 1", "schema: 11"))
    assert "reads schema 1 to 10, the file says 11" in problems[0]


def test_schema_1_files_still_open_and_save_as_schema_2(tmp_path):
    doc = loads_document(DOC_YAML)                  # the sample is written in schema 1
    assert DOC_YAML.startswith("schema: 1\n") and doc.byline_place == "head"
    again = loads_document(dumps_document(doc))
    assert again == doc
    foot = loads_document(DOC_YAML.replace("schema: 1", "schema: 2\nbyline_place: foot"))
    assert foot.byline_place == "foot"
    assert "byline_place: foot" in dumps_document(foot)
    problems = _problems(DOC_YAML.replace("schema: 1", "schema: 2\nbyline_place: middle"))
    assert problems == ["page.yaml:2: byline_place: 'middle' is not one of: head, foot"]


def test_schema_3_lead_style_round_trips():
    """Schema 3: a body frame may name the lead style (the page lead under the banner)."""
    text = DOC_YAML.replace("schema: 1", "schema: 3").replace(
        "{id: b1, col: 0, cols: 3, line: 8, lines: 30, story: s1, part: body}",
        "{id: b1, col: 0, cols: 3, line: 8, lines: 30, story: s1, part: body, style: lead}")
    assert "style: lead" in text
    doc = loads_document(text)
    assert next(f for f in doc.pages[0].frames if f.id == "b1").style == "lead"
    assert "style: lead" in dumps_document(doc) and loads_document(dumps_document(doc)) == doc


def test_truncated_and_empty_and_binary_files(tmp_path):
    path = tmp_path / "cut.yaml"
    path.write_text(DOC_YAML[: DOC_YAML.index("pages:") + 20], encoding="utf-8")
    with pytest.raises(DocumentError):
        load_document(path)
    path.write_text("", encoding="utf-8")
    with pytest.raises(DocumentError, match="empty"):
        load_document(path)
    path.write_bytes("schema: 1\n标题: x\n".encode("gb18030"))
    with pytest.raises(DocumentError, match="not UTF-8"):
        load_document(path)
    with pytest.raises(InputError, match="no such document"):
        load_document(tmp_path / "nope.yaml")


@pytest.mark.parametrize("where", ["title", "stories[0].body[0]", "whole"])
def test_yaml_tags_never_run_code(tmp_path, where):
    """A python tag that an unsafe loader would call (os.mkdir makes a harmless marker): refused with
    file, line and field, and the call never happened."""
    marker = tmp_path / "code-ran"
    tag = f"!!python/object/apply:os.mkdir [{str(marker)!r}]"
    if where == "whole":
        text = tag + "\n"
    elif where == "title":
        text = DOC_YAML.replace("title: 测试版", f"title: {tag}")
    else:
        text = DOC_YAML.replace("  - 为丰富村民", f"  - {tag}\n  - 为丰富村民")
    path = tmp_path / "page.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_document(path)
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "os.mkdir" in l)
    field = "" if where == "whole" else f"{where}: "
    assert str(info.value) == (f"{path}:{line}: {field}the YAML tag '!!python/object/apply:os.mkdir' is not allowed "
                               "in a document; it holds only text, numbers, true/false, lists and mappings")
    assert not marker.exists()


def test_save_is_atomic(tmp_path, monkeypatch):
    doc = loads_document(DOC_YAML)
    path = tmp_path / "page.yaml"
    save_document(doc, path)
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        save_document(doc, path)
    assert path.read_bytes() == before                       # the old file is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["page.yaml"]   # no temporary file left


def test_schema_3_story_rank_and_space_after_round_trip():
    text = DOC_YAML.replace("schema: 1", "schema: 3").replace("- id: s1\n", "- id: s1\n  rank: lead\n", 1)
    text = text.replace("styles:\n", "styles:\n  headline_lead: {font: hei, weight: bold, size: 42, space_after: 2}\n", 1)
    doc = loads_document(text)
    assert doc.story("s1").rank == "lead"
    assert doc.styles["headline_lead"].size == 42 and doc.styles["headline_lead"].space_after == 2
    assert loads_document(dumps_document(doc)) == doc
    assert loads_document(DOC_YAML).story("s1").rank == ""          # schema 1: no rank, still opens
    problems = _problems(text.replace("rank: lead", "rank: top"))
    assert len(problems) == 1 and "rank: 'top' is not one of: lead, second, brief" in problems[0]


def test_schema_3_vertical_heading_frames_round_trip_and_body_frames_refuse_it():
    text = DOC_YAML.replace("schema: 1", "schema: 3").replace("part: heading}", "part: heading, vertical: true}")
    doc = loads_document(text)
    assert doc.pages[0].frames[0].vertical and not doc.pages[0].frames[1].vertical
    saved = dumps_document(doc)
    assert "- {id: h1, col: 0, cols: 3, line: 0, lines: 8, story: s1, part: heading, vertical: true}" in saved
    assert loads_document(saved) == doc
    problems = _problems(text.replace("part: body}", "part: body, vertical: true}"))
    assert len(problems) == 1
    assert "pages[0].frames[1].vertical: only heading frames (heading, kicker, headline, deck) can be set vertically" \
        in problems[0]
