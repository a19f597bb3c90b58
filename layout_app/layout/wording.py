"""What a first layout says it decided and warns of (autoplace, planfacts, pagehead, ranking, tombstones,
briefpairs) as `errors.Notice`s: the English text itself, for the command line's English, tests and
--json, keeping its template and arguments so `compose` says it in the user's language — context
"Intake", as intake's notices; Chinese in scripts/zh/compose.py. A message built from pieces (a list,
an optional clause) is a Notice of Notices, each piece a template of its own."""
from __future__ import annotations

from layout_app.errors import Notice

TEMPLATES: list[str] = []          # every template here, so a test can check that each one is translated


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 — the name pyside6-lupdate looks for
    """Marks a template for translation (pyside6-lupdate reads this file) without importing Qt."""
    TEMPLATES.append(text)
    return text


# --- pieces joined: names in a list (s1, s2), clauses in a list, parts of a note -----------------------
NAMES = QT_TRANSLATE_NOOP("Intake", "{a}, {b}")
CLAUSES = QT_TRANSLATE_NOOP("Intake", "{clause}, {more}")
PARTS = QT_TRANSLATE_NOOP("Intake", "{a}; {b}")


def joined(items, template: str = NAMES):
    """The items one after another as `template` joins two (its English: ", " or "; "); "" for none."""
    items = list(items)
    if not items:
        return ""
    a, b = ("clause", "more") if template == CLAUSES else ("a", "b")      # (the template's own two names)
    out = items[0]
    for item in items[1:]:
        out = Notice(template, **{a: out, b: item})
    return out


def columns(first: int, last: int) -> Notice:
    """Columns first–last, or the one column."""
    return Notice(COLUMN, col=first) if first == last else Notice(COLUMNS, first=first, last=last)


COLUMN = QT_TRANSLATE_NOOP("Intake", "column {col}")
COLUMNS = QT_TRANSLATE_NOOP("Intake", "columns {first}–{last}")

# --- ranking: why a story takes its rank ----------------------------------------------------------------
FIRST_STORY = QT_TRANSLATE_NOOP("Intake", "the first story of the copy")
LONGEST = QT_TRANSLATE_NOOP("Intake", "the longest story ({n} characters)")
PHOTO_SECTION_LEADS = QT_TRANSLATE_NOOP("Intake", "the banner's photo section: a photo page's pictures lead it")
BRIEF = QT_TRANSLATE_NOOP("Intake", "a brief ({n} characters)")
CHARACTERS = QT_TRANSLATE_NOOP("Intake", "{n} characters")
BRIEFS_COLUMN = QT_TRANSLATE_NOOP("Intake", "a column of briefs ({n} characters): its heading a column's label, set a brief's size")
COMMENT = QT_TRANSLATE_NOOP("Intake", "a commentary or a column's piece, {n} characters: under its label, never headed larger than the news")
HEADED = QT_TRANSLATE_NOOP("Intake", "{n} characters, headed as a story (a deck, or a kicker over more than one paragraph), not as a brief")
INTERVIEW = QT_TRANSLATE_NOOP("Intake", "an interview ({n} characters): its questions and answers headed between the "
                                        "news and the briefs")
SERVICE = QT_TRANSLATE_NOOP("Intake", "a service notice ({n} characters, its points numbered): headed between the news "
                                      "and the briefs")
HEADED_BRIEF = QT_TRANSLATE_NOOP("Intake", "a brief ({n} characters): headed as a story, but the page came out worse with "
                                           "it a second story (a stack run over, a photo out, empty lines, 碰题 or a photo "
                                           "larger than the lead story's)")

# --- pagehead: credits, banner, lead --------------------------------------------------------------------
CREDITS_NOTE = QT_TRANSLATE_NOOP("Intake", "page credits on line {line} in the credit style (right-aligned, small)")
EYE_EMPTY = QT_TRANSLATE_NOOP("Intake", "the 报眼 beside the nameplate (columns {first}–{last}, lines 1–{lines}) is "
                                       "empty: give the copy a 导读 (导读 over its teasers, →详见第N版) or set a short "
                                       "story there")
CONTENTS_NOTE = QT_TRANSLATE_NOOP("Intake", "导读 box {story} in the 报眼 beside the nameplate, columns {first}–{last}, boxed")
BANNER_NOTE = QT_TRANSLATE_NOOP("Intake", "banner {headline!r} across all {cols} columns, lines {top}–{foot}, {size} pt")
LEAD_NOTE = QT_TRANSLATE_NOOP("Intake", "page lead in the {style} style, {tc} column(s) of {measure} characters, "
                                        "lines {top}–{foot}")
STYLES = {"lead_display": QT_TRANSLATE_NOOP("Intake", "lead_display"), "lead": QT_TRANSLATE_NOOP("Intake", "lead"),
          "body": QT_TRANSLATE_NOOP("Intake", "body")}             # the styles a lead is set in, by name

# --- autoplace: what a story's place came out as, what did not fit, headlines side by side (碰题) -----------
SHORTENED = QT_TRANSLATE_NOOP("Intake", "{n} line(s) shorter, its headline a size smaller: the stack ran over with "
                                        "its photos at their smallest")
DEMOTED = QT_TRANSLATE_NOOP("Intake", "a brief ({n} characters): headed as a story, set back to a brief's headline — "
                                      "its stack ran over with its photos at their smallest")
NARROWED = QT_TRANSLATE_NOOP("Intake", "photo {photo} set narrower with the text beside it: the stack ran over with "
                                       "every photo at its smallest")
ON_TOP_BESIDE = QT_TRANSLATE_NOOP("Intake", "its first photo over its heading: its headline would stand beside "
                                            "story {story}'s")
ON_TOP_RIGHT = QT_TRANSLATE_NOOP("Intake", "its first photo over its heading: the headline on its right would stand "
                                           "beside it and has no photo to open with")
TOO_TALL = QT_TRANSLATE_NOOP("Intake", "too tall a column wider")
NO_PIXELS = QT_TRANSLATE_NOOP("Intake", "its pixels filling no more at 200 ppi")
OF_STORY = QT_TRANSLATE_NOOP("Intake", " of story {story} ({headline})")
GUESSED_STORY = QT_TRANSLATE_NOOP("Intake", " (no story of its own: set with story {story} at a guess, left out first)")
PHOTO_OUT = QT_TRANSLATE_NOOP("Intake", "photo {photo}{whose} does not fit its story's stack (columns {first}–{last}): "
                                        "not placed, nor its caption")
PHOTO_OUT_DEEP = QT_TRANSLATE_NOOP("Intake", "photo {photo}{whose} does not fit its story's stack (columns "
                                             "{first}–{last}): not placed, nor its caption — its stack came out {over} "
                                             "lines too deep with every photo at its smallest: photos left out rather "
                                             "than the copy")
STORY_OUT = QT_TRANSLATE_NOOP("Intake", "story {story} ({headline}) does not fit the page")
# a story an editor holds over (压稿, `holdover`) where the page cannot take all its copy, and why it goes first
HELD_OVER = QT_TRANSLATE_NOOP("Intake", "story {story} ({headline}) held over (压稿), on no page: the page cannot take "
                                        "all its copy, and {why}")
HELD_FRAGMENT = QT_TRANSLATE_NOOP("Intake", "a scrap of {n} characters goes first")
HELD_BRIEF = QT_TRANSLATE_NOOP("Intake", "a brief or filler ({n} characters) goes before a service notice, a news photo "
                                         "or a story headed as news")
HELD_MORE = QT_TRANSLATE_NOOP("Intake", "a brief ({n} characters) goes before a story headed as news and the lead's "
                                        "photos")
HELD_PICTURE = QT_TRANSLATE_NOOP("Intake", "a picture story (图片新闻) is set aside whole rather than with its photo "
                                           "stamp-sized — make room for it across the page's columns, or run it later")
APART_OPEN = QT_TRANSLATE_NOOP("Intake", "stories {a} and {b}: headlines side by side (碰题), set apart by a column rule "
                                         "between them, lines {top}–{foot} (隔开) — to stagger them instead, move one, "
                                         "or let story {story} open with its photo")
APART_NO_PHOTO = QT_TRANSLATE_NOOP("Intake", "stories {a} and {b}: headlines side by side (碰题), set apart by a column "
                                             "rule between them, lines {top}–{foot} (隔开) — to stagger them instead, "
                                             "move one (neither has a photo on the page to open with)")
APART_MOVE = QT_TRANSLATE_NOOP("Intake", "stories {a} and {b}: headlines side by side (碰题), set apart by a column rule "
                                         "between them, lines {top}–{foot} (隔开) — to stagger them instead, move one "
                                         "(story {story} opens with its photo already)")
# briefpairs: a story set beside its neighbour in its stack
BESIDE_LEGS = QT_TRANSLATE_NOOP("Intake", "set beside story {partner} in columns {first}–{last}: across the stack's "
                                          "{cols} columns its text ran in legs of {legs} line(s)")
BESIDE_BRIEF = QT_TRANSLATE_NOOP("Intake", "set beside story {partner}, a brief, in columns {first}–{last}")
# tombstones: why a stack's stories are not in rank order
MOVED_PHOTO = QT_TRANSLATE_NOOP("Intake", "story {story} moved to the top: it opens the stack with its photo, no "
                                          "headline beside it")
MOVED_FILLS = QT_TRANSLATE_NOOP("Intake", "story {story} moved to the top: the stack fills better")

# --- sidebars: a column's label over a story set with its feature, boxed (layout/sidebars.py) --------------
SIDEBAR_UNDER = QT_TRANSLATE_NOOP("Intake", "story {story}: a sidebar to story {feature}, boxed under it")
SIDEBAR_BESIDE = QT_TRANSLATE_NOOP("Intake", "story {story}: a sidebar to story {feature}, boxed beside it")
SIDEBAR_LEFT = QT_TRANSLATE_NOOP("Intake", "story {story}: a sidebar to {feature}, left as placed and unboxed: no "
                                 "room for its box in its stack")
SIDEBAR_APART = QT_TRANSLATE_NOOP("Intake", "story {story}: a sidebar to {feature}, left as placed and unboxed: boxed "
                                  "and moved in its stack it would set headlines side by side (碰题)")
SIDEBAR_PLACED = QT_TRANSLATE_NOOP("Intake", "story {story}: a sidebar to {feature}, boxed where it was placed: "
                                   "moved in its stack it did not fit, or its stack is neither its feature's nor beside it")
SIDEBAR_UNDER_HEAD = QT_TRANSLATE_NOOP("Intake", "story {story}: a sidebar to the banner and page lead, boxed first "
                                       "in its stack, under them")
# which piece a sidebar explains, and why (layout/explains.py)
THE_HEAD = QT_TRANSLATE_NOOP("Intake", "the banner and page lead")
THE_STORY = QT_TRANSLATE_NOOP("Intake", "story {story}")
EXPLAINS_TERM = QT_TRANSLATE_NOOP("Intake", "story {story} explains {what}: both say “{term}” — not story {before}, "
                                  "which it follows in the copy")
EXPLAINS_FIRST = QT_TRANSLATE_NOOP("Intake", "story {story} explains {what}: both say “{term}”")
EXPLAINS_BEFORE = QT_TRANSLATE_NOOP("Intake", "story {story} explains story {feature}: it follows it in the copy, and "
                                    "no other story says its headline's key term more")
EXPLAINS_TIE = QT_TRANSLATE_NOOP("Intake", "story {story}: {pieces} say “{term}” as much — kept with story {feature}, "
                                 "which it follows in the copy; check which it explains")
EXPLAINS_TIE_NONE = QT_TRANSLATE_NOOP("Intake", "story {story}: {pieces} say “{term}” as much, and it follows no story "
                                      "in the copy — not set with either; check which it explains")

# --- planfacts: each stack and story, and what the page falls short in ------------------------------------
BELOW_MIN = QT_TRANSLATE_NOOP("Intake", "story {story}: headline {headline!r} set below its minimum size")
OVERSET = QT_TRANSLATE_NOOP("Intake", "story {story}: {lines} lines overset ({chars} characters do not fit its stack)")
STACK_NOTE = QT_TRANSLATE_NOOP("Intake", "stack {stack}: columns {first}–{last}, stories {stories}, {empty} empty "
                                         "line(s) at its end")
STACK_ORDER = QT_TRANSLATE_NOOP("Intake", "stack {stack}: columns {first}–{last}, stories {stories}, {empty} empty "
                                          "line(s) at its end; {order}")
PICTURE_BAND = QT_TRANSLATE_NOOP("Intake", "story {story} is a picture story (图片新闻) {headline!r}: set in a band at the "
                                           "page's foot, lines {first}–{last}, its photo {photo} {cols} columns wide, its "
                                           "text as the photo's caption")
STORY_NOTE = QT_TRANSLATE_NOOP("Intake", "story {story} rank {rank} ({why}): {headline!r} in stack {stack}, columns "
                                         "{first}–{last}, lines {top}–{foot}")
# a photo page's section of pictures: no headline, no text to name it by
PHOTOS_NOTE = QT_TRANSLATE_NOOP("Intake", "story {story} rank {rank} ({why}): its {n} photos, no text, in stack {stack}, "
                                          "columns {first}–{last}, lines {top}–{foot}")
HEADLINE_SIZE = QT_TRANSLATE_NOOP("Intake", "{said}, headline {size} pt")
PHOTO_NOTE = {"portrait": QT_TRANSLATE_NOOP("Intake", "photo {photo} portrait {width}×{height} pt, crop {crop} %"),
              "landscape": QT_TRANSLATE_NOOP("Intake", "photo {photo} landscape {width}×{height} pt, crop {crop} %")}
CAPTION_UNDER = QT_TRANSLATE_NOOP("Intake", "{said}, caption under it")
HEADING = QT_TRANSLATE_NOOP("Intake", "heading {what}")
# what holds a photo from standing taller (`beside.held_by`), said where its stack is short
HELD = {"crop": QT_TRANSLATE_NOOP("Intake", "at the crop limit (a line taller crops away over 20 % of it; 裁切已到限)"),
        "pixels": QT_TRANSLATE_NOOP("Intake", "as large as its pixels fill at 200 ppi (像素所限)"),
        "half the stack": QT_TRANSLATE_NOOP("Intake", "as tall as a photo may stand, half its stack's height (单图不高于半栏)"),
        "beside": QT_TRANSLATE_NOOP("Intake", "as tall as the photo beside it in its row lets it (并排图片同高)"),
        None: QT_TRANSLATE_NOOP("Intake", "could stand taller")}
PHOTO_HELD = QT_TRANSLATE_NOOP("Intake", "photo {photo} {held}")
NO_ROW_LEFT = QT_TRANSLATE_NOOP("Intake", "stack {stack} has no row left, its photos could stand taller: the empty "
                                          "lines are at the foot of its text's last column (末栏不满)")
NO_PHOTO_IN = QT_TRANSLATE_NOOP("Intake", "no photo in stack {stack} to grow")
PHOTO_SHARE = QT_TRANSLATE_NOOP("Intake", "photos fill {share:.0%} of the page's columns (照片占版面 {share:.0%}): the "
                                          "copy is short for this page — add copy, or set the photos smaller and fill "
                                          "with a box")
EACH = QT_TRANSLATE_NOOP("Intake", ": {few} in each of its {cols} columns")
EACH_RANGE = QT_TRANSLATE_NOOP("Intake", ": {few}–{most} in each of its {cols} columns")
STACK_SHORT = QT_TRANSLATE_NOOP("Intake", "stack {stack} (columns {first}–{last}) ends with {lines} empty lines "
                                          "(缺 {lines} 行{each})")
# what the photos of the stacks left short can do no more (one stack: "its", several: "their")
ITS_AS_LARGE = QT_TRANSLATE_NOOP("Intake", "its photos are as large as the crop limit and their pixels let them")
THEIR_AS_LARGE = QT_TRANSLATE_NOOP("Intake", "their photos are as large as the crop limit and their pixels let them")
NO_PHOTO_THERE = QT_TRANSLATE_NOOP("Intake", "no photo there to grow")
WHERE_THEY_HAVE = QT_TRANSLATE_NOOP("Intake", "their photos are as large as the crop limit and their pixels let them, "
                                              "where they have one")
ITS_PHOTOS = QT_TRANSLATE_NOOP("Intake", "its photos: {said}")
THEIR_PHOTOS = QT_TRANSLATE_NOOP("Intake", "their photos: {said}")
SHORT_ONE = QT_TRANSLATE_NOOP("Intake", "the page is short of copy by about {lines} lines (缺稿约 {lines} 行, about "
                                        "{chars} characters of body text): {where}; {photos} and the air between its "
                                        "stories is used — add copy or a photo, or fill with a box")
SHORT_MANY = QT_TRANSLATE_NOOP("Intake", "the page is short of copy by about {lines} lines (缺稿约 {lines} 行, about "
                                         "{chars} characters of body text): {where}; {photos} and the air between their "
                                         "stories is used — add copy or a photo, or fill with a box")
AIR_LEFT = QT_TRANSLATE_NOOP("Intake", "air is spread {where} more than usual")
LEFT_OFF = QT_TRANSLATE_NOOP("Intake", "story {stories} left off the page though {where} — no arrangement took it "
                                       "there: move it in, cut it to fit, or hold it over")
LEFT_OFF_MANY = QT_TRANSLATE_NOOP("Intake", "stories {stories} left off the page though {where} — no arrangement took "
                                            "them there: move one in, cut them to fit, or hold them over")
AIR_STACK = QT_TRANSLATE_NOOP("Intake", "stack {stack} (columns {first}–{last}) {lines} lines")
AIR_SPREAD = QT_TRANSLATE_NOOP("Intake", "air spread to fill the page (稿件不足，拉开了间距): {where} more than usual "
                                         "between the stories, over their headings and under their captions — the "
                                         "copy is short by about that: add copy or a photo, or fill with a box")
EMPTY_BESIDE = QT_TRANSLATE_NOOP("Intake", "photo {photo} of story {story} is set narrower than its stack ({why}) and "
                                           "its story's text is too short to stand beside it: {where}, lines "
                                           "{top}–{foot} stay empty — a larger file, a box or a brief there")
