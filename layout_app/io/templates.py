"""Page templates shipped in assets/templates: trim, bleed, margins, grid and styles."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from layout_app.assets import TEMPLATES_DIR
from layout_app.errors import InputError, Notice
from layout_app.io import wording as W
from layout_app.io.furniture import read_masters
from layout_app.io.located import load_located
from layout_app.io.schema import Reader, read_grid, text
from layout_app.io.stylesheet import read_sheet
from layout_app.model.document import Document, Page
from layout_app.model.furniture import Master
from layout_app.model.grid import ColumnGrid
from layout_app.model.styles import ParagraphStyle, StyleSheet

TEMPLATE_FIELDS = ("name", "label", "label_en", "grid", "styles", "char_styles", "masters", "paper", "front_page")


@dataclass(frozen=True)
class Template:
    name: str
    label: str
    label_en: str
    grid: ColumnGrid
    styles: dict[str, ParagraphStyle]
    masters: tuple[Master, ...] = ()     # the 报头 area, the running head (报眉), folios
    sheet: StyleSheet = StyleSheet()     # the styles as written (based_on chains), character styles
    # what a document made on it records as `template:` — a shipped one's name, another's file name
    # (a document's loader refuses a name no template has)
    recorded: str = ""
    paper: str = ""                      # the paper's name (报名) a page composed on it prints, if the template says
    front_page: str = ""                 # the master page 1 takes (its 报头), if the template is a front page's


def template_names(folder: Path = TEMPLATES_DIR) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.yaml"))


def load_template(name_or_path: str | Path, folder: Path = TEMPLATES_DIR) -> Template:
    path = Path(name_or_path)
    shipped = path.suffix != ".yaml"
    if shipped:
        path = folder / f"{name_or_path}.yaml"
        if not path.exists():
            raise InputError(Notice(W.NO_TEMPLATE, name=repr(name_or_path), names=", ".join(template_names(folder))))
    try:
        loc = load_located(path.read_text(encoding="utf-8"), str(path))
    except OSError as exc:
        raise InputError(Notice(W.TEMPLATE_UNREADABLE, path=path, reason=exc.strerror)) from None
    r = Reader(loc)
    m = r.mapping(loc.value, (), TEMPLATE_FIELDS)
    r.raise_if_any()
    grid = read_grid(r, m.get("grid"), ("grid",))
    sheet, styles = read_sheet(r, m.get("styles"), m.get("char_styles"))
    masters = read_masters(r, m.get("masters"), ("masters",), grid)
    name = r.field(m, (), "name", text, path.stem)
    label = r.field(m, (), "label", text, name)
    label_en = r.field(m, (), "label_en", text, name)
    paper = r.field(m, (), "paper", text, "")
    front_page = r.field(m, (), "front_page", text, "")
    if front_page and front_page not in {x.name for x in masters}:
        known = ", ".join(x.name for x in masters)
        r.problem(("front_page",), Notice(W.NO_MASTER, name=repr(front_page), known=known) if known
                  else Notice(W.NO_MASTERS, name=repr(front_page)))
    if "body" not in styles:
        r.problem(("styles",), Notice(W.TEMPLATE_BODY))
    r.raise_if_any()
    return Template(name, label, label_en, grid, styles, masters, sheet, name if shipped else path.name, paper,
                    front_page)


def new_document(template: str = "duikai", pages: int = 1, title: str = "") -> Document:
    """An empty document on a template's grid."""
    t = load_template(template)
    return Document(t.grid, dict(t.styles), tuple(Page(f"p{n}", n) for n in range(1, pages + 1)),
                    title=title, template=t.recorded, masters=t.masters, sheet=t.sheet)
