"""What the store says when an edition, a page or a version is not there, or the database fails, as
English templates with their arguments (errors.Notice): the command line prints the English, the
editor (board, newsroom window) says it in its language (context "Intake"; Chinese in
scripts/zh/refusals.py). The store's place and the user's values stay as they are."""
from __future__ import annotations

from layout_app.errors import QT_TRANSLATE_NOOP

NO_EDITION = QT_TRANSLATE_NOOP("Intake", "{where}: no edition {edition} in the store (it has: {editions})")
NO_EDITIONS = QT_TRANSLATE_NOOP("Intake", "none")
NO_PAGE_SEEN = QT_TRANSLATE_NOOP("Intake", "{where}: edition {edition} has no page you may see")
NO_PAGE_SEEN_PRINT = QT_TRANSLATE_NOOP("Intake", "{where}: edition {edition} has no page you may see "
                                                 "(print staff see signed pages only)")
EDITION_EXISTS = QT_TRANSLATE_NOOP("Intake", "{where}: edition {edition} exists already")
NO_SUCH_PAGE = QT_TRANSLATE_NOOP("Intake", "{where}: edition {edition} has no page {page} you may see")
NO_SUCH_RECORD = QT_TRANSLATE_NOOP("Intake", "{where}: edition {edition} has no {kind} {key}")
NO_VERSION = QT_TRANSLATE_NOOP("Intake", "{where}: {kind} {key} has no version {version}")
DATABASE = QT_TRANSLATE_NOOP("Intake", "{where}: the database failed: {reason}")
NO_SUCH_PAGE_OF = QT_TRANSLATE_NOOP("Intake", "{where}: edition {edition} has no page {page} you may see; give a "
                                             "page's id or number (id: number): {pages}")
# the chief editor signs a page with findings open only having seen them and said so
SIGN_WITH_FINDINGS = QT_TRANSLATE_NOOP("Intake", "page {page} not signed: {n} finding(s) still open (listed above); "
                                                 "fix them, or sign with --despite-findings once you have read them")
SIGNED_DESPITE = QT_TRANSLATE_NOOP("Intake", "signed with {n} finding(s) open (listed above)")
