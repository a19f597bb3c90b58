"""Review mode for reporters: the page is read-only except captions and credits; every photo is
listed with its caption, credit, story and place; each can be marked checked or commented on."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget,
)

from layout_app.editor.controller import DocumentController
from layout_app.editor.findings_panel import translate

# the list follows edits once typing pauses: it composes and checks every page of the document (on a
# 24-page edition about a second), which must not be paid on each keystroke of text edited on the page
RELOAD_MS = 250


class ReviewPanel(QWidget):
    def __init__(self, controller: DocumentController, canvas, parent=None):
        super().__init__(parent)
        self.controller, self.canvas = controller, canvas
        self.list = QListWidget(self)
        self.info = QLabel("", self)
        self.info.setWordWrap(True)
        self.caption = QLineEdit(self)
        self.credit = QLineEdit(self)
        self.checked = QCheckBox(self.tr("Caption and credit checked"), self)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("A note for the page editor"))
        form = QFormLayout()
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Credit"), self.credit)
        form.addRow(self.checked)
        form.addRow(self.tr("Comment"), self.comment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.info)
        layout.addLayout(form)
        self._loading = False
        self.entries = []
        self.list.currentRowChanged.connect(self._picked)
        self.caption.textEdited.connect(lambda t: self._edit(caption=t))
        self.credit.textEdited.connect(lambda t: self._edit(credit=t))
        self.comment.textEdited.connect(lambda t: self._edit(comment=t))
        self.checked.toggled.connect(lambda on: self._loading or self._edit(checked=on))
        self.active = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(RELOAD_MS)
        self._later.timeout.connect(lambda: self.active and self.reload())
        controller.changed.connect(self._changed)

    def set_active(self, on: bool) -> None:
        """The panel works only in review mode: outside it, edits must not pay for its checks."""
        self.active = on
        self._later.stop()
        if on:
            self.reload()

    def _changed(self) -> None:
        if self.active:
            self._later.start()

    def reload(self) -> None:
        row = self.list.currentRow()
        self._later.stop()
        # photo files are not read here (that is preflight's job): this runs once typing pauses.
        # Imported here: the caption matcher (the copy desk's name rules) is not needed before review mode
        from layout_app.preflight.captioncheck import caption_entries

        self.entries = caption_entries(self.controller.doc, self.controller.doc_dir, files=False)
        self._loading = True
        self.list.clear()
        for e in self.entries:
            item = QListWidgetItem(e.caption_shown or self.tr("(no caption)"))
            mark = QStyle.StandardPixmap.SP_DialogApplyButton if e.photo.checked else (
                QStyle.StandardPixmap.SP_MessageBoxWarning if e.warnings else None)
            if mark is not None:           # standard icons: a ✓ or ⚠ glyph may be missing from the font
                item.setIcon(self.style().standardIcon(mark))
            item.setData(Qt.ItemDataRole.UserRole, e.photo.id)
            self.list.addItem(item)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self._loading = False
        self._show(zoom=False)          # typing in a field must not move the view back to the photo

    def current(self):
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _picked(self, _row: int) -> None:
        if not self._loading:
            self._show(zoom=True)

    def _show(self, zoom: bool) -> None:
        """Fill the fields from the current photo; with `zoom`, show it on the canvas (a choice in the list)."""
        e = self.current()
        self._loading = True
        for w in (self.caption, self.credit, self.comment, self.checked):
            w.setEnabled(e is not None)
        if e is not None:
            story = e.story.headline if e.story else "—"
            self.info.setText(f"{story}\n{e.place.render(translate)}\n" + "\n".join(f"· {w.render(translate)}" for w in e.phrases))
            if self.caption.text() != e.photo.caption:
                self.caption.setText(e.photo.caption)
            if self.credit.text() != e.photo.credit:
                self.credit.setText(e.photo.credit)
            if self.comment.text() != e.photo.comment:
                self.comment.setText(e.photo.comment)
            self.checked.setChecked(e.photo.checked)
        if e is not None and zoom:
            pages = [p.id for p in self.controller.doc.pages]
            if self.canvas.page_index != pages.index(e.page.id):
                self.canvas.page_index = pages.index(e.page.id)
                self.canvas.refresh()
            self.canvas.show_frame(e.frame.id)
        self._loading = False

    def _edit(self, **changes) -> None:
        e = self.current()
        if self._loading or e is None:
            return
        doc = self.controller.doc
        photos = tuple(replace(p, **changes) if p.id == e.photo.id else p for p in doc.photos)
        key = f"review-{e.photo.id}-{'-'.join(changes)}"
        self.controller.apply(replace(doc, photos=photos), self.tr("Review caption"), key)
