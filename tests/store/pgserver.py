"""A real PostgreSQL server for the tests: initdb + pg_ctl from the distribution's postgresql package,
in a temporary folder, on a free port. The server refuses to run as root (and the tests do run as
root in CI), so it runs as the package's unprivileged `postgres` user."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class ServerMissing(RuntimeError):
    pass


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[4]))
    if not found:
        raise ServerMissing("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install the "
                            "distribution's postgresql package (scripts/install.sh --test does)")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """`hba`: the lines of pg_hba.conf in place of initdb's (trust everywhere), e.g. a server that asks
    desks on the network for passwords, as a newsroom's does."""

    def __init__(self, hba: str | None = None):
        self.hba = hba
        self.bin = _bin_dir()
        self.as_user = None
        if os.geteuid() == 0:
            try:
                self.as_user = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerMissing("running as root and there is no `postgres` user to run the server as") from None
        self.dir = Path(tempfile.mkdtemp(prefix="layout_app_pg_"))
        self.data = self.dir / "data"
        self.port = _free_port()
        if self.as_user:
            os.chown(self.dir, self.as_user.pw_uid, self.as_user.pw_gid)
        self.superuser = self.as_user.pw_name if self.as_user else pwd.getpwuid(os.geteuid()).pw_name

    def run(self, *args: str) -> str:
        """A program of the server's package (createdb, psql …) as the server's user, on its socket."""
        return self._run(*args)

    def _run(self, *args: str) -> str:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_user:
            cmd = ["setpriv", f"--reuid={self.as_user.pw_uid}", f"--regid={self.as_user.pw_gid}", "--init-groups",
                   "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self.dir,
                              env={**os.environ, "LC_ALL": "C.UTF-8"})
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
        return done.stdout

    def start(self) -> "PgServer":
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-E", "UTF8", "--no-sync", "-U", self.superuser)
        if self.hba is not None:
            (self.data / "pg_hba.conf").write_text(self.hba, encoding="utf-8")
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.dir / "log"), "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, dbname: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        import psycopg
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
