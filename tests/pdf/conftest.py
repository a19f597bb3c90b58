import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest


TOOLS = ("pdffonts", "pdfimages", "pdfinfo", "qpdf", "pdftotext")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


def need_tools():
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.fail(f"PDF check tools missing: {missing} (scripts/install.sh --test installs poppler-utils and qpdf)")




@dataclass(frozen=True)
class Exported:
    doc: object
    folder: Path
    pdf: Path
    display: object          # the engine's PageDisplay of the page exported


DEMO_NOW = datetime(2026, 11, 29, 8, 30, 15, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture(scope="session")
def demo_pdf(tmp_path_factory) -> Exported:
    """The built-in demo page exported once (PDF/X-4, marks on) for every test that reads it."""
    from layout_app.assets import DEMO_DIR
    from layout_app.io.docfile import load_document
    from layout_app.layout.compose import Composer
    from layout_app.render.pdf.export import export_pdf

    doc = load_document(DEMO_DIR / "demo.yaml")
    out = tmp_path_factory.mktemp("demo") / "demo.pdf"
    export_pdf(doc, DEMO_DIR, out, now=DEMO_NOW)
    return Exported(doc, DEMO_DIR, out, Composer(doc, DEMO_DIR).compose_all()[0])
