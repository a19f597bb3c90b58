"""Why a document cannot be opened or saved, as English templates with their arguments (`errors.Notice`):
the command line prints the English; the editor shows them through Qt's translation (context "Intake",
the one errors.render's callers use; Chinese in scripts/zh/document.py). The place (file:line: field)
is never translated — it is what the user looks for in the file."""
from __future__ import annotations

from layout_app.errors import QT_TRANSLATE_NOOP

# --- the kinds of value a field may hold -----------------------------------------------------------------
KIND_MAPPING = QT_TRANSLATE_NOOP("Intake", "a mapping")
KIND_LIST = QT_TRANSLATE_NOOP("Intake", "a list")
KIND_TEXT = QT_TRANSLATE_NOOP("Intake", "text")
KIND_NOTHING = QT_TRANSLATE_NOOP("Intake", "nothing")
KIND_BOOL = QT_TRANSLATE_NOOP("Intake", "true/false")
# --- fields (io/schema.py) ---------------------------------------------------------------------------------
MAPPING = QT_TRANSLATE_NOOP("Intake", "expected a mapping (key: value lines), got {kind}")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Intake", "unknown field {key}; expected one of: {allowed}")
MISSING = QT_TRANSLATE_NOOP("Intake", "required field is missing")
NUMBER = QT_TRANSLATE_NOOP("Intake", "expected a number, got {value}")
AT_LEAST = QT_TRANSLATE_NOOP("Intake", "must be at least {lo}, got {value}")
AT_MOST = QT_TRANSLATE_NOOP("Intake", "must be at most {hi}, got {value}")
WHOLE = QT_TRANSLATE_NOOP("Intake", "expected a whole number, got {value}")
TEXT = QT_TRANSLATE_NOOP("Intake", "expected text, got {kind}")
TEXT_QUOTES = QT_TRANSLATE_NOOP("Intake", "expected text, got {kind}; put quotes around it")
TOO_LONG = QT_TRANSLATE_NOOP("Intake", "{n} characters is too long; at most {limit}")
DATE = QT_TRANSLATE_NOOP("Intake", "expected a date as YYYY-MM-DD, got {value}")
BOOLEAN = QT_TRANSLATE_NOOP("Intake", "expected true or false, got {value}")
NOT_ONE_OF = QT_TRANSLATE_NOOP("Intake", "{value} is not one of: {options}")
UNKNOWN_SIZE = QT_TRANSLATE_NOOP("Intake", "unknown type size {value}")
SIZE_RANGE = QT_TRANSLATE_NOOP("Intake", "a type size must be {lo:g}–{hi:g} pt, got {pt:g} pt")
CMYK = QT_TRANSLATE_NOOP("Intake", "expected [C, M, Y, K] in percent (0–100), got {value}")
TRIM = QT_TRANSLATE_NOOP("Intake", "expected [width, height] in mm, each {lo:g}–{hi:g}, got {value}")
NAME = QT_TRANSLATE_NOOP("Intake", "expected a name, got {value}")
UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP("Intake", "no template named {value}; the templates are: {names}")
NAME_LONG = QT_TRANSLATE_NOOP("Intake", "a name of at most {limit} characters, got {value} ({n} characters)")
LIST = QT_TRANSLATE_NOOP("Intake", "expected a list, got {kind}")
TOO_MANY = QT_TRANSLATE_NOOP("Intake", "{n} entries is too many; at most {limit}")
CROP = QT_TRANSLATE_NOOP("Intake", "expected [left, top, right, bottom] as fractions 0–1 with left < right and "
                                   "top < bottom, got {value}")
CROP_SMALL = QT_TRANSLATE_NOOP("Intake", "the crop keeps less than {share:.0%} of the picture's width or height: {value}")
SCHEMA = QT_TRANSLATE_NOOP("Intake", "this version of layout_app reads schema {oldest} to {newest}, the file says {value}")
NO_PAGE = QT_TRANSLATE_NOOP("Intake", "a document needs at least one page")
PAGES_MANY = QT_TRANSLATE_NOOP("Intake", "{n} pages is too many; at most {limit}")
NUMBER_TWICE = QT_TRANSLATE_NOOP("Intake", "page number {number} is used twice (also at line {line})")
SPREAD = QT_TRANSLATE_NOOP("Intake", "expected [left page id, right page id] of pages in this document, got {value}")
PHOTO_FILE = QT_TRANSLATE_NOOP("Intake", "expected the photo's file name, got nothing")
ID_USED = QT_TRANSLATE_NOOP("Intake", "id {value} is already used (line {line})")
NO_STORY = QT_TRANSLATE_NOOP("Intake", "no story with id {value} in this document")
NO_PHOTO = QT_TRANSLATE_NOOP("Intake", "no photo with id {value} in this document")
PAST_COLUMN = QT_TRANSLATE_NOOP("Intake", "the frame runs past the last column: col {col} + cols {cols} > {n} columns")
PAST_LINE = QT_TRANSLATE_NOOP("Intake", "the frame runs past the last line: line {line} + lines {lines} > {n} lines")
BOTH = QT_TRANSLATE_NOOP("Intake", "a frame holds a story part or a photo, not both")
VERTICAL = QT_TRANSLATE_NOOP("Intake", "only heading frames (heading, kicker, headline, deck) can be set vertically")
# --- the file itself (io/docfile.py) -----------------------------------------------------------------------
NOT_REGULAR = QT_TRANSLATE_NOOP("Intake", "{path}: not a regular file (a folder, device or pipe); name a .yaml document")
NO_DOCUMENT = QT_TRANSLATE_NOOP("Intake", "{path}: no such document")
CANNOT_READ = QT_TRANSLATE_NOOP("Intake", "{path}: cannot read: {reason}")
TOO_LARGE = QT_TRANSLATE_NOOP("Intake", "larger than {mb} MB; that is no layout_app document")
NOT_UTF8 = QT_TRANSLATE_NOOP("Intake", "not UTF-8 text; a layout_app document is always UTF-8")
EMPTY = QT_TRANSLATE_NOOP("Intake", "the file is empty")
A_PDF = QT_TRANSLATE_NOOP("Intake", "{path}: a PDF, not a layout_app document — name the .yaml document the page is "
                                    "saved in (check an exported PDF with the print tools: pdffonts, qpdf); "
                                    "`layout-app import` reads a printed page's text")
A_WORD = QT_TRANSLATE_NOOP("Intake", "{path}: a Word document or zip, not a layout_app document — name the .yaml "
                                     "document; `layout-app import` reads copy from a .docx")
HOLDS_NEITHER = QT_TRANSLATE_NOOP("Intake", "a frame holds a story part (story: …) or a photo (photo: …), or is an empty "
                                            "photo frame (part: photo); this one holds neither")
PHOTO_PART = QT_TRANSLATE_NOOP("Intake", "a photo frame's part is 'photo' (the picture) or 'caption' (its caption)")
STORY_PART = QT_TRANSLATE_NOOP("Intake", "{part!r} belongs to photo frames; a story frame holds one of {parts}")
# --- the YAML itself (io/located.py) -------------------------------------------------------------------
# PyYAML's own problems, recognised by how they start; {reason} is the rest of its English (the token it
# found, the context), which the Chinese leaves out: the place (file:line) says where to look.
YAML_PROBLEMS = (
    ("mapping values are not allowed here",
     QT_TRANSLATE_NOOP("Intake", "not valid YAML: mapping values are not allowed here{reason}")),
    ("could not find expected ':'", QT_TRANSLATE_NOOP("Intake", "not valid YAML: could not find expected ':'{reason}")),
    ("found character", QT_TRANSLATE_NOOP("Intake", "not valid YAML: found character{reason}")),
    ("found unexpected end of stream", QT_TRANSLATE_NOOP("Intake", "not valid YAML: found unexpected end of stream{reason}")),
    ("found unknown escape character", QT_TRANSLATE_NOOP("Intake", "not valid YAML: found unknown escape character{reason}")),
    ("expected <block end>", QT_TRANSLATE_NOOP("Intake", "not valid YAML: expected <block end>{reason}")),
    ("did not find expected key", QT_TRANSLATE_NOOP("Intake", "not valid YAML: did not find expected key{reason}")),
    ("expected ',' or ']'", QT_TRANSLATE_NOOP("Intake", "not valid YAML: expected ',' or ']'{reason}")),
    ("expected ',' or '}'", QT_TRANSLATE_NOOP("Intake", "not valid YAML: expected ',' or '}}'{reason}")),
    ("found a tab character", QT_TRANSLATE_NOOP("Intake", "not valid YAML: found a tab character{reason}")),
    ("expected a comment or a line break", QT_TRANSLATE_NOOP("Intake", "not valid YAML: expected a comment or a line break{reason}")),
    ("expected the node content", QT_TRANSLATE_NOOP("Intake", "not valid YAML: expected the node content{reason}")),
    ("did not find expected node content", QT_TRANSLATE_NOOP("Intake", "not valid YAML: did not find expected node content{reason}")),
    ("sequence entries are not allowed here", QT_TRANSLATE_NOOP("Intake", "not valid YAML: sequence entries are not allowed here{reason}")),
    ("block sequence entries are not allowed here",
     QT_TRANSLATE_NOOP("Intake", "not valid YAML: block sequence entries are not allowed here{reason}")),
    ("but found another document", QT_TRANSLATE_NOOP("Intake", "not valid YAML: but found another document{reason}")),
    ("expected '<document start>'", QT_TRANSLATE_NOOP("Intake", "not valid YAML: expected '<document start>'{reason}")),
    ("did not find expected '-' indicator", QT_TRANSLATE_NOOP("Intake", "not valid YAML: did not find expected '-' indicator{reason}")),
    ("found undefined tag handle", QT_TRANSLATE_NOOP("Intake", "not valid YAML: found undefined tag handle{reason}")),
)
YAML_OTHER = QT_TRANSLATE_NOOP("Intake", "not valid YAML: {reason}")
ALIAS = QT_TRANSLATE_NOOP("Intake", "an alias (*{name}) is not allowed in a document; write the value out")
ANCHOR = QT_TRANSLATE_NOOP("Intake", "an anchor (&{name}) is not allowed in a document; write the value out")
TOO_DEEP = QT_TRANSLATE_NOOP("Intake", "lists and mappings nested more than {n} deep")
CONTROL_IN_TEXT = QT_TRANSLATE_NOOP("Intake", "the control character U+{code} at character {k} is not allowed in text")
CONTROL_IN_FILE = QT_TRANSLATE_NOOP("Intake", "the control character U+{code} is not allowed in a document")
DIGITS = QT_TRANSLATE_NOOP("Intake", "a number of {n} digits is far too large")
NOT_FINITE = QT_TRANSLATE_NOOP("Intake", "{value} is not a finite number")
TAG = QT_TRANSLATE_NOOP("Intake", "the YAML tag {tag} is not allowed in a document; it holds only text, numbers, "
                                  "true/false, lists and mappings")
PLAIN_KEY = QT_TRANSLATE_NOOP("Intake", "a mapping key must be a plain value")
TWICE = QT_TRANSLATE_NOOP("Intake", "written twice (lines {first} and {second}); keep one")
NOT_ALLOWED = QT_TRANSLATE_NOOP("Intake", "not allowed")
# --- style sheets (io/stylesheet.py) --------------------------------------------------------------------
STYLES_MAPPING = QT_TRANSLATE_NOOP("Intake", "expected a mapping of style names to styles, got {kind}")
OLD_STYLE = QT_TRANSLATE_NOOP("Intake", "unknown style {name}; schema {schema} knows only {roles} "
                                        "(named styles need schema: {needed})")
CHAR_STYLES_SCHEMA = QT_TRANSLATE_NOOP("Intake", "character styles need schema: {needed} (the file says {schema})")
PARAGRAPHS = QT_TRANSLATE_NOOP("Intake", "expected a list of paragraphs (text)")
PARAGRAPHS_MANY = QT_TRANSLATE_NOOP("Intake", "at most {items} paragraphs of at most {chars} characters each")
PARAGRAPH = QT_TRANSLATE_NOOP("Intake", "expected a paragraph (text)")
PARAGRAPH_OR_STYLED = QT_TRANSLATE_NOOP("Intake", "expected a paragraph (text), or a mapping with text: and style:")
NO_PARAGRAPH_STYLE = QT_TRANSLATE_NOOP("Intake", "no paragraph style named {name}; the document has: {known}")
NO_CHAR_STYLE = QT_TRANSLATE_NOOP("Intake", "no character style named {name}; the document has: {known}")
NONE = QT_TRANSLATE_NOOP("Intake", "none")
STYLED_TEXT = QT_TRANSLATE_NOOP("Intake", "a styled paragraph needs its text (text: …)")
RUNS = QT_TRANSLATE_NOOP("Intake", "expected a list of runs, got {kind}")
RUN_TEXT = QT_TRANSLATE_NOOP("Intake", "a run names the text it covers (text: …)")
RUN_MISMATCH = QT_TRANSLATE_NOOP("Intake", "the paragraph has {found} at {at}, not {covered}")
RUN_MISMATCH_HINT = QT_TRANSLATE_NOOP("Intake", "the paragraph has {found} at {at}, not {covered}; {covered} is at {where}")
RUN_EMPTY = QT_TRANSLATE_NOOP("Intake", "a run sets a character style (style: …) or properties (weight: bold, …)")
RUN_OVERLAP = QT_TRANSLATE_NOOP("Intake", "the run overlaps the run at {start}–{end}; runs may not overlap")
STYLE_CIRCLE = QT_TRANSLATE_NOOP("Intake", "based_on goes round in a circle: {loop}")
NO_BASE_PARAGRAPH = QT_TRANSLATE_NOOP("Intake", "no paragraph style named {name}")
NO_BASE_CHARACTER = QT_TRANSLATE_NOOP("Intake", "no character style named {name}")
# --- templates (io/templates.py: File ▸ New) -----------------------------------------------------------
NO_TEMPLATE = QT_TRANSLATE_NOOP("Intake", "no template named {name}; shipped: {names}")
TEMPLATE_UNREADABLE = QT_TRANSLATE_NOOP("Intake", "{path}: cannot read template: {reason}")
TEMPLATE_BODY = QT_TRANSLATE_NOOP("Intake", "a template needs a body style")
# --- masters, rules and boxes (io/furniture.py) ----------------------------------------------------------
ITEM_PAST_COLUMN = QT_TRANSLATE_NOOP("Intake", "runs past the last column: col {col} + cols {cols} > {n} columns")
ITEM_ABOVE_TRIM = QT_TRANSLATE_NOOP("Intake", "line {line} is above the trim; the first line inside it is {top}")
ITEM_BELOW_TRIM = QT_TRANSLATE_NOOP("Intake", "runs below the trim: line {line} + {lines} > {bottom}")
RULE_ONE_WAY = QT_TRANSLATE_NOOP("Intake", "a rule runs across columns (cols: N, horizontal) or down lines (lines: N, "
                                           "vertical); give exactly one of them")
RULE_GUTTER = QT_TRANSLATE_NOOP("Intake", "a vertical rule stands before column 0–{n}, got {col}")
BOX_EMPTY = QT_TRANSLATE_NOOP("Intake", "a box with no border (pattern: none) needs a tint (fill: [C, M, Y, K])")
NOT_A_FIELD = QT_TRANSLATE_NOOP("Intake", "{name} is not a field; use one of {fields} ({{{{ and }}}} for braces)")
MASTER_TWICE = QT_TRANSLATE_NOOP("Intake", "master {name} is already defined (line {line})")
NO_MASTER = QT_TRANSLATE_NOOP("Intake", "no master named {name}; masters: {known}")
NO_MASTERS = QT_TRANSLATE_NOOP("Intake", "no master named {name}; masters: none in this document")
