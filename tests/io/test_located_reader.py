"""Documents are read with libyaml's parser (C) under our own composer and refusals; a text it finds
anything wrong with is read again by the pure-Python reader, whose messages the user sees. Both must
give the very same data (values and their types) and the same line for every value."""
from pathlib import Path

import pytest

from layout_app.errors import DocumentError
from layout_app.io import located
from tests.samples import DOC_YAML

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "assets").rglob("*.yaml"))


def typed(value):
    """The value with the type of every part spelled out (1 and 1.0 and True differ)."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


@pytest.mark.parametrize("text", [p.read_text(encoding="utf-8") for p in SHIPPED] + [DOC_YAML],
                         ids=[p.name for p in SHIPPED] + ["sample"])
def test_both_readers_give_the_same_values_types_and_lines(text):
    assert located._FastLoader is not None, "PyYAML without libyaml: start-up reads documents slowly"
    fast, plain = located.load_located(text, "d.yaml"), located._load_python(text, "d.yaml")
    assert typed(fast.value) == typed(plain.value)
    assert fast.lines == plain.lines and len(fast.lines) > 20


def test_a_good_document_is_read_by_the_fast_reader_alone(monkeypatch):
    def no(*_):
        raise AssertionError("read again by the pure-Python reader")
    monkeypatch.setattr(located, "_load_python", no)
    loc = located.load_located(DOC_YAML, "d.yaml")
    assert loc.line(("pages",)) == next(n for n, ln in enumerate(DOC_YAML.splitlines(), 1) if ln.startswith("pages:"))


@pytest.mark.parametrize("old,new", [
    ("  byline: 本报记者 王晨", "  byline: &who 本报记者 王晨"),      # an anchor
    ("  byline: 本报记者 王晨", "  byline: 本报记者 王晨\n  byline: 别人"),  # a key written twice
    ("  byline: 本报记者 王晨", "  byline: \"本报\\x07记者\""),          # a control character
    ("  byline: 本报记者 王晨", "  byline: [本报记者"),                   # a list never closed
    ("  byline: 本报记者 王晨", "  byline: !!binary aGk="),             # a tag
    ("  byline: 本报记者 王晨", "  byline: 本报\x07记者"),                # a raw control character
])
def test_a_bad_document_is_said_as_the_pure_python_reader_says_it(old, new):
    assert DOC_YAML.count(old) == 1
    text = DOC_YAML.replace(old, new)
    with pytest.raises(DocumentError) as fast:
        located.load_located(text, "d.yaml")
    with pytest.raises(DocumentError) as plain:
        located._load_python(text, "d.yaml")
    assert str(fast.value) == str(plain.value) and str(fast.value).startswith("d.yaml:")
