"""Every store test runs against both engines with the same code: `store_factory` makes a fresh,
empty store (a SQLite file, or a new database on the session's real PostgreSQL server) and opens it
as any member of the staff."""
from __future__ import annotations

import gc
import itertools

import pytest

from layout_app.store import init_store, open_store
from tests.store.pgserver import PgServer

_count = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer().start()          # fails with a clear message when the binaries are missing
    yield server
    server.stop()


STAFF = {"ed": "editor", "rep": "reporter", "chief": "chief", "printer": "print", "ed2": "editor",
         "rep2": "reporter"}


class Factory:
    """One fresh store; `open(name)` is that staff member's desk (own connection)."""

    def __init__(self, engine, where, admin):
        self.engine, self.where, self.admin = engine, where, admin
        self.opened = [admin]
        for name, role in STAFF.items():
            admin.add_user(name, role)

    def open(self, user: str):
        store = open_store(self.where, user)
        self.opened.append(store)
        return store

    def close(self):
        for s in self.opened:
            s.close()


def _factory(engine, request, tmp_path):
    if engine == "sqlite":
        where = str(tmp_path / "newsroom.sqlite")
        admin = init_store(where, user="admin", role="chief")
    else:
        server = request.getfixturevalue("pg_server")
        where = server.create_database(f"t{next(_count)}")
        admin = init_store(where)
    return Factory(engine, where, admin)


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path):
    factory = _factory(request.param, request, tmp_path)
    yield factory
    factory.close()


@pytest.fixture
def pg_stores(request, tmp_path):
    """PostgreSQL only: for what the database itself must refuse (plain SQL from a desk's connection)."""
    factory = _factory("postgresql", request, tmp_path)
    yield factory
    factory.close()


@pytest.fixture
def settled_heap():
    """For a test that times a live change. Late in a full run the test process holds millions of
    objects from earlier tests; one full garbage collection of that heap, falling inside a timed save,
    took 0.5 s on CI (measured here: 0.51 s for 6 M objects). Collected and frozen first, the lag
    measured is the store's and the editor's, as in the app."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()
