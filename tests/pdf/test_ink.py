"""Total ink on the printed page, measured by Ghostscript as the plant's RIP separates it."""
import shutil
import subprocess

import pikepdf
import pytest
from PIL import Image, ImageChops, ImageMath

from layout_app.geometry import Rect
from layout_app.imaging.printready import prepare
from layout_app.layout.display import ImagePlacement
from tests.pdf.content import separations

NEWSPRINT_TAC = 240          # % : SNAP / ANSI CGATS TR 002 coldset newsprint, total area coverage
LIMIT = round(NEWSPRINT_TAC * 2.55)   # the same in plate units (255 = 100 %)
DPI = 50


def need_gs():
    if shutil.which("gs") is None:
        pytest.fail("Ghostscript (gs) is missing: the ink test needs it (Debian package ghostscript)")


def ink_percent(plates) -> Image.Image:
    """C+M+Y+K per pixel in %·2.55 (255 = 100 %), from plates where 255 means no ink."""
    c, m, y, k = (ImageChops.invert(plates[n]) for n in ("Cyan", "Magenta", "Yellow", "Black"))
    return ImageMath.lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"], c=c, m=m, y=y, k=k)


def test_page_averages_from_inkcov(demo_pdf):
    need_gs()
    out = subprocess.run(["gs", "-q", "-dSAFER", "-o", "-", "-sDEVICE=inkcov", str(demo_pdf.pdf)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    c, m, y, k = (float(v) for v in out.stdout.split()[:4])
    assert 0 < c + m + y + k < NEWSPRINT_TAC / 100
    assert k > max(c, m, y)                         # a newspaper page: mostly black type


def test_no_spot_on_the_page_exceeds_the_newsprint_limit(demo_pdf, tmp_path):
    need_gs()
    plates = separations(demo_pdf.pdf, tmp_path, DPI)
    with pikepdf.open(demo_pdf.pdf) as pdf:
        page = pdf.pages[0]
        bx0, by0, bx1, by1 = (float(v) for v in page.BleedBox)
        height = float(page.MediaBox[3])
    s = DPI / 72
    # inside the bleed only: the crop marks outside are registration colour (all four inks) by design
    box = (round(bx0 * s) + 1, round((height - by1) * s) + 1, round(bx1 * s) - 1, round((height - by0) * s) - 1)
    total = ink_percent({n: p.crop(box) for n, p in plates.items()})
    low, high = total.getextrema()
    assert high <= LIMIT, f"{high / 2.55:.1f} % total ink somewhere on the page"
    assert high / 2.55 > 150                        # the photos' shadows were measured, not a blank
    # and the marks are there to be excluded: registration colour outside the bleed
    assert ink_percent(plates).getextrema()[1] / 2.55 > 390


def test_the_darkest_photo_stays_within_the_limit_as_stored(tmp_path):
    """Pure black and saturated darks in sRGB: the newsprint profile alone gives ~250 %; the stored
    JPEG, decoded as the plant decodes it, stays within 240 % and black stays full black."""
    im = Image.new("RGB", (600, 400), (0, 0, 0))
    for x in range(0, 600, 40):                     # sharp dark-on-dark edges: JPEG's worst case
        im.paste((60, 0, 40) if x % 80 else (0, 20, 60), (x, 0, x + 20, 400))
    src = tmp_path / "dark.png"
    im.save(src)
    placed = prepare(ImagePlacement(Rect(0, 0, 172.8, 115.2), "p", str(src)), 250, cache=tmp_path / "c")
    with Image.open(placed.path) as out:
        assert out.mode == "CMYK"
        c, m, y, k = out.split()
        total = ImageMath.lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"], c=c, m=m, y=y, k=k)
        assert total.getextrema()[1] <= LIMIT, f"{total.getextrema()[1] / 2.55:.1f} %"
        assert total.getextrema()[1] / 2.55 > 200   # still a rich black, not washed out
        assert k.getextrema()[1] >= 250
