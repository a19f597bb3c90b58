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
  headline ('…开放40天' / '志愿者点赞“聚人气”': the volunteers are in every story);
- a kicker's label (a phrase or two and a colon that follows no place: 幸福生活节节高：…) marks a
  kicker, never half of a headline; one phrase with no colon right over it is the label's first phrase;
- a deck in figures broken after what was counted ('260名志愿者参与' / '有效解决了…') is one deck.
- a byline set in two lines, each label with its names ('本报记者 宋雪' / '通讯员 萧志强'), is one byline.
Each join is a guess with a confidence, kept in `doubts` (the joined line → confidence) for the
import to show; only white space is added, never a character dropped."""
from __future__ import annotations

import re

from layout_app.intake.repair import HEADLINE_MAX
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
# people a story is told through, in every story of a local page: not what one story is about
_PEOPLE = {"志愿者", "网格员", "孩子们", "老人们", "居民们", "村民们", "党员们", "青年们", "游客们", "商户们", "工作人员",
           "老党员", "退休职工", "小学生", "中学生", "大学生", "年轻人", "老年人"}
# a figure and its unit, then a space: the middle of a headline's phrase, never the start of a deck
_FIGURE_OPENER = re.compile(r"^\d+[\u4e00-\u9fff] +\S")

# a kicker's label: a column's name before a colon (记者蹲点：, 我为群众办实事：) — a headline's colon
# follows its place (青石镇：…); a label may be two phrases (文明新风润乡里 奋进路上再出发：…的新变化)
_LABEL = re.compile(r"^(?:[^：:\s]{2,10}|[^：:\s]{2,8}[ \u3000][^：:\s]{2,8})(?<![村镇乡区县市道])[：:]")
# an office's label, who did it ('镇就业服务站：', '区工商联：', '县文化馆：'): a headline's label, no kicker's theme
_OFFICE_LABEL = re.compile(r"^[区县市镇乡][\u4e00-\u9fff]{1,7}(?:站|所|局|馆|院|中心|委|办|会|联|队|部|处)[：:]")
BY_NAMES = 0.55        # the lower line names nothing of the story: likely, but a kicker may name nothing
BY_FIGURE = 0.8        # a line cannot open on '50天 ': sure but for a deck without its counted noun


BY_LABEL = 0.7         # a one-phrase line over a kicker's label: its first phrase (or a kicker over a labelled one)
BY_WRAP = 0.7          # a scrap under a long labelled line: a kicker wrapped in its frame


def heading_lines(lines: list[str], measure: int, doubts: dict[str, float] | None = None) -> list[str]:
    """Heading lines of one headline joined (a space at the break, as the copy has it)."""
    from layout_app.intake.headpairs import counted_objects, label_scraps, three_line_headings
    from layout_app.intake.headquotes import quote_cuts     # (it asks unpdf for its helpers, as this module does)
    from layout_app.intake.pausecuts import pause_pieces
    from layout_app.intake.subjectheads import subject_halves

    lines = wrapped_in_frame(bylines_joined(quote_cuts(pause_pieces(lines, measure), doubts)), measure, doubts)
    lines = headline_halves(figure_openers(figure_decks(label_halves(lines, doubts)), doubts), doubts)
    lines = three_line_headings(label_scraps(counted_objects(lines, doubts), doubts), doubts)
    lines = subject_halves(lines, _lone_head_line, doubts)      # ('城西街道老旧小区' / '加装电梯惠及三百户')
    return [quote_blanks(l) if _lone_head_line(l.strip()) else l for l in lines]


# a byline's line: a reporter's label and the names under it ('本报记者 宋雪', '通讯员 萧志强 李明')
_BYLINE_LINE = re.compile(r"^(本报记者|本报通讯员|记者|通讯员)\s+[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*$")


def bylines_joined(lines: list[str]) -> list[str]:
    """A byline set in two lines, each label with its names ('本报记者 宋雪' / '通讯员 萧志强'): one byline, a
    space at the break (the reporter first, the correspondent under) — not two lines of one label."""
    out: list[str] = []
    for line in lines:
        prev = _BYLINE_LINE.match(out[-1].strip()) if out else None
        here = _BYLINE_LINE.match(line.strip())
        if prev and here and "记者" in prev.group(1) and "通讯员" in here.group(1):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


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
_PLACE_WORDS = ("街道", "社区")          # what a place is, cut in its middle: '…：龙泉街' / '道的新变化'


def wrapped_in_frame(lines: list[str], measure: int, doubts: dict[str, float] | None = None) -> list[str]:
    """A long kicker wrapped in its frame ('便民服务暖民心 群众笑脸更灿烂：青石社区的新' / '变化'): a scrap of
    two to four characters under a labelled heading line (with a colon) wider than a column; or a place
    name cut after the label (…：福田' / '村的新变化': a place's stem and its 村 are one word; '…：龙泉街' /
    '道的新变化': 街道 is one)."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if (prev and s and _lone_head_line(prev) and _lone_head_line(s) and not prev.startswith(_DASH_DECK)
                and "\u4e00" <= prev[-1] <= "\u9fff" and not place_said_above(prev, s) and (
                    ("：" in prev and width(prev) > measure + 1.2 and 2 <= len(s) <= 4
                     and all("\u4e00" <= ch <= "\u9fff" for ch in s))
                    or (_CUT_PLACE.search(prev) and (_PLACE_REST.match(s) or prev[-1] + s[0] in _PLACE_WORDS)))):
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
                and not prev.startswith(_DASH_DECK) and width(prev) + width(s) <= HEADLINE_MAX):
            out[-1] = prev + s
            _doubt(doubts, out[-1], BY_FIGURE)
        else:
            out.append(line)
    return out


# the first half of a deck in figures: what was counted and nothing after it ('260名志愿者参与')
_FIGURE_HALF = re.compile(r"^\d+[\u4e00-\u9fff][\u4e00-\u9fff]*$")


def figure_decks(lines: list[str]) -> list[str]:
    """'260名志愿者参与' / '有效解决了群众的急难愁盼问题' → one deck in figures, a space at its pause: a
    heading line of a figure and what it counted, under which a heading line goes on with a predicate
    (the result the figure brought), is a deck set in two lines."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if (prev and s and _FIGURE_HALF.match(prev) and _lone_head_line(prev) and _lone_head_line(s)
                and s.startswith(_PREDICATE_OPENERS) and width(prev) + width(s) <= HEADLINE_MAX):
            out[-1] = prev + " " + s
        else:
            out.append(line)
    return out


def label_halves(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """'平安建设再提速' / '幸福生活节节高：白沙镇的新变化' / '白沙镇志愿服务队显身手' → a kicker in two lines
    over its headline: a kicker's label (a phrase and its colon, not a place's) on the middle of three
    heading lines had its first phrase broken off onto the line above, at the space between them —
    a headline carries no label, and a line of one phrase with no colon is no banner's shape. (A label naming
    an office, '镇就业服务站：小微企业搭起就业', is a headline's: who did it.)"""
    out = list(lines)
    i = 1
    while i + 1 < len(out):
        p, q, r = (out[k].strip() for k in (i - 1, i, i + 1))
        before = out[i - 2].strip() if i >= 2 else ""
        if (p and q and r and all(_lone_head_line(x) for x in (p, q, r)) and _LABEL.match(q) and not _OFFICE_LABEL.match(q)
                and not _LABEL.match(p) and not re.search(r"[：:\s]", p) and not _FIGURE_DECK.match(q)
                and not (before and _lone_head_line(before) and not BANNER_HEAD.match(before)
                         and not BANNER_THEME.match(before))
                and width(p) + width(q) <= HEADLINE_MAX):
            out[i - 1:i + 1] = [p + " " + q]
            _doubt(doubts, out[i - 1], BY_LABEL)
        i += 1
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


# a story's text opens '本报讯（记者 …）' — a column line cut in its brackets looks like no running text
_NEWS_OPENER = ("本报讯", "本報訊")
# a photo's caption opens on what the picture shows — its first line, cut where it wrapped under the
# photo ('图为三元街道选手朱敏带领' / '市民热身。'), reads as a heading line but is no headline's half
PICTURE_SHOWS = ("图为", "图中")


def headline_halves(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """The last two heading lines of a heading (a kicker or the page banner may stand above them) are
    one headline when the upper names something of the story's own and the lower names nothing of it:
    the lower goes on about what the upper named ('…开放6天' / '居民点赞“节节高”'). Never where the
    upper ends in a colon (a label: 记者蹲点：), nor where compose would have broken the two as one
    headline elsewhere (`balanced.compose_breaks_there`: a headline over its deck). A dash deck over one
    heading line is looked at the same way: the deck wrapped in its frame."""
    from layout_app.intake.balanced import compose_breaks_there      # (it asks this module for its helpers)

    out = list(lines)
    i = 0
    while i < len(out):
        run = []
        j = i
        while (j < len(out) and out[j].strip() and _lone_head_line(out[j].strip()) and not _FIGURE_DECK.match(out[j].strip())
               and not out[j].strip().startswith(_NEWS_OPENER + PICTURE_SHOWS)):
            run.append(j)
            j += 1
        deck = len(run) == 1 and i > 0 and out[i - 1].strip().startswith(_DASH_DECK)
        if len(run) >= 2 or deck:
            upper = i - 1 if deck else run[-2]
            p, q = out[upper].strip(), out[run[-1]].strip()
            text, end = _story_text_after(out, j)
            if text and not p.endswith(("：", ":")) and not _LABEL.match(p) and width(p) + width(q) <= HEADLINE_MAX:
                elsewhere = "\n".join(out[:i - 1 if deck else run[0]] + out[end:])
                own = own_names(names_in(p) | names_in(q), text, elsewhere)
                if (any(n in _said_beyond_place(p) for n in own) and not any(n in q for n in own)
                        and not deck_in_figures(q) and not _total_under(p, q) and not (_FIGURE.search(p) and _FIGURE.search(q))
                        and not (p.endswith("了") and _FIGURE_IN.search(q))
                        and (deck or compose_breaks_there(p, q))):
                    # (nor a line that counts under one closed on 了, as in `wrapped_headlines`: '…课后服务“火”了' /
                    # '每周一节课 29 个班轮流上' is a whole headline over its deck)
                    # a space at the pause between two phrases, none where the upper stops on an open word
                    out[upper:run[-1] + 1] = [p + ("" if deck or not at_pause(p, q) else " ") + q]
                    _doubt(doubts, out[upper], BY_NAMES)
                    j -= 1
        i = j + 1 if j > i else i + 1
    return out


# a total in figures in one phrase ('累计清理垃圾3431吨'), and a span of time a line ends on ('…运营一周年')
_TOTAL_COUNT = re.compile(r"^(累计|共计)[\u4e00-\u9fff]{1,8}\d+(余|多)?[\u4e00-\u9fff]{1,2}$")
_SPAN_END = re.compile(r"(周年|年|个月|天)$")


def _total_under(upper: str, lower: str) -> bool:
    """A total in figures under a heading line is its deck, summing the story up ('…增绿行动见成效' /
    '累计清理垃圾3431吨'), unless the line ends on the span it was counted over: a headline's two phrases
    ('幸福食堂运营一周年' / '累计服务2600人次')."""
    return bool(_TOTAL_COUNT.match(close_up(lower))) and not _SPAN_END.search(close_up(upper))


# a heading line's place and its colon ('马鞍镇：'), and a kicker's tag naming where the story goes ('… 走进七星镇')
_PLACE_COLON = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:村|镇|乡|社区|街道|县|区|市)[：:]")
_GOES_TO = re.compile(r"(?:^|[\s：:])走进[^\s：:]+$")


_FIGURE = re.compile(r"\d")


def _said_beyond_place(line: str) -> str:
    """What a heading line says beyond the place and colon it opens with: a kicker names the story's place
    that way too ('马鞍镇：交通惠民'), so that place is no sign of a headline's first half; a line ending on
    the 走进… of a kicker ('开学第一课 走进五里乡') says nothing a headline goes on from."""
    if _GOES_TO.search(line):
        return ""
    # (nor is a place a line ends on, or says with a word or two: a kicker names it so, '书香花园镇城北社区',
    # '全民健身 活力建设乡', '太平乡新变化' — a headline's first half says what happened there,
    # '清水镇志愿服务队开放6天')
    line = _PLACE_COLON.sub("", line)
    rest = _PLACE_IN.sub("", line)
    if _tagged_place(line) or len(rest.replace(" ", "")) <= 3:
        return rest
    return line


def _tagged_place(line: str) -> bool:
    """A line whose last phrase is a word and a place ('书香花园镇城北社区', '活力建设乡'): a kicker's tag — not
    a verb's or a preposition's object ('从“志愿服务队”看白沙社区')."""
    from layout_app.text.words import _classes, words

    phrase = line.split()[-1] if line.split() else ""
    if not _PLACE_END.search(phrase):
        return False
    return not _classes().get(words(phrase)[0], "").startswith(("v", "p"))


# a place a heading line names: a name of two to four characters and its kind
_PLACE_IN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道|社区|村|镇|乡)")
_PLACE_END = re.compile(r"(?:街道|社区|村|镇|乡)$")


# a phrase that counts: a figure in it ('全年完成60个小区', '惠及2532户')
_COUNTS = re.compile(r"\S*\d\S*")


def deck_in_figures(line: str) -> bool:
    """A deck that sums the story up in figures, set under its headline without a dash: it opens on a
    figure ('7个科室18:00至21:00开放'), or each of its phrases counts ('全年完成60个小区 惠及2532户')."""
    phrases = close_up(line).split()
    return (line[:1].isdigit() or len(phrases) >= 2 and all(_COUNTS.fullmatch(p) for p in phrases)
            or rate_in_figures(line))


def rate_in_figures(line: str) -> bool:
    """A deck giving a rate in figures in one phrase ('日均服务老人 29 余人')."""
    return bool(_DAILY_COUNT.match(close_up(line)))


# a deck giving a rate in figures in one phrase: '日均服务老人29余人', '每天接待游客300多人次', '每晚接诊患者150余人次'
_DAILY_COUNT = re.compile(r"^(日均|每天|每日|每晚|每周|每月|每年|年均|月均)[\u4e00-\u9fff]{1,8}\d+(余|多)?[\u4e00-\u9fff]{1,2}$")


def at_pause(first: str, second: str) -> bool:
    """Whether a headline's two lines may have been broken at the writer's pause (the copy's space,
    which the break swallowed): not where the first stops on an open word (…如何, …的), nor inside a
    从…看… frame (one question however it is broken), nor where either line holds a pause of its own
    — compose then broke a phrase between two words to balance the lines (layout/headline)."""
    return not (first.endswith(_OPEN_LINE_ENDS) or " " in first.strip() or " " in second.strip()
                or (first.startswith("从") and second.startswith(("看", "如何", "怎样"))))


def _doubt(doubts: dict[str, float] | None, line: str, confidence: float) -> None:
    if doubts is not None:
        doubts[line] = min(confidence, doubts.get(line, 1.0))


# a heading line that opens with a predicate or a function word has its subject on the line above:
# the rest of a headline the typesetter broke at a phrase pause ('清水镇完善“充电桩”' / '进一步提升了…')
_PREDICATE_OPENERS = ("为", "让", "使", "给", "把", "被", "将", "并", "又", "更", "还", "再", "也", "都", "就",
                      "进一步", "有效", "受到", "看", "助力", "推动", "带动", "成为", "实现", "迎来", "赢得",
                      "如何", "怎样")


def opens_on_predicate(line: str) -> bool:
    """A line opening on one of the predicate openers as a word of its own ('让老人…', '进一步…'), not as
    the first character of another word ('看病不用再…': 看病 is a subject; '就业有门路')."""
    from layout_app.text.words import words

    if not line.startswith(_PREDICATE_OPENERS):
        return False
    first = words(line)[0]
    return any(line.startswith(o) and len(first) <= len(o) for o in _PREDICATE_OPENERS)


# nor can a line stop on a particle or an open word: '…有效解决了' / '群众的急难愁盼问题'
_OPEN_LINE_ENDS = ("了", "的", "和", "与", "及", "从", "在", "把", "让", "为", "对", "向", "如何", "怎样", "“", "（", "《")
_HEAD_MIN = 5          # a headline line shorter than this is the scrap of a wrapped one
# a line that is only a place name (河湾村 / “红色书屋” / 有温度): a headline's first words, set on a
# line of their own in a narrow frame — a kicker is a phrase, never a bare name
_BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:村|镇|乡|社区|街道|县|区|市)")


def bare_place(line: str) -> bool:
    """A line that is only a place name — not a verb phrase ending on a place's character ('送文化下乡':
    下乡 goes to the countryside, as the dictionary says; a place's stem and its 乡 are no verb)."""
    from layout_app.text.words import _classes

    return bool(_BARE_PLACE.fullmatch(line)) and not _classes().get(line[-2:], "").startswith("v")


def _word_before_place(line: str, page: str) -> bool:
    """A kicker of a word and its place ('生态胜利乡', '书香城北乡'), no bare place name: the page says the
    place alone ('胜利乡') more often than the line whole."""
    return any(_BARE_PLACE.fullmatch(line[k:]) and page.count(line[k:]) > page.count(line)
               for k in range(1, len(line) - 2))


def place_said_above(above: str, line: str) -> bool:
    """A line that is only a place name the line above names whole: the headline's opening words set on a
    line of their own under a kicker ('…：河湾社区的新变化' / '河湾社区' / '5G基站乐融融') — a wrap goes
    on, it does not say a name again."""
    return bool(_BARE_PLACE.fullmatch(line)) and line in above

# a place and what it did, its object on the next line: '白沙街道设立' / '“口袋公园”有效解决了…' — a verb that
# takes an object ends no kicker and no headline
_ACTS = ("开展", "推出", "建成", "启用", "升级", "打造", "设立", "完善", "建设", "成立", "举办", "实施", "推进",
         "创建", "开通", "引进", "新建", "改造", "上线", "探索")
_PLACE_ACTS = re.compile(_BARE_PLACE.pattern + "(?:" + "|".join(_ACTS) + ")")
# a heading line opening on a name's label and colon and its theme ('区人民医院：中医诊室方便群众就医'): a
# heading of its own — a headline has one label, at its head, never one after a clause
# a count in a line: a figure and what it counts ('42个班', '1858吨')
_FIGURE_IN = re.compile(r"\d+\s*[\u4e00-\u9fff]")
_OPENS_ON_LABEL = re.compile(r"^[\u4e00-\u9fff“”]{2,12}[：:]\S")


def wrapped_headlines(lines: list[str], kicker_face: frozenset[str] = frozenset(),
                      under_kicker: frozenset[str] = frozenset(), blocks: frozenset | None = None) -> list[str]:
    """A headline the typesetter broke in two at a phrase pause comes out of a PDF as two heading lines;
    the copy has it on one line, a space at the pause. Two heading lines are one headline when the
    first cannot end one (it stops on a particle or an open word), or the second cannot begin one
    (it opens with a predicate whose subject is above — where compose would have broken the two there,
    `balanced.compose_breaks_there` — or is a scrap of a few characters). `kicker_face`: lines whose
    quote pdftotext -raw left on the line (`quoteface.seen_whole` of its text), set in a kicker's face — no
    headline's first line, though the line under opens on a predicate ('湖滨街道：关爱“一老一小”' /
    '让老人吃上“放心饭”': -raw cut the headline at its quote). `under_kicker`: headlines in two lines
    `headpairs.three_line_headings` read under the kicker over them — the kicker runs on into neither
    ('前进镇沙坪社区：关注基层医疗' / '让群众少跑腿' / '看病更省心': one headline of the three lines would
    have been broken near even, not 14 / 6 / 5). `blocks`: in pdftotext's default text, the lines poppler
    gave one under the other in one block (`pdfpieces.poppler_blocks`) — two heading lines given in blocks
    apart are two parts ('沙坪街道前进村：下班后也能看上病了' / '急救站为健康“加码”': a kicker is set smaller,
    in a block of its own; pdfflows put a headline's block on one line already)."""
    from layout_app.intake.balanced import compose_breaks_there, pause_evens     # (it asks this module for its helpers)
    from layout_app.intake.pdfpieces import one_block

    page = "\n".join(lines)
    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        # (a line with a phrase space was joined already: it goes on only from an open end — a
        # headline in three lines)
        if (prev and s and _lone_head_line(prev) and _lone_head_line(s) and s not in under_kicker
                and (blocks is None or one_block(blocks, prev, s))
                # (a label's line over a headline holding its own pause after a phrase, no tail of the
                # label's clause: a kicker whole over a headline whole — '前进镇沙坪社区：关注基层医疗' /
                # '让群众少跑腿 看病更省心', not '银杏社区：商户的智慧停车场' / '更便捷 共建共享新家园')
                and not (" " in s and len(s.split()[0]) > 3 and _OPENS_ON_LABEL.match(prev)
                         and not prev.endswith(_OPEN_LINE_ENDS))
                and (" " not in prev or prev.endswith(_OPEN_LINE_ENDS))
                and not prev.endswith(("：", ":")) and width(prev) + width(s) <= 36
                and not _OPENS_ON_LABEL.match(s)
                and (prev.endswith(_OPEN_LINE_ENDS) or len(s) < _HEAD_MIN
                     or bare_place(prev) and not _word_before_place(prev, page)
                     or _PLACE_ACTS.fullmatch(prev) and s.startswith("“")
                     # (a predicate opening the lower line: where compose would have broken the two there)
                     # (not under a line compose would leave a widow: '短评' / '让…', a column's label)
                     or opens_on_predicate(s) and compose_breaks_there(prev, s) and prev not in kicker_face
                     and width(prev) >= 0.3 * width(s))
                and not (prev.endswith("了") and (pause_evens(prev + s, len(prev)) or deck_in_figures(s)
                                                  or _FIGURE_IN.search(s)))):
            # (了 also ends a sentence — '…看上病了' — : not where a pause of the headline's own would set
            # its lines near even, for compose breaks there: a whole kicker over its headline; nor over a
            # deck in figures or any line that counts, '招聘会“火”了' / '48家企业提供岗位2755个', '合唱团“火”了' /
            # '每周一节课 42 个班轮流上': a whole headline over its deck)
            # the copy's space is at a pause between two phrases (…打造“积分超市” 进一步…); a line broken
            # on an open word, a 从…看… frame or a scrap runs on without one (…如何有效解决了群众…)
            # (从…看…如何…: one question however it is broken — '从“便民服务站”看翠屏社区' / '如何让…')
            pause = opens_on_predicate(s) and at_pause(prev, s)
            out[-1] = prev + (" " if pause else "") + s
        else:
            out.append(line)
    return out


# a page banner names the county or city the page covers, a colon before its theme (我县：…, 临江市：…)
# (a town's or village's name is none: 牛角镇红旗社区 ends on no county's 旗)
COUNTY = r"(我(县|市|区|省|州|旗)|(?:(?![镇乡村])[\u4e00-\u9fff]){1,4}(省|市|县|州|旗|盟|(?<!社)(?<!小)(?<!园)(?<!景)区))"
BANNER_HEAD = re.compile(r"^" + COUNTY + r"[：:]")
# a page banner's theme: two balanced phrases of a banner's weight (便民服务暖民心 共建共享新家园, 身边的变化
# 暖心的温度); a kicker's two phrases are short (文明新风 润泽乡里), or take the reader to one place
# (非遗传承在身边 走进仁和镇: a banner speaks for the county)
# two balanced phrases, a space between: a theme (便民服务暖民心 共建共享新家园) — a banner's, or a kicker's
THEME = re.compile(r"^[\u4e00-\u9fff]{4,8}[ 　][\u4e00-\u9fff]{4,8}$")
BANNER_THEME = re.compile(r"^[\u4e00-\u9fff]{5,8}[ \u3000](?!走进|来到|探访|聚焦)[\u4e00-\u9fff]{5,8}$")


def four_line_headings(lines: list[str], blocks: frozenset | None = None) -> list[str]:
    """One story's heading is at most kicker, headline and deck: four heading lines in a row, the
    last a deck (its dash, or in figures) and the first a kicker (one asking its question too), over
    the story's byline or text, hold a headline set in two
    lines — the headline, in the largest type, is the part that wraps. Not at the page's top: the
    page banner over a story's kicker, headline and deck (`headpairs._page_top`); nor, in pdftotext's
    default text (`blocks`: `pdfpieces.poppler_blocks`), where poppler gave the two middle lines in
    blocks apart: two parts
    ('老有所养 老有所乐 华山街道幸福食堂暖了老人心' / '日均服务老人 20 余人', its deck in a block of its own)."""
    from layout_app.intake.balanced import _TAIL_THEN_PAUSE
    from layout_app.intake.headpairs import _page_top
    from layout_app.intake.kickerlines import asks_or_quotes
    from layout_app.intake.pdfpieces import one_block

    out = list(lines)
    i = 0
    while i + 4 < len(out):
        run = [out[i + k].strip() for k in range(4)]
        after = out[i + 4].strip()
        before = out[i - 1].strip() if i else ""
        # (the kicker may read as a sentence's end: a question, '周末去哪儿？' — kickerlines)
        if (all(run) and not _lone_head_line(before) and all(_lone_head_line(x) for x in run[1:3])
                and (_lone_head_line(run[0]) or asks_or_quotes(run[0]))
                # the page banner over a story's kicker, not a kicker: its theme, or its county and colon
                and not BANNER_THEME.match(run[0]) and not BANNER_HEAD.match(run[0])
                and not (_page_top(out, i) and not _TAIL_THEN_PAUSE.match(run[2]))
                and (run[3].startswith(_DASH_DECK) or (_FIGURE_DECK.match(run[3]) or deck_in_figures(run[3]))
                     and _heading_like(run[3]))
                # (a deck in figures is a heading line: a paragraph opening on its date, '3月26日上午，…', is none)
                and not run[1].startswith(_DASH_DECK) and not run[2].startswith(_DASH_DECK)
                and after and not _lone_head_line(after) and width(run[1]) + width(run[2]) <= 36
                and (blocks is None or one_block(blocks, run[1], run[2]))):
            out[i + 1:i + 3] = [run[1] + " " + run[2]]
        i += 1
    return out
