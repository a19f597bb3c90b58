"""`layout-app`: a subcommand goes to the command line, anything else opens the desktop app.
The only module above both `cli` and `editor`, so neither needs the other."""
from __future__ import annotations

import sys

from layout_app import cli
from layout_app.crashlog import run_guarded


def _app(argv: list[str]) -> int:
    from layout_app.editor.app import run

    return run(argv)


def _board(argv: list[str]) -> int:
    from layout_app.editor.board import run_board

    return run_board(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "board":                    # layout-app board EDITION: the edition board (issue 14)
        return run_guarded(_board, argv[1:])
    if argv and argv[0] == "review":                   # layout-app review DOC.yaml: the app in review mode
        return run_guarded(_app, argv[1:] + ["--review"])
    if not argv or argv[0] not in cli.COMMANDS and argv[0] not in ("-h", "--help"):
        return run_guarded(_app, argv)                 # the desktop app: a document or the demo page
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
