"""`layout-app store …` and `layout-app edition …`: the shared edition store from the command line.

    layout-app store init [postgresql://…|FILE]     prepare a store (default: the local SQLite store)
    layout-app store user NAME ROLE                 add a desk: editor, reporter, chief or print
    layout-app store import DOC.yaml EDITION        a YAML document into the store
    layout-app store export EDITION -o DOC.yaml     and back out (byte for byte what saving gives)
    layout-app edition list [EDITION]               pages with status (排版中 → 待审 → 已签发 → 已发排), holders
    layout-app edition submit|sign|reopen EDITION PAGE
    layout-app edition checkout|checkin EDITION KIND KEY
    layout-app edition history EDITION KIND KEY / audit EDITION / restore EDITION KIND KEY VERSION
    layout-app edition export EDITION -o DIR        print staff: PDF/X-4 of the signed pages, marked 已发排

Where the store is: --store, else $LAYOUT_APP_STORE, else the local SQLite store. Who you are: --user,
else the login name (PostgreSQL: the user of the address)."""
from __future__ import annotations

import argparse
import json
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from layout_app.errors import InputError

KINDS = ("page", "story", "photo", "edition")


@contextmanager
def _said() -> Iterator[None]:
    """The store's refusals as one-line messages."""
    from layout_app.store.base import Stale
    from layout_app.store.rights import Refused
    try:
        yield
    except Refused as exc:
        raise InputError(f"refused: {exc}") from None
    except Stale as exc:
        raise InputError(f"not saved: {exc}; read the edition again") from None


def _store(args):
    from layout_app.store import open_store
    return open_store(args.store, args.user)


def cmd_store_init(args) -> int:
    from layout_app.store import init_store, store_address
    where = args.where or args.store
    store = init_store(where, args.user, args.role)
    print(f"{store_address(where) if store.engine == 'sqlite' else store.where}: {store.engine} store ready; "
          f"you are {store.user} ({store.role})")
    store.close()
    return 0


def cmd_store_user(args) -> int:
    with _said():
        store = _store(args)
        store.add_user(args.name, args.role)
    print(f"{args.name}: {args.role}")
    return 0


def cmd_store_import(args) -> int:
    from layout_app.io.docfile import load_document
    doc = load_document(args.document)
    with _said():
        store = _store(args)
        store.import_document(args.edition, doc)
    print(f"{args.edition}: {len(doc.pages)} page(s), {len(doc.stories)} stories, {len(doc.photos)} photos imported "
          f"from {args.document}")
    return 0


def cmd_store_export(args) -> int:
    from layout_app.io.docfile import save_document
    from layout_app.io.outputs import output_file
    out = output_file(args.output, (".yaml", ".yml"), "document")
    with _said():
        doc = _store(args).export_document(args.edition)
    save_document(doc, out)
    print(f"{out}: edition {args.edition}, {len(doc.pages)} page(s)")
    return 0


def cmd_edition_list(args) -> int:
    from layout_app.store.rights import STATUS_LABELS
    store = _store(args)
    if not args.edition:
        for name in store.editions():
            print(name)
        return 0
    snap = store.snapshot(args.edition)
    pages = store.pages(args.edition)
    held = [r for r in snap.values() if r.holder and r.kind != "page"]
    if args.json:
        print(json.dumps({"pages": [{"id": p.key, "number": p.data.get("number"), "section": p.data.get("section", ""),
                                     "status": p.status, "label": STATUS_LABELS.get(p.status, p.status),
                                     "holder": p.holder, "version": p.version, "by": p.updated_by} for p in pages],
                          "held": [{"kind": r.kind, "key": r.key, "holder": r.holder} for r in held]},
                         ensure_ascii=False, indent=1))
        return 0
    for p in pages:
        who = f"  checked out by {p.holder}" if p.holder else ""
        print(f"{p.data.get('number', ''):>3} {p.key:<8} {p.data.get('section', ''):<6} "
              f"{STATUS_LABELS.get(p.status, p.status)}  v{p.version} by {p.updated_by}{who}")
    for r in held:
        print(f"    {r.kind} {r.key} checked out by {r.holder}")
    return 0


_STATUS = {"submit": "review", "sign": "signed", "reopen": "draft"}



def cmd_edition_status(args) -> int:
    """A page's status moved; the page named by its id or its number (版次). Signing shows the chief
    editor the page's open findings first and refuses while any is open, unless --despite-findings
    says they were read."""
    import sys

    from layout_app.errors import Notice
    from layout_app.lang import translator, ui_language
    from layout_app.store import wording as SW
    from layout_app.store.rights import STATUS_LABELS
    found = []
    with _said():
        store = _store(args)
        key = store.page_key(args.edition, args.page)
        if args.action == "sign":
            from layout_app.preflight.signoff import open_findings
            found = open_findings(store.export_document(args.edition), key, Path(args.photos))
            words = translator(ui_language(), "Preflight")
            for f in found:
                print(f"  {f.line(words)}", file=sys.stderr)
            if found and not args.despite_findings:
                raise InputError(Notice(SW.SIGN_WITH_FINDINGS, page=key, n=len(found)))
        from layout_app.preflight.signoff import signed_over
        note = signed_over(found, words) if found else ""
        r = store.set_status(args.edition, key, _STATUS[args.action], note=note)
    print(f"{args.edition} page {key}: {STATUS_LABELS[r.status]}")
    if found:
        print(f"  {Notice(SW.SIGNED_DESPITE, n=len(found)).render(translator(ui_language(), 'Intake'))}")
    return 0


def cmd_edition_hold(args) -> int:
    with _said():
        store = _store(args)
        if args.action == "checkout":
            r = store.check_out(args.edition, args.kind, args.key)
        else:
            r = store.check_in(args.edition, args.kind, args.key, force=args.force)
    print(f"{args.kind} {args.key}: " + (f"checked out by {r.holder}" if r.holder else "checked in"))
    return 0


def cmd_edition_history(args) -> int:
    from layout_app.store.history import diff_versions
    versions = _store(args).history(args.edition, args.kind, args.key)
    if not versions:
        raise InputError(f"edition {args.edition}: no {args.kind} {args.key!r}")
    for v, lines in diff_versions(versions):
        print(f"v{v.version}  {v.at}  {v.author}  {v.action}")
        for line in lines:
            print(f"    {line}")
    return 0


def cmd_edition_audit(args) -> int:
    from layout_app.store.history import audit_lines
    for line in audit_lines(_store(args).audit(args.edition, since=args.since)):
        print(line)
    return 0


def cmd_edition_restore(args) -> int:
    with _said():
        r = _store(args).restore(args.edition, args.kind, args.key, args.version)
    print(f"{args.kind} {args.key}: version {args.version} restored as version {r.version}")
    return 0


def cmd_edition_export(args) -> int:
    """Print staff: the signed pages as PDF/X-4 by the edition export (in parallel, named by the
    printer's pattern), then those exported marked sent to the plant (已发排)."""
    from layout_app.cli import REPORT, TerminalProgress
    from layout_app.atomic import write_atomic
    from layout_app.io.outputs import output_folder
    from layout_app.render.pdf.edition import summary
    from layout_app.render.pdf.signed import export_pages
    from layout_app.store.rights import SIGNED

    out_dir = output_folder(args.output, "signed pages' PDFs")
    with _said():
        store = _store(args)
        signed = {p.key: p for p in store.pages(args.edition) if p.status in SIGNED}
        if not signed:
            raise InputError(f"edition {args.edition}: no page is signed off (已签发) yet; nothing to export")
        doc = store.export_document(args.edition)
        progress = TerminalProgress()
        try:
            results = export_pages(doc, Path(args.photos), list(signed), out_dir, force=args.force,
                                   workers=args.workers, progress=progress, edition=args.edition)
        finally:
            progress.close()
        print(summary(results))
        write_atomic(out_dir / REPORT, json.dumps([r.to_json() for r in results], ensure_ascii=False,
                                                  indent=1).encode("utf-8"))
        by_number = {p.data.get("number"): p for p in signed.values()}
        for r in results:
            page = by_number.get(r.page)
            if r.status in ("ok", "warnings") and page and page.status == "signed" and not args.keep_status:
                store.set_status(args.edition, page.key, "sent")
    if any(r.status in ("refused", "failed") for r in results):
        return 2
    return 1 if any(r.status == "warnings" for r in results) else 0


def add_parsers(sub) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", help="postgresql://… or a store file (default: $LAYOUT_APP_STORE, else the local store)")
    common.add_argument("--user", help="who you are (default: your login name)")

    s = sub.add_parser("store", help="the shared edition store: init, users, import and export")
    ss = s.add_subparsers(dest="store_command", required=True)
    i = ss.add_parser("init", parents=[common], help="prepare a store (SQLite file or postgresql://…)")
    i.add_argument("where", nargs="?", help="postgresql://user@host/db or a file (default: the local store)")
    i.add_argument("--role", default="editor", choices=("editor", "reporter", "chief", "print"),
                   help="your role in a new SQLite store (default editor)")
    i.set_defaults(func=cmd_store_init)
    u = ss.add_parser("user", parents=[common], help="add a desk with its role")
    u.add_argument("name")
    u.add_argument("role", choices=("editor", "reporter", "chief", "print"))
    u.set_defaults(func=cmd_store_user)
    m = ss.add_parser("import", parents=[common], help="a YAML document into the store as an edition")
    m.add_argument("document")
    m.add_argument("edition", help="the edition's name, e.g. its date")
    m.set_defaults(func=cmd_store_import)
    x = ss.add_parser("export", parents=[common], help="an edition out as a YAML document")
    x.add_argument("edition")
    x.add_argument("-o", "--output", required=True)
    x.set_defaults(func=cmd_store_export)

    e = sub.add_parser("edition", help="an edition in the store: pages, status, sign-off, history, export")
    es = e.add_subparsers(dest="edition_command", required=True)
    ls = es.add_parser("list", parents=[common], help="pages with status and holders (no EDITION: the editions)")
    ls.add_argument("edition", nargs="?")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_edition_list)
    for action, text in (("submit", "page ready for review (待审)"), ("sign", "chief editor: sign the page off (签发)"),
                         ("reopen", "chief editor: reopen a signed page (排版中)")):
        a = es.add_parser(action, parents=[common], help=text)
        a.add_argument("edition")
        a.add_argument("page", help="the page's id or its number (版次), as `edition list` shows them")
        if action == "sign":
            a.add_argument("--despite-findings", action="store_true",
                           help="sign although the page has open findings (they are listed first)")
            a.add_argument("--photos", default=".", help="the folder photo paths are relative to (default: here)")
        a.set_defaults(func=cmd_edition_status, action=action)
    for action in ("checkout", "checkin"):
        h = es.add_parser(action, parents=[common], help=f"{action[:5]} {action[5:]} a story, photo or page")
        h.add_argument("edition")
        h.add_argument("kind", choices=KINDS[:3])
        h.add_argument("key")
        h.add_argument("--force", action="store_true", help="an editor releases a colleague's check-out")
        h.set_defaults(func=cmd_edition_hold, action=action)
    hi = es.add_parser("history", parents=[common], help="a record's versions and what each changed")
    hi.add_argument("edition")
    hi.add_argument("kind", choices=KINDS)
    hi.add_argument("key")
    hi.set_defaults(func=cmd_edition_history)
    au = es.add_parser("audit", parents=[common], help="who did what when")
    au.add_argument("edition")
    au.add_argument("--since", type=int, default=0, metavar="N",
                    help="only the entries after entry N (each line starts with its number)")
    au.set_defaults(func=cmd_edition_audit)
    rs = es.add_parser("restore", parents=[common], help="an old version saved as the newest")
    rs.add_argument("edition")
    rs.add_argument("kind", choices=KINDS)
    rs.add_argument("key")
    rs.add_argument("version", type=int)
    rs.set_defaults(func=cmd_edition_restore)
    ex = es.add_parser("export", parents=[common], help="print staff: PDF/X-4 of each signed page, then 已发排")
    ex.add_argument("edition")
    ex.add_argument("-o", "--output", required=True, help="the folder for the PDFs")
    ex.add_argument("--photos", default=".", help="the folder photo paths are relative to (default: here)")
    ex.add_argument("--force", action="store_true", help="export despite preflight errors")
    ex.add_argument("--keep-status", action="store_true", help="do not mark the pages sent (已发排)")
    ex.add_argument("--workers", type=int, help="processes (default: all cores)")
    ex.set_defaults(func=cmd_edition_export)


