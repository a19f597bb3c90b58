"""A first story's kicker, the page banner's theme or its own story's: a two-phrase theme ending on the
county the page covers speaks for the page (`names_county`); one taking the reader to a town, or naming a
place its headline names too, leads into that one story (`TOWN_VISIT`, `place_shared`). For structure."""
from __future__ import annotations

import re

from layout_app.intake.headings import COUNTY, THEME

_COUNTY_THEME = re.compile(COUNTY + "$")


def names_county(kicker: str) -> bool:
    """A two-phrase theme whose last words are the county the page covers ('奋进新时代 建功新东城区',
    '… 建功新我县'): a page banner's, not one story's kicker — a kicker names the story's town."""
    return bool(THEME.match(kicker)) and bool(_COUNTY_THEME.search(kicker.split()[-1])) \
        and not re.search(VISIT, kicker)


PLACE_END = re.compile(r"街道|社区|镇|乡|村")
# a kicker that ends by taking the reader to a town or street (…走进华山街道, 来到青石镇): it leads into
# one story there; a page banner speaks for the whole county
TOWN = re.compile(r"[\u4e00-\u9fff]{2}(" + PLACE_END.pattern + ")")
VISIT = r"(走进|来到|探访|聚焦)"           # a kicker's words taking the reader somewhere
TOWN_VISIT = re.compile(VISIT + r"[\u4e00-\u9fff]{2,8}(街道|社区|镇|乡|村)$")


def place_shared(kicker: str, headline: str) -> bool:
    """The kicker names a place (…街道, …镇) the headline names too ('三秋生产正当时 走进华山街道' over
    '华山街道：田野里的好“丰”景'): it leads into that story, not the whole page — a banner speaks for
    the county."""
    for m in PLACE_END.finditer(kicker):
        # the place's name: two to four characters before 街道/镇/…
        names = (kicker[m.start() - k:m.end()] for k in range(2, 5) if m.start() - k >= 0)
        if any(" " not in n and n in headline for n in names):
            return True
    return False
