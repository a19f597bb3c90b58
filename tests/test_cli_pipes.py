"""Standard output closed by its reader (`layout-app compose … | head -5`) is the reader's choice,
not a crash: the command finishes its work silently and exits as it would have. An internal error
names the files the run wrote before it, never says that nothing was written."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from layout_app import cli
from layout_app.atomic import write_atomic

COPY = Path(__file__).parent / "intake" / "samples" / "raw_page_example.txt"


def _with_stdout_closed(tmp_path, *args):
    """Run the command with its standard output a pipe nobody reads (the reader went first)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    # (this tree's layout_app, whatever the venv has installed)
    env = dict(os.environ, LAYOUT_APP_STATE=str(tmp_path / "state"), PYTHONPATH=str(Path(__file__).parents[1]))
    try:
        proc = subprocess.run([sys.executable, "-m", "layout_app", *args], stdout=write_end, stderr=subprocess.PIPE,
                              cwd=tmp_path, env=env, timeout=300)
    finally:
        os.close(write_end)
    return proc.returncode, proc.stderr.decode()


def test_typeset_into_a_closed_pipe_exits_quietly(tmp_path):
    code, err = _with_stdout_closed(tmp_path, "typeset", "近年来，我县坚持以人民为中心。")
    assert (code, err) == (0, "")
    assert not (tmp_path / "state").exists()             # no crash log


def test_compose_into_a_closed_pipe_writes_its_page_and_says_no_crash(tmp_path):
    code, err = _with_stdout_closed(tmp_path, "compose", "--template", "duikai", "--copy", str(COPY),
                                    "-o", "page.yaml", "--json")
    assert code == 0, err
    assert "internal error" not in err and "Nothing was written" not in err and "Exception ignored" not in err
    assert (tmp_path / "page.yaml").read_text(encoding="utf-8").startswith("schema:")
    assert not (tmp_path / "state").exists()


class _ClosedPipe:
    """sys.stdout whose reader is gone: every write and flush raises, as a pipe's would."""
    encoding = "utf-8"

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


def test_a_command_goes_on_after_its_reader_went(monkeypatch, tmp_path, capsys):
    # the store's edition export prints its summary, then writes the report and marks pages sent:
    # a closed pipe must not cut that short
    def prints_then_writes(args):
        print("第 1 版 ok")
        write_atomic(tmp_path / "report.json", b"[]")
        return 0

    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    parser = cli.build_parser()
    parser._subparsers._group_actions[0].choices["typeset"].set_defaults(func=prints_then_writes)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    assert cli.main(["typeset", "x"]) == 0
    assert (tmp_path / "report.json").read_bytes() == b"[]"
    assert capsys.readouterr().err == ""


def test_a_broken_pipe_of_our_own_is_still_an_internal_error(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path))

    def broken(args):
        raise BrokenPipeError(32, "Broken pipe")          # a pipe to a helper program, not stdout's reader

    parser = cli.build_parser()
    parser._subparsers._group_actions[0].choices["typeset"].set_defaults(func=broken)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    assert cli.main(["typeset", "x"]) == 3
    assert "internal error (BrokenPipeError" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def nothing_written_yet(monkeypatch):
    """Each test starts a run of its own: no file written by another test's run."""
    monkeypatch.setattr("layout_app.atomic.WRITTEN", {})


def test_an_internal_error_after_a_save_names_the_file_saved(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))
    page = tmp_path / "page.yaml"

    def saves_then_fails(args):
        write_atomic(page, b"schema: 6\n")
        raise ZeroDivisionError("boom")

    parser = cli.build_parser()
    parser._subparsers._group_actions[0].choices["typeset"].set_defaults(func=saves_then_fails)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    assert cli.main(["typeset", "x"]) == 3
    err = capsys.readouterr().err
    assert f"internal error (ZeroDivisionError: boom). Written before it: {page}. Details are in " in err, err
    assert "Nothing was written" not in err


def test_an_internal_error_before_any_save_makes_no_claim_about_files(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path))

    def fails(args):
        raise ZeroDivisionError("boom")

    parser = cli.build_parser()
    parser._subparsers._group_actions[0].choices["typeset"].set_defaults(func=fails)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    assert cli.main(["typeset", "x"]) == 3
    assert "internal error (ZeroDivisionError: boom). Details are in " in capsys.readouterr().err


def test_a_write_past_sys_stdout_into_the_closed_pipe_ends_as_a_pipe_writer_does(monkeypatch, tmp_path, capsys):
    # (bytes written to the descriptor itself: no wrapper of sys.stdout sees them)
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path))
    read_end, write_end = os.pipe()
    os.close(read_end)

    class Stdout:
        def fileno(self):
            return write_end

    def writes_to_the_descriptor(args):
        os.write(write_end, b"x")

    monkeypatch.setattr(sys, "__stdout__", Stdout())
    parser = cli.build_parser()
    parser._subparsers._group_actions[0].choices["typeset"].set_defaults(func=writes_to_the_descriptor)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    try:
        assert cli.main(["typeset", "x"]) == 141                 # 128 + SIGPIPE, as the shell says of `yes | head`
    finally:
        os.close(write_end)
    assert capsys.readouterr().err == "" and not list(tmp_path.iterdir())


def test_export_with_both_outputs_into_a_closed_pipe_still_writes_its_pdf(tmp_path):
    """`export page.yaml -o g.pdf 2>&1 | head -2`: the progress line goes to standard error, into the
    same closed pipe — a reviewer saw exit 141 and no PDF, three runs of three."""
    env = dict(os.environ, LAYOUT_APP_STATE=str(tmp_path / "state"), PYTHONPATH=str(Path(__file__).parents[1]))
    page = tmp_path / "page.yaml"
    subprocess.run([sys.executable, "-m", "layout_app", "compose", "--copy", str(COPY), "-o", str(page)],
                   cwd=tmp_path, env=env, capture_output=True, timeout=300)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "layout_app", "export", str(page), "-o", "g.pdf", "--force"],
                              stdout=write_end, stderr=write_end, cwd=tmp_path, env=env, timeout=300)
    finally:
        os.close(write_end)
    assert proc.returncode in (0, 1)
    assert (tmp_path / "g.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "state").exists()
