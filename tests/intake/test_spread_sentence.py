"""A paragraph's first sentence that fills its first line, letter-spaced in the text: justification spread
it ('人 才 跟 着 产 业 回 来 了 。' — the number under it did not fit), and a paragraph's last line is never
justified, so the paragraph goes on into the column line under it. Review25's round trip had made that
sentence a caption with no story (pdftotext -raw and pypdfium2 both). Lines and expectations written by
hand (a 13-character column)."""
from __future__ import annotations

from tests.intake.imported import bare as _bare
from tests.intake.imported import import_text as _import

PAGE = """竹乡人才回流记
本报记者 林晓峰
链条延长了，竹农的腰包
也鼓了起来。青禾推行企业加合
作社加农户的模式，企业与竹农
签订保底收购协议，竹农每亩竹
林的年收入提高了近一倍左右。
人 才 跟 着 产 业 回 来 了 。
32 岁的竹编艺人廖佳宁原本
在广州一家家具厂做质检，回
到石门镇开了竹编工作室，带
着村里的留守妇女编竹篮、竹
灯罩。
金融活水也正在向竹林流
动。县农商银行推出竹林贷，
竹农可用竹林经营权作抵押。
"""

P1 = "链条延长了，竹农的腰包也鼓了起来。青禾推行企业加合作社加农户的模式，企业与竹农签订保底收购协议，竹农每亩竹林的年收入提高了近一倍左右。"
P2 = "人才跟着产业回来了。32岁的竹编艺人廖佳宁原本在广州一家家具厂做质检，回到石门镇开了竹编工作室，带着村里的留守妇女编竹篮、竹灯罩。"


def test_a_spread_first_line_ending_a_sentence_goes_on(tmp_path):
    page = _import(tmp_path, PAGE)
    story = next(s for s in page.stories if s.headline == "竹乡人才回流记")
    assert [_bare(p) for p in story.paragraphs[:2]] == [P1, P2]
    assert not any("人才跟着产业回来了" in _bare(c.text) for c in page.captions)


def test_a_spread_line_over_a_heading_stays_apart(tmp_path):
    # the spread line's sentence ends over a short heading line and its byline: no running text under it
    text = PAGE.replace("32 岁的竹编艺人廖佳宁原本\n", "新区三年建成十五所学校\n本报记者 王晓东\n三十二岁的竹编艺人廖佳宁原本\n")
    page = _import(tmp_path, text)
    assert "新区三年建成十五所学校" in [s.headline for s in page.stories]
