"""The one place that turns an unexpected error into a one-line message and a log file."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Callable

from layout_app.errors import InputError

EXIT_ERROR, EXIT_BUG = 2, 3
EXIT_READER_GONE = 141          # 128 + SIGPIPE: what the shell reports for a tool that wrote into a closed pipe


def write_crash_log(exc: BaseException) -> str:
    """The traceback of an unexpected error, in the user's state folder (or the temp folder)."""
    import tempfile       # imported here: every command starts through this module, few ever crash
    import traceback

    base = os.environ.get("LAYOUT_APP_STATE") or os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    folder = Path(base) / "layout_app" / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir())
    path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    path.write_text("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), encoding="utf-8")
    return str(path)


def tell(exc: InputError, lang: str = "en") -> None:
    """A user's mistake, as one line on stderr, in the user's language where it has its wording."""
    from layout_app.lang import said

    print(f"layout-app: {said(exc, lang)}", file=sys.stderr)


def run_guarded(fn: Callable[[list[str]], int], argv: list[str]) -> int:
    """Run a command: a user's mistake prints one line (exit 2); a bug of ours says so and logs (exit 3);
    standard output closed by its reader (`| head`) is neither: the command goes on, silent there."""
    from layout_app.lang import command_language
    from layout_app.readergone import quiet_when_reader_gone, reader_gone

    try:
        with quiet_when_reader_gone():
            return fn(argv)
    except InputError as exc:
        tell(exc, command_language(argv))
        if "--json" in argv:         # a script reading the report gets the refusal as data too (English)
            from layout_app.lang import said
            print(json.dumps({"error": said(exc, "en")}, ensure_ascii=False))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except ModuleNotFoundError as exc:       # an install problem, not a bug: say how to mend it
        print(f"layout-app: the Python module '{exc.name}' is not installed — run scripts/install.sh again", file=sys.stderr)
        return EXIT_BUG
    except Exception as exc:                 # a bug of ours: say so plainly, keep the details in a log
        if reader_gone(exc):
            return EXIT_READER_GONE          # written past the wrapper (to the fd itself): as `head`'s writers end
        log = write_crash_log(exc)
        print(f"layout-app: internal error ({type(exc).__name__}: {exc}).{_written()} "
              f"Details are in {log} — please send that file to the layout_app team.", file=sys.stderr)
        return EXIT_BUG


def _written() -> str:
    """The files this run wrote in full before it failed: the page may be there (an error after
    saving it is no reason to say nothing was written, nor to make it again)."""
    from layout_app.atomic import WRITTEN

    return f" Written before it: {', '.join(map(str, WRITTEN))}." if WRITTEN else ""
