"""Caption and credit from a photo's own metadata, as the photo desk wrote them: XMP
(dc:description, dc:creator, photoshop:Credit) first, then IPTC (Caption-Abstract, By-line, Credit)
in UTF-8 or the legacy encodings Chinese desks still use (GB18030, Big5), then EXIF (ImageDescription
in those encodings, or Windows' XPTitle / XPComment; Artist) — a camera's own words there (SONY DSC)
are no caption."""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from defusedxml import DefusedXmlException, ElementTree
from PIL import Image, IptcImagePlugin

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}
IPTC_CAPTION, IPTC_BYLINE, IPTC_CREDIT, IPTC_CHARSET = (2, 120), (2, 80), (2, 110), (1, 90)


@dataclass(frozen=True)
class PhotoText:
    caption: str = ""
    credit: str = ""
    source: str = ""          # "xmp", "iptc" or ""
    # a caption field holding only question marks: the program that wrote it could not encode the
    # Chinese (an ASCII-only EXIF writer) and put '?' for each character — the caption is lost in the file
    lost: str = ""


def read_photo_text(im: Image.Image) -> PhotoText:
    xmp = _xmp(im)
    if xmp.caption or xmp.credit:
        return xmp
    iptc = _iptc(im)
    if iptc.caption or iptc.credit:
        return iptc
    return _exif(im)


EXIF_DESCRIPTION, EXIF_ARTIST, EXIF_XP_TITLE, EXIF_XP_COMMENT = 0x010E, 0x013B, 0x9C9B, 0x9C9C


def _exif(im: Image.Image) -> PhotoText:
    try:
        exif = im.getexif()
    except (OSError, SyntaxError, ValueError, struct.error):
        return PhotoText()                              # a damaged EXIF block: no caption from it
    caption = next((t for t in (_exif_text(exif.get(EXIF_DESCRIPTION)), _xp_text(exif.get(EXIF_XP_TITLE)),
                                _xp_text(exif.get(EXIF_XP_COMMENT))) if _han(t)), "")
    artist = _exif_text(exif.get(EXIF_ARTIST))
    artist = artist if _han(artist) else ""             # (a camera's owner field in Latin: no byline)
    if not (caption or artist):
        described = _exif_text(exif.get(EXIF_DESCRIPTION))
        return PhotoText(lost=described if _QUESTION_MARKS.match(described) else "")
    return PhotoText(caption, _credit(artist, ""), "exif")


# four question marks or more and nothing else but spaces and marks of punctuation
_QUESTION_MARKS = re.compile(r"^[?？\s，。、,.]*[?？]{4,}[?？\s，。、,.]*$")


def _exif_text(value) -> str:
    """An EXIF ASCII field as the desk wrote it: UTF-8 or a legacy encoding in bytes Pillow read as latin-1."""
    if isinstance(value, str):
        value = value.encode("latin-1", errors="ignore")
    if not isinstance(value, bytes):
        return ""
    return _text(value.rstrip(b"\x00"), False)


def _xp_text(value) -> str:
    """Windows' XP fields: UTF-16LE bytes (or a tuple of them), ending in a null."""
    if isinstance(value, tuple):
        value = bytes(value)
    if not isinstance(value, bytes):
        return ""
    return value.decode("utf-16-le", errors="ignore").rstrip("\x00").strip()


def _han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _xmp_packet(im: Image.Image) -> bytes | None:
    packet = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    if packet is None and hasattr(im, "tag_v2"):
        packet = im.tag_v2.get(700)                      # TIFF XMLPacket
    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    return packet


def _xmp(im: Image.Image) -> PhotoText:
    packet = _xmp_packet(im)
    if not packet:
        return PhotoText()
    try:
        root = ElementTree.fromstring(packet.strip(b"\x00"))
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return PhotoText()                              # a damaged or hostile packet: fall back to IPTC
    description = _first(root, ".//dc:description//rdf:li") or _first(root, ".//dc:description")
    creators = [e.text.strip() for e in root.iterfind(".//dc:creator//rdf:li", NS) if e.text and e.text.strip()]
    credit = ""
    for desc in root.iterfind(".//rdf:Description", NS):
        credit = credit or desc.get(f"{{{NS['photoshop']}}}Credit", "")
    credit = credit or _first(root, ".//photoshop:Credit")
    byline = "、".join(creators)
    return PhotoText(description, _credit(byline, credit), "xmp")


def _first(root, path: str) -> str:
    e = root.find(path, NS)
    return e.text.strip() if e is not None and e.text else ""


def _iptc(im: Image.Image) -> PhotoText:
    try:
        info = IptcImagePlugin.getiptcinfo(im) or {}
    except (OSError, SyntaxError, ValueError, IndexError, KeyError, struct.error):
        return PhotoText()                              # a damaged IPTC block: no caption from it
    utf8 = b"\x1b%G" in _bytes(info.get(IPTC_CHARSET))
    caption = _text(info.get(IPTC_CAPTION), utf8)
    byline = _text(info.get(IPTC_BYLINE), utf8)
    credit = _text(info.get(IPTC_CREDIT), utf8)
    if not (caption or byline or credit):
        return PhotoText()
    return PhotoText(caption, _credit(byline, credit), "iptc")


def _bytes(value) -> bytes:
    if value is None:
        return b""
    if isinstance(value, list):
        return b"".join(value)
    return value


def _text(value, utf8: bool) -> str:
    parts = value if isinstance(value, list) else ([value] if value else [])
    out = []
    for raw in parts:
        try:
            out.append(raw.decode("utf-8").strip())
            continue
        except UnicodeDecodeError:
            if utf8:
                out.append(raw.decode("utf-8", errors="replace").strip())
                continue
        out.append(_legacy(raw).strip())
    return "、".join(p for p in out if p)


def _legacy(raw: bytes) -> str:
    """GB18030 or Big5, whichever reads as common Chinese: GB18030 decodes almost any bytes, so
    the decoding that yields characters of the everyday sets (GB 2312 or Big5) wins."""
    best, best_score = raw.decode("latin-1"), -1.0
    for enc, common in (("gb18030", "gb2312"), ("big5", "big5")):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(1.0 if _encodable(ch, common) else -1.0 for ch in text if ord(ch) > 0x7F)
        if score > best_score:
            best, best_score = text, score
    return best


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def _credit(byline: str, credit: str) -> str:
    """本报记者 王晨 摄 style: the agency or paper, then the photographer."""
    if byline and credit and byline not in credit:
        return f"{credit} {byline} 摄"
    if byline:
        return byline if byline.endswith("摄") else f"{byline} 摄"
    return credit
