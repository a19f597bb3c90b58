"""Edit text in place on the page: double-click into a kicker, headline, deck, byline, body,
caption, credit or running-head field; a caret and selection drawn at the engine's glyph positions
(layout.textmap), arrows, Home/End, Backspace/Delete, Enter for a new body paragraph, an input
method's preedit shown inline at the caret, the clipboard, character styles on the selection.
Every keystroke is a document change through the controller (the page reflows); typing merges into
one undo step per word or pause. Escape or a click outside the text ends editing. A vertical (竖排)
heading is edited the same way in its columns: positions, keys and drawing turn in editor/vtextedit.

The canvas calls in through a few hooks (double-click, key press, input method, paint); mouse
presses while editing come through an event filter on the canvas; while editing the editor is the
canvas's caret_owner, which the canvas asks which shortcut keys are the text's (claims)."""
from __future__ import annotations

import time
import unicodedata

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QGlyphRun,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QMenu

from layout_app.editor import vtextedit as vt
from layout_app.layout import textmap
from layout_app.layout.textmap import CaretLine
from layout_app.model import textedit as te
from layout_app.model.textedit import Pos, Target

CARET = QColor(0, 0, 0)
SELECTED = QColor(0, 120, 215, 90)
PREEDIT_BG = QColor(255, 255, 220)
EDITING = QColor(0, 120, 215)
PAUSE_S = 1.0             # typing after a pause this long starts a new undo step


def text_editor(canvas) -> TextEditor:
    """The canvas's in-place text editor (made on first use)."""
    ed = canvas.__dict__.get("_text_editor")
    if ed is None:
        ed = canvas.__dict__["_text_editor"] = TextEditor(canvas)
    return ed


class TextEditor(QObject):
    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.target: Target | None = None
        self.frame_id = ""                # the frame double-clicked ("" for a master text)
        self.page_index = 0               # the page it is edited on
        self.caret: Pos = (0, 0)
        self.anchor: Pos = (0, 0)
        self.preedit = ""
        self._x_goal: float | None = None  # up/down keep the column the caret came from
        self._word = 0
        self._last_kind = ""
        self._last_time = 0.0
        self._applying = False
        self._lines_key = None
        self._lines_doc = None
        self._lines: tuple[CaretLine, ...] = ()
        self._dragging = False
        self._last_area = None
        self._seen: tuple[str, ...] = ()      # the text as this editor last saw it
        self.caret_on = True                  # the blinking caret's phase
        self.blink = QTimer(self)
        self.blink.timeout.connect(self._blink)
        canvas.installEventFilter(self)
        if canvas.controller is not None:
            canvas.controller.changed.connect(self._doc_changed)

    # --- state --------------------------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self.target is not None

    def paragraphs(self) -> tuple[str, ...]:
        return te.paragraphs(self.canvas.controller.doc, self.target)

    @property
    def vertical(self) -> bool:
        """Whether the edited text runs down (a 竖排 heading): positions in line axes turn (vtextedit)."""
        lines = self.lines()
        if lines:
            return lines[0].vertical
        f = self.canvas.frame(self.frame_id) if self.frame_id else None
        return bool(f is not None and f.vertical)

    def has_selection(self) -> bool:
        return self.anchor != self.caret

    def selected_text(self) -> str:
        return te.text_between(self.paragraphs(), self.anchor, self.caret)

    def lines(self) -> tuple[CaretLine, ...]:
        """The caret lines of the edited field on the page it is edited on, as composed now."""
        c = self.canvas.controller
        key = (self.canvas.page_index, self.target)
        if key != self._lines_key or c.doc is not self._lines_doc:
            self._lines = self._field_lines(self.target)
            self._lines_key, self._lines_doc = key, c.doc
        return self._lines

    def _field_lines(self, target: Target) -> tuple[CaretLine, ...]:
        c = self.canvas.controller
        page = c.doc.pages[self.canvas.page_index]
        composer = c.composer()
        if target.kind == "master":
            texts = [textmap.master_text(composer, page)]
        else:
            texts = [textmap.frame_text(composer, page, f) for f in page.frames
                     if (target.kind == "story" and f.story == target.owner and f.is_text)
                     or (target.kind == "photo" and f.kind == "caption" and f.photo == target.owner)]
        return tuple(ln for ft in texts for ln in ft.lines if ft.targets.get(ln.field) == target)

    # --- starting and ending -------------------------------------------------------------------------
    def double_click(self, event) -> bool:
        """Start editing the text under the pointer; False when there is none (the canvas goes on)."""
        c = self.canvas.controller
        if c is None or event.button() != Qt.MouseButton.LeftButton or not c.doc.pages:
            return False
        pt = self.canvas.to_page(event.position())
        found = self._text_at(pt)
        if found is None:
            return False
        frame_id, target, pos = found
        if not self._may_edit(target):
            self.canvas.refuse()
            return False                     # review mode: only captions and credits change
        if self.editing and target == self.target:
            self._select_phrase(pos)         # a second double-click: the phrase under the pointer
            return True
        self.begin(target, pos, frame_id)
        return True

    def _may_edit(self, target: Target) -> bool:
        """Review mode changes captions and credits only; a reporter's desk (text_only) story text too."""
        c = self.canvas
        return not c.read_only or target.kind == "photo" or (c.text_only and target.kind == "story")

    def _select_phrase(self, pos: Pos) -> None:
        """Select the characters around pos up to a space or a punctuation mark (Chinese has no
        spaces between words: a phrase is what an editor means by a word here)."""
        p, o = pos
        text = self.paragraphs()[p]
        a = o
        while a > 0 and not _ends_word(text[a - 1]):
            a -= 1
        b = o
        while b < len(text) and not _ends_word(text[b]):
            b += 1
        self.anchor, self.caret = (p, a), (p, b)
        self._new_word()
        self._update()

    def _text_at(self, pt: QPointF):
        """(frame id, target, position) of the text under a page point."""
        c = self.canvas.controller
        page = c.doc.pages[self.canvas.page_index]
        composer = c.composer()
        f = self.canvas.frame_at(pt)
        if f is not None and f.is_text or f is not None and f.kind == "caption":
            ft = textmap.frame_text(composer, page, f)
            got = textmap.hit(ft.lines, *vt.along(bool(ft.lines) and ft.lines[0].vertical, pt))
            if got is not None:
                field, para, offset = got
                return f.id, ft.targets[field], (para, offset)
            if ft.targets:                   # an empty frame: its first field
                field = "headline" if "headline" in ft.targets else f.part if f.part in ft.targets else next(iter(ft.targets))
                return f.id, ft.targets[field], (0, 0)
            return None
        if f is None:
            mt = textmap.master_text(composer, page)
            for ln in mt.lines:
                rect = textmap.master_rect(composer, page, ln.field)
                if rect is not None and rect.x <= pt.x() <= rect.right and rect.y <= pt.y() <= rect.bottom:
                    return "", mt.targets[ln.field], (0, ln.offset_at(pt.x()))
        return None

    def begin(self, target: Target, pos: Pos = (0, 0), frame_id: str = "") -> None:
        self.target = target
        self.canvas.caret_owner = self           # the canvas asks us which shortcut keys are the text's
        self.frame_id = frame_id
        self.page_index = self.canvas.page_index
        paras = self.paragraphs()
        self.caret = self.anchor = te._clamp(paras, pos)
        self._seen = paras
        self.preedit = ""
        self._x_goal = None
        self._new_word()
        if frame_id:
            self.canvas.select(frame_id)
        self.canvas.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.canvas.setFocus()
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImQueryAll)
        self._update()

    def end(self) -> None:
        if not self.editing:
            return
        if self.preedit:
            QGuiApplication.inputMethod().commit()
        self.target = None
        if self.canvas.caret_owner is self:
            self.canvas.caret_owner = None
        self.preedit = ""
        self._lines_key = None
        self.canvas.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.blink.stop()
        self.canvas.controller.end_merge()
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImQueryAll)
        self._update()

    def _doc_changed(self) -> None:
        """After an undo (or any change not made here) the caret stays inside the text."""
        if not self.editing:
            return
        try:
            paras = self.paragraphs()
        except (KeyError, StopIteration):     # the story, photo or master text is gone
            self.end()
            return
        if not self._applying and paras != self._seen:
            # an undo, a redo or an edit in the story editor: the caret goes where the text changed
            self._new_word()
            a, _end, new = te.diff("\n".join(self._seen), "\n".join(paras))
            self.caret = self.anchor = te.flat_pos(paras, a + len(new))
        self._seen = paras
        self._update()

    # --- changing the text ---------------------------------------------------------------------------
    def _new_word(self) -> None:
        self._word += 1
        self._last_kind = ""

    def _merge_key(self, kind: str) -> str:
        """One undo step per word or pause: a new key after a space or mark, a pause, a caret move,
        or a switch between typing and deleting."""
        now = time.monotonic()
        if kind != self._last_kind or now - self._last_time > PAUSE_S:
            self._word += 1
        self._last_kind, self._last_time = kind, now
        return f"text-{id(self)}-{self._word}"

    def replace(self, text: str, kind: str = "type", label: str | None = None) -> bool:
        """Replace the selection (or insert at the caret) by `text`; the page reflows."""
        c = self.canvas.controller
        after, caret = te.replace_range(c.doc, self.target, self.anchor, self.caret, text)
        key = self._merge_key(kind) if kind in ("type", "delete") else None
        self._applying = True
        try:
            done = c.apply(after, label or self._label(kind), key)
        finally:
            self._applying = False
        if done:
            self.caret = self.anchor = caret
            self._x_goal = None
            if kind == "type" and text and _ends_word(text[-1]):
                self._new_word()
            self._update()
        return done

    def _label(self, kind: str) -> str:
        return {"type": self.tr("Typing"), "delete": self.tr("Delete text"), "paste": self.tr("Paste"),
                "cut": self.tr("Cut"), "break": self.tr("New paragraph")}.get(kind, self.tr("Edit text"))

    def delete(self, forward: bool) -> None:
        if not self.has_selection():
            paras = self.paragraphs()
            other = te.step(paras, self.caret, 1 if forward else -1, self.target)
            if other == self.caret:
                return
            self.anchor = other
        self.replace("", "delete")

    def apply_char_style(self, style: str | None) -> bool:
        """A character style from the style sheet on the selection (None: character styles off)."""
        if not self.editing or not self.has_selection() or not self.target.multi:
            return False
        c = self.canvas.controller
        after = te.with_char_style(c.doc, self.target, self.anchor, self.caret, style)
        self._new_word()
        return c.apply(after, self.tr("Character style"))

    # --- keys -----------------------------------------------------------------------------------------
    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key while editing; False when not editing (the canvas handles it)."""
        if not self.editing:
            return False
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        K = Qt.Key
        if self.vertical:                  # down the column: ↓↑ along the text, ←→ between columns
            key = vt.turned_key(key)
        if key == K.Key_Escape:
            self.end()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Cut):
            if self.has_selection():
                self.copy()
                self.replace("", "cut")
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            paras = self.paragraphs()
            self.anchor, self.caret = (0, 0), (len(paras) - 1, len(paras[-1]))
        elif key in (K.Key_Left, K.Key_Right):
            left = key == K.Key_Left
            if ctrl:                                         # by word or phrase; Shift extends
                self._move(te.word_step(self.paragraphs(), self.caret, -1 if left else 1, self.target), shift)
            elif self.has_selection() and not shift:          # a selection collapses to its start or end
                self._move(te.ordered(self.anchor, self.caret)[0 if left else 1], False)
            else:
                self._move(te.step(self.paragraphs(), self.caret, -1 if left else 1, self.target), shift)
        elif key in (K.Key_Up, K.Key_Down):
            self._vertical(key == K.Key_Down, shift)
        elif key in (K.Key_Home, K.Key_End):
            self._home_end(key == K.Key_End, ctrl, shift)
        elif key == K.Key_Backspace:
            self.delete(False)
        elif key == K.Key_Delete:
            self.delete(True)
        elif key in (K.Key_Return, K.Key_Enter):
            if self.target.multi:
                self._new_word()
                self.replace("\n", "break")
                self._new_word()
            else:
                self.end()
        elif event.text() and not ctrl and event.text().isprintable():
            self.replace(event.text(), "type")
        else:
            return key not in (K.Key_Tab, K.Key_Backtab) and not ctrl
        self._update()
        self.keep_visible()
        return True

    def _move(self, pos: Pos, extend: bool, keep_goal: bool = False) -> None:
        self.caret = pos
        if not extend:
            self.anchor = pos
        if not keep_goal:
            self._x_goal = None
        self._new_word()
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImCursorRectangle)

    def _vertical(self, down: bool, extend: bool) -> None:
        lines = self.lines()
        p, o = self.caret
        box = textmap.caret_box(lines, self.target.field, p, o)
        if box is None:
            return
        x = self._x_goal if self._x_goal is not None else box[0]
        got = textmap.line_above_below(lines, self.target.field, p, o, down, x)
        if got is None:        # first or last line: to the field's start or end
            paras = self.paragraphs()
            got = (len(paras) - 1, len(paras[-1])) if down else (0, 0)
        self._move(got, extend, keep_goal=True)
        self._x_goal = x

    def _home_end(self, end: bool, whole: bool, extend: bool) -> None:
        paras = self.paragraphs()
        if whole:
            pos = (len(paras) - 1, len(paras[-1])) if end else (0, 0)
        else:
            p, o = self.caret
            ln = textmap.caret_line(self.lines(), self.target.field, p, o)
            if ln is None:
                pos = (p, len(paras[p]) if end else 0)
            else:
                last = ln.end
                if end and last > ln.start and last < len(paras[p]) and paras[p][last - 1].isspace():
                    last -= 1                     # before a break space, not on the next line
                pos = (p, last if end else ln.start)
        self._move(pos, extend)

    # --- clipboard -------------------------------------------------------------------------------------
    def copy(self) -> None:
        if self.has_selection():
            QGuiApplication.clipboard().setText(self.selected_text())

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text:
            self._new_word()
            self.replace(text, "paste")

    # --- input method ----------------------------------------------------------------------------------
    def input_method_event(self, event: QInputMethodEvent) -> bool:
        if not self.editing:
            return False
        if event.commitString():
            if event.replacementLength():
                p, o = self.caret
                self.anchor = (p, max(0, o + event.replacementStart()))
                self.caret = (p, min(len(self.paragraphs()[p]), self.anchor[1] + event.replacementLength()))
            self.replace(event.commitString(), "type")
        self.preedit = event.preeditString()
        self._update()
        self.keep_visible()
        event.accept()
        return True

    def input_method_query(self, query):
        """The value for an input method's question, None when not editing (the canvas answers)."""
        if not self.editing:
            return None
        Q = Qt.InputMethodQuery
        p, o = self.caret
        if query in (Q.ImCursorRectangle, Q.ImAnchorRectangle):
            return self.caret_rect()
        if query == Q.ImEnabled:
            return True
        if query == Q.ImSurroundingText:
            return self.paragraphs()[p]
        if query == Q.ImCursorPosition:
            return o
        if query == Q.ImAnchorPosition:
            return self.anchor[1] if self.anchor[0] == p else o
        if query == Q.ImCurrentSelection:
            return self.selected_text()
        if query == Q.ImHints:
            return Qt.InputMethodHint.ImhMultiLine if self.target.multi else Qt.InputMethodHint.ImhNone
        return None

    def caret_box(self) -> tuple[float, float, float]:
        """(x, top, bottom) of the caret in page pt — in line axes: (y, left, right) down a column."""
        p, o = self.caret
        box = textmap.caret_box(self.lines(), self.target.field, p, o)
        if box is not None:
            return box
        c = self.canvas.controller
        f = self.canvas.frame(self.frame_id) if self.frame_id else None
        if f is not None:
            r = self.canvas.frame_rect(f)
            size = c.doc.style("body").size
            if f.vertical:
                return vt.empty_caret(r, c.doc.style("headline").size)
            return r.x, r.y, r.y + size
        return 0.0, 0.0, 10.0

    def caret_rect(self) -> QRectF:
        """The caret in widget pixels (where an input method puts its candidate window)."""
        x, top, bottom = self.caret_box()
        vertical = self.vertical
        a = self.canvas.from_page(vt.point(vertical, x + self._preedit_width(), top))
        b = self.canvas.from_page(vt.point(vertical, x + self._preedit_width(), bottom))
        if vertical:                               # across the column
            return QRectF(a.x(), a.y(), max(1.0, b.x() - a.x()), 1.0)
        return QRectF(a.x(), a.y(), 1.0, max(1.0, b.y() - a.y()))

    def _preedit_width(self) -> float:
        """How far the preedit reaches along the text (down a vertical column: its height)."""
        if not self.preedit:
            return 0.0
        if self.vertical:
            return vt.preedit_length(self)
        face, size = self._caret_font()
        raw = self.canvas.painter.raw_font(face, size)
        return sum(a.x() for a in raw.advancesForGlyphIndexes(raw.glyphIndexesForString(self.preedit)))

    def _caret_font(self) -> tuple[str, float]:
        p, o = self.caret
        ln = textmap.caret_line(self.lines(), self.target.field, p, o) if self.lines() else None
        if ln is None and self.lines():
            ln = self.lines()[-1]
        if ln is not None and ln.face:
            return ln.face, ln.size
        body = self.canvas.controller.doc.style("body")
        from layout_app.layout.styling import face_of
        return face_of(body), body.size

    def claims(self, event) -> bool:
        """Whether a shortcut key is the text's (the canvas asks while we are its caret_owner): typing,
        the editing keys and the clipboard go into the text, not to tool letters, Delete-the-frame or
        the page's cut/copy/paste; undo, save and the rest stay the window's."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        return bool((event.text() and event.text().isprintable() and not mods & Qt.KeyboardModifier.ControlModifier)
                    or event.key() in _EDIT_KEYS
                    or any(event.matches(k) for k in _EDIT_SEQUENCES))

    # --- mouse while editing (event filter) -----------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is not self.canvas or not self.editing:
            return False
        t = event.type()
        if t == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            pt = self.canvas.to_page(event.position())
            found = self._text_at(pt)
            if found is not None and found[1] != self.target and found[1].owner == self.target.owner \
                    and self._may_edit(found[1]):
                self.begin(found[1], found[2], found[0] or self.frame_id)   # the kicker above the headline
                self._dragging = True
                return True
            pos = self._pos_at(pt)
            if pos is None:
                self.end()                   # a click outside the text ends editing; the canvas goes on
                return False
            self.canvas.setFocus()
            self._move(pos, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            self._dragging = True
            self._update()
            return True
        if t == QEvent.Type.MouseMove and self._dragging:
            pos = self._pos_at(self.canvas.to_page(event.position()), anywhere=True)
            if pos is not None:
                self.caret = pos
                self._update()
            return True
        if t == QEvent.Type.MouseMove:
            # over the text being edited the pointer is an I-beam (elsewhere the canvas decides)
            if self._pos_at(self.canvas.to_page(event.position())) is not None:
                self.canvas.setCursor(Qt.CursorShape.IBeamCursor)
                return True
            return False
        if t == QEvent.Type.MouseButtonRelease and self._dragging:
            self._dragging = False
            return True
        return False

    def _pos_at(self, pt: QPointF, anywhere: bool = False) -> Pos | None:
        """The text position under a page point inside the edited frames (or master text)."""
        lines = self.lines()
        inside = anywhere
        if not inside:
            c = self.canvas.controller
            if self.target.kind == "master":
                page = c.doc.pages[self.canvas.page_index]
                r = textmap.master_rect(c.composer(), page, self.target.field)
                rects = [r] if r is not None else []
            else:
                rects = [self.canvas.frame_rect(f) for f in c.doc.pages[self.canvas.page_index].frames
                         if (f.story == self.target.owner and f.is_text)
                         or (f.kind == "caption" and f.photo == self.target.owner)]
            inside = any(r.x <= pt.x() <= r.right and r.y <= pt.y() <= r.bottom for r in rects)
        if not inside:
            return None
        got = textmap.hit(lines, *vt.along(self.vertical, pt), self.target.field)
        if got is None:
            return self.caret
        return got[1], got[2]

    # --- drawing (the canvas's paint hook, page coordinates) ------------------------------------------
    def _area(self) -> tuple[float, float, float, float] | None:
        """The page area (x, y, right, bottom) the caret, selection and preedit may cover now."""
        if not self.editing:
            return None
        lines = self.lines()
        x, top, bottom = self.caret_box()
        right = x + self._preedit_width()
        ln = textmap.caret_line(lines, self.target.field, *self.caret) if self.preedit else None
        if ln is not None:
            right = max(right, ln.right + self._preedit_width())    # the rest of the line pushed along
        boxes = [(ln.x0, ln.top, max(ln.right, ln.x0), ln.bottom) for ln in lines] + [(x, top, right, bottom)]
        return vt.box(self.vertical, min(b[0] for b in boxes), min(b[1] for b in boxes),
                      max(b[2] for b in boxes), max(b[3] for b in boxes))

    def _blink(self) -> None:
        self.caret_on = not self.caret_on
        self._repaint_areas()

    def _restart_blink(self) -> None:
        """The caret shows solid after every key, click or change and blinks again after a half
        period of quiet (so it never blinks while typing); the system's flash time, 0 = solid."""
        self.caret_on = True
        half = QGuiApplication.styleHints().cursorFlashTime() // 2
        if self.editing and half > 0:
            self.blink.start(half)
        else:
            self.blink.stop()

    def keep_visible(self) -> None:
        """Scroll the view so the caret (and the preedit after it) stays inside the window."""
        if not self.editing:
            return
        cv = self.canvas
        r = self.caret_rect().adjusted(0, 0, 1, 0)
        from layout_app.editor.pagemarks import RULER
        m = 24.0                                   # a little room around the caret, as other editors keep
        left = (RULER if cv.show_rulers else 0) + m
        top = (RULER if cv.show_rulers else 0) + m
        right, bottom = cv.width() - m, cv.height() - m
        dx = left - r.left() if r.left() < left else right - r.right() if r.right() > right else 0.0
        dy = top - r.top() if r.top() < top else bottom - r.bottom() if r.bottom() > bottom else 0.0
        if dx or dy:
            cv.pan += QPointF(dx, dy)
            self._last_area = None
            cv.update()

    def _update(self) -> None:
        """Repaint only where the caret, selection and preedit were and are (not the whole page)."""
        self._restart_blink()
        self._repaint_areas()

    def _repaint_areas(self) -> None:
        areas = [a for a in (self._last_area, self._area()) if a is not None]
        self._last_area = areas[-1] if self.editing and areas else None
        margin = 4
        for x0, y0, x1, y1 in areas:
            a = self.canvas.from_page(QPointF(x0, y0))
            b = self.canvas.from_page(QPointF(x1, y1))
            self.canvas.update(QRectF(a.x() - margin, a.y() - margin, b.x() - a.x() + 2 * margin,
                                      b.y() - a.y() + 2 * margin).toAlignedRect())

    def _glyph_run(self, raw, text: str, xs, top: float, bottom: float):
        """A run of `text` in a raw font, its characters at xs, on the baseline of the em box."""
        run = QGlyphRun()
        run.setRawFont(raw)
        glyphs = raw.glyphIndexesForString(text)
        run.setGlyphIndexes(glyphs)
        base = top + raw.ascent() * (bottom - top) / max(1e-6, raw.ascent() + raw.descent())
        run.setPositions([QPointF(cx, base) for cx in xs[:len(glyphs)]])
        return run

    def _paint_preedit(self, p: QPainter, z: float, x: float, top: float, bottom: float) -> float:
        """The preedit at the caret, pushing the rest of the line along (as it will be once committed):
        a pale box hides the line from the caret on, and the preedit and that rest are drawn on it.
        Returns the x after the preedit (where the caret goes)."""
        face, size = self._caret_font()
        raw = self.canvas.painter.raw_font(face, size)
        advances = [a.x() for a in raw.advancesForGlyphIndexes(raw.glyphIndexesForString(self.preedit))]
        width = sum(advances)
        ln = textmap.caret_line(self.lines(), self.target.field, *self.caret)
        o = self.caret[1]
        rest = self.paragraphs()[self.caret[0]][o:ln.end] if ln is not None and o < ln.end else ""
        right = (ln.right if rest else x) + width
        p.fillRect(QRectF(x, top, right - x, bottom - top), PREEDIT_BG)
        xs, cx = [], x
        for a in advances:
            xs.append(cx)
            cx += a
        p.setPen(CARET)
        p.drawGlyphRun(QPointF(0, 0), self._glyph_run(raw, self.preedit, xs, top, bottom))
        if rest:
            moved = [ln.x_at(k) + width for k in range(o, ln.end)]
            p.drawGlyphRun(QPointF(0, 0), self._glyph_run(raw, rest, moved, top, bottom))
        p.setPen(QPen(CARET, 1.0 / z))
        p.drawLine(QPointF(x, bottom + 1.0 / z), QPointF(x + width, bottom + 1.0 / z))   # preedit underline
        return x + width

    def paint(self, p: QPainter, z: float) -> None:
        if not self.editing:
            return
        if self.canvas.page_index != self.page_index:      # another page shown: editing ended there
            self.end()
            return
        lines = self.lines()
        field = self.target.field
        vertical = self.vertical
        if self.has_selection():
            (p0, o0), (p1, o1) = te.ordered(self.anchor, self.caret)
            for ln in lines:
                if ln.field != field or not p0 <= ln.paragraph <= p1:
                    continue
                a = max(ln.start, o0) if ln.paragraph == p0 else ln.start
                b = min(ln.end, o1) if ln.paragraph == p1 else ln.end
                if b > a or (b == a and ln.paragraph < p1 and b == ln.end):
                    x0, x1 = ln.x_at(a), ln.x_at(b)
                    p.fillRect(vt.rect(vertical, x0, ln.top, x0 + max(x1 - x0, 2.0 / z), ln.bottom), SELECTED)
        x, top, bottom = self.caret_box()
        if self.preedit and vertical:
            x = vt.paint_preedit(self, p, z, x, top, bottom)
        elif self.preedit:
            x = self._paint_preedit(p, z, x, top, bottom)
        if not self.caret_on:
            return
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)     # a crisp caret at any zoom
        p.setPen(QPen(CARET, 1.5 / z))
        p.drawLine(vt.point(vertical, x, top), vt.point(vertical, x, bottom))     # across a vertical column
        p.restore()


_EDIT_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
              Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Return, Qt.Key.Key_Enter,
              Qt.Key.Key_Escape}
_EDIT_SEQUENCES = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
                   QKeySequence.StandardKey.SelectAll)


def _ends_word(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] == "P"


def install(window) -> None:
    """The in-place editor of the window's canvas, and a Type menu with the character styles."""
    ed = text_editor(window.canvas)
    menu = window.menuBar().addMenu(QCoreApplication.translate("TextEditor", "&Type"))
    menu.setObjectName("type-menu")
    styles = QMenu(QCoreApplication.translate("TextEditor", "Character style"), menu)
    styles.setObjectName("char-style-menu")
    menu.addMenu(styles)

    def fill() -> None:
        styles.clear()
        names = window.controller.doc.sheet.names("character")
        usable = ed.editing and ed.has_selection() and ed.target.multi
        for name in (None, *names):
            action = styles.addAction(name or QCoreApplication.translate("TextEditor", "(none)"))
            action.setEnabled(usable)
            action.triggered.connect(lambda _=False, n=name: ed.apply_char_style(n))
    styles.aboutToShow.connect(fill)
    menu.aboutToShow.connect(fill)
    window.text_editor = ed
