import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# caches (font metrics, photo proxies and print conversions) go to a folder of the test run
os.environ["LAYOUT_APP_CACHE"] = tempfile.mkdtemp(prefix="layout_app_test_cache_")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from hypothesis.database import DirectoryBasedExampleDatabase  # noqa: E402

# Hypothesis keeps its examples in the user's cache, never in the repository; in CI every run draws
# the same cases (derandomize: a fixed seed), so a red CI can be replayed exactly.
_cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
settings.register_profile("dev", database=DirectoryBasedExampleDatabase(os.path.join(_cache, "layout_app", "hypothesis")))
settings.register_profile("ci", database=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


class MockFonts:
    """The mock metrics of typesetting.md §5: Han and full-width marks 1 em, ASCII ½ em."""

    def merged_advances(self, face):
        return {chr(c): 0.5 for c in range(0x20, 0x7F)}

    def joining_ink(self, face):
        return {}


@pytest.fixture
def mock_fonts():
    return MockFonts()


@pytest.fixture
def page_doc(tmp_path):
    """The sample page with its photo written next to it: a 12-megapixel JPEG."""
    from layout_app.io.docfile import loads_document, save_document
    from tests.photos import write_jpeg
    from tests.samples import DOC_YAML

    (tmp_path / "photos").mkdir()
    write_jpeg(tmp_path / "photos" / "reading.jpg", 4200, 2900)
    doc = loads_document(DOC_YAML)
    path = tmp_path / "page.yaml"
    save_document(doc, path)
    return doc, tmp_path, path
