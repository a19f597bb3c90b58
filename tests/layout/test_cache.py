"""The composer's cache keeps what a drag did not change: a warm drag of a body frame recomputes the
glyph runs of that frame's lines and nothing else, however many steps it takes."""
from dataclasses import replace

import pytest

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import load_document
from layout_app.layout.cache import LRU, LayoutCache
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group, walk

DRAGGED = "volunteer-body"     # a story with no wrap frame near it: its lines stay the same


@pytest.fixture(scope="module")
def demo():
    return load_document(DEMO_DIR / "demo.yaml")


def moved(doc, dx: float, dy: float):
    page = doc.pages[0]
    frames = tuple(replace(f, dx=dx, dy=dy) if f.id == DRAGGED else f for f in page.frames)
    return replace(doc, pages=(replace(page, frames=frames),))


def runs_by_frame(display) -> dict[str, list[GlyphRun]]:
    return {g.frame: [i for i in walk(g.items) if isinstance(i, GlyphRun)]
            for g in display.items if isinstance(g, Group)}


def test_a_warm_drag_keeps_the_glyph_runs_of_unchanged_lines(demo):
    cache = LayoutCache()
    first = runs_by_frame(Composer(demo, DEMO_DIR, cache=cache).compose(demo.pages[0]))
    dragged_lines = len(first[DRAGGED])                               # runs ≥ lines: one entry per line
    assert sum(map(len, first.values())) > 600 and dragged_lines > 50   # a full page of text
    # 150 drag steps of a few pt each: far more new runs than the old cache's 2,000 entries
    for step in range(150):
        doc = moved(demo, dx=1.5 * (step % 50) + 0.5, dy=-3.0 * (step // 50) - 1.0)
        before = cache.runs_made
        last = runs_by_frame(Composer(doc, DEMO_DIR, cache=cache).compose(doc.pages[0]))
        misses = cache.runs_made - before
        # only the dragged frame's lines are set into runs again (its lines, at most)
        assert misses <= dragged_lines, f"step {step}: {misses} runs made, the dragged frame has {dragged_lines} lines"
    for frame, runs in first.items():
        if frame == DRAGGED:
            continue
        # the very same run objects: taken from the cache, not made again
        assert len(last[frame]) == len(runs)
        assert all(a is b for a, b in zip(last[frame], runs)), f"frame {frame}: glyph runs made again"
    assert [r.text for r in last[DRAGGED]] == [r.text for r in first[DRAGGED]]


def test_lru_drops_the_least_recently_used():
    made = []
    lru = LRU(2)

    def make(v):
        return lambda: made.append(v) or v

    lru.get("a", make("a"))
    lru.get("b", make("b"))
    lru.get("a", make("a"))          # a is now the most recent
    lru.get("c", make("c"))          # drops b
    assert len(lru) == 2
    lru.get("a", make("a"))
    lru.get("b", make("b"))          # made again
    assert made == ["a", "b", "c", "b"]
    assert (lru.hits, lru.misses) == (2, 4)


def test_a_second_compose_from_the_cache_draws_the_same_page(demo):
    """Cached glyph-run lists are handed out without a copy: composing must never grow or change them."""
    cache = LayoutCache()
    first = Composer(demo, DEMO_DIR, cache=cache).compose(demo.pages[0])
    made = cache.runs_made
    second = Composer(demo, DEMO_DIR, cache=cache).compose(demo.pages[0])
    # the second came from the cache: no run set again (body frames reused whole, the rest by line)
    assert made > 600 and cache.runs_made == made and cache.frames.hits > 0
    assert second == first
    assert runs_by_frame(second) == runs_by_frame(Composer(demo, DEMO_DIR).compose(demo.pages[0]))
