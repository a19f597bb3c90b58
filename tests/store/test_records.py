"""Import a document into the store and export it back: the same bytes as saving it gives."""

import pytest

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import dumps_document, load_document
from layout_app.io.templates import new_document, template_names
from layout_app.store.base import StoreError
from layout_app.store.records import split
from tests.samples import DOC_YAML


def test_demo_round_trips_byte_for_byte(stores):
    doc = load_document(DEMO_DIR / "demo.yaml")
    stores.admin.import_document("2026-11-29", doc)
    ed = stores.open("ed")
    assert ed.editions() == ["2026-11-29"]
    assert dumps_document(ed.export_document("2026-11-29")) == dumps_document(doc)
    assert ed.export_document("2026-11-29") == doc


def test_a_saved_file_comes_back_as_the_same_bytes(stores, tmp_path):
    from layout_app.io.docfile import loads_document, save_document
    path = tmp_path / "page.yaml"
    save_document(loads_document(DOC_YAML), path)
    stores.admin.import_document("e", load_document(path))
    assert dumps_document(stores.admin.export_document("e")).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("template", template_names())
def test_documents_on_every_template_round_trip(stores, template):
    doc = new_document(template, 3, "测试版")
    stores.admin.import_document(template, doc)
    assert dumps_document(stores.admin.export_document(template)) == dumps_document(doc)


def test_stories_photos_pages_are_separate_records_each_with_a_version(stores):
    doc = load_document(DEMO_DIR / "demo.yaml")
    stores.admin.import_document("e", doc)
    snap = stores.admin.snapshot("e")
    kinds = sorted({k for k, _ in snap})
    assert kinds == ["edition", "page", "photo", "story"]
    assert {key for kind, key in snap if kind == "story"} == {s.id for s in doc.stories}
    assert {key for kind, key in snap if kind == "photo"} == {p.id for p in doc.photos}
    assert {key for kind, key in snap if kind == "page"} == {p.id for p in doc.pages}
    assert all(r.version == 1 for r in snap.values())
    photo = snap[("photo", doc.photos[0].id)].data
    assert photo["caption"] == doc.photos[0].caption and photo["file"] == doc.photos[0].file
    assert "frames" in snap[("page", doc.pages[0].id)].data and "frames" not in photo


def test_importing_an_edition_twice_is_refused(stores):
    doc = new_document("duikai", 1)
    stores.admin.import_document("e", doc)
    with pytest.raises(StoreError, match="exists already"):
        stores.admin.import_document("e", doc)


def test_an_unknown_edition_is_named(stores):
    with pytest.raises(StoreError, match="no edition 'nope'"):
        stores.admin.snapshot("nope")


def test_split_keeps_item_order_in_the_edition_record():
    doc = load_document(DEMO_DIR / "demo.yaml")
    head = split(doc)[("edition", "edition")]
    assert head["story_order"] == [s.id for s in doc.stories]
    assert "stories" not in head and "pages" not in head


def test_records_that_do_not_make_a_document_are_named_with_the_field():
    from layout_app.errors import DocumentError
    from layout_app.store.records import join
    records = split(load_document(DEMO_DIR / "demo.yaml"))
    del records[("story", "reading")]
    with pytest.raises(DocumentError) as err:
        join(records, "newsroom.sqlite edition 2026-11-29")
    assert str(err.value).splitlines()[0] == ("newsroom.sqlite edition 2026-11-29: pages[0].frames[4].story: "
                                              "no story with id 'reading' in this document")


def test_join_leaves_the_records_as_they_were():
    from layout_app.store.records import join
    records = split(load_document(DEMO_DIR / "demo.yaml"))
    import copy
    kept = copy.deepcopy(records)
    join(records)
    assert records == kept


def test_init_twice_keeps_the_store_and_its_editions(stores):
    from layout_app.store import init_store
    stores.admin.import_document("e", new_document("duikai", 1))
    again = init_store(stores.where, user="admin", role="chief")
    stores.opened.append(again)
    assert again.editions() == ["e"]


def test_an_unreachable_postgresql_store_is_one_line_without_the_password():
    from layout_app.store import open_store
    with pytest.raises(StoreError) as err:
        open_store("postgresql://desk:s3cret@127.0.0.1:1/newsroom")
    text = str(err.value)
    assert "s3cret" not in text and "cannot connect" in text and "\n" not in text
