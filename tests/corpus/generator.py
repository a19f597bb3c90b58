"""Generated newspaper pages: a structured spec (the truth) for each seed.

`make_page(seed)` gives a PageSpec; `spec.expected()` is the structure import should find, in the
shape of PageCopy.to_json() and in normal form (full-width punctuation, whole paragraphs). The text is
made of phrase lists (tests/corpus/phrases.py), so each story names its own place, subject and people,
and its captions name them too — as on a real page."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.corpus import phrases as P


@dataclass
class StorySpec:
    headline: str
    paragraphs: list[str]
    kicker: str | None = None
    deck: str | None = None
    byline: str | None = None
    captions: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"kicker": self.kicker, "headline": self.headline, "deck": self.deck, "byline": self.byline,
                "paragraphs": list(self.paragraphs)}


@dataclass
class PageSpec:
    seed: int
    stories: list[StorySpec]
    banner: dict | None = None          # {kicker, headline, deck}
    lead: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    # a laid-out page's running head (报眉) as it prints (tests/corpus/pdf_copy): no copy, but kept
    furniture: list[str] = field(default_factory=list)

    def expected(self) -> dict:
        return {
            "banner": dict(self.banner) if self.banner else None,
            "lead": list(self.lead),
            "stories": [s.to_json() for s in self.stories],
            "captions": [{"text": c, "story": k} for k, s in enumerate(self.stories) for c in s.captions],
            "credits": list(self.credits),
            "unassigned": [],
            **({"furniture": list(self.furniture)} if self.furniture else {}),
        }


@dataclass
class Names:
    """What one story is about: the names its headline, body and captions share."""
    place: str
    term: str
    org: str
    person: str          # e.g. 主任林晓梅
    nick: str            # e.g. 村民老周
    group: str


def _pick(rng: random.Random, pool, used: set) -> str:
    choice = rng.choice([x for x in pool if x not in used] or list(pool))
    used.add(choice)
    return choice


def _name(rng: random.Random) -> str:
    return rng.choice(P.SURNAMES) + rng.choice(P.GIVEN)


def _names(rng: random.Random, used: set) -> Names:
    stem = _pick(rng, P.PLACE_STEMS, used)
    surname = _pick(rng, P.SURNAMES, used)
    return Names(place=stem + rng.choice(P.PLACE_KINDS), term=_pick(rng, P.TERMS, used), org=rng.choice(P.ORGS),
                 person=rng.choice(P.ROLES) + surname + rng.choice(P.GIVEN),
                 nick=rng.choice(("村民", "居民", "摊主")) + rng.choice(P.NICK) + rng.choice(P.SURNAMES),
                 group=rng.choice(P.GROUPS))


def _fit(rng: random.Random, makers, lo: int, hi: int, tries: int = 200) -> str:
    """The first made text whose length is within [lo, hi]; makers are tried in random order."""
    for _ in range(tries):
        text = rng.choice(makers)()
        if lo <= len(text) <= hi:
            return text
    raise AssertionError(f"no phrase of {lo}–{hi} characters")     # a word-list bug, not a page


def headline(rng: random.Random, n: Names, long: bool) -> str:
    good = lambda: rng.choice(P.GOOD)
    if not long:
        return _fit(rng, [lambda: f"{n.place}：{n.term}{good()}", lambda: f"{n.term}{good()}",
                          lambda: f"{n.place}{n.term}{good()}", lambda: f"“{n.term}”{good()}"], 6, 12)
    return _fit(rng, [
        lambda: f"{n.place}{rng.choice(P.ACTIONS)}“{n.term}” {rng.choice(P.RESULTS)}",
        lambda: f"{n.place}：{rng.choice(P.ACTIONS)}{n.term} 让{n.group}{rng.choice(P.GOOD)}",
        lambda: f"从“{n.term}”看{n.place}如何{rng.choice(P.RESULTS)}",
        lambda: f"{n.place}{n.term}开放{rng.randint(2, 60)}天 {n.group}点赞“{rng.choice(P.GOOD)}”",
        lambda: f"{n.place}：{n.group}的{n.term}{rng.choice(P.GOOD)} {rng.choice(P.THEME_TAILS)}",
    ], 20, 34)


def kicker(rng: random.Random, n: Names) -> str:
    return _fit(rng, [
        lambda: rng.choice(P.KICKER_SHORT),
        lambda: f"{rng.choice(P.KICKER_SHORT)}：走进{n.place}",
        lambda: f"记者蹲点：{n.place}的“{n.term}”一天",
        lambda: f"“{n.term}”来了 {rng.choice(P.THEMES)}",
        lambda: f"{rng.choice(P.THEMES)} {rng.choice(P.THEME_TAILS)}：{n.place}的新变化",
    ], 8, 34)


def deck(rng: random.Random, n: Names) -> str:
    return _fit(rng, [
        lambda: f"——{n.place}{rng.choice(P.ACTIONS)}{n.term}工作纪实",
        lambda: f"——记{n.person}",
        lambda: f"——{n.place}“{n.term}”{rng.choice(P.RESULTS)}",
        lambda: f"{rng.randint(12, 300)}名{n.group}参与 {rng.choice(P.RESULTS)}",
    ], 6, 34)


def byline(rng: random.Random) -> str:
    return rng.choice([
        lambda: f"本报记者 {_name(rng)}",
        lambda: f"本报记者 {_name(rng)} 通讯员 {_name(rng)}",
        lambda: f"通讯员 {_name(rng)}",
        lambda: f"本报记者 {_name(rng)} {_name(rng)}",
    ])()


def sentence(rng: random.Random, n: Names) -> str:
    num = rng.randint(3, 3200)
    pct = f"{rng.randint(5, 98)}{rng.choice(('', '.5'))}%"
    date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    return rng.choice([
        lambda: f"近日，{n.place}{n.org}{rng.choice(P.ACTIONS)}“{n.term}”，吸引了{num}余名{n.group}参与。",
        lambda: f"{date}，记者走进{n.place}，只见{rng.choice(P.SCENES)}。",
        lambda: f"{n.nick}说：“{rng.choice(P.QUOTES)}。”",
        lambda: f"{n.person}介绍，{n.term}自{date}启用以来，已累计{rng.choice(P.METRICS)}{num}{rng.choice(P.UNITS)}。",
        lambda: f"截至目前，{n.place}已排查整改隐患{rng.randint(2, 90)}处，{rng.choice(P.RESULTS)}。",
        lambda: f"今年以来，{n.place}{rng.choice(P.METRICS)}同比增长{pct}，{rng.choice(P.RESULTS)}。",
        lambda: f"通过{rng.choice(P.LATIN)}平台，{n.group}可以在线预约{n.term}的服务，办理时间缩短了{pct}。",
        lambda: f"据了解，{n.place}还将在{rng.randint(2, 12)}个村（社区）推广{n.term}的做法。",
        lambda: f"这样的{n.term}，谁不喜欢？",
        lambda: f"{n.group}们纷纷点赞：“{n.term}{rng.choice(P.GOOD)}！”",
        lambda: f"{n.person}表示，下一步将继续完善{n.term}的服务功能，{rng.choice(P.RESULTS)}。",
        lambda: f"在{n.place}{n.org}，{rng.choice(P.GROUPS)}正在{rng.choice(P.ACTIVITIES)}；一旁的{n.nick}忙着登记。",
    ])()


def paragraph(rng: random.Random, n: Names) -> str:
    """One to four sentences, at least 30 characters: a one-line question is a caption's shape, not
    a paragraph's."""
    text = "".join(sentence(rng, n) for _ in range(rng.choice((1, 2, 2, 3, 3, 4))))
    while len(text) < 30:
        text += sentence(rng, n)
    return text


def caption(rng: random.Random, n: Names) -> str:
    return rng.choice([
        lambda: f"{n.place}的{n.group}在{n.term}里{rng.choice(P.ACTIVITIES)}。",
        lambda: f"{n.person}（右）在{n.term}为{n.group}讲解。",
        lambda: f"{n.place}{n.term}，{n.group}正在{rng.choice(P.ACTIVITIES)}。",
        lambda: f"{n.nick}在{n.place}的{n.term}{rng.choice(P.ACTIVITIES)}。",
    ])()


def banner(rng: random.Random, county: str) -> dict:
    theme = rng.choice(P.THEMES)
    headline = rng.choice([f"{county}：{theme}", f"{theme} {rng.choice(P.THEME_TAILS)}"])
    deck = rng.choice([f"——{county}{theme[:4]}工作综述", f"——{county}城乡社区{theme[:4]}纪实", None])
    return {"kicker": None, "headline": headline, "deck": deck}


def lead(rng: random.Random, county: str) -> str:
    parts = [f"近年来，{county}坚持以人民为中心，", "在城乡社区开展了一系列便民服务行动，",
             "聚焦群众急难愁盼，", f"累计办成民生实事{rng.randint(20, 400)}件，",
             "让群众在家门口就能办成事、办好事。", "一个个暖心举措，", "正在化作群众看得见、摸得着的幸福。"]
    text = "".join(parts[:rng.randint(4, 7)])
    text = text.rstrip("，") + ("" if text.endswith("。") else "。")
    while len(text) < 60:
        text += f"{county}将持续发力，{rng.choice(P.RESULTS)}。"
    return text


def make_page(seed: int) -> PageSpec:
    rng = random.Random(seed)
    used: set = set()
    stories = []
    for k in range(rng.randint(3, 10)):
        n = _names(rng, used)
        s = StorySpec(headline(rng, n, long=rng.random() < 0.4),
                      [paragraph(rng, n) for _ in range(rng.randint(2, 8))])
        if rng.random() < 0.55:
            s.kicker = kicker(rng, n)
        if rng.random() < 0.4:
            s.deck = deck(rng, n)
        if rng.random() < 0.6:
            s.byline = byline(rng)
        s.captions = [caption(rng, n) for _ in range(rng.choice((0, 0, 1, 1, 1, 2)))]
        s.captions = list(dict.fromkeys(s.captions))           # two same captions are one
        stories.append(s)
    page = PageSpec(seed, stories)
    county = rng.choice(P.COUNTIES)
    if rng.random() < 0.6:
        page.banner = banner(rng, county)
    if rng.random() < 0.5:
        page.lead = [lead(rng, county)]
    photographer, writer = _name(rng), _name(rng)
    page.credits = rng.sample([f"本版图片由本报记者 {photographer} 摄", f"本版稿件由本报记者 {writer} 采写",
                               f"责任编辑 {_name(rng)}"], rng.randint(0, 3))
    return page
