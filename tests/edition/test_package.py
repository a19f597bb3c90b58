"""Package for print (issue 9, "Security" and item 7): only photo files go in, each with its own bytes,
nothing is written outside -o, and a missing photo is reported, never given a name in the package."""
import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from layout_app.cli import main
from layout_app.io.docfile import load_document, save_document
from layout_app.model.frame import Frame
from tests.photos import write_jpeg


def files_under(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def with_photos(doc, files):
    """The sample document with one photo per file (p1 keeps its frame; the others get their own)."""
    photos = [replace(doc.photo("p1"), id=f"p{k}", file=f) for k, f in enumerate(files, 1)]
    frames = [Frame(f"ph{k}", 5, 2, 20 * (k - 2), 20, photo=f"p{k}") for k in range(2, len(files) + 1)]
    page = replace(doc.pages[0], frames=doc.pages[0].frames + tuple(frames))
    return replace(doc, photos=tuple(photos), pages=(page,))


def test_two_photos_of_the_same_name_from_different_folders_both_arrive(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    (folder / "a").mkdir()
    (folder / "b").mkdir()
    write_jpeg(folder / "a" / "shot.jpg", 300, 200)
    write_jpeg(folder / "b" / "shot.jpg", 200, 300)
    write_jpeg(folder / "b" / "Shot.JPG", 250, 250)        # one file with A.jpg on a Mac or Windows disk
    files = ["a/shot.jpg", "b/shot.jpg", "b/Shot.JPG", "a/shot.jpg"]   # the last: the first again
    save_document(with_photos(doc, files), path)
    out = tmp_path / "pkg"
    outside = files_under(tmp_path)
    assert main(["package", str(path), "-o", str(out)]) == 0
    packed = load_document(out / "page.yaml")
    for k, original in enumerate(files, 1):
        placed = packed.photo(f"p{k}").file
        assert placed.startswith("photos/")
        assert (out / placed).read_bytes() == (folder / original).read_bytes(), (k, placed)
    names = [packed.photo(f"p{k}").file.casefold() for k in (1, 2, 3)]
    assert len(set(names)) == 3                                    # three files, three names (case-blind)
    assert packed.photo("p4").file == packed.photo("p1").file      # one file named twice: copied once
    assert len(list((out / "photos").iterdir())) == 3
    # nothing outside -o changed
    after = files_under(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("pkg/")} == outside
    capsys.readouterr()
    main(["preflight", str(out / "page.yaml"), "--json"])          # it opens and finds every photo
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["errors"]]
    assert codes and "photo-missing" not in codes                  # (they are small: low resolution)


def test_a_missing_photo_is_reported_and_keeps_where_it_was_expected(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    (folder / "other").mkdir()
    write_jpeg(folder / "other" / "reading.jpg", 300, 200)
    # photos/reading.jpg is missing; other/reading.jpg, of the same name, is not
    (folder / "photos" / "reading.jpg").unlink()
    save_document(with_photos(doc, ["photos/reading.jpg", "other/reading.jpg"]), path)
    out = tmp_path / "pkg"
    assert main(["package", str(path), "-o", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "MISSING photo p1: photos/reading.jpg" in printed
    packed = load_document(out / "page.yaml")
    assert packed.photo("p1").file == str(folder / "photos" / "reading.jpg")
    assert (out / packed.photo("p2").file).read_bytes() == (folder / "other" / "reading.jpg").read_bytes()
    assert [p.name for p in (out / "photos").iterdir()] == ["reading.jpg"]


@pytest.fixture
def refuse(page_doc, tmp_path, capsys):
    """Package a document whose second photo is `name`; expect exit 2, the words, and nothing written."""
    doc, folder, path = page_doc

    def check(name, *words):
        save_document(with_photos(doc, ["photos/reading.jpg", name]), path)
        line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                    if text.strip() == f"file: {name}")
        out = tmp_path / "pkg"
        assert main(["package", str(path), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "internal error" not in err, err
        assert f"{path}:{line}: photos[1].file: " in err, err
        for word in words:
            assert word in err, (word, err)
        assert not out.exists()
    return check


def test_package_refuses_files_that_are_not_photos(refuse, page_doc, tmp_path):
    doc, folder, path = page_doc
    refuse("../../../../../../../../etc/passwd", "/etc/passwd is not a photo")
    refuse("/etc/hostname", "/etc/hostname is not a photo")
    (folder / "notes.jpg").write_text("a text file named .jpg", encoding="utf-8")
    refuse("notes.jpg", "notes.jpg is not a photo")
    refuse("/dev/zero", "/dev/zero is not a regular file")
    refuse("photos", "is not a regular file")
    # a photo over the size cap (sparse: it takes no disk) is refused before a byte is copied
    big = folder / "huge.jpg"
    with open(big, "wb") as fh:
        fh.write((folder / "photos" / "reading.jpg").read_bytes()[:64])
        fh.truncate(1_100_000_000)
    refuse("huge.jpg", "huge.jpg is 1.1 GB, over the 1 GB")


def test_a_fifo_is_refused_without_waiting_for_a_writer(page_doc, tmp_path):
    doc, folder, path = page_doc
    os.mkfifo(folder / "pipe.jpg")
    save_document(with_photos(doc, ["photos/reading.jpg", "pipe.jpg"]), path)
    proc = subprocess.run([sys.executable, "-m", "layout_app", "package", str(path), "-o", str(tmp_path / "pkg")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "pipe.jpg is not a regular file" in proc.stderr, proc.stderr
    assert not (tmp_path / "pkg").exists()


def test_a_symlink_to_a_secret_is_refused(refuse, page_doc):
    doc, folder, path = page_doc
    os.symlink("/etc/passwd", folder / "photos" / "pass.jpg")
    refuse("photos/pass.jpg", "/etc/passwd is not a photo")


def test_a_document_named_like_a_folder_of_the_package_is_refused(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    named_photos = folder / "photos-doc"
    named_photos.mkdir()
    save_document(doc, named_photos / "photos")              # a document named like the package's folder
    assert main(["package", str(named_photos / "photos"), "-o", str(tmp_path / "pkg")]) == 2
    assert "rename the document" in capsys.readouterr().err
    assert not (tmp_path / "pkg").exists()
