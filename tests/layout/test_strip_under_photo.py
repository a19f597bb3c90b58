"""No 碎栏 under a photo set beside its text (review 7, page F): the lead's text ran down one column
beside its second photo and ended in 3 lines in each of the 3 columns under that photo's caption — a
strip, not a story's end. A page editor sets the photo across the stack under legs of text, or the text
all beside it, or deep enough under it. Expectations written by hand from the copy below."""
from pathlib import Path

from layout_app.cli import main
from layout_app.io.docfile import load_document
from tests.intake.test_front_page import MASTHEAD, STORIES, pair_photos

LEG_MIN = 5        # lines a leg: shallower legs across columns read as a strip (newspaper convention)
CAPTIONS = """
图①　6月17日，三源浦镇高产示范田里，联合收割机正在抢收小麦。
图②　安口镇粮食收购点，工作人员检测新麦水分。
本报记者　周明远　摄
"""


def _page_f(tmp_path) -> Path:
    lead, rest = STORIES.split("\n导　读")
    copy = tmp_path / "F.txt"
    copy.write_text(MASTHEAD + lead + CAPTIONS + "\n导　读" + rest, encoding="utf-8")
    photos = pair_photos(tmp_path)
    out = tmp_path / "F.yaml"
    assert main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--force",
                 "--template", "sikai"]) in (0, 1)
    return out


def test_no_strip_of_text_under_a_photo_beside_its_text(tmp_path):
    doc = load_document(_page_f(tmp_path))
    frames = doc.pages[0].frames
    captions = [f for f in frames if f.part == "caption"]
    assert len(captions) == 2                                  # both photos placed, each with its caption
    for cap in captions:
        under = [f for f in frames if f.part == "body" and f.cols >= 2 and cap.line + cap.lines <= f.line <= cap.line + cap.lines + 1
                 and f.col < cap.col + cap.cols and cap.col < f.col + f.cols]
        for f in under:
            assert f.lines >= LEG_MIN, (f.id, f.col, f.cols, f.line, f.lines, "under", cap.id)
    # the lead's text is all on the page, none of its columns a scrap: every body frame of the lead two
    # columns wide or more holds LEG_MIN lines a leg
    lead = next(s for s in doc.stories if s.headline == "全市112万亩小麦机收进度超九成")
    for f in frames:
        if f.story == lead.id and f.part == "body" and f.cols >= 2:
            assert f.lines >= LEG_MIN, (f.id, f.cols, f.lines)


def test_the_leads_headline_opens_the_front_page_beside_the_boxed_commentary(tmp_path, capsys):
    # review 9: the lead opened with its photo, to keep its headline from standing beside the commentary's;
    # the commentary is boxed (a 配评), and a box sets headings apart — the page's lead headline stood
    # half way down the front page under its photo for nothing
    doc = load_document(_page_f(tmp_path))
    said = capsys.readouterr()
    frames = doc.pages[0].frames
    lead = next(s for s in doc.stories if s.headline == "全市112万亩小麦机收进度超九成")
    comment = next(s for s in doc.stories if s.byline == "本报评论员")
    head = next(f for f in frames if f.story == lead.id and f.part == "heading")
    mine = [f for f in frames if f.photo and doc.photo(f.photo).story == lead.id and f.part != "caption"]
    assert head.line == 7 and len(mine) == 2 and all(f.line > head.line for f in mine)   # (line 8: under the rule)
    assert [b for b in doc.pages[0].boxes if b.id == f"sidebar-{comment.id}"]
    assert not [r for r in doc.pages[0].rules if r.id.startswith("apart-")]
    assert "碰题" not in said.out + said.err
