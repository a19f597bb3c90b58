"""The layer rules of architecture.md, checked on the source: Qt only in editor/ and render/qt,
reportlab/pikepdf only in render/pdf, nothing imports editor, model and text stay pure."""
import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "layout_app"


def imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def modules():
    return sorted(p for p in PKG.rglob("*.py"))


def rel(p):
    return p.relative_to(PKG).as_posix()


@pytest.mark.parametrize("path", modules(), ids=rel)
def test_layer_rules(path):
    name = rel(path)
    found = list(imports(path))
    if not name.startswith(("editor/", "render/qt/")):
        assert not [m for m in found if m.startswith("PySide6")], f"{name} imports Qt"
    if not name.startswith("render/pdf/"):
        assert not [m for m in found if m.split(".")[0] in ("reportlab", "pikepdf")], f"{name} imports reportlab/pikepdf"
    if not name.startswith("editor/") and name != "launch.py":
        assert not [m for m in found if m.startswith("layout_app.editor")], f"{name} imports the editor"
    if name.startswith(("model/", "text/", "layout/", "units.py", "geometry.py")):
        assert not [m for m in found if m.startswith(("layout_app.render", "layout_app.io", "layout_app.preflight"))], \
            f"{name} reaches up a layer"
    if not name.startswith("store/"):
        assert not [m for m in found if m.split(".")[0] == "psycopg"], f"{name} imports psycopg (only store/ may)"
    if name.startswith(("model/", "text/", "layout/", "io/", "imaging/", "intake/", "preflight/", "render/")):
        assert not [m for m in found if m.startswith("layout_app.store")], f"{name} reaches up into the store"
    if name.startswith("store/"):
        assert not [m for m in found if m.startswith(("layout_app.render", "layout_app.preflight",
                                                      "layout_app.intake", "layout_app.imaging"))], \
            f"{name}: the store keeps records; it does not lay out, check or print"
    if name.startswith("model/"):
        assert not [m for m in found if m.split(".")[0] in ("os", "pathlib", "yaml", "PIL")], f"{name} does I/O"


def test_modules_stay_small():
    big = [rel(p) for p in modules() if p.stat().st_size > 40_000]
    assert big == []
