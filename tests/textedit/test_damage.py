"""The part of a page a change touched: a keystroke damages the frames of its story only; a moved
frame, a new page or a changed master damage the whole page; nothing changed, nothing."""
from dataclasses import replace

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import load_document
from layout_app.layout.cache import LayoutCache
from layout_app.layout.compose import Composer, frame_rect
from layout_app.layout.damage import WHOLE, changed_area
from layout_app.model.textedit import Target, replace_range


def test_a_keystroke_damages_the_frames_of_its_story():
    doc = load_document(DEMO_DIR / "demo.yaml")
    cache = LayoutCache()
    before = Composer(doc, DEMO_DIR, cache=cache).compose(doc.pages[0])
    assert changed_area(before, Composer(doc, DEMO_DIR, cache=cache).compose(doc.pages[0])) is None
    after_doc, _ = replace_range(doc, Target("story", "clinic", "body"), (0, 0), (0, 0), "新增的一段文字。" * 30 + "\n")
    after = Composer(after_doc, DEMO_DIR, cache=cache).compose(after_doc.pages[0])
    area = changed_area(before, after)
    page = doc.pages[0]
    rects = [frame_rect(doc.grid, page, f) for f in page.frames if f.story == "clinic" and f.part == "body"]
    # the union of the story's body frames (its heading did not change)
    assert (area.x, area.y) == (min(r.x for r in rects), min(r.y for r in rects))
    assert (area.right, area.bottom) == (max(r.right for r in rects), max(r.bottom for r in rects))


def test_a_moved_frame_damages_where_it_was_and_where_it_is():
    """By hand: a body frame moved 3 lines down and a column right; the area spans its old top-left
    to its new bottom-right, and the rest of its story's frames only if they reflowed."""
    doc = load_document(DEMO_DIR / "demo.yaml")
    page = doc.pages[0]
    before = Composer(doc, DEMO_DIR).compose(page)
    f = next(f for f in page.frames if f.id == "patrol-body")
    g = replace(f, line=f.line + 3, col=f.col + 1)
    moved = replace(page, frames=tuple(g if x.id == f.id else x for x in page.frames))
    after = Composer(replace(doc, pages=(moved,)), DEMO_DIR).compose(moved)
    area = changed_area(before, after)
    old, new = frame_rect(doc.grid, page, f), frame_rect(doc.grid, moved, g)
    assert area.x <= old.x and area.y <= old.y and area.right >= new.right and area.bottom >= new.bottom
    others = [frame_rect(doc.grid, page, x) for x in page.frames
              if x.story not in ("patrol",) and x.wrap == "off" and not x.empty]
    assert any(not area.intersects(r) for r in others)       # not the whole page
    assert changed_area(before, after, {"patrol-body"}) == WHOLE     # drawn past its group: everything


def test_another_page_damages_everything():
    doc = load_document(DEMO_DIR / "demo.yaml")
    page = doc.pages[0]
    before = Composer(doc, DEMO_DIR).compose(page)
    assert changed_area(None, before) == WHOLE
    renumbered = replace(page, number=2)
    assert changed_area(before, Composer(replace(doc, pages=(renumbered,)), DEMO_DIR).compose(renumbered)) == WHOLE


def test_a_change_to_what_a_frame_draws_past_its_group_damages_everything():
    """Wrap turned on for a photo with no text beside it changes no group: by the displays alone,
    nothing changed. But the canvas draws the photo's standoff outline past its group: told what
    those frames were and are (wrap on, standoff 1 → 2 lines, wrap off), each change damages the page."""
    doc = load_document(DEMO_DIR / "demo.yaml")
    page = doc.pages[0]
    photo = next(f for f in page.frames if f.id == "ph-reading-photo")
    assert photo.wrap == "off"

    def composed(f):
        p = replace(page, frames=tuple(f if x.id == f.id else x for x in page.frames))
        return Composer(replace(doc, pages=(p,)), DEMO_DIR).compose(p)

    def reaching(f):
        return {x.id: x for x in (f,) if x.wrap != "off"} | {x.id: x for x in page.frames
                                                             if x.id != f.id and x.wrap != "off"}

    before = composed(photo)
    states = [photo, replace(photo, wrap="around", standoff_lines=1.0), replace(photo, wrap="around", standoff_lines=2.0),
              photo]
    for old, new in zip(states, states[1:]):
        after = composed(new)
        assert changed_area(before, after) is None                     # the groups alone: no change
        assert changed_area(before, after, reaching(new), reaching(old)) == WHOLE
        before = after
    assert changed_area(before, before, reaching(photo), reaching(photo)) is None   # same frames: nothing
