"""A second page generator, in other words and shapes than generator.py: a district or county paper's
page on harvest, health, schools, sport, culture, transport, housing, care for the old, the environment
and jobs (word lists: varied_phrases.py). What generator.py never makes and real copy has: captions
without 在 (志愿者为老人打饭。), some with the photographer's credit; kickers with a comma; briefs that
open with a dateline and their reporter in brackets (本报讯（记者 孙浩）10月12日，…) and have no byline;
bylines saying who took the photos (本报记者 林晓 文/图) or naming trainees; headlines of any length
from 5 to 34 characters, many naming no place; paragraphs that open or end with a quote, ask a
question, hold times (18:00至21:00) and ellipses (……).

`make_page(seed)` returns generator.PageSpec, so everything downstream (arrival, pdf_copy, cases,
score, the benchmark) takes these pages unchanged; cases.make_case(…, style="varied") picks them."""
from __future__ import annotations

import random
from dataclasses import dataclass

from tests.corpus import varied_phrases as V
from tests.corpus import generator
from tests.corpus.generator import PageSpec, StorySpec


@dataclass
class Names:
    """One story's names: the topic's word lists and what this story calls things."""
    topic: dict
    place: str
    site: str
    subj: str
    org: str
    who: str            # role and name: 种粮大户何建军
    name: str           # the name alone: 何建军
    elder: str          # 刘大爷
    age: int
    group: str
    drawn: dict         # the sentences and quotes this story has used: it says nothing twice while it can


def _person(rng: random.Random) -> str:
    return rng.choice(V.SURNAMES) + rng.choice(V.GIVEN)


def _pick(rng: random.Random, pool, used: set) -> str:
    choice = rng.choice([x for x in pool if x not in used] or list(pool))
    used.add(choice)
    return choice


def _names(rng: random.Random, used: set) -> Names:
    topic = V.TOPICS[_pick(rng, sorted(V.TOPICS), used)]           # one story a topic, as a page mixes them
    stem = _pick(rng, V.PLACE_STEMS, used)
    place = stem + rng.choice(V.TOWN_KINDS)
    if rng.random() < 0.4:                               # a village or community inside a township
        place += _pick(rng, V.PLACE_STEMS, used) + rng.choice(V.VILLAGE_KINDS)
    name = _pick(rng, V.SURNAMES, used) + rng.choice(V.GIVEN)
    return Names(topic, place, rng.choice(V.SITES), _pick(rng, topic["subjects"], used), rng.choice(topic["orgs"]),
                 rng.choice(topic["roles"]) + name, name,
                 rng.choice(V.SURNAMES) + rng.choice(V.ELDERS), rng.randint(66, 91), rng.choice(topic["groups"]), {})


def draw(rng: random.Random, n: Names, pool: tuple) -> str:
    """The next of `pool` for this story, none twice until all are used."""
    left = n.drawn.get(id(pool)) or rng.sample(pool, len(pool))
    n.drawn[id(pool)] = left[1:]
    return left[0]


def fill(rng: random.Random, template: str, n: Names) -> str:
    """`template` with its fields filled: the story's names and fresh numbers, dates and times."""
    fields = dict(place=n.place, site=n.site, subj=n.subj, org=n.org, who=n.who, name=n.name, elder=n.elder, age=n.age,
                  group=n.group, n=rng.randint(12, 4800), m=rng.randint(2, 60),
                  pct=f"{rng.randint(30, 99)}{rng.choice(('', '', '.5', '.8'))}%",
                  date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", year=rng.randint(2018, 2023),
                  hours=rng.choice(("18:00至21:00", "8:30至11:30", "17:30至22:00", "9时至17时", "上午9点到下午5点")),
                  months=rng.choice(("两个月", "三个月", "半年", "一年", "100天")),
                  scene=rng.choice(V.SCENES), result=rng.choice(V.RESULTS))
    return template.format(**fields)


def _fit(rng: random.Random, makers, lo: int, hi: int) -> str:
    return generator._fit(rng, makers, lo, hi, tries=300)      # more makers here: more tries


# --- the heading: kicker, headline, deck, byline ---

def headline(rng: random.Random, n: Names, taken: set) -> str:
    """5–34 characters; a page's headlines all differ (they tell its stories apart)."""
    own = lambda: fill(rng, rng.choice(n.topic["heads"]), n)
    makers = [own, own, own,
              lambda: f"{own()} {own()}",                                   # two phrases, a space between
              lambda: f"{n.place}：{own()}",
              lambda: f"{own()} {fill(rng, rng.choice(n.topic['heads']), n)}"]
    lo, hi = rng.choice(((5, 12), (5, 12), (13, 19), (13, 19), (20, 34)))
    for _ in range(20):
        text = _fit(rng, makers, lo, hi) if hi < 34 else _fit(rng, makers[3:], lo, hi)
        parts = text.split()
        once = text.count(n.subj) <= 1 and text.count(n.place) <= 1 and len(set(parts)) == len(parts)
        if text not in taken and once and not taken & set(parts):     # no phrase of another story's headline
            taken.update([text, *parts])
            return text
    raise AssertionError("no new headline")


def kicker(rng: random.Random, n: Names) -> str:
    for _ in range(20):
        text = _kicker(rng, n)
        if text.count(n.place) <= 1:
            return text
    raise AssertionError("no kicker")


def _kicker(rng: random.Random, n: Names) -> str:
    return _fit(rng, [lambda: fill(rng, rng.choice(n.topic["kickers"]), n),
                      lambda: fill(rng, rng.choice(_plain(n.topic["kickers"])), n) + f" 走进{n.place}",
                      lambda: f"{n.place}：{fill(rng, rng.choice(n.topic['kickers']), n)}"], 4, 34)


def _plain(kickers: tuple) -> list:
    """The kickers that can take 走进… after them: those without a comma or a question."""
    return [k for k in kickers if not set(k) & set("，？")]


def deck(rng: random.Random, n: Names) -> str:
    return _fit(rng, [lambda: fill(rng, rng.choice(n.topic["decks"]), n), lambda: f"——记{n.who}",
                      lambda: f"——{n.place}{n.subj}见闻"], 6, 34)


def byline(rng: random.Random) -> tuple[str, list[str]]:
    """The byline and the reporters it names (the page's credit lists them)."""
    a, b, c = _person(rng), _person(rng), _person(rng)
    return rng.choice([
        (f"本报记者 {a}", [a]), (f"本报记者 {a} 通讯员 {b}", [a]), (f"本报记者 {a} 文/图", [a]),
        (f"本报通讯员 {a}", []), (f"记者 {a} 通讯员 {b} {c}", [a]), (f"本报记者 {a} 实习生 {b}", [a]),
        (f"通讯员 {a} 文/图", []), (f"本报记者 {a} {b}", [a, b]), (f"本报记者 {a} 通讯员 {b} 文/图", [a]),
    ])


def dateline(rng: random.Random) -> str:
    """A brief's opening: 本报讯 and its reporters in brackets."""
    a, b = _person(rng), _person(rng)
    return rng.choice((f"本报讯（记者 {a}）", f"本报讯（记者 {a} 通讯员 {b}）", f"本报讯（通讯员 {a}）",
                       f"本报讯（记者 {a} {b}）", "本报讯 "))


# --- the body ---

def quote(rng: random.Random, n: Names) -> str:
    return fill(rng, draw(rng, n, n.topic["quotes"]), n)


def _said(rng: random.Random, n: Names) -> str:
    """A quote and who said it, in one of the shapes reporters use."""
    q = quote(rng, n)
    closed = q if q[-1] in "！？…" else q + "。"
    who = rng.choice((n.name, n.who, n.elder, f"{n.age}岁的{n.elder}", f"{rng.choice(n.topic['roles'])}{_person(rng)}"))
    return rng.choice((
        f"{who}{rng.choice(V.SAYS)}：“{closed}”",
        f"“{closed}”{who}{rng.choice(V.SAYS)}。",
        f"“{q}，”{who}说，“{quote(rng, n)}。”" if q[-1] not in "！？…" else f"“{closed}”{who}说。",
        f"说起{n.subj}，{who}{rng.choice(('笑得合不拢嘴', '打开了话匣子', '连连点头'))}：“{closed}”",
    ))


def _fact(rng: random.Random, n: Names, glue: bool = False) -> str:
    """A sentence of the topic's; with `glue`, sometimes led by 据介绍， or the like (not twice)."""
    text = fill(rng, draw(rng, n, n.topic["facts"]), n)
    lead = rng.choice(V.GLUE) if glue else ""
    return text if text.startswith(("据", "记者", "数据", "截至")) else lead + text


def opening(rng: random.Random, n: Names, brief_line: str | None) -> str:
    """The first paragraph: a dateline (briefs), a scene, or a quote and who said it."""
    shape = rng.random()
    if shape < 0.25 and not brief_line:
        q = quote(rng, n)
        text = (f"“{q if q[-1] in '！？…' else q + '。'}”家住{n.place}的{n.elder}今年{n.age}岁，"
                f"{rng.choice(('说起' + n.subj + '，笑得合不拢嘴。', '一边比画一边告诉记者。'))}")
    else:
        text = fill(rng, rng.choice(V.OPENERS), n) + _fact(rng, n)
    return (brief_line or "") + text


def paragraph(rng: random.Random, n: Names) -> str:
    shape = rng.random()
    if shape < 0.3:
        text = _fact(rng, n, glue=True) + _said(rng, n)             # a fact, then a quote ends it
    elif shape < 0.4:
        text = rng.choice(V.QUESTIONS) + _fact(rng, n) + _fact(rng, n)
    elif shape < 0.55:
        text = _said(rng, n)
    else:
        text = _fact(rng, n, glue=True) + "".join(_fact(rng, n) for _ in range(rng.choice((0, 1, 1))))
    return text


def _long_enough(rng: random.Random, n: Names, text: str) -> str:
    """At least 30 characters: a one-line sentence standing alone is a caption's shape, not a paragraph's."""
    while len(text) < 30:
        text += _fact(rng, n)
    return text


def paragraphs(rng: random.Random, n: Names, count: int, brief_line: str | None) -> list[str]:
    out = [opening(rng, n, brief_line)]
    out += [paragraph(rng, n) for _ in range(count - 2)]
    if count > 1:
        out.append(fill(rng, rng.choice(V.ENDINGS), n) if rng.random() < 0.6 else paragraph(rng, n))
    out = [_long_enough(rng, n, p) for p in out]
    return list(dict.fromkeys(out))                        # no paragraph twice


def caption(rng: random.Random, n: Names, taken: set, story_text: str) -> str:
    """A caption that names its own story's place, subject, body or people (as on a real page, where a
    reader tells whose photo it is by them); some say 图为…, some end with the photographer's credit.
    A page's captions all differ."""
    for _ in range(20):
        text = fill(rng, rng.choice(n.topic["captions"]), n)
        if not any(name in text and name in story_text and len(name) > 2 for name in (n.place, n.subj, n.org, n.name)):
            text = f"{n.place}{rng.choice(('，', ''))}{text}" if rng.random() < 0.5 else f"图为{n.place}{text}"
        elif rng.random() < 0.15:
            text = "图为" + text
        if rng.random() < 0.15:
            text += rng.choice((f" 本报记者 {_person(rng)} 摄", f"（{_person(rng)} 摄）"))
        if text not in taken:
            taken.add(text)
            return text
    raise AssertionError("no new caption")


# --- the page ---

def _page_fill(rng: random.Random, template: str, county: str) -> str:
    return template.format(county=county, n=rng.randint(2, 30), m=rng.randint(10, 120),
                           pct=f"{rng.randint(80, 100)}%")


def lead(rng: random.Random, county: str) -> str:
    """The page lead: two or three sentences, 60–120 characters."""
    return _fit(rng, [lambda: "".join(_page_fill(rng, p, county) for p in rng.sample(V.LEADS, rng.randint(2, 3)))],
                60, 120)


def make_page(seed: int) -> PageSpec:
    rng = random.Random(f"varied-{seed}")
    used, taken, shown, reporters = set(), set(), set(), []
    stories = []
    for _ in range(rng.randint(3, 10)):
        n = _names(rng, used)
        brief = rng.random() < 0.2                       # 简讯: a dateline, no byline, no kicker or deck
        count = rng.choice((1, 2, 2, 3)) if brief else rng.randint(2, 6)
        line = dateline(rng) if brief or rng.random() < 0.1 else None
        s = StorySpec(headline(rng, n, taken), paragraphs(rng, n, count, line))
        if not brief:
            if rng.random() < 0.5:
                s.kicker = kicker(rng, n)
            if rng.random() < 0.35:
                s.deck = deck(rng, n)
            if rng.random() < 0.7 and not line:
                s.byline, names = byline(rng)
                reporters += names
        text = "".join(filter(None, [s.kicker, s.headline, s.deck, *s.paragraphs]))    # names the place: every opening does
        s.captions = [caption(rng, n, shown, text) for _ in range(rng.choice((0, 0, 1, 1, 1, 2)))]
        stories.append(s)
    page = PageSpec(seed, stories)
    county = rng.choice(V.COUNTIES)
    if rng.random() < 0.6:
        page.banner = {"kicker": None, "headline": _page_fill(rng, rng.choice(V.BANNER_HEADS), county),
                       "deck": _page_fill(rng, rng.choice(V.BANNER_DECKS), county) if rng.random() < 0.6 else None}
    if rng.random() < 0.5:
        page.lead = [lead(rng, county)]
    names = " ".join(list(dict.fromkeys(reporters))[:4]) or _person(rng)
    credits = [c.format(names=names, name=_person(rng)) for c in V.CREDITS]
    page.credits = rng.sample(credits, rng.choice((0, 1, 2, 2, 3)))
    return page
