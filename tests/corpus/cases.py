"""Corpus cases: a seed and a variant → the raw text a user would import and the structure it holds.

Variants: "arrival" (copy as it arrives, written straight from the spec, with its damage) and the
three ways users take text out of a PDF of our own layout: "pdftotext", "pdftotext-raw", "pdfium"
(the PDF text gets the half-width punctuation damage too, on some pages).

Styles: "plain" (generator.py, the pages the committed fixtures and compose tests are made of) and
"varied" (varied.py: other words, topics and shapes, to see whether import's rules generalise)."""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.arrival import arrival_text
from tests.corpus.damage import halfwidth
from tests.corpus import varied
from tests.corpus.generator import make_page
from tests.corpus.pdf_copy import EXTRACTORS, pdf_text

VARIANTS = ("arrival",) + EXTRACTORS
STYLES = {"plain": make_page, "varied": varied.make_page}


@dataclass
class Case:
    name: str
    variant: str
    text: str
    expected: dict


def make_case(seed: int, variant: str, folder: Path, style: str = "plain") -> Case:
    """`folder`: scratch space for the PDF variants (the PDF and its photo are written there)."""
    spec = STYLES[style](seed)
    name = f"page{seed:04d}-{variant}" if style == "plain" else f"{style}{seed:04d}-{variant}"
    if variant == "arrival":
        return Case(name, variant, arrival_text(spec), spec.expected())
    if variant not in EXTRACTORS:
        raise ValueError(f"unknown corpus variant {variant!r}; known: {', '.join(VARIANTS)}")
    text, kept = pdf_text(spec, folder, variant)
    rng = random.Random(f"pdf-{seed}")
    text = halfwidth(text, rng, rng.choice((0.0, 0.0, 0.7)))
    return Case(name, variant, text, kept.expected())


def benchmark_variant(seed: int, pdf_every: int = 5) -> str:
    """The benchmark's mix: every `pdf_every`-th page via PDF (the three extractors in turn), the
    rest as copy arrives."""
    if seed % pdf_every:
        return "arrival"
    return EXTRACTORS[(seed // pdf_every) % len(EXTRACTORS)]
