"""The story editor (galley view, as InCopy has it), docked beside the page: the whole story with its
kicker, headline, deck, byline and body editable, and its 字数, 行数 and copyfit (超 N 行 / 缺 N 行)
live while you type here or on the page. It follows the story of the frame selected on the page.

An edit here is the same range replacement as one on the page (model.textedit), so the character
styles of paragraphs you do not touch stay, and typing merges into one undo step per pause."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from layout_app.layout.copyfit import copyfit
from layout_app.model import textedit as te
from layout_app.model.textedit import Target

PAUSE_S = 1.0
LATER_MS = 150           # the galley follows edits made on the page this long after typing pauses
LINE_PARTS = ("kicker", "headline", "deck", "byline")


def _units(text: str) -> int:
    """Qt counts positions in UTF-16 units: a character outside the BMP (𠮷) is two."""
    return len(text.encode("utf-16-le")) // 2


def patch_text(edit, shown: str, text: str) -> None:
    """Change only what differs in a text box (an edit made on the page): its cursor and scroll
    stay, and a long story is not laid out again on every keystroke."""
    a, b, new = te.diff(shown, text)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(_units(shown[:a]))
    cursor.setPosition(_units(shown[:b]), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)


class GalleyPanel(QWidget):
    def __init__(self, controller, canvas=None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.canvas = canvas
        self.story = QComboBox(self)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Story"), self.story)
        names = {"kicker": self.tr("Kicker"), "headline": self.tr("Headline"), "deck": self.tr("Deck"),
                 "byline": self.tr("Byline")}
        for part in LINE_PARTS:
            edit = QLineEdit(self)
            edit.setObjectName(f"galley-{part}")
            edit.textEdited.connect(lambda text, part=part: self._edited(part, text))
            self.fields[part] = edit
            form.addRow(names[part], edit)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("galley-body")
        self.body.setPlaceholderText(self.tr("Body: one paragraph per line"))
        self.body.textChanged.connect(self._body_edited)
        self.counts = QLabel(self)
        self.counts.setObjectName("galley-counts")
        self.fit = QLabel(self)
        self.fit.setObjectName("galley-fit")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.fit)
        self._showing = False
        self._applying = False
        self._word = 0
        self._last = 0.0
        self.story.currentIndexChanged.connect(lambda *_: self.show_story())
        # a change made on the page shows here a moment later, once typing pauses: the galley's text
        # box is not laid out again inside every keystroke on the page
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(LATER_MS)
        self.later.timeout.connect(self.refresh)
        controller.changed.connect(self._doc_changed)
        QApplication.instance().focusChanged.connect(self._focus)
        if canvas is not None:
            canvas.selectionChanged.connect(self._selected)
        self.refresh()

    def _doc_changed(self) -> None:
        if self._applying:
            self._show_counts()                  # our own edit: the text is here already
        else:
            self.later.start()

    def _focus(self, _old, new) -> None:
        """Catch up before the user types here (a diff against stale text would undo page edits)."""
        if self.later.isActive() and new is not None and self.isAncestorOf(new):
            self.later.stop()
            self.refresh()

    def story_id(self) -> str | None:
        return self.story.currentData()

    def _selected(self, frame_id: str) -> None:
        f = self.canvas.frame(frame_id) if frame_id else None
        self.pick(f.story if f is not None else None)

    def pick(self, sid: str | None) -> None:
        """Show story `sid` (none: leave the one shown)."""
        if sid is not None and sid != self.story_id():
            k = self.story.findData(sid)
            if k >= 0:
                self.story.setCurrentIndex(k)

    def refresh(self) -> None:
        doc = self.controller.doc
        ids = [s.id for s in doc.stories]
        if [self.story.itemData(k) for k in range(self.story.count())] != ids:
            current = self.story_id()
            self._showing = True
            self.story.clear()
            for s in doc.stories:
                self.story.addItem(s.headline or s.kicker or (s.body[0][:16] + "…" if s.body else s.id), s.id)
            k = self.story.findData(current)
            self.story.setCurrentIndex(k if k >= 0 else (0 if ids else -1))
            self._showing = False
        self.show_story()

    def show_story(self) -> None:
        sid = self.story_id()
        doc = self.controller.doc
        # (none while its list is emptied for another document: the row it had names a story gone)
        story = next((s for s in doc.stories if s.id == sid), None) if sid else None
        self._showing = True
        try:
            for part, edit in self.fields.items():
                value = getattr(story, part) if story else ""
                if edit.text() != value:
                    edit.setText(value)
                edit.setEnabled(story is not None)
            text = "\n".join(story.body) if story else ""
            shown = self.body.toPlainText()
            if shown != text:
                patch_text(self.body, shown, text)
            self.body.setEnabled(story is not None)
        finally:
            self._showing = False
        self._show_counts()

    def _show_counts(self) -> None:
        sid = self.story_id()
        if sid is None:
            self.counts.setText("")
            self.fit.setText("")
            return
        composer = self.controller.composer()
        fit = copyfit(composer, sid)
        self._mark_overset(composer, sid)
        self.counts.setText(self.tr("{chars} characters (headings {heading}) · {lines} lines")
                            .format(chars=fit.chars, heading=fit.heading_chars, lines=fit.lines))
        if not fit.placed:
            self.fit.setText(self.tr("Not on a page"))
            self.fit.setStyleSheet("")
        elif fit.overset_lines:
            self.fit.setText(self.tr("Overset by {n} lines").format(n=fit.overset_lines))
            self.fit.setStyleSheet("color: #c01818; font-weight: bold")
        elif fit.empty_lines:
            self.fit.setText(self.tr("Short by {n} lines").format(n=fit.empty_lines))
            self.fit.setStyleSheet("color: #a06000")
        else:
            self.fit.setText(self.tr("Fits"))
            self.fit.setStyleSheet("color: #207020")

    def _mark_overset(self, composer, sid: str) -> None:
        """The text that does not fit, marked in the body as InCopy marks it (from the flow's resume)."""
        marks = []
        if composer.doc.body_chain(sid):
            resume = composer.story_flow(sid).resume
            if resume is not None:
                paras = composer.doc.story(sid).body
                start = sum(len(p) + 1 for p in paras[:resume.paragraph]) + resume.offset
                text = "\n".join(paras)
                cursor = QTextCursor(self.body.document())
                cursor.setPosition(_units(text[:start]))
                cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
                mark = QTextEdit.ExtraSelection()
                mark.cursor = cursor
                mark.format.setBackground(QColor(255, 215, 215))
                marks.append(mark)
        self.body.setExtraSelections(marks)
        self.overset_from = marks[0].cursor.selectionStart() if marks else None

    # --- edits --------------------------------------------------------------------------------------
    def _key(self, sid: str) -> str:
        now = time.monotonic()
        if now - self._last > PAUSE_S:
            self._word += 1
        self._last = now
        return f"galley-{id(self)}-{sid}-{self._word}"

    def _apply(self, target: Target, a, b, text: str) -> None:
        after, _ = te.replace_range(self.controller.doc, target, a, b, text)
        self._applying = True
        try:
            self.controller.apply(after, self.tr("Edit story"), self._key(target.owner))
        finally:
            self._applying = False

    def _edited(self, part: str, text: str) -> None:
        sid = self.story_id()
        if self._showing or sid is None:
            return
        old = getattr(self.controller.doc.story(sid), part)
        a, b, new = te.diff(old, text)
        self._apply(Target("story", sid, part), (0, a), (0, b), new)

    def _body_edited(self) -> None:
        sid = self.story_id()
        if self._showing or sid is None:
            return
        target = Target("story", sid, "body")
        paras = te.paragraphs(self.controller.doc, target)
        old = "\n".join(paras)
        a, b, new = te.diff(old, self.body.toPlainText())
        if a == b and not new:
            return
        self._apply(target, te.flat_pos(paras, a), te.flat_pos(paras, b), new)


def install(window) -> None:
    """The story editor as a dock beside the page (View menu has it through the dock's toggle)."""
    panel = GalleyPanel(window.controller, window.canvas, window)
    dock = QDockWidget(QCoreApplication.translate("GalleyPanel", "Story editor"), window)
    dock.setObjectName("Story editor")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.galley = panel
    # the Stories list and the story editor show one story: picking it in either picks it in the other
    # (a reviewer saw the list's fields empty beside the editor's banner — two editors, two stories)
    stories = getattr(window, "stories", None)
    if stories is None:
        return

    def known(sid) -> bool:           # (not while either list is being filled for another document)
        return sid is not None and any(s.id == sid for s in window.controller.doc.stories)

    def picked_in_list(*_) -> None:
        if not stories._showing and known(stories.story_id()):
            panel.pick(stories.story_id())

    def picked_in_editor(*_) -> None:
        if not panel._showing and known(panel.story_id()):
            stories.select_story(panel.story_id())

    stories.list.currentRowChanged.connect(picked_in_list)
    panel.story.currentIndexChanged.connect(picked_in_editor)
    picked_in_editor()
