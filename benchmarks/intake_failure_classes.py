"""What goes wrong when import misses: each story, caption and banner of the corpus pages that import
does not get right, sorted into classes by where its text went (a headline read as a kicker, inside a
paragraph, …; a caption kept as a paragraph, left unassigned, given to another story), with example
seeds. To see where to look first; the figures themselves are benchmarks/intake_corpus.py's.
Run: python benchmarks/intake_failure_classes.py VARIANT [--style varied] [--first 0] [--pages 90]
(PDF variants: only the seeds the benchmark's --pdf-every 1 gives that variant, i.e. a third of them.)
"""
import argparse
import collections
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from layout_app.intake.importer import import_copy  # noqa: E402
from tests.corpus.cases import STYLES, VARIANTS, benchmark_variant, make_case  # noqa: E402
from tests.corpus.score import normal  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("variant", choices=VARIANTS)
ap.add_argument("--style", choices=sorted(STYLES), default="plain")
ap.add_argument("--first", type=int, default=0)
ap.add_argument("--pages", type=int, default=90, help="seeds to look at (PDF variants use a third of them)")
args = ap.parse_args()
classes: collections.Counter = collections.Counter()
examples: dict = collections.defaultdict(list)
HEADS = ("kicker", "headline", "deck", "byline")


def where(text: str | None, page: dict) -> str:
    """Which part of `page` holds `text`, whole or inside."""
    t = normal(text)
    banner = page.get("banner") or {}
    for k in ("kicker", "headline", "deck"):
        if normal(banner.get(k)) == t:
            return f"banner {k}"
        if t and normal(banner.get(k)) and t in normal(banner.get(k)):
            return f"inside banner {k}"
    for s in page["stories"]:
        for k in HEADS:
            if normal(s[k]) == t:
                return k
        for k in HEADS:
            if t and normal(s[k]) and t in normal(s[k]):
                return f"inside {k}"
        for p in s["paragraphs"]:
            if normal(p) == t:
                return "paragraph"
            if t in normal(p):
                return "inside paragraph"
    for c in page["captions"]:
        if normal(c["text"]) == t:
            return "caption"
        if t in normal(c["text"]):
            return "inside caption"
    if any(normal(u) == t for u in page["unassigned"]):
        return "unassigned"
    if any(t in normal(x) for x in page["lead"]):
        return "inside lead"
    return "split/elsewhere"


def add(cls: str, example: tuple) -> None:
    classes[cls] += 1
    if len(examples[cls]) < 4:
        examples[cls].append(example)


def story_classes(seed: int, s: dict, got: dict, expected: dict, actual: dict) -> None:
    """The fields of expected story `s` that `got` (the story with its headline) has wrong."""
    for f in ("kicker", "deck", "byline"):
        if normal(s[f]) == normal(got[f]):
            continue
        if s[f] is None:
            add(f"{f} where none: {where(got[f], expected)} taken", (seed, got[f]))
        elif got[f] is None:
            add(f"{f} missing: read as {where(s[f], actual)}", (seed, s[f]))
        else:
            add(f"{f} differs", (seed, s[f], got[f]))
    want, have = [normal(p) for p in s["paragraphs"]], [normal(p) for p in got["paragraphs"]]
    if want == have:
        return
    extra = [p for p in got["paragraphs"] if normal(p) not in want]
    lost = [p for p in s["paragraphs"] if normal(p) not in have]
    if len(have) == len(want) + len(extra) and not lost:
        add(f"paragraphs: extra, from {where(extra[0], expected)}", (seed, extra[0][:30]))
    elif len(have) > len(want):
        add("paragraphs: split or extra", (seed, (extra or [""])[0][:40]))
    elif len(have) < len(want):
        add(f"paragraphs: fewer (a lost one read as {where(lost[0], actual) if lost else '?'})",
            (seed, (lost or [""])[0][:40]))
    else:
        add("paragraphs: same count, text differs", (seed, (lost or [""])[0][:40], (extra or [""])[0][:40]))


def page_classes(seed: int, expected: dict, actual: dict) -> None:
    by_headline = {normal(s["headline"]): s for s in actual["stories"]}
    for s in expected["stories"]:
        got = by_headline.get(normal(s["headline"]))
        if got is None:
            add(f"headline not a story's: read as {where(s['headline'], actual)}", (seed, s["headline"]))
        else:
            story_classes(seed, s, got, expected, actual)
    found = {normal(c["text"]): c["story"] for c in actual["captions"]}
    heads = {i: normal(x["headline"]) for i, x in enumerate(actual["stories"])}
    for c in expected["captions"]:
        t = normal(c["text"])
        if t not in found:
            add(f"caption not found: read as {where(c['text'], actual)}", (seed, c["text"]))
        elif found[t] is None:
            add("caption unassigned", (seed, c["text"]))
        elif heads.get(found[t]) != normal(expected["stories"][c["story"]]["headline"]):
            add("caption to another story", (seed, c["text"]))
    eb, ab = expected["banner"], actual["banner"]
    if eb and not (ab and all(normal(eb.get(k)) == normal(ab.get(k)) for k in ("kicker", "headline", "deck"))):
        add("banner not found", (seed, eb["headline"], ab and ab.get("headline")))
    if ab and not eb:
        add(f"false banner: {where(ab['headline'], expected)}", (seed, ab["headline"]))


with tempfile.TemporaryDirectory() as tmp:
    for seed in range(args.first, args.first + args.pages):
        if args.variant != "arrival" and benchmark_variant(seed, 1) != args.variant:
            continue
        case = make_case(seed, args.variant, Path(tmp), args.style)
        path = Path(tmp) / f"{case.name}.txt"
        path.write_text(case.text, encoding="utf-8")
        page_classes(seed, case.expected, import_copy(path)[0].to_json())
for cls, n in classes.most_common():
    print(f"{n:5d}  {cls}")
    for example in examples[cls]:
        print("         ", example)
