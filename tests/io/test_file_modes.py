"""Saves and exports keep the mode of the file they replace (a 0664 file on a shared desk folder stays
0664); a new file gets what the umask allows, as any program's new file would — never mkstemp's 0600."""
import os
import stat
from dataclasses import replace

import pytest

from layout_app.atomic import write_atomic
from layout_app.io.docfile import load_document, loads_document, save_document
from tests.samples import DOC_YAML


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield lambda m: os.umask(m)
    os.umask(old)


@pytest.mark.parametrize("kept", [0o664, 0o644, 0o600, 0o640], ids=oct)
def test_saving_over_a_document_keeps_its_mode(tmp_path, umask, kept):
    doc = loads_document(DOC_YAML)
    path = tmp_path / "page.yaml"
    save_document(doc, path)
    os.chmod(path, kept)
    save_document(replace(doc, title="改"), path)
    assert mode(path) == kept and load_document(path).title == "改"


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o002, 0o664), (0o027, 0o640)], ids=["022", "002", "027"])
def test_a_new_file_follows_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    save_document(loads_document(DOC_YAML), tmp_path / "new.yaml")
    write_atomic(tmp_path / "new.txt", b"x")
    assert mode(tmp_path / "new.yaml") == expected and mode(tmp_path / "new.txt") == expected


def test_saving_through_a_symlink_writes_the_file_it_points_to(tmp_path, umask):
    real = tmp_path / "shared" / "page.yaml"
    real.parent.mkdir()
    doc = loads_document(DOC_YAML)
    save_document(doc, real)
    os.chmod(real, 0o664)
    link = tmp_path / "page.yaml"
    link.symlink_to(real)
    save_document(replace(doc, title="改"), link)
    assert link.is_symlink() and load_document(real).title == "改" and mode(real) == 0o664


def test_a_pdf_export_over_an_earlier_one_keeps_its_mode_and_a_new_one_follows_the_umask(page_doc, tmp_path, umask):
    from layout_app.render.pdf.export import ExportOptions, export_pdf

    doc, folder, path = page_doc
    out = tmp_path / "page.pdf"
    umask(0o002)
    export_pdf(doc, folder, out, ExportOptions(pdfx=False))
    assert mode(out) == 0o664
    os.chmod(out, 0o640)
    umask(0o022)
    export_pdf(doc, folder, out, ExportOptions(pdfx=False))
    assert mode(out) == 0o640 and out.read_bytes().startswith(b"%PDF")


def test_a_pdf_export_through_a_symlink_writes_the_file_it_points_to(page_doc, tmp_path, umask):
    # as a document save does: the link stays a link (a plant's hot folder may be reached through one)
    from layout_app.render.pdf.export import ExportOptions, export_pdf

    doc, folder, path = page_doc
    real = tmp_path / "hot" / "page.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    os.chmod(real, 0o664)
    link = tmp_path / "page.pdf"
    link.symlink_to(real)
    export_pdf(doc, folder, link, ExportOptions(pdfx=False))
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF") and mode(real) == 0o664
    assert [p.name for p in real.parent.iterdir()] == ["page.pdf"]      # no temporary left beside it


def test_png_proofs_keep_their_mode(page_doc, tmp_path, umask):
    from layout_app.layout.compose import Composer
    from layout_app.render.qt.raster import write_proofs

    doc, folder, path = page_doc
    out = tmp_path / "proof.png"
    displays = Composer(doc, folder).compose_all()
    write_proofs(displays, out, 20)
    assert mode(out) == 0o644
    os.chmod(out, 0o664)
    write_proofs(displays, out, 20)
    assert mode(out) == 0o664
