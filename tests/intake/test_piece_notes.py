"""A piece's notes at its foot — an essay's 作者简介, a review's book particulars in brackets — set a size
smaller in 楷体, not as a paragraph of its text (review28). Expectations by hand."""
from tests.intake.composed import compose_copy
from tests.intake.test_desk_pages import BOOKS      # (the reviewer's books column)

P = "\u3000\u3000"
COPY = f"""老屋的窗

本报记者 王晓东

{P}本报讯 老屋在平江路的一条支巷里，青砖，黛瓦，木格子窗。窗是朝北开的，冬天的风从河面上吹过来，先碰到窗，再碰到人。
{P}去年秋天，街道的人来量房子，说老屋要修缮。母亲没说什么，只是夜里把十二扇窗格一扇一扇擦干净，放进了床底下。
{P}作者简介：陈静秋，江苏苏州人，中国作家协会会员，著有散文集《水巷》等。

在纸上重建一座小城

本报记者 周明远

{P}本报讯 《河流的记忆》是李晓岚的第三部长篇小说。小说以江南小城“梅镇”为背景，写了一条河在七十年间的改道。
{P}作者简介：这一段在中间，不是末尾的注，照正文排。
{P}读这部小说，最先打动我的是它的耐心。作者不急于讲故事，而是写梅镇的一个早晨。
{P}（《河流的记忆》，李晓岚著，人民文学出版社2026年9月出版，定价59.00元）
"""


def test_notes_at_a_pieces_foot_are_set_smaller_in_kai(tmp_path):
    _, _, doc = compose_copy(tmp_path, COPY, {})
    body = doc.styles["body"].size
    by_head = {s.headline: s for s in doc.stories}
    for headline, notes in (("老屋的窗", {2}), ("在纸上重建一座小城", {3})):
        story = by_head[headline]
        local = {f.paragraph: dict(f.local) for f in story.formats}
        assert {j for j, d in local.items() if d.get("font") == "kai"} == notes, headline
        for j in notes:
            assert local[j]["size"] < body


def test_a_books_columns_imprints_and_its_recommenders_signature(tmp_path):
    _, _, doc = compose_copy(tmp_path, BOOKS, {})
    (story,) = doc.stories
    local = {f.paragraph: dict(f.local) for f in story.formats}
    # each book's imprint under its title: 楷体, smaller, flush — not indented as the book's text
    for j in (1, 4):
        assert local[j]["font"] == "kai" and local[j]["indent"] == 0 and local[j]["size"] < doc.styles["body"].size
    assert 2 not in local and 5 not in local                   # the books' text: body as typed
    assert local[6]["align"] == "right" and local[6]["indent"] == 0   # （推荐人：…） flush right at the foot
