"""The command line: `layout-app [DOC.yaml]` starts the editor; subcommands serve print staff,
editors checking a column, and tests. Errors come out as one clear message, never a traceback."""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path

from layout_app.crashlog import run_guarded
from layout_app import cliwords as words
from layout_app.errors import InputError, Notice
from layout_app.text.punct import LEVELS

EXIT_OK, EXIT_WARN, EXIT_ERROR = 0, 1, 2
DOCUMENT = (".yaml", ".yml")
REPORT = "edition-report.json"


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
    from layout_app.intake.composewords import EXISTS
    from layout_app.io.docfile import save_document
    from layout_app.io.outputs import output_file
    from layout_app.io.templates import new_document

    out = output_file(args.output, DOCUMENT, "document")
    if out.exists() and not args.force:
        raise InputError(Notice(EXISTS, path=out))
    if args.pages < 1:
        raise InputError(f"--pages: must be at least 1, got {args.pages}")
    doc = new_document(args.template, args.pages, args.title)
    save_document(doc, out)
    g = doc.grid
    print(f"{out}: {len(doc.pages)} page(s) on {args.template}: {g.width:g}×{g.height:g} mm, "
          f"{g.columns} columns of {g.column_chars} characters, {g.line_count} lines")
    return EXIT_OK


def _open(args: argparse.Namespace):
    """(document, its folder, a name for messages) from DOC.yaml or --demo."""
    from pathlib import Path

    from layout_app.assets import DEMO_DIR
    from layout_app.io.docfile import load_document

    if getattr(args, "demo", False):
        path = DEMO_DIR / "demo.yaml"
    elif args.document:
        path = Path(args.document)
    else:
        raise InputError("name a document (DOC.yaml) or use --demo")
    return load_document(path), path.parent, path


class TerminalProgress:
    """One status line on stderr, rewritten in place on a terminal; plain lines otherwise."""

    def __init__(self, stream=None, say=str):
        self.stream = stream or sys.stderr
        self.say = say                       # the Command translator: one language on the line
        self.tty = self.stream.isatty()
        self.last = ""

    def __call__(self, what: str, done: int, total: int) -> None:
        bar = ""
        if total:
            filled = round(20 * done / total)
            bar = f" [{'#' * filled}{'.' * (20 - filled)}] {done}/{total}"
        line = f"{self.say(words.PROGRESS[what]) if what in words.PROGRESS else what}{bar}"
        if line == self.last:
            return
        self.last = line
        if self.tty:
            self.stream.write("\r\x1b[K" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.last:
            self.stream.write("\n")


def _words(args: argparse.Namespace):
    """The command's own lines, preflight's findings and intake's notices (a copy file's, compose's) in
    the user's language (`--lang`, else the locale): translators of context "Command" and "Preflight",
    and a function saying a notice (a plain str as it is)."""
    from layout_app.errors import render
    from layout_app.lang import translator, ui_language

    lang = ui_language(getattr(args, "lang", None))
    intake = translator(lang, "Intake")
    return translator(lang, words.CONTEXT), translator(lang, "Preflight"), lambda text: render(text, intake)


def cmd_export(args: argparse.Namespace) -> int:
    from layout_app.render.pdf.export import ExportOptions, export_pdf

    doc, folder, path = _open(args)
    options = ExportOptions(pdfx=not args.screen, force=args.force, target_ppi=args.ppi)
    progress = TerminalProgress(say=_words(args)[0])
    try:
        result = export_pdf(doc, folder, args.output, options, progress, inputs=(path,))
    finally:
        progress.close()
    size = result.path.stat().st_size
    say, finding, _ = _words(args)
    print(say(words.EXPORTED).format(path=result.path, pages=result.pages, photos=result.images, mb=f"{size / 1e6:.1f}",
                                     kind=say(words.SCREEN if args.screen else words.PDFX)))
    for f in result.preflight.errors:
        print("  " + say(words.FORCED).format(finding=f.line(finding)), file=sys.stderr)
    for f in result.preflight.warnings:
        print(f"  {f.line(finding)}", file=sys.stderr)
    return EXIT_OK


def cmd_preflight(args: argparse.Namespace) -> int:
    from layout_app.preflight.checks import preflight

    doc, folder, path = _open(args)
    report = preflight(doc, folder, pdfx=not args.screen, min_ppi=args.min_ppi)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        _, finding, _ = _words(args)
        for f in report.errors + report.warnings:
            print(f.line(finding))
        print(report.summary(path, finding))
    return report.exit_code


def cmd_styles(args: argparse.Namespace) -> int:
    """The style sheet, or a story's styled paragraphs: every property that is set, and where from."""
    from layout_app.model.styles import describe

    doc, folder, path = _open(args)
    sheet = doc.sheet
    if args.story is None:
        for kind, title in (("paragraph", "styles"), ("character", "char_styles")):
            for d in getattr(sheet, kind):
                own = ", ".join(f"{k} {v!r}" for k, v in d.sets) or "nothing of its own"
                print(f"{title}.{d.name}" + (f" (based_on {d.based_on})" if d.based_on else "") + f": sets {own}")
        return 0
    try:
        story = doc.story(args.story)
    except KeyError:
        raise InputError(f"{path}: --story: no story {args.story!r}; stories: "
                         f"{', '.join(s.id for s in doc.stories)}") from None
    if not story.formats:
        print(f"{story.id}: every body paragraph in the body style")
    for fmt in story.formats:
        text = story.body[fmt.paragraph]
        local = ", ".join(f"{k} {v!r}" for k, v in fmt.local)
        print(f"{story.id} body[{fmt.paragraph}] {text[:12]}…: style {fmt.style or 'body'}"
              + (f", set here: {local}" if local else ""))
        for line in describe(sheet, fmt.style or "body", fmt.local).splitlines():
            if not line.endswith("← default"):
                print(f"  {line}")
        for run in fmt.runs:
            own = "".join(f", {k} {v!r}" for k, v in run.local)
            print(f"  {run.start}–{run.end} {text[run.start:run.end]}: {run.style or '(no style)'}{own}")
    return 0


def cmd_proof(args: argparse.Namespace) -> int:
    from layout_app.io.outputs import document_inputs, output_file
    from layout_app.layout.compose import Composer
    from layout_app.render.qt.raster import proof_paths, write_proofs

    doc, folder, path = _open(args)
    if args.dpi <= 0 or args.dpi > 1200:
        raise InputError(f"--dpi: must be between 1 and 1200, got {args.dpi:g}")
    inputs = [path, *document_inputs(doc, folder)]
    out = output_file(args.output, (".png",), "proof picture", inputs)
    for target in proof_paths(out, [p.number for p in doc.pages]):
        output_file(target, (".png",), "proof picture", inputs)
    for target in write_proofs(Composer(doc, folder).compose_all(), out, args.dpi):
        print(target)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from layout_app.intake.importer import import_copy

    page, copy = import_copy(args.file, args.encoding)
    data = page.to_json()
    for c, d in zip(page.captions, data["captions"]):
        d["candidates"] = [{"story": k, "score": score, "names": shared} for k, score, shared in c.candidates]
    say, _, notice = _words(args)
    # what the editor should check, with the JSON too: English for scripts, in the language --lang asks for
    data["notices"] = [notice(n) for n in copy.notices] if args.lang else list(copy.notices)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        _say_found(page, copy, say)
    for text in copy.notices:
        print(say(words.NOTICE).format(what=notice(text)), file=sys.stderr)
    return EXIT_OK


def _say_found(page, copy, say) -> None:
    """What `import` found in the copy, one line a part, in the user's language."""
    print(say(words.READ_KIND.get(copy.encoding, words.READ_AS)).format(file=copy.source, encoding=copy.encoding))
    if page.banner:
        b = page.banner
        heading = b["headline"] + (f" / {b['deck']}" if b["deck"] else "")
        print(say(words.BANNER_FOUND).format(heading=heading, confidence=f"{page.banner_confidence:.0%}"))
    for text in page.lead:
        print(say(words.LEAD_FOUND).format(text=text[:40]))
    for k, s in enumerate(page.stories):
        heading = " / ".join(x for x in (s.kicker, s.headline, s.deck) if x)
        byline = say(words.BYLINE_FOUND).format(byline=s.byline) if s.byline else ""
        subheads = say(words.SUBHEADS_FOUND).format(n=len(s.subheads)) if s.subheads else ""
        subheads += say(words.BRIEFS_FOUND).format(n=len(s.items)) if s.items else ""
        # (stories named as compose and the editor name them, s1, s2 …: not by the list's index)
        print(say(words.STORY_FOUND).format(k=f"s{k + 1}", heading=heading, paragraphs=len(s.paragraphs), byline=byline,
                                            subheads=subheads, confidence=f"{s.confidence:.0%}"))
    for c in page.captions:
        said = say(words.CAPTION_FOUND if c.story is not None else words.CAPTION_ALONE)
        print(said.format(k=f"s{c.story + 1}" if c.story is not None else None, confidence=f"{c.confidence:.0%}", text=c.text))
        if c.story is None:
            # (the names each candidate shares with it: what the editor weighs, not the matcher's score)
            found = "; ".join(say(words.CANDIDATE).format(k=f"s{k + 1}", headline=page.stories[k].headline, names="、".join(shared))
                              for k, _, shared in c.candidates)
            print(say(words.CANDIDATES).format(candidates=found or say(words.NO_CANDIDATE)))
    for text in page.credits:
        print(say(words.CREDIT_FOUND).format(text=text))
    for text in page.unassigned:
        print(say(words.UNASSIGNED_FOUND).format(text=text))


def _template_label(args: argparse.Namespace) -> str:
    """The template as an editor calls it, in the summary's language: 对开, Broadsheet (对开) — not its file's
    name (the reviewer read 'on duikai')."""
    from layout_app.io.templates import load_template
    from layout_app.lang import ui_language

    t = load_template(args.template)
    zh = ui_language(getattr(args, "lang", None)).startswith("zh")
    return (t.label if zh else t.label_en) or t.name


def _head_fields(args: argparse.Namespace):
    """The running head's fields the command line gave (报眉: 版次, 版名, date, paper), checked."""
    from layout_app.intake.composewords import BAD_DATE, BAD_PAGE_NUMBER
    from layout_app.intake.runninghead import HeadFields, checked_date

    date = args.date.strip() if args.date else ""
    if date and checked_date(date) is None:
        raise InputError(Notice(BAD_DATE, value=repr(args.date), example="2026-12-02"))
    number = (args.page_number or "1").strip()
    if not number.isascii() or not number.isdigit() or int(number) < 1:
        raise InputError(Notice(BAD_PAGE_NUMBER, value=repr(args.page_number)))
    return HeadFields(int(number), (args.section or "").strip(), date, (args.paper or "").strip(),
                      args.page_number is not None)


def cmd_compose(args: argparse.Namespace) -> int:
    from layout_app.intake.composewords import EXISTS
    from layout_app.imaging.intake import photo_files
    from layout_app.intake.compose import UNASSIGNED, compose
    from layout_app.io.docfile import save_document
    from layout_app.io.outputs import output_file
    from layout_app.layout.compose import Composer
    from layout_app.layout.copyfit import MAX_EMPTY
    from layout_app.preflight.checks import page_check, preflight

    out = output_file(args.output, DOCUMENT, "document", [*args.copy, *photo_files(args.photos or [])])
    if out.exists() and not args.force:
        raise InputError(Notice(EXISTS, path=out))
    result = compose(args.template, args.copy, args.photos or [], out, args.encoding, args.title, _head_fields(args))
    save_document(result.document, out)
    doc, page = result.document, result.document.pages[0]
    displays = Composer(doc, out.parent).compose_all()          # (composed once: preflight and the live check)
    report = preflight(doc, out.parent, displays)
    # white the editor's live check will show on the page (缺行: a column's foot, a gap between two
    # items) — the stack counts above see only each stack's foot
    floor = min((f.line for f in page.frames if f.id == "credits"), default=doc.grid.line_count)
    white = [f for f in page_check(doc, 0, displays[0]).warnings
             if f.code == "short" and f.where["line"] - 1 + f.where["lines"] < floor]   # (a stack's foot: said above)
    # what a page editor counts: the stories (not the banner, lead or credit line the copy also
    # made), and the photos placed of those that came
    ids = [s.id for s in doc.stories]
    extras = [name for name in ("banner", "lead", "credits", UNASSIGNED) if name in ids]
    placed = len(doc.placed_photos())
    came = len(doc.photos) + len(result.refused)
    if args.json:
        # the decisions and warnings as data (English for scripts; in the language --lang asks for)
        _, finding, notice = _words(args)
        said = notice if args.lang else str
        found = (lambda f: f.line(finding)) if args.lang else str
        print(json.dumps({"document": str(out), "template": args.template,
                          "stories": len(ids) - len(extras), "page_parts": extras,
                          "photos": came, "photos_placed": placed, "photos_unread": len(result.refused),
                          "decisions": result.decisions, "notes": [said(n) for n in result.notes],
                          "warnings": [said(w) for w in result.problems + result.warnings],
                          "white": [found(f) for f in white],
                          "preflight_errors": [found(f) for f in report.errors],
                          "preflight_warnings": [found(f) for f in report.warnings]}, ensure_ascii=False, indent=1))
    else:
        say, finding, notice = _words(args)
        print(say(words.COMPOSED).format(
            path=out, stories=len(ids) - len(extras), placed=placed, came=came, template=_template_label(args),
            parts="".join(say(words.PART_JOIN).format(part=say(words.PARTS[name])) for name in extras),
            unread=say(words.UNREADABLE).format(n=len(result.refused)) if result.refused else ""))
        for note in result.notes:
            print(f"  {notice(note)}")
        for problem in result.problems:
            print("  " + say(words.COULD_NOT).format(what=notice(problem)), file=sys.stderr)
        for warning in result.warnings:
            print("  " + say(words.WARNING).format(what=notice(warning)), file=sys.stderr)
        for f in white:
            print("  " + say(words.WHITE).format(place=f.place.render(finding), message=f.words(finding)), file=sys.stderr)
        said = " ".join(result.warnings + result.problems)
        # (white at a stack's foot the page's short-of-copy warning said, with what holds its photos —
        # not said again as 'set a photo larger' of photos at their limits; white inside a stack: above)
        short_stacks = [s["columns"] for s in result.decisions.get("stacks", []) if s.get("empty_lines", 0) > MAX_EMPTY]
        for f in report.errors + report.warnings:
            if f.code == "short" and (f in white or any(a <= f.where["columns"][0] and f.where["columns"][1] <= b
                                                        for a, b in short_stacks)):
                continue
            # each left-out photo and each 碰题 is named above, with its reason and what the page can do;
            # so is a photo's missing caption or credit at odds, where compose named the photo's file
            # — and the copy kept as unassigned, each piece of it said above as what could not be used
            if f.code in ("photo-unplaced", "headlines-side-by-side") or (
                    f.code == "story-unplaced" and f.where.get("story") == UNASSIGNED) or (
                    f.code in words.SAID_BY_COMPOSE and Path(doc.photo(f.where["photo"]).file).name in said):
                continue
            print(f"  {f.line(finding)}", file=sys.stderr)
    # a page written with warnings is a success; errors in it (overset, missing files) need the editor,
    # and so do a photo file named that could not be used (the page lacks it) and copy read as no part
    # (kept on no page: the editor must say where it goes; a caption waiting for its photo is a warning)
    return EXIT_WARN if report.errors or result.refused or result.unread else EXIT_OK


def cmd_export_edition(args: argparse.Namespace) -> int:
    from layout_app.atomic import write_atomic
    from layout_app.io.edition import load_edition
    from layout_app.io.outputs import output_folder
    from layout_app.render.pdf.edition import export_edition, summary

    edition = load_edition(args.edition)
    out_dir = output_folder(args.output, "edition's PDFs")
    progress = TerminalProgress(say=_words(args)[0])
    try:
        results = export_edition(edition, out_dir, args.force, args.workers, progress)
    finally:
        progress.close()
    text = summary(results)
    print(text)
    write_atomic(out_dir / REPORT, json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=1).encode("utf-8"))
    if any(r.status in ("refused", "failed") for r in results):
        return EXIT_ERROR
    return EXIT_WARN if any(r.status == "warnings" for r in results) else EXIT_OK


def cmd_package(args: argparse.Namespace) -> int:
    from layout_app.io.package import package

    lines = package(args.document, args.output)
    for line in lines:
        print(line)
    return EXIT_WARN if any(line.startswith("MISSING") for line in lines) else EXIT_OK


def cmd_captions(args: argparse.Namespace) -> int:
    from layout_app.io.outputs import document_inputs, output_file
    from layout_app.lang import translator, ui_language
    from layout_app.preflight.captioncheck import caption_entries, photos_not_placed
    from layout_app.preflight.proofwords import ProofWords

    doc, folder, path = _open(args)
    out = output_file(args.output, (".pdf", ".html"), "caption proof", [path, *document_inputs(doc, folder)])
    # reporters read it: in the interface's language, as the editor's review panel says it
    lang = ui_language(args.lang)
    words = ProofWords(translator(lang, "Preflight"), lang)
    entries = caption_entries(doc, folder)
    off_page = photos_not_placed(doc, entries)
    # the edition's name, else the page's banner (its theme): a file named page.yaml names nothing a
    # reporter knows ('page：图片说明校对', three reviews)
    banner = next((s.headline for s in doc.stories if s.id == "banner" and s.headline), "")
    title = doc.title or banner or path.stem
    if out.suffix.lower() == ".html":
        from layout_app.preflight.captionproof import write_html
        write_html(entries, folder, out, title, off_page, words, translator(lang, "Intake"))
    elif out.suffix.lower() == ".pdf":
        from layout_app.layout.proofsheet import proof_pages
        from layout_app.render.pdf.export import export_sheets
        if not entries:
            raise InputError(f"{path}: no photo is placed; there is nothing to proof")
        export_sheets(proof_pages(entries, folder, title, words, off_page), out, words.title(title))
    else:
        raise InputError(f"{out}: the caption proof is written as .pdf or .html")
    print(words.summary(out, entries, off_page))
    for e in entries:
        for w in words.warnings(e):
            print(f"  {e.photo.file}: {w}")
    for p in off_page:
        print(f"  {p.file}: {words.off_page_line(p)}")
    return EXIT_WARN if any(e.phrases for e in entries) or off_page else EXIT_OK


def _document_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("document", nargs="?", help="the document (.yaml)")
    p.add_argument("--demo", action="store_true", help="the built-in demo page instead of a document")


def _lang_arg(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--lang", choices=("zh_CN", "en"),
                        help=f"{what} language (default: the system's — LC_ALL, LC_MESSAGES or LANG starting zh: Chinese)")


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

    e = sub.add_parser("export", help="export a print-ready PDF/X-4 (or --screen: a plain PDF)")
    _document_args(e)
    _lang_arg(e, "the summary's and the findings'")
    e.add_argument("-o", "--output", required=True, help="the PDF to write")
    kind = e.add_mutually_exclusive_group()
    kind.add_argument("--pdfx", action="store_true", help="PDF/X-4 for the press (the default)")
    kind.add_argument("--screen", action="store_true", help="a plain PDF for the screen: RGB, no marks")
    e.add_argument("--force", action="store_true", help="export despite preflight errors")
    e.add_argument("--ppi", type=float, default=250.0, help="photo resolution at placed size (default 250)")
    e.set_defaults(func=cmd_export)

    p = sub.add_parser("preflight", help="check a document before export")
    _document_args(p)
    _lang_arg(p, "the findings'")
    p.add_argument("--json", action="store_true", help='print {"errors": [...], "warnings": [...]}')
    p.add_argument("--screen", action="store_true", help="check for a screen PDF (no CMYK rules)")
    p.add_argument("--min-ppi", type=float, default=200.0, help="lowest photo resolution allowed (default 200)")
    p.set_defaults(func=cmd_preflight)

    r = sub.add_parser("proof", help="a picture of each page, drawn by the same engine")
    _document_args(r)
    r.add_argument("-o", "--output", required=True, help="the PNG to write (pages after the first: NAME-02.png …)")
    r.add_argument("--dpi", type=float, default=100.0)
    r.set_defaults(func=cmd_proof)

    m = sub.add_parser("import", help="read a copy file and show the stories, captions and credits found in it")
    m.add_argument("file", help=".txt (UTF-8, GB18030/GBK, Big5), .docx, .md or a printed page's .pdf")
    m.add_argument("--encoding", help="override the detected encoding of a .txt file")
    _lang_arg(m, "the notices'")
    m.add_argument("--json", action="store_true")
    m.set_defaults(func=cmd_import)

    c = sub.add_parser("compose", help="build a complete first layout from copy files and photos")
    c.add_argument("--template", default="duikai")
    _lang_arg(c, "the summary's and preflight's findings'")
    c.add_argument("--copy", nargs="+", required=True, metavar="FILE", help="copy files (.txt, .docx, .md, .pdf)")
    c.add_argument("--photos", nargs="*", metavar="DIR|FILE", help="photo files or folders")
    c.add_argument("-o", "--output", required=True, help="the document to write (.yaml)")
    c.add_argument("--encoding", help="override the detected encoding of .txt copy")
    c.add_argument("--title", default="")
    c.add_argument("--page-number", metavar="N", help="the page's number in the edition (版次): the running head (报眉) "
                                                      "prints it (not given: the page is numbered 1, its running "
                                                      "head prints no 版次)")
    c.add_argument("--section", metavar="NAME", help="the page's section (版名, e.g. 体育) for the running head")
    c.add_argument("--date", metavar="YYYY-MM-DD", help="the edition's date for the running head (default: today)")
    c.add_argument("--paper", metavar="NAME", help="the paper's name (报名) for the running head (default: the "
                                                   "template's, if it names one)")
    c.add_argument("--force", action="store_true", help="replace an existing document")
    c.add_argument("--json", action="store_true", help="print the decisions and warnings as JSON")
    c.set_defaults(func=cmd_compose)

    ed = sub.add_parser("export-edition", help="export every page of an edition as PDF/X-4, in parallel")
    ed.add_argument("edition", help="the edition file (.yaml)")
    ed.add_argument("-o", "--output", required=True, help="the folder for the PDFs and the report")
    ed.add_argument("--force", action="store_true", help="export pages despite preflight errors")
    ed.add_argument("--workers", type=int, help="processes (default: all cores)")
    ed.set_defaults(func=cmd_export_edition)

    pk = sub.add_parser("package", help="collect a document, its photos and the font licences into one folder")
    pk.add_argument("document")
    pk.add_argument("-o", "--output", required=True)
    pk.set_defaults(func=cmd_package)

    st = sub.add_parser("styles", help="the style sheet, or a story's styled paragraphs with where each property comes from")
    _document_args(st)
    st.add_argument("--story", help="a story id: its styled paragraphs, overrides and character runs")
    st.set_defaults(func=cmd_styles)

    cp = sub.add_parser("captions", help="a caption proof: every photo as placed with its caption, credit and story")
    _document_args(cp)
    cp.add_argument("-o", "--output", required=True, help="proof.pdf or proof.html")
    _lang_arg(cp, "the proof's")
    cp.set_defaults(func=cmd_captions)

    from layout_app.cli_store import add_parsers           # store … and edition … (issue 14)
    add_parsers(sub)
    return parser


COMMANDS = ("typeset", "new", "export", "preflight", "proof", "import", "compose", "export-edition", "package", "captions", "review",
            "styles", "store", "edition")


def _terminated(signum, frame):
    raise SystemExit(128 + signum)          # unwinds, so the commands' finally blocks remove temporaries


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if in_main else None
    try:
        return run_guarded(_dispatch, argv)
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)


def _dispatch(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
