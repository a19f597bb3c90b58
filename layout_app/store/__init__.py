"""The shared edition store (issue 14): records with versions, no lost update, history, live changes."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_ENV = "LAYOUT_APP_STORE"        # where the desk's store is: postgresql://… or a file


def is_postgres(where: str) -> bool:
    return where.startswith(("postgresql://", "postgres://"))


def default_store_path() -> Path:
    """The local SQLite store used when nothing is configured."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "layout_app" / "store.sqlite"


def store_address(where: str | None = None) -> str:
    return where or os.environ.get(DEFAULT_ENV) or str(default_store_path())


def open_store(where: str | None = None, user: str | None = None):
    """The store at `where` (postgresql://… or a SQLite file; default: $LAYOUT_APP_STORE, else the local one)."""
    where = store_address(where)
    if is_postgres(where):
        from layout_app.store.postgres import PostgresStore
        return PostgresStore(where, user)
    from layout_app.store.sqlite import SQLiteStore
    return SQLiteStore(where, user)


def init_store(where: str | None = None, user: str | None = None, role: str = "editor"):
    """Prepare a store (tables, triggers; PostgreSQL: roles and policies); idempotent."""
    where = store_address(where)
    if is_postgres(where):
        from layout_app.store.postgres import PostgresStore
        return PostgresStore.init(where)
    from layout_app.store.sqlite import SQLiteStore
    if where == str(default_store_path()):
        Path(where).parent.mkdir(parents=True, exist_ok=True)       # only our own folder is made
    elif not Path(where).parent.is_dir():
        from layout_app.store.base import StoreError
        raise StoreError(f"{where}: the folder {Path(where).parent} does not exist")
    return SQLiteStore.init(where, user, role)
