"""Copy read straight out of a printed page's PDF: a page laid out and exported by us, imported back
from its .pdf, gives the stories that were written (hand-written here); a PDF that is no copy is
refused in one line naming the file."""
from pathlib import Path

import pikepdf
import pytest

from layout_app.errors import InputError
from layout_app.intake.importer import import_copy
from tests.corpus.generator import PageSpec, StorySpec
from tests.corpus.pdf_copy import export
from tests.corpus.score import normal

P = "据了解，河湾村还将在4个村（社区）推广红色书屋的做法，让群众在家门口就能读到好书。"
SPEC = PageSpec(seed=0, stories=[
    StorySpec("河湾村“红色书屋”有温度", [
        "通过WiFi平台，村民可以在线预约红色书屋的服务，办理时间缩短了86%。志愿者胡静介绍，红色书屋自11月9日"
        "启用以来，已累计办理业务1705场。" + P,
        "这样的红色书屋，谁不喜欢？村支书任宏伟表示，下一步将继续完善红色书屋的服务功能，有效解决了群众的急难愁盼问题。" * 2,
        "在河湾村老年协会，居民正在分拣可回收物；一旁的居民小郭忙着登记。" * 3,
    ], kicker="数字赋能 便民惠民", byline="本报记者 程海燕"),
    StorySpec("石桥乡共享菜园见实效", [
        "10月13日，记者走进石桥乡，只见新建的步道绿树成荫。在石桥乡综合执法队，青年正在体验智能设备。" * 2,
        "今年以来，石桥乡培训农民同比增长17.5%，有效解决了群众的急难愁盼问题。居民们纷纷点赞：“共享菜园焕新颜！”" * 2,
    ], byline="本报记者 任静", captions=["石桥乡的村民在共享菜园里采摘蔬菜。本报记者 任静 摄"]),
    StorySpec("金沙社区积分超市乐融融", [
        "社区主任罗国华介绍，积分超市自1月28日启用以来，已累计办理业务103次。" * 3,
        "摊主老黄说：“我们会一直坚持下去。”截至目前，金沙社区已排查整改隐患30处。" * 2,
    ]),
])


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple[Path, PageSpec]:
    return export(SPEC, tmp_path_factory.mktemp("printed"))


def test_a_printed_pages_pdf_imports_as_the_stories_written(printed):
    pdf, kept = printed
    assert [s.headline for s in kept.stories] == [s.headline for s in SPEC.stories]    # all on the page
    page, copy = import_copy(pdf)
    got = {normal(s.headline): s for s in page.stories}
    assert set(got) == {normal(s.headline) for s in SPEC.stories}
    for want in SPEC.stories:
        s = got[normal(want.headline)]
        assert normal(s.kicker) == normal(want.kicker) and normal(s.byline) == normal(want.byline)
        assert [normal(p) for p in s.paragraphs] == [normal(p) for p in want.paragraphs]
    assert [normal(c.text) for c in page.captions] == [normal(SPEC.stories[1].captions[0])]
    assert page.captions[0].story == 1


def test_the_caption_under_a_headline_in_pdftotext_raw_copy(printed, tmp_path):
    """The same page's text as `pdftotext -raw` gives it (what a user pastes): the caption between
    the headline and the byline goes to the captions, the byline stays the byline."""
    import subprocess
    pdf, kept = printed
    raw = tmp_path / "raw.txt"
    subprocess.run(["pdftotext", "-raw", str(pdf), str(raw)], check=True)
    page, copy = import_copy(raw)
    got = {normal(s.headline): s for s in page.stories}
    assert set(got) == {normal(s.headline) for s in SPEC.stories} and page.banner is None
    for want in SPEC.stories:         # the first's headline set in three lines under its kicker
        s = got[normal(want.headline)]
        assert normal(s.kicker) == normal(want.kicker) and normal(s.byline) == normal(want.byline)
        assert [normal(p) for p in s.paragraphs] == [normal(p) for p in want.paragraphs]
    s = got[normal(SPEC.stories[1].headline)]
    assert [normal(c.text) for c in page.captions] == [normal(SPEC.stories[1].captions[0])]
    assert page.stories[page.captions[0].story] is s


def _refusal(path: Path) -> str:
    with pytest.raises(InputError) as e:
        import_copy(path)
    message = str(e.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_pdf_that_is_no_copy_is_refused_in_one_line(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not a PDF body at all\n")
    assert "not a readable PDF" in _refusal(broken)

    blank = tmp_path / "scanned.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(blank)
    assert "holds no text" in _refusal(blank)

    locked = tmp_path / "locked.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o", user="secret"))
    assert "password" in _refusal(locked)

    many = tmp_path / "edition.pdf"
    with pikepdf.new() as pdf:
        for _ in range(65):
            pdf.add_blank_page()
        pdf.save(many)
    assert "65 pages" in _refusal(many)
    assert broken.read_bytes().startswith(b"%PDF-1.7\nthis is")          # the input is left as it was


def test_the_running_head_of_a_printed_page_is_not_taken_for_its_banner(tmp_path):
    """The demo page printed and its PDF imported: the running head (第1版 要闻 示范报 日期) is page
    furniture, set aside (no story's, no copy left unused) and named; the banner is the page's real one (written by hand)."""
    from layout_app.io.docfile import load_document
    from layout_app.render.pdf.export import ExportOptions, export_pdf
    demo = Path(__file__).resolve().parents[2] / "assets" / "demo"
    pdf = tmp_path / "demo.pdf"
    export_pdf(load_document(demo / "demo.yaml"), demo, pdf, ExportOptions(pdfx=False, force=True))
    page, copy = import_copy(pdf)
    assert normal(page.banner["headline"]) == normal("便民服务暖民心 共建共享新家园")
    assert normal(page.banner["deck"]) == normal("——我县城乡社区便民服务工作综述")
    heads = [u for u in page.furniture if u.startswith("第1版")]
    assert not [u for u in page.unassigned if u.startswith("第1版")]
    # (the date and weekday as printed: set apart by a space, demo.yaml's '{date:long}　{weekday}')
    assert len(heads) == 1 and "2026年11月28日 星期六" in " ".join(heads[0].split())
    assert any("running head" in str(n) for n in copy.notices)


@pytest.mark.parametrize("line, furniture", [
    ("第 3 版 要闻 示范报 2026 年 11 月 28 日 星期六", True),
    ("示范报 2026年11月28日 星期六 第2版", True),
    ("第12版", True),
    ("2026 年 11 月 28 日星期六，记者走进社区。", False),     # a sentence of the story
    ("第1版的稿件由本报记者采写，", False),
    ("本报讯 11月28日，县里召开会议", False),
])
def test_what_a_running_head_looks_like(line, furniture):
    from layout_app.intake.unpdf import running_head
    assert running_head(line) is furniture


# --- the demo page's own PDF imported: what the characters' places and type sizes tell ----------

# (story id in the demo document, the caption under its photo), written out from the page as printed
DEMO_CAPTIONS = {
    "reading": "青石镇的孩子们在图书角里认真阅读。",
    "patrol": "河湾社区“夜巡队”队员在街巷开展安全巡查。",
    "market": "改造后的城北农贸市场宽敞明亮，市民选购新鲜蔬菜。",
    "clinic": "乡村医生在柳塘村卫生室为村民测量血压。",
    "elderly": "东门社区长者食堂里，老人们正在用餐。",
}


@pytest.fixture(scope="module")
def demo_import(tmp_path_factory):
    from layout_app.io.docfile import load_document
    from layout_app.render.pdf.export import ExportOptions, export_pdf
    demo = Path(__file__).resolve().parents[2] / "assets" / "demo"
    doc = load_document(demo / "demo.yaml")
    pdf = tmp_path_factory.mktemp("demo") / "demo.pdf"
    export_pdf(doc, demo, pdf, ExportOptions(force=True))          # with printer's marks and the slug
    page, copy = import_copy(pdf)
    return doc, page, copy


def test_the_demo_pdf_imports_as_its_document_holds_it(demo_import):
    """Every story exact — the text around the inset photo (图文绕排), the vertical headline, a
    headline in two lines, the briefs — every caption under its own story, the lead whole."""
    doc, page, copy = demo_import
    got = {normal(s.headline): s for s in page.stories}
    for sid in ("reading", "patrol", "clinic", "market", "elderly", "volunteer", "river", "briefs"):
        want = doc.story(sid)
        s = got[normal(want.headline)]
        assert normal(s.kicker) == normal(want.kicker) and normal(s.byline) == normal(want.byline), sid
        assert [normal(p) for p in s.paragraphs] == [normal(p) for p in want.body], sid
    # a headline set in two lines of one size is one headline, not a headline and its deck
    assert got[normal(doc.story("elderly").headline)].headline == "社区食堂开进小区 老人吃饭不再犯愁"
    # the vertical (竖排) heading: a column a line, the space of its phrase break kept
    river = got[normal(doc.story("river").headline)]
    assert river.kicker == "生态环境" and river.headline == "城南河综合治理见成效 水清岸绿白鹭归来"
    # the briefs keep the full-width space after their dateline
    assert all(p.startswith("本报讯\u3000") for p in got[normal("本县简讯")].paragraphs)
    # every photo's caption found as a caption, its credit with it, and under its own story
    captions = {normal(c.text): c for c in page.captions}
    for sid, text in DEMO_CAPTIONS.items():
        match = [c for n, c in captions.items() if n.startswith(normal(text))]
        assert len(match) == 1 and normal(match[0].text).endswith("摄"), sid
        story = page.stories[match[0].story]
        assert story is got[normal(doc.story(sid).headline)], sid
    # the page lead's photo: the lead is no story, so its caption waits for the editor, candidates named
    lead = [c for c in page.captions if normal(c.text).startswith(normal("县政务服务中心的“一窗受理”"))]
    assert len(lead) == 1 and lead[0].story is None and lead[0].candidates
    assert [normal(p) for p in page.lead] == [normal(p) for p in doc.story("banner").body]


def test_the_demo_pdf_slug_outside_the_trim_is_no_story_text(demo_import):
    doc, page, copy = demo_import
    slug = [u for u in page.furniture if "导出" in u]
    assert not [u for u in page.unassigned if "导出" in u]
    assert len(slug) == 1 and slug[0].startswith("示范报")
    assert any("outside the page's trim" in str(n) for n in copy.notices)
    assert not any("导出" in p for s in page.stories for p in s.paragraphs)


def test_a_paragraphs_first_line_keeps_its_indent_and_a_caption_waits_for_the_paragraphs_end():
    """Lines with their type size and the x of their first character (9 pt body, columns at x 50 and
    180, first lines indented by two characters; an 8 pt caption read between two lines of one
    paragraph), written out by hand."""
    from layout_app.intake.pdfcopy import INDENT, _captions_after_paragraph
    lines = [("城南河畔的步道上，晨练的市", 9.0, 68.0), ("民络绎不绝。河水清澈见底，", 9.0, 50.0),
             ("几只白鹭在浅滩上觅食。", 9.0, 50.0),
             ("截至目前，全县已建成社区", 9.0, 68.0), ("改造后的河道宽敞明亮。", 8.0, 120.0),
             ("本报记者 李航 摄", 8.0, 150.0), ("综合服务站126个，群众满意", 9.0, 50.0),
             ("率保持在96%以上。", 9.0, 50.0), ("治理成效逐步显现。据县生", 9.0, 198.0),
             ("态环境局监测，城南河断面", 9.0, 180.0)]
    assert _captions_after_paragraph(lines, 9.0) == [
        INDENT + "城南河畔的步道上，晨练的市", "民络绎不绝。河水清澈见底，", "几只白鹭在浅滩上觅食。",
        INDENT + "截至目前，全县已建成社区", "综合服务站126个，群众满意", "率保持在96%以上。",
        "", "改造后的河道宽敞明亮。本报记者 李航 摄", "",
        INDENT + "治理成效逐步显现。据县生", "态环境局监测，城南河断面"]


def test_a_run_of_caption_size_lines_is_each_caption_on_its_line_with_its_credit():
    from layout_app.intake.pdfcopy import _captions
    assert _captions(["——记老党员董秀英", "金沙镇的村民在家庭医生工作室里体验", "智能设备。", "本报记者 潘海燕 摄",
                      "店主杨思远（右）在智慧停车场为居民讲解。", "居民老蒋在东湖社区的智慧停车场学习种植技术。"]) == [
        "——记老党员董秀英",                                             # a deck as small as a caption
        "金沙镇的村民在家庭医生工作室里体验智能设备。本报记者 潘海燕 摄",   # wrapped, with its credit
        "店主杨思远（右）在智慧停车场为居民讲解。",                        # two photos' captions, no credit
        "居民老蒋在东湖社区的智慧停车场学习种植技术。"]


QUOTED = PageSpec(seed=1, stories=[
    StorySpec("白沙镇5G智慧茶园种出“数字茶”", [
        "在白沙镇云雾山茶园，茶农种茶的方式正在改变。园区内120多个传感器实时采集土壤湿度、温度和养分数据。" * 3,
        "“以前施肥全凭经验，现在看手机就知道哪块地缺水。”茶园负责人罗春梅说。" * 3,
    ], kicker="手机一点　水肥自动“送”到茶树根", byline="本报记者 唐思远"),
    StorySpec("石桥乡共享菜园见实效", [
        "10月13日，记者走进石桥乡，只见新建的步道绿树成荫。在石桥乡综合执法队，青年正在体验智能设备。" * 3,
    ], byline="本报记者 任静"),
])


def test_a_quotes_own_blank_is_no_space_and_the_writers_space_stays(tmp_path):
    """The reviewer's kickers came back '水肥自动 “送”到茶树根': pdfium makes up a space for the half-em
    blank of “. The writer's full-width space between the two phrases stays as written."""
    pdf, kept = export(QUOTED, tmp_path)
    page, _ = import_copy(pdf)
    tea = next(s for s in page.stories if "数字茶" in s.headline)
    assert tea.kicker == "手机一点　水肥自动“送”到茶树根"
    assert tea.headline == "白沙镇5G智慧茶园种出“数字茶”"


def test_a_pdf_read_with_its_type_sizes_is_not_said_to_have_lost_them(tmp_path):
    """Import of the .pdf itself knows each line's size: its kicker over its headline is no guess of
    the kind text taken out of a page is ('the printed page has lost the type sizes')."""
    pdf, kept = export(QUOTED, tmp_path)
    page, _ = import_copy(pdf)
    assert "printed" not in [s.doubt for s in page.stories]
