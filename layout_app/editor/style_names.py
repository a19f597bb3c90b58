"""Style names as a page editor knows them (正文, 主题, 引题 …), translated; the document keeps its own
names (body, headline, kicker …), and a style it names that we do not know shows as it is written."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Styles"
NAMES = {
    "body": QT_TRANSLATE_NOOP("Styles", "Body text"),
    "headline": QT_TRANSLATE_NOOP("Styles", "Headline"),
    "kicker": QT_TRANSLATE_NOOP("Styles", "Kicker"),
    "deck": QT_TRANSLATE_NOOP("Styles", "Deck"),
    "byline": QT_TRANSLATE_NOOP("Styles", "Byline"),
    "caption": QT_TRANSLATE_NOOP("Styles", "Caption"),
    "credit": QT_TRANSLATE_NOOP("Styles", "Photo credit"),
    "jump": QT_TRANSLATE_NOOP("Styles", "Jump line"),
    "banner": QT_TRANSLATE_NOOP("Styles", "Banner headline"),
    "banner_deck": QT_TRANSLATE_NOOP("Styles", "Banner deck"),
    "lead": QT_TRANSLATE_NOOP("Styles", "Lead paragraph"),
    "headline_lead": QT_TRANSLATE_NOOP("Styles", "Headline of the lead story"),
    "headline_second": QT_TRANSLATE_NOOP("Styles", "Headline of the second story"),
    "headline_brief": QT_TRANSLATE_NOOP("Styles", "Headline of a brief"),
    # character styles
    "strong": QT_TRANSLATE_NOOP("Styles", "Bold"),
    "quote": QT_TRANSLATE_NOOP("Styles", "Quotation"),
    "dots": QT_TRANSLATE_NOOP("Styles", "Emphasis dots"),
}


def shown(name: str | None) -> str:
    if not name:
        return ""
    return QCoreApplication.translate(CONTEXT, NAMES[name]) if name in NAMES else name
