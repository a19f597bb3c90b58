"""A reporter's window on the store (both engines), driven with real mouse and key events: story text,
captions and credits are edited in place on the page and saved through the store; moving, resizing,
drawing and deleting frames are refused with a message saying why — never silently nothing."""
from PySide6.QtCore import Qt

from layout_app.editor.app import install_translator, remove_translators
from layout_app.editor.textedit import text_editor
from tests.editor.test_edit_on_page import at_char, caret_lines, into, type_text
from tests.editor.test_editing import drag
from tests.store.newsroom import FRAME, PAGE, PHOTO, STORY
from tests.store.test_newsroom_window import desks  # noqa: F401  (the fixture)

WHY = "A reporter changes story text, captions and credits; the layout is the page editor's"


def _said(w) -> str:
    return w.statusBar().currentMessage()


def test_a_reporter_edits_story_text_and_captions_on_the_page_and_saves_them(desks, qtbot):  # noqa: F811
    stores, edition, make = desks
    w = make("rep")
    assert w.canvas.read_only and w.canvas.text_only
    story, photo = w.controller.doc.story(STORY), w.controller.doc.photo(PHOTO)
    ed = into(w, qtbot, "reading-body", "body", 0)                 # a double-click into the body
    type_text(w, "本周")
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
    ed = into(w, qtbot, "reading-head", "headline", 0)
    type_text(w, "新")
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
    ed = into(w, qtbot, "ph-reading-cap", "caption", 0)
    type_text(w, "图为")
    qtbot.keyClick(w.canvas, Qt.Key.Key_Return)                    # one-line field: Enter ends editing
    assert not ed.editing
    assert w.controller.doc.story(STORY).body[0] == "本周" + story.body[0]
    w.save_action.trigger()                                        # Ctrl+S: into the store
    assert not w.controller.dirty
    saved = stores.admin.export_document(edition)
    assert saved.story(STORY).headline == "新" + story.headline
    assert saved.story(STORY).body[0] == "本周" + story.body[0] and saved.story(STORY).body[1:] == story.body[1:]
    assert saved.photo(PHOTO).caption == "图为" + photo.caption and saved.photo(PHOTO).credit == photo.credit
    assert stores.admin.get(edition, "page", PAGE).version == 1     # the layout untouched
    assert {v.author for v in stores.admin.history(edition, "story", STORY)[1:]} == {"rep"}


def test_a_reporter_cannot_move_resize_draw_or_delete_and_is_told_why(desks, qtbot):  # noqa: F811
    stores, edition, make = desks
    w = make("rep")
    page = w.controller.doc.page(PAGE)
    f = next(x for x in page.frames if x.id == FRAME)
    r = w.canvas.frame_rect(f)
    middle = (r.x + r.width / 2, r.y + r.height / 2)
    lead = w.controller.doc.grid.leading
    drag(w, middle, (middle[0], middle[1] + 3 * lead))              # a move
    assert _said(w) == WHY
    w.statusBar().clearMessage()
    drag(w, (r.right - 0.5, middle[1]), (r.right + 40, middle[1]))  # a resize by the right edge
    assert _said(w) == WHY
    w.statusBar().clearMessage()
    w.canvas.select(FRAME)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)
    assert _said(w) == WHY
    w.statusBar().clearMessage()
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right)                     # a nudge
    assert _said(w) == WHY
    w.statusBar().clearMessage()
    qtbot.keyClick(w.canvas, Qt.Key.Key_T)                         # the text frame tool
    assert _said(w) == WHY and w.canvas.tool == "select"
    w.statusBar().clearMessage()
    qtbot.keyClick(w.canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)      # cut
    assert _said(w) == WHY
    w.statusBar().clearMessage()
    qtbot.keyClick(w.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)             # duplicate
    assert _said(w) == WHY
    assert w.controller.doc.page(PAGE) == page and not w.controller.dirty
    w.save_action.trigger()
    assert stores.admin.get(edition, "page", PAGE).version == 1


def test_a_plain_click_selects_without_a_refusal(desks, qtbot):  # noqa: F811
    _stores, _edition, make = desks
    w = make("rep")
    f = next(x for x in w.controller.doc.page(PAGE).frames if x.id == FRAME)
    r = w.canvas.frame_rect(f)
    middle = (r.x + r.width / 2, r.y + r.height / 2)
    drag(w, middle, middle, steps=1)
    assert FRAME in w.canvas.selection and _said(w) == ""


def test_the_refusal_is_said_in_chinese(qapp, desks, qtbot):  # noqa: F811
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    try:
        _stores, _edition, make = desks
        w = make("rep")
        head = next(ln for ln in caret_lines(w, "reading-head") if ln.field == "headline")
        qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=at_char(w, head, 1))
        assert text_editor(w.canvas).editing                       # story text: edited in place
        qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
        w.canvas.select(FRAME)
        qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)
        assert _said(w) == "记者可改稿件正文、图片说明和署名；版面由版面编辑安排"
    finally:
        remove_translators(qapp)


def test_on_a_signed_page_the_reporter_is_told_it_is_signed(desks, qtbot):  # noqa: F811
    stores, edition, make = desks
    stores.admin.set_status(edition, PAGE, "signed")
    w = make("rep")
    assert w.canvas.read_only and not w.canvas.text_only
    head = next(ln for ln in caret_lines(w, "reading-head") if ln.field == "headline")
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=at_char(w, head, 1))
    assert not text_editor(w.canvas).editing
    assert _said(w) == f"page {PAGE}: signed off (已签发); the chief editor must reopen it first"


def test_the_review_list_follows_a_caption_typed_on_the_page(desks, qtbot):  # noqa: F811
    """The list is made again once typing pauses (not on each keystroke: it checks every page)."""
    _stores, _edition, make = desks
    w = make("rep")
    caption = w.controller.doc.photo(PHOTO).caption
    into(w, qtbot, "ph-reading-cap", "caption", 0)
    type_text(w, "图为")
    panel = w.review_panel
    row = next(k for k, e in enumerate(panel.entries) if e.photo.id == PHOTO)
    qtbot.waitUntil(lambda: panel.list.item(row).text() == "图为" + caption, timeout=2000)
    assert panel.entries[row].photo.caption == "图为" + caption
