"""The desk numbers a story's photos in the order they are read (图①, 图②). A page that sets 图② over
图① or left of it misleads the reader: the live check and the caption review say which photo reads
first and which the desk numbered before it, whoever moved them (compose weighs the order but lets a
page that fills win over it)."""
from dataclasses import replace

from layout_app.preflight.captioncheck import caption_entries
from layout_app.preflight.checks import preflight
from tests.intake.composed import compose_copy

COPY = """城关镇：老街焕新颜

老街改造让居民住得更舒心
本报讯（记者　李明）今年以来，城关镇对老街进行改造，铺设石板路，整修沿街立面，居民出行更加方便。
改造期间，镇里多次召开居民议事会，听取意见建议，把居民关心的事一件件办好。
图①：改造后的城关老街。
图②：居民在老街上散步。
"""


def _page(tmp_path):
    code, report, doc = compose_copy(tmp_path, COPY, {"laojie.jpg": (4000, 3000), "sanbu.jpg": (4000, 3000)})
    assert code == 0 and report["photos_placed"] == 2
    shots = {doc.photo(f.photo).caption[:2]: f for f in doc.pages[0].frames if f.photo and f.part == "photo"}
    return doc, tmp_path, shots["图①"], shots["图②"]


def _order(doc, folder):
    return [f for f in preflight(doc, folder).warnings if f.code == "photo-order"]


def test_numbered_photos_set_in_order_draw_no_warning(tmp_path):
    doc, folder, one, two = _page(tmp_path)
    assert (one.line, one.col) < (two.line, two.col)         # as compose set them: ① read first
    assert _order(doc, folder) == []


def test_photo_two_moved_over_photo_one_is_said_on_the_page_and_in_the_caption_review(tmp_path):
    doc, folder, one, two = _page(tmp_path)
    swapped = {one.id: replace(one, col=two.col, line=two.line), two.id: replace(two, col=one.col, line=one.line)}
    caps = {f"{f.photo}-cap": f for f in (one, two)}
    moved = {**swapped, **{c: replace(next(f for f in doc.pages[0].frames if f.id == c),
                                      col=swapped[p.id].col, line=swapped[p.id].line + swapped[p.id].lines)
                           for c, p in caps.items()}}
    page = replace(doc.pages[0], frames=tuple(moved.get(f.id, f) for f in doc.pages[0].frames))
    doc = replace(doc, pages=(page,) + doc.pages[1:])
    (said,) = _order(doc, folder)
    assert said.message == ("photo sanbu.jpg (numbered 2) is read before photo laojie.jpg (numbered 1): "
                            "set laojie.jpg above it or to its left")
    assert said.where["photo"] == two.photo
    (entry,) = [e for e in caption_entries(doc, folder) if e.photo.id == two.photo]
    assert said.message in entry.warnings
