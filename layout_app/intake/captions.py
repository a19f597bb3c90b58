"""Match captions to the stories they belong to, by the names they share.

A caption names what the photo shows: a place (河湾社区, 青石镇, 城北农贸市场), an organisation
(夜巡队, 便民服务中心), a person with a role (村民老周, 主任林晓梅), a term in quotes (“图书角”). The
story it belongs to names the same, most tellingly in its kicker, headline or deck. We find such
names in the caption by their suffixes and role words, look for each in every story, and weigh a
name by where the story has it (heading over body) and by how few stories have it. Shared
character pairs only support: a caption that shares no name with any story, or whose best story is
barely ahead of the next, is left unassigned (story None) with its candidates listed."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from layout_app.intake.names import SURNAMES
from layout_app.intake.pagecredit import photographers
from layout_app.intake.repair import STAFF_BRACKET, photo_credit
from layout_app.intake.structure import Caption, StoryParts
from layout_app.layout.sidebars import LABEL as SIDEBAR_LABEL
from layout_app.text.punct import is_han

# the last word of a place or organisation name; longer words first, so 社区 wins over 区, 市场 over 市
PLACE_WORDS = ("街道", "社区", "小区", "市场", "学校", "小学", "中学", "公园", "广场", "医院", "卫生院", "卫生室", "图书馆",
               "镇", "村", "县", "乡", "区", "市", "街", "路", "巷")
ORG_WORDS = ("委员会", "合作社", "办事处", "中心", "公司", "协会", "集团", "基地", "银行", "大学", "学院", "工厂",
             "局", "队", "站", "所", "馆", "厂", "委")
SUFFIX = re.compile("|".join(sorted(PLACE_WORDS + ORG_WORDS, key=len, reverse=True)))
# role words before a person's name (村民老周, 社区主任林晓梅)
ROLES = ("工作人员", "志愿者", "负责人", "董事长", "网格员", "村民", "居民", "市民", "农民", "主任", "书记", "队员", "队长", "医生",
         "护士", "老师", "教师", "民警", "老人", "摊主", "站长", "院长", "校长", "村长", "镇长", "县长", "局长", "馆长",
         "所长", "经理", "社工", "党员", "店主", "工人", "技术员", "记者")
ROLE = re.compile("|".join(sorted(ROLES, key=len, reverse=True)))
# a person's name after a role opens with a surname (林晓梅) or 老/小 and one (老周, 小刘): 老人聊天 is
# what the old people do, not someone called 聊天 (`names.SURNAMES`)


def person_name(name: str) -> bool:
    return name[0] in SURNAMES or (name[0] in "老小" and name[1] in SURNAMES)
QUOTED = re.compile(r"[“「『\"]([^”」』\"]{2,12})[”」』\"]")
# characters that open no name: a candidate starting with one is a phrase, not a name (在青石镇 → 青石镇);
# 中, 上 and 和 open too many names (中心小学, 上海路, 和平社区) to be here
OPENS_NO_NAME = set("在的了与到从为给对把被向各每该这那个是将由及或等也都就还又并而且让们里后前以")
# characters that may follow a person's name in a caption (林晓梅说, 老周在, 林晓梅（右）)
AFTER_NAME = set("说在为正和与、，。：；！？）（(」”的向对给从带等一") | {""}
# nor does 正 after a role: 老人正在… is someone at work, not 老人 正某
OPENS_NO_PERSON = OPENS_NO_NAME | {"正"}
# … but 里 may end a name's first part: a lane's or an estate's (锦绣里小区, 幸福里社区)
BEFORE_NO_PLACE = OPENS_NO_NAME - {"里"}
# a run of characters a caption and a story's heading share: the thing the photo shows, named as the
# headline names it (四点半课堂, APP预约平台) even where neither quotes it nor ends it in a place word
PHRASE = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")
MIN_PHRASE = 4
# the words a caption shares with a story's body, however they end: the thing shown (长者食堂, 编程课,
# 村BA), the person (马建军), the place (五里镇) — three characters at least, two share by chance
MIN_BODY_RUN = 3
# words that open no shared word (的孩子们 → 孩子们): fewer than OPENS_NO_NAME, which also bars 前, 后, 里
# at a name's start — but 前进镇 and 后山村 are names a caption and a body share whole
WORD_MAX_STORIES = 1
# … nor ends one: 街道的 (桃源街道的老人 / 龙泉街道的新变化) is the end of two names and a 的, no word;
# …们 is a crowd, not a name (孩子们, 老人们: every school or care story's people)
ENDS_NO_WORD = "的了在与和到从为给对把被向是将由及或等也都就还又并而且让之们"
OPENS_NO_WORD = "的了在与和到从为给对把被向是将由及或等也都就还又并而且让们之"
# the place a caption's scene is set in: 在 (not 正在, 在线) and the words up to what ends a place (为…, …里, …的)
SCENE_PLACE = re.compile(r"(?<![正现将还])在(?!线)([\u3400-\u9fffA-Za-z0-9]{2,8}?)(?=[为里内的，。,])")

HEADING_WEIGHT = 3.0     # a name the story's kicker, headline or deck carries
BODY_WEIGHT = 1.0        # a name only the body carries
PERSON_WEIGHT = 2.0      # a person by name is more telling than a place
PAIR_WEIGHT = 0.1        # shared character pairs: weak support
MIN_SCORE = 1.0          # shared-name evidence needed to claim a match
MIN_MARGIN = 0.34        # the best must beat the runner-up by a third of its score
MAX_PREFIX = 8           # name characters before a place or organisation word


@dataclass(frozen=True)
class Name:
    candidates: tuple[str, ...]     # the spellings to look for, longest first (南山街道便民服务中心 … 服务中心)
    weight: float                   # a person counts more than a place


def pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if is_han(text[i]) and is_han(text[i + 1])}


def names(caption: str) -> list[Name]:
    """The names a caption may share with a story, each as the spellings it could have there: the
    text before a place or organisation word has no marked start, so every start from two to
    MAX_PREFIX characters back is tried and the longest a story has wins."""
    found: list[Name] = []
    for m in SUFFIX.finditer(caption):
        spellings = []
        for k in range(max(0, m.start() - MAX_PREFIX), m.start() - 1):
            cand = caption[k:m.end()]
            if all(is_han(c) for c in cand) and cand[0] not in OPENS_NO_NAME and caption[m.start() - 1] not in BEFORE_NO_PLACE:
                spellings.append(cand)
        if spellings:
            found.append(Name(tuple(spellings), 1.0))
    for m in ROLE.finditer(caption):
        with_role = []
        for n in (3, 2):
            name = caption[m.end():m.end() + n]
            after = caption[m.end() + n:m.end() + n + 1]
            if (len(name) < n or not all(is_han(c) for c in name) or name[0] in OPENS_NO_PERSON or ROLE.match(name)
                    or not person_name(name)):
                continue
            if after in AFTER_NAME:          # the name ends here: look for it with or without its role
                found.append(Name((m.group() + name, name), PERSON_WEIGHT))
                break
            with_role.append(m.group() + name)   # 市民小刘扫码: only 市民小刘 as the story writes it tells
        else:
            if with_role:
                found.append(Name(tuple(with_role), PERSON_WEIGHT))
    for m in QUOTED.finditer(caption):
        found.append(Name((m.group(1),), 1.0))
    for m in SCENE_PLACE.finditer(caption):
        # where the photo was taken, however it ends (在调解室为…讲解: 调解室; 在充电桩里: 充电桩)
        found.append(Name((m.group(1),), 1.0))
    return found


def shared_phrases(caption: str, heading: str, least: int = MIN_PHRASE, opens_not: str = "".join(OPENS_NO_NAME),
                   ends_not: str = "") -> set[str]:
    """The longest runs of at least `least` characters (Han, Latin, digits) the caption and the
    heading both have, each not inside a longer one found; `opens_not`, `ends_not`: characters
    stripped from a run's start and end (words of grammar, not of the name)."""
    found: set[str] = set()
    for run in PHRASE.findall(caption):
        i = 0
        while i + least <= len(run):
            n = least
            if run[i:i + n] not in heading:
                i += 1
                continue
            while i + n < len(run) and run[i:i + n + 1] in heading:
                n += 1
            phrase = run[i:i + n].lstrip(opens_not).rstrip(ends_not)      # 的5G基站 → 5G基站
            if len(phrase) >= least:
                found.add(phrase)
            i += n
    return found


HEAD_WORD_SAID = 3       # times a story's text says its headline's two-character word: the story's subject
# a date or a time alone: 6月17日, 2025年6月, 15日晚, 19时30分
DATE_RUN = re.compile(r"(?=.*\d)[\d年月日号时分点半晚早晨上下午中夜间]+")      # (or a piece of one: 6月1)


def _head_words(caption: str, headline: str) -> set[str]:
    """The two-character Han words `caption` shares with `headline` (no word of grammar at either end)."""
    return {caption[i:i + 2] for i in range(len(caption) - 1)
            if all(is_han(c) for c in caption[i:i + 2]) and caption[i:i + 2] in headline
            and caption[i] not in OPENS_NO_WORD and caption[i + 1] not in ENDS_NO_WORD}


def _shared(name: Name, heading: str, body: str) -> tuple[str, float] | None:
    """The longest spelling of `name` the story has, weighted by where it has it."""
    for s in name.candidates:
        if s in heading:
            return s, HEADING_WEIGHT * name.weight
        if s in body:
            return s, BODY_WEIGHT * name.weight
    return None


def score_stories(caption: str, stories: list[StoryParts]) -> list[tuple[int, float, list[str]]]:
    """(story index, score, names shared) for every story, best first."""
    n = len(stories)
    headings = ["".join(filter(None, (s.kicker, s.headline, s.deck))) for s in stories]
    bodies = ["".join(filter(None, (s.byline, *s.paragraphs))) for s in stories]
    caption_names = names(caption)
    credit = photo_credit(caption)
    shown = caption if credit is None else caption[:credit]      # the photographer is no one in the story
    hits = [{} for _ in stories]             # story → spelling → weight
    phrases = [{} for _ in stories]          # story → run of 4+ its heading shares → weight
    words = [{} for _ in stories]            # story → word shared anywhere in its text → weight
    for k in range(n):
        for name in caption_names:
            got = _shared(name, headings[k], bodies[k])
            if got and got[1] == BODY_WEIGHT * name.weight and _own_place(got[0], k, stories, headings, bodies):
                got = got[0], HEADING_WEIGHT * name.weight      # the place the story reports from
            if got:
                hits[k][got[0]] = max(hits[k].get(got[0], 0.0), got[1])
        for term in QUOTED.findall(headings[k]):
            # a term the heading quotes is the thing the story is about (“调解室”), however short
            if term in caption and not any(term in s for s in hits[k]):
                hits[k][term] = HEADING_WEIGHT
        for phrase in shared_phrases(caption, headings[k]):
            if not any(phrase in s or s in phrase for s in hits[k]):     # a name found already counts once
                phrases[k][phrase] = HEADING_WEIGHT
        for run in shared_phrases(shown, headings[k] + "\n" + bodies[k], MIN_BODY_RUN, OPENS_NO_WORD, ENDS_NO_WORD):
            if _across_place(run, shown) or DATE_RUN.fullmatch(run):
                continue        # (a date says when, not whose: two stories of one day share it — review 5's 6月17日)
            if not any(run in s or s in run for s in (*hits[k], *phrases[k])):
                words[k][run] = HEADING_WEIGHT if run in headings[k] else BODY_WEIGHT
    # a two-character word of one story's headline alone, its text says again and again (防汛: 研究部署防汛
    # 工作 over 防汛备汛, 防汛任务, 防汛责任…: its subject) — what the photo shows (开展防汛抢险演练) — with
    # another word of the caption no other story's copy has either (抢险): one word alone is a shared
    # pair (阅读图书 ↔ 图书角), no name
    own = {}
    for w in _head_words(shown, shown):         # (every two-character word of the caption)
        having = [j for j in range(n) if w in headings[j] or w in bodies[j]]
        if len(having) == 1:
            own.setdefault(having[0], set()).add(w)
    for k, st in enumerate(stories):
        for w in _head_words(shown, st.headline) & own.get(k, set()) if len(own.get(k, ())) >= 2 else ():
            if bodies[k].count(w) < HEAD_WORD_SAID or any(w in t for t in (*hits[k], *phrases[k])):
                continue
            # what the photo shows is what the headline names: as telling as a run of the heading, the
            # run of its text the caption has it in (市防汛) too — over a photographer on another
            # story's staff (通讯员 黄立军 on the 麦收 story took the 防汛 photo)
            runs = [t for t in words[k] if w in t]
            for t in runs or [w]:
                words[k][t] = HEADING_WEIGHT
            # … and the caption's other words that story alone has (柳河, 抢险) bear it out
            for t in sorted(own[k] - {w}):
                if not any(t in r for r in (*hits[k], *phrases[k], *words[k])):
                    words[k][t] = BODY_WEIGHT
    # a plain word counts only where it tells the stories apart: one a few stories share (志愿者, 孩子们)
    # says nothing of which photo is whose — unless one story alone has it in its heading: the photo
    # shows what that headline names (读书会), whatever another story's text says of it
    word_df = Counter(s for w in words for s in w)
    head_df = Counter(s for w in words for s, weight in w.items() if weight == HEADING_WEIGHT)
    whole = [set(hits[k]) | set(phrases[k]) | set(words[k]) for k in range(n)]

    def piece(s: str, k: int) -> bool:
        # a piece of what another story shares whole (爱好者 of 健身爱好者郑淑珍) tells nothing, nor a
        # role alone (志愿者, 村民: every story has its own)
        return ROLE.fullmatch(s) is not None or any(s in t and s != t for j in range(n) if j != k for t in whole[j])

    for k in range(n):
        hits[k].update({s: w for s, w in phrases[k].items() if not piece(s, k)})
        hits[k].update({s: w for s, w in words[k].items()
                        if (word_df[s] <= WORD_MAX_STORIES or (w == HEADING_WEIGHT and head_df[s] == 1)) and not piece(s, k)})
    # the photographer a story's byline or closing credit names (（通讯员　吴磊）, 本报记者 孙慧敏): the
    # reporter who wrote it took the photo — as telling as a person the caption shows
    # a 记者手记, 短评 or 链接 (a column's label its kicker) shows no photo of its own: the names its text
    # says are the feature's — a caption goes with it only by what its heading names (the reviewer's
    # photo page set its six photos in the 手记 that mentions 石门村)
    for k, st in enumerate(stories):
        if SIDEBAR_LABEL.match((st.kicker or "").strip()):
            hits[k] = {w: v for w, v in hits[k].items() if w in headings[k]}
    # (its staff only: a person its text quotes by the same name is no photographer — 马建军说)
    staff = [(s.byline or "") + "".join(m.group(0) for p in s.paragraphs for m in STAFF_BRACKET.finditer(p))
             for s in stories]
    for who in (photographers(caption[credit:]) if credit is not None else []):
        own = [k for k in range(n) if len(who) >= 2 and who in staff[k]]
        if len(own) == 1:            # (a photographer on two stories' staff tells neither)
            hits[own[0]][who] = max(hits[own[0]].get(who, 0.0), PERSON_WEIGHT)
    df = Counter(s for h in hits for s in h)
    story_pairs = [pairs(h + b) for h, b in zip(headings, bodies)]
    pair_df = Counter(p for sp in story_pairs for p in sp)
    cp = pairs(caption)
    out = []
    for k in range(n):
        # a name every story has tells them apart less: 1 for a name one story has, less for more
        name_score = sum(w * _idf(n, df[s]) for s, w in hits[k].items())
        pair_score = sum(_idf(n, pair_df[p]) for p in cp & story_pairs[k])
        shared = sorted(hits[k], key=lambda s: (-hits[k][s], -len(s)))
        out.append((k, name_score + PAIR_WEIGHT * pair_score if name_score else 0.0, shared))
    return sorted(out, key=lambda t: (-t[1], t[0]))


# the places a reporter goes to: a township's, a street office's, a community's, a village's
ADMIN_PLACE = ("街道", "社区", "镇", "乡", "村")


def _own_place(place: str, k: int, stories: list[StoryParts], headings: list[str], bodies: list[str]) -> bool:
    """The place story k reports from, though its heading does not say it: a named place (青石镇, not
    社区 alone) the story's lead names, or its text twice, more often than any other story's text
    names it ('近日，太平镇的屋顶防水正式投入使用。' — a photo taken at 太平镇 is that story's; a story
    that names it once in passing, '继河湾社区之后…', is not set there when another names it more)."""
    if not place.endswith(ADMIN_PLACE) or len(place) < 3 or any(place == w for w in PLACE_WORDS):
        return False
    counts = [(h + b).count(place) for h, b in zip(headings, bodies)]
    lead = stories[k].paragraphs[0] if stories[k].paragraphs else ""
    return ((place in lead or counts[k] >= 2)
            and all(c < counts[k] for j, c in enumerate(counts) if j != k))


_PLACE_END = re.compile("|".join(w for w in PLACE_WORDS if len(w) > 1))


def _across_place(run: str, caption: str) -> bool:
    """A run that opens inside a place's name and goes on past its end ('街道社' of 建设街道社工朱桂芳)
    is two words' pieces, no word: a place's name ends on its place word (a place word with no name
    before it is a word of its own: 社区运动会)."""
    for m in _PLACE_END.finditer(caption):
        if m.start() == 0 or not is_han(caption[m.start() - 1]) or caption[m.start() - 1] in OPENS_NO_NAME:
            continue
        for i in (k for k in range(len(caption)) if caption.startswith(run, k)):
            if m.start() - 1 <= i < m.end() and i + len(run) > m.end():
                return True
    return False


def _idf(n: int, df: int) -> float:
    """1 for a name one story has, little for one all have (a township page names its town in
    every story), never nothing: a single story's name still counts."""
    return math.log((n + 1) / df) / math.log(n + 1)


def match_captions(captions: list[Caption], stories: list[StoryParts]) -> None:
    """Fill in each caption's story index, confidence (0–1) and candidates, in place: the story
    sharing clearly the most names, or None when no story shares a name, or two are too close."""
    for cap in captions:
        cap.story, cap.confidence, cap.candidates = None, 0.0, []
        if not stories:
            continue
        scores = score_stories(cap.text, stories)
        cap.candidates = [(k, round(s, 2), shared) for k, s, shared in scores if s > 0]
        best = scores[0][1]
        runner = scores[1][1] if len(scores) > 1 else 0.0
        margin = (best - runner) / best if best else 0.0
        cap.confidence = min(1.0, margin * min(1.0, best / (2 * MIN_SCORE)))
        if best >= MIN_SCORE and margin >= MIN_MARGIN:
            cap.story = scores[0][0]
