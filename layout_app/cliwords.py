"""The command line's own summary lines, in the user's language (`--lang`, else the locale): English
templates marked for translation (context "Command", Chinese in scripts/zh/command.py), rendered
through `lang.translator` — the findings under them are preflight's own (`Finding.line`)."""
from __future__ import annotations

CONTEXT = "Command"
TEMPLATES: list[str] = []          # every template, so a test can check that each one is translated


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 — the name pyside6-lupdate looks for
    """Marks a template for translation (pyside6-lupdate reads this file) without importing Qt."""
    TEMPLATES.append(text)
    return text

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
# the progress line's steps (export, export-edition)
PROGRESS = {"preflight": QT_TRANSLATE_NOOP("Command", "preflight"), "photos": QT_TRANSLATE_NOOP("Command", "photos"),
            "pages": QT_TRANSLATE_NOOP("Command", "pages")}
COULD_NOT = QT_TRANSLATE_NOOP("Command", "could not: {what}")
WARNING = QT_TRANSLATE_NOOP("Command", "warning: {what}")
NOTICE = QT_TRANSLATE_NOOP("Command", "notice: {what}")
# `import`'s summary of what it found in the copy
READ_AS = QT_TRANSLATE_NOOP("Command", "{file}: read as {encoding}")
# a Word document or a PDF has no text encoding to name: what it was read as
READ_KIND = {"docx": QT_TRANSLATE_NOOP("Command", "{file}: read as a Word document (.docx)"),
             "pdf": QT_TRANSLATE_NOOP("Command", "{file}: read from the printed page's PDF")}
BANNER_FOUND = QT_TRANSLATE_NOOP("Command", "banner: {heading}  ({confidence})")
LEAD_FOUND = QT_TRANSLATE_NOOP("Command", "lead: {text}…")
STORY_FOUND = QT_TRANSLATE_NOOP("Command", "story {k}: {heading}  ({paragraphs} paragraph(s){subheads}{byline}; {confidence})")
BYLINE_FOUND = QT_TRANSLATE_NOOP("Command", ", {byline}")
SUBHEADS_FOUND = QT_TRANSLATE_NOOP("Command", ", {n} subhead(s)")
BRIEFS_FOUND = QT_TRANSLATE_NOOP("Command", ", a briefs column of {n} item(s)")
CAPTION_FOUND = QT_TRANSLATE_NOOP("Command", "caption → story {k} ({confidence}): {text}")
CAPTION_ALONE = QT_TRANSLATE_NOOP("Command", "caption → NO STORY, check it ({confidence}): {text}")
CANDIDATES = QT_TRANSLATE_NOOP("Command", "    candidates: {candidates}")
CANDIDATE = QT_TRANSLATE_NOOP("Command", "story {k} 《{headline}》, sharing {names}")
NO_CANDIDATE = QT_TRANSLATE_NOOP("Command", "none shares a name")
CREDIT_FOUND = QT_TRANSLATE_NOOP("Command", "credit: {text}")
UNASSIGNED_FOUND = QT_TRANSLATE_NOOP("Command", "unassigned: {text}")
# preflight's findings on a photo that compose has said already, in its own words (its warnings and
# problems name the photo's file): not said twice
SAID_BY_COMPOSE = ("photo-no-caption", "photo-unlabelled", "credit-odds", "caption-credit-odds", "photo-note",
                   "photo-bare-unplaced", "photo-uncaptioned-unplaced")       # (a photo waiting off the page too)
