"""Page operations: delete, move, add, apply master — pages renumbered by their place."""
from dataclasses import replace

import pytest

from layout_app.io.docfile import loads_document
from layout_app.model.document import Page
from layout_app.model.furniture import Master
from layout_app.model.pageops import add_page, apply_master, delete_page, move_page
from tests.samples import DOC_YAML


@pytest.fixture
def doc():
    d = loads_document(DOC_YAML)
    pages = d.pages + (Page("B2", 2, section="国内"), Page("B3", 3, section="国际"), Page("B4", 4))
    return replace(d, pages=pages, spreads=(("B2", "B3"),), masters=(Master("front"), Master("inside")))


def layout(d):
    return [(p.id, p.number) for p in d.pages]


def test_delete_renumbers_and_drops_the_spread(doc):
    after = delete_page(doc, 1)
    assert layout(after) == [("A1", 1), ("B3", 2), ("B4", 3)]
    assert after.spreads == ()
    assert after.stories == doc.stories and after.photos == doc.photos


def test_delete_keeps_the_pages_objects_that_did_not_change(doc):
    after = delete_page(doc, 3)
    assert all(a is b for a, b in zip(after.pages, doc.pages[:3]))


def test_the_last_page_cannot_go(doc):
    one = replace(doc, pages=doc.pages[:1])
    with pytest.raises(ValueError):
        delete_page(one, 0)


def test_move_down_and_up(doc):
    assert layout(move_page(doc, 0, 2)) == [("B2", 1), ("B3", 2), ("A1", 3), ("B4", 4)]
    assert layout(move_page(doc, 3, 0)) == [("B4", 1), ("A1", 2), ("B2", 3), ("B3", 4)]
    moved = move_page(doc, 0, 2)
    assert moved.pages[2].frames == doc.pages[0].frames and moved.pages[2].section == "要闻"
    assert move_page(doc, 1, 1) is doc


def test_numbering_starts_where_the_edition_starts(doc):
    d = replace(doc, pages=tuple(replace(p, number=p.number + 4) for p in doc.pages))   # 5..8
    assert [p.number for p in move_page(d, 0, 3).pages] == [5, 6, 7, 8]
    assert move_page(d, 0, 3).pages[3].id == "A1"


def test_add_takes_the_master_of_the_page_before(doc):
    d = apply_master(doc, 1, "inside")
    after, at = add_page(d, 2)
    assert at == 2
    assert layout(after) == [("A1", 1), ("B2", 2), ("p5", 3), ("B3", 4), ("B4", 5)]
    assert after.pages[2].master == "inside" and after.pages[2].frames == ()
    end, at = add_page(d)
    assert at == 4 and end.pages[4].number == 5


def test_apply_master(doc):
    after = apply_master(doc, 2, "front")
    assert after.pages[2].master == "front" and after.pages[1] is doc.pages[1]
    assert apply_master(after, 2, "").pages[2].master == ""
    with pytest.raises(KeyError):
        apply_master(doc, 0, "nope")
