"""A story whose copy left a doubt (Story.query, kept by compose) is said by the live check until the
page editor edits it; the edit and the check go in one undo step."""
from dataclasses import replace

from PySide6.QtCore import QPointF, Qt

from layout_app.io.docfile import load_document


def _live(w) -> list[str]:
    panel = w.preflight_panel.page_list
    return [panel.item(i).text() for i in range(panel.count())]


def _marked(w) -> list[str]:
    """The stories the Stories panel marks as left in doubt (an icon and its tooltip)."""
    items = [w.stories.list.item(i) for i in range(w.stories.list.count())]
    return [i.data(Qt.ItemDataRole.UserRole) for i in items if not i.icon().isNull() and "guess" in i.toolTip()]


def test_editing_a_queried_story_marks_it_checked(qtbot, open_window, page_doc):
    doc, folder, path = page_doc
    doc = replace(doc, stories=tuple(replace(s, query="parts") if s.id == "s1" else s for s in doc.stories))
    w = open_window()
    w.controller.absorb(doc)              # (as compose wrote it; the file's query: tests/io/test_schema5.py)
    qtbot.waitUntil(lambda: any("kicker, headline and deck was a guess" in t for t in _live(w)), timeout=5000)
    assert _marked(w) == ["s1"]                         # the Stories panel marks it too
    # the page editor picks the story on the page and corrects its deck in the story editor
    r = w.canvas.frame_rect(w.controller.frame(0, "b1"))
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=w.canvas.from_page(QPointF(r.x + 10, r.y + 10)).toPoint())
    assert w.galley.story_id() == "s1"
    w.galley.fields["deck"].setFocus()
    qtbot.keyClicks(w.galley.fields["deck"], " A")
    assert w.controller.doc.story("s1").query == ""
    qtbot.waitUntil(lambda: not any("was a guess" in t for t in _live(w)), timeout=5000)
    assert _marked(w) == []
    w.controller.save()
    assert load_document(path).story("s1").query == ""
    # undone, the story is as it came from compose: its query back with its text
    while w.controller.can_undo():
        w.controller.undo()
    assert w.controller.doc.story("s1").query == "parts" and w.controller.doc.story("s1").deck == doc.story("s1").deck
    # another story's query stays: only the edited one is checked
    two = replace(doc, stories=tuple(replace(s, query="sentence") for s in doc.stories))
    w.controller.absorb(two)
    w.galley.fields["deck"].setFocus()
    qtbot.keyClicks(w.galley.fields["deck"], "B")
    assert [s.query for s in w.controller.doc.stories if s.id != "s1"] == ["sentence"] * (len(doc.stories) - 1)
    assert w.controller.doc.story("s1").query == ""


def test_a_credit_line_is_listed_by_its_words_not_its_id(qtbot, open_window, page_doc):
    """A reviewer saw 'credits' in the Stories panel of a composed page: the credit line is a story of
    a byline alone. Listed by its words, as the page prints them."""
    from layout_app.model.story import Story
    doc, folder, path = page_doc
    line = "本版稿件由本报记者 王晨 采写　　本版图片由本报记者 王晨 摄"
    w = open_window()
    w.controller.absorb(replace(doc, stories=doc.stories + (Story("credits", byline=line),)))
    items = [w.stories.list.item(i) for i in range(w.stories.list.count())]
    (credits,) = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == "credits"]
    assert credits.text() == line[:20] + "…"


def test_the_photos_panel_marks_a_photo_no_page_places(qtbot, open_window, page_doc):
    """A reviewer: compose left two photos out, the live check and the caption proof said so, the
    Photos panel listed them as any other. Marked 'Not on a page' (未上版) until a frame places it."""
    doc, folder, path = page_doc
    w = open_window()
    off = replace(doc, pages=tuple(replace(p, frames=tuple(f for f in p.frames if not f.photo)) for p in doc.pages))
    w.controller.absorb(off)
    label = w.photos.list.item(0).text()
    assert label.startswith("Not on a page ") and doc.photo("p1").file.rsplit("/", 1)[-1] in label
    w.controller.absorb(doc)                            # placed again: no mark
    assert not w.photos.list.item(0).text().startswith("Not on a page")


def test_the_unassigned_copy_is_marked_in_the_stories_panel(qtbot, open_window, page_doc):
    """Review 30: the copy read as no story's part (a table's rows, on no page) was listed like any
    story. Its row says so in words, a warning icon and a warning's red; the real stories' rows do not."""
    from layout_app.model.story import UNASSIGNED, Story
    doc, folder, path = page_doc
    rows = ("城市足球超级联赛积分榜（截至第二十轮）", "名次　球队　场次　积分", "1　海港队　20　45")
    w = open_window()
    w.controller.absorb(replace(doc, stories=doc.stories + (Story(UNASSIGNED, body=rows),)))
    items = {w.stories.list.item(i).data(Qt.ItemDataRole.UserRole): w.stories.list.item(i)
             for i in range(w.stories.list.count())}
    kept = items[UNASSIGNED]
    assert kept.text().startswith("Unassigned: 城市足球超级联赛积分榜")
    assert not kept.icon().isNull() and "on no page" in kept.toolTip()
    ink = kept.foreground().color()
    assert ink.red() > 150 and ink.green() < 80 and ink.blue() < 80       # red, not the list's black
    for sid, item in items.items():
        if sid != UNASSIGNED:
            assert item.icon().isNull() and not item.text().startswith("Unassigned")


def test_a_photo_pages_section_of_pictures_is_listed_by_its_photos(qtbot, open_window, page_doc):
    """Review 4: a photo page's pictures are a story with no headline and no text; the Stories panel
    listed it as 's2'. It is listed by how many photos it holds and the first one's caption."""
    from layout_app.model.story import Story
    doc, folder, path = page_doc
    p1 = doc.photos[0]
    photos = (replace(p1, story="pics", caption="上图：航拍下的石门村，白墙黛瓦的农房错落有致。"),
              replace(p1, id="p9", story="pics", caption="①桃源村村民排练广场舞。"))
    # the second photo listed first in the document, its frame under the first's: the caption read first named
    page = doc.pages[0]
    (shot,) = [f for f in page.frames if f.photo == p1.id and f.kind == "photo"]
    under = replace(shot, id="p9-frame", photo="p9", line=shot.line + shot.lines + 2)
    doc = replace(doc, pages=(replace(page, frames=page.frames + (under,)),) + doc.pages[1:])
    w = open_window()
    w.controller.absorb(replace(doc, stories=doc.stories + (Story("pics"),), photos=photos[::-1] + doc.photos[1:]))
    items = {w.stories.list.item(i).data(Qt.ItemDataRole.UserRole): w.stories.list.item(i).text()
             for i in range(w.stories.list.count())}
    assert items["pics"] == "Photos (2): 上图：航拍下的石门村，白墙黛瓦的…"
