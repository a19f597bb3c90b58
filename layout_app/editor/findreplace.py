"""Edit ▸ Find/Replace (Ctrl+F): a panel that searches every story part, caption and credit
(model.find), lists the hits, steps through them (selecting and zooming to the frame that shows each
one) and replaces one or all of them — Replace All is one undo step."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QDockWidget, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from layout_app.editor.viewnav import find_menu, zoom_to
from layout_app.layout.compose import Composer
from layout_app.model.document import Document
from layout_app.model.find import Hit, compile_pattern, find_all, replace_hits

CONTEXT = 8            # characters shown either side of a hit in the results


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def locate(doc: Document, composer: Composer, hit: Hit) -> tuple[int, str] | None:
    """(page index, frame id) of the frame that shows the hit; the last body frame for overset text;
    None when no frame shows that part."""
    where = [(i, f) for i, page in enumerate(doc.pages) for f in page.frames]
    if hit.kind == "photo":
        frames = [w for w in where if w[1].photo == hit.item and w[1].kind == "caption"] \
            or [w for w in where if w[1].photo == hit.item]
        return (frames[0][0], frames[0][1].id) if frames else None
    own = [w for w in where if w[1].story == hit.item and w[1].is_text]
    if hit.part in ("kicker", "headline", "deck"):
        frames = [w for w in own if w[1].part in (hit.part, "heading")]
        return (frames[0][0], frames[0][1].id) if frames else None
    body = [w for w in own if w[1].part == "body"]
    index = {f.id: i for i, f in body}
    if hit.part == "byline":
        frames = [w for w in own if w[1].part == "byline"]
        if frames:
            return frames[0][0], frames[0][1].id
        placed = composer.story_layout(hit.item).byline if body else ()
        return (index[placed[0].frame], placed[0].frame) if placed else None
    if not body:
        return None
    for pl in composer.story_flow(hit.item).placed:
        if pl.paragraph == hit.paragraph and pl.line.start <= hit.start < max(pl.line.end, pl.line.start + 1):
            return index[pl.frame], pl.frame
    return body[-1][0], body[-1][1].id                  # not set: in the overset text


def describe(doc: Document, hit: Hit) -> str:
    """A result line: what holds the hit and the words around it."""
    if hit.kind == "story":
        story = doc.story(hit.item)
        text = story.body[hit.paragraph] if hit.part == "body" else getattr(story, hit.part)
        name = (story.headline or story.id)[:12]
        part = {"kicker": tr("kicker"), "headline": tr("headline"), "deck": tr("deck"), "body": tr("body"),
                "byline": tr("byline")}[hit.part]
    else:
        photo = doc.photo(hit.item)
        text = getattr(photo, hit.part)
        name = photo.file.rsplit("/", 1)[-1]
        part = tr("caption") if hit.part == "caption" else tr("credit")
    before = text[max(0, hit.start - CONTEXT):hit.start]
    after = text[hit.end:hit.end + CONTEXT]
    return f"{name} · {part}: …{before}【{hit.text}】{after}…"


class FindReplacePanel(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.hits: list[Hit] = []
        self.pattern: re.Pattern | None = None
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(tr("Find"))
        self.find.setToolTip(tr("Text to find in every story, caption and credit (Enter: find)"))
        self.find.returnPressed.connect(self.search)
        self.replacement = QLineEdit(self)
        self.replacement.setPlaceholderText(tr("Replace with"))
        self.replacement.setToolTip(tr("The new text; with regular expressions \\1 takes the first group"))
        self.regex = QCheckBox(tr("Regular expression"), self)
        self.regex.setToolTip(tr("Find with a Python regular expression, e.g. \\d+ 名 for any number of people"))
        self.case = QCheckBox(tr("Match case"), self)
        self.case.setToolTip(tr("Tell capital from small Latin letters (Chinese has no case)"))
        self.results = QListWidget(self)
        self.results.setToolTip(tr("Every hit; click one to select and zoom to its frame"))
        self.results.currentRowChanged.connect(self.go)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.find_button = self._button(tr("Find all"), tr("List every hit (Enter)"), self.search)
        self.prev_button = self._button(tr("Previous"), tr("The hit before (Shift+F3)"), lambda: self.step(-1))
        self.next_button = self._button(tr("Next"), tr("The next hit (F3)"), lambda: self.step(1))
        self.replace_button = self._button(tr("Replace"), tr("Replace the hit shown, then show the next one"),
                                           self.replace_one)
        self.replace_all_button = self._button(tr("Replace All"), tr("Replace every hit: one step to undo"),
                                               self.replace_all)
        grid = QGridLayout()
        grid.addWidget(self.find, 0, 0, 1, 2)
        grid.addWidget(self.replacement, 1, 0, 1, 2)
        grid.addWidget(self.regex, 2, 0)
        grid.addWidget(self.case, 2, 1)
        steps = QHBoxLayout()
        for b in (self.find_button, self.prev_button, self.next_button):
            steps.addWidget(b)
        changes = QHBoxLayout()
        for b in (self.replace_button, self.replace_all_button):
            changes.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(steps)
        layout.addLayout(changes)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        self.controller.changed.connect(self._document_changed)

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.clicked.connect(lambda _checked=False: slot())
        return b

    # --- finding ------------------------------------------------------------------------------------
    def search(self, keep: int = 0) -> bool:
        try:
            self.pattern = compile_pattern(self.find.text(), self.regex.isChecked(), self.case.isChecked())
        except re.error as exc:
            self.pattern, self.hits = None, []
            self.results.clear()
            if not self.find.text():
                self.message.setText(tr("Type what to find"))
            elif exc.pos is not None:        # Python's own words are English: where, and the pattern's text
                self.message.setText(tr("Cannot search: the regular expression is wrong at character {n} ({error})")
                                     .format(n=exc.pos + 1, error=exc.msg))
            else:
                self.message.setText(tr("Cannot search: {error}").format(error=exc))
            return False
        self.hits = find_all(self.controller.doc, self.pattern)
        self.results.blockSignals(True)
        self.results.clear()
        doc = self.controller.doc
        for hit in self.hits:
            QListWidgetItem(describe(doc, hit), self.results)
        self.results.blockSignals(False)
        self.message.setText(tr("{n} found").format(n=len(self.hits)) if self.hits else tr("Not found"))
        if self.hits:
            self.results.setCurrentRow(min(keep, len(self.hits) - 1))
        return bool(self.hits)

    def _document_changed(self) -> None:
        """Hits name offsets: after any change (an edit, an undo) they are found again."""
        doc = self.controller.doc
        texts = (doc.stories, doc.photos)
        if texts == getattr(self, "_texts", None):
            return                                       # a frame moved: the hits are where they were
        self._texts = texts
        if self.pattern is not None and not getattr(self, "_replacing", False):
            self.results.blockSignals(True)             # no jump to a hit because someone typed elsewhere
            row = self.results.currentRow()
            self.hits = find_all(self.controller.doc, self.pattern)
            self.results.clear()
            for hit in self.hits:
                QListWidgetItem(describe(self.controller.doc, hit), self.results)
            if self.hits:
                self.results.setCurrentRow(max(0, min(row, len(self.hits) - 1)))
            self.results.blockSignals(False)
            self.message.setText(tr("{n} found").format(n=len(self.hits)) if self.hits else tr("Not found"))

    def step(self, by: int) -> None:
        if not self.hits and not self.search():
            return
        row = self.results.currentRow()
        self.results.setCurrentRow((row + by) % len(self.hits) if row >= 0 else 0)

    def go(self, row: int) -> None:
        """Select and zoom to the frame that shows hit `row`."""
        if not 0 <= row < len(self.hits):
            return
        hit = self.hits[row]
        found = locate(self.controller.doc, self.controller.composer(), hit)
        if found is None:
            self.message.setText(tr("This text is on no page yet"))
            return
        page, frame = found
        if page != self.window.canvas.page_index:
            self.window.show_page(page)
        canvas = self.window.canvas
        canvas.select(frame)
        f = canvas.frame(frame)
        if f is not None:
            zoom_to(canvas, canvas.frame_rect(f), fill=0.7)

    # --- replacing ----------------------------------------------------------------------------------
    def replace_one(self) -> None:
        row = self.results.currentRow()
        if self.pattern is None or not 0 <= row < len(self.hits):
            return
        self._apply([self.hits[row]], tr("Replace"))
        self.search(keep=row)                            # the next hit now has this row

    def replace_all(self) -> None:
        if not self.search():                            # what the fields say now, options included
            return
        n = len(self.hits)
        if self._apply(self.hits, tr("Replace All")):
            self.search()
            self.message.setText(tr("{n} replaced").format(n=n))

    def _apply(self, hits: list[Hit], text: str) -> bool:
        doc = replace_hits(self.controller.doc, self.pattern, self.replacement.text(), hits, self.regex.isChecked())
        self._replacing = True
        try:
            applied = self.controller.apply(doc, text)
        finally:
            self._replacing = False
        if not applied and self.controller.review and doc != self.controller.doc:
            self.message.setText(tr("Review mode: only captions and credits can change"))
        return applied


def install(window) -> FindReplacePanel:
    panel = FindReplacePanel(window)
    dock = QDockWidget(tr("Find/Replace"), window)
    dock.setObjectName("FindReplace")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    beside = getattr(window, "docks", {}).get(getattr(window, "preflight_panel", None))
    if beside is not None:
        window.tabifyDockWidget(beside, dock)           # a tab beside Preflight: the window does not grow
    dock.hide()
    edit = find_menu(window, "&Edit")
    edit.addSeparator()
    action = QAction(tr("&Find/Replace…"), window)
    action.setShortcut(QKeySequence.StandardKey.Find)
    action.setToolTip(tr("Find and replace in every story, caption and credit (Ctrl+F)"))

    def show() -> None:
        dock.show()
        dock.raise_()
        panel.find.setFocus()
        panel.find.selectAll()
    action.triggered.connect(show)
    edit.addAction(action)
    for text, keys, by in ((tr("Find next"), "F3", 1), (tr("Find previous"), "Shift+F3", -1)):
        step = QAction(text, window)
        step.setShortcut(QKeySequence(keys))
        step.setToolTip(f"{text} ({keys})")
        step.triggered.connect(lambda _=False, by=by: panel.step(by))
        edit.addAction(step)
    window.find_panel, window.find_dock, window.find_action = panel, dock, action
    return panel
