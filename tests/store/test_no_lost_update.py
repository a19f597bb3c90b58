"""No lost update, on both engines: a write based on an old version is refused and the desk merges
field by field; the same field changed by two people comes back to the second with both texts."""
import pytest

from layout_app.store.base import Refused, Stale, Write
from layout_app.store.desk import Desk
from tests.store.newsroom import FRAME, PAGE, PHOTO, STORY, frame, imported, moved, with_caption, with_story


def test_a_caption_edit_and_a_frame_move_at_once_are_both_kept(stores):
    ed_name = imported(stores)
    editor, reporter = Desk(stores.open("ed"), ed_name), Desk(stores.open("rep"), ed_name)
    doc_e, doc_r = editor.document(), reporter.document()
    assert reporter.save(with_caption(doc_r, "孩子们在图书角读书。")).written == [("photo", PHOTO)]
    saved = editor.save(moved(doc_e, col=4))           # based on the page version read before the caption
    assert saved.conflicts == []
    final = stores.open("chief").export_document(ed_name)
    assert final.photo(PHOTO).caption == "孩子们在图书角读书。"
    assert frame(final).col == 4


def test_a_stale_save_is_merged_when_both_touched_the_same_record_in_different_fields(stores):
    ed_name = imported(stores)
    a, b = Desk(stores.open("ed"), ed_name), Desk(stores.open("ed2"), ed_name)
    da, db = a.document(), b.document()
    a.save(moved(da, col=4))                                         # frame ph-reading-photo
    saved = b.save(moved(db, frame="reading-body", lines=20))        # another frame of the same page
    assert saved.merged and saved.conflicts == []
    final = stores.admin.export_document(ed_name)
    assert frame(final).col == 4 and frame(final, "reading-body").lines == 20
    a.save(with_story(a.document(), headline="新标题"))
    saved = b.save(with_story(saved.document, deck="新副题"))        # story fields: headline vs deck
    assert saved.conflicts == []
    story = stores.admin.export_document(ed_name).story(STORY)
    assert (story.headline, story.deck) == ("新标题", "新副题")


def test_the_same_caption_edited_by_two_tells_the_second_with_both_texts(stores):
    ed_name = imported(stores)
    first, second = Desk(stores.open("rep"), ed_name), Desk(stores.open("rep2"), ed_name)
    d1, d2 = first.document(), second.document()
    first.save(with_caption(d1, "第一位记者的图片说明。"))
    saved = second.save(with_caption(d2, "第二位记者的图片说明。"))
    assert [(c.kind, c.key, c.field) for c in saved.conflicts] == [("photo", PHOTO, "caption")]
    c = saved.conflicts[0]
    assert c.mine == "第二位记者的图片说明。" and c.theirs == "第一位记者的图片说明。"
    assert c.base == d1.photo(PHOTO).caption
    # nothing overwritten without a person deciding: the store keeps the first text
    assert stores.admin.export_document(ed_name).photo(PHOTO).caption == "第一位记者的图片说明。"
    # the second decides for their text: now it is a plain save on the current version
    assert second.save(with_caption(saved.document, c.mine)).conflicts == []
    assert stores.admin.export_document(ed_name).photo(PHOTO).caption == "第二位记者的图片说明。"


def test_a_frame_moved_by_two_editors_differently_is_a_conflict_not_an_overwrite(stores):
    ed_name = imported(stores)
    a, b = Desk(stores.open("ed"), ed_name), Desk(stores.open("ed2"), ed_name)
    da, db = a.document(), b.document()
    a.save(moved(da, col=4))
    saved = b.save(moved(db, col=5))
    assert [c.field for c in saved.conflicts] == [f"frames/{FRAME}"]
    assert frame(stores.admin.export_document(ed_name)).col == 4


def test_a_write_on_an_old_version_is_refused_and_nothing_of_the_save_is_written(stores):
    ed_name = imported(stores)
    store = stores.open("ed")
    photo = store.get(ed_name, "photo", PHOTO)
    story = store.get(ed_name, "story", STORY)
    store.commit(ed_name, [Write("photo", PHOTO, {**photo.data, "caption": "新"}, photo.version)])
    with pytest.raises(Stale) as err:
        store.commit(ed_name, [Write("story", STORY, {**story.data, "headline": "改"}, story.version),
                               Write("photo", PHOTO, {**photo.data, "caption": "旧"}, photo.version)])
    assert ("photo", PHOTO) in err.value.keys
    assert store.get(ed_name, "story", STORY).data["headline"] == story.data["headline"]    # all or nothing
    assert store.get(ed_name, "photo", PHOTO).data["caption"] == "新"
    assert store.get(ed_name, "photo", PHOTO).version == photo.version + 1


def test_check_out_shows_the_holder_and_keeps_others_out_until_check_in(stores):
    ed_name = imported(stores)
    rep, ed = stores.open("rep"), stores.open("ed")
    rep.check_out(ed_name, "story", STORY)
    assert ed.get(ed_name, "story", STORY).holder == "rep"          # everyone sees who holds it
    desk = Desk(ed, ed_name)
    with pytest.raises(Refused, match="checked out by rep"):
        desk.save(with_story(desk.document(), headline="编辑改的标题"))
    with pytest.raises(Refused, match="checked out by rep"):
        stores.open("rep2").check_out(ed_name, "story", STORY)
    with pytest.raises(Refused, match="only an editor may release"):
        stores.open("rep2").check_in(ed_name, "story", STORY, force=True)
    rdesk = Desk(rep, ed_name)
    rdesk.save(with_story(rdesk.document(), headline="记者改的标题"))   # the holder saves
    rep.check_in(ed_name, "story", STORY)
    assert ed.get(ed_name, "story", STORY).holder is None
    assert desk.save(with_story(desk.document(), deck="编辑改的副题")).conflicts == []


def test_an_editor_may_release_a_colleagues_check_out(stores):
    ed_name = imported(stores)
    stores.open("ed2").check_out(ed_name, "page", PAGE)
    ed = stores.open("ed")
    with pytest.raises(Refused):
        ed.check_in(ed_name, "page", PAGE)                 # not without saying so (the window confirms)
    ed.check_in(ed_name, "page", PAGE, force=True)
    assert ed.get(ed_name, "page", PAGE).holder is None


def test_one_record_saved_as_an_operation_merges_too(stores):
    ed_name = imported(stores)
    a, b = Desk(stores.open("rep"), ed_name), Desk(stores.open("rep2"), ed_name)
    photo = a.base[("photo", PHOTO)].data
    a.save_record("photo", PHOTO, {**photo, "caption": "甲的说明"})
    record, conflicts = b.save_record("photo", PHOTO, {**photo, "credit": "乙 摄"})
    assert conflicts == [] and record.version == 3
    assert (record.data["caption"], record.data["credit"]) == ("甲的说明", "乙 摄")
    record, conflicts = b.save_record("photo", PHOTO, {**record.data, "caption": "乙的说明"})
    assert conflicts == []                                    # b read version 3: no one else was quicker
    _, conflicts = a.save_record("photo", PHOTO, {**a.base[("photo", PHOTO)].data, "caption": "甲再改"})
    assert [(c.field, c.mine, c.theirs) for c in conflicts] == [("caption", "甲再改", "乙的说明")]
    assert stores.admin.get(ed_name, "photo", PHOTO).data["caption"] == "乙的说明"


def test_closing_a_desk_checks_in_what_its_user_holds(stores):
    ed_name = imported(stores)
    rep = stores.open("rep")
    desk = Desk(rep, ed_name)
    rep.check_out(ed_name, "story", STORY)
    stores.open("rep2").check_out(ed_name, "photo", PHOTO)
    desk.close()
    assert stores.admin.get(ed_name, "story", STORY).holder is None
    assert stores.admin.get(ed_name, "photo", PHOTO).holder == "rep2"


def test_a_record_written_unlike_the_app_writes_it_is_not_rewritten_by_a_save(stores):
    """Another client stored a frame with its defaults spelled out: the same page to the app. A
    reporter's caption save must not touch that page (and would be refused if it tried)."""
    ed_name = imported(stores)
    ed = stores.open("ed")
    page = ed.get(ed_name, "page", PAGE)
    data = dict(page.data, frames=[dict(f, dx=0, dy=0, vertical=False) for f in page.data["frames"]])
    ed.commit(ed_name, [Write("page", PAGE, data, page.version)])
    desk = Desk(stores.open("rep"), ed_name)
    saved = desk.save(with_caption(desk.document(), "说明"))
    assert saved.written == [("photo", PHOTO)]
    assert stores.admin.get(ed_name, "page", PAGE).version == page.version + 1
