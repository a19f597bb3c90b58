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
