"""The command line: `layout-app [DOC.yaml]` starts the editor; subcommands serve print staff,
editors checking a column, and tests. Errors come out as one clear message, never a traceback."""
from __future__ import annotations

import argparse
import json
import sys

from layout_app.errors import InputError
from layout_app.text.punct import LEVELS

EXIT_OK, EXIT_WARN, EXIT_ERROR = 0, 1, 2


def _read_text(arg: str | None) -> str:
    if arg is None or arg == "-":
        data = sys.stdin.buffer.read()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("standard input is not UTF-8 text") from None
    return arg


def cmd_typeset(args: argparse.Namespace) -> int:
    from layout_app.text.fonts import registry
    from layout_app.text.setter import SetOptions, set_paragraph
    from layout_app.units import parse_size

    size = parse_size(args.size, "--size")
    if args.measure <= 0:
        raise InputError(f"--measure: must be a positive number of characters, got {args.measure:g}")
    text = _read_text(args.text).replace("\r", "").replace("\n", "")
    face = registry().face_key(args.font, "bold" if args.bold else "regular")
    opts = SetOptions(level=args.level, hanging=args.hanging, indent=args.indent, align=args.align)
    para = set_paragraph(text, size, args.measure * size, face, opts)
    lines = para.lines
    overset = args.lines is not None and len(lines) > args.lines
    missing = registry().missing(text, face)
    if args.json:
        out = {"lines": [{"text": l.text, "width": round(l.width, 3), "x": [round(x, 3) for x in l.xs]}
                         for l in lines],
               "overset": overset,
               "missing": [{"offset": i, "char": ch, "codepoint": f"U+{ord(ch):04X}"} for i, ch in missing]}
        print(json.dumps(out, ensure_ascii=False))
    else:
        for l in lines:
            print(l.text)
        if overset:
            print(f"超 {len(lines) - args.lines} 行 (overset by {len(lines) - args.lines} lines)", file=sys.stderr)
    for i, ch in missing:
        print(f"warning: offset {i}: {ch!r} (U+{ord(ch):04X}) is in none of the shipped fonts; it would not print",
              file=sys.stderr)
    return EXIT_WARN if missing or overset else EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from pathlib import Path

    from layout_app.io.docfile import save_document
    from layout_app.io.templates import new_document

    out = Path(args.output)
    if out.exists() and not args.force:
        raise InputError(f"{out} exists; use --force to replace it")
    if args.pages < 1:
        raise InputError(f"--pages: must be at least 1, got {args.pages}")
    doc = new_document(args.template, args.pages, args.title)
    save_document(doc, out)
    g = doc.grid
    print(f"{out}: {len(doc.pages)} page(s) on {args.template}: {g.width:g}×{g.height:g} mm, "
          f"{g.columns} columns of {g.column_chars} characters, {g.line_count} lines")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="layout-app", description="Chinese newspaper page layout.")
    sub = parser.add_subparsers(dest="command")

    t = sub.add_parser("typeset", help="set one paragraph with the shipped fonts and print its lines")
    t.add_argument("text", nargs="?", help="the paragraph; '-' or nothing reads standard input")
    t.add_argument("--measure", type=float, default=13, help="line length in characters of the size (default 13)")
    t.add_argument("--size", default="9", help="type size in pt or as a 号 name such as 小五 (default 9)")
    t.add_argument("--font", choices=("song", "hei", "kai"), default="song")
    t.add_argument("--bold", action="store_true", help="the bold weight of the font")
    t.add_argument("--indent", type=float, default=2, help="first-line indent in characters (default 2)")
    t.add_argument("--level", choices=LEVELS, default="gb", help="line start/end prohibitions (default gb)")
    t.add_argument("--hanging", action="store_true", help="let 。，、 hang past the measure")
    t.add_argument("--align", choices=("justify", "left", "center", "right"), default="justify")
    t.add_argument("--lines", type=int, help="lines available: report overset beyond them")
    t.add_argument("--json", action="store_true", help="print lines with widths and positions as JSON")
    t.set_defaults(func=cmd_typeset)

    n = sub.add_parser("new", help="start a new document from a template")
    n.add_argument("-o", "--output", required=True, help="the document file to write (.yaml)")
    n.add_argument("--template", default="duikai", help="duikai (对开), sikai (四开), berliner, a3 (default duikai)")
    n.add_argument("--pages", type=int, default=1)
    n.add_argument("--title", default="")
    n.add_argument("--force", action="store_true", help="replace an existing file")
    n.set_defaults(func=cmd_new)
    return parser


COMMANDS = ("typeset", "new")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if not argv or argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
            from layout_app.editor.app import run   # the desktop app: a document or the demo page

            return run(argv)
        args = build_parser().parse_args(argv)
        return args.func(args)
    except InputError as exc:
        print(f"layout-app: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
