"""Under zh_CN, the newsroom window says the store's refusals in Chinese (the record's key and the
colleague's login name as they are); the messages of PostgreSQL's and SQLite's own triggers stay English.
Expectations written by hand."""
from dataclasses import replace

from tests.store.newsroom import FRAME, PAGE, STORY, frame, with_story
from tests.store.test_newsroom_window import desks  # noqa: F401 — the fixture


def test_a_reporters_refused_move_and_a_held_story_in_chinese(zh, desks, qtbot):  # noqa: F811
    stores, edition, make = desks
    editor, reporter = make("ed"), make("rep")
    f = frame(reporter.controller.doc)
    assert not reporter.controller.replace_frames(0, {FRAME: replace(f, col=f.col + 1)}, "move")
    assert reporter.controller.refused == f"版面 {PAGE}：记者不能修改它"
    story_frames = {g.id for g in reporter.controller.doc.page(PAGE).frames if g.story == STORY}
    reporter.canvas.select(min(story_frames))
    reporter.newsroom.actions["story"].trigger()
    qtbot.waitUntil(lambda: stores.admin.get(edition, "story", STORY).holder == "rep", timeout=3000)
    qtbot.waitUntil(lambda: editor.newsroom.link.desk.base[("story", STORY)].holder == "rep", timeout=3000)
    assert not editor.controller.apply(with_story(editor.controller.doc, headline="编辑改的标题"), "headline")
    assert editor.controller.refused == f"稿件 {STORY}：已被 rep 签出"
