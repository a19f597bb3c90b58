"""Which blocks of copy as it arrives are photo captions, for structure: a short complete sentence
standing apart from the running text (by this copy's own spacing), or — where the spacing sets
nothing apart — by its shape: a sentence showing someone somewhere, or naming another story's place,
or a scene (`captionscene`) though it names what its own story's headline names, closing a story; a
run of them right before the page's photo credit line. Moved out of structure."""
from __future__ import annotations

import re
from collections import Counter

from layout_app.intake.pagecredit import BARE_PHOTO_CREDIT
from layout_app.intake.captionscene import MAYBE, REPORTS, SURE, scene_evidence
from layout_app.intake.repair import DATELINE, DATELINE_OPENS, SCENE, caption_shape, photo_credit, stands_as_caption
from layout_app.layout.photonumbers import CIRCLED, PHOTO_NUMBER, photo_number


# where a person stands in the photo, after the name: （右）, （左二）, （前排中）, (左一)
POSITION = re.compile(r"[\u4e00-\u9fff][（(](?:[前后中]排)?[左右中](?:[一二三四五六七八九]|起[一二三四五六七八九])?[）)]")


def caption_flags(blocks, kinds, printed: bool = False, flush=frozenset()) -> tuple[list[bool], set[int]]:
    """Which blocks are photo captions: a short complete sentence standing apart from the running
    text, and not the start of a story's body (no more body right after it). Standing apart is
    measured against this copy's own spacing: wider than the gap between its paragraphs, or set flush
    where its paragraphs are indented (`flush`). `kinds`: structure's kind of each block; and the
    captions known by their shape only (said to the user)."""
    from layout_app.intake.structure import BODY, BYLINE_, CREDIT_, DECK_, HEAD, SENT   # (structure builds on this)

    # the gap between paragraphs, not counting the short sentences set apart (a blank line or more)
    # that close a run of text before a heading or the credits: that is where captions stand, and on
    # a page of few paragraphs their own wide gaps would set the measure they are to be told apart by
    # (a run of them: each as far apart as the next, captions stand apart alike)
    closing = set()
    for k in range(len(blocks) - 1, -1, -1):
        nxt = kinds[k + 1] if k + 1 < len(blocks) else None
        if kinds[k] == SENT and blocks[k][1] and (nxt in (None, HEAD, DECK_, CREDIT_, BYLINE_) or
                                                  (k + 1 in closing and blocks[k][1] >= blocks[k + 1][1])):
            closing.add(k)
    running = [k for k in range(1, len(blocks)) if kinds[k] in (BODY, SENT) and kinds[k - 1] in (BODY, SENT)]
    between = (Counter(blocks[k][1] for k in running if k not in closing)
               or Counter(blocks[k][1] for k in running))
    para_gap = between.most_common(1)[0][0] if between else 0
    can = [kinds[i] == SENT and len(text) <= 80 and not text.startswith(CONTINUATIONS)   # 据了解…: running text
           and not DATELINE_OPENS.match(text)                                            # 本报讯…: a brief's text
           and not RUN_IN.match(text)                                   # 马拉松：…: a 速递 column's item
           and (kinds[i + 1] if i + 1 < len(blocks) else None) in (None, HEAD, DECK_, CREDIT_, SENT, BYLINE_)
           for i, (text, _) in enumerate(blocks)]
    # (a printed page's blank lines are the extraction's: set apart there, a caption still reads like one —
    # '贾阿姨说：“…”沿岸新建了…' is a story's last paragraph, not a caption)
    wide = [can[i] and gap >= max(2, para_gap + 2) and (not printed or caption_shape(text))
            for i, (text, gap) in enumerate(blocks)]
    # one step wider than paragraphs: a caption only if this copy sets no caption wider, and it reads
    # like one — a single sentence that shows, not a quote or a report (…说：, …表示，)
    near_ok = not any(wide)
    flags = [False] * len(blocks)
    for i, (text, gap) in enumerate(blocks):
        # a sentence with a photo's credit after it is a caption wherever it stands, even with body
        # after it (a printed page's photo inside a story: its caption comes between paragraphs)
        credited = kinds[i] == SENT and len(text) <= 80 and photo_credit(text) is not None and caption_shape(text)
        after_caption = gap >= 1 and (i == 0 or kinds[i - 1] == CREDIT_ or flags[i - 1])
        if i == 0 and kinds[0] == SENT and _caption_line(text) and SCENE.search(text):
            # the copy opens on a sentence showing someone somewhere, as a printed page's text opens on
            # the caption of a photo over its banner: a caption (a lead sets out what the page covers)
            after_caption = True
        if kinds[i] == SENT and len(text) <= 80 and gap >= 1 and POSITION.search(text) and not DATELINE_OPENS.match(text):
            flags[i] = True     # 李东升（右）突破上篮。: who is where in the photo — a caption, set apart, whatever follows
            continue
        if (kinds[i] == SENT and gap >= 1 and len(text) <= 80 and caption_shape(text) and i + 1 < len(blocks)
                and kinds[i + 1] == CREDIT_ and BARE_PHOTO_CREDIT.match(blocks[i + 1][0].strip(" \u3000"))
                and not DATELINE_OPENS.match(text) and _text_before(kinds, flags, i)):
            # set apart over a photographer's own credit line (通讯员　黄立军　摄): its photo's caption, a
            # day before its scene or not (6月16日，…开展防汛演练。 was the 防汛 story's last paragraph)
            flags[i] = True
            continue
        if not (can[i] or credited):
            # the last of a run of captions under the page's photo credit, though text follows it (a
            # printed page's captions before its lead): one more that shows someone somewhere
            flags[i] = after_caption and kinds[i] == SENT and _caption_line(text) and _shows(text)
            continue
        near = near_ok and gap >= max(2, para_gap + 1) and caption_shape(text)
        flags[i] = wide[i] or near or after_caption or credited
    # copy indenting its paragraphs: a short sentence set flush after a story's text stands apart as
    # surely as by a wider gap — a caption typed after the story (not its first line under the heading)
    for i in range(len(blocks) - 1, -1, -1):
        text = blocks[i][0]
        if (i in flush and not flags[i] and kinds[i] == SENT and caption_shape(text) and not REPORTS.search(text)
                and not DATELINE_OPENS.match(text) and _text_before(kinds, flags, i)):
            flags[i] = True
    by_indent = {i for i in flush if flags[i]}
    # a sentence that opens on its photo's number (图①：…, 图2：…, 上图：…): a caption by its own word
    numbered = {i for i, (text, _) in enumerate(blocks) if kinds[i] in (SENT, BODY) and len(text) <= 120
                and PHOTO_NUMBER.match(text)} | _circled_run(blocks, kinds)
    for i in numbered:
        flags[i] = True
    shape_only = set()
    if printed:
        # a printed page's text (paragraphs close, parts apart): a sentence showing someone somewhere set
        # apart above and below is a photo's caption, whatever text the extraction put after it
        for i, (text, gap) in enumerate(blocks):
            below = blocks[i + 1][1] if i + 1 < len(blocks) else 2
            # … and so is one over a run of heading lines with only heading lines or the credits (or
            # nothing) above it: the caption of a photo that opens a story, over its heading (right
            # under the banner or at the top of the page it is no page lead)
            between_heads = (i + 1 < len(blocks) and kinds[i + 1] in (HEAD, DECK_)
                             and (i == 0 or kinds[i - 1] in (HEAD, DECK_, CREDIT_)))
            if (kinds[i] == SENT and not flags[i] and stands_as_caption(text)
                    and (between_heads or (gap >= max(2, para_gap + 2) and below >= max(2, para_gap + 2)))):
                flags[i] = True
        # … and one closing a story (before the next heading, the credits, the end or another caption)
        # that shows a scene: someone at work somewhere, now ('…“无陪护病房”护理员为患者翻身。') — the
        # text's spacing tells nothing there; where the sentence shows only half a scene it is said
        for i in range(len(blocks) - 1, -1, -1):
            if not flags[i] and _closes_story(blocks, kinds, flags, i):
                sure = scene_evidence(blocks[i][0])
                if sure >= MAYBE:
                    flags[i] = True
                    if sure < SURE:
                        shape_only.add(i)
    # copy whose spacing sets nothing apart (no blank lines, or one everywhere): a caption is known
    # by its shape only — a single sentence that shows someone somewhere (…在…), closing a story
    # before a heading or a credit
    if not any(wide):
        # two short single sentences or more in a row right before the page's photo credit line
        # (本版图片由本报记者 王晨 摄): the photos' captions, as copy puts them at its end
        for c in (k for k, kind in enumerate(kinds) if kind == CREDIT_ and PAGE_PHOTOS.search(blocks[k][0])):
            first = c
            while first > 0 and can[first - 1] and _caption_line(blocks[first - 1][0]):
                first -= 1
            if c - first >= 2:
                for k in range(first, c):
                    flags[k] = True
                    shape_only.add(k)
        runs = _heading_runs(kinds)
        for i in range(len(blocks) - 1, -1, -1):            # from the end: captions follow one another
            text = blocks[i][0]
            nxt = kinds[i + 1] if i + 1 < len(blocks) else None
            closing = nxt in (None, HEAD, DECK_, CREDIT_)
            own = max((r for r in runs if r[0] < i), default=None)     # the heading of the story i closes
            if (can[i] and caption_shape(text) and not TIME_OPENER.match(text)
                    and "%" not in text and "％" not in text and (closing or i + 1 in shape_only)
                    and not REPORTS.search(text)                      # 老人们都说好。: someone's words
                    and _text_before(kinds, flags, i)
                    and (_shows(text) or _names_another_story(blocks, runs, own, i)
                         or (closing and _byline_gives_photos(blocks, kinds, own))
                         # the scene shown though it names what its own headline names ('梅林镇老年大学
                         # “数字课堂”上，志愿者教…', '…“无陪护病房”护理员为患者翻身。'): a caption does
                         or (scene_evidence(text) >= MAYBE and _closes_story(blocks, kinds, flags, i)))):
                flags[i] = True
                shape_only.add(i)
    return flags, shape_only - by_indent - numbered


def _closes_story(blocks, kinds, flags, i: int) -> bool:
    """Block i is a sentence closing a story's text: the next heading, the credits, the end of the copy
    or another caption after it, and a paragraph of the story's own before it (past captions) — a
    story keeps its text."""
    from layout_app.intake.structure import CREDIT_, DECK_, HEAD, SENT
    nxt = kinds[i + 1] if i + 1 < len(kinds) else None
    if kinds[i] != SENT or not (nxt in (None, HEAD, DECK_, CREDIT_) or flags[i + 1]):
        return False
    return _text_before(kinds, flags, i)


def _text_before(kinds, flags, i: int) -> bool:
    """Block i, past the captions before it, is not a story's first text right under its heading or
    byline: a story keeps its text (a caption after the page's credits stands under no story)."""
    from layout_app.intake.structure import BYLINE_, DECK_, HEAD
    k = i - 1
    while k >= 0 and flags[k]:
        k -= 1
    return k < 0 or kinds[k] not in (HEAD, DECK_, BYLINE_)


def _caption_line(text: str) -> bool:
    """A short single sentence shaped as a caption, no time or figures opening a report — but a day
    and then the scene ('12月1日，石门镇东岭村草莓产业园内，游客正在采摘草莓。') is how a caption dates its photo."""
    return (len(text) <= RUN_CAPTION and caption_shape(text) and (not TIME_OPENER.match(text) or _dated_scene(text))
            and not DATELINE.match(text) and not text.startswith(CONTINUATIONS) and "%" not in text and "％" not in text)


DAY_OPENS = re.compile(r"^\d{1,2}月\d{1,2}日[，,]")


def _dated_scene(text: str) -> bool:
    rest = DAY_OPENS.sub("", text, count=1)
    return rest != text and (bool(PLACE_OPENS.match(rest)) or bool(SCENE.search(rest)))


def shows_scene(text: str) -> bool:
    """A caption by its shape alone: one short sentence showing someone somewhere."""
    return _caption_line(text) and _shows(text)


def _shows(text: str) -> bool:
    """It shows someone somewhere: …在…, the place first and a comma, or opening on the place's people
    or things at work ('望江社区工作人员指导…', '青云街上的百年老字号…重新开张')."""
    return bool(SCENE.search(text) or PLACE_OPENS.match(text) or PLACE_PEOPLE.match(text))


PAGE_PHOTOS = re.compile(r"图片|摄")
# a caption opening on the place it shows, then a comma: '幸福里社区服务站，志愿者为居民免费理发。',
# '图书角里，村民正在…' (running text says 在…里 or goes on from what was said)
PLACE_OPENS = re.compile(r"^[\u4e00-\u9fff“”]{3,14}(里|内|前|旁|站|社区|村|镇|乡|街道|基地|现场|中心|广场|公园|学校|医院|食堂|"
                         r"车间|工地|大厅|课堂|书屋|展厅|田间|地头)，")
# a caption naming whom it shows by their place: that place's people (望江社区工作人员…) or what stands
# on it (青云街上的…); running text says so with a comma or a report (…社区工作人员表示，…)
PLACE_PEOPLE = re.compile(r"^[\u4e00-\u9fff]{2,10}(社区|村|镇|乡|街道|小区|街|路|广场|公园|学校|医院)"
                          r"(的?(工作人员|居民|村民|志愿者|党员|医生|护士|老师|学生|民警|网格员)|[上里]的)")
RUN_CAPTION = 40           # characters a caption in a run before the photo credit has at most


def _heading_runs(kinds) -> list[tuple[int, int]]:
    """The runs of heading lines (kicker, headline, deck) as (first, past the last) block indexes."""
    from layout_app.intake.structure import DECK_, HEAD
    runs, k = [], 0
    while k < len(kinds):
        if kinds[k] in (HEAD, DECK_):
            j = k
            while j < len(kinds) and kinds[j] in (HEAD, DECK_):
                j += 1
            runs.append((k, j))
            k = j
        else:
            k += 1
    return runs


def _names_another_story(blocks, runs, own, i: int) -> bool:
    """Block i names a place, an organisation, a person or a quoted term that another story's heading
    carries, and neither the heading nor the text of the story it closes has it: it tells of another
    story's photo (居民乘坐新装的电梯下楼 under a harvest story, 和平里街道 in the lift story's headline)."""
    from layout_app.intake.captions import names, shared_phrases    # captions builds on this module

    if own is None:
        return False
    mine = " ".join(blocks[k][0] for k in range(own[0], i))
    others = [" ".join(blocks[k][0] for k in range(a, b)) for a, b in runs if (a, b) != own]
    # … or another story's text names it, a caption after the copy's last story: a photo of the
    # hospital's new ward under the air-quality brief, the ward told of in the 民生实事 story
    starts = [a for a, _ in runs] + [len(blocks)]
    texts = [" ".join(blocks[k][0] for k in range(a, min(starts[n + 1], i))) for n, (a, _) in enumerate(runs)
             if (a, _) != own and a < i]
    for name in names(blocks[i][0]):
        spelled = next((s for s in name.candidates if any(s in h for h in others)), None)
        if spelled is not None and not any(s in mine for s in name.candidates):
            return True
        told = next((s for s in name.candidates if any(s in t for t in texts)), None)
        if told is not None and not any(s in mine for s in name.candidates) and len(told) >= 4:
            return True
    # or a run of four characters or more as another heading has it (和平里街道, 四点半课堂)
    return any(p not in mine for h in others for p in shared_phrases(blocks[i][0], h))


def _byline_gives_photos(blocks, kinds, own) -> bool:
    """The story under heading run `own` has a byline that says its reporter took the photos too
    (文/图, 图/文): its photo's caption is due, and a caption-shaped sentence closing it is that caption."""
    from layout_app.intake.structure import BYLINE_, GAVE_PHOTOS
    if own is None or own[1] >= len(blocks) or kinds[own[1]] != BYLINE_:
        return False
    return bool(GAVE_PHOTOS.search(blocks[own[1]][0].rstrip()))


TIME_OPENER = re.compile(r"^(近日|近年|今年|去年|截至|据|\d+月|\d+年)")


# a run-in label opening the sentence ('马拉松：2024城市马拉松将于…'): an item of a 速递 column, told under
# its label — a caption shows, it is labelled by no topic (图为：, 上图： are a photo's own words)
RUN_IN = re.compile(r"^(?![^：]*[图说])[\u4e00-\u9fff]{2,5}：")
CONTINUATIONS = ("据了解", "据悉", "据介绍", "此外", "同时", "另外", "目前", "下一步", "截至", "今年以来", "与此同时")


def _circled_run(blocks, kinds) -> set[int]:
    """Runs of two sentences or more numbered ①, ②, … in order, each a caption's one sentence, not under a
    '…如下：' (a list's points): the page's photos' captions by their numbers ('①桃源村村民在新建的
    文化广场上排练广场舞。')."""
    from layout_app.intake.structure import SENT          # (structure builds on this)

    def number(i: int) -> int | None:
        text = blocks[i][0]
        ok = kinds[i] == SENT and len(text) <= 80 and CIRCLED.match(text) and text.endswith("。") \
            and caption_shape(text[1:])
        return ord(text[0]) if ok else None

    out: set[int] = set()
    i = 0
    while i < len(blocks):
        run = [i] if number(i) else []
        while run and run[-1] + 1 < len(blocks) and number(run[-1] + 1) == number(run[-1]) + 1:
            run.append(run[-1] + 1)
        if len(run) >= 2 and not (i and blocks[i - 1][0].rstrip().endswith(("：", ":"))):
            out.update(run)
        i = run[-1] + 1 if run else i + 1
    return out


def numbered_before(caption: str, captions: list) -> int | None:
    """The story (index) whose caption carries the number just before `caption`'s (图① for 图②), or None."""
    n = photo_number(caption)
    if n is None or n < 2:
        return None
    return next((c.story for c in captions if c.story is not None and photo_number(c.text) == n - 1), None)
