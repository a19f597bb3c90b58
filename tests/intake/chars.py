"""The characters a reporter wrote, counted the way intake promises to keep them.

Intake may change half-width ,:;?!() to full-width in Chinese context and tidy white space; nothing
else. The mapping is typed in from that description, not taken from the code's table."""
from collections import Counter

HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def characters(text: str) -> Counter:
    """Non-space characters, half-width marks counted as their full-width forms."""
    return Counter(HALF_TO_FULL.get(ch, ch) for ch in text if not ch.isspace())


def page_characters(page) -> Counter:
    """Every character of every field intake fills in, unassigned lines included, and the running head
    and slugs it sets aside (furniture: each said in a notice as what it is, never silently dropped)."""
    data = page.to_json()
    parts = list(data["lead"]) + data["credits"] + data["unassigned"] + [c["text"] for c in data["captions"]]
    parts += data["furniture"]
    if data["banner"]:
        parts += [v for v in data["banner"].values() if v]
    for s in data["stories"]:
        parts += [v for v in (s["kicker"], s["headline"], s["deck"], s["byline"]) if v] + s["paragraphs"]
    return characters("".join(parts))


def difference(text: str, page) -> str:
    """'' when every character is there; else what was lost and what appeared."""
    want, got = characters(text), page_characters(page)
    lost, gained = want - got, got - want
    if not lost and not gained:
        return ""
    return f"lost {''.join(lost.elements())!r}, gained {''.join(gained.elements())!r}"
