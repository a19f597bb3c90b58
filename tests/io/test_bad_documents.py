"""Documents found by fuzzing (issue 9): each ends in a clear error naming file, line and field.

Expected lines are found by searching the mutated text for the hand-placed marker, and the expected
field paths and message words are typed in here — not read from the schema's tables.
"""
import math
import re
import signal
import time

import pytest

from layout_app.errors import DocumentError, InputError
from layout_app.io.docfile import load_document, loads_document
from tests.samples import DOC_YAML

NAME = "page.yaml"


def _sub(old, new, text=DOC_YAML):
    assert text.count(old) == 1, old
    return text.replace(old, new)


def _line_of(text, needle):
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _changed(text):
    """The first line of `text` that the sample does not have (where a mutation went)."""
    sample = DOC_YAML.splitlines()
    return next(line for n, line in enumerate(text.splitlines()) if n >= len(sample) or line != sample[n])


def refused(text, needle=None, field=None, words=(), seconds=10.0):
    """Load `text`; it must fail fast with one problem naming file, the line holding `needle`, and `field`."""
    t0 = time.perf_counter()
    with pytest.raises(DocumentError) as info:
        loads_document(text, NAME)
    assert time.perf_counter() - t0 < seconds
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message, message
    assert len(message) < 400, message
    if needle is not None:
        place = f"{NAME}:{_line_of(text, needle)}: "
        assert message.startswith(place), (place, message)
        if field is not None:
            assert message.startswith(f"{place}{field}: "), (field, message)
    else:
        assert re.match(rf"{NAME}:\d+: {re.escape(field or '')}", message), message
    for w in words:
        assert w in message, (w, message)
    return message


# --- what the YAML reader refuses ---------------------------------------------------------------
def test_nul_in_a_quoted_string():
    refused(_sub("title: 测试版", 'title: "测试\\0版"'), "title:", "title", ["U+0000"])


def test_c1_control_character_escaped_and_raw():
    refused(_sub("headline: 青石镇：图书角里书香浓", 'headline: "青石\\x8c镇：图书角里书香浓"'),
            "青石", "stories[0].headline", ["U+008C"])
    refused(_sub("headline: 青石镇", "headline: 青石\u008c镇"), "青石", None, ["U+008C"])


@pytest.mark.parametrize("char", ["\\x07", "\\x1b", "\\x7f", "\\x85", "\\x9f", "\\ud800", "\\uffff"])
def test_other_control_characters(char):
    refused(_sub("byline: 本报记者 王晨", f'byline: "本报{char}记者"'), "byline:", "stories[0].byline", ["U+"])


def test_tab_and_newline_in_text_are_still_text():
    doc = loads_document(_sub("byline: 本报记者 王晨", 'byline: "本报\\t记者"'))
    assert doc.story("s1").byline == "本报\t记者"


def test_self_referencing_alias():
    refused(_sub("title: 测试版", "title: &a [*a]"), "title:", None, ["anchor", "&a"])


def test_plain_alias_is_refused_too():
    text = _sub("  byline: 本报记者 王晨", "  byline: &who 本报记者 王晨").replace(
        "  credit: 本报记者 王晨 摄", "  credit: *who")
    refused(text, "&who", None, ["anchor"])


def test_alias_bomb_is_refused_at_once():
    bomb = "\n".join(
        ["a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
        + [f"{c}: &{c} [{','.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")])
    assert 300 < len(bomb) < 400
    refused(bomb, "a: &a", None, ["anchor"], seconds=1.0)


def test_thousand_nested_brackets():
    refused(_sub("title: 测试版", "title: " + "[" * 1000), "title:", None, ["nested"], seconds=2.0)


def test_unquoted_impossible_date():
    refused(_sub("date: 2026-11-28", "date: 2026-13-01"), "date:", "date", ["YYYY-MM-DD", "2026-13-01"])


@pytest.mark.parametrize("value", ["2026-02-30", "'28/11/2026'", "2026-1-5", "20261128", "[2026]", "true"])
def test_dates_must_be_iso(value):
    refused(_sub("date: 2026-11-28", f"date: {value}"), "date:", "date")


def test_a_valid_date_stays_text():
    doc = loads_document(DOC_YAML)
    assert doc.date == "2026-11-28" and type(doc.date) is str


def test_4301_digit_integer():
    refused(_sub("columns: 8", "columns: " + "9" * 4301), "columns:", "grid.columns", ["4301 digits"])


@pytest.mark.parametrize("text", ["!!python/object/apply:os.getcwd []", "!!binary aGk=", "!!set {a: null}",
                                  "!!timestamp 2026-11-28", "!custom x", "!!omap [{a: 1}]"])
def test_unknown_tags_are_a_clear_error(text):
    refused(_sub("title: 测试版", f"title: {text}"), "title:", "title", ["YAML tag", "not allowed"])


def test_merge_key_is_refused():
    refused(_sub("  bleed: 3", "  bleed: 3\n  <<: {columns: 8}"), "<<:", None, ["!!merge"])


def test_duplicate_keys_name_both_lines():
    text = _sub("  byline: 本报记者 王晨", "  byline: 本报记者 王晨\n  body: [别的正文]")
    first, second = text.splitlines().index("  body:") + 1, _line_of(text, "body: [别的正文]")
    refused(text, "body: [别的正文]", "stories[0].body", [f"lines {first} and {second}"])


def test_duplicate_key_in_a_flow_mapping():
    text = _sub("{id: b1, col: 0,", "{id: b1, col: 0, col: 5,")
    refused(text, "col: 5", "pages[0].frames[1].col", ["written twice"])


# --- what the schema refuses ----------------------------------------------------------------------
NON_FINITE = [   # (old, new, field) — every number a document holds
    ("gutter: 1", "gutter: @", "grid.gutter"),
    ("trim: [390, 540]", "trim: [390, @]", "grid.trim[1]"),
    ("bleed: 3", "bleed: @", "grid.bleed"),
    ("leading: 13.5", "leading: @", "grid.leading"),
    ("body_size: 小五", "body_size: @", "grid.body_size"),
    ("top: 20,", "top: @,", "grid.margins.top"),
    ("size: 8, leading: 11, indent", "size: 8, leading: @, indent", "styles.caption.leading"),
    ("size: 小初,", "size: @,", "styles.headline.size"),
    ("min_size: 小二", "min_size: @", "styles.headline.min_size"),
    ("song, size: 小五, indent: 2}", "song, size: 小五, indent: @}", "styles.body.indent"),
    ("body: {font: song,", "body: {tracking: @, font: song,", "styles.body.tracking"),
    ("body: {font: song,", "body: {color: [0, 0, 0, @], font: song,", "styles.body.color[3]"),
    ("crop: [0.1, 0, 0.9, 1]", "crop: [0.1, 0, @, 1]", "photos[0].crop[2]"),
    ("part: heading}", "part: heading, dx: @}", "pages[0].frames[0].dx"),
    ("part: heading}", "part: heading, dy: @}", "pages[0].frames[0].dy"),
]


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN"])
@pytest.mark.parametrize("old,new,field", NON_FINITE, ids=[c[2] for c in NON_FINITE])
def test_non_finite_numbers_are_refused_everywhere(old, new, field, value):
    text = _sub(old, new.replace("@", value))
    refused(text, new.replace("@", value), field, ["not a finite number"])


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_the_number_converters_refuse_non_finite_values_themselves(value):
    from layout_app.io import schema

    for convert in (schema.number(), schema.number(-10, 10), schema.size, schema.cmyk):
        with pytest.raises((ValueError, InputError)):
            convert([0, 0, 0, value] if convert is schema.cmyk else value)
    with pytest.raises(ValueError):
        schema._crop([0, 0, value, 1])


def test_float_overflowing_to_infinity_is_refused():
    refused(_sub("bleed: 3", "bleed: 1.0e+999"), "bleed:", "grid.bleed", ["finite"])


def test_no_pages_is_not_a_document():
    text = DOC_YAML[: DOC_YAML.index("pages:")] + "pages: []\n"
    refused(text, "pages:", "pages", ["at least one page"])
    refused(DOC_YAML[: DOC_YAML.index("pages:")], None, "pages", ["at least one page"])


def test_truncated_file(tmp_path):
    for cut in (DOC_YAML.index("pages:") + len("pages:\n"), DOC_YAML.index("stories:"), len(DOC_YAML) // 3):
        path = tmp_path / "cut.yaml"
        path.write_text(DOC_YAML[:cut], encoding="utf-8")
        with pytest.raises(DocumentError) as info:
            load_document(path)
        assert all(str(p).startswith(f"{path}:") for p in info.value.problems)


BOUNDS = [   # (old, new, field): one step past a sane bound
    ("trim: [390, 540]", "trim: [390, 1.0e+20]", "grid.trim"),
    ("trim: [390, 540]", "trim: [390, 10000000000000000000]", "grid.trim"),
    ("trim: [390, 540]", "trim: [390, 2001]", "grid.trim"),
    ("trim: [390, 540]", "trim: [49, 540]", "grid.trim"),
    ("bleed: 3", "bleed: 21", "grid.bleed"),
    ("top: 20,", "top: 501,", "grid.margins.top"),
    ("columns: 8", "columns: 31", "grid.columns"),
    ("gutter: 1", "gutter: 11", "grid.gutter"),
    ("body_size: 小五", "body_size: 4.5", "grid.body_size"),
    ("body_size: 小五", "body_size: 25", "grid.body_size"),
    ("leading: 13.5", "leading: 73", "grid.leading"),
    ("size: 小初,", "size: 4.9,", "styles.headline.size"),
    ("size: 小初,", "size: 201,", "styles.headline.size"),
    ("size: 小初,", "size: 0.001,", "styles.headline.size"),
    ("min_size: 小二", "min_size: 2", "styles.headline.min_size"),
    ("size: 8, leading: 11, indent", "size: 8, leading: 0.5, indent", "styles.caption.leading"),
    ("crop: [0.1, 0, 0.9, 1]", "crop: [0.1, 0, 0.1000001, 1]", "photos[0].crop"),
    ("crop: [0.1, 0, 0.9, 1]", "crop: [0, 0.5, 1, 0.54]", "photos[0].crop"),
    ("part: body}", "part: body, text_columns: 100000000}", "pages[0].frames[1].text_columns"),
    ("part: body}", "part: body, text_columns: 21}", "pages[0].frames[1].text_columns"),
    ("number: 1", "number: 1000", "pages[0].number"),
    ("part: heading}", "part: heading, dx: 2001}", "pages[0].frames[0].dx"),
    ("{id: b1, col: 0, cols: 3, line: 8, lines: 30,", "{id: b1, col: 0, cols: 3, line: 8, lines: 99999999999,",
     "pages[0].frames[1].lines"),
]


@pytest.mark.parametrize("old,new,field", BOUNDS, ids=[f"{c[2]}={c[1][-24:]}" for c in BOUNDS])
def test_sizes_and_counts_are_bounded(old, new, field):
    text = _sub(old, new)
    refused(text, _changed(text), field)


@pytest.mark.parametrize("old,new", [
    ("trim: [390, 540]", "trim: [390, 2000]"),
    ("size: 小初,", "size: 5,"),
    ("size: 小初,", "size: 200,"),
    ("part: body}", "part: body, text_columns: 20}"),
    ("crop: [0.1, 0, 0.9, 1]", "crop: [0.1, 0, 0.15, 1]"),
])
def test_values_at_the_bounds_still_load(old, new):
    loads_document(_sub(old, new), NAME)


@pytest.mark.parametrize("old,new,field", [
    ("title: 测试版", "title: [1, 2]", "title"),
    ("title: 测试版", "title: {a: 1}", "title"),
    ("title: 测试版", "title: yes", "title"),
    ("title: 测试版", "title: " + "长" * 501, "title"),
    ("template: duikai", "template: [duikai]", "template"),
    ("template: duikai", "template: ''", "template"),
    ("date: 2026-11-28", "date: {y: 2026}", "date"),
    ("section: 要闻", "section: [要闻]", "pages[0].section"),
    ("file: photos/reading.jpg", "file: ''", "photos[0].file"),
    ("  - {id: h1,", "  - {id: [h1],", "pages[0].frames[0].id"),
    ("story: s1, part: heading}", "story: s1, part: heading, style: 7}", "pages[0].frames[0].style"),
])
def test_title_date_template_and_names_are_type_checked(old, new, field):
    text = _sub(old, new)
    refused(text, _changed(text), field)


@pytest.mark.parametrize("value", ["true", "1.0", "'1'", "[1]", "0", "11", "2.0", "4.0"])
def test_schema_must_be_the_integer_version(value):
    refused(_sub("schema: 1", f"schema: {value}"), "schema:", "schema", ["reads schema 1 to 10"])


def test_long_values_are_shortened_in_messages():
    text = _sub("id: s1", "id: " + "x" * 100_000)
    with pytest.raises(DocumentError) as info:
        loads_document(text, NAME)
    first = str(info.value.problems[0])
    assert first.startswith(f"{NAME}:{_line_of(text, 'xxxx')}: stories[0].id: ")
    assert "x" * 41 not in first and "…" in first and len(first) < 200
    assert len(str(info.value)) < 2000
    # an unknown key as long is shortened the same way, in the field path too
    text = _sub("  bleed: 3", "  " + "k" * 1000 + ": 3\n  bleed: 3")
    message = refused(text, "kkkk", None, ["unknown field"])
    assert "k" * 41 not in message


def test_many_problems_are_counted_not_all_listed():
    frames = "".join(f"  - {{id: x{i}, col: 0, cols: 1, line: 0, lines: 1, story: nope}}\n" for i in range(200))
    with pytest.raises(DocumentError) as info:
        loads_document(DOC_YAML + frames, NAME)
    assert len(info.value.problems) == 200
    lines = str(info.value).splitlines()
    assert len(lines) == 21 and lines[-1] == "… and 180 more problems"


def test_oversized_and_endless_files(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(DOC_YAML.encode() + b"#" * 3_000_000 + b"\n")
    with pytest.raises(DocumentError, match="larger than 2 MB"):
        load_document(big)
    t0 = time.perf_counter()
    with pytest.raises(InputError, match="not a regular file"):
        load_document("/dev/zero")
    assert time.perf_counter() - t0 < 5


# --- the command line: one line per problem, exit 2, nothing written --------------------------------
CLI_CASES = {
    "nul": _sub("title: 测试版", 'title: "a\\0b"'),
    "raw-c1": _sub("title: 测试版", "title: a\u008cb"),
    "self-alias": _sub("title: 测试版", "title: &a [*a]"),
    "nested": _sub("title: 测试版", "title: " + "[" * 1000),
    "bad-date": _sub("date: 2026-11-28", "date: 2026-13-01"),
    "4301-digits": _sub("columns: 8", "columns: " + "9" * 4301),
    "nan-gutter": _sub("gutter: 1", "gutter: .nan"),
    "inf-dx": _sub("part: heading}", "part: heading, dx: .inf}"),
    "no-pages": DOC_YAML[: DOC_YAML.index("pages:")] + "pages: []\n",
    "huge-trim": _sub("trim: [390, 540]", "trim: [390, 1.0e+20]"),
    "tiny-headline": _sub("size: 小初,", "size: 1,"),
    "text-columns": _sub("part: body}", "part: body, text_columns: 100000000}"),
    "title-list": _sub("title: 测试版", "title: [a, b]"),
    "python-tag": _sub("title: 测试版", "title: !!python/name:os.system"),
    "duplicate-key": _sub("  byline: 本报记者 王晨", "  byline: 本报记者 王晨\n  body: [x]"),
    "schema-true": _sub("schema: 1", "schema: true"),
    "huge-id": _sub("id: s1\n", "id: " + "x" * 100_000 + "\n").replace("story: s1", "story: " + "x" * 100_000),
}


@pytest.mark.parametrize("command", ["export", "preflight"])
@pytest.mark.parametrize("case", list(CLI_CASES))
def test_cli_says_one_line_and_exits_2(tmp_path, capsys, case, command):
    from layout_app.cli import main

    doc = tmp_path / "page.yaml"
    doc.write_text(CLI_CASES[case], encoding="utf-8")
    before = doc.read_bytes()
    out = tmp_path / "page.pdf"
    argv = [command, str(doc)] + (["-o", str(out)] if command == "export" else [])

    def too_slow(signum, frame):
        raise TimeoutError(f"{command} {case}: over 10 s")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(10)
    try:
        assert main(argv) == 2
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert err.startswith(f"layout-app: {doc}:") and err.endswith("\n"), err
    assert all(re.match(rf"(layout-app: )?{re.escape(str(doc))}:\d+: ", line) for line in lines), err
    assert len(lines) == (3 if case == "huge-id" else 1), err       # the id, and the two frames naming it
    assert "internal error" not in err and "Traceback" not in err and max(map(len, lines)) < 300, err
    assert not out.exists() and doc.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.yaml"]


@pytest.mark.parametrize("case", ["nested", "self-alias", "text-columns"])
def test_cli_in_a_fresh_process_within_10_s_and_1_gb(tmp_path, case):
    import resource
    import subprocess
    import sys

    doc = tmp_path / "page.yaml"
    doc.write_text(CLI_CASES[case], encoding="utf-8")

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    run = subprocess.run([sys.executable, "-m", "layout_app", "preflight", str(doc)], capture_output=True,
                         text=True, timeout=10, preexec_fn=limit)
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1 and str(doc) in run.stderr and "internal error" not in run.stderr


def test_alias_bomb_in_a_fresh_process_within_10_s_and_1_gb(tmp_path):
    import resource
    import subprocess
    import sys

    bomb = "\n".join(["schema: 1", "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
                     + [f"{c}: &{c} [{','.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")])
    doc = tmp_path / "bomb.yaml"
    doc.write_text(bomb, encoding="utf-8")

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    run = subprocess.run([sys.executable, "-m", "layout_app", "export", str(doc), "-o", str(tmp_path / "x.pdf")],
                         capture_output=True, text=True, timeout=10, preexec_fn=limit)
    assert run.returncode == 2, run.stderr
    assert run.stderr == f"layout-app: {doc}:2: an anchor (&a) is not allowed in a document; write the value out\n"


def test_a_pipe_or_folder_as_document_is_refused_without_blocking(tmp_path):
    import os

    from layout_app.errors import InputError
    from layout_app.io.docfile import load_document

    fifo = tmp_path / "page.yaml"
    os.mkfifo(fifo)                         # opening it would wait for a writer for ever
    for path in (fifo, tmp_path, "/dev/zero"):
        with pytest.raises(InputError) as info:
            load_document(path)
        assert str(info.value) == f"{path}: not a regular file (a folder, device or pipe); name a .yaml document"


# --- the template a document names ---------------------------------------------------------------
def test_a_misspelt_template_is_refused_with_the_templates_there_are():
    text = _sub("template: duikai", "template: duikia")
    message = refused(text, "template: duikia", "template")
    assert message == ("page.yaml:4: template: no template named 'duikia'; "
                       "the templates are: a3, berliner, duikai, sikai"), message


@pytest.mark.parametrize("name", ["sikai", "a3", "berliner", "mine.yaml"])
def test_a_shipped_template_or_a_template_file_is_taken(name):
    assert loads_document(_sub("template: duikai", f"template: {name}"), NAME).template == name


def test_a_page_made_on_a_template_file_opens_again(tmp_path):
    from layout_app.io.docfile import save_document
    from layout_app.io.templates import TEMPLATES_DIR, new_document

    mine = tmp_path / "mine.yaml"
    mine.write_text((TEMPLATES_DIR / "sikai.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    save_document(new_document(str(mine)), tmp_path / "page.yaml")
    assert load_document(tmp_path / "page.yaml").template == "mine.yaml"
