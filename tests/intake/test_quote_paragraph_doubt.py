"""A quote -raw cut off after a sentence's stop that reads both ways — the rest of the line above (the two
fill the column) and a new paragraph's first line as compose sets that paragraph — is joined as before,
and shown to check: the page's notice names the two lines, the story's confidence drops. The varied
generator's page 7013 as `pdftotext -raw` gives it ('…减轻了商户的' / '负担。' / '“一晚上能卖 35 多碗，' /
'比以前好多了。' / '”主播程立新' / '告诉记者。…': on the page it was a new paragraph)."""
from pathlib import Path

from layout_app.intake.importer import import_copy
from layout_app.intake.quotecut import either_way
from layout_app.intake.structure import LOW

PRINTED = Path(__file__).parent / "printed"
PIECES = ["好事办得更实在。区工商联对", "新开张的创业孵化园实行“免", "租三个月”，减轻了商户的", "负担。",
          "“一晚上能卖 35 多碗，", "比以前好多了。", "”主播程立新", "告诉记者。创业孵化园共设摊",
          "位 37 个，优先安排下岗职工", "和困难家庭。"]


def test_a_quote_that_fills_the_line_above_and_opens_a_paragraph_as_well_reads_both_ways():
    assert either_way("负担。", PIECES, 4, 13)
    # one character and its stop: compose never ends a paragraph on it — the rest of its line, surely
    assert not either_way("担。", ["担。"] + PIECES[4:], 1, 13)
    # a quote short of a first line with its speaker under it: the paragraph goes on, surely
    said = ["…在这里上演。", "“明年还来！”", "演员曾亮说。", "据了解，今年以来，全县共组织演出 96 场。"]
    assert not either_way("…在这里上演。", said, 1, 13)


def test_the_story_is_shown_to_check_with_the_two_lines_named():
    page, copy = import_copy(PRINTED / "varied7013-pdftotext-raw.txt")
    story = next(s for s in page.stories if "创业孵化园带旺烟火气" in s.headline)
    assert story.confidence < LOW and story.doubt == "paragraph"
    said = [str(n) for n in copy.notices]
    assert any("“一晚上能卖35多碗，" in n and "负担。" in n and "new paragraph" in n for n in said)


def test_a_quote_taken_for_a_new_paragraph_that_is_the_rest_of_the_line_as_well_reads_both_ways():
    # the varied generator's page 7074 as -raw gives it: '获奖。“明年还来！”演员胡晓' was one column line
    # (the paragraph went on), and '“明年还来!”演员胡晓' is a first line as compose sets a paragraph too
    from layout_app.intake.quotecut import rest_as_well

    pieces = ["演员许玉珍从事这门手艺", "已有 30 年,作品多次在省里", "获奖。", "“明年还来!", "”演员胡晓", "燕说。",
              "截至目前,送电影下乡已", "惠及市民 3794 余人次。"]
    assert rest_as_well("获奖。", pieces, 3, 13)
    # a full line ending its sentence holds nothing more: the quote opens a paragraph, surely
    full = ["演员许玉珍从事这门手艺已有", "三十年，作品多次在省里获奖。"] + pieces[3:]
    assert not rest_as_well("三十年，作品多次在省里获奖。", full, 2, 13)


def test_compose_says_the_doubt_is_about_the_paragraphs_not_the_heading_lines(tmp_path):
    from layout_app.cli import main
    from layout_app.io.docfile import load_document
    from layout_app.layout.compose import Composer
    from layout_app.preflight.checks import page_check

    copy = tmp_path / "copy.txt"
    copy.write_bytes((PRINTED / "varied7013-pdftotext-raw.txt").read_bytes())
    out = tmp_path / "page.yaml"
    assert main(["compose", "--copy", str(copy), "-o", str(out)]) in (0, 1)
    doc = load_document(out)
    story = next(s for s in doc.stories if "创业孵化园带旺烟火气" in s.headline)
    assert story.query == "columns"
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    said = [f.message for f in page_check(doc, 0, display).warnings
            if f.code == "story-query" and f.where["story"] == story.id]
    assert len(said) == 1 and "its paragraphs were put together" in said[0]
