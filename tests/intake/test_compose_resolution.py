"""compose never sets a photo larger than its pixels print at the plant's floor of 200 ppi (print.md:
newsprint photos at 200–300 ppi; preflight stops a page under 200). A photo filling a frame w × h pt
prints at min(W / w, H / h) × 72 ppi for a file of W × H pixels, so the frame may be at most
W × 72 / 200 pt wide and H × 72 / 200 pt high — worked out here from the files' own pixel sizes.
Corpus page 10 is short of copy: with large files compose grows its photos to five columns (623.6 pt),
which phone-sized files (1440 × 1080, 1080 × 1440 pixels) do not fill. (Page 6 did too, until its
story of two photos over a scrap of text had its text set beside one of them, four columns wide.)"""
import re

from PIL import Image

from tests.intake.composed import compose_corpus_page

PHONE = [(2160, 1620), (1620, 2160)]      # written at two thirds: 1440 × 1080 and 1080 × 1440 pixels


def photo_frames(report, doc, folder):
    """Each photo frame compose reports, with its file's pixel size."""
    for d in report["decisions"]["stories"]:
        for ph in d.get("photos", []):
            with Image.open(folder / doc.photo(ph["photo"]).file) as im:
                yield ph, im.size


def test_phone_sized_photos_are_set_no_larger_than_they_print_at_200_ppi(tmp_path):
    code, report, doc, _ = compose_corpus_page(10, tmp_path, PHONE)
    frames = list(photo_frames(report, doc, tmp_path))
    assert len(frames) == 3                  # page 10: three photos, every one placed
    for ph, (w, h) in frames:
        assert (w, h) in ((1440, 1080), (1080, 1440))
        assert ph["width_pt"] <= w * 72 / 200 + 0.05, ph
        assert ph["height_pt"] <= h * 72 / 200 + 0.05, ph
    # no resolution error of compose's own making: the page is written with warnings only
    assert not report["preflight_errors"] and code == 0


def test_large_files_still_grow_as_wide_as_the_stack(tmp_path):
    # the control: the same page with the corpus's large files sets a photo five columns wide, wider
    # than a 1440-pixel file fills (518.4 pt) — the test above is not true by accident
    code, report, doc, _ = compose_corpus_page(10, tmp_path)
    assert max(ph["width_pt"] for ph, _ in photo_frames(report, doc, tmp_path)) > 1440 * 72 / 200
    assert not report["preflight_errors"] and code == 0


def test_columns_left_empty_beside_a_photo_its_pixels_keep_narrow_are_said_with_their_place(tmp_path):
    # page 6 is short of copy: its brief s4 (247 characters) cannot fill the place beside its two
    # phone photos, each narrower than the 5-column stack — the columns beside them stay empty, and
    # compose says which (a reviewer found ~110 empty column-lines the report did not name)
    code, report, doc, _ = compose_corpus_page(6, tmp_path, PHONE)
    frames = doc.pages[0].frames
    said = [w for w in report["warnings"] if "is set narrower than its stack" in w]
    assert said
    for w in said:
        m = re.match(r"photo (\S+) of story (\S+) is set narrower than its stack \(its pixels filling no more at "
                     r"200 ppi\) .* (?:column (\d+)|columns (\d+)–(\d+)), lines (\d+)–(\d+) stay empty", w)
        assert m, w
        pid, a, b, y0, y1 = m.group(1), int(m.group(3) or m.group(4)), int(m.group(3) or m.group(5)), \
            int(m.group(6)), int(m.group(7))
        photo = next(f for f in frames if f.id == f"{pid}-photo")
        assert a == photo.col + photo.cols + 1 and y0 == photo.line + 1
        # nothing stands there: no frame of the page crosses those columns and lines
        assert not [f.id for f in frames if f.col < b and a - 1 < f.col + f.cols and f.line < y1 and y0 - 1 < f.line + f.lines]
