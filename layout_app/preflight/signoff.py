"""What a chief editor sees before signing a page off (签发): the page's open findings — a caption
put at a guess, copy on no page, a heading read at a guess, overset, a missing credit — as preflight
finds them on the page composed alone, the way the edition board counts them. Signing past them is
a decision the signer makes having read them, never a silent one (review 30: a page with a guessed
caption on the wrong photo was signed and sent)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from layout_app.layout.compose import Composer
from layout_app.model.document import Document
from layout_app.preflight.checks import preflight
from layout_app.preflight.findings import Finding
from layout_app.preflight.wording import QT_TRANSLATE_NOOP

# the page's history row of a signing over open findings (the store keeps it; the audit shows it)
SIGNED_OVER = QT_TRANSLATE_NOOP("Intake", "signed with {n} finding(s) open: {findings}")


def open_findings(doc: Document, page_id: str, photos_dir: str | Path = ".") -> list[Finding]:
    """The errors, then the warnings, of page `page_id` (photo files not read: signing is a reading
    of the page, not of the plant's files — export checks those)."""
    page = doc.page(page_id)
    one = replace(doc, pages=(page,), spreads=())
    display = Composer(one, Path(photos_dir)).compose(page)
    report = preflight(one, Path(photos_dir), [display], files=False, whole=False)
    return report.errors + report.warnings


def signed_over(found: list[Finding], words) -> str:
    """The note a signing over open findings leaves in the page's history — how many and which, in the
    signer's language — so the edition's audit says who signed over what."""
    from layout_app.errors import Notice
    from layout_app.lang import translator, ui_language
    return Notice(SIGNED_OVER, n=len(found), findings="; ".join(f.line(words) for f in found)).render(
        translator(ui_language(), "Intake"))
