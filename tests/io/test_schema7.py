"""Schema 7: a story's rank "sidebar" (a 配稿 compose boxes with its feature). Read and written back;
files of every older schema still open; a rank no schema knows is named by file, line and field."""
import pytest

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, loads_document
from tests.samples import DOC_YAML

SIDEBAR = DOC_YAML.replace("schema: 1", "schema: 7").replace("  kicker: 文明新风", "  rank: sidebar\n  kicker: 文明新风", 1)


def test_a_sidebar_rank_is_read_and_written_back():
    doc = loads_document(SIDEBAR, "page.yaml")
    assert [s.rank for s in doc.stories][0] == "sidebar"
    text = dumps_document(doc)
    assert text.startswith("schema: 10\n") and "rank: sidebar" in text and loads_document(text) == doc


@pytest.mark.parametrize("schema", [1, 2, 3, 4, 5, 6])
def test_older_files_still_open_and_save_as_the_current_schema(schema):
    doc = loads_document(DOC_YAML.replace("schema: 1", f"schema: {schema}"))
    assert dumps_document(doc).startswith("schema: 10\n")


def test_a_rank_no_schema_knows_is_named_by_line_and_field():
    with pytest.raises(DocumentError) as info:
        loads_document(SIDEBAR.replace("rank: sidebar", "rank: boxed"), "page.yaml")
    assert "page.yaml" in str(info.value) and "rank" in str(info.value)
