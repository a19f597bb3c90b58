"""A photo file named in pinyin, as many photo desks and cameras' transfer tools name them
(xikou_caicha_chenjianguo.jpg: 溪口 采茶 陈建国): the words of a caption or heading its name says.
A word of the name counts where it spells two or more syllables of the text running, toneless
(xikou ↔ 溪口, chenjianguo ↔ 陈建国); one syllable (cha) could be any of a dozen characters — it names
nothing. pypinyin reads the characters, their readings in context (重庆 chongqing, 银行 yinhang)."""
from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[a-z]+")
# a word made of pinyin syllables (an initial, then a final) — photo, start, marathon are not: their
# file's name is no pinyin, and the text's characters are not read out for it
_FINAL = r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)"
PINYIN = re.compile(rf"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?{_FINAL})+")
LEAST_SYLLABLES = 2      # a word of the name spelling fewer syllables of the text names nothing
LONGEST_WORD = 8         # syllables a word may spell (a name, a place, a phrase)


def name_words(stem: str) -> list[str]:
    """The pinyin words of a file name's stem, lower case ('XiKou_caicha-2' → xikou, caicha); none where
    the name holds Chinese (it is read as characters then)."""
    if re.search(r"[\u3400-\u9fff]", stem):
        return []
    return [w for w in WORD.findall(stem.lower()) if len(w) >= 4 and PINYIN.fullmatch(w)]


@lru_cache(maxsize=4096)
def _syllables(text: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin       # (its dictionaries load when a pinyin name is met)
    # (ü as the desk types it: lv, lu or lyu — all compared as u)
    return tuple(s.replace("v", "u").replace("ü", "u") if s.isalpha() else " "
                 for s in lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [" "] * len(chars)))


def _spells_at(syl: tuple[str, ...], i: int, word: str) -> int:
    """Syllables of `syl` from `i` that spell `word` exactly, 0 where none do."""
    run = ""
    for j in range(i, min(len(syl), i + LONGEST_WORD)):
        run += syl[j]
        if run == word:
            return j - i + 1
        if not word.startswith(run):
            return 0
    return 0


def spelled(stem: str, text: str) -> int:
    """Characters of `text` the pinyin words of file name `stem` spell, each word at its first place
    (two syllables at least each): 0 for a name in characters or one that spells none."""
    syl = _syllables(text) if name_words(stem) else ()
    total = 0
    for word in name_words(stem):
        word = word.replace("v", "u")
        total += next((n for i in range(len(syl)) if (n := _spells_at(syl, i, word)) >= LEAST_SYLLABLES), 0)
    return total
