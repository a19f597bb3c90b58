"""Total ink on newsprint: at most 240 % (SNAP / CGATS TR 002). The newsprint profile was built for
260 % and its darkest separations reach ~250 %, and JPEG's rounding adds up to ~15 % more at sharp
dark edges; so photos are held to the limit as the plant will measure them, in the stored JPEG."""
from __future__ import annotations

import io

from PIL import Image, ImageFilter, ImageMath

INK_LIMIT = 240.0          # % total area coverage
START = 238.0              # the first pass aims a little under: most photos need no second one
PASSES = 8                 # encode, measure, tighten where over: 1 pass for most photos, 3 at worst seen


def total_ink(cmyk: Image.Image) -> Image.Image:
    """C+M+Y+K per pixel, 0…1020 (255 = 100 %), as an "I" image."""
    c, m, y, k = cmyk.split()
    return ImageMath.lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"], c=c, m=m, y=y, k=k)


def limit_ink(cmyk: Image.Image, cap: float | Image.Image) -> Image.Image:
    """C+M+Y+K at most `cap` (0…1020, a number or an "F" image per pixel): where a pixel is over,
    first trade equal parts of C, M and Y for black (under-colour removal: the tone stays), then
    scale C, M and Y down for what is still over."""
    c, m, y, k = (band.convert("F") for band in cmyk.split())

    def removed(a):
        excess = a["max"](a["c"] + a["m"] + a["y"] + a["k"] - a["cap"], 0.0)
        grey = a["min"](a["min"](a["c"], a["m"]), a["y"])
        return a["min"](a["min"](excess / 2.0, grey), 255.0 - a["k"])

    ucr = ImageMath.lambda_eval(removed, c=c, m=m, y=y, k=k, cap=cap)
    c, m, y = (ImageMath.lambda_eval(lambda a: a["v"] - a["u"], v=v, u=ucr) for v in (c, m, y))
    k = ImageMath.lambda_eval(lambda a: a["k"] + a["u"], k=k, u=ucr)

    def factor(a):
        cmy = a["c"] + a["m"] + a["y"]
        over = a["max"](cmy + a["k"] - a["cap"], 0.0)
        return a["max"](cmy - over, 0.0) / a["max"](cmy, 1.0)

    f = ImageMath.lambda_eval(factor, c=c, m=m, y=y, k=k, cap=cap)
    bands = [ImageMath.lambda_eval(lambda a: a["v"] * a["f"], v=v, f=f) for v in (c, m, y)] + [k]
    return Image.merge("CMYK", [b.convert("L") for b in bands])


def cmyk_jpeg(cmyk: Image.Image, quality: int, limit: float = INK_LIMIT) -> bytes:
    """The photo as a JPEG whose decoded pixels stay within `limit` % total ink: limit, encode,
    decode, and tighten the cap around each pixel JPEG pushed over (its 8×8 block's neighbours
    too), until none is."""
    full = limit * 2.55
    cap: float | Image.Image = min(START, limit) * 2.55
    data = b""
    for _ in range(PASSES):
        buf = io.BytesIO()
        limit_ink(cmyk, cap).save(buf, "JPEG", quality=quality, optimize=True)
        data = buf.getvalue()
        with Image.open(io.BytesIO(data)) as decoded:
            over = total_ink(decoded)
        over = ImageMath.lambda_eval(lambda a: a["max"](a["t"] - a["full"], 0), t=over, full=int(full))
        if over.getextrema()[1] <= 0:
            break
        spread = over.convert("L").filter(ImageFilter.MaxFilter(3))
        base = Image.new("F", cmyk.size, cap) if isinstance(cap, float) else cap
        cap = ImageMath.lambda_eval(lambda a: a["cap"] - 4.0 * a["s"] - 8.0, cap=base, s=spread)
    return data
