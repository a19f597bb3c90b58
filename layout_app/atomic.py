"""Writing user files atomically without changing who may read them: a temporary file beside the
target gets the target's permission bits (or, for a new file, what the umask allows — as a plain
`open` would give), then is renamed over it. mkstemp alone would leave every saved file 0600."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from layout_app.errors import QT_TRANSLATE_NOOP, InputError, Notice

CANNOT_WRITE = QT_TRANSLATE_NOOP("Intake", "{path}: cannot write in {folder}: {reason}")


# the user's files this process wrote in full (documents, PDFs, proofs, reports): an internal error
# after them names them instead of leaving the user to guess (crashlog)
WRITTEN: dict[Path, None] = {}          # (an ordered set: the editor saves one file many times)


def _umask() -> int:
    # Linux reports the umask without changing it; os.umask would briefly change it for every thread
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode(target: str | os.PathLike) -> int:
    """The permission bits a file written to `target` should have: the existing file's, or the umask's."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode) & 0o777
    except OSError:
        return 0o666 & ~_umask()


def keep_mode(tmp: str | os.PathLike, target: str | os.PathLike) -> None:
    """Give a temporary file the mode the file it is about to replace has (or a new file would get)."""
    os.chmod(tmp, file_mode(target))


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` all or nothing, keeping the file's mode; through a symlink, its target."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    folder = path.parent if str(path.parent) else Path(".")
    import tempfile             # here: an export imports this module for keep_mode alone (start-up)

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(Notice(CANNOT_WRITE, path=path, folder=folder, reason=exc.strerror)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), file_mode(path))
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        WRITTEN[path] = None
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
