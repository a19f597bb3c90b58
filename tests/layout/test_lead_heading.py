"""The lead story's heading takes the lines that set its kicker and deck their largest under its largest
headline: the reviewer's 青禾 page had the lead's kicker and deck at 11 pt under a 33.5 pt headline,
squeezed to leave the headline its lines, where one line more set them at 小二 as the template asks."""
from dataclasses import replace

from layout_app.io.templates import new_document
from layout_app.layout.probe import FrameProbe
from layout_app.model.frame import Frame
from layout_app.model.story import Story

KICKER = "一根竹子“吃干榨净”　综合利用率提高到95%以上"
HEADLINE = "青禾竹业：从“卖原竹”到“卖设计”"
DECK = "全县竹产业企业达217家　带动3.2万名竹农增收"


def _probe(doc):
    story = Story("s1", HEADLINE, kicker=KICKER, deck=DECK, body=("竹子是青禾最大的“家底”。" * 40,), rank="lead")
    doc = replace(doc, stories=(story,))
    return FrameProbe(doc, doc.pages[0]), Frame("s1-head", 0, 3, 0, 1, story="s1", part="heading")


def test_the_leads_kicker_and_deck_are_not_squeezed_under_its_headline():
    doc = new_document("duikai", 1)
    probe, head = _probe(doc)
    lead = doc.style("headline_lead")
    n, size = probe.ranked_heading(head, 2, lead.size, lead.min_size)
    report = probe.one(replace(head, lines=n))
    assert size >= 33 and report.size == size
    # 11 pt was what the fewest lines gave; 小三 (15 pt) at least reads as a heading's part under it (the
    # template's 小二 kicker of 24 characters would take two lines over three columns)
    assert report.sub_size >= 15, report
    # … and no more lines than that needs
    fewer = probe.one(replace(head, lines=n - 1))
    assert fewer.overset_lines or (fewer.size or 0) < size or (fewer.sub_size or 0) < report.sub_size
