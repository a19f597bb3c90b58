"""The committed corpus pages (tests/intake/corpus): which seeds, which variants, how they are written.
scripts/make_intake_corpus.py writes them; a test checks that the committed ones are what this makes."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from tests.corpus.cases import benchmark_variant, make_case

FIRST_SEED, COUNT, PDF_EVERY = 1000, 30, 3       # every third page through a PDF
FOLDER = Path(__file__).resolve().parent.parent / "intake" / "corpus"


def fixture_variant(seed: int) -> str:
    return benchmark_variant(seed - FIRST_SEED, PDF_EVERY)


def write_fixtures(out: Path, first: int = FIRST_SEED, count: int = COUNT) -> list[Path]:
    """Each page as <name>.txt (the raw copy, UTF-8) beside <name>.expected.json (its structure)."""
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
