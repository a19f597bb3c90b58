"""The conflict dialog: a field both I and a colleague changed, shown with both texts side by side.
The store keeps the colleague's text until the person decides; "Keep mine" puts mine back as an edit
of mine (saved, and undoable), "Keep theirs" leaves the store as it is. Nothing is overwritten unseen."""
from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QDialog, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from layout_app.store.merge import Conflict


FIELD_NAMES = {f: QT_TRANSLATE_NOOP("ConflictDialog", t) for f, t in (
    ("caption", "caption"), ("credit", "credit"), ("body", "text"), ("headline", "headline"),
    ("kicker", "kicker"), ("deck", "deck"), ("byline", "byline"))}


def shown(value) -> str:
    """A field's value as a person reads it: text as text, paragraphs one a line, anything else as JSON."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(p, (str, dict)) for p in value) and \
            all(isinstance(p, str) or "text" in p for p in value):
        return "\n".join(p if isinstance(p, str) else p["text"] for p in value)
    return json.dumps(value, ensure_ascii=False, indent=1)


class ConflictDialog(QDialog):
    keep = Signal(object)           # the Conflict whose own text the person keeps

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed here and by a colleague"))
        self.setModal(False)
        self.rows: list[tuple[Conflict, QGroupBox]] = []
        intro = QLabel(self.tr("You and a colleague changed the same text. The store keeps theirs until you "
                               "choose; nothing is lost."), self)
        intro.setWordWrap(True)
        inner = QWidget(self)
        self.list = QVBoxLayout(inner)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        self.resize(760, 420)

    def add(self, conflicts: list[Conflict], authors: list[str], names: list[str] | None = None) -> None:
        """`names`: each record as the desk calls it (a story by its headline, a photo by its file)."""
        for c, author, name in zip(conflicts, authors, names or [f"{c.kind} {c.key}" for c in conflicts]):
            if any(c == old for old, _ in self.rows):
                continue
            field = FIELD_NAMES.get(c.field, c.field or c.kind)
            box = QGroupBox(self.tr("{name}: {field}").format(name=name, field=self.tr(field)), self)
            row = QHBoxLayout(box)
            for title, value, button_text, mine in (
                    (self.tr("Mine"), c.mine, self.tr("Keep mine"), True),
                    (self.tr("Theirs ({who}, in the store now)").format(who=author or "?"), c.theirs,
                     self.tr("Keep theirs"), False)):
                col = QVBoxLayout()
                col.addWidget(QLabel(title, box))
                text = QPlainTextEdit(shown(value), box)
                text.setReadOnly(True)
                text.setObjectName("mine" if mine else "theirs")
                col.addWidget(text)
                button = QPushButton(button_text, box)
                button.setObjectName("keep-mine" if mine else "keep-theirs")
                button.clicked.connect(lambda _=False, c=c, box=box, mine=mine: self._decide(c, box, mine))
                col.addWidget(button)
                row.addLayout(col)
            self.list.addWidget(box)
            self.rows.append((c, box))

    def pending(self) -> list[tuple[Conflict, QGroupBox]]:
        return [(c, box) for c, box in self.rows if box.isEnabled()]

    def _decide(self, c: Conflict, box: QGroupBox, mine: bool) -> None:
        box.setEnabled(False)
        if mine:
            self.keep.emit(c)
        if not self.pending():
            self.accept()
