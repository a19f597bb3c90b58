"""Bounded fuzz of copy intake: valid copy files mutated the ways files arrive damaged.

A fixed seed draws a few hundred cases: byte flips, truncation in mid-character, byte-order marks in
the wrong place, two encodings in one file, NULs, CR-only line ends, huge lines, nested Markdown,
and damaged Word files. Each must import, or stop with InputError: one line naming the file. An
import that succeeds must keep every character it read (up to intake's documented repairs)."""
import io
import random
import time
import zipfile

import pytest

from layout_app.cli import main
from layout_app.errors import InputError
from layout_app.intake.importer import import_copy
from tests.intake.chars import characters, difference, page_characters
from tests.intake.copy_samples import PAGE, STORY, TRADITIONAL_STORY

SEED = 20260309
CASES = 300
CASE_SECONDS = 5.0          # one import; the quadratic scans took minutes on the huge lines below
MARKUP = set("#*_>-+.)0123456789）")      # what Markdown reading may take away (markers, list numbers)

MARKDOWN = ("# 春风行动送岗位\n\n> 本报记者 李雪\n\n- **昨天上午**，*“春风行动”*专场招聘会举行。\n"
            "1. __一百二十家__企业带来**三千多个*岗位*。**\n\n## 民生实事 ##\n")


def seeds() -> list[tuple[str, bytes]]:
    return [("page.txt", PAGE.encode("utf-8")), ("page.txt", PAGE.encode("gb18030")),
            ("story.txt", STORY.encode("utf-8-sig")), ("story.txt", STORY.encode("gb18030")),
            ("story.txt", TRADITIONAL_STORY.encode("big5")), ("story.txt", STORY.encode("utf-16")),
            ("story.md", MARKDOWN.encode("utf-8"))]


def _flip(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _insert(rng, data, piece):
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece + data[at:]


MUTATIONS = {
    "flip bytes": _flip,
    "truncate": lambda rng, d: d[: rng.randrange(1, len(d))],
    "BOM inside": lambda rng, d: _insert(rng, d, rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])),
    "BOM before": lambda rng, d: rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + d,
    "mixed encodings": lambda rng, d: _insert(rng, d, rng.choice([*("民生实事暖人心，春風行動。\n".encode(e) for e in ("utf-8", "gb18030")),
                                                               "春風行動送崗位。\n".encode("big5")])),
    "NUL": lambda rng, d: _insert(rng, d, b"\x00" * rng.randint(1, 3)),
    "CR line ends": lambda rng, d: d.replace(b"\r\n", b"\n").replace(b"\n", b"\r"),
    "huge line": lambda rng, d: _insert(rng, d, rng.choice(["中文", "word ", "王晨 ", "a,b:c", "**", "*强"]).encode()
                                        * rng.randint(20_000, 60_000)),
    "nested markdown": lambda rng, d: _insert(rng, d, ("".join(rng.choice(["**", "*", "__", "_", "> ", "# ", "- ", "1. ", "春"])
                                                               for _ in range(rng.randint(10, 3000)))).encode()),
    "lines shuffled": lambda rng, d: b"\n".join(rng.sample(d.split(b"\n"), len(d.split(b"\n")))),
    "blank file": lambda rng, d: rng.choice([b"", b"\n\n\n", b"\xef\xbb\xbf", "　　\n".encode()]),
}


def read_as(data: bytes, encoding: str) -> str:
    """The text of the file in the encoding the importer says it used."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]                   # a UTF-8 byte-order mark, also before GB18030 text
    return data.decode("utf-16" if encoding == "utf-16" else encoding)


def check(path, data) -> str:
    """'' if the file imports keeping its characters or stops with a clear InputError; else what broke."""
    path.write_bytes(data)
    start = time.perf_counter()
    try:
        page, copy = import_copy(path)
    except InputError as exc:
        message = str(exc)
        if "\n" in message or path.name not in message:
            return f"unclear message: {message[:200]!r}"
        return "" if time.perf_counter() - start < CASE_SECONDS else f"{time.perf_counter() - start:.1f} s to refuse"
    except Exception as exc:             # noqa: BLE001 — any other exception is the finding
        return f"{type(exc).__name__}: {str(exc)[:200]}"
    if time.perf_counter() - start > CASE_SECONDS:
        return f"{time.perf_counter() - start:.1f} s"
    text = read_as(data, copy.encoding)
    if path.suffix == ".md":
        # Markdown markers and list numbers may go; nothing else may, and nothing may appear
        lost, gained = characters(text) - page_characters(page), page_characters(page) - characters(text)
        lost = {ch: n for ch, n in lost.items() if ch not in MARKUP}
        return f"lost {lost}, gained {dict(gained)}" if lost or gained else ""
    return difference(text, page)


def test_fuzz_copy_files(tmp_path):
    rng = random.Random(SEED)
    failures = []
    for case in range(CASES):
        name, data = rng.choice(seeds())
        mutation = rng.choice(list(MUTATIONS))
        mutated = MUTATIONS[mutation](rng, data)
        problem = check(tmp_path / f"case{case}_{name}", mutated)
        if problem:
            failures.append(f"case {case} ({mutation} of {name}, {len(mutated)} bytes): {problem}")
    assert not failures, f"{len(failures)} of {CASES} cases (seed {SEED}):\n" + "\n".join(failures[:20])


# ---- damaged Word files ----

W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture(scope="module")
def valid_docx(tmp_path_factory) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("春风行动送岗位").bold = True
    d.add_paragraph("本报记者 李雪")
    d.add_paragraph("昨天上午，“春风行动”专场招聘会在市人力资源市场举行，120家企业带来3000多个岗位。")
    path = tmp_path_factory.mktemp("docx") / "story.docx"
    d.save(path)
    return path.read_bytes()


def replace_part(docx_bytes: bytes, name: str, data: bytes | None) -> bytes:
    """The Word file with one part replaced (None: left out)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info.filename, src.read(info))
        if data is not None:
            dst.writestr(name, data)
    return out.getvalue()


DOC = "word/document.xml"
BROKEN_DOCX = {
    "not XML": lambda d: replace_part(d, DOC, b"<w:document"),
    "wrong root": lambda d: replace_part(d, DOC, b"<html><body>hello</body></html>"),
    "no body": lambda d: replace_part(d, DOC, b"<w:document " + W + b"/>"),
    "no document part": lambda d: replace_part(d, DOC, None),
    "no content types": lambda d: replace_part(d, "[Content_Types].xml", None),
    "no relationships": lambda d: replace_part(d, "_rels/.rels", None),
    "relationships not XML": lambda d: replace_part(d, "_rels/.rels", b"\x00\x01garbage"),
    "styles not XML": lambda d: replace_part(d, "word/styles.xml", b"<w:styles"),
    "entity bomb": lambda d: replace_part(d, DOC, b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                                          + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + k]), (b"&%s;" % bytes([97 + k])) * 10)
                                                     for k in range(8))
                                          + b']><w:document ' + W + b'><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>'),
    "control character in text": lambda d: replace_part(d, DOC, b"<w:document " + W + b"><w:body><w:p><w:r><w:t>\xc2\x8c</w:t></w:r></w:p></w:body></w:document>"),
    # libxml2's message for this one spans two lines
    "NUL in the XML": lambda d: replace_part(d, DOC, b'<?xml version="1.0"?>\n<w:document ' + W + b"><w:body><w:p><w:r><w:t>\x00</w:t></w:r></w:p></w:body></w:document>"),
    "deep nesting": lambda d: replace_part(d, DOC, b"<w:document " + W + b"><w:body>" + b"<w:sdt>" * 5000 + b"</w:sdt>" * 5000 + b"</w:body></w:document>"),
    "truncated zip": lambda d: d[: len(d) // 2],
    "truncated end": lambda d: d[:-30],
    "not a zip": lambda d: b"PK\x03\x04" + d[200:400],
    "empty": lambda d: b"",
}


@pytest.mark.parametrize("damage", list(BROKEN_DOCX))
def test_damaged_docx(tmp_path, valid_docx, damage):
    path = tmp_path / "story.docx"
    path.write_bytes(BROKEN_DOCX[damage](valid_docx))
    start = time.perf_counter()
    try:
        import_copy(path)
    except InputError as exc:
        assert "\n" not in str(exc) and "story.docx" in str(exc)
    assert time.perf_counter() - start < CASE_SECONDS


def test_docx_byte_flips(tmp_path, valid_docx):
    rng = random.Random(SEED)
    failures = []
    for case in range(60):
        path = tmp_path / f"flip{case}.docx"
        problem = ""
        path.write_bytes(_flip(rng, valid_docx))
        try:
            import_copy(path)
        except InputError as exc:
            if "\n" in str(exc) or path.name not in str(exc):
                problem = f"unclear message: {str(exc)[:200]!r}"
        except Exception as exc:         # noqa: BLE001 — any other exception is the finding
            problem = f"{type(exc).__name__}: {str(exc)[:200]}"
        if problem:
            failures.append(f"case {case}: {problem}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("data", [b"\x00\x00\x00", "春风\x00行动".encode("gb18030"), b"\xef\xbb\xbf" + "春风".encode("gb18030") + b"\xff"])
def test_the_command_says_one_line_and_exits_2(tmp_path, capsys, data):
    path = tmp_path / "bad copy.txt"
    path.write_bytes(data)
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad copy.txt" in err and "Traceback" not in err and "internal error" not in err
