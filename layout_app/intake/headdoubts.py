"""How sure a story of a printed page's text is, read from the shape its heading and paragraphs were
given — where the text (no type sizes, no indents) reads two ways and the reading taken was only the
likelier: a page editor checks those against the page, so import says them, with what to check.
- a kicker of two balanced phrases naming no place ('老有所养 老有所乐' over '玉泉街道老年助餐点暖了老人心')
  is as likely the first line of a headline set in two lines (compose sets a three-phrase headline's
  first two phrases on its first line): only the type it is set in tells — a kicker that names the
  place it takes the reader to ('运动正当时 走进兴隆乡', '全民健身 活力华山乡') is a kicker's;
- any kicker naming no place over a headline it could open, where compose would break one headline of
  the two right there ('让群众少跑腿' / '看病更省心'): a headline in two lines as likely;
- a kicker of phrases over a headline opening on a predicate ('小课堂 大天地 剪纸课' / '让孩子们乐在其中'):
  the predicate's subject may be the kicker's last phrase — the headline broken after its subject;
- a headline joined from two heading lines, the first a place's label and colon with its theme
  ('永安乡北塘社区：幸福养老' / '让老人吃上“放心饭”'): a kicker's shape over the headline as much;
- a paragraph of one short sentence after the story's first: a column line ending on a stop is
  read as a paragraph's end or as going on, and the text cannot tell which (the indent is lost);
- a headline run on past a sentence's 了 into a clause with a subject of its own ('下班后也能看上病了' /
  '牛角街道健康小屋受欢迎'): a kicker over its headline as likely as a headline in two lines;
- a headline ending on the tag that takes the reader to a place ('守护绿水青山 走进仁和街道'): a kicker's
  words — the story's own headline may have been left elsewhere in the text;
- a story of one paragraph opening on no dateline: a brief opens on its 本报讯, a feature runs longer —
  its other paragraphs may have gone into another story (pdftotext's column flows), or it is a heading
  line's over another story's text.
Each lowers the story's confidence below `structure.LOW` and names the shape for its notice."""
from __future__ import annotations

import re

from layout_app.intake.headings import THEME, opens_on_predicate
from layout_app.intake.partsapart import caption_sentence
from layout_app.intake.quoteblanks import quote_blanks_closed
from layout_app.intake.repair import DATELINE_OPENS

# a place named: a town, township, street office, community or village, or the tag taking the reader there
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,}(?:镇|乡|街道|社区|村)|走进|来到|探访")
# a place's label and colon opening a line
_PLACE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:镇|乡|街道|社区|村)[：:]")
_STOPS = re.compile(r"[。！？!?]")
# a tag taking the reader to a place, closing a heading line
_VISIT_TAG = re.compile(r"(?:走进|来到|探访)[\u4e00-\u9fff]{2,8}(?:镇|乡|街道|社区|村)$")
SHORT_PARAGRAPH = 24     # characters: two column lines at most of a 12-character column
DOUBT = 0.55             # below structure.LOW: shown


def theme_kicker(kicker: str | None) -> bool:
    """A kicker of two balanced phrases that names no place: a headline's first line as likely."""
    return bool(kicker) and bool(THEME.match(kicker.strip())) and not _PLACE.search(kicker)


def one_headline_as_well(kicker: str | None, headline: str) -> bool:
    """A kicker naming no place over a headline it could open, compose breaking one headline of the two
    right there (`balanced.compose_breaks_there`) — '让群众少跑腿' / '看病更省心' — and short enough
    together for one: the first line of a headline in two lines as likely."""
    from layout_app.intake.balanced import compose_breaks_there       # (balanced reads unpdf, which reads this)
    from layout_app.intake.headpairs import _one_headline

    return (bool(kicker) and not _PLACE.search(kicker) and not re.search(r"[，,？?！!]", kicker)
            and _one_headline(kicker.strip(), headline.strip()) and compose_breaks_there(kicker.strip(), headline.strip()))


def subject_above(kicker: str | None, headline: str) -> bool:
    """A kicker of phrases (a space between) over a headline opening on a predicate: its last phrase
    may be the headline's subject."""
    return bool(kicker) and " " in kicker.strip() and opens_on_predicate(headline.strip())


def quoted_predicate(kicker: str | None, headline: str) -> bool:
    """A kicker of a place's label and a thing named ('康乐镇：49部电梯') over a headline opening on a
    quoted verb run on ('“装”进居民心里'): one headline broken before its quote reads as well."""
    return bool(kicker) and " " not in kicker.strip() and bool(_PLACE_LABEL.match(kicker.strip())) \
        and bool(_QUOTED_VERB.match(headline.strip()))


_QUOTED_VERB = re.compile(r"“[\u4e00-\u9fff]”[\u4e00-\u9fff]")     # '“装”进…', '“火”了': a verb in quotes, run on


def label_over_predicate(kicker: str | None, headline: str) -> bool:
    """One headline whose first line is a place's label and colon with its theme, its second opening on
    a predicate after the copy's space: a kicker over its headline reads as well."""
    if kicker or " " not in headline.strip():
        return False
    first, rest = headline.strip().split(" ", 1)
    return bool(_PLACE_LABEL.match(first)) and opens_on_predicate(rest)


# a headline run on past a 了 with no space: the 了 closing a clause ('…看上病了'), a clause of its own after
# it ('牛角街道健康小屋受欢迎'), not the object 了 stands before ('成了老人的“第二个家”', '多了个…', '暖了老人心')
_RUN_ON_LE = re.compile(r"(?:^|[ ：:])[^ ：:]{3,}了(?=[^ ]{6,})(?![^ ]{0,3}的)(?!个)")


def clause_after_le(headline: str) -> bool:
    """Two clauses read as one headline at a 了 with no space between: a sentence's 了 over a line with a
    subject of its own is a kicker over its headline as likely as a headline in two lines — the type
    sizes alone tell ('下班后也能看上病了' / '牛角街道健康小屋受欢迎')."""
    return bool(_RUN_ON_LE.search(headline.strip()))


def short_paragraph(paragraphs: list[str]) -> str | None:
    """The first paragraph after the story's first that is one or two short sentences, or None."""
    for p in paragraphs[1:]:
        text = "".join(p.split())
        # (a photo's caption the text left among the paragraphs is taken out after: no paragraph)
        if len(text) <= SHORT_PARAGRAPH and len(_STOPS.findall(text)) <= 2 and not caption_sentence(p) \
                and "摄" not in text:
            return text
    return None


def visits_over(page) -> None:
    """A headline ending on the tag that takes the reader to a place, under a kicker opening on a place's
    label and colon, a headline's shape ('五里街道：康复驿站为健康“加码”' over '为民办实事 走进五里街道'):
    poppler gave the kicker's line after the headline's — the two are turned round. (Under a kicker of
    another shape, '老有所养 老有所乐', the reading is in doubt as it stands: `shape_doubts`.)"""
    for story in page.stories:
        if story.kicker and _VISIT_TAG.search(story.headline.strip()) and _PLACE_LABEL.match(story.kicker.strip()):
            story.kicker, story.headline = story.headline, story.kicker


def shape_doubts(page, low: float) -> None:
    """Lower the confidence of a printed page's stories whose heading or paragraphs read two ways
    (the shape named for the notice: "theme", "subject", "label", "visit", "single", "paragraph" — `cut` the
    short paragraph)."""
    for story in page.stories:
        if story.confidence < low:
            continue                    # a doubt of its own already shown (`low`: structure.LOW)
        doubt, cut = "", ""
        # (the blanks the text shows beside a heading's quote marks are no phrase spaces)
        kicker = quote_blanks_closed(story.kicker) if story.kicker else story.kicker
        headline = quote_blanks_closed(story.headline)
        if theme_kicker(kicker):
            doubt = "theme"
        elif subject_above(kicker, headline) or quoted_predicate(kicker, headline):
            doubt = "subject"
        elif label_over_predicate(kicker, headline):
            doubt = "label"
        elif not kicker and clause_after_le(headline):
            doubt = "clauses"
        elif one_headline_as_well(kicker, headline):
            doubt = "opens"
        elif _VISIT_TAG.search(headline.strip()):
            doubt = "visit"
        elif len(story.paragraphs) == 1 and not DATELINE_OPENS.match(story.paragraphs[0].strip()):
            doubt = "single"
        else:
            cut = short_paragraph(story.paragraphs) or ""
            doubt = "paragraph" if cut else ""
        if doubt:
            # (`doubt`, the query compose keeps with the story, says what kind of thing to check —
            # "columns": its paragraphs, "": its heading lines; `shape`, the notice, why)
            story.confidence, story.shape, story.cut = DOUBT, doubt, cut
            story.doubt = "columns" if doubt in ("single", "paragraph") else ""
