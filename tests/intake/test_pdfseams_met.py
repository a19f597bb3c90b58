"""A pair of characters the page says only where two words meet is no word at a seam that reads other
words: '记者了解到' says 者了 again and again, but '…患者' / '了字。' is no word broken at a column's foot
(pdfchains joined 'CT 机和 DR 设备，患者' to '了字。楼道改造…', the rest of '…最终全楼住户都签'). Lines
written out by hand as pdftotext's default flows give them, a blank line between flows."""
from __future__ import annotations

from layout_app.intake.pdfseams import _Said

PAGE = [
    "今天上午，记者了解到，社区",
    "新建了健康小屋。记者了解到，",
    "",
    "小屋每天开放。记者了解到，全",
    "面升级后的设施更方便了，村",
    "里的人们都来体检。改造升级",
    "",
    "“住了三十年，终于等到这一",
    "天。”村里的人们都说好。",
    "",
    "大家到村委会开会了，村委会",
    "开会了就定下来。",
]


def said() -> _Said:
    return _Said(PAGE, 1.0)


def test_the_page_says_the_pair_often():
    # (the count alone calls it a word: the old reading)
    assert said().word("者", "了")


def test_a_pair_said_only_where_two_words_meet_is_no_word_at_a_seam_of_other_words():
    # 患者 above, 了 alone below: the page's 者了 is 记者 + 了解 every time
    assert not said().word_at("CT 机和 DR 设备，患者", "了字。楼道改造最难的是统一")


def test_the_same_words_meeting_at_the_seam_still_hold_it():
    # '…今天下午，记者' / '了解到，…': 记者 ends the line above as it does where the page says 者了
    assert said().word_at("今天下午，记者", "了解到，区里还将")
    # … or 了解 opens the line below ('…受访的老人' would not; '…学生' + '了解' reads the same word)
    assert said().word_at("据学者", "了解，这里")


def test_a_word_broken_at_the_seam_holds_it():
    # '…设施已升' / '级，…': 升级 is a word the page says (全面升级, 改造升级)
    assert said().word_at("设施已升", "级，居民")


def test_a_word_of_one_character_meets_the_next_as_the_page_says():
    # '…来看病的' / '人越来越多': 的 is a word of its own, as in '村里的人们': the pair holds
    assert said().word_at("来看病的", "人越来越多")


def test_a_word_the_page_says_holds_the_seam_though_other_words_meet_there():
    # '…社区居委' / '会议室里': 委会 is inside 村委会 where the page says it, though the words each
    # side (村委 / 委, 会 / 会议室) are not the seam's: a word broken at the column's foot
    assert said().word_at("社区居委", "会议室里")
