"""What a file handed in as copy is, by its first bytes, whatever its name says: a Word 97–2003
.doc (renamed .txt, or with no name at all) read as text was 'damaged text: byte 5 is not valid
GB18030 … give --encoding', which sends the editor hunting for an encoding. Formats intake reads
(.docx, PDF) are read as what they are; formats it cannot read are named, with what to do."""
from __future__ import annotations

import zipfile
from pathlib import Path

from layout_app.errors import InputError
from layout_app.intake.notices import (
    DOCX_BY_CONTENT,
    NOT_COPY_ARCHIVE,
    NOT_COPY_ODT,
    NOT_COPY_OLD_OFFICE,
    NOT_COPY_OLD_WORD,
    NOT_COPY_PICTURE,
    NOT_COPY_RTF,
    NOT_COPY_WPS,
    PDF_BY_CONTENT,
    TEXT_BY_CONTENT,
    Notice,
)

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"          # a compound file: Word 97–2003, Excel 97–2003, WPS
ZIP = (b"PK\x03\x04", b"PK\x05\x06")                  # .docx, .odt, .xlsx, .zip (an empty one too)
RTF = b"{\\rtf"                                        # text, but its markup would be read as copy
PDF = b"%PDF-"
PICTURES = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"),
            (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))
# the stream a Word 97–2003 document keeps its text in, as a compound file's directory names it (UTF-16LE)
_WORD_STREAM = "WordDocument".encode("utf-16-le")
# Excel's and PowerPoint's streams: a workbook renamed .txt is not called a Word document
_OTHER_STREAMS = tuple(name.encode("utf-16-le") for name in ("Workbook", "PowerPoint Document"))
_OLE_READ = 10_000_000           # bytes looked through for that name (a copy file's limit)


def sniff(path: Path) -> tuple[str, Notice | None]:
    """'docx', 'pdf' or 'text', and a notice when the name said otherwise; a file no copy can come
    from is refused, named by what it is."""
    suffix = path.suffix.lower()
    with open(path, "rb") as f:
        head = f.read(16)
    if head.startswith(OLE2):
        raise InputError(_old_office(path, suffix))
    if head.lstrip(b"\xef\xbb\xbf").startswith(RTF):
        raise InputError(Notice(NOT_COPY_RTF, path=path))
    for magic, kind in PICTURES:
        if head.startswith(magic):
            raise InputError(Notice(NOT_COPY_PICTURE, path=path, kind=kind))
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        raise InputError(Notice(NOT_COPY_PICTURE, path=path, kind="WebP"))
    if head.startswith(ZIP):
        return _zip_kind(path, suffix)
    if head.startswith(PDF) and suffix != ".pdf":
        return "pdf", Notice(PDF_BY_CONTENT, file=path.name)
    if suffix in (".docx", ".doc", ".dot", ".wps"):
        # a word processor's name over something else: plain text is read, anything else named
        if _plain_text(path):
            return "text", Notice(TEXT_BY_CONTENT, file=path.name, suffix=suffix)
        if suffix != ".docx":
            raise InputError(_old_office(path, suffix))
    return {".docx": "docx", ".pdf": "pdf"}.get(suffix, "text"), None


def _plain_text(path: Path) -> bool:
    """Text a Word document's name was given to: no NUL byte, and it reads as UTF-8 or GB18030."""
    with open(path, "rb") as f:
        data = f.read(_OLE_READ)
    if b"\x00" in data:
        return False
    for enc in ("utf-8-sig", "gb18030"):
        try:
            data.decode(enc)
            return True
        except UnicodeDecodeError:
            pass
    return False


def _old_office(path: Path, suffix: str) -> Notice:
    with open(path, "rb") as f:
        data = f.read(_OLE_READ)
    if _WORD_STREAM not in data and suffix in (".wps", ".wpt"):
        return Notice(NOT_COPY_WPS, path=path)
    if _WORD_STREAM not in data and any(name in data for name in _OTHER_STREAMS):
        return Notice(NOT_COPY_OLD_OFFICE, path=path)
    return Notice(NOT_COPY_OLD_WORD, path=path)        # (copy handed in so is nearly always a .doc)


def _zip_kind(path: Path, suffix: str) -> tuple[str, Notice | None]:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        # a damaged package: the .docx reader names what is wrong with it
        return ("docx", None) if suffix == ".docx" else ("text", None)
    if "word/document.xml" in names:
        return "docx", (None if suffix == ".docx" else Notice(DOCX_BY_CONTENT, file=path.name))
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        raise InputError(Notice(NOT_COPY_ODT, path=path))
    if suffix == ".docx":
        return "docx", None              # a package without Word's main part: the reader says so
    raise InputError(Notice(NOT_COPY_ARCHIVE, path=path))
