"""`layout-app store …` and `layout-app edition …` on both engines, in process."""
import json


from layout_app import cli
from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import dumps_document, load_document
from tests.store.newsroom import EDITION, PAGE, STORY


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_sign_off_and_export_back(stores, capsys, tmp_path):
    s = ("--store", stores.where)
    code, out, _ = run(capsys, "store", "import", str(DEMO_DIR / "demo.yaml"), EDITION, *s, "--user", "ed")
    assert code == 0 and "10 stories, 6 photos" in out
    code, out, _ = run(capsys, "edition", "list", EDITION, *s, "--user", "rep", "--json")
    listed = json.loads(out)
    assert [(p["id"], p["label"], p["holder"]) for p in listed["pages"]] == [(PAGE, "排版中", None)]
    assert run(capsys, "edition", "submit", EDITION, PAGE, *s, "--user", "ed")[0] == 0
    code, _, err = run(capsys, "edition", "sign", EDITION, PAGE, *s, "--user", "ed")
    assert code == 2 and err.strip() == "layout-app: refused: page A1: a page editor may not take it from 待审 to 已签发"
    assert run(capsys, "edition", "sign", EDITION, PAGE, *s, "--user", "chief")[0] == 0
    assert run(capsys, "edition", "checkout", EDITION, "story", STORY, *s, "--user", "rep")[0] == 0
    code, out, _ = run(capsys, "edition", "list", EDITION, *s, "--user", "printer")
    assert "已签发" in out and f"story {STORY} checked out by rep" in out
    out_file = tmp_path / "back.yaml"
    assert run(capsys, "store", "export", EDITION, "-o", str(out_file), *s, "--user", "ed")[0] == 0
    assert out_file.read_text(encoding="utf-8") == dumps_document(load_document(DEMO_DIR / "demo.yaml"))
    code, out, _ = run(capsys, "edition", "audit", EDITION, *s, "--user", "ed")
    assert out.splitlines()[-1].endswith(f"check-out story {STORY} v1: checked out by rep")


def test_print_staff_export_only_signed_pages_and_mark_them_sent(stores, capsys, tmp_path):
    s = ("--store", stores.where)
    run(capsys, "store", "import", str(DEMO_DIR / "demo.yaml"), EDITION, *s, "--user", "ed")
    code, _, err = run(capsys, "edition", "export", EDITION, "-o", str(tmp_path / "pdf"), "--photos", str(DEMO_DIR),
                       *s, "--user", "printer")
    assert code == 2 and "no page is signed off" in err
    assert not list((tmp_path / "pdf").glob("*.pdf"))
    run(capsys, "edition", "sign", EDITION, PAGE, *s, "--user", "chief")
    beside_photos = sorted(DEMO_DIR.rglob("*"))
    code, out, _ = run(capsys, "edition", "export", EDITION, "-o", str(tmp_path / "pdf"), "--photos", str(DEMO_DIR),
                       *s, "--user", "printer")
    assert code in (0, 1), out                                # 1: exported with preflight warnings
    # the printer's pattern, {date}_{section}{page:02}, with the edition's date (its name: 2026-11-29), not
    # the document's own (2026-11-28): the edition is what the plant prints (review 30 finding 8)
    pdf = tmp_path / "pdf" / "20261129_要闻01.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert sorted(DEMO_DIR.rglob("*")) == beside_photos            # nothing written beside the photos
    report = json.loads((tmp_path / "pdf" / "edition-report.json").read_text(encoding="utf-8"))
    assert [(r["page"], r["status"] in ("ok", "warnings")) for r in report] == [(1, True)]
    listed = json.loads(run(capsys, "edition", "list", EDITION, *s, "--user", "ed", "--json")[1])
    assert listed["pages"][0]["label"] == "已发排" and listed["pages"][0]["by"] == "printer"


def test_history_and_restore_from_the_command_line(stores, capsys):
    from layout_app.store.desk import Desk
    from tests.store.newsroom import PHOTO, with_caption
    s = ("--store", stores.where)
    run(capsys, "store", "import", str(DEMO_DIR / "demo.yaml"), EDITION, *s, "--user", "ed")
    desk = Desk(stores.open("rep"), EDITION)
    desk.save(with_caption(desk.document(), "改过的说明"))
    code, out, _ = run(capsys, "edition", "history", EDITION, "photo", PHOTO, *s, "--user", "ed")
    assert code == 0 and "v2" in out and "caption: 「" in out and "「改过的说明」" in out
    code, out, _ = run(capsys, "edition", "restore", EDITION, "photo", PHOTO, "1", *s, "--user", "ed")
    assert out.strip() == f"photo {PHOTO}: version 1 restored as version 3"
    assert stores.admin.export_document(EDITION).photo(PHOTO).caption == load_document(DEMO_DIR / "demo.yaml").photo(PHOTO).caption


def test_unknown_store_user_and_edition_are_one_line_messages(tmp_path, capsys):
    where = tmp_path / "s.sqlite"
    assert run(capsys, "store", "init", str(where), "--user", "ed")[0] == 0
    code, _, err = run(capsys, "edition", "list", "nope", "--store", str(where), "--user", "ed")
    assert code == 2 and err.strip() == f"layout-app: {where}: no edition 'nope' in the store (it has: none)"
    code, _, err = run(capsys, "edition", "list", "--store", str(where), "--user", "stranger")
    assert code == 2 and "user 'stranger' is not on the staff" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "edition", "list", "--store", str(tmp_path / "none.sqlite"), "--user", "ed")
    assert code == 2 and "no store here; make one with `layout-app store init" in err
    code, _, err = run(capsys, "store", "init", str(tmp_path / "missing" / "s.sqlite"))
    assert code == 2 and "does not exist" in err and not (tmp_path / "missing").exists()
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "edition", "list", "--store", str(tmp_path / "junk.sqlite"), "--user", "ed")
    assert code == 2 and "not a layout_app store" in err


def test_with_no_configuration_the_local_sqlite_store_is_used(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("LAYOUT_APP_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, _ = run(capsys, "store", "init", "--user", "ed")
    local = tmp_path / "data" / "layout_app" / "store.sqlite"
    assert code == 0 and out.startswith(f"{local}: sqlite store ready")
    run(capsys, "store", "import", str(DEMO_DIR / "demo.yaml"), EDITION, "--user", "ed")
    assert run(capsys, "edition", "list", "--user", "ed")[1].split() == [EDITION]
    import sqlite3
    assert sqlite3.connect(local).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _import_with_doubts(capsys, s, tmp_path):
    """The demo edition with two findings a chief editor must see (review 30 finding 8): a heading read
    at a guess, and a photo whose caption compose put there at a guess (its note open)."""
    from dataclasses import replace

    from layout_app.io.docfile import save_document
    from tests.store.newsroom import PHOTO, demo, with_story
    doc = with_story(demo(), query="parts")
    doc = replace(doc, photos=tuple(replace(p, comment="排版时图片说明对不上任何稿件：请核对") if p.id == PHOTO else p
                                    for p in doc.photos))
    path = tmp_path / "doubts.yaml"
    save_document(doc, path)
    assert run(capsys, "store", "import", str(path), EDITION, *s, "--user", "ed")[0] == 0


def test_signing_shows_the_open_findings_and_refuses_until_the_chief_says_so(stores, capsys, tmp_path):
    s = ("--store", stores.where)
    _import_with_doubts(capsys, s, tmp_path)
    code, out, err = run(capsys, "edition", "sign", EDITION, PAGE, *s, "--user", "chief", "--photos", str(DEMO_DIR))
    assert code == 2
    lines = err.splitlines()
    assert lines[-1] == ("layout-app: page A1 not signed: 2 finding(s) still open (listed above); fix them, or sign "
                         "with --despite-findings once you have read them")
    assert len(lines) == 3
    assert any("was a guess when its copy was read" in line and "story reading" in line for line in lines[:-1]), err
    assert any("a note is open — 排版时图片说明对不上任何稿件：请核对" in line for line in lines[:-1]), err
    listed = json.loads(run(capsys, "edition", "list", EDITION, *s, "--user", "ed", "--json")[1])
    assert listed["pages"][0]["label"] == "排版中"                 # not signed
    code, out, err = run(capsys, "edition", "sign", EDITION, PAGE, *s, "--user", "chief", "--photos", str(DEMO_DIR),
                         "--despite-findings")
    assert code == 0
    assert out.splitlines() == [f"{EDITION} page A1: 已签发", "  signed with 2 finding(s) open (listed above)"]
    assert len(err.splitlines()) == 2                               # shown again, as signed over
    listed = json.loads(run(capsys, "edition", "list", EDITION, *s, "--user", "ed", "--json")[1])
    assert listed["pages"][0]["label"] == "已签发"
    # the edition's audit says who signed over what: the signing's row names the findings
    code, out, _ = run(capsys, "edition", "audit", EDITION, *s, "--user", "ed")
    last = out.splitlines()[-1]
    assert code == 0 and "  chief  status page A1 v" in last and "status: 已签发" in last, out
    assert "(signed with 2 finding(s) open: " in last and "排版时图片说明对不上任何稿件：请核对" in last, last
    assert "was a guess when its copy was read" in last, last


def test_a_clean_page_signs_at_once(stores, capsys):
    s = ("--store", stores.where)
    run(capsys, "store", "import", str(DEMO_DIR / "demo.yaml"), EDITION, *s, "--user", "ed")
    code, out, err = run(capsys, "edition", "sign", EDITION, PAGE, *s, "--user", "chief", "--photos", str(DEMO_DIR))
    assert (code, out, err) == (0, f"{EDITION} page A1: 已签发\n", "")


def test_a_page_is_named_by_its_number_or_the_ids_are_listed(stores, capsys):
    s = ("--store", stores.where)
    run(capsys, "store", "import", str(DEMO_DIR / "demo.yaml"), EDITION, *s, "--user", "ed")
    code, out, _ = run(capsys, "edition", "submit", EDITION, "1", *s, "--user", "ed")       # 版次 1 is page A1
    assert (code, out) == (0, f"{EDITION} page A1: 待审\n")
    code, _, err = run(capsys, "edition", "submit", EDITION, "9", *s, "--user", "ed")
    assert code == 2
    assert err == (f"layout-app: {stores.where}: edition '{EDITION}' has no page '9' you may see; give a page's id "
                   "or number (id: number): A1: 1\n")


def test_the_pdf_is_named_by_the_editions_date_not_left_without_one(stores, capsys, tmp_path):
    """A page with no date and no section of its own (as compose made them before --date and --section):
    the plant gets 20261129_01.pdf, the edition's date from its name — never `_01.pdf`."""
    from dataclasses import replace

    from layout_app.io.docfile import save_document
    from tests.store.newsroom import demo
    doc = demo()
    doc = replace(doc, date="", pages=tuple(replace(p, section="") for p in doc.pages))
    path = tmp_path / "bare.yaml"
    save_document(doc, path)
    s = ("--store", stores.where)
    run(capsys, "store", "import", str(path), EDITION, *s, "--user", "ed")
    run(capsys, "edition", "sign", EDITION, PAGE, *s, "--user", "chief", "--photos", str(DEMO_DIR))
    code, out, _ = run(capsys, "edition", "export", EDITION, "-o", str(tmp_path / "pdf"), "--photos", str(DEMO_DIR),
                       *s, "--user", "printer")
    assert code in (0, 1), out
    assert sorted(p.name for p in (tmp_path / "pdf").glob("*.pdf")) == ["20261129_01.pdf"]
