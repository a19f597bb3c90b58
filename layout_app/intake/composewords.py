"""What `compose` says of the copy and photos it was given — a photo's caption and credit, the page's
banner and credit line, copy kept on no page — as `errors.Notice`s: the English text itself, for the
command line's English, tests and --json, keeping its template and arguments so `compose` says it in
the user's language (context "Intake", as intake's notices; Chinese in scripts/zh/compose.py). The
layout's own notes and warnings are `layout.wording`'s."""
from __future__ import annotations

TEMPLATES: list[str] = []          # every template here, so a test can check that each one is translated


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 — the name pyside6-lupdate looks for
    """Marks a template for translation (pyside6-lupdate reads this file) without importing Qt."""
    TEMPLATES.append(text)
    return text


# --- the copy and photos named: what stops compose, what it keeps on no page ----------------------------
EXISTS = QT_TRANSLATE_NOOP("Intake", "{path} exists; use --force to replace it")     # (new's refusal too)
NO_STORY = QT_TRANSLATE_NOOP("Intake", "no story found in the copy files")
BAD_DATE = QT_TRANSLATE_NOOP("Intake", "--date {value}: not a date; write it as YYYY-MM-DD, e.g. {example}")
BAD_PAGE_NUMBER = QT_TRANSLATE_NOOP("Intake", "--page-number {value}: a page number is a whole number from 1 up")
# the running head (报眉) the page took, as it prints; the copy's editor line printed in it
HEAD_SET = QT_TRANSLATE_NOOP("Intake", "running head (报眉): {text}")
FRONT_SET = QT_TRANSLATE_NOOP("Intake", "page 1 takes the template's front page master ({master}): {text}")
# what the running head took that the command line did not say: today's date, the copy's own 报眉's
# fields; and what it leaves out, said by the option (or copy line) that would give it
HEAD_TODAY = QT_TRANSLATE_NOOP("Intake", "running head (报眉): no --date given: today's date, {date} ({weekday}), is "
                                         "printed — give --date for the edition's")
HEAD_UNSAID = QT_TRANSLATE_NOOP("Intake", "running head (报眉): not given, left out (never printed blank): {what}")
HEAD_UNNUMBERED = QT_TRANSLATE_NOOP("Intake", "running head (报眉): no --page-number given: the page prints no 版次 — "
                                              "give --page-number")
# … and the parts of a front page's masthead the copy printed that the template's front master has no field for
MAST_UNPRINTED = QT_TRANSLATE_NOOP("Intake", "{file}: the masthead's {parts} are not printed: the template's front "
                                             "master has no {fields} — a front page goes to press with its CN number "
                                             "and issue; add them to the front master")
# … and a front page whose nameplate would print nothing
NO_NAMEPLATE = QT_TRANSLATE_NOOP("Intake", "front page (报头): no paper name given — the nameplate of master {master} "
                                           "prints nothing: give --paper (e.g. --paper 柳河日报), or the template's paper:")
HEAD_FROM_COPY = QT_TRANSLATE_NOOP("Intake", "running head (报眉): {fields} taken from the running head printed on "
                                             "{file}")
STAFF_IN_HEAD = QT_TRANSLATE_NOOP("Intake", "{names}: printed in the running head (报眉), not in the credit line")
NO_PHOTOS_THERE = QT_TRANSLATE_NOOP("Intake", "--photos {path}: no such folder or file")
NO_PHOTO_FILES = QT_TRANSLATE_NOOP("Intake", "--photos {path}: no photo files in the folder (.jpg, .png, .tif …): the "
                                             "page has no photos")
NOT_RECOGNISED = QT_TRANSLATE_NOOP("Intake", "{file}: not recognised as a story, caption or credit — kept in the "
                                             "document as story '{unassigned}', on no page: place it or delete it: {text}")
SECOND_BANNER = QT_TRANSLATE_NOOP("Intake", "{file}: a second page banner ({confidence:.0%} sure; the page's is "
                                            "{best}'s, {best_confidence:.0%}) — kept in the document as story "
                                            "'{unassigned}', on no page: place it or delete it: {text}")
SECOND_LEAD = QT_TRANSLATE_NOOP("Intake", "{file}: a second page lead (the page's is {best}'s) — kept in the document "
                                          "as story '{unassigned}', on no page: place it or delete it: {text}")
SPARE_CAPTION = QT_TRANSLATE_NOOP("Intake", "caption with no photo — kept in the document as story '{unassigned}', on "
                                            "no page: {text}")
LEAD_NO_BANNER = QT_TRANSLATE_NOOP("Intake", "a page lead was found but no banner headline over it: the lead is set at "
                                             "the top of the page in the lead style (a size or more larger, across the "
                                             "page, where that fills its width), with no headline")

# --- a photo's caption: where it came from, which story it goes with -----------------------------------
CAPTION_LOST = QT_TRANSLATE_NOOP("Intake", "{file}: its caption in the file is only question marks ({marks!r}): the "
                                           "program that wrote it could not store Chinese and lost the text — type "
                                           "the caption again")
CAPTION_BY_NAME = QT_TRANSLATE_NOOP("Intake", "{file}: no caption in the file; took the copy's caption its file name "
                                              "names: {caption!r}")
CAPTION_ONLY = QT_TRANSLATE_NOOP("Intake", "{file}: no caption in the file; took the one caption of the copy no other "
                                           "photo has: {caption!r}")
CAPTION_BY_ORDER = QT_TRANSLATE_NOOP("Intake", "{photo} ({file}): no caption in the file and none its file name names; "
                                               "took the copy's next caption {caption!r} at a guess — check it is this "
                                               "photo's")
CANDIDATES = QT_TRANSLATE_NOOP("Intake", "{file}: its caption names no story clearly; candidates {candidates}")
CANDIDATE = QT_TRANSLATE_NOOP("Intake", "{story} ({score:g}: {names})")
BY_PLACE = QT_TRANSLATE_NOOP("Intake", "photo {photo}: its caption names {place}, as story {story} does alone")
BY_FILE_NAME = QT_TRANSLATE_NOOP("Intake", "photo {photo} ({file}) has no caption; set with story {story} 《{headline}》, "
                                           "whose heading its file name names — check it")
WAITS = QT_TRANSLATE_NOOP("Intake", "photo {photo} ({file}) has no caption and no story of its own: not placed — it "
                                    "waits in the Photos panel (未上版) for the editor to place")
WAITS_BARE = QT_TRANSLATE_NOOP("Intake", "photo {photo} ({file}) has neither a caption nor a credit, and no story of its "
                                         "own: not placed — it waits in the Photos panel (未上版) for the editor to place")
TOSS = QT_TRANSLATE_NOOP("Intake", "{count} photo(s) have no caption and their file names name none: {photos}; with "
                                   "{n} caption(s) of the copy left unmatched, nothing tells which caption is whose: none set by "
                                   "order — they wait in the Photos panel (未上版). Name each file after its caption or "
                                   "give it its caption in the photo's metadata; they may take {captions}")
CREDIT_BESIDE = QT_TRANSLATE_NOOP("Intake", "the copy's credit {credit!r} is printed beside its photos: not repeated "
                                            "in the page's credit line")
ELIMINATED = QT_TRANSLATE_NOOP("Intake", "photo {photo} ({file}) has no caption of its own and its file name names "
                                         "none; the copy's one caption left, {caption!r}, is its only by elimination — "
                                         "not placed: it waits in the Photos panel (未上版) for the editor to check and place")
SECOND_CAPTION = QT_TRANSLATE_NOOP("Intake", "{file}: the copy's caption {second!r} names whom the photo's own caption "
                                             "names — a second caption of this photo: {caption!r} printed (the fuller), "
                                             "the other kept in the photo's note")
NAMED_BY_PHOTOS = QT_TRANSLATE_NOOP("Intake", "caption {text!r} names whom the own captions of photos {photos} name: "
                                              "which it belongs to is unclear — no photo without a caption takes it")
PICTURE_STORY = QT_TRANSLATE_NOOP("Intake", "{file}: the photo of picture story {story} 《{headline}》 (图片新闻): its "
                                            "text is the caption, its credit {credit}")
UNLABELLED_PICTURE = QT_TRANSLATE_NOOP("Intake", "story {story} 《{headline}》 read as a picture story (图片新闻) though "
                                                 "no label says so: a caption's length of text, the credit {credit} "
                                                 "under it and photo {file} named by its headline — check it")
NO_STORY_FOR = QT_TRANSLATE_NOOP("Intake", "photo {photo} could not be placed: no story on the page")
AT_A_GUESS = QT_TRANSLATE_NOOP("Intake", "photo {photo} ({file}): its caption {caption!r} names no story on the page; "
                                         "placed with {story} 《{headline}》 at a guess — check it belongs there")
ART_SECTION = QT_TRANSLATE_NOOP("Intake", "{photos}: works of art no story's caption names, set as a section of "
                                          "their own ({story}) under its label {label}, each with its caption")
PHOTO_SECTION_SET = QT_TRANSLATE_NOOP("Intake", "{photos}: photos no story's caption names, under the banner {banner!r}: "
                                                "set as its photo section ({story}), first under it, each with its caption")
WAITING = QT_TRANSLATE_NOOP("Intake", "{said}; {n} photo(s) wait in the Photos panel (未上版): {photos} — place one")

# --- a photo's credit -----------------------------------------------------------------------------------
CREDIT_SHARED = QT_TRANSLATE_NOOP("Intake", "the credit {credit!r} under the numbered photos credits each of them: given to {photos} "
                                             "too, printed once, under the last")
CREDIT_MOVED = QT_TRANSLATE_NOOP("Intake", "{file}: its caption's credit {credit!r} is set as the photo's credit")
CREDIT_SAME = QT_TRANSLATE_NOOP("Intake", "{file}: its caption's credit says what the photo's own does ({credit!r}): "
                                          "printed once")
CREDIT_IN_LINE = QT_TRANSLATE_NOOP("Intake", "{file}: its own credit {credit!r} names whom the page's credit line {line!r} "
                                            "names: printed once, in that line")
CREDIT_ODDS = QT_TRANSLATE_NOOP("Intake", "{photo} ({file}): its caption {caption!r} credits another photographer than "
                                          "the photo's own credit ({credit!r}): both would print — keep the right one")
PHOTO_FILE = QT_TRANSLATE_NOOP("Intake", "{photo} ({file})")
LINE_ODDS_ONE = QT_TRANSLATE_NOOP("Intake", "the page's credit line {line!r} names another photographer than photo "
                                            "{photos} credits itself ({credit!r}): both would print — if the line leaves "
                                            "it out, say so in it (本版图片除署名外由…摄); else keep the right one")
LINE_ODDS_MANY = QT_TRANSLATE_NOOP("Intake", "the page's credit line {line!r} names another photographer than photos "
                                             "{photos} credit themselves ({credit!r}): both would print — if the line "
                                             "leaves them out, say so in it (本版图片除署名外由…摄); else keep the "
                                             "right one")
CREDIT_NO_PHOTO = QT_TRANSLATE_NOOP("Intake", "the page's photo credit {line!r} is printed, but no photo is on the page "
                                             "({n} waiting off it): place the photos, or take the line out if the page "
                                             "runs without them")
CREDITED = QT_TRANSLATE_NOOP("Intake", "{file}: credited by the page's credit line {line!r}")
# a photo's own caption typed after its story (intake.metacaptions)
OWN_CAPTION = QT_TRANSLATE_NOOP("Intake", "{text!r} after story {headline!r} is a photo's own caption (its file says it "
                                          "word for word): set under that photo, not as the story's last paragraph")
