"""Units at the edges: mm and 号 names in, pt everywhere inside."""
from __future__ import annotations

import re

from layout_app.errors import QT_TRANSLATE_NOOP, InputError, Notice

PT_PER_INCH = 72.0
MM_PER_INCH = 25.4

# The Word/WPS mapping of Chinese type size names (号) to pt.
HAO_SIZES: dict[str, float] = {
    "初号": 42.0, "小初": 36.0, "一号": 26.0, "小一": 24.0, "二号": 22.0, "小二": 18.0,
    "三号": 16.0, "小三": 15.0, "四号": 14.0, "小四": 12.0, "五号": 10.5, "小五": 9.0,
    "六号": 7.5, "小六": 6.5, "七号": 5.5, "八号": 5.0,
}

_PT_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(pt)?\s*$", re.IGNORECASE)


def mm(value: float) -> float:
    """mm → pt."""
    return value * PT_PER_INCH / MM_PER_INCH


def to_mm(value_pt: float) -> float:
    """pt → mm."""
    return value_pt * MM_PER_INCH / PT_PER_INCH


# why a size cannot be read (errors.Notice: the editor says it in its language, context "Intake")
SIZE_KIND = QT_TRANSLATE_NOOP("Intake", "{pre}expected a size in pt or a 号 name, got {value}")
SIZE_POSITIVE = QT_TRANSLATE_NOOP("Intake", "{pre}size must be positive, got {value}")
SIZE_UNKNOWN = QT_TRANSLATE_NOOP("Intake", "{pre}unknown type size {value}; use pt (e.g. 9) or one of {known}")


def parse_size(value: object, where: str = "") -> float:
    """A type size given as pt (9, 10.5, "9pt") or as a 号 name ("小五") → pt."""
    pre = f"{where}: " if where else ""
    if isinstance(value, bool):
        raise InputError(Notice(SIZE_KIND, pre=pre, value=repr(value)))
    if isinstance(value, (int, float)):
        if value <= 0:
            raise InputError(Notice(SIZE_POSITIVE, pre=pre, value=value))
        return float(value)
    if isinstance(value, str):
        name = value.strip()
        if name in HAO_SIZES:
            return HAO_SIZES[name]
        m = _PT_RE.match(name)
        if m and float(m.group(1)) > 0:
            return float(m.group(1))
        known = "、".join(HAO_SIZES)
        raise InputError(Notice(SIZE_UNKNOWN, pre=pre, value=repr(value), known=known))
    raise InputError(Notice(SIZE_KIND, pre=pre, value=repr(value)))


def size_name(pt: float) -> str:
    """The 号 name for a size in pt if there is one, else the pt value ("9.25pt")."""
    for name, size in HAO_SIZES.items():
        if abs(size - pt) < 1e-6:
            return name
    return f"{pt:g}pt"
