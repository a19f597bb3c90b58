"""A quoted term pdftotext -raw cut out of a headline's line, alone on its line over the rest of that
headline (a heading line with the writer's space), is the headline's opening — not the rest of the line
above, though that line (a kicker with its place, colon and quote) reads like someone's words. Text
written by hand as -raw gives it; the expected parts written by hand."""
from __future__ import annotations

from layout_app.intake.importer import import_copy
from tests.intake.test_quote_face import BODY2, RAW_BODY


def test_a_quoted_term_alone_over_a_spaced_heading_line_opens_the_headline(tmp_path):
    lines = (["助餐点开到家门口"] + BODY2
             + ["湖滨镇:", "“双减”落地见实效", "“双减”", "之下 书法课堂有声有色", "——记班主任汪丽娟"] + RAW_BODY)
    f = tmp_path / "page.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page, _ = import_copy(f)
    story = page.stories[1]
    assert (story.kicker or "").replace(":", "：") == "湖滨镇：“双减”落地见实效"
    assert story.headline == "“双减”之下 书法课堂有声有色"
    assert story.deck == "——记班主任汪丽娟"
