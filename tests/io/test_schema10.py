"""Schema 10: the front page's masthead parts beside its name and date (review 7: 中共柳河市委机关报,
CN 22-0038, 第6215期, 今日8版, 农历, the weather — read off the copy, then printed nowhere). Written
and read back whole, a mistake named by file, line and field; files of schema 9 and older still open
(with none). Expectations written by hand."""
import pytest

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.layout.furniture import page_fields
from tests.samples import DOC_YAML

MASTHEAD_YAML = """masthead:
  organ: 中共柳河市委机关报
  cn: 国内统一连续出版物号 CN 22-0038
  issue: 第6215期
  today: 今日8版
  lunar: 农历乙巳年五月廿三
  weather: 天气：今天多云转晴
"""


def _with_masthead(block: str = MASTHEAD_YAML) -> str:
    return DOC_YAML.replace("schema: 1", "schema: 10").replace("title: 测试版\n", "title: 测试版\n" + block)


def test_the_masthead_parts_are_read_saved_and_read_back():
    doc = loads_document(_with_masthead())
    assert dict(doc.masthead) == {"organ": "中共柳河市委机关报", "cn": "国内统一连续出版物号 CN 22-0038",
                                  "issue": "第6215期", "today": "今日8版", "lunar": "农历乙巳年五月廿三",
                                  "weather": "天气：今天多云转晴"}
    text = dumps_document(doc)
    assert "masthead:\n  organ: 中共柳河市委机关报\n" in text
    assert loads_document(text) == doc
    # … and a master text's fields print them on every page
    fields = page_fields(doc, doc.pages[0])
    assert (fields["cn"], fields["issue"]) == ("国内统一连续出版物号 CN 22-0038", "第6215期")
    assert fields.get("pinyin", "") == ""            # (none given: the field prints nothing)


@pytest.mark.parametrize("schema", [1, 3, 9])
def test_older_files_open_with_no_masthead_parts(schema):
    doc = loads_document(DOC_YAML.replace("schema: 1", f"schema: {schema}"))
    assert doc.masthead == ()
    text = dumps_document(doc)
    assert text.startswith("schema: 10\n") and "masthead" not in text


@pytest.mark.parametrize("block, field", [
    ("masthead:\n  post: 邮发代号 21-58\n", "masthead.post"),       # not one of its parts
    ("masthead:\n  cn: [CN, 22-0038]\n", "masthead.cn"),           # not a text
    ("masthead: 中共柳河市委机关报\n", "masthead"),                   # not a mapping
])
def test_a_mistake_in_the_masthead_is_named_by_line_and_field(block, field):
    text = _with_masthead(block)
    with pytest.raises(DocumentError) as info:
        loads_document(text, "front.yaml")
    message = str(info.value).splitlines()[0]
    line = text.splitlines().index(block.splitlines()[-1]) + 1
    assert message.startswith(f"front.yaml:{line}: {field}: "), message
