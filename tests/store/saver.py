"""A desk that saves for ever: every save changes the headline of every story in one commit, so a
store killed mid-save shows either all of one save or all of the one before, never a mix.
Run: python -m tests.store.saver WHERE USER EDITION"""
import sys
from dataclasses import replace
from itertools import count

from layout_app.store import open_store
from layout_app.store.desk import Desk


def main(where: str, user: str, edition: str) -> None:
    desk = Desk(open_store(where, user), edition)
    doc = desk.document()
    print("ready", flush=True)
    for n in count(1):
        doc = replace(doc, stories=tuple(replace(s, headline=f"第{n}版 " + "标" * (n % 50)) for s in doc.stories))
        doc = desk.save(doc).document
        print(f"committed {n}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
