"""A headline set in two lines with its deck in figures under it, all three in one poppler block
('让老人吃上“放心饭”老有所养' / '老有所乐' / '日均服务老人 18 余人'): a rate in figures ('日均…') is the
deck, not the headline's last line — a headline's last line counts what happened ('接诊 3434 人次'), a
deck sums up. The varied generator's page 7132 as pdftotext gives it; the expected parts are written out
from the printed page by hand."""

from tests.intake.imported import bare, printed

PAGE = "varied7132-pdftotext.txt"



def test_a_rate_in_figures_under_a_two_line_headline_is_its_deck():
    page = printed(PAGE)
    story = next(s for s in page.stories if "放心饭" in (s.headline or ""))
    assert bare(story.headline) == "让老人吃上“放心饭”老有所养老有所乐"
    assert bare(story.deck) == "日均服务老人18余人"
    assert bare(story.byline) == "记者薛欣怡通讯员杨永福刘一鸣"
    assert bare(story.paragraphs[0]).startswith("近日，五里街道康乐社区的爱心餐厅正式投入使用。")
