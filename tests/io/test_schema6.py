"""Schema 6: the story a photo goes with, as compose matched it — the caption proof's, wherever the
editor moves the photo. Older files open with none recorded; a story the document lacks is named by
file, line and field; copied frames keep it only with the story they carry."""
import pytest

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.layout import arrange
from tests.samples import DOC_YAML

SCHEMA6 = DOC_YAML.replace("schema: 1", "schema: 6").replace("  credit: 本报记者 王晨 摄\n",
                                                             "  credit: 本报记者 王晨 摄\n  story: s1\n", 1)


def test_a_photos_story_is_read_and_written_back():
    doc = loads_document(SCHEMA6, "page.yaml")
    assert doc.photo("p1").story == "s1"
    text = dumps_document(doc)
    assert text.startswith("schema: 10\n") and text.count("story: s1") >= 1 and loads_document(text) == doc


@pytest.mark.parametrize("schema", [1, 2, 3, 4, 5])
def test_older_files_open_with_no_story_recorded(schema):
    doc = loads_document(DOC_YAML.replace("schema: 1", f"schema: {schema}"))
    assert all(p.story == "" for p in doc.photos)


def test_a_story_the_document_lacks_is_named_by_line_and_field():
    with pytest.raises(DocumentError) as info:
        loads_document(SCHEMA6.replace("  story: s1\n", "  story: s9\n", 1), "page.yaml")
    message = str(info.value)
    assert message.startswith("page.yaml:") and "photos[0].story" in message and "s9" in message, message


def test_copied_frames_keep_a_photos_story_only_with_the_story():
    doc = loads_document(SCHEMA6)
    page = doc.pages[0]
    photo_frames = tuple(f.id for f in page.frames if f.photo)
    alone = arrange.copy(doc, page, photo_frames)
    assert alone.stories == () and [p.story for p in alone.photos] == [""]       # the clip stands on its own
    both = arrange.copy(doc, page, tuple(f.id for f in page.frames))
    assert [p.story for p in both.photos] == ["s1"]
    pasted, _ = arrange.paste(doc, 0, both, 0, 0)
    new = [p for p in pasted.photos if p.id != "p1"]
    assert [p.story for p in new] == [s.id for s in pasted.stories if s.id != "s1" and s.headline == doc.story("s1").headline]
