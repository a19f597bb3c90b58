"""Schema 4 (issue 12): locked frames, rules and boxes, and empty photo frames (drawn, nothing placed yet).
Older files open unchanged; mistakes are named by file, line and field."""
import pytest

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, loads_document
from tests.furniture_samples import FURNITURE_YAML
from tests.samples import DOC_YAML

NAME = "page.yaml"

SCHEMA4 = DOC_YAML.replace("schema: 1", "schema: 4").replace(
    "  - {id: c1, col: 3, cols: 2, line: 20, lines: 3, photo: p1, part: caption}\n",
    "  - {id: c1, col: 3, cols: 2, line: 20, lines: 3, photo: p1, part: caption, locked: true}\n"
    "  - {id: empty1, col: 5, cols: 3, line: 0, lines: 12, part: photo}\n"
    "  rules:\n  - {id: rule1, col: 5, line: 20, cols: 3, locked: true}\n"
    "  boxes:\n  - {id: box1, col: 5, cols: 3, line: 30, lines: 10, locked: true}\n")


def test_locks_and_empty_photo_frames_are_read_and_written_back():
    doc = loads_document(SCHEMA4, NAME)
    page = doc.pages[0]
    frames = {f.id: f for f in page.frames}
    assert frames["c1"].locked and not frames["b1"].locked
    assert frames["empty1"].kind == "empty" and frames["empty1"].photo is None and frames["empty1"].story is None
    assert page.rules[0].locked and page.boxes[0].locked
    text = dumps_document(doc)
    assert "{id: empty1, col: 5, cols: 3, line: 0, lines: 12, part: photo}" in text
    assert text.count("locked: true") == 3 and "locked: false" not in text
    assert loads_document(text) == doc


@pytest.mark.parametrize("schema", [1, 2, 3])
def test_older_files_open_with_nothing_locked(schema):
    text = DOC_YAML.replace("schema: 1", f"schema: {schema}")
    doc = loads_document(text)
    assert not any(f.locked for f in doc.pages[0].frames)
    assert loads_document(dumps_document(doc)) == doc


def test_the_schema_3_furniture_sample_still_opens_unlocked():
    doc = loads_document(FURNITURE_YAML)
    assert all(not x.locked for p in doc.pages for x in p.rules + p.boxes + p.frames)


def _problem(text):
    with pytest.raises(DocumentError) as info:
        loads_document(text, NAME)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_mistakes_are_located():
    line = next(n for n, t in enumerate(SCHEMA4.splitlines(), 1) if "id: c1" in t)
    assert _problem(SCHEMA4.replace("part: caption, locked: true", "part: caption, locked: 1")).startswith(
        f"{NAME}:{line}: pages[0].frames[3].locked: expected true or false")
    line = next(n for n, t in enumerate(SCHEMA4.splitlines(), 1) if "id: box1" in t)
    assert _problem(SCHEMA4.replace("lines: 10, locked: true", "lines: 10, locked: yes please")).startswith(
        f"{NAME}:{line}: pages[0].boxes[0].locked: expected true or false")
    # a frame with neither story nor photo is still refused unless it says it is a photo frame
    line = next(n for n, t in enumerate(SCHEMA4.splitlines(), 1) if "id: empty1" in t)
    message = _problem(SCHEMA4.replace("lines: 12, part: photo}", "lines: 12}"))
    assert message.startswith(f"{NAME}:{line}: pages[0].frames[4]: ") and "holds neither" in message
    message = _problem(SCHEMA4.replace("lines: 12, part: photo}", "lines: 12, part: body}"))
    assert "holds neither" in message
