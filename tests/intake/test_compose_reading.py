"""A story set around a photo reads as a reader reads a page: column by column, left to right, each
column top to bottom — the story's text in that order is its text as the reporter wrote it. Text set
beside a photo first and then across under it breaks that: the column beside the photo runs straight
on into text that comes later ('…有效解决' / '水平。截至目前', a chief editor's finding on corpus
page 9). Checked on the page as set (the glyph runs' places), not on the frames compose chose."""
from layout_app.layout.compose import frame_rect
from layout_app.layout.display import GlyphRun, Group
from layout_app.model.frame import Frame
from tests.intake.composed import compose_corpus_page


def runs_in(group):
    for it in group.items:
        if isinstance(it, GlyphRun):
            yield it
        elif isinstance(it, Group):
            yield from runs_in(it)


def as_read(doc, display, sid):
    """Story `sid`'s body text read column by column (the page grid's columns), top to bottom."""
    page = doc.pages[0]
    lefts = [frame_rect(doc.grid, page, Frame("c", c, 1, 0, 1)).x for c in range(doc.grid.columns)]
    lines = []
    for g in display.items:
        if isinstance(g, Group) and g.frame.startswith(f"{sid}-body"):
            for r in runs_in(g):
                col = max(c for c, x in enumerate(lefts) if x <= r.xs[0] + 0.5)
                lines.append((col, round(r.y, 1), r.xs[0], r.text))
    return "".join(t for *_, t in sorted(lines)).replace(" ", "")


def test_every_story_around_a_photo_reads_column_by_column(tmp_path):
    code, report, doc, display = compose_corpus_page(9, tmp_path)
    beside = [d["story"] for d in report["decisions"]["stories"] if d.get("text_beside_photo")]
    assert len(beside) >= 2                  # page 9 sets several photos with their text beside them
    for sid in [d["story"] for d in report["decisions"]["stories"]]:
        story = doc.story(sid)
        wrote = "".join(story.body).replace(" ", "")
        read = as_read(doc, display, sid)
        byline = story.byline.replace(" ", "")
        if byline and read.startswith(byline):          # set at the head of the body, first
            read = read[len(byline):]
        assert read == wrote, sid


def test_no_single_line_under_a_caption_where_the_stack_ends(tmp_path):
    # a page of the intake corpus as it lays it out (its stacks not copyfitted): a story at the page's
    # foot had one line left under its photo's caption — its byline and the first words of two
    # columns on the page's last line, read before the column beside the photo. One line there is a
    # scrap: the text stays beside the photo (running over, for the editor to cut). Page 82070 showed
    # it until a story without a photo could move to another stack; page 82088 shows it now (s6: one
    # line under a caption with the rule switched off)
    from tests.corpus.generator import make_page
    from tests.corpus.pdf_copy import page_document
    doc, _ = page_document(make_page(82088), tmp_path)
    frames = doc.pages[0].frames
    caps = [f for f in frames if f.part == "caption"]
    under = [f for f in frames if f.part == "body" and any((c.line + c.lines, c.col) == (f.line, f.col) for c in caps)]
    assert [(f.id, f.lines) for f in under if f.lines < 2] == []
