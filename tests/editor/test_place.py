"""File ▸ Place without the window: into the selected frame, or at the first free spot."""
from dataclasses import replace

from layout_app.editor.place import free_cell, place_file
from layout_app.io.docfile import loads_document
from layout_app.model.frame import Frame
from tests.intake.copy_samples import STORY
from tests.photos import write_jpeg
from tests.samples import DOC_YAML


def doc_with(frames):
    d = loads_document(DOC_YAML)
    return replace(d, pages=(replace(d.pages[0], frames=tuple(frames)),))


def test_free_cell_is_the_highest_free_spot():
    # the sample page: 8 columns, 104 lines (type area 498 mm = 1411.65 pt / 13.5 pt)
    d = doc_with([Frame("a", 0, 3, 0, 20), Frame("b", 3, 5, 0, 4)])
    # lines 0–3 are full across; from line 4 columns 3–7 are free, the first 3 from column 3
    assert free_cell(d, 0) == (3, 4)
    assert free_cell(doc_with([Frame("a", 0, 3, 0, 5)]), 0) == (3, 0)
    # 8 lines needed: a gap of 7 lines (lines 0–6 free under nothing, a frame from line 7) is skipped
    assert free_cell(doc_with([Frame("a", 0, 8, 7, 10)]), 0) == (0, 17)
    full = doc_with([Frame("a", 0, 8, 0, 104)])
    assert free_cell(full, 0) is None


def test_a_photo_goes_into_the_selected_photo_frame_and_its_caption_follows(tmp_path):
    d = loads_document(DOC_YAML)
    write_jpeg(tmp_path / "new.jpg", 800, 600)
    after, notes, problems = place_file(d, tmp_path, 0, tmp_path / "new.jpg", "ph1")
    assert problems == []
    new = [p for p in after.photos if p not in d.photos]
    assert len(new) == 1 and new[0].file == "new.jpg"
    frames = {f.id: f for f in after.pages[0].frames}
    assert frames["ph1"].photo == new[0].id and frames["c1"].photo == new[0].id
    # the frames stay where they were: nothing added, nothing moved
    assert [(f.id, f.col, f.cols, f.line, f.lines) for f in after.pages[0].frames] == \
           [(f.id, f.col, f.cols, f.line, f.lines) for f in d.pages[0].frames]
    assert notes[-1] == "new.jpg: photo placed in the selected frame"


def test_a_story_goes_into_the_selected_text_frame_with_its_heading(tmp_path):
    d = loads_document(DOC_YAML)
    (tmp_path / "story.txt").write_bytes(STORY.encode("utf-8"))
    after, _notes, _problems = place_file(d, tmp_path, 0, tmp_path / "story.txt", "b1")
    new = [s for s in after.stories if s.id not in {s.id for s in d.stories}]
    assert len(new) == 1 and new[0].headline == "春风行动送岗位"
    frames = {f.id: f for f in after.pages[0].frames}
    assert frames["b1"].story == new[0].id and frames["h1"].story == new[0].id
    assert len(after.pages[0].frames) == len(d.pages[0].frames)


def test_a_photo_with_no_frame_selected_lands_at_a_free_spot(tmp_path):
    d = loads_document(DOC_YAML)
    write_jpeg(tmp_path / "new.jpg", 800, 600)
    after, _notes, problems = place_file(d, tmp_path, 0, tmp_path / "new.jpg", "")
    assert problems == []
    added = [f for f in after.pages[0].frames if f not in d.pages[0].frames]
    # the sample page uses columns 0–4 from the top (h1, b1: 0–2; ph1, c1: 3–4 down to line 23):
    # columns 5–7 are free from line 0
    assert added[0].kind == "photo" and (added[0].col, added[0].line) == (5, 0)


def test_a_photo_selected_on_a_text_frame_does_not_replace_the_text(tmp_path):
    d = loads_document(DOC_YAML)
    write_jpeg(tmp_path / "new.jpg", 800, 600)
    after, _, _ = place_file(d, tmp_path, 0, tmp_path / "new.jpg", "b1")
    frames = {f.id: f for f in after.pages[0].frames}
    assert frames["b1"].story == "s1" and frames["b1"].photo is None
    assert len(after.pages[0].frames) > len(d.pages[0].frames)


def test_an_unknown_file_is_named_and_nothing_changes(tmp_path):
    d = loads_document(DOC_YAML)
    (tmp_path / "notes.xls").write_bytes(b"\0")
    after, _notes, problems = place_file(d, tmp_path, 0, tmp_path / "notes.xls", "b1")
    assert after is d and problems == ["notes.xls: not a copy file (.txt .docx .md .pdf) or a photo (.jpg .png .tif .webp)"]


def test_a_tall_photo_looks_for_room_of_its_own_height(tmp_path):
    # a 2:3 portrait photo across 3 columns of the sample grid: 3 × 117 + 2 gutters of 9.637 pt =
    # 370.27 pt wide, × 1.5 = 555.4 pt = 41 lines of 13.5 pt, capped at 30 lines (no caption in the file).
    # Lines 10–24 under a are free (room for 8 lines, not 30); b blocks lines 25–34 across: from line 35
    d = doc_with([Frame("a", 0, 3, 0, 10), Frame("b", 0, 8, 25, 10)])
    write_jpeg(tmp_path / "tall.jpg", 800, 1200)
    after, _notes, problems = place_file(d, tmp_path, 0, tmp_path / "tall.jpg", "")
    added = [f for f in after.pages[0].frames if f not in d.pages[0].frames]
    assert [(f.kind, f.col, f.line, f.lines) for f in added] == [("photo", 0, 35, 30)]
    assert problems == []


def test_no_room_is_said(tmp_path):
    full = doc_with([Frame("a", 0, 8, 0, 104)])
    write_jpeg(tmp_path / "new.jpg", 800, 600)
    _after, _notes, problems = place_file(full, tmp_path, 0, tmp_path / "new.jpg", "")
    assert problems and problems[-1].startswith("new.jpg: no free room of 3 columns × ")


def test_a_photo_goes_into_a_drawn_empty_photo_frame(tmp_path):
    from layout_app.layout.arrange import new_photo_frame
    d, fid = new_photo_frame(loads_document(DOC_YAML), 0, 6, 2, 40, 10)
    write_jpeg(tmp_path / "new.jpg", 800, 600)
    after, _notes, problems = place_file(d, tmp_path, 0, tmp_path / "new.jpg", fid)
    assert problems == []
    new = [p for p in after.photos if p not in d.photos]
    frame = next(f for f in after.pages[0].frames if f.id == fid)
    assert frame.photo == new[0].id and (frame.col, frame.cols, frame.line, frame.lines) == (6, 2, 40, 10)
    assert len(after.pages[0].frames) == len(d.pages[0].frames)          # into the frame, no new one


def test_a_story_placed_into_a_drawn_text_frame_puts_its_heading_at_the_frame_top(tmp_path):
    from layout_app.layout.arrange import new_text_frame
    d, fid = new_text_frame(loads_document(DOC_YAML), 0, 5, 3, 40, 30)
    drawn = next(f for f in d.pages[0].frames if f.id == fid).story
    (tmp_path / "story.txt").write_text("乡村书屋迎来新读者\n\n青石镇的图书角每到周末都挤满了孩子。\n", encoding="utf-8")
    after, _notes, _problems = place_file(d, tmp_path, 0, tmp_path / "story.txt", fid)
    story = next(s for s in after.stories if s.headline == "乡村书屋迎来新读者")
    mine = [f for f in after.pages[0].frames if f.story == story.id]
    head, body = [f for f in mine if f.part == "heading"], [f for f in mine if f.part == "body"]
    assert len(head) == 1 and [f.id for f in body] == [fid]
    h, b = head[0], body[0]
    # the drawn 30 lines shared: the heading on top across the same columns, the body right under it
    assert (h.col, h.cols, h.line) == (5, 3, 40) and (b.col, b.cols) == (5, 3)
    assert b.line == 40 + h.lines and h.lines + b.lines == 30 and 1 < h.lines < 8
    ids = [f.id for p in after.pages for f in p.frames]
    assert len(ids) == len(set(ids))
    assert drawn not in {s.id for s in after.stories}                    # the drawn frame's empty story goes
