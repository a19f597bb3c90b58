"""Read copy files: .txt in UTF-8 (BOM or not), GB18030/GBK or Big5, CRLF or LF; .docx; .md; a page's .pdf.

The result is lines of text plus hints (a bold .docx paragraph or a Markdown heading is a headline
hint) and notices for the editor (what was ignored, which encoding was decided)."""
from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from layout_app.errors import InputError
from layout_app.intake.filekinds import sniff
from layout_app.intake.wordxml import CELL_APART, W as _W, copy_blocks, holds_copy, own_text, table_rows
from layout_app.intake.notices import (
    A_FOLDER,
    BOM_BUT,
    CANNOT_READ,
    CONTROL,
    EMPTY_COPY,
    COULD_BE,
    DAMAGED_TEXT,
    DAMAGED_UTF16,
    DOCX_PARAGRAPHS,
    DOCX_PART_TOO_LARGE,
    DOCX_RUNS,
    DOCX_TOO_LARGE,
    DOCX_TOO_LARGE_UNPACKED,
    MIXED,
    FOOTNOTES,
    NO_SUCH_FILE,
    NOT_DOCX,
    NOT_DOCX_BODY,
    NOT_REGULAR,
    PARAGRAPH_AT,
    TABLE_BOX,
    TEXT_TOO_LARGE,
    Notice,
)

ENCODINGS = ("utf-8", "gb18030", "big5")
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "utf8": "utf-8", "big-5": "big5",
            "cp950": "big5", "utf-8-sig": "utf-8"}


TEXT_MAX = 10_000_000      # bytes of a text copy file: a page is some 20 kB, a whole edition under 1 MB


@dataclass
class Copy:
    source: Path
    lines: list[str]
    encoding: str = ""
    headline_hints: set[int] = field(default_factory=set)     # line indexes that were bold / headings
    notices: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)            # a PDF's lines outside the trim (printer's marks)
    # a PDF's lines as pdfium reads them: (characters, each one's type size, the page's body size) (intake.typesizes)
    type_sizes: list[tuple[str, list[float], float]] = field(default_factory=list)
    # lines that are a table's rows (.docx): paragraphs of the story they stand in, never a heading
    body_lines: set[int] = field(default_factory=set)
    # … and each such table's rows' lines, the table whole (intake/tables)
    tables: list[list[int]] = field(default_factory=list)
    # lines marked as headings under a story's heading, after its text (Markdown's ### under ##): its 小标题
    subhead_lines: set[int] = field(default_factory=set)

    def drop_lines(self, taken: set[int]) -> None:
        """The lines `taken` out of the copy (a part read apart from its stories: the 导读 box), the line
        indexes its other fields keep moved up with the lines under them — no blank lines left where
        they stood (a wide gap there read as stories set apart by wide gaps, and joined lines it should not)."""
        keep = [k for k in range(len(self.lines)) if k not in taken]
        new = {old: k for k, old in enumerate(keep)}
        self.lines = [self.lines[k] for k in keep]
        if self.type_sizes and len(self.type_sizes) == len(new) + len(taken):
            self.type_sizes = [self.type_sizes[k] for k in keep]
        self.headline_hints = {new[k] for k in self.headline_hints if k in new}
        self.body_lines = {new[k] for k in self.body_lines if k in new}
        self.subhead_lines = {new[k] for k in self.subhead_lines if k in new}
        self.tables = [[new[k] for k in rows if k in new] for rows in self.tables]


def read_copy(path: str | Path, encoding: str | None = None) -> Copy:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if path.is_dir():
            raise IsADirectoryError
        if path.exists() and not path.is_file():
            # a named pipe waits for a writer forever, a device such as /dev/zero never ends
            raise InputError(Notice(NOT_REGULAR, path=path))
        kind, by_content = sniff(path)          # (a .doc named .txt is named, not read as damaged text)
        if kind == "docx":
            copy = _read_docx(path)
        elif kind == "pdf":
            from layout_app.intake.pdfcopy import (
                read_pdf_lines,  # pdfium only when a PDF comes in
            )
            lines, marks, sized = read_pdf_lines(path)
            copy = Copy(path, lines, "pdf", furniture=marks, type_sizes=sized)
        else:
            with open(path, "rb") as f:            # at most the limit (a file can grow while read)
                data = f.read(TEXT_MAX + 1)
            if len(data) > TEXT_MAX:
                raise InputError(Notice(TEXT_TOO_LARGE, path=path, mb=TEXT_MAX // 1_000_000))
    except FileNotFoundError:
        raise InputError(Notice(NO_SUCH_FILE, path=path)) from None
    except IsADirectoryError:
        raise InputError(Notice(A_FOLDER, path=path)) from None
    except OSError as exc:
        raise InputError(Notice(CANNOT_READ, path=path, reason=exc.strerror)) from None
    if kind == "text":
        notices: list[str] = []
        text, used = decode(data, path, encoding, notices)
        copy = _markdown(path, text, used) if suffix in (".md", ".markdown") else Copy(path, text.splitlines(), used)
        copy.notices[:0] = notices
    if by_content is not None:
        copy.notices.insert(0, by_content)
    _refuse_control_characters(copy)
    if not any(line.strip() for line in copy.lines):
        raise InputError(Notice(EMPTY_COPY, path=path))
    return copy


def decode(data: bytes, path: Path, encoding: str | None = None, notices: list[str] | None = None) -> tuple[str, str]:
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
        try:
            return _newlines(data[3:].decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            # some editors put a UTF-8 byte-order mark before whatever they save: read what follows it
            text, enc = _guess(data[3:], path, notices, offset=3)
            if notices is not None:
                notices.append(Notice(BOM_BUT, file=path.name, enc=enc))
            return text, enc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _newlines(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            line = data[: exc.start].decode("utf-16", "replace").count("\n") + 1
            raise InputError(Notice(DAMAGED_UTF16, path=path, line=line, byte=exc.start)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(data, path, notices)
    if _no_chinese(text) and notices is not None:
        # a few GB18030 or Big5 pairs are also valid UTF-8 (为 in GB18030 reads as Ϊ): copy without
        # one Chinese character that reads as Chinese another way is said, not silently taken either way
        # (each way it reads: 3,000 and C6A4 is 3,000Ƥ in UTF-8, 3,000皮 in GB18030, 3,000々 in Big5)
        for enc in ("gb18030", "big5"):
            try:
                other = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _no_chinese(other):
                notices.append(Notice(COULD_BE, file=path.name, enc="utf-8", other=enc))
    return _newlines(text), "utf-8"


def _no_chinese(text: str) -> bool:
    """Letters beyond ASCII and not one Chinese character or full-width mark among them."""
    wide = [ch for ch in text[:50_000] if ord(ch) > 0x7F]
    return bool(wide) and not any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or ch in _COMMON_MARKS
                                  for ch in wide)


def _guess(data: bytes, path: Path, notices: list[str] | None, offset: int = 0) -> tuple[str, str]:
    """GB18030 (GBK) or Big5, whichever the bytes are. Most byte pairs are valid in both, so when both
    read, the one whose characters are the frequent ones of its own standard wins: GB2312 level 1
    or Big5's frequently used characters. Read the other way, real copy turns into rare characters
    ("民生" in GB18030 read as Big5 is "鏍汜") or kana (Big5 "民生" read as GB18030 is "チネ"), which
    count against a reading. A tie is GB18030; a close call is a notice."""
    _refuse_mixed(data, path)
    readings = {}
    for enc in ("gb18030", "big5"):
        try:
            readings[enc] = data.decode(enc)
        except UnicodeDecodeError as exc:
            readings[enc] = exc
    good = [enc for enc, text in readings.items() if isinstance(text, str)]
    if not good:
        # name the place where the reading that got furthest stops: in a UTF-8 file with one bad
        # byte, that is the bad byte, not where GB18030 gave up near the start
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            readings["utf-8"] = exc
        enc, exc = max(readings.items(), key=lambda item: item[1].start)
        line = data[: exc.start].count(b"\n") + 1
        name = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5"}[enc]
        raise InputError(Notice(DAMAGED_TEXT, path=path, line=line, byte=exc.start + offset, name=name))
    shares = {e: _frequent_share(readings[e], e) for e in good}
    enc = max(good, key=shares.get)
    other = "big5" if enc == "gb18030" else "gb18030"
    if other in shares and (shares[other] > shares[enc] - 0.25 or _wide_count(readings[enc]) < 10) and notices is not None:
        # a few characters can read as either: say so, so that a wrong guess is seen, not printed
        notices.append(Notice(COULD_BE, file=path.name, enc=enc, other=other))
    return _newlines(readings[enc]), enc


def _refuse_mixed(data: bytes, path: Path) -> None:
    """A file put together from two (a UTF-8 heading over text pasted in from a GBK file) reads
    wholly as GB18030, its UTF-8 lines turned to rare characters (标题 → 鏍囬), taken as copy: said, with
    the first line of each encoding. A UTF-8 line is Chinese that reads better as UTF-8 than as
    GB18030; a line of the other encoding is not UTF-8 at all (a UTF-8 line with a damaged byte or
    two is neither: the damage is said where it is)."""
    first: dict[str, int] = {}
    others: list[bytes] = []
    for number, raw in enumerate(re.split(rb"\r\n|\r|\n", data), 1):       # (lines as _newlines makes them)
        if raw.isascii():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            loose = raw.decode("utf-8", "replace")
            lost = loose.count("\ufffd")
            if lost * 2 > sum(ord(ch) > 0x7F for ch in loose) - lost and _reads_in_a_chinese_encoding(raw):
                first.setdefault("other", number)
                others.append(raw)
            continue
        if "utf-8" not in first and _chinese_in_utf8(raw, text):
            first["utf-8"] = number
    if len(first) < 2:
        return
    wide = b"\n".join(others)
    other = "big5" if _frequent_share(_lenient(wide, "big5"), "big5") > _frequent_share(_lenient(wide, "gb18030"), "gb18030") \
        else "gb18030"
    names = {"utf-8": "UTF-8", "gb18030": "GBK/GB18030", "big5": "Big5"}
    (early, line1), (late, line2) = sorted((("utf-8" if k == "utf-8" else other, n) for k, n in first.items()),
                                           key=lambda item: item[1])
    raise InputError(Notice(MIXED, path=path, line=line2, enc=names[late], first=line1, other=names[early]))


def _reads_in_a_chinese_encoding(raw: bytes) -> bool:
    for enc in ("gb18030", "big5"):
        try:
            raw.decode(enc)
            return True
        except UnicodeDecodeError:
            pass
    return False


def _chinese_in_utf8(raw: bytes, text: str) -> bool:
    """UTF-8 Chinese, not GB18030 bytes that happen to be valid UTF-8 (为 is Ϊ): its characters
    are Chinese and more of them frequent than the GB18030 reading has."""
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    return han >= 2 and _frequent_share(text, "gb18030") > _frequent_share(_lenient(raw, "gb18030"), "gb18030")


def _lenient(raw: bytes, enc: str) -> str:
    return raw.decode(enc, "replace").replace("\ufffd", "")


# (first bytes, second bytes) of the frequent characters: GB2312 level 1, Big5 常用字
_FREQUENT = {"gb18030": (range(0xB0, 0xD8), range(0xA1, 0xFF)), "big5": (range(0xA4, 0xC7), range(0x40, 0xFF))}
_COMMON_MARKS = set("，。、：；！？“”‘’（）《》「」『』…—·　")
# copy's rules (box drawing, '─────') and bullets: a GB18030 rule read as Big5 is '岸岸岸岸岸'
_RULES_AND_BULLETS = set("■□●○◆◇★☆※→←↑↓°")


def _frequent_share(text: str, enc: str) -> float:
    wide = [ch for ch in text[:50_000] if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    frequent = 0
    for ch in wide:
        if ch in _COMMON_MARKS or ch in _RULES_AND_BULLETS or "\u2500" <= ch <= "\u257f":
            frequent += 1
        elif "\u3041" <= ch <= "\u30ff":
            # kana: Chinese copy has none, but Big5's most frequent characters (rows A4–A5: 民 A5C1,
            # 生 A5CD) are GB18030's kana rows — a reading full of them is the wrong one
            frequent -= 1
        else:
            code = ch.encode(enc)
            first, second = _FREQUENT[enc]
            frequent += len(code) == 2 and code[0] in first and code[1] in second
    return frequent / len(wide)


def _wide_count(text: str) -> int:
    return sum(1 for ch in text[:1000] if ord(ch) > 0x7F)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# C0 and C1 control characters that are not white space: in copy they mean a binary file, a
# UTF-16 file without its byte-order mark, or text decoded in the wrong encoding
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def _refuse_control_characters(copy: Copy) -> None:
    for number, line in enumerate(copy.lines, 1):
        m = _CONTROL.search(line)
        if m:
            where = Notice(PARAGRAPH_AT, path=copy.source, n=number) if copy.encoding == "docx" else f"{copy.source}:{number}"
            raise InputError(Notice(CONTROL, where=where, code=ord(m.group()), col=m.start() + 1))


# one page of copy is a few hundred kilobytes of Word XML; far past these limits a file is not copy
# (a 1.5 GB document.xml took 3 GB and minutes), so it is refused before it is parsed
DOCX_FILE_MAX = 200_000_000          # bytes on disk (photos pasted into the file included)
DOCX_XML_MAX = 50_000_000            # bytes of any one XML part, uncompressed
DOCX_TOTAL_MAX = 400_000_000         # bytes of all parts, uncompressed (python-docx loads them all)
# python-docx reads ~10,000 paragraphs or runs a second; a page has a few hundred paragraphs and a
# few thousand runs (Word splits runs at every edit)
DOCX_PARAGRAPHS_MAX = 20_000
DOCX_RUNS_MAX = 50_000
_ELEMENT_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([pr])[\s/>]")
_DOCX_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, NotImplementedError, RuntimeError)


def _reason(exc: Exception) -> str:
    """The library's reason, on one line (libxml2's messages hold line breaks) and short."""
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text if len(text) <= 160 else text[:159] + "…"


def _check_docx_size(path: Path) -> None:
    if path.stat().st_size > DOCX_FILE_MAX:
        raise InputError(Notice(DOCX_TOO_LARGE, path=path, mb=path.stat().st_size // 1_000_000))
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if sum(i.file_size for i in infos) > DOCX_TOTAL_MAX:
                raise InputError(Notice(DOCX_TOO_LARGE_UNPACKED, path=path, mb=sum(i.file_size for i in infos) // 1_000_000))
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels")) and info.file_size > DOCX_XML_MAX:
                    raise InputError(Notice(DOCX_PART_TOO_LARGE, path=path, part=info.filename, mb=info.file_size // 1_000_000))
            main = next((i for i in infos if i.filename == "word/document.xml"), None)
            if main is not None:
                paragraphs, runs = _count_elements(z, main)
                if paragraphs > DOCX_PARAGRAPHS_MAX:
                    raise InputError(Notice(DOCX_PARAGRAPHS, path=path, n=DOCX_PARAGRAPHS_MAX))
                if runs > DOCX_RUNS_MAX:
                    raise InputError(Notice(DOCX_RUNS, path=path, n=DOCX_RUNS_MAX))
    except _DOCX_DAMAGE as exc:
        raise InputError(Notice(NOT_DOCX, path=path, reason=_reason(exc))) from None


def _count_elements(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Paragraph and run tags in a part, read in pieces (never the whole part in memory)."""
    counts = {b"p": 0, b"r": 0}
    tail = b""
    with z.open(info) as part:
        while chunk := part.read(1 << 20):
            data = tail + chunk
            # a tag cut at the end of the piece is counted with the next piece
            cut = max(0, len(data) - 16)
            for m in _ELEMENT_TAG.finditer(data, 0, cut):
                counts[m.group(1)] += 1
            tail = data[cut:]
            if counts[b"p"] > DOCX_PARAGRAPHS_MAX or counts[b"r"] > DOCX_RUNS_MAX:
                return counts[b"p"], counts[b"r"]
    for m in _ELEMENT_TAG.finditer(tail):
        counts[m.group(1)] += 1
    return counts[b"p"], counts[b"r"]


def _read_docx(path: Path) -> Copy:
    import docx  # python-docx, only when a .docx comes in
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from lxml import etree

    _check_docx_size(path)
    try:
        document = docx.Document(str(path))
    except FileNotFoundError:
        raise InputError(Notice(NO_SUCH_FILE, path=path)) from None
    except _DOCX_DAMAGE as exc:
        raise InputError(Notice(NOT_DOCX, path=path, reason=_reason(exc))) from None
    except (PackageNotFoundError, etree.XMLSyntaxError) as exc:
        raise InputError(Notice(NOT_DOCX, path=path, reason=_reason(exc))) from None
    root = document.element
    if root.tag != qn("w:document") or root.find(qn("w:body")) is None:
        raise InputError(Notice(NOT_DOCX_BODY, path=path))
    copy = Copy(path, [], "docx")
    _take_blocks(copy, root.find(qn("w:body")), _StyleHints(document), [0])
    notices = copy.notices
    try:
        with zipfile.ZipFile(path) as z:
            foot_name = next((n for n in z.namelist() if n.endswith("footnotes.xml")), None)
            if foot_name is not None:
                foot = z.read(foot_name).decode("utf-8", "replace")
                if len(re.findall(r"<w:footnote\b", foot)) > 2:          # two are Word's separators
                    notices.append(Notice(FOOTNOTES, file=path.name))
    except _DOCX_DAMAGE as exc:
        raise InputError(Notice(NOT_DOCX, path=path, reason=_reason(exc))) from None
    return copy


STANZA_LINE = 24       # characters: a line of a block typed line by line with Shift+Enter (a poem's)


def _take_blocks(copy: Copy, element, heading_style: _StyleHints, tables: list[int]) -> None:
    """The paragraphs of a Word body as lines (a bold one a headline hint); a table's rows as
    paragraphs of the story they stand in, never a heading; a table that lays copy out (a box drawn
    round a story, two stories side by side) as the copy it holds. `tables`: how many were read, to name each by its number."""
    stanza = False
    for p, table in copy_blocks(element):
        if table is None:
            text = "".join(own_text(p))
            hinted = heading_style.hints(p)
            lines = text.splitlines() or [""]
            # a paragraph with line breaks (Shift+Enter) gives one line per break; short lines so typed
            # are a block — a poem's stanza, Word's paragraph its end — set apart by a blank line before
            # and after it, as plain text sets it
            block = len(lines) >= 2 and all(0 < len(line.strip()) <= STANZA_LINE for line in lines)
            if (stanza and text.strip() or block) and copy.lines and copy.lines[-1].strip():
                copy.lines.append("")
            stanza = block
            for line in lines:
                if hinted:
                    copy.headline_hints.add(len(copy.lines))
                copy.lines.append(line)
            continue
        stanza = False
        tables[0] += 1
        rows = table_rows(table)
        if not rows:
            continue
        first = rows[0].split(CELL_APART)[0][:20]
        if holds_copy(table):
            copy.notices.append(Notice(TABLE_BOX, file=copy.source.name, n=tables[0], cell=first))
            _take_blocks(copy, table, heading_style, tables)
            continue
        # (said as a table once the copy is read: intake/tables)
        copy.tables.append(list(range(len(copy.lines), len(copy.lines) + len(rows))))
        for row in rows:
            copy.body_lines.add(len(copy.lines))
            copy.lines.append(row)


class _StyleHints:
    """Whether a paragraph is marked as a heading: a heading or title style, or every run with text
    bold (by itself or by the paragraph's style)."""

    def __init__(self, document):
        from docx.enum.style import WD_STYLE_TYPE

        self._part = document.part
        self._type = WD_STYLE_TYPE.PARAGRAPH
        self._styles: dict[str | None, tuple[bool, bool]] = {}

    def hints(self, p) -> bool:
        style_bold, heading = self._style(p)
        if heading:
            return True
        runs = [r for r in p.iter(_W + "r") if "".join(t.text or "" for t in r.iter(_W + "t")).strip()]
        return bool(runs) and all(self._bold(r, style_bold) for r in runs)

    def _style(self, p) -> tuple[bool, bool]:
        # looked up once per style: python-docx scans every style at each look-up (2 ms)
        node = p.find(f"{_W}pPr/{_W}pStyle")
        key = None if node is None else node.get(_W + "val")
        if key not in self._styles:
            style = self._part.get_style(key, self._type)
            self._styles[key] = (bool(style is not None and style.font.bold),
                                 style is not None and (style.name or "").lower().startswith(("heading", "title")))
        return self._styles[key]

    @staticmethod
    def _bold(r, style_bold: bool) -> bool:
        b = r.find(f"{_W}rPr/{_W}b")
        if b is None:
            return style_bold
        return b.get(_W + "val", "true").lower() not in ("0", "false", "off")


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# emphasis: the text inside may not hold the marker itself, so a marker that is never closed costs
# one look ahead to the next marker, not to the end of the line (".+?" was quadratic: 30 KB, 7 s)
_MD_EMPHASIS = re.compile(r"\*\*([^*]+)\*\*|(?<!\w)__([^_]+)__(?!\w)|(?<![A-Za-z0-9*])\*(?!\s)([^*]*[^*\s])\*")
_MD_EMPHASIS_DEPTH = 3                  # "**bold *italic* bold**" needs two passes
# (Chinese has no spaces between words: only a Latin letter or digit before * keeps it, as in 2*3*4)
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def _markdown(path: Path, text: str, encoding: str) -> Copy:
    lines = []
    hints = set()
    levels: dict[int, int] = {}
    for raw in text.splitlines():
        line = raw
        if m := _MD_HEADING.match(line):
            # a closing run of # goes only after a space: "# 学习C#" keeps its #
            line = re.sub(r"(^|\s+)#+\s*$", "", _MD_HEADING.sub("", line)).rstrip()
            hints.add(len(lines))
            levels[len(lines)] = m.group().count("#")
        elif re.fullmatch(r"\s*(\*\*|__).+\1\s*", line):
            hints.add(len(lines))
        line = _MD_LIST.sub("", line)
        line = re.sub(r"^\s*>\s?", "", line)
        for _ in range(_MD_EMPHASIS_DEPTH):
            line, changed = _MD_EMPHASIS.subn(lambda m: m.group(1) or m.group(2) or m.group(3), line)
            if not changed:
                break
        lines.append(line)
    subheads = _md_subheads(lines, hints, levels)
    return Copy(path, lines, encoding, hints - subheads, subhead_lines=subheads)


def _md_subheads(lines: list[str], hints: set[int], levels: dict[int, int]) -> set[int]:
    """Headings a level under the story's own (### under ##) with the story's text over them and under
    them: its 小标题, not stories of their own."""
    out: set[int] = set()
    story_level = None          # the level of the heading the story under it opened on
    text_since = False          # running text since that heading
    for i, line in enumerate(lines):
        if i in levels:
            level = levels[i]
            below = next((l for l in lines[i + 1:] if l.strip()), "")
            if (story_level is not None and level > story_level and text_since
                    and next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None) not in hints | set(levels)
                    and below):
                out.add(i)
                continue
            story_level, text_since = level, False
        elif i in hints:
            continue            # a bold line: a heading's, not text
        elif line.strip():
            text_since = True
    return out
