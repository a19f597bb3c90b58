"""A headline's quote marks, where pdftotext -raw cut its line (for headings, every extractor's text).

In a headline's large type the quote marks are set close, and pdftotext -raw ends a line at each:
'让老人吃上“放心饭”' comes out as '让老人吃上' / '“放心饭”', '网店“火”了' as '网店' / '“火”' / '了'. The
quoted term then stands alone on its line — and reads like a headline under a kicker, or a kicker over
a headline. A page editor reads the quoted term as the middle of a phrase:
- a quoted term alone on its line is what the line above was saying (its object: 守护“一老一小”), no
  heading line of its own — unless the line above is a whole kicker ('教育民生 走进七星镇': a kicker's
  走进… names where the story goes; a kicker's label of two phrases and its colon; a kicker's couplet;
  a line keeping a quote inside it, so set in a kicker's smaller type), and a headline opens after
  it; one character in quotes ('“火”') is a word in a sense of its own and always needs its subject;
- the line under a quoted term alone on its line goes on with it ('“火”' / '起来'; one character in
  quotes also at the end of a line holding its subject: '小小柑橘“串”' / '起致富路'), unless it is a part
  of its own: a deck (its dash, or figures in every phrase: '全年完成 60 个小区 惠及 2532 户'), a byline,
  a place and its colon (a new heading line's label), running text.
A kicker set in small type keeps its quotes on its line ('从“忧居”到“优居”'): only a term alone on its
line is looked at. Only line breaks are removed (no space: the quote marks had none), never a character."""
from __future__ import annotations

import re

from layout_app.intake.repair import HEADLINE_MAX
from layout_app.intake.headings import BANNER_HEAD, deck_in_figures
from layout_app.intake.unpdf import _DASH_DECK, _lone_head_line, _starts_part, width
from layout_app.text.words import _classes, words

BY_QUOTE = 0.85        # a cut at a quote mark: sure, but for a kicker's end the text cannot tell
BY_QUOTE_WHOLE = 0.55  # … after a line that stops on a whole phrase: a kicker over its headline as well
# a quoted term alone on its line, as pdftotext -raw cuts it out of a headline
_TERM_ALONE = re.compile(r"“[^“”]{1,12}”")
# a kicker's last phrase naming where the story goes: the kicker ends there
_KICKER_GOES = re.compile(r"(?:^|[\s：:])走进[^\s：:]+$")
# a kicker's label of two phrases and its colon ('基层治理有新招 群众笑脸更灿烂：…'); one phrase before a
# colon is as often a headline's office or place ('县商务局：…', '镇就业服务站：…')
_TWO_PHRASE_LABEL = re.compile(r"^[^：:\s]{2,8} [^：:\s]{2,8}[：:]")
# a quote kept inside its line, words after it: pdftotext -raw cuts a headline's quotes, not those
# of a kicker set in smaller type ('记者蹲点：云溪街道的“老年食堂”一天')
_QUOTE_KEPT = re.compile(r"“[^“”]+”[^“”\s]")
# a kicker's couplet: two phrases of one length ('文明新风 润泽乡里', '守护平安 温暖同行')
_COUPLET = re.compile(r"([\u4e00-\u9fff]{4,7}) ([\u4e00-\u9fff]{4,7})")


def quote_cuts(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """Heading lines cut at a quote mark joined again: each junction judged on the lines as given."""
    joins = [_before_term(lines[i - 1].strip(), lines[i].strip()) or _after_term(lines[i - 1].strip(), lines[i].strip())
             for i in range(1, len(lines))]
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and joins[i - 1] and out and width(out[-1].strip() + line.strip()) <= HEADLINE_MAX:
            below = lines[i + 1].strip() if i + 1 < len(lines) else ""
            sure = BY_QUOTE if not _whole_before(out[-1].strip(), line.strip(), below) else BY_QUOTE_WHOLE
            if doubts is not None:
                sure = min(sure, doubts.get(out[-1], 1.0))       # (a line joined twice keeps its first doubt)
            out[-1] = out[-1].rstrip() + line.strip()
            if doubts is not None:
                doubts[out[-1]] = min(sure, doubts.get(out[-1], 1.0))
        else:
            out.append(line)
    return out


def _whole_before(above: str, term: str, below: str) -> bool:
    """A quoted term of several characters joined to a line above that stops on a whole phrase — its last
    word a noun, an adjective or a time ('教育民生', '运动正当时', '让群众的日子越过越红火'), no verb or
    preposition waiting for the term as its object ('让老人吃上', '长乐镇打造', '雨污分流从') — and going on
    in a phrase under it ('打出精气神', '之下 剪纸课有声有色'): the line above may as well be a kicker, the term
    the subject opening the headline under it. (A term that ends its line's phrase, '家门口的游泳馆' /
    '“满员”' / '了', is what the line above says of its subject: one headline.)"""
    if not _TERM_ALONE.fullmatch(term) or len(term) <= 3 or len(below) < 2 or not _after_term(term, below):
        return False
    last = words(above)[-1] if above else ""
    return _classes().get(last, "") in _WHOLE_ENDS


_WHOLE_ENDS = {"n", "t", "a", "i", "l", "nz", "ns", "nt", "ad", "an"}


def _heading_piece(line: str) -> bool:
    return bool(line) and _lone_head_line(line) and not line.startswith(_DASH_DECK) and not _starts_part(line)


def _before_term(above: str, term: str) -> bool:
    """'让老人吃上' / '“放心饭”': the term is the object of the line above, which stops on a word."""
    return (_heading_piece(above) and _heading_piece(term) and bool(_TERM_ALONE.fullmatch(term))
            and _word_end(above[-1]) and not _kicker_end(above, term))


def _kicker_end(above: str, term: str) -> bool:
    """The line above is a whole kicker: it names where the story goes ('…走进七星镇'), carries a kicker's
    label of two phrases ('基层治理有新招 群众笑脸更灿烂：龙泉乡的新变化'), is a couplet of two even phrases
    ('文明新风 润泽乡里'), or keeps a quote inside its line ('“智慧停车场”来了 便民服务暖民心': set in a
    kicker's smaller type); or is the page banner, its county and colon. Never over one character in quotes: that is a word in a sense of its own,
    in the middle of its phrase ('全民健身热 广场舞大赛' / '“火”')."""
    if BANNER_HEAD.match(above):
        return True         # the page banner, its county and colon ('我县：城乡面貌焕然一新'): a line across the page
    if len(term) == 3:
        return False
    if (m := _COUPLET.fullmatch(above)) and len(m.group(1)) == len(m.group(2)):
        return True
    return bool(_KICKER_GOES.search(above) or _TWO_PHRASE_LABEL.match(above) or _QUOTE_KEPT.search(above))


def _after_term(term: str, rest: str) -> bool:
    """'“火”' / '起来': the line under a term alone on its line goes on with it."""
    return (_ends_on_term(term) and _heading_piece(rest)
            and _word_end(rest[0]) and not rest.endswith(("：", ":")) and not deck_in_figures(rest))


def _ends_on_term(line: str) -> bool:
    """A term alone on its line, or one the cuts at a colon and at a verb's object put back on its line
    already (unpdf.heading_cuts: '城南镇永安村：' / '“最后一公里”', '雨污分流从' / '“一户难”')."""
    m = re.search(r"“[^“”]{1,12}”$", line)
    if not m:
        return False
    before = line[:m.start()]
    # (the whole line may read as someone's words opening: '城南镇永安村:“最后一公里”'; after a verb the
    # term is its object, the phrase whole: '长乐镇打造“儿童之家”' / '孩子们笑脸更灿烂' is a pause)
    # (one character in quotes is a verb in a sense of its own, its object or complement on the next
    # line: '小小柑橘“串”' / '起致富路 丰收映笑颜' — 串起, the line's subject before it)
    return _heading_piece(m.group()) and (not before or (before.endswith(("：", ":", "从")) or len(m.group()) == 3)
                                          and _heading_piece(before))


def _word_end(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalnum()
