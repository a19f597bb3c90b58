"""Undo the damage of copy taken out of a printed page's PDF (pdftotext, pdftotext -raw, pypdfium2),
so that it reaches structure detection shaped like copy as it arrives: one paragraph a line.

What extraction does to a page set in narrow justified columns, and what is undone here:
- one text line per column line (13 characters at our measure) → lines of a paragraph joined: a line
  that fills the column and does not end a sentence runs on; a sentence-final line runs on only when
  the next line is full (a paragraph's first line is indented, so shorter);
- side-by-side columns on one line ('村民老彭说：“大家的安 道，只见活动室里座无虚席。', pdftotext's
  default) → read column by column (intake.pdfcolumns, which also holds the column lines' widths);
- each column whole but the columns, headings and captions in poppler's order (pdftotext's default
  on our own PDFs) → each story's heading lines and columns in reading order (intake.pdfflows);
- justified lines letter-spaced (a space between CJK characters) and spaces put around digits and
  Latin inside Chinese text → closed up; a space between two Chinese characters of a line that is not
  letter-spaced (a headline's phrase break) is kept;
- a heading or byline wrapped in its frame ('本报记者 田桂兰 通讯员 王' / '秀英') → one line;
- the credits set on one line apart by wide spaces → one credit a line; form feeds → blank lines;
- a photo's caption between blank lines after a sentence a column end cut (the sentence goes on in
  another column) → a line of its own, not that sentence's rest;
- headings as the extractors leave them: a dash deck on its headline's line, captions of photos side
  by side on one line, a headline the typesetter broke in two (a first line that cannot end one, a
  second that cannot begin one, or four heading lines over one story), pieces pdftotext -raw cut at
  a colon or quote → as the copy has them; a lower heading line that does not name the story's subject
  (the name its own text repeats most) while the line above does → the rest of that headline. Which of
  two remaining heading lines is kicker and which headline the text cannot tell for sure (the type
  sizes are gone): structure detection marks it a guess.
Only white space is ever removed or added: every other character stays, in the same count."""
from __future__ import annotations

import re

from layout_app.intake.headshapes import _BYLINE
from layout_app.intake.partsapart import (  # noqa: F401 (headings and balanced import some from here)
    _DASH_DECK,
    _FIGURE_DECK,
    _MARKERS,
    _QUOTED_TERM,
    _TAKES_OBJECT,
    _body_like,
    _caption_like,
    _credit,
    _heading_like,
    _kicker_over_head,
    _lone_head_line,
    _starts_part,
    bylines_joined,
    caption_apart,
    caption_sentence,
    captions_after_body,
    captions_apart,
    credits_to_captions,
    decks_apart,
    heading_cuts,
    label_cut,
    parts_apart,
)
from layout_app.intake.pdfcolumns import (
    UNITS,
    _LEADING_NUMBER,
    _ends_sentence,
    estimated,
    slack,
    _full,
    _near,
    _squeezed,
    reading_order,
    width,
)
from layout_app.intake.pagemeasure import (  # noqa: F401 (the importer and tests ask this module)
    column_measure,
    extracted_measure,
    looks_extracted,
    running_head,
    split_credits,
)
from layout_app.intake.paraseams import cut_mid_sentence as _cut_mid_sentence
from layout_app.intake.paraseams import joins_on as _joins_on
from layout_app.intake.paraseams import word_across as _word_across
from layout_app.intake.pdfspaces import _STRETCHED_GAP, _letter_spaced, close_up, stretched, stretched_or_half  # noqa: F401 (close_up for headings)
from layout_app.intake.paraseams import quote_goes_on as _quote_goes_on
from layout_app.intake.headwidth import figures_first_line, head_over_caption, heading_wider, heads_over_wide_caption
from layout_app.intake.kickerlines import kicker_ends, kickers_back, labelled_kicker, over_byline, question_over_heading
from layout_app.intake.quotecut import SAID_BY as _SAID_BY
from layout_app.intake.quotecut import quote_tails
from layout_app.intake.rawpieces import _CUT_AFTER, _MID_MARKS, _OPEN_SCRAP, _fits, _stub, line_whole, visual_lines  # noqa: F401 (wrappedheads)
from layout_app.intake.repair import DATELINE as _DATELINE
from layout_app.intake.resetlines import FIRST, INSIDE, breaks_after, line_as_set
from layout_app.intake.repair import PLACE_LABEL, set_apart, stands_as_caption

_INDENT = "\u3000\u3000"
_NO_LINE_END = set("“‘（《「『")
_NO_LINE_START = set("”’）》」』，。、：；！？…,.:;!?)")
_QUOTE_CLOSED = ("。”", "！”", "？”", "…”", "!”", "?”")      # a quote closed on its sentence's end


# --- column lines back into paragraphs ---

# a headline's line that ends one or two characters into its second phrase
_WRAPPED_PHRASE = re.compile(r"[\u3400-\u9fff] [\u3400-\u9fff]{1,2}$")
_PHRASE_SPACE = re.compile(r"[\u3400-\u9fff] +[\u3400-\u9fff]")


def _opens_with_closing(line: str) -> bool:
    """A line may not begin with a closing quote or a comma-like mark (line-start rule of Chinese
    typesetting): such a line is the rest of the line before it, cut apart by the extraction."""
    return line[:1] in _NO_LINE_START


def join_column_lines(lines: list[str], measure: int, spread: frozenset[str] = frozenset(),
                      stretched_lines: frozenset[str] = frozenset()) -> list[str]:
    """Column lines → paragraphs, one a line. Blank lines stay where they were, except inside a
    paragraph that runs on across them (a column ended there). `spread`: lines the extraction showed
    letter-spaced (closed up here): justified out to the column's full measure. `stretched_lines`: lines
    justification stretched (`stretched`), closed up: their paragraph goes on."""
    from layout_app.intake.headings import BANNER_HEAD, deck_in_figures     # (headings asks this module for helpers)
    out: list[str] = []
    cur: list[str] = []            # pieces of the paragraph being joined
    blanks = 0

    after = ""                     # the line after the one being decided on (set in the loop)
    ahead: list[str] = []          # … and the few lines after it

    def _over_deck() -> bool:
        """The line stands over a deck (a dash deck, or one that sums up in figures) or a byline:
        next, or after the rest of its heading — a heading line or two shorter than a column
        (pdftotext -raw cuts a heading line at its quotes) — and the captions of photos set under it;
        or over another heading line and such captions."""
        from layout_app.intake.balanced import balanced_half    # (it asks this module for helpers)

        head = False        # the rest of a heading seen: a heading line shorter than a column
        for n, x in enumerate(ahead):
            if x.startswith(_DASH_DECK) or _FIGURE_DECK.match(x) or (x.startswith(_BYLINE) and not _body_like(x)):
                # (a byline names its reporters; '记者了解到，…' opens running text)
                return True
            if n == 0 and not _ends_sentence(line) and _body_like(x) and _ends_sentence(x):
                return False    # running text whose sentence ends in the line under it ('这批场地是今年利用城市边角' /
                # '地新建的，免费向市民开放。'): no headline's half nor a caption
            if n == 0 and balanced_half(line, x, ahead[1:2], measure):
                head = True     # a headline balanced in two lines as wide as a column each
                continue
            if _caption_like(x):
                if head:
                    return True     # kicker and headline over the captions of their photos
                continue
            # (a heading line: shorter than a column, wider than one (no column line is), or a
            # headline's two phrases on one line)
            if not (_heading_like(x) and (width(x) < measure - 1 or width(x) > measure + 0.8
                                          or (" " in x.strip() and not _body_like(x)))):
                # …or over the rest of its heading and then a paragraph's first line (indented, so two
                # characters short): a column line shorter than a column that ends no sentence is
                # never followed by a new paragraph
                return head and _near(x, measure - 2) and _body_like(x) and not _near(x, measure)
            head = True
        return False

    def is_stretched(piece: str) -> bool:
        # (the line may have taken the quote's tail cut before it: the stretched line ends the piece)
        return any(piece.endswith(s) for s in stretched_lines)

    def full(piece: str) -> bool:
        if _full(piece, measure):
            return True
        if is_stretched(piece) and width(piece) > measure - 2 + 0.01:
            return True         # stretched, and more than an indented first line holds: a full line
        if piece in spread and width(piece) >= measure - 2 - 0.01:
            # spread to the full measure by justification, holding an indented first line's worth:
            # a full line ('近 日 ， 枫 林 村 供 电 所 设 立', '康 乐 乡 团 结 社 区 投 入 资 金': a comma or
            # not, no heading is spread), an indented one holds that unspread — unless
            # digits or Latin, whose widths are no whole ems, had it spread to fill its indented measure
            return not estimated(piece)
        if piece in spread and estimated(piece) and _squeezed(piece) >= measure - 2.6:
            # figures spread so far apart that the extraction shows the gaps, holding (its marks set close) what an
            # indented first line holds less half an em and a little ('巡 回 医 疗 车 每 天 8:30 至' / '11:30 开放…'): a
            # first line short enough to be spread that visibly holds less — an indented line one em
            # short is set close — so a full line, whatever the figures' estimated widths
            return True
        if after[1:2] and after[1] in _NO_LINE_START and _near(piece, measure) and width(piece) >= measure - 1:
            return True         # a character short: the next line's first one went over with the mark after it
        if (after[:1] in _NO_LINE_END and _squeezed(piece) > measure - 2 + 0.01
                and measure - 1 - 0.01 <= width(piece) <= measure + 0.01):
            # a character short: an opening quote may not end a line, it went over with the word it
            # opens — and the line is wider than an indented first line holds, marks squeezed
            return True
        # a line with digits or Latin (their widths are estimates) broke because the next line's
        # first character did not fit; an indented first line has room for it
        return _no_room(piece, after)

    def _no_room(piece: str, nxt: str) -> bool:
        if not nxt or _starts_part(nxt):
            return False
        if estimated(piece):
            return width(piece) <= measure + 0.8 and width(piece + nxt[0]) > measure + 0.01
        # a line of running text wider than an indented first line, broken before a number that did
        # not fit ('居民杜明介绍，共享菜园自' / '11 月 3 日…'): a number is never broken
        number = _LEADING_NUMBER.match(nxt)
        # (also a line with no mark over a full line, which no heading stands over: a paragraph's first
        # line is indented — '家住前进街道的孙奶奶今年' / '89 岁，说起夜间门诊，笑得')
        return (number is not None and (_body_like(piece) or _full(nxt, measure))
                and _squeezed(piece) > measure - 2 + 0.01
                and width(piece) <= measure + 0.01 and width(piece + number.group()) > measure + 0.01)

    def _over_first_line(line: str, nx: str | None = None, later: str | None = None) -> bool:
        # a line with no mark of running text ending no sentence over an indented first line (Chinese
        # only: its width is exact) that goes on: running text that stops on a word goes on in a full
        # line, so the line ends a heading ('便民药房开到“家门口”' / '21 个科室 18:00 至 21:00 开放' /
        # '走进玉泉乡马鞍村文化广')
        nx = after if nx is None else nx
        later = (ahead[1] if len(ahead) > 1 else "") if later is None else later
        return (not _ends_sentence(line) and not _body_like(line) and line[-1:] not in _NO_LINE_END
                and not estimated(nx) and width(nx) <= measure - 2 + 0.01 and _near(nx, measure - 2)
                and not _ends_sentence(nx) and nx[-1:] not in _PAUSE_CUT and not _starts_part(nx)
                and nx not in spread and not _LEADING_NUMBER.match(later) and not _word_across(line, nx))
        # (not a line spread to the full measure, nor one a number broke short, nor a word of the
        # dictionary's broken across the two: '…小区的基础' / '设施改造，…')

    def _over_caption(first: str, line: str) -> bool:
        # a line with no mark of running text (a quoted term may close it: '看病不用再“起早排队”') over one
        # sentence with no pause, over an indented first line that goes on
        return (not _body_like(first) and not re.search(r"[。！？!?…]”?$", first) and _caption_like(line)
                and not _body_like(line) and _opens_paragraph(after, ahead[1:2]))

    def _opens_paragraph(x: str, later: list[str]) -> bool:
        # an indented first line of Chinese (its width exact) that goes on
        return (not estimated(x) and width(x) <= measure - 2 + 0.01 and _near(x, measure - 2) and not _ends_sentence(x)
                and x not in spread and not _starts_part(x) and not _LEADING_NUMBER.match((later or [""])[0]))

    def _over_heads_parts(x: str) -> bool:
        # what stands under a headline: a photo's caption, a deck or a byline (past the quoted term -raw
        # cut off the headline's line: '让老人吃上' / '“放心饭”')
        return _caption_like(x) or x.startswith(_DASH_DECK) or (x.startswith(_BYLINE) and not _body_like(x))

    def _kicker_indented(first: str, line: str) -> bool:
        # a kicker as wide as an indented first line ('金秋十月，稻穗压弯枝头'): not where a word runs across
        # into the line, or a number broke either line short
        return (_near(first, measure - 2) and not _word_across(first, line)
                and not _LEADING_NUMBER.match(line) and not _LEADING_NUMBER.match(after))

    def _number_over(first: str, nxt: str) -> bool:
        # an indented first line broken before a number (a clock too) that did not fit on it
        # ('中医诊室每天 8:30 至' / '11:30 开放内科、…'): a number is never broken
        number = _LEADING_NUMBER.match(nxt)
        return (number is not None and estimated(first) and width(first) <= measure - 2 + 0.01
                and width(first + number.group()) > measure - 2 + 0.01)

    def fills(piece: str, nxt: str) -> bool:
        # a full line, or a paragraph's first line (indented by two characters)
        return _near(piece, measure) or _near(piece, measure - 2) or _no_room(piece, nxt)

    def runs_on(line: str) -> bool:
        last = cur[-1]
        if line.startswith(_DASH_DECK) and _quote_goes_on("".join(cur), line):
            return True         # a dash inside a quoted title, the quote closed on the line ('…，“江汉遗珍' /
            # '——江州地区考古成果特展”'): the paragraph's, no deck (a deck opens no quote's rest)
        if _starts_part(line):
            return False
        if label_cut(line, after):
            return False        # a headline's place and colon -raw cut off its line ('兴隆乡：' / '1832 亩大棚蔬菜…',
            # under the kicker '金秋十月，' / '大棚蔬菜压弯枝头'): running text goes on into no label of its own
        if (_QUOTED_TERM.match(line) and _PHRASE_SPACE.search(after) and _heading_like(after)
                and not _body_like(after) and not _ends_sentence(last)):
            return False        # a quoted term alone (-raw cuts it out of a headline's line) over a heading line
            # with the writer's space ('“双减”' / '之下 书法课堂有声有色'): the headline's opening, not the line above's rest
        if is_stretched(last) and not _heading_like(line) and (width(line) <= measure + 1.2 or _fits(line, measure)):
            return True         # justified: its paragraph did not end there (it goes on in a column line, not
            # a caption set wider, which the photo's column under the last line may hold)
        if last in spread and _ends_sentence(last) and (full(line) or _body_like(line)):
            return True         # letter-spaced out to its measure ('人 才 跟 着 产 业 回 来 了 。' / '32 岁的…':
            # the number did not fit): justified, no paragraph's last line — its sentence's paragraph goes
            # on into the column line under it
        if _opens_with_closing(line) or last.rstrip()[-1:] in _NO_LINE_END or (
                last.rstrip()[-1:] in "：:" and line.startswith("“")):
            return True
        if _quote_goes_on("".join(cur), line):
            return True         # a quote the paragraph opened and the line closes ('…饭都懒得做……' / '现在天天盼着来这儿。”')
        if _DATELINE.match(line) or _OPEN_DATELINE.match(line):
            return False        # a brief's dateline opens its first paragraph, under its headline
        if (line.startswith("图为") and _caption_like(line) and not _ends_sentence(last) and last[-1:] not in _PAUSE_CUT
                and not last.rstrip().endswith(_TRIES)):
            return False        # a caption says 图为, running text never opens a line so ('城北乡：“村 BA”打出精气神' /
            # '图为市民在游泳馆上一展身手。': the headline over its photo's caption — not 试 / 图为…)
        if not _ends_sentence(line) and last.rstrip()[-1:] not in _PAUSE_CUT and over_byline(line, ahead, measure, not _body_like(line), last):
            return False        # a line ending no sentence over a byline, deck or dateline (past a heading
            # line and captions): a heading's line — running text goes on in running text
        if last.rstrip()[-1:].isdigit() and line[:1] in UNITS:
            return True         # a number and its unit ('…全年共完成 9' / '个小区…'): one sentence
        if len(cur) == 1 and _OPEN_DATELINE.match(last) and width(line) <= measure + 1.2:
            return True         # a brief's dateline whose reporters' bracket the column line cut
            # ('本报讯（记者 谢永福 通' / '讯员 董丽娟）入冬以来，西'): a bracket closes in its paragraph
        if re.sub(r"\s", "", last)[-2:] in _QUOTE_CLOSED and _SAID_BY.match(line):
            return True         # who said the quote above ('…吃饭强多了。”' / '站长董振华笑着说。'): no
            # paragraph is a speaker's name and a verb of saying alone (the stop half-width too, as damaged
            # copy has it: '“明年还来!”')
        if _ends_sentence(last) and labelled_kicker(line):
            return False        # a kicker asking after its place's label (intake.kickerlines)
        if _SENTENCE_TAIL.match(line) and not _ends_sentence(last):
            return True         # '加装电梯最难的是统一意' / '见。街道创新推出…': the sentence's last word
        if _caption_like(line) and width(line) > measure + 1.2 and not _fits(line, measure):
            return False        # a caption set wider than a column, under its photo
        if _ends_sentence(last) and _heading_like(line) and _over_deck():
            return False        # a headline over its deck (a line or two above it), however wide
        if len(cur) == 1 and _heading_like(last) and last not in spread and _caption_like(line) and (
                not _body_like(line) or width(line) > measure + slack(line)) and (
                after.startswith(_DASH_DECK) or (after.startswith(_BYLINE) and not _body_like(after))
                or _caption_like(after)):
            return False        # a headline over its photo's caption ('日间照料中心“香”飘邻里' / '老人们在日间照料
            # 中心下棋。'), the byline or deck under them: a paragraph's end is followed by neither
        if (len(cur) == 1 and _caption_like(last) and _caption_like(line)
                and after.startswith(_BYLINE) and not _body_like(after)):
            return False        # the captions of two photos, one over the other, over their story's
            # byline ('西关乡的老人排队体检。' / '西关乡医生为居民测量血压。' / '本报记者 …'): no text goes before it
        if len(cur) == 1 and not _ends_sentence(last) and (not _full(last, measure) or width(last) > measure + 0.01) \
                and _heading_like(line) and not full(line) and last[-1:] not in "，、,"  and _over_deck():
            return False        # a kicker with a comma ('你争我抢，场边喝彩声不断') over its headline, which
            # stands over its deck or byline: no column line of a paragraph short of the column's full
            # measure is followed by those
        if _ends_sentence(last) and _heading_like(line) and _LABELLED.match(line):
            return False        # a kicker with its column's label after a sentence's end ('乡村振兴看变化：走进枫林乡')
        if _PHRASE_SPACE.search(line) and width(line) > 6 and not _body_like(line) and "。" not in line:
            return False        # a heading with a space between its phrases
        if len(cur) == 1 and out and out[-1].endswith(("：", ":")) and width(out[-1]) <= 8 and not _body_like(last):
            return False        # the rest of a heading after its label ('记者蹲点：' / '双河社区的“5G基站”一天')
        if len(cur) == 1 and _LABELLED.match(last) and not _body_like(last):
            return False        # a kicker: a column's label and its colon ('一线见闻：走进云溪村')
        if len(cur) == 1 and BANNER_HEAD.match(last) and not _body_like(last):
            return False        # a page banner, its county and colon ('云阳县：基层治理有新招'): one line across
            # the page, never wrapped into the headline or caption under it (-raw's cut after the colon is
            # joined again by heading_cuts)
        if caption_apart(cur, line, ahead):
            return False        # a caption's line after a sentence's end, over the next story's heading
        if len(cur) == 1:
            # a paragraph's first line, or a heading: only a line that looks like running text
            # (with a comma, or as wide as an indented first line) runs on, and only into a line no
            # wider than a column; a deck, a byline or a heading with a space between phrases never
            first = last
            if _ends_sentence(first):
                # a sentence that filled the first line: the paragraph goes on if the next is full —
                # and ends a sentence where a brief's dateline opens the next paragraph: a full line
                # that ends none there is a headline ('牛角镇，改造后的老街。' / '燃气管道改造办到居民
                # 心坎上' / '本报讯（通讯员 邓亮）6')
                kind = _as_set(line)
                # (not a deck in figures under a heading line closed on its quoted term: '急救站守护“一老一小”' /
                # '52 个科室 18:00 至 21:00 开放' — neither has a mark of running text)
                return (_near(first, measure - 2) and (full(line) or mid_paragraph(line) or kind == INSIDE)
                        and kind != FIRST and not _starts_part(first)
                        and not (deck_in_figures(line) and not _body_like(first) and not _body_like(line))
                        and not (_DATELINE.match(after) and not _ends_sentence(line))
                        and not _over_first_line(line) and not _over_caption(first, line)
                        and not question_over_heading(first, line, after, measure, spread))
            if (not _body_like(first) and width(first) <= measure and all(not x.strip() or _starts_part(x) for x in out)
                    and any(width(x) > 1.5 * measure for x in [line] + ahead[:2])):
                return False    # the page's first heading line (only its credits above) over the page lead set
                # across the page ('让群众的日子越过越红火' / '今天，我们走进…'): the banner — the lead's first
                # line is as wide as its lines, an indent short
            if (not _ends_sentence(first) and (full(first) or _kicker_indented(first, line)) and _heading_like(line) and not full(line)
                    and not _cut_mid_sentence(line, after, measure)
                    and _over_heads_parts(after if not _TERM_ALONE.fullmatch(after) else (ahead[1:2] or [""])[0])):
                return False    # running text stops short only on a sentence's end: a line stopping short on
                # a word ('…放心饭”') over a photo's caption, deck or byline is a headline, the full line
                # over it its kicker ('中午 11 点，饭菜香飘满楼道' / '让老人吃上“放心饭”')
            if _cut_mid_sentence(first, line, measure):
                return True     # a paragraph's first line whose word or sentence the next line goes on with
            if _joins_on(first, line):
                return True     # no paragraph, nor a story, opens on a conjunction ('区人民医院新添了 CT 机' /
                # '和 DR 设备，老人在家门口'): the line goes on from the one above
            if (_squeezed(line) > measure + 1.2 or _starts_part(first) or width(first) > 2 * measure
                    or (_PHRASE_SPACE.search(first) and not _DATELINE.match(first))):
                # (a dateline's reporters in brackets have a space: '本报讯（记者 孙浩）10' / '月12日，…')
                return False
            if (width(first) > measure + 1.2 and _kicker_over_head([first, line], 0) and not _body_like(line)
                    and not re.search(r"[。！？!?]|[：:]“", first + line)):
                return False    # a line wider than a column ending no sentence, over a heading line: a
                # kicker with its pause's comma ('秋收时节，马鞍街道的田野里一片金黄' / '大棚蔬菜喜获丰收')
            if kicker_ends(cur, line, measure, full, after):
                return False    # a kicker's line put back from its pieces, stopping short on a word (intake.kickerlines)
            if _OPENS_SENTENCE.match(line) and not _body_like(first) and not first.endswith(_TAKES_TIME):
                return False    # running text does not go on into a new sentence without a mark: a
                # headline as wide as an indented line over its first ('…调解室更便捷' / '近日，…')
            if _heading_like(first) and _over_caption(first, line):
                return False    # a headline over its photo's caption, the story's first line under them: no
                # sentence of two column lines runs without a pause ('半程马拉松点燃运动激情' / '半程马拉松吸引了众多市民。')
            if (heading_wider(line, measure) or heads_over_wide_caption(first, line, after, measure)
                    or head_over_caption(first, line, after)):
                return False    # a heading line no column holds, or heading lines over their photo's caption (intake.headwidth)
            if figures_first_line(first, line, measure) and full(line):
                return True     # a first line with figures over a full line of running text (intake.headwidth)
            return _body_like(first) or ((_near(first, measure - 2) or _number_over(first, line)) and full(line))
        if not _ends_sentence(last):
            if kicker_ends(cur, line, measure, full, after):
                return False    # pieces cut after their marks, the last ending on a word: no column
                # lines but a kicker pdftotext -raw cut at its marks ('城北街道：' / '锣鼓一响，' /
                # '观众们就坐满了'), over a heading line (intake.kickerlines)
            return width(line) <= 2 * measure
        # a sentence ended at the line's end: the paragraph goes on only if the next line is full
        # (a new paragraph's first line is indented, so shorter)
        # (not the paragraph's first line here: only a full line goes on)
        if (_caption_like(line) and not _body_like(line) or caption_sentence(line)) and (
                not after or _heading_like(after) or _caption_like(after) or _credit(after)):
            return False        # a photo's caption as wide as the column ('城关小学的学生参加合唱团。'; its scene's comma
            # too: '农家书屋现场，观众纷纷拍照。'): one sentence, no comma but the scene's, a line to itself, over
            # the next heading, caption or credit
        if PLACE_LABEL.match(line) and not _ends_sentence(line):
            return False        # a place's label ('新华镇大桥社区：') opens a heading
        if not _ends_sentence(line) and _over_first_line(after, (ahead[1:2] or [""])[0], (ahead[2:3] or [""])[0]):
            return False        # a line going on into a heading line is no running text
            # ('沙坪镇三元村：美丽乡村建设' / '3393 亩荒地变身植树造林')
        if (not _ends_sentence(line) and not _body_like(line) and after.startswith("图为") and _caption_like(after)
                and len(ahead) > 1 and _opens_paragraph(ahead[1], ahead[2:3])):
            return False        # a line with no mark between a sentence's end and a caption opening on 图为
            # (running text never says it), over an indented first line: a headline over its photo's caption
            # ('1230 亩荒地变身护河志愿队' / '图为同心街道治理后的河道。')
        kind = _as_set(line)
        if kind is not None:
            return kind == INSIDE   # figures' widths are guesses: where compose would break it tells (intake.resetlines)
        whole = line_whole(cur, measure)       # (the column line the sentence ended on, from -raw's pieces)
        return ((_near(whole, measure) or _no_room(whole, line)) and (full(line) or closes_story(line) or mid_paragraph(line))
                # …unless its paragraph would have gone on on the same line (set again, intake.resetlines: asked last, it is dear)
                and (estimated(whole) or estimated(line[:3]) or breaks_after(whole, line, measure)))

    def _as_set(line: str) -> str | None:
        return line_as_set(line, after, ahead[1:2], measure)

    def mid_paragraph(line: str) -> bool:
        """A line wider than an indented first line holds, over a full line of running text: inside a
        paragraph, one short of full where a mark may not end or open a line ('环卫所在五里镇推行“河长' /
        '制”，每段河道都有专人负责') — no paragraph's first line, no headline (the story under a
        headline opens on an indented line, a byline or a dateline). Half a character's margin: a first
        line's marks may be squeezed, its figures' widths are estimates."""
        return (_squeezed(line) > measure - 2 + 0.5 and width(line) <= measure + 0.01
                and not _caption_like(line) and re.search(r"[，,、；;]", after) is not None and _full(after, measure)
                and not _starts_part(after) and not _DATELINE.match(after))

    def closes_story(line: str) -> bool:
        """A paragraph's last line, wider than an indented first line holds unless its marks are
        squeezed ('这样的夜巡队，谁不喜欢？'), over what is not the rest of a paragraph (the next heading,
        or a new paragraph's first line): a paragraph's end, not a paragraph of one line set by push-in."""
        return (_ends_sentence(line) and not _caption_like(line) and not _heading_like(line)
                and measure - 2 + 0.01 < width(line) <= measure + 0.01
                and (not after or _starts_part(after) or _caption_like(after) or _heading_like(after)
                     or not _near(after, measure)))

    for i, raw in enumerate(lines):
        line = raw.strip(" \t\u3000")
        if not line:
            blanks += 1
            continue
        after = next((l.strip(" \t\u3000") for l in lines[i + 1:] if l.strip()), "")
        ahead = [l.strip(" \t\u3000") for l in lines[i + 1:i + 10] if l.strip()][:4]
        if cur:
            # a line the copy indents (two full-width spaces: a PDF read with its characters' places)
            # opens a paragraph
            # (a photo's caption, narrower than a column, between blank lines: not the rest of a sentence)
            apart = blanks > 0 and set_apart(lines, i) and stands_as_caption(line)
            if not raw.startswith(_INDENT) and not apart and runs_on(line):
                if all(ch in _NO_LINE_START for ch in line):
                    cur[-1] += line      # a closing quote cut off its line ('…心里踏实。' / '”') ends that line
                else:
                    cur.append(line)
                blanks = 0
                continue
            out.append("".join(cur))
        out.extend([""] * blanks)
        blanks = 0
        cur = [line]
    if cur:
        out.append("".join(cur))
    out.extend([""] * blanks)
    return out


_PAUSE_CUT = "，、：；,:;"       # marks pdftotext -raw cuts a line after
# a kicker's label: a column's name and its colon (a headline's colon follows its place: 青石镇：)
# a sentence opening on its time or source and a comma ('近日，', '今年以来，', '6 月 20 日，', '据了解，')
# (unless the line before ends on the word its time belongs to: '截至' / '6 月 20 日，…')
_OPENS_SENTENCE = re.compile(r"^(?:近日|近年来|今年以来|截至目前|据了解|据介绍|"
                             r"(?:\d+\s*年\s*)?\d+\s*月\s*\d+\s*日)\s*[，,]")
# a line that opens with a sentence's last character or two and its stop ('见。街道创新推出…'): the rest of
# the line before, however short the extraction cut this one (no paragraph opens with such a sentence)
_SENTENCE_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,2}[。！？]")
# a brief's dateline, its reporters' bracket still open at the line's end
_OPEN_DATELINE = re.compile(r"^\s*(?:本报|新华社|中新社)\S{0,12}?(?:讯|电)[（(][^）)]*$")
# a sentence's end with more text after it in the line (running text, no heading)
_TERM_ALONE = re.compile(r"“[^“”]{1,12}”")     # a quoted term alone on its line, as -raw cuts it out of a headline
_SENTENCE_GOES_ON = re.compile(r"[。！？][”’]?[^\s”’]")
_TAKES_TIME = ("截至", "截止", "于", "在", "自", "至", "到", "从")
_TRIES = ("试", "企", "力", "意", "拼", "妄")    # 试图为…, 企图为…: 图为 inside running text
_LABELLED = re.compile(r"^[^：:，,。]{2,10}(?<![村镇乡区县市道\d])[：:](?!\d)[^，,。！？!?]*$")   # (17:30 is a time)


def unpdf(lines: list[str], measure: int | None = None, unsure: list | None = None,
          doubts: dict[str, float] | None = None, flows: bool = True, apart: set | None = None) -> list[str]:
    """The lines of copy taken out of a PDF, repaired; other copy is returned as it is.
    `measure`: the column width in characters when it is known (then the copy is taken to be from
    a PDF without looking). `unsure`: a list that gets the `pdfcolumns.Unsure` runs of lines whose
    column order is a guess. `doubts`: filled with the heading lines joined by a guess → its confidence.
    `flows`: the copy may be pdftotext's column flows in poppler's order (False: the lines come in
    reading order already, as pdfcopy reads a PDF). `apart`: see `pdfflows.flows_in_order`."""
    given = lines
    lines = [part for l in lines for part in l.split("\f")]
    if measure is None:
        measure = extracted_measure(lines)
        if measure is None:
            return list(given)
    lines = [c for l in lines for c in split_credits(l.rstrip("\r"))]
    lines = captions_apart(decks_apart(lines))
    lines, guessed = reading_order(lines, measure)
    from layout_app.intake.pdfpieces import in_column_flows, poppler_blocks
    in_flows = flows and in_column_flows(lines)     # (column lines whole, none cut after a mark)
    if flows:
        # pdftotext's default text of our PDFs: each column whole, the columns in poppler's order
        from layout_app.intake.pdfflows import flows_in_order
        lines = [_INDENT + l if apart and l in apart else l for l in flows_in_order(lines, measure, guessed, apart)]
    if unsure is not None:
        unsure.extend(guessed)
    closed = [_STRETCHED_GAP.sub("", close_up(l)) for l in lines]
    spread = frozenset(c.strip(" \t\u3000") for l, c in zip(lines, closed) if _letter_spaced(l))
    # (by text: a line the page has twice, stretched once and once not, says nothing)
    stretch = (frozenset(c.strip(" \t\u3000") for l, c in zip(lines, closed) if stretched_or_half(l))
               - frozenset(c.strip(" \t\u3000") for l, c in zip(lines, closed) if not stretched_or_half(l)))
    lines = closed
    from layout_app.intake.wrappedheads import join_wrapped_heads     # (it asks this module for its helpers)
    from layout_app.intake.quoteface import cut_face_halves, raw_pieces, same_face_halves, seen_whole, whole_lines

    whole = whole_lines(given, measure)
    lines = join_wrapped_heads(quote_tails(credits_to_captions(lines), measure, unsure), measure)
    lines = visual_lines(lines, measure, stubs=not in_flows)
    # which heading lines are one headline: headings decides (with the helpers here)
    from layout_app.intake.balanced import balanced_halves
    from layout_app.intake.headpairs import BY_NO_DECK
    from layout_app.intake.headings import (
        four_line_headings,
        heading_lines,
        wrapped_headlines,
    )
    lines = bylines_joined(join_column_lines(lines, measure, spread, stretch))
    # (seen whole before heading_cuts puts -raw's pieces of a heading line back together: '银杏社区开展' /
    # '“电商直播间”' was cut at its quote)
    uncut = seen_whole(lines)
    lines = heading_cuts(lines)
    cut = raw_pieces(given, measure)
    from layout_app.intake.briefheads import brief_headlines
    doubts = {} if doubts is None else doubts      # (what the heading steps guessed tells the later ones)
    lines = cut_face_halves(heading_lines(same_face_halves(lines, whole, doubts), measure, doubts), cut, uncut, doubts)
    under_kicker = frozenset(x for x, c in doubts.items() if c == BY_NO_DECK and " " in x)
    blocks = poppler_blocks(given) if in_flows else None       # (pdftotext's: a kicker's or deck's block is its own)
    lines = balanced_halves(wrapped_headlines(lines, uncut if cut else frozenset(), under_kicker, blocks), doubts)
    if whole or cut:        # text given line by line (not pdftotext's column flows)
        from layout_app.intake.taggedheads import between_kicker_and_deck
        lines = between_kicker_and_deck(brief_headlines(lines, uncut if cut else frozenset(), doubts), doubts)
    return kickers_back(parts_apart(captions_after_body(four_line_headings(lines, blocks))))


def unpdf_text(text: str, measure: int | None = None) -> str:
    """`unpdf` on a whole text (form feeds between pages become line breaks)."""
    return "\n".join(unpdf(text.split("\n"), measure))
