"""Write the intake corpus fixtures: generated pages as raw copy (.txt) beside the structure import
should find (.expected.json), into tests/intake/corpus/.

Every third page goes through a PDF of our own layout and comes back out by pdftotext, pdftotext -raw
or pypdfium2 in turn; the others are copy as it arrives. The same seeds always give the same files.
Run: python scripts/make_intake_corpus.py [--count 30] [--first 1000] [--out tests/intake/corpus]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus.cases import benchmark_variant, make_case  # noqa: E402

FIRST_SEED, COUNT, PDF_EVERY = 1000, 30, 3


def fixture_variant(seed: int) -> str:
    return benchmark_variant(seed - FIRST_SEED, PDF_EVERY)


def write_fixtures(out: Path, first: int = FIRST_SEED, count: int = COUNT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(first, first + count):
            case = make_case(seed, fixture_variant(seed), Path(tmp))
            txt = out / f"{case.name}.txt"
            txt.write_text(case.text, encoding="utf-8")
            (out / f"{case.name}.expected.json").write_text(
                json.dumps(case.expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(txt)
    return written


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=COUNT)
    ap.add_argument("--first", type=int, default=FIRST_SEED)
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "intake" / "corpus")
    args = ap.parse_args()
    written = write_fixtures(args.out, args.first, args.count)
    print(f"wrote {len(written)} pages (.txt + .expected.json) to {args.out}")


if __name__ == "__main__":
    main()
