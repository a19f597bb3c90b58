"""Schema 8 (files save as schema 9 now): a story's ranks "third" (an interview, a service notice: between the news and the briefs) and
"picture" (a 图片新闻). Read and written back; files of every older schema still open; a schema-7 file
a rank no schema knows named by file, line and field."""
import pytest

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, loads_document
from tests.samples import DOC_YAML


@pytest.mark.parametrize("rank", ["third", "picture"])
def test_the_new_ranks_are_read_and_written_back_as_schema_8(rank):
    text = DOC_YAML.replace("schema: 1", "schema: 8").replace("  kicker: 文明新风", f"  rank: {rank}\n  kicker: 文明新风", 1)
    doc = loads_document(text, "page.yaml")
    assert doc.stories[0].rank == rank
    again = dumps_document(doc)
    assert again.startswith("schema: 10\n") and f"rank: {rank}" in again and loads_document(again) == doc


@pytest.mark.parametrize("schema", [1, 2, 3, 4, 5, 6, 7])
def test_older_files_still_open_and_save_as_the_current_schema(schema):
    doc = loads_document(DOC_YAML.replace("schema: 1", f"schema: {schema}"))
    assert dumps_document(doc).startswith("schema: 10\n")


def test_a_rank_no_schema_knows_is_named_by_line_and_field():
    with pytest.raises(DocumentError) as info:
        loads_document(DOC_YAML.replace("schema: 1", "schema: 8").replace("  kicker: 文明新风", "  rank: fourth\n  kicker: 文明新风", 1),
                       "page.yaml")
    assert "page.yaml" in str(info.value) and "rank" in str(info.value)
