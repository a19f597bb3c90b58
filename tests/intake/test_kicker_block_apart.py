"""In pdftotext's default text two heading lines poppler gives in blocks apart are two parts, never one
headline wrapped: a kicker is set smaller, in a block of its own, and pdfflows puts a headline's block on
one line already. The varied generator's page 7136 gives '沙坪街道前进村：下班后也能看上病了', a blank
line, then '急救站为健康“加码”' — read, line by line, as one headline wrapped at 了 (a page's text given
line by line has no blocks: there it is one headline). Answers written by hand from the printed page."""
from layout_app.intake.headings import four_line_headings, wrapped_headlines
from layout_app.intake.pdfpieces import one_block, poppler_blocks
from tests.intake.imported import bare, printed


def test_a_kicker_in_a_block_of_its_own_is_not_run_into_the_headline_under_it():
    page = printed("varied7136-pdftotext.txt")
    story = next(s for s in page.stories if bare(s.paragraphs[0]).startswith("入冬以来，沙坪街道前进村急救站"))
    assert bare(story.kicker) == "沙坪街道前进村：下班后也能看上病了"
    assert story.headline == "急救站为健康“加码”"
    assert story.deck == "——记院长许凯"


def test_a_headline_poppler_gives_in_one_block_is_still_joined():
    # (the page's first block, left apart by pdfflows as a banner could be: '看病不用再“起早排队”' /
    # '让群众少跑腿 看病更省心' on page 7091 — one headline in two lines)
    heads = ["看病不用再“起早排队”", "让群众少跑腿 看病更省心"]
    one = wrapped_headlines(heads, blocks=poppler_blocks(["第3版", "", *heads, "本报记者 沈卫国"]))
    assert [bare(x) for x in one] == ["看病不用再“起早排队”让群众少跑腿看病更省心"]
    assert wrapped_headlines(heads, blocks=poppler_blocks(["第3版", "", heads[0], "", heads[1]])) == heads


def test_four_heading_lines_keep_apart_what_poppler_gave_in_blocks_apart():
    # varied7074: pdfflows gave a story kicker, headline (its block on one line), a deck in figures and
    # another story's dash deck; the headline and the rate under it stood in blocks apart — two parts
    lines = ["幸福养老 走进华山街道", "老有所养 老有所乐 华山街道幸福食堂暖了老人心", "日均服务老人 20 余人",
             "——记教练傅雨轩", "本报记者 薛亮 实习生 马雨轩", "9 月 7 日上午,华山街道汽车站格外热闹。"]
    apart = ["幸福养老 走进华山街道", "", "老有所养 老有所乐", "华山街道幸福食堂暖了老人心", "", "日均服务老人 20 余人"]
    assert four_line_headings(lines, poppler_blocks(apart)) == lines
    together = apart[:4] + apart[5:]
    assert four_line_headings(lines, poppler_blocks(together))[1] == "老有所养 老有所乐 华山街道幸福食堂暖了老人心 日均服务老人 20 余人"
    assert one_block(poppler_blocks(together), lines[1], lines[2])     # (the block's last line over it)
    assert not one_block(poppler_blocks(apart), lines[1], lines[2])
