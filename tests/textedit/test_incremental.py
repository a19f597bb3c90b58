"""A keystroke re-sets only the story typed in: the other body frames are reused from the cache, and
what the cache hands back is what a fresh composition draws (also after a change that keeps the
flow but not the ink: a character style's colour)."""
from dataclasses import replace

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import load_document, loads_document
from layout_app.layout.cache import LayoutCache
from layout_app.layout.compose import Composer
from layout_app.model.textedit import Target, replace_range
from tests.styles.sheets import STYLED_YAML


def test_typing_in_one_story_reuses_the_other_frames_and_draws_as_fresh():
    doc = load_document(DEMO_DIR / "demo.yaml")
    cache = LayoutCache()
    Composer(doc, DEMO_DIR, cache=cache).compose(doc.pages[0])
    body_frames = [f for f in doc.pages[0].frames if f.part == "body" and f.is_text]
    typed_in = [f for f in body_frames if f.story == "reading"]
    after, _ = replace_range(doc, Target("story", "reading", "body"), (2, 3), (2, 3), "新")
    hits, made = cache.frames.hits, cache.runs_made
    page = Composer(after, DEMO_DIR, cache=cache).compose(after.pages[0])
    assert cache.frames.hits - hits == len(body_frames) - len(typed_in)
    assert cache.runs_made > made                                  # the typed-in story set again
    assert page == Composer(after, DEMO_DIR).compose(after.pages[0])


def test_a_char_style_colour_change_is_not_served_stale():
    doc = loads_document(STYLED_YAML)
    cache = LayoutCache()
    Composer(doc, ".", cache=cache).compose(doc.pages[0])
    chars = tuple(replace(d, sets=(("color", (0.0, 0.0, 1.0, 0.0)),)) if d.name == "red" else d
                  for d in doc.sheet.character)
    after = replace(doc, sheet=replace(doc.sheet, character=chars))
    fresh = Composer(after, ".").compose(after.pages[0])
    assert fresh != Composer(doc, ".").compose(doc.pages[0])      # the colour shows (pink is based on red)
    assert Composer(after, ".", cache=cache).compose(after.pages[0]) == fresh


def test_a_renumbered_page_changes_the_jump_line_of_a_reused_frame():
    from layout_app.layout.display import GlyphRun, Group, walk
    from layout_app.model.document import Page
    from layout_app.model.frame import Frame
    from tests.samples import DOC_YAML
    doc = loads_document(DOC_YAML)
    page1 = doc.pages[0]
    frames = tuple(replace(f, lines=2) if f.id == "b1" else f for f in page1.frames)
    page2 = Page("A2", 2, (Frame("b2", 0, 2, 0, 40, story="s1", part="body"),))
    doc = replace(doc, pages=(replace(page1, frames=frames), page2))
    cache = LayoutCache()
    Composer(doc, ".", cache=cache).compose(doc.pages[0])
    later = replace(doc, pages=(doc.pages[0], replace(page2, number=5)))      # the story now jumps to 第5版
    d1 = Composer(later, ".", cache=cache).compose(later.pages[0])
    b1 = next(g for g in d1.items if isinstance(g, Group) and g.frame == "b1")
    assert [r.text for r in walk(b1.items) if isinstance(r, GlyphRun)][-1] == "（下转第5版）"
