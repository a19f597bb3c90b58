"""Bounded fuzzing of the document file (issue 9, item 8): a fixed seed, a few hundred mutations of the
sample document, each of which must load, or fail with a clear message naming the file — never a
traceback, a hang, or a PDF with `nan` in it.

A failing case prints its number and the mutated text, so it can be replayed with `mutants(SEED)`.
"""
from __future__ import annotations

import math
import random
import re
import signal
from contextlib import contextmanager

import pikepdf
import pytest

from layout_app.errors import DocumentError, InputError
from layout_app.io.docfile import dumps_document, load_document, loads_document
from layout_app.layout.compose import Composer
from tests.photos import write_jpeg
from tests.samples import DOC_YAML

SEED = 20261129
CASES = 300
EXPORTS = 6              # export is slow: a few accepted mutants only
CASE_SECONDS = 10

EXTREMES = [
    ".nan", ".NaN", ".inf", "-.inf", "1.0e+999", "-1", "0", "-0.0", "1.0e+308", "-1.0e+308", "1e308", "1.0e-300",
    "4.9", "0.0001", "99999999999999999999", "9" * 30, "9" * 4301, "0x7fffffff", "0o777", "1:30:00",
    "2026-13-01", "2026-11-28", "true", "no", "null", "~", "''", '""', "[]", "{}", "[1, 2]", "{a: 1}",
    "[[[[[[[[[[]]]]]]]]]]", "[" * 1000, "!!python/object/apply:os.getcwd []", "!!python/name:os.system",
    "!!binary aGk=", "!!set {a: null}", "!!float 1", "!!str 5", "!custom x", "&x 1", "*x", "&a [*a]",
    '"\\0"', '"a\\x8cb"', '"\\x1b[31m"', '"\\ud800"', '"\\t"', "'" + "长" * 600 + "'", "'" + "x" * 100_000 + "'",
    "小九", "初号", "100pt", "-5pt", "s1", "p1", "A1", "b1", "heading", "caption", "photo", "body",
]
# what has hurt YAML readers: drawn more often than the rest
HOSTILE = ["&a [*a]", "[" * 1000, "[" * 60 + "]" * 60, "{a: " * 60 + "1" + "}" * 60, "9" * 4301,
           "!!python/object/apply:os.getcwd []", "!!set {a: null}", "!!binary aGk=", '"\\0"', '"\\x8c"',
           "&b [&c [x, x], *c, *c]", ".nan", ".inf"]
# values at the schema's bounds, which a document may hold: they reach composition and export
EDGES = ["1", "2", "5", "20", "30", "50", "0.05", "0.95", "13.5", "200", "2000", "-2000", "八号", "初号"]

_NUMBER = re.compile(r"(?<=[:\[,] )-?\d+(?:\.\d+)?(?=[,\]}\n])")
_VALUE = re.compile(r"(?<=: )[^,{}\[\]\n]+|(?<=\[)[^,\[\]\n]+|(?<=, )[^,{}\[\]\n]+")


def _mutate(rng: random.Random, text: str) -> tuple[str, bytes]:
    """One random mutation of `text`: (what was done, the file's bytes)."""
    lines = text.splitlines(keepends=True)
    op = rng.choice(["flip", "truncate", "delete", "duplicate", "swap", "value", "value", "value", "insert",
                     "edge", "edge", "edge", "hostile"])
    if op == "flip":
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        return op, bytes(data)
    if op == "truncate":
        data = text.encode("utf-8")
        return op, data[: rng.randrange(len(data))]
    if op in ("delete", "duplicate"):
        k = rng.randrange(len(lines))
        lines[k:k + 1] = [] if op == "delete" else [lines[k], lines[k]]
        return f"{op} line {k + 1}", "".join(lines).encode("utf-8")
    if op == "swap":
        a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[a], lines[b] = lines[b], lines[a]
        return f"swap lines {a + 1}, {b + 1}", "".join(lines).encode("utf-8")
    if op == "insert":
        k = rng.randrange(len(lines))
        indent = re.match(r"\s*(- )?", lines[k]).group().replace("-", " ")
        key = rng.choice(["title", "trim", "size", "leading", "dx", "text_columns", "crop", "body", "zz", "<<"])
        new = f"{indent}{key}: {rng.choice(EXTREMES)}\n"
        lines.insert(k + 1, new)
        return f"insert after line {k + 1}: {new.strip()[:60]}", "".join(lines).encode("utf-8")
    if op == "edge":                     # numbers only, to values a document may hold: composition's edges
        out = text
        for _ in range(rng.randint(1, 3)):
            spot = rng.choice(list(_NUMBER.finditer(out)))
            value = rng.choice(EDGES[:-2] + [str(rng.randint(0, 60)), f"{rng.uniform(0, 60):.2f}"])
            out = out[: spot.start()] + value + out[spot.end():]
        return "edge numbers", out.encode("utf-8")
    spots = list(_VALUE.finditer(text))
    spot = rng.choice(spots)
    if op == "hostile":
        value = rng.choice(HOSTILE)
        return f"hostile {spot.group().strip()[:20]!r} → {value[:30]!r}", (text[: spot.start()] + value + text[spot.end():]).encode()
    value = rng.choice(EXTREMES if rng.random() < 0.6 else EDGES + [str(rng.randint(0, 60)), f"{rng.uniform(0, 60):.2f}"])
    if rng.random() < 0.3:               # sometimes two values at once
        out = text[: spot.start()] + value + text[spot.end():]
        spot2 = rng.choice(list(_VALUE.finditer(out)))
        value2 = rng.choice(EXTREMES)
        return (f"values {spot.group().strip()[:20]!r} → {value[:30]!r}, {spot2.group().strip()[:20]!r} → {value2[:30]!r}",
                (out[: spot2.start()] + value2 + out[spot2.end():]).encode("utf-8"))
    return (f"value {spot.group().strip()[:20]!r} at {spot.start()} → {value[:30]!r}",
            (text[: spot.start()] + value + text[spot.end():]).encode("utf-8"))


def mutants(seed: int = SEED, n: int = CASES):
    rng = random.Random(seed)
    for k in range(n):
        yield (k, *_mutate(rng, DOC_YAML))


class CaseTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: int):
    def fire(signum, frame):
        raise CaseTimeout(f"over {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _check_message(exc: InputError, path) -> str | None:
    """What is wrong with the message of a refused document, or None."""
    text = str(exc)
    if not text.strip():
        return "empty message"
    if "Traceback" in text or "internal error" in text:
        return "traceback in the message"
    if isinstance(exc, DocumentError):
        if not exc.problems or not all(str(p).startswith(f"{path}") for p in exc.problems):
            return "a problem does not name the file"
        if any("\n" in str(p) for p in exc.problems):
            return "a problem takes more than one line"
    elif str(path) not in text:
        return "the message does not name the file"
    if max(len(line) for line in text.splitlines()) > 500:
        return "a line of the message is over 500 characters"
    return None


_NUMBER_WORD = re.compile(rb"(?i)(?<![A-Za-z/])(nan|inf|infinity)(?![A-Za-z])")


def _content_streams(pdf: pikepdf.Pdf):
    """Every page's content and every form XObject's, decoded."""
    for page in pdf.pages:
        contents = page.obj.get("/Contents")
        for stream in (contents if isinstance(contents, pikepdf.Array) else [contents]):
            if stream is not None:
                yield stream.read_bytes()
        for _, xobj in (page.obj.Resources.get("/XObject") or {}).items():
            if xobj.get("/Subtype") == pikepdf.Name.Form:
                yield xobj.read_bytes()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz_documents")
    (root / "photos").mkdir()
    write_jpeg(root / "photos" / "reading.jpg", 800, 600)
    return root


def test_fuzzed_documents_load_or_fail_clearly(folder):
    from layout_app.render.pdf.export import ExportOptions, export_pdf

    failures = []
    accepted = exported = 0
    path = folder / "page.yaml"
    for k, what, data in mutants():
        path.write_bytes(data)
        stage = "load"
        try:
            with time_limit(CASE_SECONDS):
                try:
                    doc = load_document(path)
                except InputError as exc:
                    problem = _check_message(exc, path)
                    if problem:
                        failures.append((k, what, f"{problem}: {str(exc)[:300]}"))
                    continue
                accepted += 1
                stage = "save and load again"
                again = loads_document(dumps_document(doc), str(path))
                if again != doc:
                    failures.append((k, what, "saving and loading again changes the document"))
                stage = "compose"
                try:
                    Composer(doc, folder).compose(doc.pages[0])
                except InputError:
                    pass
                if accepted % 7 == 1 and exported < EXPORTS:
                    stage = "export"
                    exported += 1
                    out = folder / "out.pdf"
                    try:
                        export_pdf(doc, folder, out, ExportOptions(force=True))
                    except InputError:
                        continue
                    with pikepdf.open(out) as pdf:
                        if len(pdf.pages) != len(doc.pages):
                            failures.append((k, what, f"{len(pdf.pages)} pages in the PDF, {len(doc.pages)} in the document"))
                        for page in pdf.pages:
                            for box in ("/MediaBox", "/BleedBox", "/TrimBox"):
                                if box in page.obj and not all(math.isfinite(float(v)) for v in page.obj[box]):
                                    failures.append((k, what, f"{box} {page.obj[box]} is not finite"))
                        for content in _content_streams(pdf):
                            bad = _NUMBER_WORD.search(content)
                            if bad:
                                failures.append((k, what, f"{bad.group().decode()} in a PDF content stream"))
                                break
        except CaseTimeout as exc:
            failures.append((k, what, f"{stage}: {exc}"))
        except Exception as exc:          # noqa: BLE001 - the point of a fuzz test: any escape is a finding
            failures.append((k, what, f"{stage}: {type(exc).__name__}: {str(exc)[:200]}"))
    report = "\n".join(f"case {k} ({what}): {why}" for k, what, why in failures)
    assert not failures, f"{len(failures)} of {CASES} mutants went wrong:\n{report}"
    print(f"{CASES} mutants: {accepted} loaded and composed, {exported} exported")
    assert accepted >= CASES // 10 and exported > 0, (accepted, exported)     # the fuzz reached compose and export


def test_mutants_are_the_same_every_run():
    first = [data for _, _, data in mutants(SEED, 20)]
    assert first == [data for _, _, data in mutants(SEED, 20)]
    assert len(set(first)) > 15
