"""Undo is yours: the editor's undo takes back only the editor's own fields, never a colleague's
change that arrived meanwhile — through the real controller and the real store (both engines)."""
from dataclasses import replace

import pytest

from layout_app.editor.controller import DocumentController
from layout_app.model.operations import apply, diff
from layout_app.store.desk import Desk
from tests.store.newsroom import FRAME, PAGE, PHOTO, STORY, demo, frame, imported, moved, with_caption, with_story


@pytest.fixture
def controllers(qapp):
    made = []

    def make(doc):
        made.append(DocumentController(doc))
        return made[-1]
    yield make
    import shiboken6
    for c in made:
        shiboken6.delete(c)


def test_the_editors_undo_leaves_the_reporters_caption_as_written(stores, controllers):
    ed_name = imported(stores)
    editor = Desk(stores.open("ed"), ed_name)
    c = controllers(editor.document())
    original = frame(c.doc)
    c.replace_frames(0, {FRAME: replace(original, col=original.col + 2)}, "move")   # the editor moves a photo
    reporter = Desk(stores.open("rep"), ed_name)
    reporter.save(with_caption(reporter.document(), "记者改好的说明。"))
    c.absorb(editor.refresh(c.doc).document)                                 # the caption edit arrives
    assert c.doc.photo(PHOTO).caption == "记者改好的说明。"
    c.undo()
    assert frame(c.doc) == original                                          # my move taken back
    assert c.doc.photo(PHOTO).caption == "记者改好的说明。"                     # the reporter's caption stays
    assert editor.save(c.doc).conflicts == []
    final = stores.admin.export_document(ed_name)
    assert final.photo(PHOTO).caption == "记者改好的说明。" and frame(final) == original
    c.redo()
    assert frame(c.doc).col == original.col + 2 and c.doc.photo(PHOTO).caption == "记者改好的说明。"


def test_undo_of_a_drag_keeps_what_arrived_between_its_steps(controllers):
    c = controllers(demo())
    f = frame(c.doc)
    c.replace_frames(0, {FRAME: replace(f, line=f.line + 1)}, "move", merge_key="drag")
    c.absorb(with_caption(c.doc, "拖动中到达的说明"))
    c.replace_frames(0, {FRAME: replace(f, line=f.line + 2)}, "move", merge_key="drag")
    assert c.undo_stack.count() == 1
    c.undo()
    assert frame(c.doc) == f and c.doc.photo(PHOTO).caption == "拖动中到达的说明"


def test_undo_does_not_take_back_a_field_a_colleague_changed_after_me(controllers):
    c = controllers(demo())
    f = frame(c.doc)
    c.replace_frames(0, {FRAME: replace(f, col=f.col + 1)}, "move")
    c.absorb(moved(c.doc, col=f.col + 3))                                # a colleague moved it further
    c.undo()
    assert frame(c.doc).col == f.col + 3


def test_undo_of_a_headline_edit_keeps_the_reporters_body(controllers):
    c = controllers(demo())
    old = c.doc.story(STORY)
    c.apply(with_story(c.doc, headline="编辑改的标题"), "headline")
    body = ("记者重写的第一段。",) + old.body[1:]
    c.absorb(with_story(c.doc, body=body))
    c.undo()
    assert c.doc.story(STORY).headline == old.headline and c.doc.story(STORY).body == body


def test_undo_of_an_added_frame_and_of_a_removed_story_with_colleagues_edits_around(controllers):
    doc = demo()
    c = controllers(doc)
    extra = replace(frame(doc), id="extra", col=0, line=0)
    c.replace_frames(0, {}, "add", added=(extra,))
    c.absorb(with_caption(c.doc, "别人的说明"))
    c.undo()
    assert "extra" not in [f.id for f in c.doc.page(PAGE).frames] and c.doc.photo(PHOTO).caption == "别人的说明"
    c.redo()
    assert [f.id for f in c.doc.page(PAGE).frames][-1] == "extra"
    order = [s.id for s in c.doc.stories]
    c.apply(replace(c.doc, stories=tuple(s for s in c.doc.stories if s.id != order[0])), "remove story")
    c.undo()
    assert [s.id for s in c.doc.stories] == order                         # back in its place


def test_operations_are_the_fields_changed():
    doc = demo()
    after = with_caption(moved(doc, col=5), "新")
    ops = diff(doc, after)
    assert sorted((o.kind, o.key, o.field) for o in ops) == [("page", PAGE, f"frame:{FRAME}"),
                                                             ("photo", PHOTO, "caption")]
    assert apply(after, ops, forward=False) == doc and apply(doc, ops) == after
