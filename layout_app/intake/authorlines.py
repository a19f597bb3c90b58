"""A literary piece's byline (副刊: essay, poem, review, micro-story): the author's name alone on the line
under the title — 陈静秋 — or in the forms 副刊 copy arrives in: 文／陈静秋, 文/陈静秋, □陈静秋, ◎陈静秋,
陈静秋　文, 陈静秋 著. A supplement signs its writers so and never as 本报记者, so a name there is the
piece's byline, never its headline — where the piece has no 本报讯 or 记者 of its own (a news story's
reporter is named so, and a bare name under a news heading is a short headline's second line)."""
from __future__ import annotations

import re

from layout_app.intake.names import SURNAMES

HAN = r"[\u4e00-\u9fff]"
# a bare 2–4 character line under a title is a name only when it opens on a surname (`names.SURNAMES`)
# or a compound one (春到田间, 喜迎新春 are short headlines; 陈静秋, 欧阳山 names)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐",
            "夏侯", "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "澹台", "公冶", "宗政", "濮阳", "太史")
# a minority or foreign name joined by a middle dot: 阿依古丽·买买提
DOTTED = re.compile(rf"^{HAN}{{1,6}}[·•・]{HAN}{{1,8}}$")
# the marks and words 副刊 copy signs with: 文／X, 文:X, □X, ◎X, ■X, ○X; X　文, X 著, X 诗
SIGNED_BEFORE = re.compile(rf"^(?:文[／/:：]|[□◎■○◇◆●★☆])[\s　]*({HAN}[\u4e00-\u9fff·]{{1,7}})$")
SIGNED_AFTER = re.compile(rf"^({HAN}[\u4e00-\u9fff·]{{1,7}}?)[\s　]+(?:文|著|诗|撰)$")
# a news story's own: its dateline or its reporter under the heading, or a reporter's column over it
REPORTER = re.compile(r"记者|記者|通讯员|通訊員|评论员|評論員|本[报報]")
NEWS_OPENS = re.compile(r"^[（(]?(本[报報](讯|訊|记者|記者)|记者|記者|通讯员|通訊員|新华社|新華社)")


def is_name(text: str) -> bool:
    """A person's name as a byline gives it: 2–3 characters on a common surname, 3–4 on a compound
    one (欧阳山, 司马相如), or a dotted name."""
    t = text.strip()
    if DOTTED.match(t):
        return True
    if not re.fullmatch(rf"{HAN}{{2,4}}", t):
        return False
    if t[:2] in COMPOUND:
        return len(t) >= 3
    return t[0] in SURNAMES and len(t) <= 3


def author_line(text: str) -> bool:
    """A line that is only an author's signature: a name alone, or a name in a 副刊 form."""
    t = text.strip()
    if m := SIGNED_BEFORE.match(t) or SIGNED_AFTER.match(t):
        name = m.group(1)
        return 2 <= len(name.replace("·", "")) <= 8
    return is_name(t)


def signed_forms(text: str) -> bool:
    """A name in a 副刊 form (文／X, □X, X　文…): a signature wherever it stands under a title."""
    t = text.strip()
    return bool(SIGNED_BEFORE.match(t) or SIGNED_AFTER.match(t))


def author_bylines(texts: list[str], heads: list[bool], texty: list[bool]) -> set[int]:
    """The blocks that are a literary piece's byline: an author line right under a heading line
    (`heads[i - 1]`, its title or deck) and over the piece's text (`texty[i + 1]`), the text under it
    opening on no 本报讯 or reporter. `texts`: the blocks; `heads`/`texty`: what structure read them as."""
    out = set()
    for i in range(1, len(texts) - 1):
        if heads[i] and heads[i - 1] and texty[i + 1] and author_line(texts[i]) \
                and not NEWS_OPENS.match(texts[i + 1].strip()) and not _reporters(texts, heads, i):
            out.add(i)
    return out


def _reporters(texts: list[str], heads: list[bool], i: int) -> bool:
    """The heading over line i names a reporter's column (记者手记, 本报评论员…): a news piece, whose
    bare name under it is a byline only where the page names that reporter (structure's rule)."""
    k = i - 1
    while k >= 0 and heads[k]:
        if REPORTER.search(texts[k]):
            return True
        k -= 1
    return False
