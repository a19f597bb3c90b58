"""Review 30 finding 13, checked as a chief editor reads the proof: a picture story's (图片新闻) text under
or beside its panorama runs in legs of body measure (one basic column each), 3 lines deep or more, no
leg a widow of a line or two, and its credit (本报记者 王五 摄) stands after the text, never over it; the
text is the photo's caption, for preflight too — also where the desk left the 图片新闻 label off.
Read off the composed page (the glyphs' baselines and x), expectations written by hand."""
from pathlib import Path

import pytest

from layout_app.intake.compose import compose
from layout_app.io.docfile import save_document
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group
from layout_app.preflight.checks import preflight
from tests.intake.test_compose_sports import COPY
from tests.photos import with_iptc, with_xmp, write_jpeg

GOAL = "11月29日晚，海港队前锋王磊（右）在比赛中射门得分。"
UNLABELLED = COPY.replace("图片新闻\n\n冬泳爱好者迎寒而上", "冬泳爱好者迎寒而上")
# about 13 lines of a column: 4 legs of 4 would leave a widow leg of one line (4, 4, 4, 1)
LONGER = COPY.replace("切忌空腹下水和酒后下水。", "切忌空腹下水和酒后下水。协会每周组织两次集体冬泳，并安排救生员在岸边值守，确保安全。")


FULL = Path(__file__).parent / "samples" / "review30-sports-full.txt"     # the reviewer's full page (review 30)


def _desk(tmp, copy_text):
    photos = tmp / "photos"
    photos.mkdir()
    write_jpeg(photos / "DSC_0093.jpg", 6000, 4000)               # no caption anywhere
    with_xmp(photos / "DSC_4412.jpg", GOAL, "张三", "本报记者", 6000, 4000)
    with_xmp(photos / "DSC_4587.jpg", "第89分钟，王磊（中）打入锁定胜局的进球后与队友庆祝。", "张三", "本报记者", 6000, 4000)
    with_iptc(photos / "IMG_0718.jpg", "林小雨在市体育运动学校游泳馆训练。", "本报记者 李四", width=4000, height=6000)
    write_jpeg(photos / "冬泳爱好者迎寒而上.jpg", 12000, 3000)
    write_jpeg(photos / "海港队球迷.jpg", 6000, 4000)
    copy = tmp / "copy.txt"
    copy.write_text(copy_text, encoding="utf-8")
    return copy, photos


@pytest.fixture(scope="module", params=[("duikai", COPY), ("sikai", COPY), ("duikai", UNLABELLED), ("sikai", UNLABELLED),
                                        ("duikai", LONGER), ("sikai", LONGER), ("duikai", FULL), ("sikai", FULL)],
                ids=["duikai", "sikai", "duikai-unlabelled", "sikai-unlabelled", "duikai-longer", "sikai-longer",
                     "duikai-full", "sikai-full"])
def page(request, tmp_path_factory):
    template, text = request.param
    tmp = tmp_path_factory.mktemp("legs")
    copy, photos = _desk(tmp, text if text is not FULL else FULL.read_text(encoding="utf-8"))
    out = tmp / "page.yaml"
    result = compose(template, [copy], [photos], out)
    save_document(result.document, out)
    doc = result.document
    return result, doc, out, Composer(doc, out.parent).compose(doc.pages[0])


def _band(doc):
    pano = next(p for p in doc.photos if p.file.endswith("冬泳爱好者迎寒而上.jpg"))
    frames = {f.id: f for f in doc.pages[0].frames}
    return pano, frames[f"{pano.id}-photo"], frames[f"{pano.story}-body"], frames.get(f"{pano.id}-cap")


def _lines(display, frame_id, grid):
    """(baseline, left x, right x, text) of each line set in the frame, a leg's line apart from its
    neighbour leg's on the same baseline (by the basic column it starts in), read off the page."""
    group = next(g for g in display.items if isinstance(g, Group) and g.frame == frame_id)
    out: dict[tuple[float, int], list] = {}
    for r in group.items:
        if isinstance(r, GlyphRun) and r.text.strip() and r.xs:
            col = max(c for c in range(grid.columns) if grid.column_x(c) <= min(r.xs) + 1.0)
            out.setdefault((round(r.y, 1), col), []).append(r)
    return [(y, min(min(r.xs) for r in rs), max(max(r.xs) + r.size for r in rs), "".join(r.text for r in rs))
            for (y, _), rs in sorted(out.items(), key=lambda kv: (kv[0][1], kv[0][0]))]


def _legs(doc, display, body):
    """Lines of each leg of the body frame, left to right."""
    grid = doc.grid
    per: dict[int, int] = {}
    for _, left, right, _ in _lines(display, body.id, grid):
        col = max(c for c in range(grid.columns) if grid.column_x(c) <= left + 1.0)
        # a line of body measure: within its basic column (a stop hung past its end), not across the gutter
        assert right <= grid.column_x(col) + grid.column_width + grid.body_size, (col, left, right)
        per[col] = per.get(col, 0) + 1
    return [per[c] for c in sorted(per)]


def test_the_text_runs_in_legs_of_body_measure_three_lines_deep_no_widow(page):
    result, doc, _, display = page
    pano, photo, body, _ = _band(doc)
    legs = _legs(doc, display, body)
    # 100-odd characters: legs, not one long line — or one leg where one basic column is all the text has
    # beside a panorama set narrower (四开 with the running head: 5 columns of photo, 1 of text)
    assert len(legs) >= 2 or body.cols == 1, (legs, body.cols)
    assert min(legs) >= 3 or (legs[-1] >= 2 and min(legs[:-1]) >= 3), legs
    assert legs[-1] >= legs[0] - 2, legs                          # no widow leg: 3, 3, 1 is one
    assert all(a >= b for a, b in zip(legs, legs[1:])), legs      # even legs, the last the shortest
    # and the whole text is on the page
    text = "".join(t for _, _, _, t in _lines(display, body.id, doc.grid))
    story = doc.story(pano.story)
    assert text.replace("　", "") == "".join(story.body).replace("　", "")


def test_the_credit_follows_the_text_never_over_it(page):
    result, doc, _, display = page
    pano, photo, body, cap = _band(doc)
    assert pano.credit.replace("　", " ") == "本报记者 王五 摄"
    credit = _lines(display, cap.id, doc.grid)
    text = _lines(display, body.id, doc.grid)
    assert [t for _, _, _, t in credit] == [pano.credit] or "".join(t for *_, t in credit).replace(" ", "") == "本报记者王五摄"
    if body.line >= photo.line + photo.lines:           # the text under the photo: the credit after its last line
        # on the text's last line (its smaller type's baseline a little higher), right of its legs — or under them
        assert credit[0][0] >= text[-1][0] - doc.grid.leading / 2
        assert credit[0][0] > text[-1][0] + doc.grid.leading / 2 or credit[0][1] > max(r for _, _, r, _ in text)
    else:                                               # the text beside the photo: the credit under the photo
        assert cap.line >= photo.line + photo.lines and credit[0][0] > text[0][0]


def test_the_text_is_the_photos_caption_for_preflight(page):
    result, doc, out, _ = page
    pano = _band(doc)[0]
    assert doc.story(pano.story).rank == "picture"
    found = preflight(doc, out.parent)
    assert not [f for f in found.warnings if f.code in ("photo-no-caption", "photo-unlabelled", "caption-apart")
                and f.where.get("photo") == pano.id]


def test_a_news_story_with_a_byline_is_no_picture_story_at_a_guess(tmp_path):
    """A story under its reporter's byline, its photo's credit under it and the photo named by its
    headline: a news story with its photo, not a 图片新闻 whose label the desk left off."""
    copy, photos = _desk(tmp_path, UNLABELLED.replace("冬泳爱好者迎寒而上\n\n12月1日", "冬泳爱好者迎寒而上\n\n本报记者 王五\n\n12月1日"))
    doc = compose("duikai", [copy], [photos], tmp_path / "page.yaml").document
    story = next(s for s in doc.stories if s.headline == "冬泳爱好者迎寒而上")
    assert story.byline and story.rank != "picture"
