"""Paragraph and character styles: named, stored as overrides chained by `based_on`, resolved on
demand (typst's StyleChain) — "unset" stays distinguishable from "set to the default"."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

OLD_ROLES = ("banner", "banner_deck", "kicker", "headline", "deck", "body", "byline", "caption", "credit", "jump")
# schema 3: headline size by story rank; lead: the page lead (导语) under the banner, a size above the body
ROLES = OLD_ROLES + ("headline_lead", "headline_second", "headline_brief", "lead")
TEXT_ROLES = ROLES
CMYK = tuple[float, float, float, float]


@dataclass(frozen=True)
class ParagraphStyle:
    font: str = "song"            # song | hei | kai
    weight: str = "regular"       # regular | bold
    size: float = 9.0             # pt
    leading: float | None = None  # pt line pitch; None: the body grid's leading (body) or 1.25 × size
    tracking: float = 0.0         # em between units
    align: str = "justify"        # justify | left | center | right
    indent: float = 0.0           # first-line indent in em
    min_size: float | None = None  # headline fitting never goes below this
    color: CMYK = (0.0, 0.0, 0.0, 1.0)  # CMYK 0–1
    # schema 3 (style sheets)
    grid_lines: int | None = None  # line pitch as whole lines of the body grid (wins over leading)
    space_before: int = 0         # empty grid lines before the paragraph (not at a column's top)
    space_after: int = 0          # empty grid lines after it
    level: str | None = None      # 避头尾 level (none | basic | gb | strict); None: the composer's
    hanging: bool = False         # 。，、 may hang past the measure
    # schema 8: the lines after a paragraph's first set in by this many em (a verse line too long for
    # the measure turns over under itself, hanging: 转行缩进)
    turnover: float = 0.0

    def line_pitch(self, grid_leading: float) -> float:
        if self.grid_lines is not None:
            return self.grid_lines * grid_leading
        if self.leading is not None:
            return self.leading
        return grid_leading if self.size <= grid_leading * 0.75 else self.size * 1.25


@dataclass(frozen=True)
class CharStyle:
    """A character style resolved: None is "the paragraph's"."""
    font: str | None = None       # a second font role (kai in a song paragraph)
    weight: str | None = None     # bold: the bold face of the font
    emphasis: bool = False        # 着重号: a dot under each character
    color: CMYK | None = None     # CMYK 0–1
    tint: float = 1.0             # fraction of the colour (a 40 % tint: 0.4)

    def ink(self, paragraph: CMYK) -> CMYK:
        """The colour the characters print in, tint applied."""
        base = self.color if self.color is not None else paragraph
        if self.tint == 1.0:
            return base
        return tuple(round(c * self.tint, 4) for c in base)  # type: ignore[return-value]


PARAGRAPH_FIELDS = tuple(f.name for f in fields(ParagraphStyle))
CHAR_FIELDS = tuple(f.name for f in fields(CharStyle))
# leading and grid_lines are one property (the line pitch): the nearer style that sets either decides
_TIED = {"leading": ("leading", "grid_lines"), "grid_lines": ("leading", "grid_lines")}


class StyleError(ValueError):
    """A style sheet that cannot be resolved; `name` is the style whose based_on is wrong."""

    def __init__(self, name: str, message: str, cycle: tuple[str, ...] = (), missing: str = ""):
        super().__init__(message)
        self.name = name
        self.cycle = cycle
        self.missing = missing          # the name no style has


@dataclass(frozen=True)
class StyleDef:
    """A named style as stored: what it sets itself (in file order) and the style it is based on."""
    name: str
    based_on: str | None = None
    sets: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        return next((v for k, v in self.sets if k == key), default)

    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.sets)


@dataclass(frozen=True)
class StyleSheet:
    """Named paragraph and character styles. Resolution is cached on the sheet (it is immutable)."""
    paragraph: tuple[StyleDef, ...] = ()
    character: tuple[StyleDef, ...] = ()
    _cache: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def names(self, kind: str = "paragraph") -> tuple[str, ...]:
        return tuple(d.name for d in getattr(self, kind))

    def get(self, name: str, kind: str = "paragraph") -> StyleDef | None:
        index = self._cache.get(("index", kind))
        if index is None:
            index = self._cache[("index", kind)] = {d.name: d for d in getattr(self, kind)}
        return index.get(name)

    def chain(self, name: str, kind: str = "paragraph") -> tuple[StyleDef, ...]:
        """The style and its ancestors, nearest first. StyleError on an unknown name or a cycle."""
        out: list[StyleDef] = []
        seen: list[str] = []
        current: str | None = name
        while current is not None:
            if current in seen:
                loop = seen[seen.index(current):] + [current]
                raise StyleError(seen[-1], f"based_on goes round in a circle: {' → '.join(loop)}", tuple(loop))
            d = self.get(current, kind)
            if d is None:
                what = "no paragraph style" if kind == "paragraph" else "no character style"
                raise StyleError(seen[-1] if seen else current, f"{what} named {current!r}", missing=current)
            seen.append(current)
            out.append(d)
            current = d.based_on
        return tuple(out)

    def explain(self, name: str, local: tuple[tuple[str, Any], ...] = (), kind: str = "paragraph"
                ) -> dict[str, tuple[Any, str]]:
        """Every property with its value and where it comes from: "local" (set on the paragraph or
        range), the name of the style that sets it, or "default" (set nowhere)."""
        key = ("explain", kind, name, local)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        names = PARAGRAPH_FIELDS if kind == "paragraph" else CHAR_FIELDS
        defaults = ParagraphStyle() if kind == "paragraph" else CharStyle()
        layers = [("local", dict(local))] + [(d.name, dict(d.sets)) for d in self.chain(name, kind)]
        out: dict[str, tuple[Any, str]] = {}
        for prop in names:
            for source, sets in layers:
                tied = _TIED.get(prop, (prop,))
                if any(t in sets for t in tied):
                    out[prop] = (sets.get(prop, getattr(defaults, prop)), source)
                    break
            else:
                out[prop] = (getattr(defaults, prop), "default")
        self._cache[key] = out
        return out

    def paragraph_style(self, name: str, local: tuple[tuple[str, Any], ...] = ()) -> ParagraphStyle:
        key = ("p", name, local)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = ParagraphStyle(**{k: v for k, (v, _) in self.explain(name, local).items()})
        return hit

    def char_style(self, name: str | None, local: tuple[tuple[str, Any], ...] = ()) -> CharStyle:
        key = ("c", name, local)
        hit = self._cache.get(key)
        if hit is None:
            if name is None:
                hit = replace(CharStyle(), **dict(local))
            else:
                hit = CharStyle(**{k: v for k, (v, _) in self.explain(name, local, "character").items()})
            self._cache[key] = hit
        return hit

    def resolve_all(self) -> dict[str, ParagraphStyle]:
        """Every paragraph style by name, resolved."""
        return {d.name: self.paragraph_style(d.name) for d in self.paragraph}

    def restyle(self, name: str, **sets: Any) -> "StyleSheet":
        """A sheet where style `name` sets these properties too (a new style if there was none)."""
        old = self.get(name) or StyleDef(name)
        merged = dict(old.sets)
        merged.update(sets)
        new = replace(old, sets=tuple(merged.items()))
        defs = tuple(new if d.name == name else d for d in self.paragraph)
        if self.get(name) is None:
            defs += (new,)
        return replace(self, paragraph=defs)


def describe(sheet: StyleSheet, name: str, local: tuple[tuple[str, Any], ...] = (), kind: str = "paragraph") -> str:
    """What a paragraph or range looks like and why, one property a line ("size 10.5 ← lead")."""
    return "\n".join(f"{prop} {value!r} ← {source}"
                     for prop, (value, source) in sheet.explain(name, local, kind).items())


@dataclass(frozen=True)
class CharRun:
    """A character style on a range of one paragraph (offsets in the paragraph's text)."""
    start: int
    end: int
    style: str | None = None
    local: tuple[tuple[str, Any], ...] = ()     # properties set on the range itself


@dataclass(frozen=True)
class ParaFormat:
    """A body paragraph's own style, local overrides and character runs."""
    paragraph: int
    style: str | None = None                    # None: the body style
    local: tuple[tuple[str, Any], ...] = ()
    runs: tuple[CharRun, ...] = ()
