"""How compose sets a story's paragraphs that are no running text: its 小标题 in the template's
`subhead` style (where the template has none, as its body — said nowhere: the words are all there),
and a writer's bracketed signature at a commentary's foot — （林晓峰） —, or a reader's at a letter's
(城北新区锦绣花园居民　周立新), or a books column's recommender's （推荐人：市图书馆 陈静）, flush right, as papers print it, not indented like a paragraph of its text.

A subhead too long for one column line keeps the style's size in two lines broken at its own pause
('一楼二楼：' / '“我们得到了什么？”', '从“一梯一议”' / '到“成片推进”': the headline's breaking,
layout.headline, which the flow sets it with); only one that would take more than two lines so is set
at 五号, and only then at the body's size, bold — a subhead broken mid-phrase ('从“有学上”到“上' /
'好学”') is worse than a smaller one. A story's subheads are all of one size, as a desk sets them."""
from __future__ import annotations

import re

from layout_app.intake.indents import SIGNED_PEN
from layout_app.intake.piecenotes import NOTE_SIZE, note_formats
from layout_app.intake.structure import READER_SIGNATURE, SIGNATURE, SIGNED_NOTE, StoryParts
from layout_app.intake.tables import SOURCE_NOTE
from layout_app.layout.headline import GUESS, PHRASE, set_headline
from layout_app.layout.styling import face_of, options_for
from layout_app.model.styles import CharRun, ParaFormat
from layout_app.text.setter import SetOptions, set_paragraph
from layout_app.units import parse_size

SUBHEAD = "subhead"
BRIEF_HEAD = "brief_head"
BRIEF_FLUSH = (("font", "hei"), ("weight", "bold"), ("indent", 0), ("align", "left"))
SUBHEAD_LINES = 2              # lines a subhead may take before its type is made smaller
SMALLER = parse_size("五号")    # the size tried next (10.5 pt)
FLUSH_RIGHT = (("align", "right"), ("indent", 0))
# an interview's question as typed: its asker's label, a full-width colon
QUESTION = re.compile(r"^(?:本报记者|记者|问|主持人)[：:]")
ASKED = (("font", "hei"),)
# the paper's own voice: 本报评论员, 本报特约评论员 signing it, or 社论 / 评论员文章 over it
COMMENTARY = re.compile(r"^(?:本[报報](?:特约|特約)?(?:评论员|評論員)|社论|社論|评论员文章|本报评论员文章)$")
VOICE = (("font", "kai"),)
RUN_IN_LABEL = re.compile(r"【[^】]{2,8}】|(?:法官|律师|专家|检察官|民警)?(?:说法|点评|提醒|提示|评析|释法|支招)[：:]")


def _holds(texts: list[str], size: float, face: str, options, column: float, strength: int) -> bool:
    """Every subhead sets at `size` in at most two column lines, broken only at breaks `strength` strong."""
    return all(set_headline(t, size, column, face, options, SUBHEAD_LINES, strength) is not None for t in texts)


def subhead_size(texts: list[str], style, body, column: float) -> tuple[tuple[str, object], ...]:
    """The local overrides the story's subheads take: none (the style's size), 五号, or the body's size
    in bold (still a heading) — the largest at which all break at their pauses; a phrase with no pause
    in it (老旧小区加装电梯的资金从哪里来) between guessed words, the flow's next choice too; else the
    body's size, bold, broken as the flow can."""
    face, options = face_of(style), options_for(style)
    sizes = [(style.size, ())]
    if body.size < SMALLER < style.size:
        sizes.append((SMALLER, (("size", SMALLER),)))
    small = (("size", body.size), ("weight", "bold")) if body.size < style.size else ()
    if small:
        sizes.append((body.size, small))
    for strength in (PHRASE, GUESS):
        for size, local in sizes:
            if _holds(texts, size, face, options, column, strength):
                return local
    return small


# a piece's sign-off as typed pushed right (intake.indents.PUSHED): a commentary's pen name, 2–4
# characters, spaced or not ('晓　风'); a notice's issuer over its date ('县自来水公司' / '2024年9月5日')
PEN_NAME = re.compile(r"^[\u4e00-\u9fff](?:[\s　]*[\u4e00-\u9fff]){1,3}$")
DATE_ALONE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
ISSUER = re.compile(r"^[^，。！？,.!?：:]{2,24}$")
SIGNATURE_SIZES = (8.0, 7.5, 6.5)     # pt: a signature a size or two smaller rather than broken in its name


def _one_line(text: str, size: float, column: float) -> tuple:
    """A signature too wide for its column line at the body's size (城北新区锦绣花园居民　周立新: 14 ems in
    13) set a size smaller to hold one line — broken, it split the writer's name (周 / 立新)."""
    def lines(pt: float) -> int:
        return len(set_paragraph(text, pt, column, "song", SetOptions(indent=0.0, align="right")).lines)
    if lines(size) <= 1:
        return ()
    return next(((("size", pt),) for pt in SIGNATURE_SIZES if pt < size and lines(pt) <= 1), ())


def paragraph_formats(story: StoryParts, styles, column: float) -> tuple[ParaFormat, ...]:
    """`styles`: the template's paragraph styles; `column`: its column's width in pt."""
    out = []
    if SUBHEAD in styles and story.subheads:
        local = subhead_size([story.paragraphs[j].strip() for j in story.subheads], styles[SUBHEAD],
                             styles["body"], column)
        out += [ParaFormat(j, SUBHEAD, local) for j in story.subheads]
    # a briefs column's items' headlines (`briefcolumn`): each the same small bold lead-in, flush left —
    # as the body, bold and flush, where the template has no `brief_head`
    out += [ParaFormat(j, BRIEF_HEAD) if BRIEF_HEAD in styles else ParaFormat(j, None, BRIEF_FLUSH) for j in story.items]
    # an interview's questions (记者：…, 问：…) in 黑体, its answers in the body's type: a reader finds the
    # turns at a glance (the reviewer's page set both alike)
    asked = [j for j, p in enumerate(story.paragraphs) if QUESTION.match(p.strip())]
    if len(asked) >= 2:
        out += [ParaFormat(j, None, ASKED) for j in asked]
    # a run-in label opening a paragraph (法官说法：, 【律师点评】) in 黑体, its words in the body's type
    out += [ParaFormat(j, None, (), (CharRun(0, m.end(), None, ASKED),))
            for j, p in enumerate(story.paragraphs) if j not in asked and j not in story.tables
            and (m := RUN_IN_LABEL.match(p))]
    last = len(story.paragraphs) - 1
    # (a poem's last line may be as short as a pen name: it is the poem's, set as its lines are)
    signs = (SIGNATURE, READER_SIGNATURE, SIGNED_NOTE, SIGNED_PEN) + (() if story.verse else (PEN_NAME, DATE_ALONE))
    if last > 0 and any(p.match(story.paragraphs[last].strip()) for p in signs):
        out.append(ParaFormat(last, None, FLUSH_RIGHT + _one_line(story.paragraphs[last].strip(), styles["body"].size, column)))
        issuer = story.paragraphs[last - 1].strip()
        if last > 1 and DATE_ALONE.match(story.paragraphs[last].strip()) and ISSUER.match(issuer):
            out.append(ParaFormat(last - 1, None, FLUSH_RIGHT + _one_line(issuer, styles["body"].size, column)))
    out += note_formats(story.paragraphs, styles["body"].size)      # 作者简介, a book's particulars
    # a table's source under it (数据来源：县统计局): a size smaller, flush under the table, not a paragraph
    out += [ParaFormat(j + 1, None, (("size", round(styles["body"].size * NOTE_SIZE, 2)), ("indent", 0)))
            for j in getattr(story, "tables", ()) if j + 1 < len(story.paragraphs)
            and SOURCE_NOTE.match(story.paragraphs[j + 1].strip())]
    if COMMENTARY.match((story.byline or "").strip()) or COMMENTARY.match((story.kicker or "").strip()):
        # a 评论员文章 or 社论 in 楷体, as a front page sets the paper's own voice apart from its news
        # (review 5: set as plain news, its signature a 黑体 deck)
        done = {f.paragraph for f in out} | set(getattr(story, "tables", ()))
        out += [ParaFormat(j, None, VOICE) for j in range(len(story.paragraphs)) if j not in done]
    return tuple(sorted(out, key=lambda f: f.paragraph))
