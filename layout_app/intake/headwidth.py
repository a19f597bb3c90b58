"""A heading line told from the paragraph's first line above it by what a column can hold and what
stands under a heading, for unpdf's join of column lines (pypdfium2's and pdftotext -raw's text).

A page editor knows the column's measure: running text is set in it, justified, its marks squeezed at
most to half an em, and never hangs past it (compose hangs no punctuation in body type). So:
- a line of Chinese only (its width exact) wider than the column even with its marks set half-width is
  no column line — a heading, a caption set under a photo wider than the column, a credit — and is not
  the rest of a paragraph's first line ('昔日垃圾成堆，如今鸟语花香' / '同心街道：旱厕改造“绿”了家园' /
  '“垃圾少了，我们扫起来…': the kicker with its comma as wide as the column, the headline wider);
- two lines ending no sentence with no mark of running text, over such a caption (one sentence, wider
  than the column), are heading lines, not a paragraph's first two lines: a paragraph's sentence goes on
  in column lines ('大桥街道：送文化下乡' / '镇文化站农家书屋走进 33 个村' / '大桥街道的市民观看农家书屋。');
- a line with no mark ending no sentence over one caption's sentence (`caption_sentence`: a scene and its
  comma allowed), over what stands under a heading only — a brief's dateline, a byline, a deck — is a
  headline over its photo's caption: no paragraph stands right over a dateline, which opens its story
  under the story's headline ('农家书屋“热”在基层' / '农家书屋现场，观众纷纷拍照。' / '本报讯（记者 …');
- and the other way: a line with figures (their widths only guessed) as wide as something between an
  indented first line and a full one, over a full line of running text (a mark of it, no sentence's
  end), is that paragraph's first line, not a headline — no heading stands over a full column line: the
  story under a heading opens on an indented line, a dateline or a byline ('人才跟着产业回来了。' /
  '32 岁的竹编艺人廖佳宁原本' / '在广州一家家具厂做质检 ，': a reviewer's round trip had made a story headed
  by that first line).
Only white space is decided here: the lines are joined or kept apart by unpdf."""
from __future__ import annotations

from layout_app.intake.kickerlines import _under_heading
from layout_app.intake.partsapart import _body_like, _caption_like, _heading_like, caption_sentence
from layout_app.intake.pdfcolumns import _ends_sentence, _squeezed, estimated, width
from layout_app.intake.repair import DATELINE


def no_column_line(line: str, measure: int) -> bool:
    """Chinese only and wider than the column with every mark set half-width: no column holds it."""
    line = line.strip()
    return bool(line) and not estimated(line) and _squeezed(line) > measure + 0.01


def heading_wider(line: str, measure: int) -> bool:
    """`line`, a heading line no column holds: not the rest of a paragraph's first line above it (nor
    of a kicker as wide as one)."""
    return not _ends_sentence(line) and _heading_like(line) and no_column_line(line, measure)


def heads_over_wide_caption(first: str, line: str, after: str, measure: int) -> bool:
    """`first` and `line`, two lines with no mark of running text ending no sentence, over `after`, a
    caption no column holds: heading lines (kicker and headline, or a headline's two lines)."""
    return (_heading_like(first) and _heading_like(line) and not _ends_sentence(first)
            and not _ends_sentence(line) and _caption_like(after) and no_column_line(after, measure))


def head_over_caption(first: str, line: str, after: str) -> bool:
    """`first`, a line with no mark ending no sentence, over `line`, one caption's sentence, over a
    brief's dateline, a byline or a deck: a headline over its photo's caption."""
    return (_heading_like(first) and not _ends_sentence(first)
            and (caption_sentence(line) or _caption_like(line)) and _under_heading(after.strip(), DATELINE))



def figures_first_line(first: str, line: str, measure: int) -> bool:
    """`first`, a line with figures between an indented first line's width and a full line's, over
    `line`, running text that goes on (unpdf asks that it fill the column): a paragraph's first line."""
    return (estimated(first) and not _ends_sentence(first) and measure - 2 < width(first) < measure
            and _body_like(line) and not _ends_sentence(line))
