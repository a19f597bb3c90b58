"""Draw a PageDisplay as a page's PDF operators (writer.PageContent). It never measures or breaks
text: every glyph goes where the engine put it."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from layout_app.geometry import Rect
from layout_app.layout.display import Box, Dot, GlyphRun, Group, ImagePlacement, PageDisplay, Rule
from layout_app.render.pdf.cidfonts import glyph_codes, resource_name, twin
from layout_app.render.pdf.marks import Sheet
from layout_app.render.pdf.writer import PageContent, _n
from layout_app.text.fonts import registry

# placement → the JPEG to embed (or None: draw the missing-photo placeholder)
ImageSource = Callable[[ImagePlacement], "tuple[str, Rect] | None"]


class PageDrawer:
    def __init__(self, out: PageContent, sheet: Sheet, images: ImageSource):
        self.out = out
        self.fonts = out.fonts
        self.sheet = sheet
        self.images = images
        self.x0 = sheet.margin
        self.top = sheet.margin + sheet.trim_h      # page y = 0 (trim top) in PDF coordinates

    def draw(self, page: PageDisplay) -> None:
        self._items(page.items)

    def _items(self, items) -> None:
        rules: list[Rule] = []
        for item in items:
            if isinstance(item, Rule):          # runs of rules become one path per stroke style
                rules.append(item)
                continue
            if rules:
                self._rules(rules)
                rules = []
            if isinstance(item, GlyphRun):
                self._run(item)
            elif isinstance(item, Group):
                self._items(item.items)
            elif isinstance(item, ImagePlacement):
                self._image(item)
            elif isinstance(item, Box):
                self._box(item)
            elif isinstance(item, Dot):
                self.out.circle(self.x0 + item.x, self.top - item.y, item.r, item.color)
        if rules:
            self._rules(rules)

    def _rules(self, rules: list[Rule]) -> None:
        self.out.append(_rule_ops(tuple(rules), self.x0, self.top))

    def _run(self, run: GlyphRun) -> None:
        if run.ys is not None:
            self._vertical_run(run)
            return
        ops, glyphs = _run_ops(run, self.x0, self.top)
        self.fonts.face(run.face).record(glyphs, run.text)
        self.out.append(ops)

    def _vertical_run(self, run: GlyphRun) -> None:
        """A vertical run: each glyph placed by its own Tm at the engine's (x, y), drawn by the
        glyph id the engine chose (the vertical form); ToUnicode still gives the character."""
        used = self.fonts.face(run.face)
        codes = used.codes(run.text, run.glyphs or None)
        ops = ["q BT", "%s %s %s %s k" % tuple(_n(v) for v in run.color), f"/{used.resource} {_n(run.size)} Tf"]
        for i in range(len(run.text)):
            turn = "0 -1 1 0" if run.turns and run.turns[i] else "1 0 0 1"     # turned: 90° clockwise
            ops.append(f"{turn} {_n(self.x0 + run.xs[i])} {_n(self.top - run.ys[i])} Tm <{codes[4 * i: 4 * i + 4]}> Tj")
        ops.append("ET Q")
        self.out.append(" ".join(ops))

    def _image(self, item: ImagePlacement) -> None:
        r = item.rect
        x, y = self.x0 + r.x, self.top - r.bottom
        prepared = self.images(item)
        if prepared is None:                # the missing-photo placeholder: a grey box, crossed
            self.out.rect(x, y, r.width, r.height, fill=(0, 0, 0, 0.1), stroke=(0, 0, 0, 0.6))
            self.out.lines([(x, y, x + r.width, y + r.height), (x, y + r.height, x + r.width, y)], (0, 0, 0, 0.6), 1.0)
            return
        path, v = prepared                  # the visible part and where it lands (all of the frame when filled)
        self.out.image(path, self.x0 + v.x, self.top - v.bottom, v.width, v.height)

    def _box(self, box: Box) -> None:
        r = box.rect
        self.out.rect(self.x0 + r.x, self.top - r.bottom, r.width, r.height, fill=box.fill, stroke=box.stroke,
                      width=box.stroke_width)


def _baseline(y: float) -> float:
    """`y` to the nearest eighth of a point (at most 0.02 mm off). Three decimals leave the
    distance between two baselines a hair over or under the body pitch as binary floats go; 9 pt type
    on a 13.5 pt pitch is exactly at pdftotext's limit for lines of one block (1.5 × the size), so a
    column's lines fell into blocks of a few lines at random and came out of order."""
    return round(y * 8) / 8


@lru_cache(maxsize=16384)
def _run_ops(run: GlyphRun, x0: float, top: float) -> tuple[str, tuple[int, ...]]:
    """A run's operators and glyphs: one Tm for the run, then a TJ array whose numbers put every
    glyph exactly at its x — compact, and nothing is measured here (the advances are the engine's).
    A run that ends its line ends with its mark's half-width twin, if it has one (see cidfonts).
    Kept for the process: exporting again from the running editor redraws only changed runs."""
    glyphs, codes = glyph_codes(run.face, run.text)
    half = twin(run.face, run.text[-1]) if run.ends_line and run.text else None
    if half is not None:
        glyphs = glyphs[:-1] + (half,)
        codes = codes[:-4] + f"{half:04X}"
    advance = registry().face(run.face).advance
    size = run.size
    hs = run.hscale
    xs = run.xs
    ops = ["q BT", _fill(run.color)]
    if hs != 1.0:
        ops.append(f"{_n(hs * 100)} Tz")
    # the baseline on an eighth of a point (a binary fraction, exact in any reader): lines a body
    # pitch apart are exactly that apart, as the engine set them (see _baseline)
    ops.append(f"1 0 0 1 {_n(x0 + xs[0])} {_n(_baseline(top - run.y))} Tm /{resource_name(run.face)} {_n(size)} Tf")
    scale = 1000.0 / (size * hs)
    pen = x0 + xs[0]
    items = []
    dget = dict.get                     # the engine looked every character up already: plain dict reads
    step = size * hs
    start = 0                           # the first glyph of the stretch that follows on without a gap
    for i, ch in enumerate(run.text):
        target = x0 + xs[i]
        gap = target - pen
        if gap > 0.0005 or gap < -0.0005:
            if i > start:
                items.append("<" + codes[4 * start: 4 * i] + ">")
                start = i
            items.append(_n(-gap * scale))
        a = dget(advance, ch)
        pen = target + (a if a is not None else advance.get(ch, 1.0)) * step
    items.append("<" + codes[4 * start:] + ">")
    ops.append("[%s] TJ ET Q" % " ".join(items))
    return " ".join(ops), glyphs


@lru_cache(maxsize=1024)
def _rule_ops(rules: tuple[Rule, ...], x0: float, top: float) -> str:
    """Straight segments in page pt; consecutive ones of one colour, width and dash share a path
    (a 花边 is hundreds of segments). Butt caps, as the screen draws them. Kept for the process:
    an edition's pages share their furniture."""
    ops: list[str] = []
    style = None
    for r in rules:
        key = (r.color, r.width, r.dash)
        if key != style:
            if style is not None:
                ops.append("S")
            dash = " ".join(_n(d) for d in r.dash)
            ops.append("%s %s %s %s K %s w 0 J [%s] 0 d" % (*(_n(v) for v in r.color), _n(r.width), dash))
            style = key
        ops.append(f"{_n(x0 + r.x1)} {_n(top - r.y1)} m {_n(x0 + r.x2)} {_n(top - r.y2)} l")
    ops.append("S")
    return "q " + " ".join(ops) + " Q"


@lru_cache(maxsize=256)
def _fill(cmyk) -> str:
    return "%s %s %s %s k" % tuple(_n(v) for v in cmyk)
