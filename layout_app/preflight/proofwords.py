"""What the caption proof says around the reporters' own text — its heading, the labels, the
warnings and the command's summary — in the reader's language. Reporters read Chinese: the proof
(PDF, HTML) and `layout-app captions` speak the interface's language (`lang.ui_language`), in the
editor's words (context "Preflight", Chinese in scripts/zh/captions.py)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from layout_app.preflight.captioncheck import CaptionEntry
from layout_app.preflight.wording import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Preflight", "{title}: caption proof")
NO_CAPTION = QT_TRANSLATE_NOOP("Preflight", "(no caption)")
NO_CREDIT = QT_TRANSLATE_NOOP("Preflight", "(no credit)")
STORY = QT_TRANSLATE_NOOP("Preflight", "Story: {headline}")
OFF_PAGE = QT_TRANSLATE_NOOP("Preflight", "Photos not on the page")
NOT_PLACED = QT_TRANSLATE_NOOP("Preflight", "not on the page: there is no room for it, so neither the photo nor its "
                                            "caption prints")
UNTOLD = QT_TRANSLATE_NOOP("Preflight", "not on the page: no caption and no story tell where it goes — the page editor "
                                        "places it")
WITH_CAPTION = QT_TRANSLATE_NOOP("Preflight", "{what} ({caption})")
SUMMARY = QT_TRANSLATE_NOOP("Preflight", "{out}: {n} photo(s), {warned} with warnings")
SUMMARY_OFF = QT_TRANSLATE_NOOP("Preflight", "{summary}; {n} not on the page")


@dataclass(frozen=True)
class ProofWords:
    """The proof's words in one language (`translate`: English template → the language's)."""
    translate: Callable[[str], str] = str
    lang: str = "en"

    def say(self, template: str, **args) -> str:
        return self.translate(template).format(**args)

    def title(self, title: str) -> str:
        return self.say(TITLE, title=title)

    @property
    def no_caption(self) -> str:
        return self.say(NO_CAPTION)

    @property
    def no_credit(self) -> str:
        return self.say(NO_CREDIT)

    def story(self, entry: CaptionEntry) -> str:
        return self.say(STORY, headline=entry.story.headline if entry.story else "—")

    @property
    def off_page(self) -> str:
        return self.say(OFF_PAGE)

    def not_placed(self, photo) -> str:
        """Why a photo is on no page: its stack had no room — or, with no caption and no story, compose
        left it for the editor to place."""
        return self.say(NOT_PLACED if photo.caption or photo.story else UNTOLD)

    def off_page_line(self, photo) -> str:
        """A photo no page places, for the command's list: the warning, and its caption if it has one."""
        return self.say(WITH_CAPTION, what=self.not_placed(photo), caption=photo.caption) if photo.caption \
            else self.not_placed(photo)

    def place(self, entry: CaptionEntry) -> str:
        return entry.place.render(self.translate)

    def warnings(self, entry: CaptionEntry) -> list[str]:
        return [p.render(self.translate) for p in entry.phrases]

    def summary(self, out, entries: list[CaptionEntry], off_page) -> str:
        text = self.say(SUMMARY, out=out, n=len(entries), warned=sum(1 for e in entries if e.phrases))
        return self.say(SUMMARY_OFF, summary=text, n=len(off_page)) if off_page else text
