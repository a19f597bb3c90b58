"""Chinese words: where a run of Han characters may be cut between words, and where a cut would split
one. Chinese is written without spaces, so this takes a dictionary: jieba's (about 350,000 words with
their frequencies), segmented by jieba's own most-probable path. Its unknown-word guesser (an HMM) is
left off: it joins names it has never seen with the characters around them ('看云溪村').

Used where typesetting must not break inside a word (headline lines) and where intake must tell a
paragraph cut at a column end ('我们会一' / '直坚持下去') from two paragraphs. The dictionary is read
once, on first use (about 0.4 s), and nothing is written to disk: jieba's own start-up would write a
cache file into the system's temporary folder."""
from __future__ import annotations

import io
import logging
import threading
from functools import lru_cache

from layout_app.text.punct import is_han


# words the dictionary counts fewer times than this are left out: rare entries join characters a
# reader would not ('坚持下去'), and 137,000 words read in a third of the time of 349,000
MIN_FREQ = 5


_LOADING = threading.Lock()
_loaded: tuple = ()


def _tokenizer():
    # (an export in the background and the page being edited may both ask first: read once, not twice)
    global _loaded
    if not _loaded:
        with _LOADING:
            if not _loaded:
                _loaded = _read()
    return _loaded


def _read():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    with tk.get_dict_file() as f:
        kept = [line for line in f.read().split(b"\n") if line.count(b" ") == 2
                and int(line.split(b" ", 2)[1]) >= MIN_FREQ]
    text = b"\n".join(kept)
    tk.FREQ, tk.total = tk.gen_pfdict(io.BytesIO(text))
    tk.initialized = True          # read in memory above: skip initialize(), which writes a cache file
    return tk, dict(line.split(" ")[::2] for line in text.decode("utf-8").split("\n"))


def _classes() -> dict[str, str]:
    """Each word's class as the dictionary gives it (n noun, v verb, r pronoun, d adverb, a adjective…)."""
    return _tokenizer()[1]


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """`text` cut into words; characters the dictionary does not join are words of one."""
    return tuple(_tokenizer()[0].lcut(text, HMM=False))


def _ends(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for w in words(text):
        spans.append((at, at + len(w)))
        at += len(w)
    return spans


def word_breaks(text: str) -> frozenset[int]:
    """Offsets between two dictionary words of two characters or more ('站点' / '增至'), or between
    such a word and a number or Latin word after it (never after one: 'APP预约平台' is one term).
    Punctuation is left to the line breaker's rules. A cut beside a word of one character is not
    counted: the character may be the end of a name the dictionary does not know ('河湾' / '村',
    '网格' / '员')."""
    spans = _ends(text)
    out = set()
    for (a, b), (c, d) in zip(spans, spans[1:]):
        left, right = text[a:b], text[c:d]
        if _two_han(left) and (_two_han(right) or right[0].isascii() and right[0].isalnum()):
            out.add(b)
    return frozenset(out)


# a phrase may open on a verb, pronoun, preposition, conjunction or adverb ('…站点' / '增至300个',
# '…杏花街道' / '如何…') — unless the word before leans on it: an adverb, adjective, preposition or
# conjunction ('有效' / '解决'); two nouns are a compound a reader takes as one ('杏花' / '街道')
_OPENS = ("v", "r", "p", "c", "d")
_LEANS = ("d", "ad", "a", "p", "c")


def phrase_starts(text: str) -> frozenset[int]:
    """Word boundaries (as `word_breaks`) where a phrase opens, by the words' classes in the
    dictionary: the second half of a headline may start there."""
    classes = _classes()
    spans, breaks = _ends(text), word_breaks(text)
    out = set()
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if b not in breaks:
            continue
        left, right = classes.get(text[a:b], ""), classes.get(text[c:d], "")
        if right.startswith(_OPENS) and right != "vn" and left not in _LEANS:      # (vn: a verb used as a noun)
            out.add(b)
    return frozenset(out)


def inside_word(text: str, at: int) -> bool:
    """Whether a cut at offset `at` would split a word of the dictionary ('一' / '直' in '一直')."""
    return any(a < at < b for a, b in _ends(text) if b - a > 1 and _all_han(text[a:b]))


def _all_han(s: str) -> bool:
    return all(is_han(ch) for ch in s)


def _two_han(word: str) -> bool:
    return len(word) > 1 and _all_han(word)
