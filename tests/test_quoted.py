"""A user's text quoted in a message: as typed, in quotes — a full-width space shown as one (the
reviewer read banner '（溪\\u3000言）' in English and Chinese alike), what the eye would miss escaped."""
from layout_app.errors import Notice, quote
from layout_app.intake.notices import BANNER_GUESS


def test_a_full_width_space_is_quoted_as_typed():
    said = Notice(BANNER_GUESS, headline="（溪　言）", confidence=50)
    assert "'（溪　言）'" in said and "\\u3000" not in said
    assert "'（溪　言）'" in said.render()


def test_what_the_eye_would_miss_is_escaped():
    assert quote("a\x00b") == "'a\\x00b'"
    assert quote("tab\there") == "'tab\\there'"
    assert quote("no\xa0break") == "'no\\xa0break'"          # a no-break space is not the space it looks like
    assert quote("it's") == '"it\'s"' and quote("say \"hi\" it's") == "'say \"hi\" it\\'s'"
    assert quote("back\\slash") == "'back\\\\slash'"
