"""The README's newsroom set-up, followed as a newsroom would: a PostgreSQL server that listens on TCP
and asks desks for a password (scram-sha-256 in pg_hba.conf), the store prepared and staffed with the
real `layout-app` command line, an edition imported by an editor's desk, and two desks — logging in
with a password in the address or from a password file — editing one page at once."""
import os
import queue
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt

from layout_app.assets import DEMO_DIR
from layout_app.store import open_store
from layout_app.store.desk import Desk
from tests.store.newsroom import EDITION, FRAME, PAGE, PHOTO, frame, moved, with_caption
from tests.store.pgserver import PgServer

ROOT = Path(__file__).resolve().parents[2]
SECRET = "admin-secret"
# the README's pg_hba.conf: the server's own users on its socket (sudo -u postgres …: the package's
# peer), the newsroom's desks over the network with a password
HBA = """local   all         all                      peer
host    newsroom    all    127.0.0.1/32    scram-sha-256
"""


@pytest.fixture(scope="module")
def server():
    s = PgServer(hba=HBA).start()
    yield s
    s.stop()


def layout_app(*args, env=None, home=None):
    """The real command line in a process of its own (no store configured unless `env` says)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "LAYOUT_APP"))}
    clean.update(QT_QPA_PLATFORM="offscreen", **({"HOME": str(home)} if home else {}), **(env or {}))
    done = subprocess.run([sys.executable, "-m", "layout_app", *args], cwd=ROOT, env=clean, capture_output=True,
                          text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


class Newsroom:
    def __init__(self, server):
        self.server = server
        self.at = f"127.0.0.1:{server.port}/newsroom"
        self.admin = f"postgresql://{server.superuser}:{SECRET}@{self.at}"
        self.editor = f"postgresql://li:pw-li@{self.at}"
        self.reporter = f"postgresql://wang:pw-wang@{self.at}"


@pytest.fixture(scope="module")
def newsroom(server):
    """The README's commands, in its order: the database and the owner's password on the server, the
    store prepared and staffed from a desk over TCP, each desk's password set on the server."""
    s = server
    on_socket = ("-h", str(s.dir), "-p", str(s.port))
    s.run("createdb", *on_socket, "newsroom")                                   # sudo -u postgres createdb newsroom
    s.run("psql", *on_socket, "-c", f"ALTER ROLE {s.superuser} PASSWORD '{SECRET}'")
    n = Newsroom(s)
    code, out, err = layout_app("store", "init", n.admin)
    assert code == 0, err
    assert out.strip() == f"postgresql://{s.superuser}@127.0.0.1:{s.port}/newsroom: postgresql store ready; " \
                          f"you are {s.superuser} (chief)"                      # no password in what it says
    assert SECRET not in out + err
    for name, role in (("li", "editor"), ("wang", "reporter")):
        code, out, err = layout_app("store", "user", name, role, "--store", n.admin)
        assert (code, out.strip()) == (0, f"{name}: {role}"), err
        s.run("psql", *on_socket, "-c", f"ALTER ROLE {name} PASSWORD 'pw-{name}'")
    return n


def test_the_readmes_newsroom_on_tcp_with_passwords(newsroom, tmp_path):
    n = newsroom
    s, at, admin = n.server, n.at, n.admin

    # a desk without its password, or with a wrong one, is told so in one line
    code, _, err = layout_app("edition", "list", "--store", f"postgresql://wang@{at}")
    assert code == 2 and err.strip() == f"layout-app: postgresql://wang@127.0.0.1:{s.port}/newsroom: cannot connect: " \
        "the server asks for a password: give it in the address (postgresql://USER:PASSWORD@HOST/DB) or in ~/.pgpass " \
        "(mode 0600)"
    code, _, err = layout_app("edition", "list", "--store", f"postgresql://wang:wrong@{at}")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "password authentication failed" in err
    assert "wrong" not in err

    # the editor's desk imports the edition (the password in the address)
    editor_at = f"postgresql://li:pw-li@{at}"
    code, out, err = layout_app("store", "import", str(DEMO_DIR / "demo.yaml"), EDITION, "--store", editor_at)
    assert code == 0 and "10 stories, 6 photos" in out, err

    # the reporter's desk: LAYOUT_APP_STORE as the README exports it, the password from ~/.pgpass
    home = tmp_path / "wang"
    home.mkdir()
    (home / ".pgpass").write_text(f"127.0.0.1:{s.port}:newsroom:wang:pw-wang\n", encoding="utf-8")
    (home / ".pgpass").chmod(0o600)
    reporter_env = {"LAYOUT_APP_STORE": f"postgresql://wang@{at}"}
    code, out, err = layout_app("edition", "list", EDITION, env=reporter_env, home=home)
    assert code == 0 and PAGE in out and "排版中" in out, err

    # two desks edit the page at once: the editor moves the photo, the reporter fixes its caption
    editor = Desk(open_store(editor_at), EDITION)
    reporter_store = open_store(f"postgresql://wang:pw-wang@{at}")
    reporter = Desk(reporter_store, EDITION)
    assert (editor.store.role, reporter_store.role) == ("editor", "reporter")
    arrived = queue.Queue()
    watcher = editor.store.watch(EDITION, arrived.put)            # LISTEN over TCP, logged in with the password
    try:
        time.sleep(0.2)
        shown = moved(editor.document(), col=4)                   # the editor's move, not saved yet
        reporter.save(with_caption(reporter.document(), "记者在另一台电脑上改的说明"))
        change = arrived.get(timeout=5)
        got = editor.receive([change], shown)
        assert [c.id for c in got.applied] == [change.id] and got.fetched == []
        assert got.document.photo(PHOTO).caption == "记者在另一台电脑上改的说明" and frame(got.document).col == 4
        assert editor.save(got.document).conflicts == []
    finally:
        watcher.stop()
    final = open_store(admin).export_document(EDITION)
    assert final.photo(PHOTO).caption == "记者在另一台电脑上改的说明" and frame(final).col == 4

    # the reporter's own SQL over the network cannot move the frame: the database refuses it
    with psycopg.connect(f"postgresql://wang:pw-wang@{at}", autocommit=True) as conn:
        page = conn.execute("SELECT data FROM records WHERE kind = 'page' AND key = %s", (PAGE,)).fetchone()[0]
        page["frames"] = [dict(f, col=0) if f["id"] == FRAME else f for f in page["frames"]]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE records SET data = %s::json, version = version + 1 WHERE kind = 'page' AND key = %s",
                         (psycopg.types.json.Json(page), PAGE))

    # the audit, read from the reporter's desk, names both
    code, out, err = layout_app("edition", "audit", EDITION, env=reporter_env, home=home)
    assert code == 0, err
    last = out.strip().splitlines()[-2:]
    assert any(" wang " in f" {line} " and "photo" in line for line in last), last
    assert any(" li " in f" {line} " and "page" in line for line in last), last

    # the editor's window opens the edition over the network
    shot = tmp_path / "desk.png"
    code, _, err = layout_app("--edition", EDITION, "--page", "1", "--store", editor_at, "--photos", str(DEMO_DIR),
                              "--screenshot", str(shot))
    assert code == 0 and shot.read_bytes().startswith(b"\x89PNG"), err



def _window(qtbot, where, edition):
    from layout_app.editor.newsroom import open_window
    w = open_window(open_store(where), edition, 1, DEMO_DIR)
    w.quiet = True                                  # notices in the status line, no message boxes
    w.ask_save = lambda: "discard"
    qtbot.addWidget(w)
    w.show()
    return w


def test_two_windows_edit_one_page_over_the_network(newsroom, qtbot):
    """The editor's and the reporter's windows, each logged in over TCP with its password, driven with
    real mouse and key events: the reporter's caption reaches the editor's page live, the editor's
    move reaches the reporter's, and the store keeps both."""
    from tests.editor.test_edit_on_page import into, type_text
    from tests.editor.test_editing import drag

    n = newsroom
    edition = "2026-11-30"
    code, _, err = layout_app("store", "import", str(DEMO_DIR / "demo.yaml"), edition, "--store", n.editor)
    assert code == 0, err
    editor, reporter = _window(qtbot, n.editor, edition), _window(qtbot, n.reporter, edition)
    try:
        assert (editor.newsroom.store.role, reporter.newsroom.store.role) == ("editor", "reporter")
        caption = reporter.controller.doc.photo(PHOTO).caption
        into(reporter, qtbot, "ph-reading-cap", "caption", 0)
        type_text(reporter, "图为")
        qtbot.keyClick(reporter.canvas, Qt.Key.Key_Return)
        reporter.save_action.trigger()
        qtbot.waitUntil(lambda: editor.controller.doc.photo(PHOTO).caption == "图为" + caption, timeout=3000)
        f = frame(editor.controller.doc)
        r = editor.canvas.frame_rect(f)
        lead = editor.controller.doc.grid.leading
        drag(editor, (r.x + r.width / 2, r.y + r.height / 2), (r.x + r.width / 2, r.y + r.height / 2 + 3 * lead))
        moved_to = frame(editor.controller.doc)
        assert moved_to.line != f.line
        editor.save_action.trigger()
        qtbot.waitUntil(lambda: frame(reporter.controller.doc) == moved_to, timeout=3000)
        assert not editor.controller.dirty and not reporter.controller.dirty
    finally:
        editor.newsroom.close()
        reporter.newsroom.close()
    final = open_store(n.admin).export_document(edition)
    assert final.photo(PHOTO).caption == "图为" + caption and frame(final) == moved_to
