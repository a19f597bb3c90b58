"""Read copy files: .txt in UTF-8 (BOM or not), GB18030/GBK or Big5, CRLF or LF; .docx; .md.

The result is lines of text plus hints (a bold .docx paragraph or a Markdown heading is a headline
hint) and notices for the editor (what was ignored, which encoding was decided)."""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from layout_app.errors import InputError

ENCODINGS = ("utf-8", "gb18030", "big5")
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "utf8": "utf-8", "big-5": "big5",
            "cp950": "big5", "utf-8-sig": "utf-8"}


@dataclass
class Copy:
    source: Path
    lines: list[str]
    encoding: str = ""
    headline_hints: set[int] = field(default_factory=set)     # line indexes that were bold / headings
    notices: list[str] = field(default_factory=list)


def read_copy(path: str | Path, encoding: str | None = None) -> Copy:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            return _read_docx(path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    text, used = decode(data, path, encoding)
    if suffix in (".md", ".markdown"):
        return _markdown(path, text, used)
    return Copy(path, text.split("\n"), used)


def decode(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Text and the encoding it was read in; CRLF and CR become LF."""
    if encoding:
        enc = _ALIASES.get(encoding.lower(), encoding.lower())
        try:
            text = data.decode("utf-8-sig" if enc == "utf-8" else enc)
        except LookupError:
            raise InputError(f"--encoding: unknown encoding {encoding!r}; use utf-8, gb18030 (GBK) or big5") from None
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(f"{path}:{line}: not valid {encoding} (byte {exc.start}); try another --encoding") from None
        return _newlines(text), enc
    if data.startswith(b"\xef\xbb\xbf"):
        return _newlines(data[3:].decode("utf-8", errors="strict")), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _newlines(data.decode("utf-16")), "utf-16"
    try:
        return _newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    if best is None:
        raise InputError(f"{path}: cannot decide the encoding (not UTF-8, GB18030/GBK or Big5); "
                         "if you know it, give --encoding")
    enc = "gb18030" if best.encoding.startswith("gb") else "big5"
    try:
        return _newlines(data.decode(enc)), enc
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: damaged text: byte {exc.start} is not valid {enc}") from None


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_docx(path: Path) -> Copy:
    import docx  # python-docx, only when a .docx comes in
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = docx.Document(str(path))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{path}: not a readable Word (.docx) file ({exc}); save it again as .docx") from None
    except (PackageNotFoundError, etree.XMLSyntaxError) as exc:
        raise InputError(f"{path}: not a readable Word (.docx) file ({type(exc).__name__}: {exc})") from None
    lines: list[str] = []
    hints: set[int] = set()
    for para in document.paragraphs:
        text = para.text
        runs = [r for r in para.runs if r.text.strip()]
        if runs and all(r.bold or (r.bold is None and para.style is not None and para.style.font.bold) for r in runs):
            hints.add(len(lines))
        elif para.style is not None and para.style.name.lower().startswith(("heading", "title")):
            hints.add(len(lines))
        lines.append(text)
    notices = []
    with zipfile.ZipFile(path) as z:
        if any(n.endswith("footnotes.xml") for n in z.namelist()):
            foot = z.read(next(n for n in z.namelist() if n.endswith("footnotes.xml"))).decode("utf-8", "replace")
            if len(re.findall(r"<w:footnote\b", foot)) > 2:          # two are Word's separators
                notices.append(f"{path.name}: footnotes were ignored (a newspaper story has none)")
    for table in document.tables:
        for row in table.rows:
            lines.append("　".join(cell.text for cell in row.cells))
    if document.tables:
        notices.append(f"{path.name}: {len(document.tables)} table(s) read as plain lines")
    return Copy(path, lines, "docx", hints, notices)


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def _markdown(path: Path, text: str, encoding: str) -> Copy:
    lines = []
    hints = set()
    for raw in text.split("\n"):
        line = raw
        if _MD_HEADING.match(line):
            line = _MD_HEADING.sub("", line).rstrip("# ").rstrip()
            hints.add(len(lines))
        elif re.fullmatch(r"\s*(\*\*|__).+\1\s*", line):
            hints.add(len(lines))
        line = _MD_LIST.sub("", line)
        line = re.sub(r"^\s*>\s?", "", line)
        line = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), line)
        lines.append(line)
    return Copy(path, lines, encoding, hints)
