"""The page's credit line is whole at its 摄: a short line under it ('图片新闻', the label over a picture
story's heading) is no rest of it wrapped in its frame. Review26's round trip (pdftotext -raw, pypdfium2)
read '本版图片除署名外均由本报记者 孙明 摄图片新闻' as the credit line and the picture story's heading as
the page banner. Lines and expectations written by hand (a 13-character column)."""
from __future__ import annotations

from tests.intake.imported import bare as _bare
from tests.intake.imported import import_text as _import
from tests.intake.match_report import MATCH_REPORT

PAGE = """本版图片除署名外均由本报记者 孙明 摄
图片新闻
万名跑者奔跑在银杏大道
昨天上午，江州马拉松鸣枪开跑，来自国内外的两万五千名跑者从市民广场出发，沿滨江大道一路
奔跑，感受江城初冬的景色。
""" + MATCH_REPORT


def test_the_label_under_the_credit_line_heads_its_picture_story(tmp_path):
    page = _import(tmp_path, PAGE)
    assert [_bare(c) for c in page.credits] == ["本版图片除署名外均由本报记者孙明摄"]
    story = next(s for s in page.stories if s.headline == "万名跑者奔跑在银杏大道")
    assert story.kicker == "图片新闻"
    assert page.banner is None
