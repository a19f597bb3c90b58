"""The command line's own summary lines, in the user's language (`--lang`, else the locale): English
templates marked for translation (context "Command", Chinese in scripts/zh/command.py), rendered
through `lang.translator` — the findings under them are preflight's own (`Finding.line`)."""
from __future__ import annotations

from layout_app.preflight.wording import QT_TRANSLATE_NOOP

CONTEXT = "Command"
EXPORTED = QT_TRANSLATE_NOOP("Command", "{path}: {pages} page(s), {photos} photo(s), {mb} MB, {kind}")
PDFX = QT_TRANSLATE_NOOP("Command", "PDF/X-4")
SCREEN = QT_TRANSLATE_NOOP("Command", "plain PDF for the screen")
FORCED = QT_TRANSLATE_NOOP("Command", "forced past {finding}")
COMPOSED = QT_TRANSLATE_NOOP("Command", "{path}: {stories} stories{parts}; {placed} of {came} photos placed{unread}, on {template}")
UNREADABLE = QT_TRANSLATE_NOOP("Command", " ({n} could not be read)")
WHITE = QT_TRANSLATE_NOOP("Command", "white between two items (the editor's live check shows it): {place}: {message}")
PARTS = {"banner": QT_TRANSLATE_NOOP("Command", "banner"), "lead": QT_TRANSLATE_NOOP("Command", "lead"),
         "credits": QT_TRANSLATE_NOOP("Command", "credits"), "unassigned": QT_TRANSLATE_NOOP("Command", "unassigned")}
PART_JOIN = QT_TRANSLATE_NOOP("Command", ", {part}")
