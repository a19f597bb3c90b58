"""Package a document for print or for another desk: the document, its photos and the fonts'
licence files in one folder that opens elsewhere. Only photo files go in — a document naming
/etc/passwd or /dev/zero is refused before anything is written — and nothing is written outside
the folder."""
from __future__ import annotations

import os
import shutil
import stat
from dataclasses import replace
from pathlib import Path

from layout_app.atomic import WRITTEN
from layout_app.assets import FONTS_DIR
from layout_app.errors import DocumentError, InputError, Problem
from layout_app.io.docfile import load_document, save_document
from layout_app.io.located import load_located
from layout_app.io.outputs import prepare_folder
from layout_app.text.fonts import FACES

# The first bytes of the formats layout_app reads (JPEG, PNG, TIFF, BigTIFF, WebP).
MAGIC = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"),
         (b"II+\x00", "TIFF"), (b"MM\x00+", "TIFF"))
MAX_PHOTO_BYTES = 1_000_000_000     # far above any newspaper photo (a 100 MP 16-bit TIFF is 600 MB)


def _kind(head: bytes) -> str | None:
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), None)


def _refusal(st: os.stat_result, src: Path) -> str | None:
    if not stat.S_ISREG(st.st_mode):
        return f"{src} is not a regular file (a device, pipe or folder); only photo files are packaged"
    if st.st_size > MAX_PHOTO_BYTES:
        return f"{src} is {st.st_size / 1e9:.1f} GB, over the {MAX_PHOTO_BYTES / 1e9:.0f} GB a photo may have"
    return None


def _open_photo(src: Path) -> tuple[int, int]:
    """(descriptor, size) of a photo file, or ValueError saying why it is refused. Checked before
    opening (a device is never opened) and again on the open descriptor (it cannot be swapped)."""
    try:
        problem = _refusal(os.stat(src), src)
        if problem:
            raise ValueError(problem)
        fd = os.open(src, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ValueError(f"{src}: cannot read: {exc.strerror}") from None
    try:
        st = os.fstat(fd)
        problem = _refusal(st, src)
        if problem is None and _kind(os.pread(fd, 16, 0)) is None:
            problem = f"{src} is not a photo (JPEG, PNG, TIFF or WebP); only photos are packaged"
    except OSError as exc:
        problem = f"{src}: cannot read: {exc.strerror}"
    if problem:
        os.close(fd)
        raise ValueError(problem)
    return fd, st.st_size


def _check(src: Path) -> int:
    fd, size = _open_photo(src)
    os.close(fd)
    return size


def _copy(src: Path, target: Path) -> None:
    """Copy a photo, checked again as opened, into a new file (never over one), at most the size cap."""
    try:
        fd, _ = _open_photo(src)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    with os.fdopen(fd, "rb") as fin, open(target, "xb") as fout:
        copied = 0
        while block := fin.read(1 << 20):
            copied += len(block)
            if copied > MAX_PHOTO_BYTES:
                raise InputError(f"{src}: grew past {MAX_PHOTO_BYTES / 1e9:.0f} GB while being copied")
            fout.write(block)
    shutil.copystat(src, target)


def _unique(name: str, used: set[str]) -> str:
    """`name`, or name-2, name-3 … when another photo took it (compared case-blind: the package
    may be opened on a Mac or Windows disk where A.jpg and a.jpg are one file)."""
    stem, suffix = os.path.splitext(name)
    k = 2
    while name.casefold() in used:
        name = f"{stem}-{k}{suffix}"
        k += 1
    used.add(name.casefold())
    return name


def package(doc_path: str | Path, out_dir: str | Path) -> list[str]:
    """Copy everything into `out_dir`; returns the report lines (what was collected, what is missing)."""
    doc_path = Path(doc_path)
    doc = load_document(doc_path)
    if not str(out_dir).strip():
        raise InputError("-o: name the folder for the package (got an empty name)")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"-o {out_dir}: {out_dir} is a file, not a folder; package into a new folder")
    try:
        if out_dir.exists() and any(out_dir.iterdir()):
            raise InputError(f"{out_dir} is not empty; package into a new folder")
    except OSError as exc:
        raise InputError(f"-o {out_dir}: cannot be read: {exc.strerror}") from None

    if doc_path.name in ("photos", "fonts", "package-report.txt"):
        raise InputError(f"{doc_path}: rename the document; the package uses that name for its own files")

    # check every photo before writing anything: a refused one stops the package
    sizes: dict[Path, int | None] = {}       # by resolved file; None: missing
    names: dict[Path, str] = {}              # its name in photos/
    used: set[str] = set()
    refused, report, photos = [], [], []       # refused: (photo index, why)
    for i, p in enumerate(doc.photos):
        src = Path(os.path.realpath(doc_path.parent / p.file))   # a symlink loop stays a path
        if src not in sizes:
            try:
                sizes[src] = _check(src) if src.exists() else None
            except ValueError as exc:
                refused.append((i, str(exc)))
                continue
            if sizes[src] is not None:
                names[src] = _unique(src.name, used)
        if sizes[src] is None:
            # keep the place it was expected: never a name in the package that no file has
            report.append(f"MISSING photo {p.id}: {p.file} — not collected; relink it before sending")
            photos.append(replace(p, file=str(src)))
        else:
            report.append(f"photo {p.id}: {p.file} → photos/{names[src]} ({sizes[src] / 1e6:.1f} MB)")
            photos.append(replace(p, file=f"photos/{names[src]}"))
    if refused:     # only now read the document again, for the line each refused photo is named on
        loc = load_located(doc_path.read_text(encoding="utf-8-sig"), str(doc_path))
        raise DocumentError([Problem(str(doc_path), loc.line(("photos", i, "file")), f"photos[{i}].file", why)
                             for i, why in refused])

    prepare_folder(out_dir, out_dir)
    WRITTEN[out_dir] = None              # (from here on the folder holds the package, maybe in part)
    (out_dir / "photos").mkdir(exist_ok=True)
    (out_dir / "fonts").mkdir(exist_ok=True)
    for src, name in names.items():
        try:
            _copy(src, out_dir / "photos" / name)
        except OSError as exc:
            raise InputError(f"{out_dir / 'photos' / name}: cannot write: {exc.strerror}") from None
    save_document(replace(doc, photos=tuple(photos)), out_dir / doc_path.name)
    report.insert(0, f"document: {doc_path.name} ({len(doc.pages)} page(s), {len(doc.stories)} stories)")
    for licence in sorted({f.licence for f in FACES}):
        shutil.copy2(FONTS_DIR / licence, out_dir / "fonts" / licence)
        report.append(f"font licence: fonts/{licence}")
    report.append("fonts: the shipped faces (Noto Serif SC, Noto Sans SC, LXGW WenKai) are part of layout_app "
                  "and embedded in every exported PDF")
    (out_dir / "package-report.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    return report
