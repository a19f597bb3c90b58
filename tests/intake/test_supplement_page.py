"""A 副刊's copy (review28): its masthead (刊头) — the name over the issue line — heads the page, no story
is headed '第1287期'; a book's particulars in brackets end its review, never a caption, and the label of
the piece after it (微小说) is never run into them. Copy and expectations written by hand."""
from tests.intake.imported import import_text

P = "\u3000\u3000"

# the 微小说 piece, its label over its title (test_supplement_works sets the same page)
MICRO_FICTION = f"""微小说
父亲的手机

{P}父亲七十岁那年，我给他买了一部智能手机。他学了三个月，只学会了两件事：接电话，看天气预报。
{P}每天晚上八点，他都会打开天气预报，看看北京的气温。他说：“你在北京。”
"""

SUPPLEMENT = f"""江南·副刊
第1287期　2026年12月2日　星期三

编者按：老城改造进入第三年，许多老屋已经拆去，许多老屋还在。本期刊发的散文写的是一扇窗，也是一代人的来处。

老屋的窗

{P}老屋在平江路的一条支巷里，青砖，黛瓦，木格子窗。窗是朝北开的，冬天的风从河面上吹过来，先碰到窗，再碰到人。
{P}小时候我总趴在那扇窗前写作业。母亲在灶间烧饭，锅铲碰着铁锅，叮叮当当的，像是替我数着算术题的得数。

书评
在纸上重建一座小城

{P}《河流的记忆》是李晓岚的第三部长篇小说。小说以江南小城“梅镇”为背景，写了一条河在七十年间的改道、淤塞与重生。
{P}当然，小说也并非没有遗憾。但瑕不掩瑜，《河流的记忆》仍是近年来江南书写中难得的一部佳作。
{P}（《河流的记忆》，李晓岚著，人民文学出版社2026年9月出版，定价59.00元）

{MICRO_FICTION}"""


def test_the_masthead_heads_the_page_and_its_issue_line_is_its_deck(tmp_path):
    page = import_text(tmp_path, SUPPLEMENT)
    assert page.banner["headline"] == "江南·副刊"
    assert page.banner["deck"] == "第1287期　2026年12月2日　星期三"
    assert not any("第1287期" in (s.headline or "") for s in page.stories)
    assert [s.headline for s in page.stories] == ["老屋的窗", "在纸上重建一座小城", "父亲的手机"]


def test_a_books_particulars_end_its_review_and_the_next_label_heads_the_next_piece(tmp_path):
    page = import_text(tmp_path, SUPPLEMENT)
    review, story = page.stories[1], page.stories[2]
    assert review.kicker == "书评"
    assert review.paragraphs[-1] == "（《河流的记忆》，李晓岚著，人民文学出版社2026年9月出版，定价59.00元）"
    assert not page.captions
    assert story.kicker == "微小说" and len(story.paragraphs) == 2


def test_under_a_masthead_the_pieces_titles_are_quiet(tmp_path):
    # review28: an essay's title at 33.5 pt, a review's at 26 — a 副刊 sets them 小二 (18 pt) at most,
    # the masthead the page's largest type; the same copy under a news banner keeps its news sizes
    from layout_app.layout.compose import Composer
    from layout_app.layout.display import GlyphRun, Group
    from tests.intake.composed import compose_copy

    def head_sizes(copy, folder):
        folder.mkdir()
        _, _, doc = compose_copy(folder, copy, {})
        shown = Composer(doc, folder).compose(doc.pages[0])
        sizes = {}
        for g in shown.items:
            if isinstance(g, Group) and g.tag != "master" and g.frame.endswith("-head"):
                runs = [r.size for r in g.items if isinstance(r, GlyphRun) and r.text.strip()]
                if runs:
                    sizes[g.frame] = max(runs)
        return sizes

    quiet = head_sizes(SUPPLEMENT, tmp_path / "a")
    assert quiet["banner-head"] >= 26 and all(v <= 18.0 + 1e-6 for k, v in quiet.items() if k != "banner-head")
    news = head_sizes(SUPPLEMENT.replace("第1287期　2026年12月2日　星期三", "——老城改造三年记"), tmp_path / "b")
    assert max(v for k, v in news.items() if k != "banner-head") > 18.0
