"""File ▸ New (Ctrl+N): the shipped templates with a picture of their empty page, their size and
columns; the new document opens unsaved. File ▸ Place (Ctrl+D): a copy file or photo into the
selected frame, or at a free spot (editor.place)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSpinBox, QVBoxLayout,
)

from layout_app.editor.pagemarks import COLUMN_GUIDE
from layout_app.editor.viewnav import find_menu
from layout_app.editor.messages import said
from layout_app.errors import InputError
from layout_app.io.templates import load_template, new_document, template_names
from layout_app.layout.compose import Composer
from layout_app.render.qt.raster import render_image

PREVIEW_HEIGHT = 260      # px


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def describe(template) -> str:
    g = template.grid
    return tr("{w:g} × {h:g} mm, {cols} columns of {chars} characters, {lines} lines").format(
        w=g.width, h=g.height, cols=g.columns, chars=g.column_chars, lines=g.line_count)


class NewDocumentDialog(QDialog):
    """Pick a template; the preview is its empty page as the editor and the PDF draw it."""

    def __init__(self, parent=None, painter=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New document"))
        self.painter = painter
        self.previews: dict[str, QPixmap] = {}
        self.list = QListWidget(self)
        self.list.setToolTip(tr("The page sizes and grids layout_app ships"))
        self.list.setMaximumWidth(220)
        self.templates = {}
        for name in template_names():
            try:
                t = load_template(name)
            except InputError:
                continue                                 # a broken template is not offered
            self.templates[name] = t
            item = QListWidgetItem(label(t), self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(describe(t))
        self.preview = QLabel(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setMinimumSize(round(PREVIEW_HEIGHT * 0.75), PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setToolTip(tr("The empty page: margins, masters (报头, running head) as they print"))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.pages = QSpinBox(self)
        self.pages.setRange(1, 64)
        self.pages.setToolTip(tr("How many pages the new document starts with"))
        self.title = QLineEdit(self)
        self.title.setToolTip(tr("The document's title (the edition, e.g. 要闻 A1)"))
        form = QFormLayout()
        form.addRow(tr("Number of pages"), self.pages)
        form.addRow(tr("Title"), self.title)
        side = QVBoxLayout()
        side.addWidget(self.preview, 1)
        side.addWidget(self.info)
        side.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(side, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.list.setCurrentRow(0)

    def template(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def _show(self, *_) -> None:
        name = self.template()
        if not name:
            return
        self.info.setText(describe(self.templates[name]))
        self.preview.setPixmap(self.picture(name))

    def picture(self, name: str) -> QPixmap:
        picture = self.previews.get(name)
        if picture is None:
            doc = new_document(name)
            display = Composer(doc).compose(doc.pages[0])
            scale = PREVIEW_HEIGHT / display.height
            image = render_image(display, dpi=72.0 * scale, painter=self.painter)
            _columns(image, doc.grid, scale)
            picture = self.previews[name] = QPixmap.fromImage(image)
        return picture


def _columns(image, grid, scale: float) -> None:
    """The grid's columns drawn on the preview, as the canvas shows them."""
    p = QPainter(image)
    p.scale(scale, scale)
    p.setPen(QPen(COLUMN_GUIDE.darker(120), 0))
    p.setBrush(QColor(0, 160, 220, 18))
    area = grid.type_area()
    for col in range(grid.columns):
        p.drawRect(QRectF(grid.column_x(col), area.y, grid.column_width, grid.line_count * grid.leading))
    p.end()


def label(template) -> str:
    """The template's name in the interface's language: the Chinese translation names the field "label"."""
    field = tr("label_en") if tr("label_en") in ("label", "label_en") else "label_en"
    return getattr(template, field)


def new_from_template(window, template: str, pages: int = 1, title: str = "") -> bool:
    """The new document in the window, unsaved; the current one is offered for saving first."""
    if not window.maybe_save():
        return False
    try:
        doc = new_document(template, pages, title)
    except InputError as exc:
        window.notify(tr("Cannot make the document"), said(exc))
        return False
    window.canvas.page_index = 0
    window.canvas.select("")
    window.controller.open(doc, None)
    window.is_demo = False
    window.canvas.fit_page()
    window.status.setText(tr("New document on {template}: not saved yet").format(template=label(load_template(template))))
    return True


def new_dialog(window) -> None:
    dialog = NewDocumentDialog(window, window.canvas.painter)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.template():
        new_from_template(window, dialog.template(), dialog.pages.value(), dialog.title.text().strip())


def place(window, paths: list[Path]) -> bool:
    """Place files (see editor.place.place_files); one undo step for them all."""
    from layout_app.editor.place import place_files

    c = window.controller
    if window.reviewing:
        window.status.setText(tr("Review mode: the layout cannot change"))
        return False
    doc, notes, problems = place_files(c.doc, c.doc_dir, window.canvas.page_index, paths, window.canvas.selected)
    names = ", ".join(p.name for p in paths)
    changed = c.apply(doc, tr("Place {file}").format(file=names), structural=True)
    window.status.setText(tr("; ").join(notes + problems))
    if problems:
        window.notify(tr("Some files could not be placed"), "\n".join(problems))
    return changed


def place_dialog(window) -> None:
    paths, _ = QFileDialog.getOpenFileNames(window, tr("Place a copy file or photo"), str(window.controller.doc_dir),
                                            tr("Copy and photos (*.txt *.docx *.md *.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)"))
    if paths:
        place(window, [Path(p) for p in paths])


def install(window) -> None:
    file_menu = find_menu(window, "&File")
    first = file_menu.actions()[0] if file_menu.actions() else None
    new = QAction(tr("&New…"), window)
    new.setShortcut(QKeySequence.StandardKey.New)
    new.setToolTip(tr("A new document from a template: 四开, 对开, Berliner, A3 (Ctrl+N)"))
    new.triggered.connect(lambda: new_dialog(window))
    file_menu.insertAction(first, new)
    after_open = next((a for a in file_menu.actions() if a.menu() is not None), None)   # after Open Recent
    later = file_menu.actions()[file_menu.actions().index(after_open) + 1] if after_open else None
    placing = QAction(tr("&Place…"), window)
    placing.setShortcut(QKeySequence("Ctrl+D"))
    placing.setToolTip(tr("Place a copy file or photo into the selected frame, or at a free spot (Ctrl+D)"))
    placing.triggered.connect(lambda: place_dialog(window))
    file_menu.insertAction(later, placing)
    window.layout_actions.append(placing)               # review mode turns it off with the other layout actions
    window.new_action, window.place_action = new, placing
