"""export, preflight and proof from the command line."""
import json
import subprocess
import sys

import pytest
from PIL import Image

from layout_app.cli import main
from tests.pdf.conftest import need_tools


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))


def test_export_the_demo_on_a_fresh_machine(tmp_path):
    need_tools()
    out = tmp_path / "demo.pdf"
    proc = subprocess.run([sys.executable, "-m", "layout_app", "export", "--demo", "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "PDF/X-4" in proc.stdout and "6 photo(s)" in proc.stdout
    assert "photos [" in proc.stderr and "图片" not in proc.stderr     # progress on the terminal, in English
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "PDF/X-4" in info


def test_preflight_exit_codes_and_json(page_doc, capsys):
    doc, folder, path = page_doc
    assert main(["preflight", str(path)]) == 1             # the sample page's white: a warning
    capsys.readouterr()
    (folder / "photos" / "reading.jpg").unlink()
    assert main(["preflight", str(path), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert [e["code"] for e in data["errors"]] == ["photo-missing"]


def test_warnings_only_exit_one(page_doc, capsys):
    doc, folder, path = page_doc
    text = path.read_text(encoding="utf-8").replace("  credit: 本报记者 王晨 摄\n", "")
    path.write_text(text, encoding="utf-8")
    assert main(["preflight", str(path)]) == 1
    assert "has no credit" in capsys.readouterr().out


def test_export_refuses_with_reasons_and_force_overrides(page_doc, tmp_path, capsys):
    need_tools()
    doc, folder, path = page_doc
    (folder / "photos" / "reading.jpg").unlink()
    out = tmp_path / "x.pdf"
    assert main(["export", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "export refused" in err and "reading.jpg" in err and "--force" in err
    assert not out.exists()
    assert main(["export", str(path), "-o", str(out), "--force"]) == 0
    assert out.exists()


def test_proof_png(page_doc, tmp_path):
    doc, folder, path = page_doc
    out = tmp_path / "proof.png"
    assert main(["proof", str(path), "-o", str(out), "--dpi", "40"]) == 0
    with Image.open(out) as im:
        assert im.size == (round(1105.51 * 40 / 72), round(1530.71 * 40 / 72))


def test_truncated_document_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "cut.yaml"
    path.write_text("schema: 1\ngrid:\n  trim: [390, 5", encoding="utf-8")
    assert main(["export", str(path), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "cut.yaml:3" in err and "not valid YAML" in err


def test_missing_font_file_is_a_clear_message(page_doc, tmp_path, monkeypatch, capsys):
    from layout_app.text import fonts, setter

    monkeypatch.setattr(fonts, "_default", fonts.FontRegistry(fonts_dir=tmp_path / "no-fonts"))
    setter._set_cached.cache_clear()
    doc, folder, path = page_doc
    code = main(["export", str(path), "-o", str(tmp_path / "x.pdf")])
    setter._set_cached.cache_clear()
    assert code == 2
    err = capsys.readouterr().err
    assert "font file missing" in err and "assets/fonts" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_cache_falls_back_to_the_temp_folder(page_doc, tmp_path, monkeypatch):
    need_tools()
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(blocker))
    doc, folder, path = page_doc
    assert main(["export", str(path), "-o", str(tmp_path / "x.pdf")]) == 0
