import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


class MockFonts:
    """The mock metrics of typesetting.md §5: Han and full-width marks 1 em, ASCII ½ em."""

    def merged_advances(self, face):
        return {chr(c): 0.5 for c in range(0x20, 0x7F)}

    def joining_ink(self, face):
        return {}


@pytest.fixture
def mock_fonts():
    return MockFonts()
