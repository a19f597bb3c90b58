"""Every character a reporter wrote reaches the display list (which both screen and PDF draw) or a
preflight finding that names it: for the demo page and the sample page, the characters of every
story part and every photo's caption and credit equal the characters printed plus those reported
(overset, unplaced, missing glyph) — and with the byline dropped, or a caption cut short, the sums
no longer match."""
from collections import Counter
from dataclasses import replace

import pytest

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import load_document, loads_document
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group, walk
from layout_app.preflight.checks import preflight
from tests.samples import DOC_YAML

PARTS = ("kicker", "headline", "deck", "byline", "body")
# findings that carry text a reporter wrote which is not printed
TEXT_FINDINGS = ("overset", "caption-not-placed", "credit-unplaced", "story-unplaced", "photo-unplaced",
                 *(f"{p}-unplaced" for p in PARTS))


def chars(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


def written(doc) -> Counter:
    out = Counter()
    for story in doc.stories:
        for part in PARTS:
            out += chars("".join(story.part_text(part)))
    for photo in doc.photos:
        out += chars(photo.caption) + chars(photo.credit)
    return out


def accounted(doc, folder) -> tuple[Counter, Counter]:
    displays = Composer(doc, folder).compose_all()
    printed = Counter()
    for display in displays:
        # a master's running head is the page's furniture, not anything a reporter wrote
        stories = [i for i in display.items if not (isinstance(i, Group) and i.tag == "master")]
        for run in walk(stories):
            if isinstance(run, GlyphRun):
                printed += chars(run.text)
    report = preflight(doc, folder, displays, files=False)
    reported = Counter()
    for f in report.errors + report.warnings:
        if f.code in TEXT_FINDINGS:
            reported += chars(f.where.get("text", ""))
        elif f.code == "missing-glyph":
            reported[f.where["char"]] += 1
    return printed, reported


def demo():
    return load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR


def sample():
    return loads_document(DOC_YAML), "."


@pytest.mark.parametrize("make", [demo, sample], ids=["demo", "sample"])
def test_every_character_is_printed_or_reported(make):
    doc, folder = make()
    printed, reported = accounted(doc, folder)
    assert sum(written(doc).values()) > 100
    assert printed + reported == written(doc)


@pytest.mark.parametrize("make", [demo, sample], ids=["demo", "sample"])
def test_squeezed_frames_still_account_for_every_character(make):
    """Every text and caption frame one line tall: overset text is reported, not lost."""
    doc, folder = make()
    page = doc.pages[0]
    frames = tuple(replace(f, lines=1) if f.is_text or f.kind == "caption" else f for f in page.frames)
    doc = replace(doc, pages=(replace(page, frames=frames),))
    printed, reported = accounted(doc, folder)
    assert sum(reported.values()) > 20                            # something did not fit
    assert printed + reported == written(doc)


def test_a_frameless_story_and_photo_are_reported():
    doc, folder = sample()
    page = doc.pages[0]
    doc = replace(doc, pages=(replace(page, frames=tuple(f for f in page.frames if f.id in ("ph1",))),))
    printed, reported = accounted(doc, folder)
    assert printed + reported == written(doc)
    assert not printed


@pytest.mark.parametrize("make", [demo, sample], ids=["demo", "sample"])
def test_a_photo_on_no_page_has_its_caption_and_credit_reported(make):
    """compose leaves a photo out when its stack has no room: its caption and credit are printed
    nowhere, and the page editor is told which photo and which caption."""
    doc, folder = make()
    page = doc.pages[0]
    photo = next(p for p in doc.photos if p.caption.strip())
    frames = tuple(f for f in page.frames if f.photo != photo.id)
    doc = replace(doc, pages=(replace(page, frames=frames),))
    printed, reported = accounted(doc, folder)
    assert printed + reported == written(doc)
    assert chars(photo.caption) + chars(photo.credit) <= reported
    (f,) = [f for f in preflight(doc, folder, files=False).warnings if f.code == "photo-unplaced"]
    assert f.where["photo"] == photo.id and photo.file.rsplit("/", 1)[-1] in f.message
    assert " ".join(photo.caption.split())[:8] in f.message


def test_a_long_caption_cut_short_is_reported():
    doc, folder = sample()
    photo = replace(doc.photo("p1"), caption="青石镇的孩子们在图书角里认真阅读，志愿者为他们讲故事、辅导作业。"
                                             "每逢周末，图书角里格外热闹，不少家长也陪着孩子一起读书。")
    page = doc.pages[0]
    frames = tuple(replace(f, lines=1) if f.id == "c1" else f for f in page.frames)
    doc = replace(doc, photos=(photo,), pages=(replace(page, frames=frames),))
    printed, reported = accounted(doc, folder)
    assert printed + reported == written(doc)
    assert chars("一起读书。本报记者王晨摄") <= reported              # the end of the caption, and the credit
