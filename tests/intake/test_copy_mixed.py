"""A copy file put together from two encodings (a UTF-8 heading typed over text pasted in from a
GBK file) is refused, naming the first line of each: read wholly as GB18030 its UTF-8 line became
鏍囬锛氶潚鐭抽晣 and was taken for the page's banner. --encoding still forces one reading."""
import pytest

from layout_app.cli import main
from layout_app.errors import InputError
from layout_app.intake.copyfile import read_copy
from tests.intake.copy_samples import PAGE, TRADITIONAL_STORY

GBK_PAGE = PAGE.encode("gbk")


def _refused(path) -> str:
    with pytest.raises(InputError) as info:
        read_copy(path)
    return str(info.value)


def test_a_utf8_heading_over_gbk_copy(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("标题：青石镇\n".encode("utf-8") + GBK_PAGE)
    # PAGE opens on a blank line: its first GBK line is the file's line 3
    assert _refused(path) == (f"{path}:3: this line is GBK/GB18030 but line 1 is UTF-8 — the file mixes two "
                              "encodings; save it in one (UTF-8)")


def test_gbk_copy_with_a_utf8_line_added_at_its_foot(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(GBK_PAGE + "本版编辑：王晨\n".encode("utf-8"))
    foot = GBK_PAGE.count(b"\n") + 1
    assert _refused(path) == (f"{path}:{foot}: this line is UTF-8 but line 2 is GBK/GB18030 — the file mixes two "
                              "encodings; save it in one (UTF-8)")


def test_lines_ended_by_cr_alone(tmp_path):
    # an old Mac editor's line ends: each line still its own
    path = tmp_path / "mixed.txt"
    path.write_bytes("标题：青石镇\r".encode("utf-8") + PAGE.replace("\n", "\r").encode("gbk"))
    assert _refused(path).startswith(f"{path}:3: this line is GBK/GB18030 but line 1 is UTF-8")


def test_utf8_and_big5(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("青石镇\n".encode("utf-8") + TRADITIONAL_STORY.encode("big5"))
    assert _refused(path).startswith(f"{path}:2: this line is Big5 but line 1 is UTF-8 — the file mixes two encodings")


def test_a_byte_order_mark_does_not_hide_it(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "标题：青石镇\n".encode("utf-8") + GBK_PAGE)
    assert _refused(path).startswith(f"{path}:3: this line is GBK/GB18030 but line 1 is UTF-8")


def test_the_encoding_given_is_the_one_used(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("标题：青石镇\n".encode("utf-8") + GBK_PAGE)
    copy = read_copy(path, "gbk")
    # what was asked for: 标题 is E6A0 87E9 A298 read as GB18030 pairs, A298 a private-use code
    assert copy.encoding == "gb18030" and copy.lines[0] == "鏍囬\ue57d锛氶潚鐭抽晣"


@pytest.mark.parametrize("text,enc", [(PAGE, "gbk"), (PAGE, "gb18030"), (TRADITIONAL_STORY, "big5")])
def test_copy_in_one_encoding_reads_as_before(tmp_path, text, enc):
    path = tmp_path / "copy.txt"
    path.write_bytes(text.encode(enc))
    assert read_copy(path).lines == text.splitlines()


def test_a_utf8_file_with_a_damaged_character_is_no_mixture(tmp_path):
    # one character cut short (its last byte gone): damage at its place, not a second encoding
    path = tmp_path / "copy.txt"
    broken = PAGE.encode("utf-8").replace("东湖区今年新增".encode("utf-8"), "东湖区今年新增".encode("utf-8")[:-1], 1)
    path.write_bytes(broken)
    message = _refused(path)
    assert "damaged text" in message and "mixes" not in message, message


def test_a_damaged_utf8_line_that_reads_as_gb18030_is_damage_too(tmp_path):
    # 民's first byte gone: the line's bytes now pair up as GB18030, but nearly all of it is UTF-8
    line = "民生实事暖人心"
    raw = line.encode("utf-8")[1:]
    assert raw.decode("gb18030")                                   # (it does read so)
    path = tmp_path / "copy.txt"
    path.write_bytes(PAGE.encode("utf-8").replace(line.encode("utf-8"), raw))
    message = _refused(path)
    assert "damaged text" in message and "mixes" not in message, message


def test_gbk_lines_that_happen_to_be_valid_utf8_are_gbk(tmp_path):
    # 预约平台 in GBK is D4A4 D4BC C6BD CCA8: valid UTF-8 (ԤԼƽ̨), no Chinese that way
    path = tmp_path / "copy.txt"
    path.write_bytes(("预约平台\n" + PAGE).encode("gbk"))
    assert read_copy(path).lines[0] == "预约平台"


def test_the_command_line_says_it_in_one_line(tmp_path, capsys):
    path = tmp_path / "mixed.txt"
    path.write_bytes("标题：青石镇\n".encode("utf-8") + GBK_PAGE)
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"layout-app: {path}:3: this line is GBK/GB18030 but line 1 is UTF-8")
