"""A printed page's paragraphs as its indents set them (pdfcopy marks each paragraph's first line
with two full-width spaces): the text's own guesses undone where the page says otherwise. The
lines below are a page's lines as pdfcopy gives them, written by hand; the blocks what the text's
joins made of them."""
from layout_app.intake.indents import paragraphs_by_indent
from layout_app.intake.typesizes import SizedLines

PAGE = [
    "本报记者 韩婷",
    "实习生 叶淑珍",
    "\u3000\u3000近日，建设乡前进社区的护",
    "河志愿队正式投入使用。",
    "\u3000\u3000一曲唱罢，台下掌声雷动，",
    "87 岁的宋大爷跟着哼了起来。",
    "“好多年没在村里看过这么热",
    "闹的戏了。”",
    "宋大爷笑着说。",
    "\u3000\u3000“没想到在家门口就能看",
    "到这么精彩的比赛。”家住三",
    "元镇的胡奶奶今年 68 岁。",
    "\u3000\u3000据了解，7 月 22 日以来，",
    "位于三元镇的游泳馆几乎天天“满员”。",
    "本报记者 汪欣怡",
    "\u3000\u3000下一步将把治理经验推广到全县。",
    "本版编辑：刘晓燕 美术编辑：郑凯",
]


def _sized(lines: list[str]) -> SizedLines:
    return SizedLines.of([("".join(l.split()), [9.0] * len("".join(l.split())), 9.0) for l in lines])


def test_a_bylines_second_line_run_into_the_paragraph_under_it_goes_back_to_the_byline():
    blocks = [("本报记者 韩婷", 0), ("实习生 叶淑珍近日，建设乡前进社区的护河志愿队正式投入使用。", 0)]
    assert paragraphs_by_indent(blocks, PAGE, _sized(PAGE)) == [
        ("本报记者 韩婷 实习生 叶淑珍", 0), ("近日，建设乡前进社区的护河志愿队正式投入使用。", 0)]


def test_a_quotes_attribution_set_without_the_indent_goes_on_in_its_paragraph():
    blocks = [("一曲唱罢，台下掌声雷动，87岁的宋大爷跟着哼了起来。“好多年没在村里看过这么热闹的戏了。”", 0),
              ("宋大爷笑着说。", 0)]
    assert paragraphs_by_indent(blocks, PAGE, _sized(PAGE)) == [
        ("一曲唱罢，台下掌声雷动，87岁的宋大爷跟着哼了起来。“好多年没在村里看过这么热闹的戏了。”宋大爷笑着说。", 0)]


def test_a_line_the_texts_guesses_moved_away_goes_back_to_the_line_it_goes_on_from():
    blocks = [("“没想到在家门口就能看到这么精彩的比赛。”家住三", 0), ("据了解，7月22日以来，位于三元镇的游泳馆几乎天天“满员”。", 0),
              ("元镇的胡奶奶今年68岁。", 2)]
    assert paragraphs_by_indent(blocks, PAGE, _sized(PAGE)) == [
        ("“没想到在家门口就能看到这么精彩的比赛。”家住三元镇的胡奶奶今年68岁。", 0),
        ("据了解，7月22日以来，位于三元镇的游泳馆几乎天天“满员”。", 0)]


def test_an_indented_line_a_byline_and_another_size_go_on_in_nothing():
    # an indented paragraph after one that ended; a byline after running text (its story's heading
    # stands elsewhere); the page's credits set in the body's size; the caption set smaller than the body
    page = PAGE + ["村民在菜园里采摘蔬菜。"]
    sized = SizedLines.of([("".join(l.split()), [8.0 if l.startswith("村民") else 9.0] * len("".join(l.split())), 9.0)
                           for l in page])
    blocks = [("近日，建设乡前进社区的护河志愿队正式投入使用。", 0), ("一曲唱罢，台下掌声雷动，87岁的宋大爷跟着哼了起来。", 0),
              ("据了解，7月22日以来，位于三元镇的游泳馆几乎天天“满员”。", 0), ("本报记者 汪欣怡", 0),
              ("下一步将把治理经验推广到全县。", 0), ("本版编辑：刘晓燕 美术编辑：郑凯", 0), ("村民在菜园里采摘蔬菜。", 0)]
    assert paragraphs_by_indent(blocks, page, sized) == blocks
