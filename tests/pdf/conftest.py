import shutil

import pytest


TOOLS = ("pdffonts", "pdfimages", "pdfinfo", "qpdf", "pdftotext")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


def need_tools():
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.fail(f"PDF check tools missing: {missing} (scripts/install.sh --test installs poppler-utils and qpdf)")


