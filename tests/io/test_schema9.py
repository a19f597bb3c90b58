"""Schema 9: a body paragraph in the `table` style is a table (review 30's 积分榜): its rows apart by line
breaks, its cells by tabs, a first line with no tab its title. Written and read back whole — no cell
joined, no row lost —; files of every older schema still open and save as the current one."""
from dataclasses import replace

import pytest

from layout_app.io.docfile import dumps_document, loads_document
from layout_app.model.document import SCHEMA_VERSION
from tests.samples import DOC_YAML
from tests.sports_copy import STANDINGS


def _with_table(schema: int) -> str:
    return DOC_YAML.replace("schema: 1", f"schema: {schema}")


def test_a_table_paragraph_is_written_and_read_back_whole():
    doc = loads_document(_with_table(8))
    story = doc.stories[0]
    story = story.with_body(story.body + (STANDINGS,)).with_paragraph_style(len(story.body), "table")
    doc = replace(doc, stories=(story,) + doc.stories[1:])
    text = dumps_document(doc)
    assert text.startswith(f"schema: {SCHEMA_VERSION}\n") and "style: table" in text
    again = loads_document(text, "page.yaml")
    assert again == doc
    back = again.stories[0]
    assert back.body[-1] == STANDINGS and back.format(len(back.body) - 1).style == "table"
    assert back.body[-1].split("\n")[2].split("\t") == ["1", "海港队", "20", "45"]


@pytest.mark.parametrize("schema", [1, 2, 3, 4, 5, 6, 7, 8])
def test_older_files_still_open_and_save_as_the_current_schema(schema):
    doc = loads_document(_with_table(schema))
    assert doc.stories and dumps_document(doc).startswith(f"schema: {SCHEMA_VERSION}\n")
    assert loads_document(dumps_document(doc)) == doc
