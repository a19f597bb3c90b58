"""Photo fixtures made on the fly: a drawn scene in several formats, sizes and orientations."""
from pathlib import Path

from PIL import Image, ImageDraw


def scene(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue, a white bar across the top quarter: easy to check after crops."""
    im = Image.new("RGB", (width, height), (220, 30, 30))
    d = ImageDraw.Draw(im)
    d.rectangle([width // 2, 0, width, height], fill=(30, 60, 220))
    d.rectangle([0, 0, width, height // 4], fill=(250, 250, 250))
    if mode == "L":
        return im.convert("L")
    if mode == "CMYK":
        return im.convert("CMYK")
    if mode == "RGBA":
        rgba = im.convert("RGBA")
        rgba.putalpha(200)
        return rgba
    return im


def write_jpeg(path: Path, width=3000, height=2000, mode="RGB", orientation: int | None = None) -> Path:
    im = scene(width, height, mode)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    im.save(path, "JPEG", quality=88, exif=exif.tobytes())
    return path


def write_png(path: Path, width=2400, height=1600, mode="RGBA") -> Path:
    scene(width, height, mode).save(path, "PNG")
    return path


def write_tiff16(path: Path, width=2000, height=1500) -> Path:
    grey = scene(width, height, "L").point(lambda v: v * 257 // 255)
    grey.convert("I;16").save(path, "TIFF")
    return path


XMP_TEMPLATE = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="{credit}">'
    '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{caption}</rdf:li></rdf:Alt></dc:description>'
    '<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>'
    '</rdf:Description></rdf:RDF></x:xmpmeta>'
)


def with_xmp(path: Path, caption: str, creator: str, credit: str, width=1600, height=1200) -> Path:
    xmp = XMP_TEMPLATE.format(caption=caption, creator=creator, credit=credit).encode("utf-8")
    scene(width, height).save(path, "JPEG", quality=85, xmp=xmp)
    return path


def with_iptc(path: Path, caption: str, byline: str, encoding: str = "utf-8", width=1600, height=1200) -> Path:
    """A JPEG with an IPTC block in a Photoshop APP13 segment, as photo desks' tools write it."""
    def record(rec: int, dataset: int, data: bytes) -> bytes:
        return bytes([0x1C, rec, dataset]) + len(data).to_bytes(2, "big") + data

    iptc = b""
    if encoding == "utf-8":
        iptc += record(1, 90, b"\x1b%G")               # CodedCharacterSet: UTF-8
    iptc += record(2, 120, caption.encode(encoding)) + record(2, 80, byline.encode(encoding))
    if len(iptc) % 2:
        iptc += b"\x00"
    irb = b"8BIM" + (0x0404).to_bytes(2, "big") + b"\x00\x00" + len(iptc).to_bytes(4, "big") + iptc
    payload = b"Photoshop 3.0\x00" + irb
    segment = b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload
    import io
    buf = io.BytesIO()
    scene(width, height).save(buf, "JPEG", quality=85)
    data = buf.getvalue()
    path.write_bytes(data[:2] + segment + data[2:])
    return path


def iptc_records(caption: str, byline: str) -> bytes:
    """An IPTC-IIM block in UTF-8: CodedCharacterSet, Caption-Abstract, By-line."""
    def record(rec: int, dataset: int, data: bytes) -> bytes:
        return bytes([0x1C, rec, dataset]) + len(data).to_bytes(2, "big") + data

    return record(1, 90, b"\x1b%G") + record(2, 120, caption.encode("utf-8")) + record(2, 80, byline.encode("utf-8"))


def in_mode(im: Image.Image, mode: str) -> Image.Image:
    """The scene in any pixel mode a photo file may hold: deep greys span their full range."""
    if mode in ("I;16", "I;16B", "I"):
        return im.convert("L").convert("I").point(lambda v: v * 257).convert(mode)
    if mode == "F":
        return im.convert("L").convert("F").point(lambda v: v / 255.0)        # the 0–1 float convention
    return im.convert(mode)


def with_metadata(fmt: str, width=64, height=48, caption="孩子们在图书角里认真阅读。", creator="王晨",
                  credit="本报记者", orientation: int = 1, progressive: bool = False, mode: str = "RGB") -> bytes:
    """A small photo of the given format ("JPEG", "PNG", "TIFF", "WEBP") and pixel mode with EXIF
    (orientation), XMP and, where the format has a place for it, IPTC — the bytes, as photo tools
    write them."""
    import io

    from PIL import PngImagePlugin, TiffImagePlugin

    im = in_mode(scene(width, height, "RGBA" if mode in ("RGBA", "LA", "PA") else "RGB"), mode)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010E] = "scene"                                # ImageDescription
    xmp = XMP_TEMPLATE.format(caption=caption, creator=creator, credit=credit).encode("utf-8")
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=85, exif=exif.tobytes(), xmp=xmp, progressive=progressive)
        data = buf.getvalue()
        iptc = iptc_records(caption, creator)
        iptc += b"\x00" * (len(iptc) % 2)
        irb = b"8BIM" + (0x0404).to_bytes(2, "big") + b"\x00\x00" + len(iptc).to_bytes(4, "big") + iptc
        payload = b"Photoshop 3.0\x00" + irb
        return data[:2] + b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload + data[2:]
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"), zip=True)
        info.add_text("Comment", "scene")
        extra = {"transparency": 0} if mode == "P" else {}
        im.save(buf, "PNG", pnginfo=info, exif=exif.tobytes(), **extra)
    elif fmt == "TIFF":
        tags = TiffImagePlugin.ImageFileDirectory_v2()
        tags[700], tags.tagtype[700] = xmp, 1                 # XMLPacket
        tags[33723], tags.tagtype[33723] = iptc_records(caption, creator), 7     # IPTC-NAA
        tags[0x0112] = orientation
        im.save(buf, "TIFF", tiffinfo=tags, compression="tiff_lzw" if mode not in ("1", "F") else None)
    elif fmt == "WEBP":
        im.save(buf, "WEBP", quality=80, exif=exif.tobytes(), xmp=xmp)
    else:
        raise ValueError(fmt)
    return buf.getvalue()


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    import struct
    import zlib
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with_big_chunk(path: Path, kind: bytes, unpacked: int = 2_000_000) -> Path:
    """A small, valid PNG carrying a zTXt, iTXt or iCCP chunk that unpacks to `unpacked` bytes."""
    import io
    import zlib
    buf = io.BytesIO()
    scene(64, 48).save(buf, "PNG")
    data = buf.getvalue()
    packed = zlib.compress(b"A" * unpacked, 9)
    body = {b"zTXt": b"Comment\x00\x00", b"iCCP": b"ICC\x00\x00",
            b"iTXt": b"XML:com.adobe.xmp\x00\x01\x00\x00\x00"}[kind] + packed
    path.write_bytes(data[:33] + _png_chunk(kind, body) + data[33:])      # after IHDR
    return path


def write_big_png(path: Path, width: int, height: int, channels: int = 3, orientation: int = 1) -> Path:
    """A PNG of any size written row by row (never held in memory): a gradient row repeated; an
    eXIf chunk carries the EXIF orientation."""
    import struct
    import zlib
    row = b"\x00" + bytes((x * 7 // 3) & 0xFF for x in range(width * channels))
    z = zlib.compressobj(1)
    exif = Image.Exif()
    exif[0x0112] = orientation
    with open(path, "wb") as fh:
        fh.write(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8,
                                                                         {1: 0, 3: 2, 4: 6}[channels], 0, 0, 0)))
        fh.write(_png_chunk(b"eXIf", exif.tobytes()[6:]))        # without the JPEG "Exif\0\0" prefix
        for _ in range(height):
            packed = z.compress(row)
            if packed:
                fh.write(_png_chunk(b"IDAT", packed))
        fh.write(_png_chunk(b"IDAT", z.flush()) + _png_chunk(b"IEND", b""))
    return path


def jpeg_claiming(path: Path, width: int, height: int) -> Path:
    """A small JPEG whose frame header claims width × height: its scan data ends long before that."""
    import io
    buf = io.BytesIO()
    scene(400, 300).save(buf, "JPEG", quality=85)
    data = bytearray(buf.getvalue())
    sof = data.find(b"\xff\xc0")
    data[sof + 5:sof + 9] = height.to_bytes(2, "big") + width.to_bytes(2, "big")
    path.write_bytes(bytes(data))
    return path


# CIE L*a*b* (D50) of sRGB red and of a neutral mid grey, in Pillow's 8-bit LAB encoding
# (L* × 255/100, a* and b* + 128).
LAB_RED = (round(54.29 * 2.55), 128 + 81, 128 + 70)
LAB_GREY = (round(50 * 2.55), 128, 128)


def write_lab_tiff(path: Path, width=600, height=400, profile: bool = True) -> Path:
    """A Lab TIFF (as Photoshop writes for archives): left half red, right half neutral grey; with
    the Lab colour profile embedded when `profile`."""
    from PIL import ImageCms
    im = Image.new("LAB", (width, height), LAB_GREY)
    im.paste(Image.new("LAB", (width // 2, height), LAB_RED), (0, 0))
    extra = {}
    if profile:
        extra["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()
    im.save(path, "TIFF", **extra)
    return path
