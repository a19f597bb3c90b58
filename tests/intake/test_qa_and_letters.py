"""A 记者问答's turns (问：… / 答：…) are its text, never headlines asking — each question had become a
story of its own, its label 记者问答 the story above's last line; a reader's letter signed at its foot,
'城北新区锦绣花园居民　周立新', is its last line (set flush right), not a headline over the caption after it
(review27). Copy and expectations written by hand."""
from __future__ import annotations

from layout_app.intake.compose import compose
from layout_app.intake.importer import import_copy

P = "\u3000\u3000"
COPY = f"""记者问答

医保年度结算有哪些新变化

——访市医保局待遇保障处负责人

本报记者　赵敏

{P}日前，记者就城乡居民医保年度结算的新变化，采访了市医保局待遇保障处负责人。
{P}问：今年城乡居民医保的缴费标准是多少？
{P}答：2027年度个人缴费标准为每人每年400元，与上年持平，财政补助标准同步提高。
{P}问：群众可以通过哪些渠道缴费？
{P}答：可以通过微信小程序、各大银行App和社区服务站缴费，也可以到政务服务中心办理。

读者来信

小区门口的“断头路”何时能打通

{P}编辑同志：
{P}我家住在城北新区锦绣花园，小区门口的纬二路修到一半就停了，居民出门要绕行两公里。
{P}希望有关部门早日打通这条断头路，方便群众出行。

城北新区锦绣花园居民　周立新

幸福里居民　喜迁新居

{P}本报讯（记者 周丽）日前，建设街道幸福里社区120户居民搬进了新建的安置小区，小区配套了卫生服务站和老年食堂。
"""


def test_qa_turns_stay_the_pieces_text_and_a_letters_writer_ends_it(tmp_path):
    f = tmp_path / "copy.txt"
    f.write_text(COPY, encoding="utf-8")
    page, _ = import_copy(f)
    heads = [(s.kicker, s.headline) for s in page.stories]
    assert heads == [("记者问答", "医保年度结算有哪些新变化"), ("读者来信", "小区门口的“断头路”何时能打通"),
                     (None, "幸福里居民　喜迁新居")]
    qa, letter, brief = page.stories
    assert qa.deck == "——访市医保局待遇保障处负责人" and len(qa.paragraphs) == 5
    assert qa.paragraphs[1] == "问：今年城乡居民医保的缴费标准是多少？"
    assert letter.paragraphs[-1] == "城北新区锦绣花园居民　周立新"
    # a headline of the same shape with its text under it stays a headline
    assert brief.paragraphs[0].startswith("本报讯")


def test_compose_sets_the_letters_writer_flush_right(tmp_path):
    f = tmp_path / "copy.txt"
    f.write_text(COPY, encoding="utf-8")
    doc = compose("duikai", [f], [], tmp_path / "page.yaml").document
    letter = next(s for s in doc.stories if s.headline == "小区门口的“断头路”何时能打通")
    # 城北新区锦绣花园居民　周立新 is 14 ems: at 小五 (126 pt) it would break in the writer's name on a
    # 13-character column (117 pt) — set at 8 pt (112 pt) it holds one line (review29: 周 / 立新)
    assert [(x.paragraph, dict(x.local)) for x in letter.formats] == \
        [(len(letter.body) - 1, {"align": "right", "indent": 0, "size": 8.0})]
