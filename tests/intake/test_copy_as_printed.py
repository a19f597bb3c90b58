"""Copy as a printed page's text leaves it, one blank line between all its blocks: captions before the
lead, quotes with their speakers, a brief's headline over its dateline, a commentator's byline. The
structure expected is written by hand (a reviewer's pages)."""
from layout_app.intake.importer import import_copy


def read(tmp_path, blocks):
    path = tmp_path / "copy.txt"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return import_copy(path)[0]


LEAD = "城市更新一头连着民生福祉，一头连着城市发展。一年来，江北区累计完成老旧小区改造86个，惠及居民3.2万户，城市面貌焕然一新。"
STORY = ["锦绣里小区：加装电梯 圆了老人们的“下楼梦”", "本报记者 孙悦",
         "锦绣里小区建于上世纪90年代，共有住宅楼24栋，60岁以上老人占居民总数的四成，加装电梯是大家最大的心愿。",
         "去年，锦绣里小区被列入全区老旧小区改造计划，街道、社区多次上门征求意见，一栋一策推进电梯加装。"]


def test_captions_before_the_lead_stay_captions(tmp_path):
    """Under the page's photo credit, three captions and then the lead: the last caption, followed by
    the lead's text, is a caption too (it shows someone somewhere), not the lead's first paragraph."""
    captions = ["锦绣里小区新加装的电梯投入使用，老人们乘电梯下楼。", "游客在改造后的青云街上拍照留念。", "市民在滨河路口袋公园里晨练。"]
    page = read(tmp_path, ["本版图片由本报记者 孙悦 摄", *captions, LEAD, *STORY])
    assert page.lead == [LEAD]
    assert [c.text for c in page.captions] == captions


def test_the_copy_opening_on_a_caption(tmp_path):
    """No credit line over it: the copy's first block, a short sentence showing someone somewhere, is
    a caption; the lead after it is the lead."""
    page = read(tmp_path, ["游客在云溪古村的石板街上游览。", LEAD, *STORY])
    assert [c.text for c in page.captions] == ["游客在云溪古村的石板街上游览。"]
    assert page.lead == [LEAD]


def test_quotes_with_their_speakers_are_paragraphs_and_a_briefs_headline_stands(tmp_path):
    """Three quotes each closed by its speaker after a dash are three paragraphs; the brief under them
    (a headline over 本报讯…) is a story of its own — none glued into the one before."""
    quotes = ["“小区里装了电梯，还修了花园，现在住着比新房子还舒心。”——锦绣里小区居民 赵桂兰",
              "“老街留住了老味道，也有了新气象，我们年轻人也爱来逛。”——市民 李婷婷",
              "“有事找社区，在手机上点一点就办好了，真方便！”——望江社区居民 周建平"]
    brief = "本报讯（通讯员 林涛）近日，江北区启动2027年度城市更新项目征集工作，面向全区广泛征集老旧小区改造项目。"
    page = read(tmp_path, [*STORY, "声音", "居民说：改造改到了我们的心坎上", *quotes, "江北区启动明年城市更新项目征集", brief])
    heads = [s.headline for s in page.stories]
    assert heads == ["锦绣里小区：加装电梯 圆了老人们的“下楼梦”", "居民说：改造改到了我们的心坎上", "江北区启动明年城市更新项目征集"]
    assert len(page.stories[1].paragraphs) == 3 and page.stories[1].paragraphs[2].endswith("周建平")
    assert page.stories[2].paragraphs == [brief]
    assert not page.captions


def test_a_commentators_byline(tmp_path):
    page = read(tmp_path, ["记者观察", "产业振兴，关键在“链”上发力", "本报评论员 周文",
                           "产业振兴是乡村振兴的重中之重。从东坪村的草莓到南湖镇的小龙虾，一个个特色产业的兴起，靠的是补链延链强链。"])
    (story,) = page.stories
    assert (story.kicker, story.headline, story.deck, story.byline) == ("记者观察", "产业振兴，关键在“链”上发力", None, "本报评论员 周文")


def test_nothing_runs_on_into_a_dateline(tmp_path):
    """A paragraph cut off mid-sentence (its rest in another column) is not glued to a brief's text that
    opens on 本报讯: a dateline opens an item."""
    cut = "今年，江北区面向全区街道、社区和居民广泛征集老旧小区改造、口袋公园建设等"
    brief = "本报讯（记者 王晨）近日，县图书馆延长周末开放时间，每周六、周日开放至晚上九时。"
    page = read(tmp_path, [*STORY, cut, brief])
    paragraphs = [p for s in page.stories for p in s.paragraphs] + page.lead + page.unassigned
    assert cut in paragraphs and brief in paragraphs
