"""Small helpers for the store tests: the demo edition and the edits desks make to it."""
from dataclasses import replace

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import load_document

EDITION = "2026-11-29"
PAGE, PHOTO, FRAME, STORY = "A1", "ph-reading", "ph-reading-photo", "reading"


def demo():
    return load_document(DEMO_DIR / "demo.yaml")


def with_caption(doc, text, photo=PHOTO):
    return replace(doc, photos=tuple(replace(p, caption=text) if p.id == photo else p for p in doc.photos))


def with_story(doc, story=STORY, **fields):
    def change(s):
        if "body" in fields:
            s = s.with_body(fields["body"])          # paragraph formats follow the text
        return replace(s, **{k: v for k, v in fields.items() if k != "body"})
    return replace(doc, stories=tuple(change(s) if s.id == story else s for s in doc.stories))


def moved(doc, frame=FRAME, page=PAGE, **fields):
    pages = tuple(replace(p, frames=tuple(replace(f, **fields) if f.id == frame else f for f in p.frames))
                  if p.id == page else p for p in doc.pages)
    return replace(doc, pages=pages)


def frame(doc, frame_id=FRAME, page=PAGE):
    return next(f for f in doc.page(page).frames if f.id == frame_id)


def imported(stores):
    stores.admin.import_document(EDITION, demo())
    return EDITION
