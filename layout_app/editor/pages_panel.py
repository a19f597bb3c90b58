"""The pages panel: a thumbnail of every page; add, delete, reorder (drag, or move up/down), apply a
master, go to a page with a click. Every change is one undo step (model.pageops does the work).

Thumbnails stay cheap: after a change, at most every THROTTLE_MS, only pages whose own content
changed (the page, the stories and photos it shows, the grid, styles, masters, date) are drawn again.
None is drawn before the page's first paint (a user waits for that, not for these), nor while the
page's photos are still being made: drawn once, with them, not once with placeholders and again."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QListWidget, QListWidgetItem, QMenu, QPushButton, QVBoxLayout,
    QWidget,
)

from layout_app.editor.style_names import master_shown
from layout_app.model import pageops
from layout_app.model.document import Document, Page
from layout_app.render.qt.raster import render_image

GREEK_PX = 2.5              # a thumbnail's text below this height shows as grey lines
THUMB_WIDTH = 80        # px
THROTTLE_MS = 300
PAGE_MIME = "application/x-layout-app-page"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def story_frames(doc: Document) -> dict[str, tuple]:
    """Each story's text frames with their pages: a story's flow runs through all of them."""
    out: dict[str, list] = {}
    for p in doc.pages:
        for f in p.frames:
            if f.story:
                out.setdefault(f.story, []).append((p.id, f))
    return {k: tuple(v) for k, v in out.items()}


def page_key(doc: Document, page: Page, chains: dict[str, tuple] | None = None) -> tuple:
    """Everything a page's picture depends on: equal keys, equal pictures."""
    chains = story_frames(doc) if chains is None else chains
    stories = sorted({f.story for f in page.frames if f.story})
    photos = {f.photo for f in page.frames if f.photo}
    return (page, doc.grid, tuple(sorted(doc.styles.items())), doc.sheet, doc.masters, doc.date, doc.paper,
            doc.title, doc.byline_place,
            tuple(s for s in doc.stories if s.id in stories),
            tuple(chains.get(s, ()) for s in stories),     # where the story's other frames are matters here
            tuple(p for p in doc.photos if p.id in photos))


def edged(image) -> None:
    """An edge, so that an empty page shows as a page."""
    p = QPainter(image)
    p.setPen(QColor(150, 150, 150))
    p.drawRect(0, 0, image.width() - 1, image.height() - 1)
    p.end()


def blank_page(doc: Document) -> QPixmap:
    """What stands for a thumbnail until it is drawn: an empty page, as large as the picture will be."""
    trim = doc.grid.trim
    image = QImage(THUMB_WIDTH, max(1, round(THUMB_WIDTH * trim.height / trim.width)), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    edged(image)
    return QPixmap.fromImage(image)


class PageList(QListWidget):
    """Thumbnails in page order; a page dragged within the list moves there (the dragged page travels
    by its id, so a drop never moves a page other than the one picked up)."""

    def __init__(self, panel: PagesPanel):
        super().__init__(panel)
        self.panel = panel
        self.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.45)))
        # pages side by side in rows, as in a page layout program's pages panel: more pages in view
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)     # the document moves a page, not the view
        self.setGridSize(QSize(THUMB_WIDTH + 24, round(THUMB_WIDTH * 1.45) + 2 * self.fontMetrics().height() + 14))
        self.setWordWrap(True)
        self.setMinimumHeight(self.gridSize().height() + 8)     # a whole row of pages in view at least
        self.setDragEnabled(True)                        # after setMovement(Static), which turns both off
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setToolTip(tr("Click a page to edit it; drag a page to move it; right-click for more"))

    def mimeTypes(self) -> list[str]:
        return [PAGE_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(PAGE_MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode("utf-8"))
        return data

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(PAGE_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(PAGE_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def drop_row(self, pos) -> int:
        """The place a drop at `pos` (viewport coordinates) puts a page: before the page under it, or
        after it on its right half; after the last page where there is none."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.x() > rect.center().x() else 0)

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(PAGE_MIME):
            return
        page_id = bytes(event.mimeData().data(PAGE_MIME)).decode("utf-8")
        ids = [p.id for p in self.panel.controller.doc.pages]
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the document moves the page; the list follows it
        event.accept()
        if page_id in ids:
            source = ids.index(page_id)
            row = self.drop_row(event.position().toPoint())
            self.panel.move(source, row - 1 if row > source else row)   # it leaves its old place first


class PagesPanel(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.list = PageList(self)
        self.list.itemClicked.connect(lambda item: self.go(self.list.row(item)))
        self.list.customContextMenuRequested.connect(self._menu)
        self.thumbs: dict[str, tuple[tuple, QPixmap]] = {}   # page id → (key, picture)
        self.renders = 0                                     # pictures drawn (tests count them)
        self.drawing = False                                 # thumbnails drawn: after the first paint
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.reload)
        buttons = QHBoxLayout()
        self.add_button = self._button("+", tr("Add a page after the selected one"), self.add)
        self.delete_button = self._button("−", tr("Delete the selected page (Undo brings it back)"), self.delete)
        self.up_button = self._button("↑", tr("Move the selected page one place up"), lambda: self.step(-1))
        self.down_button = self._button("↓", tr("Move the selected page one place down"), lambda: self.step(1))
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        self.master = QComboBox(self)
        self.master.setToolTip(tr("The master (报头, running head, folio) the selected page applies"))
        self.master.activated.connect(lambda _: self.apply_master(self.master.currentData()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.master)
        self.controller.changed.connect(self.changed)
        window.canvas.pageActivated.connect(lambda _: self._select_current())
        window.canvas.photosArrived.connect(self._photos_arrived)
        window.canvas.firstPainted.connect(self._first_paint)
        review = getattr(window, "review_action", None)
        if review is not None:                           # review mode: pages can be looked at, not changed
            review.toggled.connect(self.set_review)
        self.reload()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(lambda _checked=False: slot())      # not slot(checked): delete(False) is page 0
        return b

    # --- showing ----------------------------------------------------------------------------------
    def changed(self) -> None:
        """Throttled: during a drag the thumbnails follow a few times a second, not at every step."""
        if self.list.count() != len(self.controller.doc.pages):
            self.reload()                                # pages came or went: show it now
        elif not self.timer.isActive():
            self.timer.start(THROTTLE_MS)

    def _first_paint(self) -> None:
        if not self.window.isVisible():                  # closed since: nothing to draw for
            return
        self.drawing = True
        if not self.window.canvas.painter.images.busy:  # else the photos' arrival draws them
            self.reload()

    def _photos_arrived(self) -> None:
        if self.window.canvas.painter.images.busy:      # drawn when the last has come, not at each
            return
        if self.drawing and (len(self.thumbs) < len(self.controller.doc.pages)
                             or any(key is None for key, _ in self.thumbs.values())):
            self.reload()

    def reload(self) -> None:
        self.timer.stop()
        doc = self.controller.doc
        self.list.blockSignals(True)
        while self.list.count() > len(doc.pages):
            self.list.takeItem(self.list.count() - 1)
        chains = story_frames(doc)
        for index, page in enumerate(doc.pages):
            item = self.list.item(index)
            if item is None:
                item = QListWidgetItem(self.list)
            label = tr("Page {n}").format(n=page.number) + (f"\n{page.section}" if page.section else "")
            item.setText(label)
            if self.drawing:
                item.setIcon(QIcon(self.thumbnail(doc, index, chains)))
            elif item.icon().isNull():                   # a blank page of the thumbnail's size: the list lays out as it will stay
                item.setIcon(QIcon(blank_page(doc)))
            item.setToolTip(label.replace("\n", " ") + (f" [{master_shown(page.master)}]" if page.master else ""))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setData(Qt.ItemDataRole.UserRole, page.id)
        ids = {p.id for p in doc.pages}
        self.thumbs = {k: v for k, v in self.thumbs.items() if k in ids}
        self.list.blockSignals(False)
        self._select_current()
        self._masters()

    def thumbnail(self, doc: Document, index: int, chains: dict[str, tuple] | None = None) -> QPixmap:
        page = doc.pages[index]
        key = page_key(doc, page, chains)
        hit = self.thumbs.get(page.id)
        if hit is not None and hit[0] == key:
            return hit[1]
        display = self.controller.compose(index)
        image = render_image(display, dpi=THUMB_WIDTH * 72.0 / display.width, painter=self.window.canvas.painter,
                             greek_px=GREEK_PX)
        edged(image)
        picture = QPixmap.fromImage(image)
        # drawn with photos still being made: kept under no key, drawn again when they arrive
        self.thumbs[page.id] = (None if self.window.canvas.painter.incomplete else key, picture)
        self.renders += 1
        return picture

    def _select_current(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(self.window.canvas.page_index)
        self.list.blockSignals(False)
        self._masters()

    def _masters(self) -> None:
        doc = self.controller.doc
        self.master.blockSignals(True)
        self.master.clear()
        self.master.addItem(tr("(no master)"), "")
        for m in doc.masters:
            self.master.addItem(master_shown(m.name), m.name)
        index = self.window.canvas.page_index
        current = doc.pages[index].master if 0 <= index < len(doc.pages) else ""
        self.master.setCurrentIndex(max(0, self.master.findData(current)))
        self.master.setEnabled(bool(doc.masters))
        self.master.blockSignals(False)

    def set_review(self, on: bool) -> None:
        for control in (self.add_button, self.delete_button, self.up_button, self.down_button, self.master):
            control.setEnabled(not on)
        self.list.setDragEnabled(not on)
        if not on:
            self._masters()                              # enabled again only where there are masters

    # --- changing -----------------------------------------------------------------------------------
    def current(self) -> int:
        row = self.list.currentRow()
        return row if row >= 0 else self.window.canvas.page_index

    def go(self, index: int) -> None:
        self.window.show_page(index)
        self._select_current()

    def add(self) -> None:
        doc, at = pageops.add_page(self.controller.doc, self.current() + 1)
        if self.controller.apply(doc, tr("Add page"), structural=True):
            self.go(at)

    def delete(self, index: int | None = None) -> None:
        index = self.current() if index is None else index
        if len(self.controller.doc.pages) <= 1:
            self.window.status.setText(tr("A document keeps at least one page"))
            return
        number = self.controller.doc.pages[index].number
        if self.controller.apply(pageops.delete_page(self.controller.doc, index),
                                 tr("Delete page {n}").format(n=number), structural=True):
            self.go(min(index, len(self.controller.doc.pages) - 1))

    def step(self, by: int, index: int | None = None) -> None:
        index = self.current() if index is None else index
        self.move(index, index + by)

    def move(self, index: int, to: int) -> None:
        to = max(0, min(to, len(self.controller.doc.pages) - 1))
        if to == index:
            return
        if self.controller.apply(pageops.move_page(self.controller.doc, index, to), tr("Move page"), structural=True):
            self.go(to)

    def apply_master(self, name: str, index: int | None = None) -> None:
        index = self.current() if index is None else index
        if self.controller.apply(pageops.apply_master(self.controller.doc, index, name or ""),
                                 tr("Apply master"), structural=True):
            self.reload()

    def _menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        index = self.list.row(item) if item is not None else self.current()
        self.last_menu = self.menu(index)
        self.last_menu.popup(self.list.viewport().mapToGlobal(pos))

    def menu(self, index: int) -> QMenu:
        """The context menu of page `index`."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        last = len(self.controller.doc.pages) - 1
        for text, tip, slot, enabled in (
                (tr("Go to page"), tr("Edit this page"), lambda: self.go(index), True),
                (tr("Add page after"), tr("An empty page after this one"), lambda: self._add_after(index), True),
                (tr("Delete page"), tr("Delete this page and its frames (Undo brings it back)"),
                 lambda: self.delete(index), last > 0),
                (tr("Move up"), tr("One place earlier in the edition"), lambda: self.step(-1, index), index > 0),
                (tr("Move down"), tr("One place later in the edition"), lambda: self.step(1, index), index < last)):
            action = menu.addAction(text)
            action.setToolTip(tip)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
        masters = menu.addMenu(tr("Apply master"))
        masters.setToolTipsVisible(True)
        for name in [""] + [m.name for m in self.controller.doc.masters]:
            action = masters.addAction(master_shown(name) or tr("(no master)"))
            action.setCheckable(True)
            action.setChecked(self.controller.doc.pages[index].master == name)
            action.triggered.connect(lambda _=False, n=name: self.apply_master(n, index))
        masters.setEnabled(bool(self.controller.doc.masters))
        return menu

    def _add_after(self, index: int) -> None:
        doc, at = pageops.add_page(self.controller.doc, index + 1)
        if self.controller.apply(doc, tr("Add page"), structural=True):
            self.go(at)


def install(window) -> PagesPanel:
    from PySide6.QtWidgets import QDockWidget

    panel = PagesPanel(window)
    dock = QDockWidget(tr("Pages"), window)
    dock.setObjectName("Pages")
    dock.setToolTip(tr("Thumbnails of every page: click to go, drag to reorder"))
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.pages_panel = panel
    return panel
