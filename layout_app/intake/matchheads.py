"""A match report's result line (赛果): two sides, the score and what it did — '海港队3∶1逆转江城队',
'本市球队108∶96战胜山西队', '江城队1比3不敌海港队', '国际米兰2∶0完胜AC米兰'. A sports desk heads the report
with it: it is the 主题, and a short mood line over it ('主场连扳三球 终结三轮不胜') is the 引题 — never a
headline over a deck that happens to hold figures (review30: the score set as a small deck under the
mood line, 90 % sure)."""
from __future__ import annotations

import re

# the score: 3∶1, 3:1, 3：1, 3比1, 3-1 (a time, 8:30, is followed by no verb of a result)
_SCORE = r"\d{1,3}\s*(?:[∶:：比\-－–])\s*\d{1,3}"
# what the side did, right after the score or with the side between: 胜, 逆转, 战平, 击败, 力克, 不敌…
_RESULT = (r"(?:逆转|战胜|击败|力克|完胜|大胜|险胜|小胜|狂胜|轻取|横扫|零封|绝杀|胜|战平|逼平|打平|平|"
           r"不敌|负于|憾负|惜败|完败|惨败|负|败|淘汰|拿下|送给)")
# a side: a team's name of two characters or more, Han or Latin ('AC米兰', '山西队')
_SIDE = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·]{1,12}"
RESULT_LINE = re.compile(rf"{_SIDE}\s*(?:主场|客场|在主场|在客场)?\s*(?:以)?\s*{_SCORE}\s*{_RESULT}\s*{_SIDE}"
                         rf"|{_SIDE}\s*{_RESULT}\s*{_SIDE}\s*{_SCORE}")


def match_result(line: str) -> bool:
    """The line states a match's result: a side, the score and the result, and the other side."""
    text = line.strip()
    return bool(text) and len(text) <= 40 and bool(RESULT_LINE.search(text))


def result_reading(group: list[str]) -> tuple[str | None, str, str | None] | None:
    """Two heading lines of which one states a match's result, read by it (kicker, headline, deck): a
    mood line over the result its kicker, one under it its deck; None where neither or both do."""
    if len(group) != 2:
        return None
    upper, lower = (match_result(t) for t in group)
    if lower and not upper:
        return group[0], group[1], None
    if upper and not lower:
        return None, group[0], group[1]
    return None
