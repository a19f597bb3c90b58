"""Where the commands write (issue 9, "Outputs"): only the file the user named, of the kind the command
makes, never over one of its own inputs; a bad -o is one line naming the path (exit 2), never an
internal error; a killed export leaves no temporaries behind once the next export has run."""
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from layout_app.cli import main
from layout_app.io.docfile import save_document
from layout_app.model.document import Page
from layout_app.model.frame import Frame
from tests.pdf.conftest import need_tools
from tests.photos import scene


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))     # a crash log would land here


def snapshot(folder):
    """Every file under `folder` with its bytes (the cache and crash-log folders left out)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] not in ("cache", "state")}


PROGRESS = re.compile(r"^(预检|图片|版面|preflight|photos|pages)( \[|$)")      # export's progress line, either language


def one_line_error(capsys, *names):
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err, err
    lines = [line for line in err.splitlines() if not PROGRESS.match(line)]
    assert len(lines) == 1 and lines[0].startswith("layout-app: "), err          # progress lines aside
    for name in names:
        assert name in lines[0], (name, err)
    return lines[0]


@pytest.fixture
def png_doc(page_doc):
    """The sample page with its photo as a PNG (so a proof could name it) and a second page."""
    doc, folder, path = page_doc
    scene(800, 600).save(folder / "photos" / "shot.png")
    photo = replace(doc.photo("p1"), file="photos/shot.png")
    p2 = Page("B", 2, (Frame("b2", 0, 3, 0, 30, story="s1", part="body"),))
    doc = replace(doc, photos=(photo,), pages=(doc.pages[0], p2))
    save_document(doc, path)
    return doc, folder, path


# --- never over an input ----------------------------------------------------------------------

def test_export_refuses_to_write_over_the_document_or_a_photo(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    before = snapshot(tmp_path)
    assert main(["export", str(path), "-o", str(path)]) == 2                     # DOC.yaml: not a PDF
    one_line_error(capsys, str(path), ".pdf")
    photo = folder / "photos" / "reading.jpg"
    assert main(["export", str(path), "-o", str(photo)]) == 2
    one_line_error(capsys, str(photo), ".pdf")
    assert main(["proof", str(path), "-o", str(photo)]) == 2
    one_line_error(capsys, str(photo), ".png")
    assert main(["captions", str(path), "-o", str(path)]) == 2
    one_line_error(capsys, str(path))
    assert snapshot(tmp_path) == before


def test_an_input_is_refused_even_when_its_name_has_the_right_suffix(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    # a document saved as .pdf, a JPEG named .pdf, a hard link and a roundabout path to them
    as_pdf = folder / "page.pdf"
    save_document(replace(doc, photos=(replace(doc.photo("p1"), file="photos/reading.pdf"),)), as_pdf)
    os.link(folder / "photos" / "reading.jpg", folder / "photos" / "reading.pdf")
    os.link(as_pdf, folder / "linked.pdf")
    before = snapshot(tmp_path)
    for out in (as_pdf, folder / "photos" / ".." / "page.pdf", folder / "linked.pdf", folder / "photos" / "reading.pdf"):
        assert main(["export", str(as_pdf), "-o", str(out), "--screen"]) == 2
        assert "an input of this command" in one_line_error(capsys, str(out))
    assert snapshot(tmp_path) == before


def test_proof_and_caption_proof_refuse_their_inputs(png_doc, tmp_path, capsys):
    doc, folder, path = png_doc
    html_doc = folder / "page.html"
    shutil.copy(path, html_doc)
    before = snapshot(tmp_path)
    assert main(["proof", str(path), "-o", str(folder / "photos" / "shot.png")]) == 2
    assert "an input" in one_line_error(capsys, "shot.png")
    # two pages are written as NAME-01.png and NAME-02.png: the second must not be the photo either
    os.rename(folder / "photos" / "shot.png", folder / "photos" / "page-02.png")
    save_document(replace(doc, photos=(replace(doc.photo("p1"), file="photos/page-02.png"),)), path)
    before = snapshot(tmp_path)
    assert main(["proof", str(path), "-o", str(folder / "photos" / "page.png")]) == 2
    assert "an input" in one_line_error(capsys, "page-02.png")
    assert main(["captions", str(html_doc), "-o", str(html_doc)]) == 2
    assert "an input" in one_line_error(capsys, str(html_doc))
    assert snapshot(tmp_path) == before


def test_compose_and_new_write_documents_only(tmp_path, capsys):
    copy = tmp_path / "copy.txt"
    copy.write_text("青石镇：图书角里书香浓\n\n为丰富村民的精神文化生活，青石镇设立了图书角。\n", encoding="utf-8")
    before = snapshot(tmp_path)
    assert main(["compose", "--copy", str(copy), "-o", str(copy), "--force"]) == 2
    one_line_error(capsys, str(copy), ".yaml")
    assert main(["new", "-o", str(tmp_path / "page.pdf")]) == 2
    one_line_error(capsys, "page.pdf", ".yaml")
    assert snapshot(tmp_path) == before


def test_a_refusal_under_json_is_json_on_stdout_too(tmp_path, capsys):
    """A script asking for --json gets the refusal as data on stdout (and the one line on stderr), not
    an empty stdout it cannot parse (a reviewer's `compose --json` over an existing page)."""
    import json
    copy = tmp_path / "copy.txt"
    copy.write_text("青石镇：图书角里书香浓\n\n为丰富村民的精神文化生活，青石镇设立了图书角。\n", encoding="utf-8")
    out = tmp_path / "page.yaml"
    out.write_text("schema: 9\n", encoding="utf-8")
    assert main(["compose", "--copy", str(copy), "-o", str(out), "--json"]) == 2
    captured = capsys.readouterr()
    error = json.loads(captured.out)["error"]
    assert str(out) in error and "--force" in error
    assert captured.err.startswith("layout-app: ") and len(captured.err.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "schema: 9\n"


# --- a bad -o is a clear error ----------------------------------------------------------------

def bad_outputs(tmp_path, suffix):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    (tmp_path / f"folder{suffix}").mkdir()
    return [("", "(got an empty name)"),
            (str(tmp_path), "is a folder"),
            (str(tmp_path / f"folder{suffix}"), "is a folder"),
            (str(tmp_path / "a-file" / f"x{suffix}"), "a-file is a file, not a folder"),
            (str(tmp_path / "a-file" / "deeper" / f"x{suffix}"), "a-file is a file, not a folder"),
            (f"/proc/no-such-folder/x{suffix}", "cannot make the folder /proc/no-such-folder")]


@pytest.mark.parametrize("command,suffix", [("export", ".pdf"), ("proof", ".png"), ("captions", ".pdf"),
                                            ("captions", ".html")])
def test_bad_output_paths_are_one_line_errors(command, suffix, page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    cases = bad_outputs(tmp_path, suffix)
    before = snapshot(tmp_path)
    for out, words in cases:
        assert main([command, str(path), "-o", out]) == 2, out
        one_line_error(capsys, out, words)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command,out", [("export", "/proc/x.pdf"), ("export", "/sys/x.pdf"), ("proof", "/proc/x.png"),
                                         ("captions", "/proc/x.html"), ("captions", "/sys/x.pdf")])
def test_a_folder_nobody_may_write_in_is_a_clear_error(command, out, page_doc, capsys, qapp):
    """/proc and /sys refuse new files even to root, so this holds for every user the suite runs as.
    (qapp: proof draws with Qt; the suite's QApplication must exist before it, for the editor tests.)"""
    doc, folder, path = page_doc
    assert main([command, str(path), "-o", out, *(["--screen"] if command == "export" else [])]) == 2
    one_line_error(capsys, out, "cannot write in")


def test_the_suffix_must_match_what_is_written(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    for command, out in (("export", "x.png"), ("export", "x"), ("proof", "x.pdf"), ("captions", "x.png")):
        assert main([command, str(path), "-o", str(tmp_path / out)]) == 2
        one_line_error(capsys, out)
        assert not (tmp_path / out).exists()


def test_export_edition_and_package_refuse_bad_folders(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    edition = folder / "edition.yaml"
    edition.write_text("edition: 1\ndate: 2026-11-28\npages:\n- {page: 1, section: A, file: page.yaml}\n", encoding="utf-8")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    before = snapshot(tmp_path)
    for out, words in (("", "name the folder"), (str(tmp_path / "a-file"), "a-file is a file"),
                       (str(tmp_path / "a-file" / "pdfs"), "a-file is a file, not a folder"),
                       ("/proc/no-such-folder", "cannot make the folder")):
        assert main(["export-edition", str(edition), "-o", out]) == 2, out
        one_line_error(capsys, words)
        assert main(["package", str(path), "-o", out]) == 2, out
        one_line_error(capsys, words)
    assert snapshot(tmp_path) == before


# --- temporaries ------------------------------------------------------------------------------

def hidden(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def dead_pid():
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


# The real export in a subprocess, held still at a known point — when pikepdf is about to write the
# temporary (made empty beforehand) — so the test acts mid-write without racing it.
PAUSED_EXPORT = """
import sys, time
from pathlib import Path
held = Path(sys.argv[1])
def hold(event, args):
    # pikepdf's open() of the temporary (mkstemp's os.open, which made it empty, has no mode)
    if event == "open" and str(args[0]).endswith(".final.pdf") and args[1] is not None and not held.exists():
        held.write_text("held")
        while not held.with_suffix(".go").exists():
            time.sleep(0.01)
sys.addaudithook(hold)
from layout_app.launch import main
sys.exit(main(sys.argv[2:]))
"""


def start_export(path, out, held):
    return subprocess.Popen([sys.executable, "-c", PAUSED_EXPORT, str(held), "export", str(path), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until_held(proc, held, timeout=120):
    t = time.monotonic()
    while not held.exists():
        assert proc.poll() is None, f"the export ended before the point it should stop at: {proc.communicate()}"
        assert time.monotonic() - t < timeout, "the export never reached the point it should stop at"
        time.sleep(0.02)


def held_export(path, tmp_path):
    """An export of `path` into tmp_path/out/page.pdf, held before its final temporary until HELD.go appears."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    held = tmp_path / "held"
    proc = start_export(path, out_dir / "page.pdf", held)
    wait_until_held(proc, held)
    return proc, out_dir, held


def test_a_killed_export_leaves_temporaries_that_the_next_export_removes(page_doc, tmp_path):
    need_tools()
    doc, folder, path = page_doc
    proc, out_dir, held = held_export(path, tmp_path)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    (left,) = hidden(out_dir)                               # the temporary pikepdf was about to write
    assert left.startswith(".page.pdf.") and left.endswith(".final.pdf")
    # an export running now (this process: alive) keeps its temporary; a killed one's goes
    from layout_app.render.pdf.export import _host
    mine = out_dir / f".other.pdf.{_host()}~{os.getpid()}~abc123.raw.pdf"
    theirs = out_dir / f".other.pdf.{_host()}~{dead_pid()}~xyz789.final.pdf"
    unrelated = out_dir / ".notes.raw.pdf"
    for p in (mine, theirs, unrelated):
        p.write_bytes(b"%PDF-")
    assert main(["export", str(path), "-o", str(out_dir / "again.pdf")]) == 0
    assert hidden(out_dir) == sorted([mine.name, unrelated.name])
    assert sorted(p.name for p in out_dir.iterdir() if not p.name.startswith(".")) == ["again.pdf"]


def test_a_terminated_export_cleans_up_after_itself(page_doc, tmp_path):
    doc, folder, path = page_doc
    proc, out_dir, held = held_export(path, tmp_path)
    assert len(hidden(out_dir)) == 1
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in err, err
    assert list(out_dir.iterdir()) == []


def test_a_failed_export_leaves_neither_file_nor_temporary(page_doc, tmp_path):
    doc, folder, path = page_doc
    proc, out_dir, held = held_export(path, tmp_path)
    (out_dir / "page.pdf").mkdir()                # the final rename cannot happen now
    held.with_suffix(".go").touch()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and err.strip().splitlines()[-1] == f"layout-app: {out_dir / 'page.pdf'}: cannot be written: Is a directory"
    assert list(out_dir.iterdir()) == [out_dir / "page.pdf"] and not any((out_dir / "page.pdf").iterdir())


def test_a_full_disk_is_a_clear_error_and_leaves_nothing(page_doc, tmp_path):
    """A file-size limit stands in for a full disk: the same write error (EFBIG instead of ENOSPC)."""
    doc, folder, path = page_doc
    assert main(["export", str(path), "-o", str(tmp_path / "warm.pdf")]) == 0   # caches filled: only the PDF is big
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))

    proc = subprocess.run([sys.executable, "-m", "layout_app", "export", str(path), "-o", str(out_dir / "page.pdf")],
                          capture_output=True, text=True, timeout=120, preexec_fn=limit)
    last = proc.stderr.strip().splitlines()[-1]
    assert proc.returncode == 2 and last == f"layout-app: {out_dir / 'page.pdf'}: cannot be written: File too large", \
        proc.stderr
    assert list(out_dir.iterdir()) == []
