"""The side panels: stories (edit the text), photos (relink missing files), properties of the
selected frame and its style. (Preflight's list is `findings_panel`.)"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSpinBox, QStyle, QVBoxLayout, QWidget,
)

from layout_app.editor.controller import DocumentController
from layout_app.editor.style_names import property_name, property_shown, shown as style_shown
from layout_app.editor.galley import patch_text
from layout_app.editor.messages import said
from layout_app.errors import InputError
from layout_app.model.story import UNASSIGNED
from layout_app.units import HAO_SIZES, parse_size, size_name


MIME = "application/x-layout-app-item"
UNASSIGNED_INK = QColor(176, 32, 32)        # the unassigned copy's row: a warning's red, readable on white


class DragList(QListWidget):
    """A list whose items can be dragged onto the page: the payload says "story:ID" or "photo:ID"."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)

    def mimeData(self, items):
        data = QMimeData()
        if items:
            data.setData(MIME, f"{self.kind}:{items[0].data(Qt.ItemDataRole.UserRole)}".encode("utf-8"))
        return data

    def mimeTypes(self):
        return [MIME]


class StoriesPanel(QWidget):
    """Stories of the document; the selected one's text can be edited (input methods work here)."""

    def __init__(self, controller: DocumentController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.list = DragList("story", self)
        self.headline = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("One paragraph per line"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 3)         # (the list first: a page holds eight stories or more)
        layout.addWidget(QLabel(self.tr("Headline"), self))
        layout.addWidget(self.headline)
        layout.addWidget(QLabel(self.tr("Body"), self))
        layout.addWidget(self.body, 2)
        self._add_style_controls(layout)
        self.list.currentRowChanged.connect(self._show)
        self.headline.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self._showing = False
        self._listed = None
        controller.changed.connect(self._changed)
        self.reload()

    def _changed(self) -> None:
        # the list only when stories came or went or were renamed; the text when it changed
        if self._listing() != self._listed:
            self.reload()
        else:
            self._show()

    def _listing(self) -> tuple:
        """What the list shows of each story: its headline, and whether its copy left a guess."""
        return tuple((s.id, s.headline, bool(s.query)) for s in self.controller.doc.stories)

    def _photos_only(self, sid: str) -> str:
        """A photo page's section of pictures (no headline, no text) by its photos: how many, and the
        caption of the first one read on the page (top left)."""
        doc = self.controller.doc
        at: dict = {}                     # photo → where its first frame stands: page, line, column
        for k, page in enumerate(doc.pages):
            for f in page.frames:
                if f.kind == "photo":
                    at.setdefault(f.photo, (k, f.line, f.col))
        photos = sorted((p for p in doc.photos if p.story == sid), key=lambda p: at.get(p.id, (len(doc.pages), 0, 0)))
        if not photos:
            return ""
        caption = " ".join(photos[0].caption.split())
        caption = caption[:16] + ("…" if len(caption) > 16 else "")
        return self.tr("Photos ({n}): {caption}").format(n=len(photos), caption=caption)

    def story_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reload(self) -> None:
        self._listed = self._listing()
        current = self.story_id()
        self._showing = True
        # (emptied without a word: the row it had names a story another document may not have)
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        for s in self.controller.doc.stories:
            # (a credit line is a story of a byline alone: listed by its words, not its id)
            item = QListWidgetItem(s.headline or s.kicker or (s.body[0][:16] + "…" if s.body else "")
                                   or (s.byline[:20] + ("…" if len(s.byline) > 20 else "")) or self._photos_only(s.id)
                                   or s.id)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if s.id == UNASSIGNED:
                # the copy read as no story's part, on no page: text a reporter wrote that the page does
                # not print until the editor places it (review 30: listed like any story, unmarked)
                item.setText(self.tr("Unassigned: {text}").format(text=item.text()))
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setForeground(QBrush(UNASSIGNED_INK))
                item.setToolTip(self.tr("Copy read as no story's part, on no page: place it, move its lines into "
                                        "their stories, or delete them"))
            elif s.query:
                # what reading its copy left in doubt: marked in the list until the editor edits the story
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip(self.tr("Reading its copy left a guess: check its parts (editing the story marks it checked)"))
            self.list.addItem(item)
            if s.id == current:
                self.list.setCurrentItem(item)
        self._showing = False
        self._show()

    def select_story(self, story_id: str) -> None:
        for k in range(self.list.count()):
            if self.list.item(k).data(Qt.ItemDataRole.UserRole) == story_id:
                self.list.setCurrentRow(k)

    def _show(self, *_):
        sid = self.story_id()
        self._showing = True
        story = self.controller.doc.story(sid) if sid else None
        if story is not None:
            if self.headline.text() != story.headline:
                self.headline.setText(story.headline)
            text = "\n".join(story.body)
            shown = self.body.toPlainText()
            if shown != text:
                patch_text(self.body, shown, text)      # what changed only (typing on the page)
        self._showing = False
        self._show_style()

    def _edited(self, *_):
        sid = self.story_id()
        if self._showing or sid is None:
            return
        doc = self.controller.doc
        old = doc.story(sid)
        body = old.body_from_lines(tuple(p for p in self.body.toPlainText().split("\n") if p.strip()))
        new = replace(old.with_body(body), headline=self.headline.text())
        if new != old:
            stories = tuple(new if s.id == sid else s for s in doc.stories)
            self.controller.apply(replace(doc, stories=stories), self.tr("Edit story"), f"edit-{sid}")


    # --- styles: the paragraph at the cursor, a character style on the selection (schema 3) ---
    def _add_style_controls(self, layout: QVBoxLayout) -> None:
        self.para_style = QComboBox(self)
        self.char_style = QComboBox(self)
        self.apply_char = QPushButton(self.tr("Apply to selection"), self)
        self.style_info = QLabel(self)
        self.style_info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Paragraph style"), self.para_style)
        form.addRow(self.tr("Character style"), self.char_style)
        layout.addLayout(form)
        layout.addWidget(self.apply_char)
        layout.addWidget(self.style_info)
        self.para_style.activated.connect(self._set_paragraph_style)
        self.apply_char.clicked.connect(self._set_char_style)
        self.body.cursorPositionChanged.connect(self._show_style)

    def _paragraph_of_block(self, number: int) -> int | None:
        """The story paragraph a line of the text box is (empty lines are no paragraphs)."""
        document = self.body.document()
        if not document.findBlockByNumber(number).text().strip():
            return None
        return sum(1 for k in range(number) if document.findBlockByNumber(k).text().strip())

    def _show_style(self) -> None:
        sid = self.story_id()
        doc = self.controller.doc
        names = list(dict.fromkeys(["body", *doc.styles]))
        chars = list(doc.sheet.names("character"))
        if [self.para_style.itemData(k) for k in range(self.para_style.count())] != names:
            self.para_style.clear()
            for name in names:                      # shown as 正文, 主题 …; the document's name is the data
                self.para_style.addItem(style_shown(name), name)
        if [self.char_style.itemData(k) for k in range(1, self.char_style.count())] != chars:
            self.char_style.clear()
            self.char_style.addItem(self.tr("(none)"), None)
            for name in chars:
                self.char_style.addItem(style_shown(name), name)
        j = self._paragraph_of_block(self.body.textCursor().blockNumber())
        fmt = doc.story(sid).format(j) if sid and j is not None else None
        self.para_style.setCurrentIndex(self.para_style.findData((fmt.style if fmt else None) or "body"))
        shown = [property_shown(k, v) for k, v in (fmt.local if fmt else ())]
        if fmt:
            text = doc.story(sid).body[j]
            for r in fmt.runs:
                what = style_shown(r.style) or ", ".join(property_name(k) for k, _ in r.local)
                shown.append(f"{text[r.start:r.end]}: {what}")
        self.style_info.setText(self.tr("Set here: {what}").format(what="; ".join(shown)) if shown else "")

    def _apply_story(self, story, text: str) -> None:
        doc = self.controller.doc
        self.controller.apply(replace(doc, stories=tuple(story if s.id == story.id else s for s in doc.stories)), text)

    def _set_paragraph_style(self, *_) -> None:
        sid = self.story_id()
        j = self._paragraph_of_block(self.body.textCursor().blockNumber())
        if sid is None or j is None or self.body.isReadOnly():
            return
        story = self.controller.doc.story(sid).with_paragraph_style(j, self.para_style.currentData())
        self._apply_story(story, self.tr("Paragraph style"))

    def _set_char_style(self, *_) -> None:
        sid = self.story_id()
        cursor = self.body.textCursor()
        if sid is None or not cursor.hasSelection() or self.body.isReadOnly():
            return
        document = self.body.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        story = self.controller.doc.story(sid)
        style = self.char_style.currentData()
        for number in range(first.blockNumber(), last.blockNumber() + 1):
            j = self._paragraph_of_block(number)
            if j is None:
                continue
            block = document.findBlockByNumber(number)
            text = block.text()
            start = _code_points(text, max(0, cursor.selectionStart() - block.position()))
            end = _code_points(text, min(block.length() - 1, cursor.selectionEnd() - block.position()))
            story = story.with_char_style(j, start, end, style)
        self._apply_story(story, self.tr("Character style"))


def _code_points(text: str, units: int) -> int:
    """Qt's positions count UTF-16 units; a character outside the BMP (𠮷) is two of them."""
    n = 0
    for k, ch in enumerate(text):
        if n >= units:
            return k
        n += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class PhotosPanel(QWidget):
    """Photos with their state; a missing file can be relinked."""

    def __init__(self, controller: DocumentController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.list = DragList("photo", self)
        self.relink = QPushButton(self.tr("Relink…"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.relink)
        self.relink.clicked.connect(self._relink)
        self._listed = None
        controller.changed.connect(self._changed)
        self.reload()

    def _state(self) -> tuple:
        doc = self.controller.doc
        return doc.photos, self.controller.doc_dir, doc.placed_photos()

    def _changed(self) -> None:
        if self._state() != self._listed:
            self.reload()

    def reload(self) -> None:
        self._listed = self._state()
        placed = self._listed[2]
        self.list.clear()
        for p in self.controller.doc.photos:
            missing = not (self.controller.doc_dir / p.file).exists()
            # a photo no page places (compose left it out): its caption does not print either
            label = (self.tr("MISSING") + " " if missing else "") \
                + ("" if p.id in placed else self.tr("Not on a page") + " ") + PurePosixPath(p.file).name \
                + (f" — {p.caption}" if p.caption else "") \
                + ("  " + self.tr("Comment: {text}").format(text=p.comment) if p.comment else "")
            item = QListWidgetItem(label)
            # the photo desk knows a photo by its file's name; where it lies (../../photos/…) is the tip
            tip = [str((self.controller.doc_dir / p.file).resolve())]
            if p.checked:          # a standard icon, not a ✓ that the interface font may lack
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
                tip.append(self.tr("Caption and credit checked"))
            item.setToolTip("\n".join(tip))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if missing:
                item.setForeground(Qt.GlobalColor.red)
            self.list.addItem(item)

    def missing(self) -> list[str]:
        return [p.id for p in self.controller.doc.photos if not (self.controller.doc_dir / p.file).exists()]

    def relink_to(self, photo_id: str, new_path: Path) -> None:
        doc = self.controller.doc
        rel = Path(os.path.relpath(new_path.resolve(), self.controller.doc_dir.resolve())).as_posix()
        photos = tuple(replace(p, file=rel, checksum="") if p.id == photo_id else p for p in doc.photos)
        self.controller.apply(replace(doc, photos=photos), self.tr("Relink photo"), structural=True)

    def _relink(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Find the photo"), str(self.controller.doc_dir),
                                              self.tr("Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)"))
        if path:
            self.relink_to(item.data(Qt.ItemDataRole.UserRole), Path(path))


class PropertiesPanel(QWidget):
    """The selected frame on the grid, and the size of its paragraph style (号 or pt)."""

    def __init__(self, controller: DocumentController, canvas, parent=None):
        super().__init__(parent)
        self.controller, self.canvas = controller, canvas
        form = QFormLayout(self)
        self.fields = {}
        for name, label in (("col", self.tr("Column")), ("cols", self.tr("Columns")),
                            ("line", self.tr("Line")), ("lines", self.tr("Lines"))):
            box = QSpinBox(self)
            box.setRange(0 if name in ("col", "line") else 1, 999)
            box.valueChanged.connect(lambda value, n=name: self._geometry(n, value))
            form.addRow(label, box)
            self.fields[name] = box
        self.role = QLabel("", self)
        self.size = QComboBox(self)
        self.size.setEditable(True)
        self.size.addItems(list(HAO_SIZES))
        self.size.lineEdit().editingFinished.connect(self._size)
        self.size.activated.connect(lambda *_: self._size())
        form.addRow(self.tr("Style"), self.role)
        form.addRow(self.tr("Size (号 or pt)"), self.size)
        self.photo_buttons = []
        for text, slot in ((self.tr("Fill frame"), lambda: self._photo(fit=False)),
                           (self.tr("Fit whole photo"), lambda: self._photo(fit=True)),
                           (self.tr("Zoom in"), lambda: self._photo(factor=1.25)),
                           (self.tr("Zoom out"), lambda: self._photo(factor=0.8)),
                           (self.tr("Reset crop"), lambda: self._photo(reset=True))):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            form.addRow(button)
            self.photo_buttons.append(button)
        self._wrap_fields(form)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self._loading = False
        canvas.selectionChanged.connect(self.load)
        controller.changed.connect(lambda: self.load(canvas.selected))
        self.load("")

    def _role(self, frame) -> str | None:
        if frame is None:
            return None
        if frame.kind == "caption":
            return "caption"
        if frame.kind == "photo":
            return None
        if frame.style:
            return frame.style
        return "headline" if frame.part == "heading" else frame.part

    def load(self, frame_id: str) -> None:
        frame = self.canvas.frame(frame_id) if frame_id else None
        self._loading = True
        for name, box in self.fields.items():
            box.setEnabled(frame is not None)
            if frame is not None:
                box.setValue(getattr(frame, name))
        for button in self.photo_buttons:
            button.setEnabled(frame is not None and frame.kind == "photo")
        self._load_wrap(frame)
        role = self._role(frame)
        self.role.setText(style_shown(role))
        self.size.setEnabled(role is not None)
        if role:
            self.size.setCurrentText(size_name(self.controller.doc.style(role).size))
        self._loading = False

    # --- text wrap (绕排, schema 3) -----------------------------------------------------------------
    def _wrap_fields(self, form: QFormLayout) -> None:
        self.wrap = QCheckBox(self.tr("Text wraps around it (绕排)"), self)
        self.standoff = QSpinBox(self)
        self.standoff.setRange(0, 5)
        self.intended = QCheckBox(self.tr("Overlap intended"), self)
        self.wrap.toggled.connect(lambda on: self._set_wrap(wrap="around" if on else "off"))
        self.standoff.valueChanged.connect(lambda n: self._set_wrap(standoff_lines=float(n)))
        self.intended.toggled.connect(lambda on: self._set_wrap(overlap_intended=on))
        form.addRow(self.wrap)
        form.addRow(self.tr("Standoff (lines)"), self.standoff)
        form.addRow(self.intended)

    def _load_wrap(self, frame) -> None:
        for box in (self.wrap, self.standoff, self.intended):
            box.setEnabled(frame is not None)
        if frame is not None:
            self.wrap.setChecked(frame.wrap != "off")
            self.standoff.setValue(round(frame.standoff_lines))
            self.intended.setChecked(frame.overlap_intended)

    def _set_wrap(self, **change) -> None:
        """Wrap, standoff or intended overlap of the selected frame; a photo's captions wrap with it."""
        frame = self.canvas.frame(self.canvas.selected) if self.canvas.selected else None
        if self._loading or frame is None or all(getattr(frame, k) == v for k, v in change.items()):
            return
        page = self.controller.doc.pages[self.canvas.page_index]
        changes = {frame.id: replace(frame, **change)}
        if frame.kind == "photo" and "overlap_intended" not in change:
            changes.update({c.id: replace(c, **change) for c in page.frames
                            if c.kind == "caption" and c.photo == frame.photo})
        self.controller.replace_frames(self.canvas.page_index, changes, self.tr("Text wrap"))

    def _photo(self, fit: bool | None = None, factor: float | None = None, reset: bool = False) -> None:
        from layout_app.editor import cropping
        from layout_app.model.story import Crop

        frame = self.canvas.frame(self.canvas.selected) if self.canvas.selected else None
        if frame is None or frame.kind != "photo":
            return
        photo = self.controller.doc.photo(frame.photo)
        crop = Crop() if reset else (cropping.zoom(photo.crop, factor) if factor else photo.crop)
        self.canvas.set_crop(photo.id, crop, self.tr("Crop photo"), fit=fit)

    def _geometry(self, name: str, value: int) -> None:
        frame = self.canvas.frame(self.canvas.selected) if self.canvas.selected else None
        if self._loading or frame is None or getattr(frame, name) == value:
            return
        grid = self.controller.doc.grid
        new = replace(frame, **{name: value})
        if new.col + new.cols > grid.columns or new.line + new.lines > grid.line_count:
            self.message.setText(self.tr("That would run off the grid"))
            self.load(frame.id)
            return
        self.message.setText("")
        self.canvas.change_frame(new, self.tr("Frame geometry"))

    def _size(self) -> None:
        frame = self.canvas.frame(self.canvas.selected) if self.canvas.selected else None
        role = self._role(frame)
        if self._loading or role is None:
            return
        try:
            pt = parse_size(self.size.currentText())
        except InputError as exc:
            self.message.setText(said(exc))
            return
        self.message.setText("")
        doc = self.controller.doc
        new = doc.restyle(role, size=pt)       # in the style sheet: styles based on it follow
        if new.styles != doc.styles:
            self.controller.apply(new, self.tr("Change type size"))
