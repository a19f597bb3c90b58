"""The PDF file, built with pikepdf and saved once: pages whose content streams the drawer writes,
photos as their JPEG bytes (DCTDecode: never decoded on the way in), the fonts of a `FontSet`.

reportlab used to write the file and pikepdf to rewrite it; every operator was ours already, so
one writer does it (no second parse, no reportlab import at start-up).
"""
from __future__ import annotations

import math

import pikepdf
from PIL import Image

from layout_app.render.pdf.cidfonts import FontSet

_JPEG_SPACES = {"CMYK": "/DeviceCMYK", "RGB": "/DeviceRGB", "L": "/DeviceGray"}
_KAPPA = 4 * (math.sqrt(2) - 1) / 3        # a quarter circle as one Bézier curve


class PageContent:
    """One page's operators and the images they name."""

    def __init__(self, writer: "PdfWriter", media: tuple[float, float]):
        self.writer = writer
        self.media = media
        self.ops: list[str] = []
        self.images: dict[str, pikepdf.Object] = {}

    @property
    def fonts(self) -> FontSet:
        return self.writer.fonts

    def append(self, op: str) -> None:
        self.ops.append(op)

    def image(self, path: str, x: float, y: float, w: float, h: float) -> None:
        """The JPEG at `path` drawn into the rectangle (x, y, w, h), PDF coordinates."""
        xobject = self.writer.jpeg(path)
        name = "Im%d" % xobject.objgen[0]
        self.images[name] = xobject
        self.ops.append(f"q {_n(w)} 0 0 {_n(h)} {_n(x)} {_n(y)} cm /{name} Do Q")

    def circle(self, x: float, y: float, r: float, cmyk) -> None:
        k = _KAPPA * r
        self.ops.append(
            "q %s %s %s %s k " % tuple(_n(v) for v in cmyk)
            + f"{_n(x + r)} {_n(y)} m "
            + f"{_n(x + r)} {_n(y + k)} {_n(x + k)} {_n(y + r)} {_n(x)} {_n(y + r)} c "
            + f"{_n(x - k)} {_n(y + r)} {_n(x - r)} {_n(y + k)} {_n(x - r)} {_n(y)} c "
            + f"{_n(x - r)} {_n(y - k)} {_n(x - k)} {_n(y - r)} {_n(x)} {_n(y - r)} c "
            + f"{_n(x + k)} {_n(y - r)} {_n(x + r)} {_n(y - k)} {_n(x + r)} {_n(y)} c f Q")

    def rect(self, x: float, y: float, w: float, h: float, fill=None, stroke=None, width: float = 1.0) -> None:
        ops = ["q"]
        if fill:
            ops.append("%s %s %s %s k" % tuple(_n(v) for v in fill))
        if stroke:
            ops.append("%s %s %s %s K %s w" % (*(_n(v) for v in stroke), _n(width)))
        paint = "B" if fill and stroke else "f" if fill else "S" if stroke else "n"
        ops.append(f"{_n(x)} {_n(y)} {_n(w)} {_n(h)} re {paint} Q")
        self.ops.append(" ".join(ops))

    def lines(self, segments, cmyk, width: float) -> None:
        """Straight strokes ((x1, y1, x2, y2), …) in one colour and width, butt caps."""
        path = " ".join(f"{_n(a)} {_n(b)} m {_n(c)} {_n(d)} l" for a, b, c, d in segments)
        self.ops.append("q %s %s %s %s K %s w 0 J [] 0 d " % (*(_n(v) for v in cmyk), _n(width)) + path + " S Q")


class PdfWriter:
    """The pages of one PDF file, its photos (one XObject per file) and its fonts."""

    def __init__(self):
        self.pdf = pikepdf.new()
        self.fonts = FontSet()
        self._font_dict = self.pdf.make_indirect(pikepdf.Dictionary())
        self._jpegs: dict[str, pikepdf.Object] = {}

    def page(self, media: tuple[float, float]) -> PageContent:
        return PageContent(self, media)

    def jpeg(self, path: str) -> pikepdf.Object:
        """An image XObject holding the file's bytes as they are (DCTDecode)."""
        xobject = self._jpegs.get(path)
        if xobject is None:
            with Image.open(path) as im:          # the header only: size and colour space
                (width, height), mode = im.size, im.mode
            with open(path, "rb") as fh:
                data = fh.read()
            xobject = pikepdf.Stream(self.pdf, data)
            xobject.Type = pikepdf.Name.XObject
            xobject.Subtype = pikepdf.Name.Image
            xobject.Width, xobject.Height, xobject.BitsPerComponent = width, height, 8
            xobject.ColorSpace = pikepdf.Name(_JPEG_SPACES[mode])
            xobject.Filter = pikepdf.Name.DCTDecode
            if mode == "CMYK":                        # Adobe CMYK JPEGs (as Pillow writes them) are inverted
                xobject.Decode = pikepdf.Array([1, 0] * 4)
            xobject = self._jpegs[path] = self.pdf.make_indirect(xobject)
        return xobject

    def add(self, content: PageContent) -> None:
        w, h = content.media
        stream = pikepdf.Stream(self.pdf, "\n".join(content.ops).encode("ascii"))   # compressed on save
        resources = pikepdf.Dictionary(Font=self._font_dict, ProcSet=pikepdf.Array(
            [pikepdf.Name.PDF, pikepdf.Name.Text, pikepdf.Name.ImageB, pikepdf.Name.ImageC]))
        if content.images:
            resources.XObject = pikepdf.Dictionary({"/" + k: v for k, v in content.images.items()})
        self.pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=pikepdf.Array([0, 0, w, h]), Contents=self.pdf.make_indirect(stream),
            Resources=resources)))

    def close(self) -> pikepdf.Pdf:
        """The document with its fonts made from the glyphs all pages used."""
        for resource, font in self.fonts.objects(self.pdf).items():
            self._font_dict["/" + resource] = font
        return self.pdf


def _n(v: float) -> str:
    """A PDF number: three decimals, no trailing zeros."""
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"
