"""Which heading lines of a printed page's text are one headline: the text taken out of a PDF has lost
the type sizes, so a headline the typesetter set in two lines comes out as two heading lines — and
reads like a kicker (引题) over a headline (主题), or a headline over a deck (副题). Decided here from
what a page editor reads in the words themselves:
- a line that opens with a figure and its unit before a space ('50天 志愿者点赞…') is the rest of the
  line above: a headline broken before its figure ('…工作室开放' / '50天 …'); a deck in figures opens
  with what was counted (300名居民参与 …);
- a headline names what its story is about — the names its text repeats and other stories do not
  (its place, the thing it is about); a kicker sets the scene and may name nothing of it. A lower
  heading line that names none of the story's own names under a line that does is the rest of that
  headline ('…开放40天' / '志愿者点赞“聚人气”': the volunteers are in every story).
Each join is a guess with a confidence, kept in `doubts` (the joined line → confidence) for the
import to show; only white space is added, never a character dropped."""
from __future__ import annotations

import re

from layout_app.intake.unpdf import (
    _DASH_DECK,
    _FIGURE_DECK,
    _heading_like,
    _lone_head_line,
    _starts_part,
    close_up,
    width,
)

_NAME_RUN = re.compile(r"[\u3400-\u9fff0-9A-Za-z]{3,}")      # names hold digits and Latin too: 5G基站, APP
_OWN_MIN = 2           # a story names what it is about more than once (its text and its captions)
_OWN_SHARE = 0.75      # … and most of the page's other mentions of it are in the story itself
_HEADLINE_MAX = 36     # two halves of one headline together (the corpus's longest is 34 characters)
# people a story is told through, in every story of a local page: not what one story is about
_PEOPLE = {"志愿者", "网格员", "孩子们", "老人们", "居民们", "村民们", "党员们", "青年们", "游客们", "商户们", "工作人员",
           "老党员", "退休职工", "小学生", "中学生", "大学生", "年轻人", "老年人"}
# a figure and its unit, then a space: the middle of a headline's phrase, never the start of a deck
_FIGURE_OPENER = re.compile(r"^\d+[\u4e00-\u9fff] +\S")

# a kicker's label: a column's name before a colon (记者蹲点：, 我为群众办实事：) — a headline's colon
# follows its place (青石镇：…)
_LABEL = re.compile(r"^[^：:]{2,10}(?<![村镇乡区县市道])[：:]")
BY_NAMES = 0.55        # the lower line names nothing of the story: likely, but a kicker may name nothing
BY_FIGURE = 0.8        # a line cannot open on '50天 ': sure but for a deck without its counted noun


BY_WRAP = 0.7          # a scrap under a long labelled line: a kicker wrapped in its frame


def heading_lines(lines: list[str], measure: int, doubts: dict[str, float] | None = None) -> list[str]:
    """Heading lines of one headline joined (a space at the break, as the copy has it)."""
    lines = headline_halves(figure_openers(wrapped_in_frame(lines, measure, doubts), doubts), doubts)
    return [quote_blanks(l) if _lone_head_line(l.strip()) else l for l in lines]


# the blank of a quote mark set half-width, shown as a space by the extractors: after 的 (which never
# ends a phrase, so no pause is there) before an opening quote, and after a closing quote before the
# last few characters of a heading (a scrap is no second phrase: '“APP预约平台” 更便捷')
_BLANK_BEFORE_QUOTE = re.compile(r"(?<=的) +(?=“)")
_BLANK_AFTER_QUOTE = re.compile(r"(?<=”) +(?=[\u4e00-\u9fff]{1,4}$)")


def quote_blanks(line: str) -> str:
    """A heading line without the spaces extraction put beside its quote marks (where the copy has none)."""
    return _BLANK_AFTER_QUOTE.sub("", _BLANK_BEFORE_QUOTE.sub("", line))


_PLACE_REST = re.compile(r"^(村|镇|乡|街道|社区|区|县|市)")
_CUT_PLACE = re.compile(r"[：:][\u4e00-\u9fff]{1,3}$")


def wrapped_in_frame(lines: list[str], measure: int, doubts: dict[str, float] | None = None) -> list[str]:
    """A long kicker wrapped in its frame ('便民服务暖民心 群众笑脸更灿烂：青石社区的新' / '变化'): a scrap of
    two to four characters under a labelled heading line (with a colon) wider than a column; or a place
    name cut after the label (…：福田' / '村的新变化': a place's stem and its 村 are one word)."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if (prev and s and _lone_head_line(prev) and _lone_head_line(s) and not prev.startswith(_DASH_DECK)
                and "\u4e00" <= prev[-1] <= "\u9fff" and (
                    ("：" in prev and width(prev) > measure + 1.2 and 2 <= len(s) <= 4
                     and all("\u4e00" <= ch <= "\u9fff" for ch in s))
                    or (_CUT_PLACE.search(prev) and _PLACE_REST.match(s)))):
            out[-1] = prev + s
            _doubt(doubts, out[-1], BY_WRAP)
        else:
            out.append(line)
    return out


def figure_openers(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """'翠屏社区家庭医生工作室开放' / '50天 志愿者点赞“乐融融”' → one headline: a heading line that opens
    with a figure and its unit before a space continues the heading line above (which stops on a
    character, not on a colon or a mark); so does one that goes on with the Chinese of a term whose
    Latin ends the line above (APP预约平台)."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        # …or a term of Latin and Chinese cut after its Latin ('…网格员的APP' / '预约平台惠万家 …')
        latin_cut = prev[-1:].isascii() and prev[-1:].isalpha() and "\u4e00" <= s[:1] <= "\u9fff"
        if (prev and (_FIGURE_OPENER.match(s) and "\u4e00" <= prev[-1] <= "\u9fff" or latin_cut)
                and _heading_like(s) and _lone_head_line(prev) and _lone_head_line(s)
                and not prev.startswith(_DASH_DECK) and width(prev) + width(s) <= _HEADLINE_MAX):
            out[-1] = prev + s
            _doubt(doubts, out[-1], BY_FIGURE)
        else:
            out.append(line)
    return out


def names_in(line: str) -> set[str]:
    """The names a heading line may hold: three to eight characters in a row (Chinese, digits, Latin),
    not the people every story is told through (志愿者, 网格员)."""
    return {run[a:b] for run in _NAME_RUN.findall(close_up(line))
            for a in range(len(run) - 2) for b in range(a + 3, min(len(run), a + 8) + 1)} - _PEOPLE


def _story_text_after(lines: list[str], k: int) -> tuple[str, int]:
    """The text under a heading that ends before line k (paragraphs and captions), up to the next
    heading line; and where it ends."""
    out = []
    end = k
    while end < len(lines):
        s = lines[end].strip()
        if s and _lone_head_line(s) and not (_starts_part(s) or s.startswith(_DASH_DECK) or _FIGURE_DECK.match(s)):
            break
        if s and not (_starts_part(s) or s.startswith(_DASH_DECK) or _FIGURE_DECK.match(s)):
            out.append(s)
        end += 1
    return "\n".join(out), end


def own_names(names: set[str], story: str, elsewhere: str) -> set[str]:
    """The story's own names among `names`: named at least twice in its text, and mostly there —
    not all over the page (居民, 志愿者 are in every story; its place and its 共享菜园 are its own).
    `elsewhere`: the page's text outside this story and its heading."""
    own = set()
    for n in names:
        here = story.count(n)
        if here >= _OWN_MIN and here >= _OWN_SHARE * (here + elsewhere.count(n)):
            own.add(n)
    return own


def headline_halves(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """The last two heading lines of a heading (a kicker or the page banner may stand above them) are
    one headline when the upper names something of the story's own and the lower names nothing of it:
    the lower goes on about what the upper named ('…开放6天' / '居民点赞“节节高”'). Never where the
    upper ends in a colon (a label: 记者蹲点：). A dash deck over one heading line is looked at the same
    way: the deck wrapped in its frame."""
    out = list(lines)
    i = 0
    while i < len(out):
        run = []
        j = i
        while j < len(out) and out[j].strip() and _lone_head_line(out[j].strip()) and not _FIGURE_DECK.match(out[j].strip()):
            run.append(j)
            j += 1
        deck = len(run) == 1 and i > 0 and out[i - 1].strip().startswith(_DASH_DECK)
        if len(run) >= 2 or deck:
            upper = i - 1 if deck else run[-2]
            p, q = out[upper].strip(), out[run[-1]].strip()
            text, end = _story_text_after(out, j)
            if text and not p.endswith(("：", ":")) and not _LABEL.match(p) and width(p) + width(q) <= _HEADLINE_MAX:
                elsewhere = "\n".join(out[:i - 1 if deck else run[0]] + out[end:])
                own = own_names(names_in(p) | names_in(q), text, elsewhere)
                if any(n in p for n in own) and not any(n in q for n in own):
                    out[upper:run[-1] + 1] = [p + ("" if deck else " ") + q]
                    _doubt(doubts, out[upper], BY_NAMES)
                    j -= 1
        i = j + 1 if j > i else i + 1
    return out


def _doubt(doubts: dict[str, float] | None, line: str, confidence: float) -> None:
    if doubts is not None:
        doubts[line] = min(confidence, doubts.get(line, 1.0))
