"""What part of a page a change touched, for a repaint of only that part: a keystroke changes the
groups of the frames its story runs through, and nothing else on the page needs drawing again; a
frame moved or resized (a drag step) damages where it was and where it is, and the frames whose
text reflowed.

Frames whose drawing reaches past their group (a wrapping frame's standoff outline, an empty frame's
cross: the caller names them, with what that drawing depends on), or any change outside the frames'
groups (masters, rules, the page itself), damage the whole page. Such a frame damages the whole page
when it moves, and also when what it draws past its group changes while its group does not — wrap
turned on where no text runs beside it, a standoff widened: no group differs, yet the outline moved."""
from __future__ import annotations

from collections.abc import Mapping

from layout_app.geometry import Rect
from layout_app.layout.display import Group, ImagePlacement, PageDisplay, walk

WHOLE = "whole"


def changed_area(old: PageDisplay | None, new: PageDisplay | None,
                 reaching: Mapping[str, object] | frozenset[str] | set[str] = frozenset(),
                 reaching_before: Mapping[str, object] | None = None) -> Rect | str | None:
    """The union of the rects, before and after, of the frame groups that differ (None: nothing did),
    or WHOLE. `reaching`: frames drawn past their group, whose move damages the whole page; as a
    mapping, frame id → what that drawing depends on (the frame itself), compared with
    `reaching_before` (the same for the page before the change): any difference damages everything."""
    if reaching_before is not None and dict(reaching_before) != _as_map(reaching):
        return WHOLE
    if old is None or new is None or old.page != new.page or len(old.items) != len(new.items) \
            or (old.width, old.height, old.number) != (new.width, new.height, new.number):
        return WHOLE
    area: Rect | None = None
    for a, b in zip(old.items, new.items):
        if a is b or a == b:              # runs are the cache's own objects: equal ones compare fast
            continue
        if not (isinstance(a, Group) and isinstance(b, Group)) or a.frame != b.frame \
                or a.tag in ("master", "furniture") or (a.rect != b.rect and a.frame in reaching):
            return WHOLE
        area = a.rect if area is None else area.union(a.rect)
        if b.rect != a.rect:
            area = area.union(b.rect)
    reports_old = {r.frame: r for r in old.reports}
    for r in new.reports:
        if reports_old.get(r.frame) != r:
            group = next((g for g in new.items if isinstance(g, Group) and g.frame == r.frame), None)
            if group is None:
                return WHOLE
            area = group.rect if area is None else area.union(group.rect)
    if len(old.reports) != len(new.reports):
        return WHOLE
    return area


def _as_map(reaching) -> dict:
    return dict(reaching) if isinstance(reaching, Mapping) else dict.fromkeys(reaching)


def photo_areas(page: PageDisplay | None, paths: set[str]) -> list[Rect]:
    """Where the photos of these files are drawn on the page: what their screen proxies arriving damage."""
    return [item.rect for item in walk(page.items if page is not None else ())
            if isinstance(item, ImagePlacement) and item.path in paths]
