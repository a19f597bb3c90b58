"""The photo desk's work as it arrives: each photo's caption and credit from its own metadata, the
page's credit line for its photos (本版图片由本报记者 周航 摄), and the story each photo goes with —
decided by its caption through the same matcher as the copy's captions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from layout_app.intake.captions import AFTER_NAME, match_captions, shared_phrases
from layout_app.intake.names import SURNAMES
from layout_app.intake.pagecredit import PAGE_PHOTO_CREDIT, page_photo_credit, photographers  # noqa: F401 (photo desk's own)
from layout_app.intake.pinyinnames import spelled
from layout_app.intake.repair import photo_credit
from layout_app.intake.structure import Caption, StoryParts
from layout_app.layout.photonumbers import photo_number

NOT_TEXT = re.compile(r"[\s　，。、：；！？“”‘’「」（）()《》,.:;!?\"'—…-]+")


@dataclass
class PhotoCopy:
    """What one photo goes to the page with."""
    caption: str
    credit: str                      # its own credit; "" when it has none (the page line may cover it)
    story: int | None                # index into the stories, None when no story is clear
    caption_from: str = ""           # "file" (its metadata), "name" (the copy's, by the photo's file name),
                                     # "only" (the one the copy has left for the one photo without),
                                     # "copy" (the copy's next one, one photo and several captions
                                     # left or the other way round: a guess to check),
                                     # "story" (a picture story, 图片新闻, whose words its name says),
                                     # "story_only" (the one picture story left for it) or "" (none)
    candidates: list = field(default_factory=list)    # (story index, score, shared names) when unclear
    offers: list = field(default_factory=list)        # the captions it might take, none sure (it waits)
    second: str = ""                 # the copy's other caption of this photo (the same person named), not printed
    by_elimination: bool = False     # no caption of its own: the copy's one left may be its — it waits


def same_caption(a: str, b: str) -> bool:
    """The same caption written twice (metadata and copy), punctuation and spaces aside; a copy
    caption may carry the credit after it."""
    x, y = NOT_TEXT.sub("", a), NOT_TEXT.sub("", b)
    return x == y or (min(len(x), len(y)) >= 8 and (x in y or y in x))


def assign_photos(photos: list[tuple[str, str]], copy_captions: list[Caption],
                  stories: list[StoryParts], names: list[str] = (),
                  pictured: dict[int, str] = None) -> tuple[list[PhotoCopy], list[Caption]]:
    """`photos`: (metadata caption, metadata credit) of each photo; `names`: their file names;
    `pictured`: the picture stories (图片新闻: story index → its heading and text, its photo's caption).
    A photo keeps its own caption and goes with the story that caption names; a photo without one takes
    the copy's caption its file name names (河湾社区夜巡队.jpg), or the picture story whose words it names
    (马拉松全景.jpg ↔ 马拉松 in its text); else the one caption left when one photo is left — never one of
    one for one of several photos by the files' order (a coin toss: the photos wait, the captions
    they might take said); one photo and several captions by the copy's order (a guess, said).
    Returns the photos and the copy captions left over."""
    pictured = dict(pictured or {})
    names = list(names) or [""] * len(photos)          # (no names: none names a caption)
    spare = [c for c in copy_captions if not any(cap and same_caption(c.text, cap) for cap, _ in photos)]
    # a picture story a photo's own caption tells already (the same words, or its matcher's story)
    for caption, _ in photos:
        if not caption:
            continue
        probe = Caption(caption)
        match_captions([probe], stories)
        for i, text in list(pictured.items()):
            if same_caption(caption, text) or probe.story == i:
                pictured.pop(i)
    # the surest pairs first: 河湾社区夜巡队.jpg before 夜巡.jpg, whatever the files' order
    named, stories_named = {}, {}
    waiting = [k for k, ((caption, _), _) in enumerate(zip(photos, names)) if not caption]
    while waiting:
        keys = list(pictured)
        texts = [c.text for c in spare] + [pictured[i] for i in keys]
        found = [(named_by(names[k], texts), k) for k in waiting]
        (score, j), k = max(found, key=lambda f: (f[0][0], -f[1]))
        if j is None:
            break
        if j < len(spare):
            named[k] = spare.pop(j)
        else:
            stories_named[k] = keys[j - len(spare)]
            pictured.pop(stories_named[k])
        waiting.remove(k)
    # a caption left over that names the person another photo's own caption names (林小雨在训练中。 beside
    # IMG_0718's 林小雨在市体育运动学校游泳馆训练。) is that photo's second caption, not a spare one for a
    # photo without any: review30's uncaptioned DSC_0093 took it by elimination and ran as the feature's
    # biggest photo. The fuller one printed, the other kept on the photo; named by two photos' captions it
    # stays a spare caption, the photos it may be said
    seconds: dict[int, Caption] = {}
    named_twice: dict[str, list[int]] = {}
    for c in list(spare):
        whose = [k for k, (caption, _) in enumerate(photos) if caption and same_person(c.text, caption)]
        if len(whose) == 1 and whose[0] not in seconds:
            seconds[whose[0]] = c
            spare.remove(c)
        elif len(whose) > 1:
            named_twice[c.text] = whose
            spare.remove(c)
    # what is left: one photo and one caption (or picture story) pair, a guess said; several photos for
    # any captions left are a toss — none paired by the files' order (four photos for one caption gave
    # it to the first file by name, review27): each photo waits with the captions it might take; one
    # photo and several captions go by the copy's order, a guess said as a warning
    left = list(waiting)
    offers = [c.text for c in spare] + list(pictured.values())
    only = len(left) == 1 and len(offers) == 1
    # … where other photos found theirs first, the one caption left is a guess by elimination: it waits
    # with that caption offered (a photo and a caption the desk sent alone are a pair, set and checked)
    eliminated = only and len(photos) > 1
    toss = len(left) > 1 and len(offers) >= 1
    out = []
    for k, (caption, credit) in enumerate(photos):
        if k in named:
            c = named[k]
            out.append(PhotoCopy(c.text, credit, c.story, "name", list(c.candidates)))
            continue
        if k in stories_named:
            out.append(PhotoCopy("", credit, stories_named[k], "story"))
            continue
        if caption and photo_credit(caption) is None:
            # the copy's caption of this photo may end with a credit its metadata does not carry: kept
            # (one_credit then prints it once, or says it names another photographer) — never lost
            twin = next((c.text for c in copy_captions if same_caption(c.text, caption)), "")
            at = photo_credit(twin)
            if at is not None:
                caption = f"{caption} {twin[at:].strip()}"
        second = ""
        if caption and k in seconds:
            caption, second, credit = fuller_caption(caption, seconds[k].text, credit)
        if caption:
            probe = Caption(caption)
            match_captions([probe], stories)
            out.append(PhotoCopy(caption, credit, probe.story, "file", probe.candidates, second=second))
        elif eliminated:
            out.append(PhotoCopy("", credit, None, "", offers=list(offers), by_elimination=True))
        elif only and spare:
            c = spare.pop(0)
            out.append(PhotoCopy(c.text, credit, c.story, "only", list(c.candidates)))
        elif only:
            out.append(PhotoCopy("", credit, pictured.popitem()[0], "story_only"))
        elif toss:
            # several photos and several captions unmatched: which is whose is a toss — none set
            # (a reviewer's U17 training photo printed in the lead as "the fans"); the photo waits
            out.append(PhotoCopy("", credit, None, "", offers=list(offers)))
        elif spare:
            c = spare.pop(0)
            out.append(PhotoCopy(c.text, credit, c.story, "copy", list(c.candidates)))
        else:
            out.append(PhotoCopy("", credit, None))
    spare += [c for c in copy_captions if c.text in named_twice]
    return out, spare


def same_person(copy_caption: str, own: str) -> bool:
    """The copy's caption names the person a photo's own caption names (林小雨在训练中。, 林小雨在市体育运动
    学校游泳馆训练。): a name of two or three characters opening on a surname, standing as a name in both
    (followed by 在, 说, （…, the end); a team or a place two captions share says less (a sports page names
    its teams under every photo)."""
    at = photo_credit(copy_caption)
    text = copy_caption if at is None else copy_caption[:at]
    for m in range(len(text)):
        for n in (3, 2):
            name = text[m:m + n]
            if len(name) < n or name[0] not in SURNAMES or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                continue
            if m and "\u4e00" <= text[m - 1] <= "\u9fff" and text[m - 2:m] != "图为":
                continue                      # inside a word (…队员林小雨 counts as 林小雨 only after 图为 or a stop)
            if text[m + n:m + n + 1] not in AFTER_NAME:
                continue
            i = own.find(name)
            if i >= 0 and own[i + n:i + n + 1] in AFTER_NAME:
                return True
    return False


def fuller_caption(own: str, second: str, credit: str) -> tuple[str, str, str]:
    """A photo's own caption and the copy's second one of it: the fuller printed, the other kept to list;
    the copy's credit after its caption is the photo's where the file gives none."""
    at = photo_credit(second)
    words, copy_credit = (second, "") if at is None else (second[:at].rstrip(), second[at:].strip(" 　（）()"))
    if not credit and copy_credit:
        credit = copy_credit
    if len(NOT_TEXT.sub("", words)) > len(NOT_TEXT.sub("", own)):
        return words, own, credit
    return own, words, credit


NAME_LEAST = 2      # characters a file name and a caption share at least, in one run, to be matched
# words a page's captions share whatever they show: a file name saying one names no caption by it
# ('望江社区智慧社区APP.jpg' is not the AED caption's for its 社区)
COMMON = frozenset("社区 街道 小区 村民 居民 群众 市民 游客 现场 活动 工作 服务 志愿者 工作人员 老人 孩子 学生".split())


def named_by(name: str, texts: list[str]) -> tuple[int, int | None]:
    """(characters shared, index) of the one text whose words the file name says ('河湾社区夜巡队.jpg' →
    '河湾社区“夜巡队”在街巷开展安全巡查。', or a story's heading): the most characters
    shared in runs of NAME_LEAST or more, clearly ahead of the next (a camera's DSC_0012.jpg names
    none: (0, None))."""
    stem = NOT_TEXT.sub("", Path(name).stem)
    # a run of figures alone names nothing: a camera's IMG_3308 shares '30' with '4300余人' ('5G', 'AED' are words)
    # — and a name in pinyin says the characters it spells (xikou_caicha_chenjianguo.jpg: 溪口, 陈建国)
    scores = sorted(((sum(len(run) for run in shared_phrases(stem, NOT_TEXT.sub("", t), NAME_LEAST)
                          if run not in COMMON and not run.isdigit()) + spelled(Path(name).stem, t), k)
                     for k, t in enumerate(texts)), reverse=True)
    if not scores or scores[0][0] < NAME_LEAST or (len(scores) > 1 and scores[1][0] >= scores[0][0]):
        return 0, None
    return scores[0]


def one_credit(caption: str, credit: str) -> tuple[str, str, str]:
    """A caption that ends with its photo's credit ('…展示作品。（薛欣怡 摄）') beside the credit the photo
    prints in the credit style: a printed photo carries one credit. The caption's credit becomes the
    photo's where it has none, and leaves the caption where it names the same people as the photo's
    own; where they name others, both stay (the editor decides). Returns the caption, the credit and
    what was done: "", "moved", "same" or "odds"."""
    at = photo_credit(caption)
    if at is None:
        return caption, credit, ""
    text, own = caption[:at].rstrip(), caption[at:].strip(" 　（）()")
    if " " not in own:           # the copy's repair closed its spaces up: set as credits are, 本报记者 孙浩 摄
        for name in photographers(own):
            own = own.replace(name, f" {name} ", 1)
        own = " ".join(own.split())
    if not credit:
        return text, own, "moved"
    if photographers(own) and set(photographers(own)) <= set(photographers(credit)):
        return text, credit, "same"
    return caption, credit, "odds"


def numbered_credits(photos: list, story_of: dict) -> tuple[list, list[tuple[str, list[str]]]]:
    """`photos` (model photos) with the credit printed under the last of a story's numbered photos given to
    those of the set that have none: the copy's 图①… 图②… / 本报记者 周明远 摄 credits both (review 5: 图①
    printed with no credit, its photographer's name in its own file name). Where the set's photos carry
    different credits, each keeps its own. Returns the photos and, for each credit so shared, the photos
    it was given to."""
    sets: dict[int, list] = {}
    for p in photos:
        if story_of.get(p.id) is not None and photo_number(p.caption) is not None:
            sets.setdefault(story_of[p.id], []).append(p)
    given: dict[str, str] = {}
    shared = []
    for members in sets.values():
        members.sort(key=lambda p: photo_number(p.caption))
        credits = {p.credit for p in members if p.credit}
        if len(members) < 2 or len(credits) != 1 or not members[-1].credit:
            continue
        bare = [p.id for p in members if not p.credit]
        if bare:
            given.update(dict.fromkeys(bare, members[-1].credit))
            shared.append((members[-1].credit, bare))
    out = [replace(p, credit=given[p.id]) if p.id in given else p for p in photos]
    return out, shared
