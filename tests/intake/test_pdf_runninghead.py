"""A printed page's running head (报眉) read out of its PDF's text, wherever the text tool put it: on
one line at the top (pdftotext -raw, pypdfium2), at the foot, a part a line (pdftotext's flows), its
parts in another order, a part left among the columns. It is never a story, a kicker, the banner or a
deck, never glued to a paragraph; its text is kept (the page's furniture) and its fields said.

The page's text is written here by hand, as the tools give a page's column lines (13 characters a
line, a paragraph's first line two in); the stories expected are the ones written. 2026-12-02 is a
Wednesday (2026-01-01 a Thursday, 335 days before)."""
from __future__ import annotations

import re

import pytest

from layout_app.intake.importer import import_copy
from layout_app.intake.pdfrunninghead import head_lines_apart, parts

MEASURE = 13
STORIES = [
    ("记者调查", "冬泳爱好者迎来新赛季", "本报记者 张三", [
        "本报讯 入冬以来，市游泳馆外的湖边每天清晨都聚集着上百名冬泳爱好者。今年冬泳协会新增会员二百多人，年龄最大的已经七十八岁。",
        "协会负责人介绍，今年在湖边新建了更衣室和热水淋浴间，还配备了两名救生员，冬泳爱好者的安全更有保障了。",
    ]),
    (None, "少年足球联赛落幕", None, [
        "本报讯 为期两个月的全市少年足球联赛昨天落下帷幕，来自四十所中小学的一百多支球队参加了比赛。",
        "组委会表示，明年将增加女子组的比赛，让更多的孩子走上绿茵场。",
    ]),
]
FIELDS = {"page_number": 5, "section": "体育", "paper": "江城日报", "date": "2026-12-02", "editor": "赵六"}
HEAD = "第 5 版 体育 江城日报 2026 年 12 月 2 日 星期三 责任编辑：赵六"       # -raw's and pdfium's one line
SAID = "page 5, section 体育, paper 江城日报, date 2026-12-02, editor 赵六, art editor —"


def column(paragraph: str) -> list[str]:
    """A paragraph as a column sets it: its first line two characters in (the indent lost), the rest full."""
    lines, rest = [paragraph[:MEASURE - 2]], paragraph[MEASURE - 2:]
    while rest:
        lines.append(rest[:MEASURE])
        rest = rest[MEASURE:]
    return lines


def story_lines(k: int) -> list[str]:
    kicker, headline, byline, paragraphs = STORIES[k]
    return [x for x in (kicker, headline, byline) if x] + [line for p in paragraphs for line in column(p)]


BODY = story_lines(0) + story_lines(1)


def _import(tmp_path, lines: list[str]):
    f = tmp_path / "page.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return import_copy(f)


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


def _check(page, copy, head: str = HEAD, fields: dict = FIELDS):
    # the stories as written: the head in none of them, no kicker, no deck, no paragraph of it
    assert [(s.kicker, s.headline, s.byline, [_bare(p) for p in s.paragraphs]) for s in page.stories] == \
        [(k, h, b, [_bare(p) for p in ps]) for k, h, b, ps in STORIES]
    assert page.banner is None and not page.lead and not page.credits and not page.unassigned
    # … its every character kept, as the page's furniture, and its fields said
    assert sorted(_bare("".join(page.furniture))) == sorted(_bare(head))
    assert page.running_head == fields
    said = [n for n in copy.notices if "running head (报眉)" in n]
    assert len(said) == 1 and said[0].endswith(SAID + " (— where it prints none)"), copy.notices


def test_the_written_page_reads_right_without_a_head(tmp_path):
    page, _ = _import(tmp_path, BODY)
    assert [(s.kicker, s.headline, s.byline) for s in page.stories] == [s[:3] for s in STORIES]
    assert not page.furniture and not page.running_head


def test_one_line_at_the_top(tmp_path):
    _check(*_import(tmp_path, [HEAD] + BODY))


def test_one_line_at_the_foot(tmp_path):
    _check(*_import(tmp_path, BODY + [HEAD]))


def test_a_part_a_line_at_the_top_as_pdftotexts_flows_give_it(tmp_path):
    split = ["第5版", "体育", "江城日报", "2026 年 12 月 2 日", "星期三", "责任编辑：赵六"]
    lines = [x for part in split for x in (part, "")] + BODY
    _check(*_import(tmp_path, lines))


def test_its_parts_in_another_order_the_kicker_under_them_stays_the_kicker(tmp_path):
    # the section right after its 版次, then the first story's kicker ('记者调查', as short as a section)
    lines = ["2026年12月2日 星期三", "江城日报", "第5版", "体育"] + BODY
    fields = {k: v for k, v in FIELDS.items() if k != "editor"}
    page, copy = _import(tmp_path, lines)
    assert page.stories[0].kicker == "记者调查"
    said = [n for n in copy.notices if "running head (报眉)" in n]
    assert page.running_head == fields and said[0].endswith("editor —, art editor — (— where it prints none)")
    assert sorted(_bare("".join(page.furniture))) == sorted(_bare("".join(lines[:4])))


def test_at_the_foot_its_editor_label_and_name_on_lines_of_their_own(tmp_path):
    lines = BODY + ["第5版 体育", "江城日报 2026年12月2日 星期三", "本版责任编辑", "赵六"]
    _check(*_import(tmp_path, lines), head="".join(lines[-4:]))


def test_parts_the_flows_left_among_the_columns_are_the_heads(tmp_path):
    # pdftotext's default text of our own page put 星期三 and 责任编辑 a flow each between two columns
    lines = ["第5版", "", "体育", "", "江城日报", "", "2026 年 12 月 2 日", ""] + story_lines(0) + \
        ["", "星期三", "", "责任编辑：赵六", ""] + story_lines(1)
    _check(*_import(tmp_path, lines))


def test_a_staff_line_at_the_foot_with_no_head_stays_the_pages_credit(tmp_path):
    page, _ = _import(tmp_path, BODY + ["责任编辑 李四"])
    assert page.credits == ["责任编辑 李四"] and not page.furniture and not page.running_head


def test_copy_as_typed_keeps_a_dated_first_line():
    # a diary's date over its text is copy (no 版次 says a page): nothing taken from copy as typed
    lines = ["2026年12月2日 星期三", "", "今天下了第一场雪。"]
    assert head_lines_apart(lines, printed=False) == (lines, None)
    lines, head = head_lines_apart(["第5版　体育", "", "冬泳爱好者迎来新赛季", "", "本报讯 入冬以来……"], printed=False)
    assert lines[0] == "" and (head.number, head.section) == (5, "体育")


@pytest.mark.parametrize("copy", ["A0", "A3", "A0版", "6"])
def test_a_folio_alone_with_no_head_beside_it_is_copy(tmp_path, copy):
    # (hypothesis found 'A0' — a whole copy file — taken for a running head that printed no field,
    # the reporter's two characters on no page)
    path = tmp_path / "copy.txt"
    path.write_text(copy + "\n\n本报讯 今天下了第一场雪。\n", encoding="utf-8")
    page, _ = import_copy(path)
    assert page.furniture == [] and page.running_head == {}
    assert copy in [s.headline for s in page.stories] + [p for s in page.stories for p in s.paragraphs]


def test_a_lettered_folio_with_its_ban_is_the_head(tmp_path):
    path = tmp_path / "copy.txt"
    path.write_text("A3版　要闻　2026年12月2日\n\n冬泳爱好者迎来新赛季\n\n本报讯 入冬以来，市游泳馆开放。\n", encoding="utf-8")
    page, _ = import_copy(path)
    assert page.furniture == ["A3版　要闻　2026年12月2日"]
    assert page.running_head == {"section": "要闻", "date": "2026-12-02"}


@pytest.mark.parametrize("line, kinds", [
    ("第 5 版 体育 江城日报 2026 年 12 月 2 日 星期三 责任编辑：赵六",
     ["folio", "word", "paper", "date", "weekday", "staff"]),
    ("第5版：体育｜江城日报｜2026年12月2日 星期三", ["folio", "word", "paper", "date", "weekday"]),
    ("本版责任编辑", ["staff"]),
    ("责任编辑 赵六　美术编辑 钱七", ["staff", "staff"]),
    ("冬泳爱好者迎来新赛季", None),                     # a headline: too long a run of words for a section
    ("本报讯 入冬以来，市游泳馆", None),
    ("2026年12月2日，市游泳馆开放", None),
])
def test_a_line_made_only_of_running_head_parts(line, kinds):
    found = parts(line)
    assert (None if found is None else [k for k, _ in found]) == kinds


# --- our own page, laid out, exported and read back: the running head compose prints over it ---------

def _spec():
    from tests.corpus.generator import PageSpec, StorySpec

    stories = [StorySpec(h, list(ps), kicker=k, byline=b) for k, h, b, ps in STORIES]
    stories.append(StorySpec("市图书馆延长开放时间", [
        "本报讯 从下月起，市图书馆周一至周五的开放时间将延长到晚上九点，周末照常开放，方便上班族下班后前来借书和自习。",
        "图书馆负责人说，延长开放时间后，馆里将增加两名管理员，自助借还机也将全天开放。"]))
    return PageSpec(7, stories, credits=["责任编辑 赵六"])


@pytest.mark.parametrize("how", ["pdf", "pdftotext", "pdftotext-raw", "pdfium"])
def test_our_own_page_read_back_gives_its_stories_and_its_head(tmp_path, how):
    from tests.corpus.pdf_copy import export, extract, running_head

    head, _ = running_head(_spec())
    pdf, kept = export(_spec(), tmp_path)
    assert [s.headline for s in kept.stories] == [s[1] for s in STORIES] + ["市图书馆延长开放时间"]   # all on the page

    def key(stories):
        return [(s.kicker, s.headline, s.byline, [_bare(p) for p in s.paragraphs]) for s in stories]

    if how == "pdf":
        page, copy = import_copy(pdf)
    else:
        page, copy = _import(tmp_path, extract(pdf, how).splitlines())
    if how != "pdftotext":
        assert key(page.stories) == key(kept.stories)
    else:
        # pdftotext's flows of so small a page are read wrong with or without a head (its columns a flow
        # each in poppler's order): the head changes nothing of them — the text with the head's parts
        # struck out by hand (a line each here, 第8版 / 体育 / … / 责任编辑：赵六) reads as the page
        parts_ = parts_of(kept.furniture)
        lines = extract(pdf, how).splitlines()
        struck = ["" if _bare(line) in parts_ else line for line in lines]
        assert sum(a != b for a, b in zip(lines, struck)) == 6
        assert key(page.stories) == key(_import(tmp_path, struck)[0].stories)
    # … and no part of the head in any story's heading or text
    text = _bare("".join(x for s in page.stories for x in (s.kicker, s.headline, s.deck, *s.paragraphs) if x))
    assert not [x for x in parts_of(kept.furniture) if x in text]

    # the 责任编辑 printed in the head, not as a credit; the head's every character kept, its fields read
    assert not page.credits and not page.unassigned and page.banner is None
    printed = "".join(kept.furniture)
    assert sorted(_bare("".join(f for f in page.furniture if not f.startswith("layout_app")))) == sorted(_bare(printed))
    assert page.running_head == {"page_number": head.number, "section": head.section, "paper": head.paper,
                                 "date": head.date, "editor": "赵六"}


def parts_of(furniture: list[str]) -> set[str]:
    return {_bare(x) for line in furniture for x in line.split("　")}


def test_two_editors_on_the_line_each_their_own():
    # (美术编辑 is no name of the 责任编辑's: demo.yaml's head, '责任编辑：王晓明　美术编辑：李芳')
    _, head = head_lines_apart(["第 1 版 要闻 示范报 2026 年 11 月 28 日 星期六 责任编辑：王晓明 美术编辑：李芳"] + BODY)
    assert (head.editor, head.art_editor, head.number, head.date) == ("王晓明", "李芳", 1, "2026-11-28")
    assert head.lines == ["第1版 要闻 示范报 2026年11月28日 星期六 责任编辑：王晓明 美术编辑：李芳"]
    # and import says each in its role (review 31: 'editor 王晓明、李芳')
    from layout_app.intake.pdfrunninghead import head_notice
    from layout_app.lang import translator
    said = head_notice(head, "demo.pdf").render(translator("en", "Intake"))
    assert said.endswith("editor 王晓明, art editor 李芳 (— where it prints none)"), said
