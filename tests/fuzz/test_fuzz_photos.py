"""Bounded fuzz of photo files: small valid JPEG, PNG, TIFF and WebP files with EXIF, XMP and IPTC,
mutated (flipped bytes, truncation, corrupted chunk lengths, huge declared sizes, oversized metadata,
spliced bytes), then read as `compose` and `export` read them: intake (metadata caption, proxy) and
the print conversion. Each case must succeed or end in a one-line PhotoError/InputError that names
the file — never another exception, a hang or a Python warning on the terminal.

Fixed seed: case N is the same bytes on every run; `pytest tests/fuzz/test_fuzz_photos.py -k "case-N"`
repeats one."""
import random
import signal
import struct
import warnings
import zlib

import pytest

from layout_app.errors import InputError
from layout_app.geometry import Rect
from layout_app.imaging.intake import import_photo
from layout_app.imaging.printready import prepare
from layout_app.layout.display import ImagePlacement
from tests.photos import with_metadata

SEED = 20261129
CASES = 320
SECONDS = 5                   # per case; a healthy case takes milliseconds
FORMATS = ("JPEG", "PNG", "TIFF", "WEBP")
SUFFIX = {"JPEG": ".jpg", "PNG": ".png", "TIFF": ".tif", "WEBP": ".webp"}
# the files mutated: (pixel mode, EXIF orientation, progressive JPEG) per format
SEEDS = {
    "JPEG": [("RGB", 1, False), ("RGB", 6, False), ("RGB", 3, True), ("CMYK", 1, False), ("L", 8, False)],
    "PNG": [("RGB", 1, False), ("RGBA", 6, False), ("LA", 1, False), ("P", 1, False), ("I;16", 1, False),
            ("1", 1, False)],
    "TIFF": [("RGB", 1, False), ("I;16", 1, False), ("I;16B", 6, False), ("I", 1, False), ("F", 1, False),
             ("LAB", 1, False), ("CMYK", 1, False), ("1", 1, False), ("LA", 3, False)],
    "WEBP": [("RGB", 1, False), ("RGBA", 6, False)],
}
_MADE: dict[tuple, bytes] = {}


def seed_file(fmt: str, variant: int) -> bytes:
    key = (fmt, variant)
    if key not in _MADE:
        mode, orientation, progressive = SEEDS[fmt][variant]
        _MADE[key] = with_metadata(fmt, 64 + 8 * variant, 48, orientation=orientation, progressive=progressive,
                                   mode=mode)
    return _MADE[key]


# --- the structure of each format, to aim mutations at lengths and sizes --------------------------

def png_chunks(data: bytes):
    """(offset of the length field, length, type) of each chunk."""
    at = 8
    while at + 8 <= len(data):
        length = struct.unpack(">I", data[at:at + 4])[0]
        yield at, length, data[at + 4:at + 8]
        at += 12 + length


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def jpeg_segments(data: bytes):
    """(offset of the marker, marker byte, length) of each segment before the scan."""
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        yield at, marker, length
        if marker == 0xDA:
            return
        at += 2 + length


def tiff_entries(data: bytes):
    """(offset, tag, type, count) of each entry of the first IFD."""
    order = "<" if data[:2] == b"II" else ">"
    ifd = struct.unpack(order + "I", data[4:8])[0]
    n = struct.unpack(order + "H", data[ifd:ifd + 2])[0]
    for k in range(n):
        at = ifd + 2 + 12 * k
        tag, kind, count = struct.unpack(order + "HHI", data[at:at + 8])
        yield at, tag, kind, count


def riff_chunks(data: bytes):
    at = 12
    while at + 8 <= len(data):
        size = struct.unpack("<I", data[at + 4:at + 8])[0]
        yield at, data[at:at + 4], size
        at += 8 + size + (size & 1)


# --- mutations: each takes (format, bytes, rng) and returns (bytes, what was done) ----------------

HUGE = (0, 1, 0xFFFF, 14000, 100_000, 0x7FFFFFFF)


def flip(fmt, data, rng):
    out = bytearray(data)
    spots = sorted(rng.randrange(len(out)) for _ in range(rng.randint(1, 8)))
    for at in spots:
        out[at] ^= rng.randint(1, 255)
    return bytes(out), f"flipped bytes at {spots}"


def truncate(fmt, data, rng):
    at = rng.randrange(8, len(data))
    return data[:at], f"cut at {at} of {len(data)}"


def splice(fmt, data, rng):
    at = rng.randrange(len(data))
    if rng.random() < 0.5:
        junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        return data[:at] + junk + data[at:], f"{len(junk)} random bytes inserted at {at}"
    start = rng.randrange(len(data))
    piece = data[start:start + rng.randint(1, 200)]
    return data[:at] + piece + data[at:], f"bytes {start}+{len(piece)} repeated at {at}"


def bad_length(fmt, data, rng):
    value = rng.choice((0, 1, 2, 3, 0xFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF))
    out = bytearray(data)
    if fmt == "PNG":
        at, length, kind = rng.choice(list(png_chunks(data)))
        out[at:at + 4] = struct.pack(">I", value)
        return bytes(out), f"PNG {kind!r} chunk length {length} → {value}"
    if fmt == "JPEG":
        at, marker, length = rng.choice(list(jpeg_segments(data)))
        out[at + 2:at + 4] = struct.pack(">H", value & 0xFFFF)
        return bytes(out), f"JPEG segment FF{marker:02X} length {length} → {value & 0xFFFF}"
    if fmt == "TIFF":
        at, tag, kind, count = rng.choice(list(tiff_entries(data)))
        order = "<" if data[:2] == b"II" else ">"
        out[at + 4:at + 8] = struct.pack(order + "I", value)
        return bytes(out), f"TIFF tag {tag} count {count} → {value}"
    at, kind, size = rng.choice(list(riff_chunks(data)))
    out[at + 4:at + 8] = struct.pack("<I", value)
    return bytes(out), f"WebP {kind!r} chunk size {size} → {value}"


def huge_size(fmt, data, rng):
    w, h = rng.choice(HUGE), rng.choice(HUGE)
    out = bytearray(data)
    if fmt == "PNG":
        ihdr = out[16:29]
        ihdr[0:8] = struct.pack(">II", w, h)
        out[16:29] = ihdr
        out[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)))      # a valid chunk: only the size lies
    elif fmt == "JPEG":
        at = next(a for a, marker, _ in jpeg_segments(data) if marker in (0xC0, 0xC2))
        w, h = w & 0xFFFF, h & 0xFFFF
        out[at + 5:at + 9] = struct.pack(">HH", h, w)
    elif fmt == "TIFF":
        order = "<" if data[:2] == b"II" else ">"
        for at, tag, kind, count in tiff_entries(data):
            if tag in (256, 257):
                value = w if tag == 256 else h
                out[at + 2:at + 12] = struct.pack(order + "HII", 4, 1, value)         # LONG
    else:
        for at, kind, size in riff_chunks(data):
            if kind == b"VP8X":
                w, h = min(w, 1 << 24), min(h, 1 << 24)
                out[at + 12:at + 18] = (max(w, 1) - 1).to_bytes(3, "little") + (max(h, 1) - 1).to_bytes(3, "little")
            elif kind == b"VP8 ":
                w, h = w & 0x3FFF, h & 0x3FFF
                out[at + 14:at + 18] = struct.pack("<HH", w, h)
    return bytes(out), f"declared size {w}×{h}"


def big_metadata(fmt, data, rng):
    """Metadata blocks far beyond what a photo carries: decompression bombs, huge packets."""
    kind = rng.randrange(3)
    if fmt == "PNG":
        bomb = zlib.compress(b"A" * rng.choice((1_100_000, 3_000_000)), 9)
        chunk = [png_chunk(b"zTXt", b"Comment\x00\x00" + bomb),
                 png_chunk(b"iCCP", b"ICC\x00\x00" + bomb),
                 png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + bomb)][kind]
        return data[:33] + chunk + data[33:], f"PNG {chunk[4:8]!r} unpacking to over 1 MB"
    if fmt == "JPEG":
        if kind == 0:
            body = b"http://ns.adobe.com/xap/1.0/\x00" + b"<x>" * 21000
            seg = b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
            what = "APP1 XMP of 63 kB unclosed elements"
        elif kind == 1:
            records = b"".join(bytes([0x1C, 2, 120]) + b"\x7f\xff" for _ in range(2000))
            irb = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(records)) + records
            body = b"Photoshop 3.0\x00" + irb
            seg = b"\xff\xed" + struct.pack(">H", len(body) + 2) + body
            what = "APP13 IPTC: 2000 records each claiming 32 kB"
        else:
            ifd = struct.pack("<H", 1) + struct.pack("<HHII", 0x010E, 2, 0x7FFFFFFF, 8) + b"\x00" * 4
            body = b"Exif\x00\x00II*\x00" + struct.pack("<I", 8) + ifd
            seg = b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
            what = "APP1 EXIF tag claiming 2 GB"
        return data[:2] + seg + data[2:], what
    if fmt == "TIFF":
        order = "<" if data[:2] == b"II" else ">"
        out = bytearray(data)
        target = (700, 33723, 270)[kind] if kind < 2 else 700
        for at, tag, typ, count in tiff_entries(data):
            if tag == target:
                out[at + 4:at + 8] = struct.pack(order + "I", 50_000_000)
        return bytes(out), f"TIFF tag {target} claiming 50 MB"
    payload = b"<x>" * rng.choice((10, 400_000))
    return data + b"XMP " + struct.pack("<I", len(payload)) + payload, f"WebP trailing XMP chunk of {len(payload)} bytes"


MUTATIONS = (flip, truncate, splice, bad_length, huge_size, big_metadata)


def case(n: int) -> tuple[str, bytes, str]:
    rng = random.Random(SEED * 1000 + n)
    fmt = FORMATS[n % len(FORMATS)]
    mutate = MUTATIONS[(n // len(FORMATS)) % len(MUTATIONS)]
    variant = rng.randrange(len(SEEDS[fmt]))
    data, what = mutate(fmt, seed_file(fmt, variant), rng)
    return fmt, data, f"{fmt} {SEEDS[fmt][variant][0]} {mutate.__name__}: {what}"


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


@pytest.mark.parametrize("fmt,variant", [(f, v) for f in FORMATS for v in range(len(SEEDS[f]))],
                         ids=lambda x: str(x))
def test_seed_files_are_read_with_their_caption(fmt, variant, tmp_path):
    """The unmutated files are good photos: without this the fuzz could be mutating junk."""
    path = tmp_path / f"seed{SUFFIX[fmt]}"
    path.write_bytes(seed_file(fmt, variant))
    photo = import_photo(path, tmp_path / "proxies")
    assert photo.text.caption == "孩子们在图书角里认真阅读。" and photo.text.credit == "本报记者 王晨 摄"
    out = prepare(ImagePlacement(Rect(0, 0, 144, 108), "p1", str(path)), 100, "CMYK", tmp_path / "print")
    assert out.path.exists()


@pytest.mark.parametrize("n", range(CASES), ids=lambda n: f"case-{n}")
def test_mutated_photo_is_read_or_named(n, tmp_path):
    fmt, data, what = case(n)
    path = tmp_path / f"fuzz{n}{SUFFIX[fmt]}"
    path.write_bytes(data)
    placement = ImagePlacement(Rect(0, 0, 144, 108), "p1", str(path))
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(SECONDS)
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always", append=True)        # the app's own filters still come first
            for step in ("intake", "print CMYK", "print RGB"):
                try:
                    if step == "intake":
                        photo = import_photo(path, tmp_path / "proxies")
                        assert photo.proxy.path.exists() and photo.proxy.width >= 1
                    else:
                        out = prepare(placement, 100, step.split()[1], tmp_path / "print")
                        assert out.path.exists()
                except InputError as exc:
                    message = str(exc)
                    assert str(path) in message, f"{what}: {step}: the message does not name the file: {message}"
                    assert "\n" not in message, f"{what}: {step}: not one line: {message}"
    except Hang:
        pytest.fail(f"case {n} ({what}): no answer within {SECONDS} s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    loud = [f"{w.category.__name__}: {w.message}" for w in seen if not issubclass(w.category, DeprecationWarning)]
    assert not loud, f"case {n} ({what}): warnings reach the terminal: {loud}"
