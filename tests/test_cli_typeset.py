"""`layout-app typeset`: one paragraph with the real fonts, plain or JSON."""
import json
import subprocess
import sys


from layout_app.cli import main


def run(capsys, *args):
    code = main(["typeset", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_plain_output_is_one_set_line_per_line(capsys):
    code, out, _ = run(capsys, "--measure", "10", "--indent", "0", "一二三四、六七八九十，后面")
    assert code == 0
    assert out.splitlines() == ["一二三四、六七八九十，", "后面"]


def test_default_is_thirteen_characters_of_nine_point_with_indent(capsys):
    _, out, _ = run(capsys, "一" * 30)
    assert [len(l) for l in out.splitlines()] == [11, 13, 6]


def test_json_has_widths_and_positions(capsys):
    code, out, _ = run(capsys, "--json", "--measure", "10", "--size", "10", "--indent", "2",
                       "一二三四五六七八九十一二三")
    data = json.loads(out)
    assert data["overset"] is False
    first, second = data["lines"]
    assert first["text"] == "一二三四五六七八" and first["width"] == 100.0
    assert first["x"] == [20.0 + 10 * k for k in range(8)]
    assert second == {"text": "九十一二三", "width": 50.0, "x": [0.0, 10.0, 20.0, 30.0, 40.0]}


def test_levels_and_hanging(capsys):
    _, strict, _ = run(capsys, "--measure", "10", "--indent", "0", "--level", "strict", "一二三四五六七八九……后")
    assert strict.splitlines()[0] == "一二三四五六七八"
    _, hang, _ = run(capsys, "--json", "--measure", "10", "--indent", "0", "--hanging", "一二三四五六七八九十，后面再来")
    assert json.loads(hang)["lines"][0]["text"] == "一二三四五六七八九十，"


def test_size_by_hao_name_and_font(capsys):
    _, out, _ = run(capsys, "--json", "--size", "小四", "--font", "hei", "--measure", "5", "--indent", "0", "中文排版测试中文排版")
    assert json.loads(out)["lines"][0]["x"][1] == 12.0


def test_overset_against_available_lines(capsys):
    code, out, err = run(capsys, "--json", "--lines", "1", "一" * 30)
    assert json.loads(out)["overset"] is True and code == 1


def test_missing_character_is_reported(capsys):
    code, out, err = run(capsys, "中\ue000文")
    assert code == 1 and "U+E000" in err and "none of the shipped fonts" in err


def test_bad_size_is_a_clear_message_not_a_traceback(capsys):
    code, _, err = run(capsys, "--size", "小九", "x")
    assert code == 2 and err.startswith("layout-app: --size: unknown type size '小九'")
    assert "Traceback" not in err


def test_reads_standard_input():
    proc = subprocess.run([sys.executable, "-m", "layout_app", "typeset", "--measure", "10", "--indent", "0", "-"],
                          input="一二三四五六七八九十\n一二三\n".encode(), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().splitlines() == ["一二三四五六七八九十", "一二三"]


def test_an_internal_error_is_a_message_and_a_log_not_a_traceback(monkeypatch, tmp_path, capsys):
    import layout_app.cli as cli

    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path))

    def broken(args):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(cli, "cmd_typeset", broken)
    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["typeset"].set_defaults(func=broken)
    assert cli.main(["typeset", "x"]) == 3
    err = capsys.readouterr().err
    assert "internal error (ZeroDivisionError: boom)" in err and "Traceback" not in err
    (log,) = (tmp_path / "layout_app" / "logs").iterdir()
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")
