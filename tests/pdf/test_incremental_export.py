"""Exporting again in the same process (the running editor) re-uses what did not change — font
programs of faces whose glyphs are the same, runs already drawn, flows already set — and the file is
the one an export from nothing would write."""
from dataclasses import replace

import pikepdf

from layout_app.imaging import printready
from layout_app.render.pdf import cidfonts, draw, export
from layout_app.render.pdf.export import export_pdf


def _forget(monkeypatch, cache=None):
    """Every process-wide store empty, as in a fresh process (with `cache`: and an empty disk cache)."""
    if cache is not None:
        monkeypatch.setenv("LAYOUT_APP_CACHE", str(cache))
    monkeypatch.setattr(cidfonts, "SUBSETS", cidfonts.Subsets())
    monkeypatch.setattr(export, "LAYOUT", export.LayoutCache())
    draw._run_ops.cache_clear()
    draw._rule_ops.cache_clear()
    cidfonts.glyph_codes.cache_clear()
    monkeypatch.setattr(printready, "_SOURCES", {})


def _parts(path):
    """What a reader sees: each page's content, and each font by name with its program."""
    with pikepdf.open(path) as pdf:
        pages = [page.Contents.read_bytes() for page in pdf.pages]
        fonts = {str(f.BaseFont): f.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()
                 for page in pdf.pages for _n, f in page.Resources.Font.items()}
    return pages, fonts


def _edited(doc, word="鼹鼠"):
    """One word of the first story's body changed to characters the page has nowhere else."""
    story = doc.stories[0]
    body = list(story.body)
    body[0] = word + body[0][2:]
    return replace(doc, stories=(replace(story, body=tuple(body)), *doc.stories[1:]))


def test_a_second_export_after_an_edit_remakes_only_the_changed_face(page_doc, tmp_path, monkeypatch):
    doc, folder, _ = page_doc
    _forget(monkeypatch, tmp_path / "cache")
    export_pdf(doc, folder, tmp_path / "first.pdf")
    faces = cidfonts.SUBSETS.made
    assert faces >= 4
    edited = _edited(doc)
    export_pdf(edited, folder, tmp_path / "again.pdf")
    assert cidfonts.SUBSETS.made == faces + 1              # the body face only: its glyph set grew
    again_pages, again_fonts = _parts(tmp_path / "again.pdf")
    first_pages, first_fonts = _parts(tmp_path / "first.pdf")
    changed = {name for name in again_fonts if name not in first_fonts}
    assert len(changed) == 1 and next(iter(changed)).endswith("NotoSerifSC-Medium")
    # and the file is what an export from nothing writes
    _forget(monkeypatch)
    export_pdf(edited, folder, tmp_path / "fresh.pdf")
    assert _parts(tmp_path / "fresh.pdf") == (again_pages, again_fonts)
    assert again_pages != first_pages


def test_a_photo_replaced_under_the_same_name_is_converted_again(page_doc, tmp_path, monkeypatch):
    """The process remembers a photo by name, size and time: a new file under the old name is read."""
    import os

    from PIL import Image

    doc, folder, _ = page_doc
    export_pdf(doc, folder, tmp_path / "first.pdf")
    photo = folder / doc.photos[0].file
    stat = photo.stat()
    Image.new("RGB", (4200, 2900), (20, 200, 30)).save(photo, "JPEG", quality=90)    # same pixels, new picture
    with open(photo, "ab") as fh:             # and the same file size: only the time tells them apart
        fh.write(b"\0" * (stat.st_size - photo.stat().st_size))
    assert photo.stat().st_size == stat.st_size
    os.utime(photo, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    export_pdf(doc, folder, tmp_path / "again.pdf")
    with pikepdf.open(tmp_path / "first.pdf") as a, pikepdf.open(tmp_path / "again.pdf") as b:
        first = [im.read_raw_bytes() for im in a.pages[0].get_images().values()]
        again = [im.read_raw_bytes() for im in b.pages[0].get_images().values()]
    assert first != again


def test_a_fresh_process_takes_unchanged_subsets_from_disk(page_doc, tmp_path, monkeypatch):
    doc, folder, _ = page_doc
    _forget(monkeypatch, tmp_path / "cache")
    export_pdf(doc, folder, tmp_path / "first.pdf")
    kept = sorted((tmp_path / "cache" / "layout_app" / "subsets").iterdir())
    assert len(kept) == cidfonts.SUBSETS.made >= 4
    _forget(monkeypatch)                                  # a new process: memory empty, the disk kept
    export_pdf(doc, folder, tmp_path / "again.pdf")
    assert cidfonts.SUBSETS.made == 0
    assert _parts(tmp_path / "again.pdf") == _parts(tmp_path / "first.pdf")
    kept[0].write_bytes(kept[0].read_bytes()[:50])        # a damaged file (a full disk): made again
    _forget(monkeypatch)
    export_pdf(doc, folder, tmp_path / "third.pdf")
    assert cidfonts.SUBSETS.made == 1
    assert _parts(tmp_path / "third.pdf") == _parts(tmp_path / "first.pdf")


def test_the_disk_keeps_a_bounded_number_of_subsets(page_doc, tmp_path, monkeypatch):
    doc, folder, _ = page_doc
    _forget(monkeypatch, tmp_path / "cache")
    monkeypatch.setattr(cidfonts, "SUBSETS", cidfonts.Subsets(on_disk=5))
    export_pdf(doc, folder, tmp_path / "a.pdf")
    export_pdf(_edited(doc), folder, tmp_path / "b.pdf")
    export_pdf(_edited(doc, "蝙蝠"), folder, tmp_path / "c.pdf")
    assert cidfonts.SUBSETS.made >= 6                       # more made than the disk keeps
    assert len(list((tmp_path / "cache" / "layout_app" / "subsets").iterdir())) <= 5
