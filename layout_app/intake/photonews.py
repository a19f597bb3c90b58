"""A picture story (图片新闻): a story its label calls one — 图片新闻, 新闻图片, 图片报道, 图说… over its
heading — is its photo's caption. Its text is what the photo shows, the credit under its text (本报记者
孙明 摄) is its photo's own, and its photo is set large with the text under or beside it. Kept apart
from the photo desk so preflight and the layout's callers need not load the copy desk's readers."""
from __future__ import annotations

import re

# the labels a desk sets over a picture story's heading (the label alone on its line, perhaps in
# brackets or with a colon: 【图片新闻】, 图说：)
PHOTO_LABEL = re.compile(r"^[\s　【\[〔（(]*(图片新闻|新闻图片|图片报道|摄影报道|图片故事|新闻图说|图说新闻|图说|图片|组图|看图)"
                         r"[\s　】\]〕）):：|｜·]*$")
_BLANKS = re.compile(r"[\s　]+")


def photo_label(line: str | None) -> bool:
    """A heading line that only says its story is a picture story ('图片新闻', '【图说】')."""
    return bool(line) and PHOTO_LABEL.match(line) is not None


def is_photo_story(kicker: str | None, headline: str | None = "") -> bool:
    """A story its label calls a picture story: the label as its kicker, or as its only heading."""
    return photo_label(kicker) or photo_label(headline)


def photo_story_text(kicker: str | None, headline: str | None, deck: str | None, paragraphs) -> str:
    """What a picture story says, as its photo's caption would: its heading (the label aside) and text."""
    heads = [h for h in (kicker, headline, deck) if h and not photo_label(h)]
    return "".join([*heads, *paragraphs])


def own_credits(stories, credits: list[str], lines: list[str], page_line, which=None) -> dict[int, str]:
    """Story index → the credit line a picture story has of its own: the one right under its text, or
    right under its heading (本报记者 孙明 摄) — read off the copy's lines, where the import put every
    credit with the page's. `page_line`: the page's credit line pattern (本版图片…), never one's own.
    `which`: the stories looked at (a StoryParts → bool), else those a label calls picture stories."""
    bare = [_BLANKS.sub("", line) for line in lines]
    filled = [k for k, b in enumerate(bare) if b]
    taken: set[int] = set()
    out: dict[int, str] = {}
    for i, s in enumerate(stories):
        if not (which(s) if which else is_photo_story(s.kicker, s.headline)):
            continue
        ends = [_BLANKS.sub("", s.paragraphs[-1])[-12:]] if s.paragraphs else []
        ends += [_BLANKS.sub("", h) for h in (s.deck, s.headline) if h]
        for pos, k in enumerate(filled[:-1]):
            if not any(end and (bare[k].endswith(end) if n == 0 and s.paragraphs else bare[k] == end)
                       for n, end in enumerate(ends)):
                continue
            after = bare[filled[pos + 1]]
            j = next((j for j, c in enumerate(credits) if j not in taken and _BLANKS.sub("", c) == after
                      and not page_line.search(c)), None)
            if j is not None:
                out[i] = credits[j]
                taken.add(j)
                break
    return out


def credits_run_on(stories, own: dict[int, str]) -> dict[int, str]:
    """Story index → the credit a picture story's desk typed on its text's line ('…确保颗粒归仓。　本报记者
    王晓东 摄'), taken off that line (in place): its photo's credit, printed as credits are — not run on in
    the text. Stories in `own` (a credit on a line of its own) are left as they are."""
    from layout_app.intake.repair import photo_credit     # (compose's only: preflight loads none of the readers)
    out = {}
    for i, s in enumerate(stories):
        at = photo_credit(s.paragraphs[-1]) if s.paragraphs and i not in own and is_photo_story(s.kicker, s.headline) else None
        if at:
            out[i] = s.paragraphs[-1][at:].strip()
            s.paragraphs[-1] = s.paragraphs[-1][:at].rstrip()
    return out


UNLABELLED_TEXT = 200   # characters at most of a picture story's text with no label: a caption's length
_NAME_MARKS = re.compile(r"[\s　，,。.、：:；;！!？?“”\"'‘’《》()（）\-—_·]+")


def _bare_name(text: str) -> str:
    return _NAME_MARKS.sub("", text)


def reads_as_picture_story(s) -> bool:
    """A story no label calls a picture story that may be one: a headline over a caption's length of
    text — a paragraph or two, UNLABELLED_TEXT characters at most — and no byline or deck (a news
    story's) — `unlabelled_picture_stories` then wants its photo's credit under it and its photo."""
    text = "".join(s.paragraphs)
    return (not is_photo_story(s.kicker, s.headline) and bool(s.headline) and not s.byline and not s.deck
            and 1 <= len(s.paragraphs) <= 2 and len(_BLANKS.sub("", text)) <= UNLABELLED_TEXT)


def unlabelled_picture_stories(stories, credited: dict[int, str], names: list[str]) -> dict[int, str]:
    """Story index → photo file name, of the stories that read as picture stories with no label
    (`reads_as_picture_story`, `credited`: the photographer's credit right under their text, as
    `own_credits` reads it — …摄): a photo file named by the story's headline (冬泳爱好者迎寒而上.jpg
    under 冬泳爱好者迎寒而上) — as a desk sends a 图片新闻 whose label it left off (review 30)."""
    stems = {}
    for name in names:
        stems.setdefault(_bare_name(name.rsplit(".", 1)[0]), name)
    out = {}
    for i, credit in credited.items():
        name = stems.get(_bare_name(stories[i].headline or ""))
        if name and _BLANKS.sub("", credit).endswith("摄"):
            out[i] = name
    return out
