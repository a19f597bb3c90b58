"""The document: pages on a grid, stories and photos, paragraph styles."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from layout_app.model.frame import Frame
from layout_app.model.furniture import BoxItem, Master, RuleItem
from layout_app.model.grid import ColumnGrid
from layout_app.model.story import Photo, Story
from layout_app.model.styles import ParagraphStyle, StyleSheet

SCHEMA_VERSION = 10     # 2: byline_place; 3 (issue 11): style sheets (based_on, char_styles, paragraph
                        # styles and runs; the lead style); masters, page rules and boxes (furniture); headlines: story
                        # rank, headline_<rank> styles, space_after, frame vertical; frame wrap,
                        # standoff_lines, standoff_chars, overlap; 4 (issue 12): locked frames, rules and
                        # boxes; empty photo frames (part: photo with no photo yet); 5: a story's query (what
                        # reading its copy left in doubt, for the page editor to check); 6: the story a
                        # photo goes with, as compose matched it (the caption proof's, wherever it stands);
                        # 7: a story's rank "sidebar" (a 配稿 boxed with its feature: layout/sidebars);
                        # 8: a paragraph style's turnover (a verse line's hanging indent, the `verse` style);
                        # ranks "third" (an interview, a service notice) and "picture" (a 图片新闻);
                        # 9: a body paragraph in the `table` style is a table (积分榜): its rows apart by
                        # line breaks, its cells by tabs, a first line with no tab its title (layout/tables);
                        # 10: the masthead's parts beside the name and date (organ, CN, issue, 农历, weather:
                        # model.furniture.MASTHEAD_FIELDS), for the front master's {organ}, {cn}…
OLDEST_SCHEMA = 1       # files of every schema from this one up still open
BYLINE_PLACES = ("head", "foot")   # where a byline goes when its story has no byline frame


@dataclass(frozen=True)
class Page:
    id: str
    number: int
    frames: tuple[Frame, ...] = ()
    section: str = ""          # e.g. "要闻"
    # --- furniture (schema 3) ---
    master: str = ""           # the master it applies ("": none)
    rules: tuple[RuleItem, ...] = ()
    boxes: tuple[BoxItem, ...] = ()
    editor: str = ""           # 责任编辑, for the running head's {editor}
    art_editor: str = ""       # 美术编辑

    @property
    def left_hand(self) -> bool:
        """Even pages are left-hand pages of a spread."""
        return self.number % 2 == 0


@dataclass(frozen=True)
class Document:
    grid: ColumnGrid
    styles: dict[str, ParagraphStyle]
    pages: tuple[Page, ...] = ()
    stories: tuple[Story, ...] = ()
    photos: tuple[Photo, ...] = ()
    title: str = ""
    date: str = ""               # edition date, ISO (YYYY-MM-DD)
    template: str = ""           # the template it started from
    spreads: tuple[tuple[str, str], ...] = ()   # pairs of page ids shown and printed side by side
    byline_place: str = "head"   # a byline without a byline frame: under the heading, or after the body
    sheet: StyleSheet = StyleSheet()   # style sheets (schema 3): the stored styles behind `styles`
    # --- furniture (schema 3) ---
    masters: tuple[Master, ...] = ()
    paper: str = ""              # the paper's name (报名), for {paper}
    masthead: tuple[tuple[str, str], ...] = ()   # schema 10: (field, text) of the 报头's other parts, as printed
    _index: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def story(self, story_id: str) -> Story:
        return self._lookup("stories", story_id)

    def placed_photos(self) -> frozenset[str]:
        """The photos a frame on some page holds (a caption frame alone places none)."""
        return frozenset(f.photo for p in self.pages for f in p.frames if f.photo and f.kind == "photo")

    def photo(self, photo_id: str) -> Photo:
        return self._lookup("photos", photo_id)

    def page(self, page_id: str) -> Page:
        return self._lookup("pages", page_id)

    def _lookup(self, kind: str, key: str):
        index = self._index.get(kind)
        if index is None:
            index = {item.id: item for item in getattr(self, kind)}
            self._index[kind] = index
        return index[key]

    def master(self, name: str) -> Master | None:
        return next((m for m in self.masters if m.name == name), None)

    def style(self, role: str) -> ParagraphStyle:
        return self.styles.get(role) or self.styles.get("body") or ParagraphStyle()

    # --- style sheets (schema 3) ---
    def paragraph_style(self, name: str | None, local: tuple = ()) -> ParagraphStyle:
        """A named style (None: body) with a paragraph's local overrides, resolved through the sheet."""
        name = name or "body"
        if self.sheet.get(name) is not None and self.sheet.paragraph_style(name) == self.styles.get(name):
            return self.sheet.paragraph_style(name, local)
        base = self.style(name)            # a style changed outside the sheet, or made in code
        return replace(base, **dict(local)) if local else base

    def restyle(self, name: str, **sets) -> "Document":
        """The document with style `name` setting these properties; styles based on it follow."""
        sheet = self.sheet
        if sheet.get(name) is None and name in self.styles:      # a style not in the sheet: flatten it in
            sheet = sheet.restyle(name, **_own_fields(self.styles[name]))
        sheet = sheet.restyle(name, **sets)
        styles = dict(self.styles)
        styles.update(sheet.resolve_all())
        return replace(self, styles=styles, sheet=sheet)

    def byline_frame(self, story_id: str) -> tuple[Page, Frame] | None:
        """The frame that holds the story's byline on its own, if the layout has one."""
        return next(((page, f) for page in self.pages for f in page.frames
                     if f.story == story_id and f.part == "byline" and f.photo is None), None)

    def body_chain(self, story_id: str) -> list[tuple[Page, Frame]]:
        """The body frames a story flows through, in page order then frame order (found once per
        document: layout asks for it per frame on every composition)."""
        chains = self._index.get("chains")
        if chains is None:
            chains = self._index["chains"] = {}
            for page in self.pages:
                for f in page.frames:
                    if f.part == "body" and f.photo is None and f.story is not None:
                        chains.setdefault(f.story, []).append((page, f))
        return list(chains.get(story_id, ()))


def _own_fields(style: ParagraphStyle) -> dict:
    """The properties of a flat style that differ from the defaults."""
    d = ParagraphStyle()
    return {f.name: getattr(style, f.name) for f in fields(style) if getattr(style, f.name) != getattr(d, f.name)}
