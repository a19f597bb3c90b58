"""Intake's notices — what a page editor should check after copy was read, and why a copy file cannot
be read — as English templates with their arguments (`errors.Notice`: the English text itself, for
the command line and tests, keeping its template and arguments so the editor can show it through
Qt's translation, context "Intake", Chinese in scripts/zh/intake.py)."""
from __future__ import annotations

from layout_app.errors import CONTEXT, TEMPLATES, QT_TRANSLATE_NOOP, Notice, render  # noqa: F401 — used here and re-exported


# --- copyfile -------------------------------------------------------------------------------------------
BOM_BUT = QT_TRANSLATE_NOOP("Intake", "{file}: starts with a UTF-8 byte-order mark but the text is {enc}: read as {enc}")
COULD_BE = QT_TRANSLATE_NOOP("Intake", "{file}: read as {enc}, but it could be {other}; if the text looks wrong, "
                                       "give --encoding {other}")
FOOTNOTES = QT_TRANSLATE_NOOP("Intake", "{file}: footnotes were ignored (a newspaper story has none)")
# a table in copy (typed or Word's) kept whole: its rows and cells, set as a table (intake/tables)
TABLE_IN = QT_TRANSLATE_NOOP("Intake", "{file}: table “{name}”: {rows} row(s), {cols} column(s) — kept as a table in "
                                       "the story “{story}”")
TABLE_ALONE = QT_TRANSLATE_NOOP("Intake", "{file}: table “{name}”: {rows} row(s), {cols} column(s) — kept as a "
                                          "table standing on its own")
# … moved to the story that names what it lists (intake/tablehomes), or set apart where none does
TABLE_NAMES = QT_TRANSLATE_NOOP("Intake", "{file}: table “{name}”: {rows} row(s), {cols} column(s) — set with the "
                                          "story “{story}”, which names {names}")
TABLE_APART = QT_TRANSLATE_NOOP("Intake", "{file}: table “{name}”: {rows} row(s), {cols} column(s) — set as an item "
                                          "of its own after “{follows}”: no story names what it lists (a briefs "
                                          "column takes no table)")
TABLE_BOX = QT_TRANSLATE_NOOP("Intake", "{file}: table {n} (first cell {cell!r}) lays copy out, it holds no figures: its "
                                        "text read as copy, cell by cell")
# --- importer -------------------------------------------------------------------------------------------
FROM_PDF = QT_TRANSLATE_NOOP("Intake", "{file}: looks taken out of a PDF: column lines joined into paragraphs, "
                                       "side-by-side columns and letter-spacing undone (check the paragraphs)")
# the same, for text a tool took out of a PDF: the page's .pdf itself says more (its type sizes and indents)
FROM_PDF_TEXT = QT_TRANSLATE_NOOP("Intake", "{file}: looks taken out of a PDF: column lines joined into paragraphs, "
                                            "side-by-side columns and letter-spacing undone (check the paragraphs); "
                                            "import the page's .pdf itself if you have it: its type sizes and indents "
                                            "tell kicker, headline, captions and paragraphs apart")
# columns read side by side (pdfcolumns) or given out of order, a column a flow (pdfflows)
COLUMNS_GUESS = QT_TRANSLATE_NOOP("Intake", "{file}: the order of {n} column lines, from {first!r} to {last!r}, is a "
                                            "guess (another order reads as well): check those paragraphs")
PARAGRAPH_GUESS = QT_TRANSLATE_NOOP("Intake", "{file}: whether {last!r} opens a new paragraph or goes on the line of "
                                              "{first!r} is a guess (the column lines read both ways): check those "
                                              "paragraphs")
IN_FILE = QT_TRANSLATE_NOOP("Intake", "{file}: {notice}")
# 小标题 nothing marks (no indent, number or block): read as the story's by their place in it (subheads)
SUBHEADS_GUESS = QT_TRANSLATE_NOOP("Intake", "{file}: story {head!r}: {subheads} read as its subheads (short lines between "
                                             "its paragraphs, nothing marking them): check they are no stories' headlines")
# a poem's short lines kept as verse (verse), or as a guess
VERSE_KEPT = QT_TRANSLATE_NOOP("Intake", "{file}: {title!r}: {lines} short lines in {stanzas} stanzas read as verse "
                                         "({poems} poem(s)): its line and stanza breaks kept, set in the verse style")
VERSE_GUESS = QT_TRANSLATE_NOOP("Intake", "{file}: {title!r}: {lines} short lines read as verse, a guess (no label "
                                          "says so, one short stanza): its line breaks kept — check it is no list")
TOO_MANY = QT_TRANSLATE_NOOP("Intake", "{file}: {captions} captions and {stories} stories are more than one page holds: "
                                       "captions were not matched to stories")
# --- structure ------------------------------------------------------------------------------------------
SHAPE_ONLY = QT_TRANSLATE_NOOP("Intake", "caption {text!r} is known by its shape only (the blank lines around it are no "
                                         "wider than those between paragraphs): check it is not a story's last paragraph")
KICKER_BANNER = QT_TRANSLATE_NOOP("Intake", "story {k} kicker {kicker!r} may be the page banner: check it")
LEAD_CUT = QT_TRANSLATE_NOOP("Intake", "the page lead breaks off mid-sentence at {cut!r}: a heading line or a "
                                       "column of a story may have run into it — check it")
BANNER_GUESS = QT_TRANSLATE_NOOP("Intake", "banner {headline!r} is a guess from its place on the page "
                                           "(confidence {confidence:.0%}): check it")
PARTS_GUESS = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: which lines are kicker, headline and deck is a guess "
                                          "(confidence {confidence:.0%}): check it")
PARTS_GUESS_PRINTED = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: which lines are kicker, headline and deck is a "
                                                  "guess (confidence {confidence:.0%}; the text of a printed page has "
                                                  "lost the type sizes, and a headline set in two lines reads like a "
                                                  "kicker over a headline): check it")
PARTS_GUESS_FIGURES = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: which lines are kicker, headline and deck is a "
                                                  "guess (confidence {confidence:.0%}; two heading lines, one in figures: "
                                                  "a kicker over a headline that counts, or a headline over its deck in "
                                                  "figures without a dash): check it")
# a printed page's text read two ways where its type sizes would tell (headdoubts)
THEME_KICKER = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: the kicker, two phrases naming no place, may as well "
                                           "be the first line of a headline set in two lines (confidence "
                                           "{confidence:.0%}): check on the page whether it is set in the headline's "
                                           "type")
KICKER_OPENS = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: the kicker, naming no place, may as well be the first "
                                           "line of a headline set in two lines, broken where compose would break it "
                                           "(confidence {confidence:.0%}): check on the page whether it is set in the "
                                           "headline's type")
SUBJECT_ABOVE = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: the headline opens on a verb; the kicker's last phrase "
                                            "may be its subject, the headline broken after it (confidence "
                                            "{confidence:.0%}): check on the page where the headline begins")
LABEL_JOINED = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: two heading lines were read as one headline, the first "
                                           "a place and its colon — it may be a kicker over the headline (confidence "
                                           "{confidence:.0%}): check on the page")
SHORT_PARAGRAPH = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: the short paragraph {cut!r} may be the end of the "
                                              "paragraph above (the text of a printed page has lost its indents) "
                                              "(confidence {confidence:.0%}): check the paragraph break")
VISIT_HEADLINE = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: the headline ends taking the reader to a place, as a "
                                             "kicker does — the story's own headline may be elsewhere in the text "
                                             "(confidence {confidence:.0%}): check its heading on the page")
ONE_PARAGRAPH = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: its text is one paragraph opening on no dateline "
                                            "(本报讯) — the rest of it may have gone into another story, or its heading "
                                            "be a line of another's (confidence {confidence:.0%}): check its paragraphs")
COLUMNS_STORY = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: its text was put together from column lines in an "
                                            "order that is a guess (confidence {confidence:.0%}): check its paragraphs")
PARAGRAPH_STORY = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: where one of its paragraphs ends is a guess "
                                              "(confidence {confidence:.0%}): check its paragraphs")
SENTENCE_CUT = QT_TRANSLATE_NOOP("Intake", "story {k} {head!r}: its text breaks off mid-sentence at {cut!r} "
                                           "(confidence {confidence:.0%}): a column of it may have gone into "
                                           "another story, or one of another's into it: check its paragraphs")
RUNNING_HEAD = QT_TRANSLATE_NOOP("Intake", "{file}: {text!r} is the printed page's running head (page, section, "
                                             "date), not copy: it is set aside")
# the running head found whole, its fields read (intake.pdfrunninghead): a re-compose can print them again
HEAD_READ = QT_TRANSLATE_NOOP("Intake", "{file}: {text!r} is the printed page's running head (报眉), not copy: it is "
                                        "set aside — page {page}, section {section}, paper {paper}, date {date}, "
                                        "editor {editor}, art editor {art_editor} (— where it prints none)")
# … or a front page's masthead (报头) found at the copy's top: compose sets the page under the template's front master
MAST_READ = QT_TRANSLATE_NOOP("Intake", "{file}: {text!r} is the front page's masthead (报头), not copy: it is set aside — "
                                        "the page is 第1版 under the template's front master, which prints it again: paper "
                                        "{paper}, date {date}")
OUTSIDE_TRIM = QT_TRANSLATE_NOOP("Intake", "{file}: {text!r} stands outside the page's trim (printer's marks, "
                                             "the slug), not copy: it is set aside")
UNASSIGNED = QT_TRANSLATE_NOOP("Intake", "line {text!r} fits no story, caption or credit: it is kept as unassigned")

# --- copy files that cannot be read (InputError(Notice(…)): the editor says them in its language) --------
NOT_REGULAR = QT_TRANSLATE_NOOP("Intake", "{path}: not a regular file")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("Intake", "{path}: no such file")
A_FOLDER = QT_TRANSLATE_NOOP("Intake", "{path}: is a folder, not a copy file")
EMPTY_COPY = QT_TRANSLATE_NOOP("Intake", "{path}: empty — there is no copy in it")
CANNOT_READ = QT_TRANSLATE_NOOP("Intake", "{path}: cannot read: {reason}")
TEXT_TOO_LARGE = QT_TRANSLATE_NOOP("Intake", "{path}: too large for one page of copy (over {mb} MB)")
DAMAGED_UTF16 = QT_TRANSLATE_NOOP("Intake", "{path}:{line}: damaged UTF-16 text at byte {byte}")
DAMAGED_TEXT = QT_TRANSLATE_NOOP("Intake", "{path}:{line}: damaged text: byte {byte} is not valid {name} (the file is not "
                                           "wholly UTF-8, GB18030 or Big5); if you know the encoding, give --encoding")
MIXED = QT_TRANSLATE_NOOP("Intake", "{path}:{line}: this line is {enc} but line {first} is {other} — the file mixes two "
                                    "encodings; save it in one (UTF-8)")
PARAGRAPH_AT = QT_TRANSLATE_NOOP("Intake", "{path}: paragraph {n}")
CONTROL = QT_TRANSLATE_NOOP("Intake", "{where}: control character U+{code:04X} in column {col}: not plain text (a binary "
                                      "file, or saved in another encoding?)")
DOCX_TOO_LARGE = QT_TRANSLATE_NOOP("Intake", "{path}: too large for one page of copy ({mb} MB)")
DOCX_TOO_LARGE_UNPACKED = QT_TRANSLATE_NOOP("Intake", "{path}: too large for one page of copy ({mb} MB unpacked)")
DOCX_PART_TOO_LARGE = QT_TRANSLATE_NOOP("Intake", "{path}: too large for one page of copy: {part} is {mb} MB unpacked")
DOCX_PARAGRAPHS = QT_TRANSLATE_NOOP("Intake", "{path}: too large for one page of copy: more than {n:,} paragraphs")
DOCX_RUNS = QT_TRANSLATE_NOOP("Intake", "{path}: too large for one page of copy: more than {n:,} runs of text")
NOT_PDF = QT_TRANSLATE_NOOP("Intake", "{path}: not a readable PDF ({reason})")
PDF_PASSWORD = QT_TRANSLATE_NOOP("Intake", "{path}: the PDF is locked with a password; save it again without one")
PDF_NO_TEXT = QT_TRANSLATE_NOOP("Intake", "{path}: the PDF holds no text (a scanned page?): copy needs the page's text, "
                                          "not its picture")
PDF_PAGES = QT_TRANSLATE_NOOP("Intake", "{path}: {n} pages are more than copy for a page (at most {most}); "
                                        "take out the pages you need")
PDF_TOO_LARGE = QT_TRANSLATE_NOOP("Intake", "{path}: too large to read as copy (over {mb} MB)")
# files no copy comes from, named by what their first bytes say they are (intake.filekinds)
NOT_COPY_OLD_WORD = QT_TRANSLATE_NOOP("Intake", "{path}: a Word 97–2003 document (.doc) — save it as .docx or plain text")
NOT_COPY_WPS = QT_TRANSLATE_NOOP("Intake", "{path}: a WPS Writer document (.wps) — save it as .docx or plain text")
NOT_COPY_OLD_OFFICE = QT_TRANSLATE_NOOP("Intake", "{path}: an Excel or PowerPoint 97–2003 file, not copy — save the "
                                                  "copy in it as .docx or plain text")
NOT_COPY_RTF = QT_TRANSLATE_NOOP("Intake", "{path}: an RTF document — save it as .docx or plain text")
NOT_COPY_ODT = QT_TRANSLATE_NOOP("Intake", "{path}: an OpenDocument text (.odt) — save it as .docx or plain text")
NOT_COPY_PICTURE = QT_TRANSLATE_NOOP("Intake", "{path}: a picture ({kind}), not copy — give it as a photo")
NOT_COPY_ARCHIVE = QT_TRANSLATE_NOOP("Intake", "{path}: a ZIP archive, not copy — unpack it and give the copy files in it")
DOCX_BY_CONTENT = QT_TRANSLATE_NOOP("Intake", "{file}: a Word document (.docx) under another name: read as one")
PDF_BY_CONTENT = QT_TRANSLATE_NOOP("Intake", "{file}: a PDF under another name: read as one")
TEXT_BY_CONTENT = QT_TRANSLATE_NOOP("Intake", "{file}: plain text under a word processor's name ({suffix}): read as text")
NOT_DOCX = QT_TRANSLATE_NOOP("Intake", "{path}: not a readable Word (.docx) file ({reason}); save it again as .docx")
NOT_DOCX_BODY = QT_TRANSLATE_NOOP("Intake", "{path}: not a readable Word (.docx) file (its main part is not a Word "
                                            "document body); save it again as .docx")
