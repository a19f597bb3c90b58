"""The parts of a page that a PDF's text runs together with the copy, told apart by their shape, for
unpdf: a picture caption (one sentence of caption length ending in a full stop), a heading line (no
sentence end, no mark of running text), a byline or credit, a deck on its headline's line, captions of
photos side by side on one line, heading lines pdftotext -raw cut at a colon or quote (`heading_cuts`);
a caption set under a headline moved after its story's text; blank lines before a story's parts and a
caption standing alone (`parts_apart`); the sentence a caption is made of (`caption_sentence`, also for
photolines) and a caption's column line over the next story's heading (`caption_apart`, for unpdf's
join_column_lines). Only white space is ever added or removed."""
from __future__ import annotations

import re

from layout_app.intake.pdfcolumns import _SENTENCE_END, _ends_sentence, width
from layout_app.intake.repair import DATELINE as _DATELINE
from layout_app.intake.repair import PLACE_LABEL, REPORTED, credit_line, photo_credit

_MARKERS = ("——", "本报记者", "本报通讯员", "通讯员", "记者 ", "本版", "责任编辑")


def _quote_closed_after_word(text: str) -> bool:
    """'…点赞“护安宁”': a quote closed right after a word ends a headline, not a sentence."""
    text = text.rstrip()
    return len(text) > 1 and text[-1] in "”’」』" and text[-2] not in _SENTENCE_END


def _starts_part(line: str) -> bool:
    return line.lstrip().startswith(_MARKERS)


# a headline's place label before a quoted term ('城北街道：“村 BA”打出精气神'): no one's words after a colon
_PLACE_QUOTES = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:街道|社区|镇|乡|村|县|区)[：:]“")


def _body_like(piece: str) -> bool:
    speech = ("：“" in piece or ":“" in piece) and not _PLACE_QUOTES.match(piece.strip())
    return any(p in piece for p in "，,、；;") or speech or bool(_DATELINE.match(piece))


_REPORT_OPENERS = ("截至", "据了解", "据悉", "据介绍", "据统计", "记者了解到", "数据显示", "目前", "眼下", "今年以来", "此外",
                   "与此同时", "下一步")


def _caption_like(line: str) -> bool:
    """One sentence of picture caption length ending in a full stop (no quote, no second sentence, no
    semicolon: clauses joined by one are running text; not opening as a report does — 截至目前…,
    据了解…, a brief's dateline 本报讯…; nor reporting someone's words — …介绍，: a caption shows what the photo shows)."""
    line = line.strip()
    credit = photo_credit(line)
    if credit is not None:
        line = line[:credit].rstrip()       # '…采摘蔬菜。本报记者 任静 摄': the caption and its photo's credit
    return (line.endswith("。") and 8 <= len(line) <= 32 and "“" not in line and "；" not in line and ";" not in line
            and not line.startswith(_REPORT_OPENERS) and not REPORTED.search(line) and not _DATELINE.match(line)
            and not any(ch in _SENTENCE_END for ch in line[:-1]) and not _starts_part(line))


# the longest caption sentence (its credit aside): a caption is one line or two under the photo
MAX_CAPTION = 32
MIN_CAPTION = 6
# the scene a caption opens on before its comma ('城南乡新华村，', '比赛现场，'): a short noun phrase
MAX_SCENE = 12
# how running text opens a sentence — a report, a time, a source, a reporter's walk — and a caption never
# (`_caption_like`'s openers among them)
REPORT_OPENERS = re.compile(r"^(" + "|".join(_REPORT_OPENERS) + r"|据|今年|去年|近日|近年|同时|另外|记者|走进|来到|"
                            r"本报讯|\d+月|\d+年|\d+日|"
                            # … nor goes on from the sentence before, as a caption standing alone cannot:
                            # a pronoun or a conjunction ('这让村民们十分欣慰。', '但他没有放弃。')
                            r"这|那|他|她|它|我|你|大家|此|其|但|而|可是|因此|所以|于是|随后|然后|接着|最后|也|还|又|并)")
# figures counted with their unit (2432亩, 57个, 26%) are a report's; a caption shows (5G基站 is a name)
FIGURES = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?(?:亩|人|名|个|万|吨|公斤|斤|%|％|次|件|处|支|家|户|元|米|公里|天|年|月|日|小时|分钟|岁)")
# a sentence's ends and a clause's pauses
_STOPS = "。！？；;!?"
_PAUSES = "，,"


def caption_sentence(text: str) -> bool:
    """One short sentence a photo's caption is made of (its credit aside): it ends on a full stop,
    holds no other stop, no one's words (no quote — a short paragraph quoting praise, '居民为夜巡队点赞
    “暖民心”。', is running text as `_caption_like` has it — no 说，), no figures counted,
    and a comma only after the scene it opens on (a place, a site, 比赛现场; a place and then its site),
    not opening as running text does (a report, a time, a source, a pronoun or conjunction that goes
    on from the sentence before)."""
    text = text.strip()
    credit = photo_credit(text)
    if credit is not None:
        text = text[:credit].rstrip()
    text = re.sub(r"\s+", "", text)
    if not (MIN_CAPTION <= len(text) <= MAX_CAPTION and text.endswith("。")):
        return False
    if any(ch in _STOPS for ch in text[:-1]) or "“" in text or REPORTED.search(text):
        return False
    if REPORT_OPENERS.match(text) or FIGURES.search(text):
        return False
    if "、" in text:
        return False
    scene = re.split("[，,]", text.removeprefix("图为"))[:-1]
    if not scene and not text.startswith("图为") and credit is None and _OUTCOME.search(text):
        return False
    # the scene: a site (比赛现场, ≤ MAX_SCENE), or its place and then the site ('沙坪镇，比赛现场，…')
    return (not scene or (len(scene) == 1 and _scene(scene[0]))
            or (len(scene) == 2 and _PLACE_NAME.search(scene[0]) is not None and _scene(scene[1])))


# what a story's closing sentence tells and a photo cannot show: how it was taken, what is planned
# ('村民们纷纷点赞。', '该工程预计年底完工。'); a caption that shows it opens on its scene or 图为
_OUTCOME = re.compile(r"点赞|好评|欢迎|称赞|赞不绝口|满意|预计|有望|将于|计划|完工|竣工|顺利|受益|成效")
# a place's name, its last word a place's (沙坪镇, 古城街道新华村)
_PLACE_NAME = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:镇|乡|村|街道|社区|县|区|市)$")
# … a place named anywhere in a scene ('建设镇三元社区技能培训'), or the last character of a site's name
# (现场, 食堂, 舞台, 之家, 驿站, 工作室, 书屋, 直播间, 步道, 菜园, 服务队, 超市, 图书角, 卫生院, 充电桩)
_PLACE_WORD = re.compile(r"镇|乡|村|街道|社区|县|区|市")
_SITE_END = set("场堂台家站室屋间道园队市角院馆所桩点厅店厂口房棚地街路巷心")


def _scene(piece: str) -> bool:
    """What a caption opens on before its comma names where: a place or a site, not a clause
    ('居民们纷纷点赞，…', '活动结束后，…' are running text)."""
    return len(piece) <= MAX_SCENE and (piece[-1:] in _SITE_END or _PLACE_WORD.search(piece) is not None)


def label_cut(line: str, after: str) -> bool:
    """`line` a place's name and colon alone ('兴隆乡：'), the line under it a heading's (no sentence's end,
    no mark of running text): a headline's label -raw cut off its line — no column line of running text
    (for unpdf's join of column lines)."""
    return bool(PLACE_LABEL.fullmatch(line)) and width(line) <= 8 and bool(after) and _heading_like(after) \
        and not _body_like(after) and not _ends_sentence(after)


def _heading_like(line: str) -> bool:
    line = line.strip()
    return (bool(line) and (not _ends_sentence(line) or _quote_closed_after_word(line))
            and not _body_like(line) and not _starts_part(line) and photo_credit(line) is None)


def captions_after_body(lines: list[str]) -> list[str]:
    """A photo set under a story's headline puts its caption between the headline and the byline
    or text; copy as it arrives has it after the story. Such a caption moves to the end of the
    story's text (before the next heading)."""
    out = list(lines)
    i = 1
    while i < len(out):
        prev = next((l for l in reversed(out[:i]) if l.strip()), "")
        if _caption_like(out[i]) and (_heading_like(prev) or prev.lstrip().startswith("——")):
            # the story's text: bylines, decks and paragraphs up to the next heading
            j, body = i + 1, 0
            while j < len(out) and (not out[j].strip() or _starts_part(out[j]) or not _heading_like(out[j])) \
                    and not _kicker_over_head(out, j):
                body += bool(out[j].strip()) and not _starts_part(out[j]) and not _caption_like(out[j])
                j += 1
            if body:
                caption = out.pop(i)
                end = j - 1
                while end > i and not out[end - 1].strip():
                    end -= 1            # right after the story's last line, before the blank lines
                out.insert(end, caption)
                continue
        i += 1
    return out


def _kicker_over_head(lines: list[str], j: int) -> bool:
    """Line j ends no sentence and a heading line follows it: a kicker over its headline, even one
    with a comma ('秋收时节，小麦村的稻田里一片金黄' / '秋收正当时 丰收映笑颜') — running text never stops
    short of a sentence's end over a heading."""
    line = lines[j].strip()
    nxt = next((l for l in lines[j + 1:] if l.strip()), "")
    return (bool(line) and not _ends_sentence(line) and not _starts_part(line) and _heading_like(nxt)
            and width(line) <= 34 and photo_credit(line) is None)


def caption_over_heading(line: str, ahead: list[str]) -> bool:
    """A caption's sentence on a column line of its own over the next story's heading — its headline,
    or a kicker ending no sentence (a comma in it, or asking its question: '放学后，孩子们去哪儿了？')
    over its headline ('居民在幸福食堂吃午饭。' / '中午 11 点，饭菜香飘满楼道' / '老有所养 老有所乐 让老人吃上
    “放心饭”'): no paragraph's first or last line, for unpdf's column lines."""
    if not ahead or not caption_sentence(line):
        return False
    nxt = ahead[0].strip()
    if len(ahead) > 1 and caption_over_heading(nxt, ahead[1:]):
        return True         # the captions of photos one over the other ('胜利乡求职者选购特产。' /
        # '胜利乡的特色集市人头攒动。' / '同心街道大桥村的护河志愿队。') over the next story's heading
    if _heading_like(nxt) and not _caption_like(nxt):
        return True
    kicker = (not _ends_sentence(nxt) or _SHORT_QUESTION.match(nxt)) and not _starts_part(nxt) \
        and photo_credit(nxt) is None and width(nxt) <= 34
    return bool(kicker) and len(ahead) > 1 and _heading_like(ahead[1]) and not _caption_like(ahead[1])


def caption_apart(pieces: list[str], line: str, ahead: list[str]) -> bool:
    """For unpdf's column lines: `line` does not go on after the paragraph's `pieces` so far, whose last
    ends a sentence — `line` is a caption's line over the next story's heading, or the paragraph's one
    line is a caption over the next story's kicker and headline (`caption_over_heading`)."""
    return _ends_sentence(pieces[-1]) and (caption_over_heading(line, ahead) or (
        len(pieces) == 1 and caption_over_heading(pieces[0], [line] + ahead[:1])))


# a kicker asking its question, a comma in it or none ('放学后，孩子们去哪儿了？', '出行难？')
_SHORT_QUESTION = re.compile(r"^[^。！？!?；;“”\"]{2,16}[？?]$")

# a heading opening on its place and colon and a quoted phrase ('康乐乡：“双减”落地见实效'): no one's
# words (those follow a verb of saying: '…说：“'), no sentence's end nor pause
_PLACE_QUOTE_HEAD = re.compile(PLACE_LABEL.pattern + r"“[^，,、；;。！？!?]*$")


def parts_apart(lines: list[str]) -> list[str]:
    """Blank lines where copy as it arrives has them and a PDF's text has none: two before a
    caption standing alone and before a heading that follows a finished paragraph — a kicker with a
    comma too, over its headline (a story's parts then stand apart from the story before, as the
    reporter's files do)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        prev = out[-1] if out else ""
        k = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        nxt = lines[k] if k is not None else ""
        # a caption stands between stories: what follows is a heading, a credit, a caption or the end
        caption = _caption_like(line) and caption_sentence(line) and (not nxt or _heading_like(nxt) or _credit(nxt) or _caption_like(nxt)
                                           or _kicker_over_head(lines, k) or _PLACE_QUOTE_HEAD.match(nxt))
        ended = _ends_sentence(prev) or photo_credit(prev.strip()) is not None      # …采摘蔬菜。本报记者 任静 摄
        if prev.strip() and not _heading_like(prev) and ended and (
                caption or _heading_like(line) or _PLACE_QUOTE_HEAD.match(line) or _credit(line)
                or _kicker_over_head(lines, i)):
            out += ["", ""]
        out.append(line)
    return out


# the page's staff credited at its foot or head, each role before its name ('校对 朱国庆', '版式设计 杨永福')
_STAFF = ("本版", "责任编辑", "責任編輯", "美术编辑", "美術編輯", "版式设计", "版式設計", "校对", "校對")


def _credit(line: str) -> bool:
    """A page's credit line, or a photo's credit on a line of its own under the photo."""
    return line.lstrip().startswith(_STAFF) or credit_line(line)


# a heading's deck set on the headline's line, after a space: '“积分超市”有温度 ——长乐社区…工作纪实'
_DECK_ON_LINE = re.compile(r"^(?P<head>[^。！？!?]{2,40}?) +(?P<deck>(——|－－|--)\S.{0,40})$")


def decks_apart(lines: list[str]) -> list[str]:
    """A dash deck that extraction put on the line of its headline (they share a baseline when the
    deck is set beside it) goes onto a line of its own, as the copy has it."""
    out: list[str] = []
    for line in lines:
        m = _DECK_ON_LINE.match(line.strip())
        if m and _heading_like(m.group("head")) and not _starts_part(m.group("head")):
            out += [m.group("head"), m.group("deck")]
        else:
            out.append(line)
    return out


def captions_apart(lines: list[str]) -> list[str]:
    """The captions of photos set side by side share a baseline: extraction gives them on one line,
    a space apart ('…排队办理业务。 清水社区共享菜园，…练习书法。'), a photo's credit after its caption
    ('…为老人理发。（徐丽娟 摄） 独居老人在…', '…城乡客运。 本报记者 杜亮 摄 新修的…'). Each goes onto a
    line of its own, with its credit."""
    out: list[str] = []
    for line in lines:
        pieces: list[str] = []
        for p in re.split(r"(?<=[。！？!?]) +|(?<=[摄攝][）)]) +|(?<=[摄攝]) +", line.strip()):
            if pieces and credit_line(p):
                pieces[-1] += " " + p       # a credit stays with the caption before it
            elif p:
                pieces.append(p)
        if len(pieces) > 1 and all(_caption_like(p) for p in pieces):
            out += pieces
        else:
            out.append(line)
    return out


# a photo's credit alone on its line, in brackets: '（宋红梅 摄）' (-raw: '（卢凯 摄)')
_BRACKETED_CREDIT = re.compile(r"^[（(]\s*(本报记者|记者|通讯员)?\s*" + r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4})*"
                               + r"\s*[摄攝]\s*[）)]$")


# a credit in brackets and, a space after it, the caption of the photo beside (-raw: '（钟欣怡 摄) 城北乡…')
_CREDIT_THEN_CAPTION = re.compile(r"^([（(][^（()）]{2,24}[摄攝]\s*[）)])[ \u3000]+(\S.*)$")


def credits_to_captions(lines: list[str]) -> list[str]:
    """A photo's credit in brackets that extraction put on a line of its own, right under its caption
    ('家长和孩子一起参加劳动课。' / '（宋红梅 摄）'), goes back onto the caption's line, as the copy has it —
    alone it read as the kicker of the heading under it. Under two captions on one line (photos side
    by side) it is the last one's; with the caption of the photo beside it after it on its line
    ('（钟欣怡 摄) 城北乡三元村…'), that caption goes on a line of its own."""
    out: list[str] = []
    for line in lines:
        prev = out[-1].strip() if out else ""
        last = re.split(r"(?<=[。！？!?]) +", prev)[-1] if prev else ""
        credit, rest = line.strip(), ""
        m = _CREDIT_THEN_CAPTION.match(credit)
        if m and _caption_like(m.group(2)):
            credit, rest = m.group(1), m.group(2)     # the next photo's caption beside it on the line
        if _BRACKETED_CREDIT.match(credit) and last and _caption_like(last):
            out[-1] = out[-1].rstrip() + credit
            if rest:
                out.append(rest)
        else:
            out.append(line)
    return out


def _lone_head_line(line: str) -> bool:
    return (_heading_like(line) and not line.startswith(("——", "—", "－－", "--")) and not _credit(line)
            and not _caption_like(line))


# verbs that take an object in a headline (…开展“电商直播间”, …点赞“聚人气”); 从 opens a 从…看… frame
_TAKES_OBJECT = ("开展", "推出", "建成", "启用", "升级", "打造", "设立", "完善", "建设", "创建", "举办", "开设", "新建",
                 "建起", "上线", "开通", "发布", "评选", "点赞", "从")
_QUOTED_TERM = re.compile(r"^“[^“”]{1,16}”$")


def heading_cuts(lines: list[str]) -> list[str]:
    """pdftotext -raw cuts a heading line where a full-width colon or quote was set close, as if a
    line ended there: '记者蹲点：' / '南山街道的“爱心驿站”一天', '银杏社区开展' / '“电商直播间”'. A heading
    piece ending in the colon of a label, and a quoted term after a verb that takes it as its
    object, are the same line as the piece before."""
    from layout_app.intake.headings import BANNER_HEAD     # (headings asks unpdf, which asks this module)
    out: list[str] = []
    for i, line in enumerate(lines):
        s = line.strip()
        prev = out[-1].strip() if out else ""
        after = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
        if prev and s and _lone_head_line(prev) and _lone_head_line(s) and (
                prev.endswith(("：", ":")) or (_QUOTED_TERM.match(s) and prev.endswith(_TAKES_OBJECT))):
            out[-1] = prev + s
        elif (prev and _QUOTED_TERM.match(s) and BANNER_HEAD.match(prev) and _lone_head_line(prev)
              and (after.startswith(_DASH_DECK) or not _heading_like(after)) and width(prev + s) <= 34):
            out[-1] = prev + s          # '青禾县：一根竹子撑起县域经济' / '“半边天”' over the banner's deck or
            # the lead: -raw cut the banner's line at its quote; a term opening the next headline has its
            # line's rest under it ('“双减”' / '之下 书法课堂有声有色')
        elif (prev and s and prev.count("“") > prev.count("”") and prev[-1] in "、，," and "”" in s
              and "“" not in s[:s.index("”")] and re.search(r"”[ \u3000]+\S", s)
              and not re.search(r"[。！？!?…]", prev + s) and width(prev + s) <= 34):
            out[-1] = prev + s          # '解决“看病难、' / '看病晚” 走进牛角街道': a kicker cut at its quote's
            # pause, its phrase space after the close (running text has none)
        elif prev.startswith(_DASH_DECK) and _heading_like(s) and not s.startswith(_DASH_DECK) and (
                (width(prev) <= 8 and s.startswith("“"))
                or (prev.endswith("”") and _lone_head_line(s) and width(prev + s) <= 34)):
            out[-1] = prev + s          # '——河湾镇' / '“APP预约平台”' / '为乡村振兴…': a deck cut at its quotes
        else:
            out.append(line)
    return out


_DASH_DECK = ("——", "—", "－－", "--")
# a deck that sums the story up in figures: '81名青年参与 进一步提升了基层治理水平'
_FIGURE_DECK = re.compile(r"^\d+[\u4e00-\u9fff]\S*\s\S")


# a byline's line: a reporter's label and the names under it; under it a second label and its names
# (a correspondent, an intern), '文/图' when they gave the photos too — never a photo's credit (…摄)
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4})*"
_BYLINE_TOP = re.compile(r"^(本报记者|本报通讯员|见习记者|特约记者|记者|通讯员)[ \u3000]+" + _NAMES + "$")
_BYLINE_UNDER = re.compile(r"^(本报通讯员|见习记者|特约记者|通讯员|实习生)[ \u3000]+" + _NAMES
                           + r"(?:[ \u3000]+[文图][/／][图文])?$")


def bylines_joined(lines: list[str]) -> list[str]:
    """A byline set in two lines, a label and its names each ('本报记者 陈淑珍' / '实习生 阎志刚',
    '本报记者 许丽娟' / '通讯员 贾晓燕 文/图'): one byline, a space at the break. Two lines of one label
    stay apart (two stories' bylines)."""
    out: list[str] = []
    for line in lines:
        top = _BYLINE_TOP.match(out[-1].strip()) if out else None
        under = _BYLINE_UNDER.match(line.strip())
        if top and under and top.group(1) != under.group(1):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out
