"""A whole 副刊 page composed (review29): its masthead over the issue line, 编者按, an essay with its
author, a poem 外一首 in stanzas, a 书评 with the book's particulars, a 微小说, and its 书画 — a landscape
painting and a tall hanging scroll. Expectations written by hand from how a 副刊 is made up:
- 书画 is the section's label, printed over the works (a small section head), never in a caption;
- the works are a section of their own, hung together, each with its caption right under it — not
  pictures of the essay or the review hung there at a guess;
- a poem reads down one column with nothing standing empty beside it, and a column breaks a poem
  between stanzas, never inside one (a stanza longer than a column is the only exception)."""
import contextlib
import io
import json
from dataclasses import replace

import pytest
from PIL import Image

from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group
from tests.intake.test_supplement_page import MICRO_FICTION
from tests.intake.test_verse import LINES, POEM      # (the poem review28 wrote, in test_verse)
from tests.photos import with_xmp

P = "\u3000\u3000"
PAGE = f"""江南·副刊
第1287期　2026年12月2日　星期三

编者按：老城改造进入第三年，许多老屋已经拆去，许多老屋还在。本期刊发的散文写的是一扇窗，也是一代人的来处。

老屋的窗
王晓东

{P}老屋在平江路的一条支巷里，青砖，黛瓦，木格子窗。窗是朝北开的，冬天的风从河面上吹过来，先碰到窗，再碰到人。
{P}小时候我总趴在那扇窗前写作业。母亲在灶间烧饭，锅铲碰着铁锅，叮叮当当的，像是替我数着算术题的得数。
{P}去年秋天，街道的人来量房子，说老屋要修缮，窗要换成铝合金的。母亲没说什么，只是夜里把十二扇窗格一扇一扇擦干净，用旧报纸包好，放进了床底下。
{P}我问她留着做什么。她说，等修好了，再装回去。窗还是那扇窗，人也还是那些人。

{POEM}
书评
在纸上重建一座小城

{P}《河流的记忆》是李晓岚的第三部长篇小说。小说以江南小城“梅镇”为背景，写了一条河在七十年间的改道、淤塞与重生。
{P}读这部小说，最先打动我的是它的耐心。作者不急于讲故事，而是用了将近五十页的篇幅写梅镇的一个早晨。
{P}当然，小说也并非没有遗憾。但瑕不掩瑜，《河流的记忆》仍是近年来江南书写中难得的一部佳作。
{P}（《河流的记忆》，李晓岚著，人民文学出版社2026年9月出版，定价59.00元）

{MICRO_FICTION}
书画
《太湖春晓》（国画）　吴淞山
行书　苏轼《定风波》句　徐墨林
"""
STANZAS = [[]]
for _line in LINES:
    if _line in ("", "雪"):
        STANZAS.append([])
    else:
        STANZAS[-1].append(_line)
STANZAS = [s for s in STANZAS if s]      # 3, 4, 3, 3, 3 lines


def _compose(folder, template):
    (folder / "copy.txt").write_text(PAGE, encoding="utf-8")
    shots = folder / "photos"
    shots.mkdir()
    Image.new("RGB", (3000, 2000), (200, 190, 160)).save(shots / "太湖春晓.jpg", quality=60)
    # a hanging scroll, 1∶3.4; its file names the work and its maker as a photo desk writes them
    with_xmp(shots / "IMG_5120.jpg", "行书　苏轼《定风波》句", "徐墨林", "", width=700, height=2400)
    out = folder / "page.yaml"
    got = io.StringIO()
    args = ["compose", "--copy", str(folder / "copy.txt"), "--photos", str(shots), "-o", str(out), "--json"]
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(got):
        main(args + (["--template", template] if template else []))
    doc = load_document(out)
    return json.loads(got.getvalue()), doc, Composer(doc, folder).compose(doc.pages[0])


@pytest.fixture(scope="module", params=["duikai", "sikai"])
def page(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    return _compose(folder, None if request.param == "duikai" else "sikai")


def _text(group) -> str:
    return "".join(r.text for r in group.items if isinstance(r, GlyphRun))


def _covered(frames, col: int, line: int, but=()) -> bool:
    return any(f.col <= col < f.col + f.cols and f.line <= line < f.line + f.lines for f in frames if f not in but)


def test_the_label_heads_the_works_and_no_caption_says_it(page):
    _, doc, shown = page
    assert not any(p.caption.startswith("书画") for p in doc.photos)
    groups = {g.frame: g for g in shown.items if isinstance(g, Group)}
    assert not any("书画" in _text(g) for fid, g in groups.items() if fid.endswith("-cap"))
    frames = doc.pages[0].frames
    works = [f for f in frames if f.photo and f.part != "caption"]
    label = [f for f in frames if f.part == "heading" and f.id in groups and _text(groups[f.id]).strip() == "书画"]
    assert len(label) == 1 and len(works) == 2
    # over the works, across their columns
    (head,) = label
    assert all(head.line + head.lines <= w.line and head.col <= w.col and w.col + w.cols <= head.col + head.cols
               for w in works)


def test_the_works_hang_together_each_with_its_caption_under_it(page):
    report, doc, _ = page
    said = json.dumps(report, ensure_ascii=False)
    assert "at a guess" not in said
    stories = {p.story for p in doc.photos}
    assert len(stories) == 1
    (section,) = stories
    assert not doc.story(section).body                           # no essay's nor review's pictures
    frames = doc.pages[0].frames
    works = sorted((f for f in frames if f.photo and f.part != "caption"), key=lambda f: f.col)
    a, b = works
    # side by side, tops level, each caption right under its own work, as wide
    assert a.line == b.line and a.col + a.cols <= b.col
    shape = {"太湖春晓.jpg": 2000 / 3000, "IMG_5120.jpg": 2400 / 700}
    for w in works:
        # each frame the work's own shape to the line (shown whole: no white inside it over its caption)
        width = doc.grid.span_width(w.cols) * shape[doc.photo(w.photo).file.rsplit("/", 1)[-1]]
        assert abs(w.lines * doc.grid.leading - width) <= doc.grid.leading + 1e-6
        (cap,) = [f for f in frames if f.photo == w.photo and f.part == "caption"]
        assert (cap.line, cap.col, cap.cols) == (w.line + w.lines, w.col, w.cols)
    # no hole beside the scroll: the columns beside it in the section hold the painting and its
    # caption within a few lines of the scroll's foot
    scroll = max(works, key=lambda f: f.lines / f.cols)
    left, right = min(f.col for f in works), max(f.col + f.cols for f in works)
    empty = sum(1 for line in range(scroll.line, scroll.line + scroll.lines) for col in range(left, right)
                if not _covered(frames, col, line))
    assert empty <= 5 * (right - left - scroll.cols)


def test_no_column_stands_empty_beside_the_poem(page):
    report, doc, _ = page
    poem = next(s for s in doc.stories if s.headline == "运河边（外一首）")
    frames = doc.pages[0].frames
    (body,) = [f for f in frames if f.story == poem.id and f.part == "body"]
    assert body.cols == 1                                         # down one column
    (stack,) = [s for s in report["decisions"]["stacks"] if poem.id in s["stories"]]
    first, last = stack["columns"]
    empty = [(col + 1, line + 1) for line in range(body.line, body.line + body.lines)
             for col in range(first - 1, last) if not _covered(frames, col, line)]
    assert empty == []


def test_every_stanza_stands_in_one_column(page):
    _, doc, shown = page
    poem = next(s for s in doc.stories if s.headline == "运河边（外一首）")
    assert _stanza_columns(doc, shown, poem.id) == [1] * len(STANZAS)


def _stanza_columns(doc, shown, sid) -> list[int]:
    """How many columns each stanza's lines stand in, read off the composed page."""
    group = next(g for g in shown.items if isinstance(g, Group) and g.frame == f"{sid}-body")
    at: dict[str, set[int]] = {}
    for r in group.items:
        if isinstance(r, GlyphRun) and r.text.strip():
            at.setdefault(r.text.strip(), set()).add(doc.grid.cell_at(r.xs[0] + 0.1, r.y)[0])
    return [len(set().union(*(at[line] for line in stanza))) for stanza in STANZAS]


def test_a_column_breaks_the_poem_between_stanzas(tmp_path):
    # the poem's text in three columns of 12 lines: its byline and first two stanzas (1 + 3 + 1 + 4, a
    # blank line after) fill 10 lines of the first; the third stanza's 3 lines go to the next column
    # whole, not two lines at the first's foot and one at the next's top
    _, doc, _ = _compose(tmp_path, None)
    poem = next(s for s in doc.stories if s.headline == "运河边（外一首）")
    page = doc.pages[0]
    frames = [f for f in page.frames if not (f.story == poem.id and f.part == "body")]
    head = next(f for f in page.frames if f.story == poem.id and f.part == "heading")
    body = replace(next(f for f in page.frames if f.story == poem.id and f.part == "body"),
                   col=0, cols=3, line=head.line, lines=12)
    frames = [f for f in frames if f.id != head.id and not (f.col < 3 and f.line < head.line + 12 and f.line + f.lines > head.line)]
    page = replace(page, frames=tuple(frames) + (body,))
    doc = replace(doc, pages=(page,))
    shown = Composer(doc, tmp_path).compose(page)
    assert _stanza_columns(doc, shown, poem.id) == [1] * len(STANZAS)
    report = next(r for r in shown.reports if r.frame == body.id)
    assert not report.overset_lines
