"""pdftotext's default text of our PDFs (ranked headline styles): a story's first column under its deck
in its flow, though its first line is spread by justification. Columns written out by hand, 13
characters a line (a paragraph's first line indented two: 11); what a newspaper reader sees."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.pdfflows import _pieces
from layout_app.intake.pdfpieces import STORY

# a page's worth of running text (what the page says)
STOCK = ["近日，白沙镇推出“APP 预约平台”，受到居民普遍欢迎。",
         "医生曾春燕介绍，APP 预约平台自 1 月 13 日启用以来，已累计接待群众。",
         "负责人介绍，充电桩自 12 月 10 日启用以来，居民点赞。"] * 40


# --- a story's first column under its deck, its first line spread by justification ---

def test_a_column_under_a_deck_in_its_flow_opens_its_story_though_its_first_line_is_spread():
    # '医 生 曾 春 燕 介 绍 ， APP': an indented first line, spread by justification to its indented
    # measure (its figures' and Latin's widths a guess: it may be a full line too) — under the story's
    # deck in one flow: the story's first column, never another story's column going on
    lines = ["“APP 预约平台”焕新颜", "——记医生曾春燕", "医 生 曾 春 燕 介 绍 ， APP", "预约平台自 1 月 13 日启用以",
             "来，已累计接待群众 1266 户。", ""]
    pieces = _pieces(lines, 13, _Seams([l for l in STOCK + lines if l]))
    first = next(p for p in pieces if p.kind == BODY)
    assert first.lines[0] == "医 生 曾 春 燕 介 绍 ， APP"
    assert first.start == STORY
    # … not under a headline line alone (it may be set over two stories' columns): the line's own
    # names say
    pieces = _pieces(["“APP 预约平台”焕新颜"] + lines[2:], 13, _Seams([l for l in STOCK + lines if l]))
    assert next(p for p in pieces if p.kind == BODY).start != STORY
