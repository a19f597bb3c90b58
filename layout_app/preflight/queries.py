"""What reading the copy left in doubt about a story on the page (Story.query): `compose` keeps it
with the story, the live check and preflight say it until the page editor has edited that story.
A guess shown when the copy was read and gone from the page would be a guess hidden. So does a photo's
note left open (compose's guess at its caption or story, a reporter's comment) until it is checked."""
from __future__ import annotations

from layout_app.model.document import Document
from layout_app.model.story import TEXT_QUERIES
from layout_app.preflight.findings import WARNING, Report, finding
from layout_app.preflight.wording import QT_TRANSLATE_NOOP, photo_name, say, story_name

QUERY_PARTS = QT_TRANSLATE_NOOP("Preflight", "{story}: which lines are its kicker, headline and deck was a guess when "
                                "its copy was read — check them (editing the story marks it checked)")
QUERY_TEXT = QT_TRANSLATE_NOOP("Preflight", "{story}: its paragraphs were put together from a printed page's column "
                               "lines at a guess when its copy was read — check them (editing the story marks it "
                               "checked)")

NOTE_OPEN = QT_TRANSLATE_NOOP("Preflight", "photo {file}: a note is open — {note} (check it in review mode)")


def check_queries(report: Report, doc: Document, page) -> None:
    """Each story with a frame on the page whose copy left a query, once, at its first frame (on each
    keystroke: nothing to do once every query is checked)."""
    queried = {s.id: s for s in doc.stories if s.query}
    for f in page.frames:
        story = queried.pop(f.story, None) if f.story else None
        if story is None:
            continue
        text = say(QUERY_TEXT if story.query in TEXT_QUERIES else QUERY_PARTS, story=story_name(doc, story.id))
        report.add(finding("story-query", WARNING, text, {"page": page.id, "frame": f.id, "story": story.id,
                                                          "query": story.query}))
    open_notes = {p.id: p for p in doc.photos if p.comment.strip() and not p.checked}   # (most pages: none)
    for f in page.frames:
        photo = open_notes.get(f.photo) if f.kind == "photo" else None
        if photo is not None:
            report.add(finding("photo-note", WARNING, say(NOTE_OPEN, file=photo_name(doc, photo.id),
                                                           note=photo.comment.strip()),
                               {"page": page.id, "frame": f.id, "photo": photo.id}))
