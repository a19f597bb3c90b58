"""The identities architecture.md asks for, on random input: save∘load and undo∘redo."""
from dataclasses import replace

from hypothesis import given, settings, strategies as st

from layout_app.io.docfile import dumps_document, loads_document
from layout_app.model.frame import Frame
from layout_app.model.story import Crop, Photo, Story
from tests.samples import DOC_YAML

BASE = loads_document(DOC_YAML)
GRID = BASE.grid
TEXT = st.text(alphabet="的一是在不了有和人这中大为，。、“”《》：；！？0123456789abc —…·", min_size=0, max_size=40)


@st.composite
def frames(draw):
    out = []
    for k in range(draw(st.integers(0, 6))):
        cols = draw(st.integers(1, GRID.columns))
        lines = draw(st.integers(1, 20))
        col = draw(st.integers(0, GRID.columns - cols))
        line = draw(st.integers(0, GRID.line_count - lines))
        kind = draw(st.sampled_from(["body", "heading", "photo", "caption"]))
        dx = draw(st.sampled_from([0.0, 1.5, -3.25]))
        if kind in ("photo", "caption"):
            out.append(Frame(f"f{k}", col, cols, line, lines, photo="p1", part=kind, dx=dx))
        else:
            out.append(Frame(f"f{k}", col, cols, line, lines, story="s1", part=kind,
                             text_columns=draw(st.integers(0, 3)), dy=dx))
    return tuple(out)


@st.composite
def documents(draw):
    story = Story("s1", draw(TEXT), draw(TEXT), draw(TEXT),
                  tuple(t for t in draw(st.lists(TEXT, max_size=4)) if t.strip()), draw(TEXT))
    left = draw(st.sampled_from([0.0, 0.1, 0.25]))
    photo = Photo("p1", "photos/x.jpg", draw(TEXT), draw(TEXT), Crop(left, 0.0, 1.0, draw(st.sampled_from([0.5, 1.0]))),
                  draw(st.sampled_from(["", "abc123"])), draw(st.booleans()), draw(st.booleans()), draw(TEXT))
    page = replace(BASE.pages[0], frames=draw(frames()))
    return replace(BASE, stories=(story,), photos=(photo,), pages=(page,), title=draw(TEXT))


@settings(max_examples=150, deadline=None)
@given(documents())
def test_save_load_is_identity(doc):
    again = loads_document(dumps_document(doc))
    assert again == doc


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(-3, 3), st.integers(-5, 5)), min_size=1, max_size=12))
def test_undo_all_redo_all(qapp, moves):
    from layout_app.editor.controller import DocumentController

    c = DocumentController(BASE)
    history = [c.doc]
    for k, (dcol, dline) in enumerate(moves):
        f = c.frame(0, "b1")
        new = replace(f, col=min(max(0, f.col + dcol), GRID.columns - f.cols),
                      line=min(max(0, f.line + dline), GRID.line_count - f.lines))
        c.replace_frames(0, {"b1": new}, "move", merge_key=None if k % 3 else f"drag{k}")
        if c.doc != history[-1]:
            history.append(c.doc)
    while c.undo_stack.canUndo():
        c.undo_stack.undo()
    assert c.doc == BASE
    while c.undo_stack.canRedo():
        c.undo_stack.redo()
    assert c.doc == history[-1]
    # destroy the Qt objects now, while the application exists (not at interpreter exit)
    import shiboken6
    shiboken6.delete(c)
