"""A copy file dropped on the page: its story placed, and what it holds that is no story — a caption
with no photo, a line read as no part — kept in the document as a story on no page (the Stories panel
lists it 未上版), never dropped: before, the status bar said 'caption kept for a photo' and the text
was in no file."""
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent


def test_a_dropped_copy_files_caption_stays_in_a_story_on_no_page(open_window, tmp_path):
    w = open_window()
    copy = tmp_path / "story.txt"
    copy.write_text("春风行动送岗位\n\n本报讯 今年春风行动期间，我区举办招聘会十二场，提供岗位三千余个，"
                    "吸引了大批求职者。\n\n求职者在招聘会现场咨询。\n", encoding="utf-8")
    before = {s.id for s in w.controller.doc.stories}
    grid = w.controller.doc.grid
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy))])
    p = w.canvas.from_page(QPointF(grid.column_x(5) + 5, grid.line_y(40) + 3))
    w.canvas.dropEvent(QDropEvent(QPointF(p.x(), p.y()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier))
    doc = w.controller.doc
    new = [s for s in doc.stories if s.id not in before]
    placed = {f.story for page in doc.pages for f in page.frames}
    assert [s.headline for s in new if s.id in placed] == ["春风行动送岗位"]
    kept = [s for s in new if s.id not in placed]
    assert [list(s.body) for s in kept] == [["求职者在招聘会现场咨询。"]]
