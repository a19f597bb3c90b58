"""A page spec laid out by our own first-layout machinery, exported as PDF, and taken back out as
text with the tools users have: `pdftotext` (default and -raw) and pypdfium2.

The document is built the way `compose` builds one (layout.autoplace.plan_page on a template's grid):
the banner with the page lead under it, each story with its photos and their captions, the credits on
the last line. Photos are tiny drawn JPEGs: only their captions matter here. What the page has no room
for (a story, the end of a story's copy, a photo and its caption, a byline) is cut from the spec and the
page laid out again, so the truth is what the PDF holds."""
from __future__ import annotations

import datetime
import random
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from layout_app.intake.runninghead import staff_from_credits
from layout_app.io.templates import load_template
from layout_app.layout.autoplace import StoryPlan, plan_page
from layout_app.layout.compose import Composer
from layout_app.model.document import Document, Page
from layout_app.model.furniture import fill_fields, long_date, weekday
from layout_app.model.story import Photo, Story
from layout_app.render.pdf.export import ExportOptions, export_pdf
from tests.corpus.generator import PageSpec

EXTRACTORS = ("pdftotext", "pdftotext-raw", "pdfium")
# headlines set in their rank's style (a brief's 16 pt, its kicker and deck 五号) as `layout-app compose`
# sets them (the committed text fixtures were made with the plain style, before)
RANKED_STYLES = True
PHOTO_RIGHT = False        # compose sets it on the right; the corpus measured with it on the left (27 of 80 pages differ)


# the running head (报眉) on every page, as `compose` prints one on an inside page: 版次 and 版名, the
# paper and the edition's date, the 责任编辑 the copy's credits name (then no credit of the page)
RUNNING_HEAD = True
SECTIONS = ("要闻", "综合", "民生", "经济", "城事", "县区", "文化", "体育", "教育", "社会")
PAPERS = ("江城日报", "青禾日报", "南湖晚报", "东海都市报")


@dataclass(frozen=True)
class Head:
    number: int
    section: str
    date: str
    paper: str
    editor: str = ""


def running_head(spec: PageSpec, template: str = "duikai") -> tuple[Head | None, PageSpec]:
    """The page's running head (its own random stream: the spec's copy stays what it was), and the spec
    with the credit it takes out (责任编辑 X, printed in the head) and the head's text as furniture."""
    if not RUNNING_HEAD:
        return None, spec
    rng = random.Random(f"head-{spec.seed}")
    date = (datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(365))).isoformat()
    head = Head(rng.randint(2, 16), rng.choice(SECTIONS), date, rng.choice(PAPERS))
    master = next(m for m in load_template(template).masters if m.name == "running-head")
    staff, credits = staff_from_credits(spec.credits, master)
    head = replace(head, editor=staff.get("editor", ""))
    values = {"paper": head.paper, "date": date, "date:long": long_date(date), "weekday": weekday(date),
              "page": str(head.number), "section": head.section, "editor": head.editor, "art_editor": ""}
    printed = [t for t in (fill_fields(m.text, values) for m in master.texts) if t]
    return head, replace(spec, credits=credits, furniture=printed)


def page_document(spec: PageSpec, folder: Path, template: str = "duikai") -> tuple[Document, PageSpec]:
    """The laid-out document, and the spec trimmed to what the page shows. As a page editor cuts copy
    to fit: a story with no room is left out, copy that overruns its stack is cut from the end in whole
    paragraphs, a photo with no room goes with its caption, a byline with no room goes; then the page
    is laid out again, until everything the spec holds is on the page."""
    head, spec = running_head(spec, template)
    while True:
        doc, placed = _lay_out(spec, folder, template)
        shown = _shown(spec, doc, placed)
        if shown == spec:
            return _headed(doc, head), spec
        spec = shown


def _headed(doc: Document, head: Head | None) -> Document:
    """`doc` with its page under the template's running head master, filled as compose fills it."""
    if head is None:
        return doc
    t = load_template(doc.template)
    page = replace(doc.pages[0], number=head.number, section=head.section, master="running-head", editor=head.editor)
    return replace(doc, pages=(page,), masters=t.masters, date=head.date, paper=head.paper)


def _lay_out(spec: PageSpec, folder: Path, template: str) -> tuple[Document, set]:
    """The page as compose lays it out, and the ids of the stories it placed (s1, s2, …)."""
    t = load_template(template)
    photo = folder / "photo.jpg"
    Image.new("RGB", (60, 40), (120, 140, 160)).save(photo, "JPEG")
    stories = [Story(f"s{k + 1}", s.headline, s.kicker or "", s.deck or "", tuple(s.paragraphs), s.byline or "")
               for k, s in enumerate(spec.stories)]
    photos, plans = [], []
    for k, s in enumerate(spec.stories):
        plan = StoryPlan(f"s{k + 1}")
        for c in s.captions:
            photos.append(Photo(f"p{len(photos) + 1}", photo.name, c))
            plan.photos.append(photos[-1].id)
        plans.append(plan)
    banner = None
    if spec.banner or spec.lead:
        banner = "banner"
        b = spec.banner or {}
        stories.insert(0, Story("banner", b.get("headline", ""), b.get("kicker") or "", b.get("deck") or "",
                                tuple(spec.lead)))
    credits = None
    if spec.credits:
        credits = "credits"
        stories.append(Story("credits", byline="　　".join(spec.credits)))   # as compose sets them
    page = Page("p1", 1)
    doc = Document(t.grid, dict(t.styles), (page,), tuple(stories), tuple(photos), template=t.name)
    # photos kept when a stack runs over: this page editor cuts the copy itself (`_shown`); headlines
    # in their ranks' styles (RANKED_STYLES); a photo set narrower than its stack on the stack's left
    # (PHOTO_RIGHT), as the saved texts the import is measured on were made
    plan = plan_page(doc, page, plans, banner=banner, credits=credits,
                     photo_aspect={p.id: 0.66 for p in photos}, copyfit=False, ranked_styles=RANKED_STYLES,
                     photo_right=PHOTO_RIGHT)
    doc = replace(doc, stories=tuple(replace(s, rank=plan.ranks.get(s.id, s.rank)) for s in doc.stories))
    doc = replace(doc, pages=(Page("p1", 1, tuple(plan.frames)),))
    return doc, {f.story for f in plan.frames}


def _shown(spec: PageSpec, doc: Document, placed: set) -> PageSpec:
    """`spec` cut to what the composed page shows (the same spec when it shows everything)."""
    display = Composer(doc).compose(doc.pages[0])
    over = {r.frame: r.overset_text for r in display.reports if r.overset_lines or r.overset_text}
    over_story = {r.story: r.overset_text for r in display.reports if r.part == "body" and r.overset_text}
    bylines_out = {u.story for u in display.unplaced if u.part == "byline"}
    frames = {f.id: f for f in doc.pages[0].frames}
    foot = doc.grid.line_count
    pid = iter(f"p{n + 1}" for n in range(sum(len(s.captions) for s in spec.stories)))   # as _lay_out names them
    kept = []
    for k, s in enumerate(spec.stories):
        sid, pids = f"s{k + 1}", [next(pid) for _ in s.captions]
        heads = [f for f in frames.values() if f.story == sid and f.part != "body"]
        if sid not in placed or any(f.id in over for f in heads) or sid in {u.story for u in display.unplaced
                                                                             if u.part != "byline"}:
            continue
        paragraphs = list(s.paragraphs)
        if sid in over_story:
            paragraphs = paragraphs[:-(over_story[sid].count("\n") + 1)]
        if not paragraphs:
            continue
        # (a caption the page's foot cut off is not on the page: the layout is made as measured, and a
        # stack that runs over puts its last photos below the foot — no extractor but pypdfium2 gives it)
        captions = [c for c, p in zip(s.captions, pids) if f"{p}-cap" in frames and f"{p}-cap" not in over
                    and frames[f"{p}-cap"].line + frames[f"{p}-cap"].lines <= foot]
        kept.append(replace(s, paragraphs=paragraphs, captions=captions,
                            byline=None if sid in bylines_out else s.byline))
    lead = list(spec.lead)
    if "banner" in over_story:
        lead = lead[:-(over_story["banner"].count("\n") + 1)]
    credits = [] if ("credits" in bylines_out or "credits" in over) else list(spec.credits)
    return replace(spec, stories=kept, lead=lead, credits=credits)


def export(spec: PageSpec, folder: Path) -> tuple[Path, PageSpec]:
    doc, kept = page_document(spec, folder)
    out = folder / "page.pdf"
    export_pdf(doc, folder, out, ExportOptions(pdfx=False, force=True))
    return out, kept


def extract(pdf: Path, how: str) -> str:
    if how == "pdfium":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(pdf))
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in document)
        finally:
            document.close()
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if how == "pdftotext-raw" else []) + [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_text(spec: PageSpec, folder: Path, how: str) -> tuple[str, PageSpec]:
    """The page's text as `how` takes it out of our PDF, and the spec of what the page holds."""
    pdf, kept = export(spec, folder)
    return extract(pdf, how), kept
