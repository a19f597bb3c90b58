"""Schema 5: a story's query — what reading its copy left in doubt, for the page editor to check.
Older files open with nothing queried; a query the program does not know is named by file, line and field."""
import pytest

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, loads_document
from tests.samples import DOC_YAML

SCHEMA5 = DOC_YAML.replace("schema: 1", "schema: 5").replace("- id: s1\n", "- id: s1\n  query: sentence\n", 1)


def test_a_storys_query_is_read_and_written_back():
    doc = loads_document(SCHEMA5, "page.yaml")
    assert doc.story("s1").query == "sentence"
    text = dumps_document(doc)
    assert text.count("query: sentence") == 1 and "query: ''" not in text     # none written for the others
    assert loads_document(text) == doc


@pytest.mark.parametrize("schema", [1, 2, 3, 4])
def test_older_files_open_with_nothing_queried(schema):
    doc = loads_document(DOC_YAML.replace("schema: 1", f"schema: {schema}"))
    assert all(s.query == "" for s in doc.stories)


def test_an_unknown_query_is_named_by_line_and_field():
    with pytest.raises(DocumentError) as info:
        loads_document(SCHEMA5.replace("query: sentence", "query: maybe"), "page.yaml")
    message = str(info.value)
    assert message.startswith("page.yaml:") and "stories[0].query" in message and "maybe" in message, message
