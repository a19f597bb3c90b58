"""Find the parts of stories in repaired copy: page banner and deck, page lead, kicker / headline /
deck / byline / body of each story, photo captions, page credits — from what the text itself says
(length, closing punctuation, order, credit patterns). Whatever is not recognised is kept as
unassigned, never dropped."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from layout_app.intake.authorlines import author_bylines
from layout_app.intake.copycaptions import caption_flags, shows_scene
from layout_app.intake.headdoubts import shape_doubts, visits_over
from layout_app.intake.bannerkicker import TOWN, TOWN_VISIT, names_county, place_shared
from layout_app.intake.headings import BANNER_HEAD, BANNER_THEME, COUNTY, THEME
from layout_app.intake.matchheads import result_reading
from layout_app.intake.notices import (
    BANNER_GUESS,
    COLUMNS_STORY,
    KICKER_BANNER,
    KICKER_OPENS,
    PARTS_GUESS,
    PARTS_GUESS_FIGURES,
    PARTS_GUESS_PRINTED,
    LABEL_JOINED,
    ONE_PARAGRAPH,
    PARAGRAPH_STORY,
    SENTENCE_CUT,
    SHAPE_ONLY,
    SHORT_PARAGRAPH,
    SUBJECT_ABOVE,
    THEME_KICKER,
    UNASSIGNED,
    VISIT_HEADLINE,
    Notice,
)
from layout_app.intake.figuredecks import FIGURE_DECK, sums_up  # noqa: F401 (its tests ask structure)
from layout_app.intake.subjectheads import clause_joined, deck_of_items
from layout_app.intake.repair import (
    BRACKET_NOTE,
    DATELINE_OPENS,
    IMPRINT,
    ONE_SENTENCE_HEAD,
    PLACE_LABEL,
    credit_line,
    ends_sentence,
    heading_shaped,
    looks_like_body,
    mid_sentence,
    photo_credit,
)
from layout_app.intake.partsapart import caption_sentence
from layout_app.model.furniture import ISSUE_LINE
from layout_app.intake.typesizes import SizedLines, heading_groups, heading_roles

# simplified and traditional forms: copy from Hong Kong and Taiwan arrives in Big5
CREDIT = re.compile(r"^(本版(策划|编辑|統籌|统筹|稿件|图片|圖片|制图|设计|編輯|责任编辑|責任編輯|美术编辑|美術編輯)|投稿(邮箱|信箱|郵箱)|责任编辑|責任編輯|美术编辑|美術編輯|版式设计|校对|"
                    r"本[报報]记者.{1,12}(采写|摄|报道)\s*$|本[报報]記者.{1,12}(採寫|攝|報道)\s*$|"
                    r"本[报報](通讯员|通訊員).{1,12}(采写|摄|採寫|攝)\s*$|(图|圖|摄影|攝影|图片|圖片)[:：]|"
                    r"(记者|記者|通讯员|通訊員)?[\s　]*[\u4e00-\u9fff·]{2,4}([\s　、]+[\u4e00-\u9fff·]{2,4})*[\s　]*(摄|攝|采写|採寫)\s*$)")
# a byline: the label and the names, perhaps what they gave ('本报记者 林晓 文/图': text and photos)
GAVE_PHOTOS = re.compile(r"[\s　]+(文|图|圖)[/／](图|圖|文)")
BYLINE = re.compile(r"^((本[报報]|新华社|新華社|特约|特約)?(记者|記者|通讯员|通訊員|见习记者|見習記者|评论员|評論員)[\s　]*[\u4e00-\u9fff·]{2,4}"
                    r"([\s　、]+[\u4e00-\u9fff·]{2,4})*(" + GAVE_PHOTOS.pattern + r")?|本[报報]讯|本[报報]訊|"
                    # a commentary's signature over its text: 本报评论员, 本报特约评论员 (no name: the paper speaks)
                    r"本[报報](?:特约|特約)?(?:评论员|評論員)|本[报報][\u4e00-\u9fff]{2}\d*月\d*日[电電])[\s　]*$")
DECK = re.compile(r"^(——|—|－－|--)\s*\S")


@dataclass
class StoryParts:
    kicker: str | None = None
    headline: str = ""
    deck: str | None = None
    byline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    confidence: float = 1.0          # how sure the heading parts are what they are named (0–1)
    doubt: str = ""                  # why they may not be: "printed" (no type sizes), "figures", "columns", "paragraph",
    #                                  "sentence" (its text breaks off mid-sentence at `cut`)
    cut: str = ""
    shape: str = ""                  # the shape that left it in doubt, for its notice (`headdoubts`)
    subheads: list[int] = field(default_factory=list)    # paragraphs that are its 小标题 (`subheads`)
    verse: list[int] = field(default_factory=list)       # a poem's lines and stanza breaks ('') (`verse`)
    tables: list[int] = field(default_factory=list)      # paragraphs that are tables (`tables`)
    items: list[int] = field(default_factory=list)       # a briefs column's items' headlines (`briefcolumn`)

    def text(self) -> str:
        return "".join(filter(None, [self.kicker, self.headline, self.deck, self.byline, *self.paragraphs]))


@dataclass
class Caption:
    text: str
    story: int | None = None
    confidence: float = 0.0
    candidates: list = field(default_factory=list)     # (story index, score, shared names), best first
    label: str = ""          # the section label it stands under (书画): the works' section head, not its text


@dataclass
class PageCopy:
    banner: dict | None = None
    lead: list[str] = field(default_factory=list)
    stories: list[StoryParts] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    unassigned: list[str] = field(default_factory=list)
    # a printed page's running head and slug: said and set aside, no copy of the page (importer)
    furniture: list[str] = field(default_factory=list)
    running_head: dict = field(default_factory=dict)     # its fields as printed (pdfrunninghead.PageHead.fields)
    banner_confidence: float = 0.0
    doubts: list[str] = field(default_factory=list)      # low-confidence decisions taken while parsing

    def to_json(self) -> dict:
        return {
            "banner": self.banner,
            "banner_confidence": round(self.banner_confidence, 2) if self.banner else None,
            "lead": list(self.lead),
            "stories": [{"kicker": s.kicker, "headline": s.headline, "deck": s.deck, "byline": s.byline,
                         "paragraphs": list(s.paragraphs), "subheads": list(s.subheads),
                         **({"verse": list(s.verse)} if s.verse else {}),
                         **({"tables": list(s.tables)} if s.tables else {}),
                         **({"items": s.items} if s.items else {}),
                         "confidence": round(s.confidence, 2)} for s in self.stories],
            "captions": [{"text": c.text, "story": c.story, "confidence": round(c.confidence, 2),
                          **({"label": c.label} if c.label else {})} for c in self.captions],
            "credits": list(self.credits),
            "unassigned": list(self.unassigned),
            "furniture": list(self.furniture),
            **({"running_head": dict(self.running_head)} if self.running_head else {}),
        }


# block kinds
HEAD, BODY, SENT, DECK_, CREDIT_, BYLINE_ = "head", "body", "sentence", "deck", "credit", "byline"

# a page banner names the county or city the page covers, a colon before its theme (BANNER_HEAD, in
# headings); its deck sums the page up (——我县城乡社区便民服务工作综述)
BANNER_DECK = re.compile(r"^(——|—|－－|--)\s*" + COUNTY +
                         r"|(综述|巡礼)$")
BANNER_BY_WEIGHT = 0.55      # a first story's kicker shaped like a banner's theme (BANNER_THEME) taken as the banner
# a story headline that opens with its place: 青石镇：…, 河湾社区：…
LOW = 0.6            # decisions below this confidence are shown to the user as notices


QUESTION_HEAD = re.compile(ONE_SENTENCE_HEAD + r"[？！?!]$")
# a column's label a sidebar or a report runs under (a kicker), shaped like a byline of a reporter '手记'
COLUMN_LABEL = re.compile(r"^(记者|编者|编辑)(手记|札记|观察|调查|述评|来信|直击|探访|体验|连线|追踪|走基层|感言|视点|问答|专访)$")
# a match's scores by period on a line of their own: 各节比分：15∶24　20∶16　21∶19　22∶12
SCORE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:][\s\u3000]*(?:\d{1,3}[∶:]\d{1,3}[\s\u3000]*){2,}$")
# a Q&A's turns (问：… / 答：…): running text of its piece, never a heading — a question asked there is no headline
LEAD_LABEL = re.compile(r"^(?:本期|本版)?导语[：:]")      # the page lead labelled as such
QA_TURN = re.compile(r"^(?:问|答|Q|A)[：:]|^记者[：:](?=\S.{5,})")     # (not '记者：张三', a byline)
# who recommends or compiled a piece, in brackets at its foot: （推荐人：市图书馆 陈静）, （整理：林晓）
SIGNED_NOTE = re.compile(r"^[（(][\u4e00-\u9fff]{1,4}[：:][^（()）：:]{2,24}[）)]$")
# a reader's letter signed at its foot by who wrote it: '城北新区锦绣花园居民　周立新', '读者　周立新'
READER_SIGNATURE = re.compile(r"^[\u4e00-\u9fff]{0,16}(居民|读者|市民|村民|网友|职工|教师|家长|患者)[\s　]+[\u4e00-\u9fff]{2,3}$")
# a commentary's or a column's writer signs at its foot, in brackets: （林晓峰）, （本报记者 林晓峰）, （林晓峰 文/图）
SIGNATURE = re.compile(r"^[（(](?:(?:本报)?(?:记者|通讯员|实习生|评论员)[\s　]*)?[\u4e00-\u9fff·]{2,4}"
                       r"(?:[\s　]+[\u4e00-\u9fff·]{2,4})*(?:[\s　]*(?:文[/／]图|图[/／]文|文|摄))?[）)]$")
# a sentence opening on what the one before said ('这样的变化…', '这批场地…'): running text, no headline —
# a headline stands on its own
REFERS_BACK = re.compile(r"^(这样|这些|这批|这种|这里|那些|那时|此外|此时)")
# a short question of one phrase (出行难？): over a heading line it is the kicker asking what the
# headline answers — a caption tells, it does not ask
SHORT_QUESTION = re.compile(r"^[^。！？!?，、；,;“”\"]{2,12}[？?]$")


def classify(text: str, hinted: bool = False, nxt: str | None = None, after: str | None = None) -> str:
    """`nxt`: the block after (two phrases either side of a comma are a kicker only over a heading);
    `after`: the block after that (a line over a headline and the story's start is its kicker)."""
    if CREDIT.search(text):
        return CREDIT_
    if SIGNATURE.match(text.strip()):
        return BODY                      # （林晓峰） under a 记者手记 or 短评: its writer's name, its last line
    if BRACKET_NOTE.match(text.strip()) or IMPRINT.match(text.strip()):
        return BODY                      # （《书名》，某某著，…出版）, 某某 著　…出版社: a note of its piece
    if SCORE_LINE.match(text.strip()):
        return BODY                      # 各节比分：15∶24　20∶16…: a line of its match report's figures, no heading
    if QA_TURN.match(text.strip()):
        return BODY                      # 问：…？ or 记者：…？ in an interview: a turn of its text, not a headline asking
    if SIGNED_NOTE.match(text.strip()):
        return BODY                      # （推荐人：…）: its piece's last line, no heading nor banner
    if READER_SIGNATURE.match(text.strip()) and (nxt is None or not looks_like_body(nxt)):
        return BODY                      # a letter's writer at its foot; a headline has its text under it
    if COLUMN_LABEL.match(text.strip()):
        return HEAD                      # 记者手记 over a sidebar's headline: a column's label, no reporter named 手记
    if BYLINE.match(text):
        return BYLINE_
    if DECK.match(text) and len(text) <= 50:
        return DECK_
    if hinted and len(text) <= 40:
        return HEAD
    if REFERS_BACK.match(text) and nxt is not None and not heading_shaped(nxt):
        return SENT                      # '这样的变化是怎么来的？' over running text: it asks of what was said
    if QUESTION_HEAD.match(text):
        return HEAD                      # 图书角开到家门口，你去过吗？ — a headline asks; a caption tells (。)
    if SHORT_QUESTION.match(text) and nxt is not None and heading_shaped(nxt):
        return HEAD
    if photo_credit(text) is not None and len(text) <= 80:
        return SENT                      # '…采摘蔬菜。本报记者 任静 摄': a caption with its photo's credit
    if ends_sentence(text):
        return BODY if looks_like_body(text) and len(text) > 45 else SENT
    if mid_sentence(text, nxt, after):
        return BODY                      # a body line that lost its end (the last line of a file)
    return HEAD


BARE_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


def _bare_bylines(blocks: list[tuple[str, int]], kinds: list[str]) -> list[str]:
    """A bare name between a headline and the text, which the page's bylines or credits name (唐敏 under
    a 记者手记's headline; 本报记者 唐敏 over another story): that reporter's byline, not a deck."""
    said = {n for (t, _), k in zip(blocks, kinds) if k in (BYLINE_, CREDIT_) for n in re.findall(r"[\u4e00-\u9fff·]{2,4}", t)}
    out = list(kinds)
    for i in range(1, len(blocks) - 1):
        name = blocks[i][0].strip()
        if kinds[i] == HEAD and kinds[i - 1] == HEAD and kinds[i + 1] in (BODY, SENT) and BARE_NAME.match(name) \
                and name in said:
            out[i] = BYLINE_
    return out


# text taken out of a printed page has lost the type sizes: a headline set in two lines reads like a
# kicker over a headline, so two or three heading lines without a dash deck are a guess to check
PRINTED_GUESS = 0.5


def parse(blocks: list[tuple[str, int]], hints: set[int] | None = None, printed: bool = False,
          sized: SizedLines | None = None, wide: set[int] | frozenset[int] = frozenset(), flowed: bool = False,
          body: set[int] | frozenset[int] = frozenset(), flush: frozenset[int] = frozenset(),
          front: bool = False) -> PageCopy:
    """`blocks`: repaired paragraphs with the blank lines before each. `hints`: indexes of blocks
    that came marked as headings (bold .docx paragraphs, Markdown headings). `printed`: the copy was
    taken out of a printed page (PDF). `sized`: the type sizes of a PDF's lines (pdfcopy): a heading's
    largest line is its headline, a line set smaller than the body a caption. `wide`: indexes of
    blocks set much wider than the page's columns (typesizes.wide_blocks). `body`: indexes of blocks
    that are running text whatever their shape (a .docx table's rows: 村名　藏书 is no headline).
    `flush`: blocks set flush in copy whose paragraphs are indented (indents.flush_blocks). `front`: the
    copy opens on a front page's masthead (报头): its first story's two-phrase 引题 is the 头条's, no banner."""
    hints = hints or set()
    kinds = [BODY if i in body else
             classify(t, i in hints, blocks[i + 1][0] if i + 1 < len(blocks) else None,
                      blocks[i + 2][0] if i + 2 < len(blocks) else None)
             for i, (t, _) in enumerate(blocks)]
    kinds = _bare_bylines(blocks, kinds)
    # a 副刊 piece's author under its title (陈静秋, 文／陈静秋, □陈静秋): its byline, never its headline
    for k in author_bylines([t for t, _ in blocks], [k in (HEAD, DECK_) for k in kinds], [k in (BODY, SENT) for k in kinds]):
        kinds[k] = BYLINE_
    captions, shape_only = caption_flags(blocks, kinds, printed, flush)
    if sized is not None:
        # set smaller than the body and ending as a caption: a photo's caption wherever it stands
        small = [kinds[i] in (SENT, BODY) and sized.caption(t) for i, (t, _) in enumerate(blocks)]
        # … and where the page sets its captions so, a line in the body's type is none: a story's short
        # last paragraph, not a caption by its shape alone
        captions = [(c and not (any(small) and sized.body_type(t))) or small[i]
                    for i, (c, (t, _)) in enumerate(zip(captions, blocks))]
    page = PageCopy()
    n = len(blocks)
    i = 0
    story: StoryParts | None = None
    lead_here = False               # a banner found mid-copy: the paragraph under it is the page lead
    while i < n:
        text, gap = blocks[i]
        kind = kinds[i]
        if kind == HEAD or (kind == DECK_ and i + 1 < n and kinds[i + 1] in (HEAD, DECK_)):
            # a run of heading lines: one story's kicker / headline / deck, maybe after the banner
            lead_here = False
            j = i
            while j < n and kinds[j] in (HEAD, DECK_):
                j += 1
            groups = _groups(blocks, i, j, first=i == 0 or not (page.stories or page.lead), banner=page.banner is None,
                             printed=printed)
            if sized is not None:
                # the sizes tell where one heading ends and the next begins (a banner over the first
                # story's kicker and headline)
                groups = heading_groups([t for t, _ in blocks[i:j]], sized) or groups
            k = j
            # a photo set under its story's heading: its credit (本报记者 周航 摄) stands between the
            # heading and the byline or text — the heading's story goes on after it
            photo_credits = []
            while (k + 1 < n and kinds[k] == CREDIT_ and credit_line(blocks[k][0])
                   and kinds[k + 1] in (BYLINE_, BODY, SENT, CREDIT_)):
                photo_credits.append(blocks[k][0])
                k += 1
            page.credits.extend(photo_credits)
            # … and so does its caption, when the type sizes tell it is one (a PDF read by pdfcopy)
            while sized is not None and k + 1 < n and captions[k] and kinds[k + 1] in (BYLINE_, BODY, SENT, CREDIT_):
                page.captions.append(Caption(blocks[k][0]))
                k += 1
            # … or, in text taken out of a PDF without sizes, when the byline under the heading comes
            # after it, or the brief's dateline (本报讯 …): no running text stands between a heading and
            # its byline, nor before the dateline that opens a story's text
            m = k
            while printed and sized is None and m < n and kinds[m] in (BODY, SENT) and caption_sentence(blocks[m][0]):
                m += 1
            if m > k and m < n and (kinds[m] == BYLINE_ or (kinds[m] in (BODY, SENT) and DATELINE_OPENS.match(blocks[m][0]))):
                page.captions.extend(Caption(t) for t, _ in blocks[k:m])
                k = m
            byline = None
            if k < n and kinds[k] == BYLINE_:
                byline = blocks[k][0]
                k += 1
                # a byline wrapped in its frame: its second line names more reporters (通讯员 高红梅 文/图)
                while k < n and kinds[k] == BYLINE_ and not DATELINE_OPENS.match(blocks[k][0]) and k + 1 < n \
                        and kinds[k + 1] != HEAD:
                    byline = f"{byline} {blocks[k][0]}"
                    k += 1
            body = _body_run(kinds, captions, k)
            for g in groups[:-1]:
                story = None
                _place_heading_only(page, g)
            last = groups[-1]
            parts = _masthead(_heading(last, sized))
            parts.byline = byline
            opening = not page.stories and not page.lead
            # (paragraphs set across the page, not in its columns, then a heading: the page's lead)
            across = all(b in wide for b in range(k, k + body)) and _heading_follows(kinds, _past_captions(captions, k + body))
            # (one paragraph labelled as the page's lead, '本期导语：…', under the page's first heading: that
            # heading is the page's — a 周刊's name over the issue's theme, '文化周刊' / '从宣纸到屏幕：…')
            labelled = body == 1 and bool(LEAD_LABEL.match(blocks[k][0].strip()))
            if opening and parts.kicker and not parts.deck and PLACE_LABEL.match(parts.kicker) and body == 1 \
                    and not PLACE_LABEL.match(parts.headline or "") and "，" in (parts.headline or "") \
                    and _heading_follows(kinds, k + 1):
                # '城关镇：…' over a line of clauses over one paragraph and a story: the banner and its deck
                parts = StoryParts(headline=parts.kicker, deck=parts.headline)
            # (never a heading over its reporter's byline: a story's — the interview '——访…' / 本报记者 王海涛)
            if body and opening and page.banner is None and (labelled or parts.kicker is None and not byline and (
                    _banner_shape(last) or across or (body == 1 and _heading_follows(kinds, _past_captions(captions, k + 1) if printed else k + 1)
                    and not DATELINE_OPENS.match(blocks[k][0])) or (
                    # a two-phrase theme alone over paragraphs and then a story's heading, in pdftotext's
                    # column flows (no line's measure left to tell a lead set across the page): the banner
                    flowed and len(last) == 1 and THEME.match(last[0]) and not DATELINE_OPENS.match(blocks[k][0])
                    and _heading_follows(kinds, _past_captions(captions, k + body))))):
                # the page's first heading (a banner has no kicker) over a single paragraph and then a
                # story, over paragraphs set across the page, or shaped like a banner (我县：…): banner
                # and page lead — but a single paragraph that opens on a brief's dateline (本报讯（记者 …）)
                # is a story's, under its headline
                page.banner = _banner(parts)
                page.banner_confidence = 0.9 if labelled else _banner_confidence(last, 0.8 if across else 0.5)
                if byline:
                    page.credits.append(byline)
                story = None
            elif _banner_midcopy(parts, page) and not byline and (body == 1 or (body == 2 and shows_scene(blocks[k][0]))) \
                    and _heading_follows(kinds, _past_captions(captions, k + body)):
                # the banner and its deck where a PDF's text left them, mid-copy (我县：… / ——…纪实), over
                # one paragraph (perhaps under its photo's caption) and then a story: the page's banner and
                # its lead, not a story of its own
                if body == 2:
                    page.captions.append(Caption(blocks[k][0]))
                    k += 1
                page.banner = _banner(parts)
                page.banner_confidence = _banner_confidence(last, 0.5)
                story, lead_here = None, not page.lead
            elif body:
                parts.confidence = _heading_confidence(last)
                if parts.confidence == FIGURES_GUESS:
                    parts.doubt = "figures"
                # (a .pdf read with its type sizes has them: its headline is its largest line)
                if printed and sized is None and parts.confidence < 0.9 and (flowed or not _not_one_headline(last, parts)):
                    parts.confidence, parts.doubt = PRINTED_GUESS, "printed"
                if len(groups) > 1 and not _banner_shape(groups[-2]):
                    parts.confidence = min(parts.confidence, 0.5)   # where this heading begins is a guess
                    parts.doubt = ""
                story = parts
                page.stories.append(story)
            else:
                story = None
                _place_heading_only(page, last)
                if byline:
                    page.credits.append(byline)
            i = k
            continue
        if kind == CREDIT_:
            if (not printed and page.captions and i and captions[i - 1] and page.captions[-1].text == blocks[i - 1][0]
                    and credit_line(text)):
                # 'X 摄' on the copy's line right under a caption is that caption's photo's, as on its own line
                # (kept as written, no brackets added; a printed page's credits stand where its layout put them)
                page.captions[-1].text = f"{page.captions[-1].text}　{text.strip()}"
            else:
                page.credits.append(text)
        elif kind == BYLINE_:
            if story is not None and story.byline is None and (not story.paragraphs or (
                    len(story.paragraphs) == 1 and not DATELINE_OPENS.match(text))):
                # (under a feature's opening paragraph too, where a magazine-style page sets it:
                # '本报记者 王晨 实习生 刘佳' alone on its line — not a dateline, '本报讯', opening an item)
                story.byline = text
            elif story is not None:
                story.paragraphs.append(text)        # "本报讯" opening a paragraph-less item
            else:
                page.credits.append(text)
        elif captions[i]:
            page.captions.append(Caption(text))
            if i in shape_only:
                page.doubts.append(Notice(SHAPE_ONLY, text=_quoted(text)))
        elif kind in (BODY, SENT):
            if story is not None and story.paragraphs and DATELINE_OPENS.match(text) \
                    and DATELINE_OPENS.match(story.paragraphs[0]) and page.banner is not None and not page.lead:
                # a second dateline: a story is one item and has one — this is the page lead a PDF's
                # text left after the first story (its banner found mid-copy, the lead not under it)
                story, lead_here = None, True
            if story is None:
                page.lead.append(text) if not page.stories or lead_here else page.unassigned.append(text)
            else:
                story.paragraphs.append(text)
        else:
            page.unassigned.append(text)
        i += 1
    _single_story(page)
    if (page.banner is None and page.stories and page.stories[0].kicker and not (printed and page.lead) and not front
            and (BANNER_THEME.match(page.stories[0].kicker) or names_county(page.stories[0].kicker))
            and not place_shared(page.stories[0].kicker, page.stories[0].headline)
            and not TOWN_VISIT.search(page.stories[0].kicker)
            # (a mood line over a match's result is the result's kicker: '主场连扳三球 终结三轮不胜' /
            # '海港队3∶1逆转江城队' — review 31: it was made the page's banner)
            and result_reading([page.stories[0].kicker, page.stories[0].headline or ""]) is None):
        # no banner anywhere, and over the page's first headline a theme of a banner's weight (two
        # phrases of six to eight characters; a kicker's are short): the page banner, as a guess shown
        # (not in a printed page's text whose lead was read before it: a banner stands over its lead)
        first = page.stories[0]
        page.banner, first.kicker = {"kicker": None, "headline": first.kicker, "deck": None}, None
        page.banner_confidence = BANNER_BY_WEIGHT
        # (the story's heading is as much a guess: the theme may be its kicker or its headline's first line)
        first.confidence = min(first.confidence, BANNER_BY_WEIGHT)
    elif page.banner is None and page.stories and not page.lead and page.stories[0].kicker and not front \
            and (THEME.match(page.stories[0].kicker) or (printed and sized is None and _slogan(page.stories[0].kicker))):
        # a two-phrase theme over the page's first headline, and no banner anywhere: the kicker
        # may be the page banner (only the spacing could tell, and it does not) — in a printed page's
        # text, a slogan naming no place too ('让群众的日子越过越红火': its type size would tell)
        page.stories[0].confidence = min(page.stories[0].confidence, 0.55)
        page.doubts.append(Notice(KICKER_BANNER, k="s1", kicker=page.stories[0].kicker))
    if printed and sized is None:
        visits_over(page)
        shape_doubts(page, LOW)      # a printed page's text read two ways where its type sizes would tell
    return page


def _slogan(line: str) -> bool:
    """A heading line a page banner's theme could be: a phrase of eight characters or more naming no
    town, street or village (a kicker takes the reader to one; a banner speaks for the county)."""
    return len(line.replace(" ", "")) >= 8 and not TOWN.search(line) and not re.search(r"[，,？?]", line)


def _groups(blocks, i: int, j: int, first: bool, banner: bool, printed: bool = False) -> list[list[str]]:
    """Split a run of heading lines into heading groups: a dash deck closes a group (引题 → 主题 →
    副题: nothing of the same heading follows the deck), a group has at most three lines, and a
    banner-shaped pair (我县：… / ——…综述) stands apart from the story heading under it. In text
    taken out of a printed page (no blank lines set the banner apart), three heading lines opening
    the page without a deck among them, the first a two-phrase theme, are the banner over a kicker
    and a headline (a deck without its dash or figures is rare; a banner's theme is common)."""
    groups: list[list[tuple[str, int]]] = [[]]
    for t, gap in blocks[i:j]:
        if groups[-1] and DECK.match(groups[-1][-1][0]):
            groups.append([])
        groups[-1].append((t, gap))
    out: list[list[tuple[str, int]]] = []
    for g in groups:
        while len(g) > 3:
            cut = len(g) - 3
            # a wide gap near the cut is where the earlier heading ends
            wide = [p for p in range(1, len(g)) if g[p][1] >= 2 and len(g) - p <= 3]
            if wide:
                cut = wide[0]
            out.append(g[:cut])
            g = g[cut:]
        # the page opens with a banner shaped as one (我县：…) right over a story heading
        if banner and first and len(g) >= 2 and BANNER_HEAD.match(g[0][0]) and not DECK.match(g[1][0]):
            out.append(g[:1])
            g = g[1:]
            banner = False
        if (banner and first and printed and len(g) == 3 and THEME.match(g[0][0])
                and not any(DECK.match(t) or FIGURE_DECK.match(t) for t, _ in g[1:])):
            out.append(g[:1])
            g = g[1:]
            banner = False
        # a banner over a story heading, a wider gap between them
        if banner and len(g) >= 2:
            wide = [p for p in range(1, len(g)) if g[p][1] >= 2 and not DECK.match(g[p][0])]
            head = [t for t, _ in g[:wide[0]]] if wide else []
            # (or the file's first line set apart from the heading under it wider than that heading's
            # own lines and its story's start are set: the page's banner on top)
            # — unless it names a town or street: a banner speaks for the county, a kicker for one place
            top = (i == 0 and not out and len(head) == 1 and j < len(blocks) and not TOWN.search(head[0])
                   and all(gap < g[wide[0]][1] for _, gap in g[wide[0] + 1:] + [blocks[j]]))
            if head and (_banner_shape(head) or (first and len(head) == 1 and THEME.match(head[0])) or top):
                out.append(g[:wide[0]])
                g = g[wide[0]:]
                banner = False
        out.append(g)
    return [[t for t, _ in g] for g in out if g]


# two heading lines without a dash, one of them in figures: a kicker over a headline that counts, or
# a headline over its deck in figures — the text cannot tell (a quarter of such guesses were wrong on
# the varied corpus), so the guess is shown
FIGURES_GUESS = 0.55
_DIGIT = re.compile(r"\d")


def _heading(group: list[str], sized: SizedLines | None = None) -> StoryParts:
    """Name the lines of one heading group by the order 引题 → 主题 → 副题: one line is the
    headline; two are kicker and headline unless the second is a deck (a dash, or a summary that
    opens with a figure: 300名居民参与 …); three are kicker, headline, deck."""
    parts = StoryParts()
    roles = heading_roles(group, sized) if sized is not None else None
    if roles is not None:
        parts.kicker, parts.headline, parts.deck = roles       # the sizes tell (a PDF read by pdfcopy)
        return parts
    lines = list(group)
    if (result := result_reading(lines)) is not None and not DECK.match(lines[-1]):
        parts.kicker, parts.headline, parts.deck = result      # a match report's 主题 is its result
        return parts
    if len(lines) > 1 and (DECK.match(lines[-1]) or (len(lines) == 2 and (sums_up(*lines) or deck_of_items(*lines)))):
        parts.deck = lines.pop()
    lines = clause_joined(lines)        # a headline typed in two lines, broken inside its clause
    if len(lines) == 1:
        parts.headline = lines[0]
    elif len(lines) == 2:
        parts.kicker, parts.headline = lines
    elif len(lines) >= 3:
        parts.kicker, parts.headline, parts.deck = lines[0], lines[1], " ".join(lines[2:])
    return parts


def _banner_shape(lines: list[str]) -> bool:
    return any(BANNER_HEAD.match(t) or BANNER_DECK.search(t) for t in lines)


def _banner_midcopy(parts: StoryParts, page: PageCopy) -> bool:
    """A heading mid-copy that is the page's banner by its shape alone: its county and colon (我县：…)
    and a deck that sums the page up (——…综述, ——…纪实), no kicker — and no banner found before it."""
    return (page.banner is None and parts.kicker is None and bool(parts.deck) and bool(parts.headline)
            and bool(BANNER_HEAD.match(parts.headline))
            and bool(BANNER_DECK.search(parts.deck) or parts.deck.endswith("纪实")))




def _masthead(parts: StoryParts) -> StoryParts:
    """A 专刊's or 副刊's masthead (刊头): the name over an issue line is the page's masthead: a banner's name, the issue line its deck —
    no story is headed '第1287期'."""
    if parts.kicker and not parts.deck and ISSUE_LINE.match(parts.headline or ""):
        parts.kicker, parts.headline, parts.deck = None, parts.kicker, parts.headline
    return parts


def _banner(parts: StoryParts) -> dict:
    return {"kicker": parts.kicker, "headline": parts.headline, "deck": parts.deck}


def _place_heading_only(page: PageCopy, group: list[str]) -> None:
    """A heading with no body under it: the page banner (once), else unassigned — never dropped."""
    if page.banner is None:
        page.banner = _banner(_heading(group))
        page.banner_confidence = _banner_confidence(group, 0.5)
    else:
        page.unassigned.extend(group)


def _body_run(kinds, captions, k: int) -> int:
    """How many running-text paragraphs follow from block k (0: the heading has no body)."""
    m = k
    while m < len(kinds) and kinds[m] in (BODY, SENT) and not captions[m]:
        m += 1
    return m - k


def _past_captions(captions, k: int) -> int:
    """The first block from k on that is no caption (on a printed page, a photo set between the page
    lead and the first story's heading leaves its caption between them in the text taken out of it;
    copy as it arrives puts captions where the writer did, and a caption there is the first story's)."""
    while k < len(captions) and captions[k]:
        k += 1
    return k


def _heading_follows(kinds, k: int) -> bool:
    return k < len(kinds) and kinds[k] in (HEAD, DECK_)


def _heading_confidence(group: list[str]) -> float:
    """One line, or a dash deck under two, leave no doubt which is which; two lines without a dash
    are 引题 + 主题 by the usual order, but could be 主题 + 副题; three without a dash likewise."""
    if len(group) == 1 or DECK.match(group[-1]) or (len(group) == 2 and FIGURE_DECK.match(group[1])
                                                     and sums_up(*group)):
        return 0.95
    if result_reading(group) is not None:
        return 0.9          # the result line is the 主题: 主场连扳三球 终结三轮不胜 / 海港队3∶1逆转江城队
    if len(group) == 2 and THEME.match(group[0]) and sums_up(*group):
        return FIGURES_GUESS   # a slogan's shape over a deck in figures: the two readings disagree
    if len(group) == 2 and (THEME.match(group[0]) or PLACE_LABEL.match(group[1])):
        return 0.9          # a two-phrase slogan over a headline that names its place: 文明新风 润泽乡里 / 青石镇：…
    if len(group) == 2 and sums_up(*group):
        return 0.8          # a whole headline over a summary in figures that names no one
    if len(group) == 2 and any(_DIGIT.search(t) for t in group):
        return FIGURES_GUESS   # 运动正当时 / 3201名选手同场竞技, or 爱心餐厅开张了 / 日均服务老人20余人
    return 0.75 if len(group) == 2 else 0.7


def _not_one_headline(group: list[str], parts: StoryParts) -> bool:
    """Two heading lines of a printed page's text read as a kicker over its headline, where compose
    would never have broken one headline there (`balanced.compose_breaks_there`: a headline breaks
    at its most even pause) — a reading as sure as copy's, not a guess to check. Not a pair with
    figures (a headline over its deck in figures is as likely)."""
    from layout_app.intake.balanced import compose_breaks_there    # (balanced reads unpdf, which reads this)

    return (len(group) == 2 and bool(parts.kicker) and not any(_DIGIT.search(t) for t in group)
            and not compose_breaks_there(group[0], group[1]))


def _banner_confidence(group: list[str], otherwise: float) -> float:
    """Sure when shaped like a banner (我县：…, ——…综述), fairly sure for a two-phrase theme,
    else taken from its place on the page only."""
    if _banner_shape(group):
        return 0.95
    return 0.8 if THEME.match(group[0]) else otherwise


def notices(page: PageCopy) -> list[str]:
    """The decisions a page editor should check: those taken with low confidence, and lines that
    found no place."""
    out = list(page.doubts)
    if page.banner and page.banner_confidence < LOW:
        out.append(Notice(BANNER_GUESS, headline=page.banner['headline'], confidence=page.banner_confidence))
    for k, s in enumerate(page.stories):
        if s.confidence < LOW:
            # each line named by the part it was taken for (the trade's names, as the editor's fields say)
            head = " / ".join(f"{name} {x}" for name, x in (("引题", s.kicker), ("主题", s.headline), ("副题", s.deck))
                              if x) or s.paragraphs[0][:20] + "…"
            template = {"printed": PARTS_GUESS_PRINTED, "figures": PARTS_GUESS_FIGURES,
                        "columns": COLUMNS_STORY, "paragraph": PARAGRAPH_STORY,
                        "sentence": SENTENCE_CUT}.get(s.doubt, PARTS_GUESS)
            template = {"theme": THEME_KICKER, "opens": KICKER_OPENS, "subject": SUBJECT_ABOVE, "label": LABEL_JOINED,
                        "paragraph": SHORT_PARAGRAPH, "visit": VISIT_HEADLINE,
                        "single": ONE_PARAGRAPH}.get(s.shape, template)
            out.append(Notice(template, k=f"s{k + 1}", head=head, confidence=s.confidence, cut=s.cut))
    for text in page.unassigned:
        out.append(Notice(UNASSIGNED, text=_quoted(text)))
    return out


def _single_story(page: PageCopy) -> None:
    """A file with one story and no heading line: its first short line was taken as the lead."""
    if not page.stories and page.banner is None and page.lead:
        page.stories.append(StoryParts(headline="", paragraphs=page.lead, confidence=0.5))
        page.lead = []
    elif not page.stories and page.banner is not None and page.lead:
        # one story whose heading had no body after it is the banner: make it the story
        b = page.banner
        page.stories.append(StoryParts(b["kicker"], b["headline"], b["deck"], None, page.lead, confidence=0.6))
        page.banner, page.lead = None, []


def _quoted(text: str, most: int = 40) -> str:
    """A block as a notice quotes it: whole when short, else cut with an ellipsis (never mid-name
    without saying so: '…预约挂号。通讯' read as the whole caption)."""
    return text if len(text) <= most else text[:most - 1] + "…"
