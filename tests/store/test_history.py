"""History: every save is a version; per-record history with a readable diff, restore of an old
version as a new one, and the audit of who did what when — on both engines."""
from dataclasses import replace

import pytest

from layout_app.store.base import StoreError
from layout_app.store.desk import Desk
from layout_app.store.history import audit_lines, describe, diff_versions
from tests.store.newsroom import FRAME, PAGE, PHOTO, STORY, frame, imported, moved, with_caption, with_story


def test_history_restores_an_old_caption_as_a_new_version(stores):
    ed_name = imported(stores)
    original = stores.admin.export_document(ed_name).photo(PHOTO).caption
    rep, rep2 = Desk(stores.open("rep"), ed_name), Desk(stores.open("rep2"), ed_name)
    rep.save(with_caption(rep.document(), "第二版说明。"))
    rep2.save(with_caption(rep2.refresh(rep2.document()).document, "第三版说明。"))
    store = stores.open("ed")
    versions = [v for v in store.history(ed_name, "photo", PHOTO) if v.action in ("create", "edit")]
    assert [(v.version, v.author, v.data["caption"]) for v in versions] == [
        (1, stores.admin.user, original), (2, "rep", "第二版说明。"), (3, "rep2", "第三版说明。")]
    restored = store.restore(ed_name, "photo", PHOTO, 2)
    assert restored.version == 4 and restored.data["caption"] == "第二版说明。"
    assert stores.admin.export_document(ed_name).photo(PHOTO).caption == "第二版说明。"
    last = store.history(ed_name, "photo", PHOTO)[-1]
    assert (last.version, last.author, last.note) == (4, "ed", "restore v2")
    # version 3 stays in the history: nothing is lost by restoring
    assert [v.data["caption"] for v in store.history(ed_name, "photo", PHOTO) if v.version == 3] == ["第三版说明。"]
    with pytest.raises(StoreError, match="no version 9"):
        store.restore(ed_name, "photo", PHOTO, 9)


def test_a_restore_by_a_desk_on_an_old_read_merges_like_any_save(stores):
    ed_name = imported(stores)
    rep = Desk(stores.open("rep"), ed_name)
    rep.save(with_caption(rep.document(), "新说明"))
    rep.save(with_caption(rep.document(), "更新的说明"))
    stores.open("rep2").restore(ed_name, "photo", PHOTO, 1)
    assert rep.save(with_caption(rep.document(), "记者又改")).conflicts != []     # the restore is not overwritten


def test_the_diff_says_text_changed_frame_moved_and_resized_photo_replaced(stores):
    ed_name = imported(stores)
    ed = Desk(stores.open("ed"), ed_name)
    doc = ed.document()
    doc = moved(doc, col=frame(doc).col + 1, cols=frame(doc).cols - 1, lines=frame(doc).lines - 2)
    doc = replace(doc, photos=tuple(replace(p, file="photos/new.jpg", caption="换了照片") if p.id == PHOTO else p
                                    for p in doc.photos))
    first = doc.story(STORY).body
    doc = with_story(doc, body=(first[0] + "补一句。",) + first[1:])
    ed.save(doc)
    store = stores.open("chief")
    page_lines = diff_versions(store.history(ed_name, "page", PAGE))[-1][1]
    f = frame(stores.admin.export_document(ed_name))
    assert page_lines == [f"frame {FRAME} moved: column {f.col}, line {f.line + 1} → column {f.col + 1}, line {f.line + 1}",
                          f"frame {FRAME} resized: {f.cols + 1} columns × {f.lines + 2} lines → {f.cols} columns × {f.lines} lines"]
    photo_lines = diff_versions(store.history(ed_name, "photo", PHOTO))[-1][1]
    assert "photo replaced: photos/reading.jpg → photos/new.jpg" in photo_lines
    assert any(line.startswith("caption: 「") and line.endswith("→ 「换了照片」") for line in photo_lines)
    story_lines = diff_versions(store.history(ed_name, "story", STORY))[-1][1]
    assert len(story_lines) == 1 and story_lines[0].startswith("body paragraph 1: 「")
    assert story_lines[0].endswith("补一句。」") or "…" in story_lines[0]


def test_the_audit_says_who_did_what_when(stores):
    ed_name = imported(stores)
    rep = Desk(stores.open("rep"), ed_name)
    rep.save(with_caption(rep.document(), "记者的说明"))
    stores.open("ed").set_status(ed_name, PAGE, "review")
    stores.open("chief").set_status(ed_name, PAGE, "signed")
    stores.open("rep2").check_out(ed_name, "story", STORY)
    entries = stores.admin.audit(ed_name)
    tail = [(v.author, v.action, v.kind, v.key) for v in entries][-4:]
    assert tail == [("rep", "edit", "photo", PHOTO), ("ed", "status", "page", PAGE),
                    ("chief", "status", "page", PAGE), ("rep2", "check-out", "story", STORY)]
    assert all(v.at for v in entries)
    lines = audit_lines(entries)[-4:]
    assert "rep  edit photo ph-reading v2: caption:" in lines[0]
    assert lines[2].endswith("status: 已签发") and lines[3].endswith("checked out by rep2")


def test_describe_reads_frames_added_and_removed():
    old = {"frames": [{"id": "a", "col": 0, "cols": 2, "line": 0, "lines": 5}]}
    new = {"frames": [{"id": "b", "col": 3, "cols": 2, "line": 4, "lines": 5}]}
    assert describe("page", old, new) == ["frame a removed", "frame b added at column 4, line 5"]


def test_describe_reads_a_frame_made_taller_as_resized_not_moved():
    old = {"frames": [{"id": "a", "col": 0, "cols": 2, "line": 3, "lines": 5}]}
    new = {"frames": [{"id": "a", "col": 0, "cols": 2, "line": 3, "lines": 7}]}
    assert describe("page", old, new) == ["frame a resized: 2 columns × 5 lines → 2 columns × 7 lines"]
    nudged = {"frames": [{"id": "a", "col": 0, "cols": 2, "line": 3, "lines": 5, "dx": 1.5}]}
    assert describe("page", old, nudged) == ["frame a nudged off the grid: 0, 0 pt → 1.5, 0 pt"]
