"""Write the intake corpus fixtures: generated pages as raw copy (.txt) beside the structure import
should find (.expected.json), into tests/intake/corpus/.

Every third page goes through a PDF of our own layout and comes back out by pdftotext, pdftotext -raw
or pypdfium2 in turn; the others are copy as it arrives. The same seeds always give the same files.
Run: python scripts/make_intake_corpus.py [--count 30] [--first 1000] [--out tests/intake/corpus]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.corpus.fixtures import COUNT, FIRST_SEED, FOLDER, write_fixtures  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=COUNT)
    ap.add_argument("--first", type=int, default=FIRST_SEED)
    ap.add_argument("--out", type=Path, default=FOLDER)
    args = ap.parse_args()
    written = write_fixtures(args.out, args.first, args.count)
    print(f"wrote {len(written)} pages (.txt + .expected.json) to {args.out}")


if __name__ == "__main__":
    main()
