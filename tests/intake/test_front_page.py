"""A front page's copy (review 5, page F): its masthead (报头) lines are the front page's furniture, never a
banner or a story; its 导读 box is one box of teasers set in the 报眼 beside the nameplate; the page is
composed under the template's front master, nothing printed over the nameplate or through the rule under
it. And an inside page's running head typed as a desk types it (page G: '体育·赛事' / '6' / the date) is
read whole. Expectations written by hand from the copy below."""
import subprocess

import pytest

from layout_app.cli import main
from layout_app.intake.importer import import_copy
from layout_app.io.docfile import load_document

MASTHEAD = """柳河日报
LIUHE RIBAO
中共柳河市委机关报
2025年6月18日 星期三
农历乙巳年五月廿三
国内统一连续出版物号 CN 22-0038
第 6215 期　今日 8 版
天气：今天多云转晴,偏南风3到4级,气温19℃～31℃;明天晴,气温20℃～32℃。
"""

STORIES = """
抢抓晴好天气　确保颗粒归仓
全市112万亩小麦机收进度超九成
投入联合收割机4800余台　组建跨区作业服务队67支

本报讯（记者　周明远　通讯员　黄立军）连日来，我市抢抓晴好天气，组织农机、农技力量全力投入“三夏”生产。截至6月17日，全市112万亩小麦已机收103.6万亩，机收进度达到92.5%，比去年同期快4个百分点。
在三源浦镇高产示范田，十几台联合收割机一字排开，金黄的麦浪被“吞”进机仓，脱粒后的麦粒源源不断地装上运粮车。“今年亩产估计能到1100斤，比去年多收百十来斤。”种粮大户刘永发抓起一把麦粒，笑得合不拢嘴。
为确保麦收顺利进行，市农业农村局提前开展农机具检修，全市共投入联合收割机4800余台、运输车辆1.2万辆，组建跨区作业服务队67支，在主要路口设立农机服务站32个，为机手免费提供加油、维修、食宿等服务。
针对近期可能出现的降雨天气，市气象部门每天发布麦收专题预报，各乡镇成立抢收抢烘突击队，调集烘干设备210台套，日烘干能力达到1.5万吨，确保小麦“收得下、烘得干、存得住”。

导　读
全市夏粮收购进度过半　→详见第2版
柳河站站前广场改造月底完工　→详见第3版
“村BA”半决赛：红石镇队逆转晋级　→详见第6版

把“三夏”生产的每个环节抓紧抓实
本报评论员

麦收时节，田野一片繁忙。“三夏”生产时间紧、任务重，抢收、抢烘、抢种，每一个环节都关系到农民一年的收成，关系到全年粮食安全大局。
抓紧抓实“三夏”生产，要跑好“抢收”这一棒。各地要盯紧天气变化，科学调度农机，做到成熟一块、收获一块，决不能让到手的粮食烂在地里、霉在场上。
粮稳则民安。全市上下要以只争朝夕的劲头，把“三夏”生产的每个环节抓紧抓实，以夏粮丰收的扎实成效，为全年经济社会发展稳住基本盘。

市政府常务会议研究部署防汛工作
本报讯（记者　刘佳）6月16日，市长陈国栋主持召开市政府常务会议，听取全市防汛备汛工作情况汇报，研究部署下一阶段防汛工作。
会议指出，我市即将进入主汛期，柳河、一统河沿线防汛任务艰巨。各地各部门要克服麻痹思想和侥幸心理，压紧压实防汛责任，做好打大仗、打硬仗的准备。
会议要求，要全面排查水库、堤防、山洪灾害危险区等重点部位，对发现的隐患立行立改；要加强监测预警，及时转移受威胁群众；要备足抢险物资，加强应急值守，确保安全度汛。

责任编辑：王丽华　美术编辑：陈静
"""
TEASERS = ["全市夏粮收购进度过半　→详见第2版", "柳河站站前广场改造月底完工　→详见第3版", "“村BA”半决赛：红石镇队逆转晋级　→详见第6版"]


def _write(tmp_path, text, name="copy.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _all_text(page) -> str:
    parts = [*(page.banner or {}).values()] if page.banner else []
    for s in page.stories:
        parts += [s.kicker or "", s.headline, s.deck or "", s.byline or "", *s.paragraphs]
    return "\n".join(str(p) for p in parts + [c.text for c in page.captions] + page.unassigned)


def test_the_masthead_is_furniture_and_makes_the_page_a_front_page(tmp_path):
    page, copy = import_copy(_write(tmp_path, MASTHEAD + STORIES))
    text = _all_text(page)
    for line in ("柳河日报", "LIUHE RIBAO", "机关报", "CN 22-0038", "6215", "今日8版", "今日 8 版", "农历", "天气："):
        assert line not in text, line
    assert page.banner is None
    assert page.running_head["front_page"] is True
    assert (page.running_head["paper"], page.running_head["date"]) == ("柳河日报", "2025-06-18")
    assert "page_number" not in page.running_head           # (the masthead prints no 版次: compose makes it 1)
    kept = "".join(page.furniture)
    assert "中共柳河市委机关报" in kept and "第6215期" in kept and "今日8版" in kept and "天气：" in kept
    said = "\n".join(map(str, copy.notices))
    assert "is the front page's masthead (报头), not copy" in said
    # the lead's two-phrase 引题 is its kicker: on a front page no banner is guessed from it
    lead = page.stories[0]
    assert (lead.kicker, lead.headline) == ("抢抓晴好天气　确保颗粒归仓", "全市112万亩小麦机收进度超九成")
    assert lead.deck == "投入联合收割机4800余台　组建跨区作业服务队67支"


def test_the_contents_box_is_one_story_of_teasers(tmp_path):
    page, _ = import_copy(_write(tmp_path, MASTHEAD + STORIES))
    box = [s for s in page.stories if s.headline == "导　读"]
    assert len(box) == 1 and box[0].paragraphs == TEASERS and not box[0].kicker
    others = [s for s in page.stories if s is not box[0]]
    assert [s.headline for s in others] == ["全市112万亩小麦机收进度超九成", "把“三夏”生产的每个环节抓紧抓实",
                                            "市政府常务会议研究部署防汛工作"]
    # the commentary's signature is its byline, not a deck; no teaser is anyone's kicker
    assert (others[1].byline, others[1].deck, others[1].kicker) == ("本报评论员", None, None)
    assert len(others[1].paragraphs) == 3
    # the lines after the box read as before it was taken out: the lead keeps its 4 paragraphs whole
    assert len(others[0].paragraphs) == 4 and others[0].paragraphs[3].startswith("针对近期")


def test_a_label_with_no_teasers_stays_copy(tmp_path):
    text = "导读\n\n市民文化节开幕\n本报讯 昨日，市民文化节在市文化中心开幕，展期一个月，共有六十余项活动。\n"
    page, _ = import_copy(_write(tmp_path, text))
    assert "导读" in _all_text(page)
    assert not any(s.headline == "导读" and s.paragraphs == [] for s in page.stories)


def test_a_desk_typed_running_head_is_read_whole(tmp_path):
    text = "体育·赛事\n6\n2025年6月18日　星期三\n\n" + STORIES.split("\n导　读")[0] + "\n"
    page, copy = import_copy(_write(tmp_path, text))
    head = page.running_head
    assert (head["page_number"], head["section"], head["date"]) == (6, "体育·赛事", "2025-06-18")
    assert not head.get("front_page")
    assert "2025年6月18日" not in _all_text(page) and "体育" not in _all_text(page)
    assert not any(p.strip() == "6" for s in page.stories for p in s.paragraphs)


def test_a_number_alone_over_the_copy_is_no_running_head(tmp_path):
    text = "3\n\n市民文化节开幕\n本报讯 昨日，市民文化节在市文化中心开幕，展期一个月，共有六十余项活动。\n"
    page, _ = import_copy(_write(tmp_path, text))
    assert not page.running_head
    assert "3" in _all_text(page)


def _compose(copy, out, *args) -> int:
    return main(["compose", "--copy", str(copy), "-o", str(out), "--force", "--template", "sikai", *args])


def test_the_front_page_is_composed_under_its_masthead(tmp_path, capsys):
    out = tmp_path / "page.yaml"
    assert _compose(_write(tmp_path, MASTHEAD + STORIES), out, "--section", "要闻") in (0, 1)
    said = capsys.readouterr()
    said = said.out + said.err
    doc = load_document(out)
    page = doc.pages[0]
    assert (page.master, page.number, doc.paper, doc.date) == ("front", 1, "柳河日报", "2025-06-18")
    # sikai's front master: the nameplate over columns 1–2, lines 1–4, its pinyin and dateline under it,
    # the masthead's small type (organ, CN, issue, weather) in column 3, the rule on line 7 across the
    # page — no frame but the 导读 box's starts over line 8, none over the nameplate or beside it in column 3
    box = [f for f in page.frames if f.story and doc.story(f.story).headline == "导　读"]
    assert box and all(f.col >= 3 and f.line + f.lines <= 6 for f in box)
    assert all(f.line >= 7 for f in page.frames if f not in box), [(f.id, f.line) for f in page.frames if f.line < 7]
    (boxed,) = [b for b in page.boxes if b.id.startswith("box-")]
    assert (boxed.col, boxed.cols, boxed.line, boxed.lines) == (3, 3, 0, 6)
    assert "导读 box" in said and "报眼" in said
    pdf = tmp_path / "page.pdf"
    assert main(["export", str(out), "-o", str(pdf), "--screen", "--force"]) in (0, 1)
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = text.replace(" ", "").replace("\n", "")
    for teaser in TEASERS:
        assert teaser.replace("　", "") in flat, teaser
    assert flat.count("柳河日报") == 1                   # the nameplate, printed once by the master
    # … and every other part of the masthead the copy printed, once (review 7: set aside, printed nowhere)
    for part in ("LIUHERIBAO", "中共柳河市委机关报", "国内统一连续出版物号CN22-0038", "第6215期", "今日8版",
                 "农历乙巳年五月廿三", "天气：今天多云转晴，偏南风3到4级，气温19℃～31℃；明天晴，气温20℃～32℃。"):
        assert flat.count(part) == 1, part      # (the weather's ',' and ';' typed half-width printed as ，；)
    assert "are not printed" not in said


@pytest.mark.parametrize("args, master", [((), "running-head"), (("--page-number", "1"), "front"),
                                          (("--page-number", "2"), "running-head")])
def test_page_one_said_takes_the_masthead(tmp_path, args, master):
    out = tmp_path / "page.yaml"
    assert _compose(_write(tmp_path, STORIES), out, *args) in (0, 1)
    page = load_document(out).pages[0]
    assert page.master == master
    if master == "front":     # (the 导读 box in the 报眼 beside the nameplate, the rest under the masthead's rule)
        assert all(f.line >= 7 or f.id.startswith("s4-") for f in page.frames)


def test_the_commentary_is_set_in_kai_its_signature_a_byline(tmp_path):
    out = tmp_path / "page.yaml"
    assert _compose(_write(tmp_path, MASTHEAD + STORIES), out, "--section", "要闻") in (0, 1)
    doc = load_document(out)
    comment = next(s for s in doc.stories if s.headline == "把“三夏”生产的每个环节抓紧抓实")
    assert comment.byline == "本报评论员" and not comment.deck
    fonts = {f.paragraph: dict(f.local).get("font") for f in comment.formats}
    assert all(fonts.get(j) == "kai" for j in range(len(comment.body))), fonts
    # … and the news is not: the lead's paragraphs in the body's type
    lead = next(s for s in doc.stories if s.headline == "全市112万亩小麦机收进度超九成")
    assert not any(dict(f.local).get("font") == "kai" for f in lead.formats)


def test_the_commentators_piece_is_boxed_beside_the_news_it_speaks_of(tmp_path, capsys):
    # review 7: the 本报评论员 piece on the 三夏 harvest was set as one more brief, unboxed; a desk sets
    # its paper's commentary (配评) boxed with the news it speaks of — here beside the lead
    out = tmp_path / "page.yaml"
    assert _compose(_write(tmp_path, MASTHEAD + STORIES), out, "--section", "要闻") in (0, 1)
    said = capsys.readouterr().out
    doc = load_document(out)
    page = doc.pages[0]
    comment = next(s for s in doc.stories if s.headline == "把“三夏”生产的每个环节抓紧抓实")
    lead = next(s for s in doc.stories if s.headline == "全市112万亩小麦机收进度超九成")
    (box,) = [b for b in page.boxes if b.id == f"sidebar-{comment.id}"]
    mine = [f for f in page.frames if f.story == comment.id]
    assert all(box.col <= f.col and f.col + f.cols <= box.col + box.cols and box.line <= f.line
               and f.line + f.lines <= box.line + box.lines for f in mine)
    assert comment.rank == "sidebar" and f"story {comment.id}: a sidebar to story {lead.id}" in said
    # its box sets it apart (隔开): no column rule is drawn along it
    assert not [r for r in page.rules if r.id.startswith("apart-") and comment.id in r.id.split("-")]
    # … and a news story signed by a reporter is no one's sidebar
    flood = next(s for s in doc.stories if s.headline == "市政府常务会议研究部署防汛工作")
    assert flood.rank != "sidebar" and not [b for b in page.boxes if b.id == f"sidebar-{flood.id}"]


def test_a_frame_moved_over_the_nameplate_or_onto_the_rule_is_said(tmp_path):
    from dataclasses import replace as _replace

    from layout_app.preflight.checks import preflight
    out = tmp_path / "page.yaml"
    assert _compose(_write(tmp_path, MASTHEAD + STORIES), out, "--section", "要闻") in (0, 1)
    doc = load_document(out)
    def findings(d):
        report = preflight(d, tmp_path)
        return report.errors + report.warnings

    assert not [f for f in findings(doc) if f.code in ("over-masthead", "rule-over-text")]
    page = doc.pages[0]
    lead = next(f for f in page.frames if f.id == "s1-head")
    # the lead's heading dragged to the page's top: over the nameplate (columns 1–2, lines 1–5)
    moved = _replace(page, frames=tuple(_replace(f, line=0) if f is lead else f for f in page.frames))
    found = findings(_replace(doc, pages=(moved,)))
    over = [f for f in found if f.code == "over-masthead"]
    assert over and over[0].severity == "error" and "line 8 or below" in over[0].message
    # … its body moved up a line onto the rule under the masthead (line 7): the rule strikes its text
    body = next(f for f in page.frames if f.story == "s1" and f.part == "body")
    onto = _replace(page, frames=tuple(_replace(f, line=6) if f is body else f for f in page.frames))
    found = findings(_replace(doc, pages=(onto,)))
    assert any(f.code == "rule-over-text" and f.where.get("frame") == body.id for f in found), \
        [(f.code, f.where) for f in found]


def test_the_credit_under_a_numbered_pair_credits_both_photos():
    # 图①… / 图②… / 本报记者　周明远　摄: the line credits both (review 5: 图① printed with no credit)
    from layout_app.intake.photodesk import numbered_credits
    from layout_app.model.story import Photo
    photos = [Photo("p1", "a.jpg", "图①　三源浦镇高产示范田里，联合收割机正在抢收小麦。"),
              Photo("p2", "b.jpg", "图②　安口镇国家粮食储备库收购点，工作人员为种粮户检测小麦水分。", "本报记者 周明远 摄"),
              Photo("p3", "c.jpg", "市民在打羽毛球。")]
    got, shared = numbered_credits(photos, {"p1": 0, "p2": 0, "p3": 1})
    assert [p.credit for p in got] == ["本报记者 周明远 摄", "本报记者 周明远 摄", ""]
    assert shared == [("本报记者 周明远 摄", ["p1"])]
    # each its own credit: none taken from the other
    from dataclasses import replace as _replace
    own = [_replace(photos[0], credit="通讯员 黄立军 摄"), photos[1]]
    got, shared = numbered_credits(own, {"p1": 0, "p2": 0})
    assert [p.credit for p in got] == ["通讯员 黄立军 摄", "本报记者 周明远 摄"] and shared == []
    # … nor across two stories
    got, shared = numbered_credits(photos[:2], {"p1": 0, "p2": 1})
    assert got[0].credit == "" and shared == []


def test_an_empty_eye_is_said(tmp_path, capsys):
    copy = _write(tmp_path, "全民健身运动会开幕\n\n本报讯 我市第十届全民健身运动会昨日开幕，来自各区的三千余名运动员将参加二十个大项的比赛。\n")
    assert _compose(copy, tmp_path / "page.yaml", "--page-number", "1") in (0, 1)
    said = capsys.readouterr()
    assert "the 报眼 beside the nameplate (columns 3–6, lines 1–6) is empty" in said.out + said.err
    # an inside page has no 报眼 to leave empty
    assert _compose(copy, tmp_path / "page.yaml", "--page-number", "2") in (0, 1)
    said = capsys.readouterr()
    assert "报眼" not in said.out + said.err


def test_a_sentence_over_a_photographers_own_credit_is_its_photos_caption(tmp_path):
    # review 7, page F: '6月16日，市防汛抢险队队员在柳河大堤开展防汛演练。' over '通讯员　黄立军　摄' was the
    # 防汛 story's last paragraph (a day before the scene read as a report's opening), and once a
    # caption it went to the 麦收 story, whose byline names the 通讯员 — the photo shows what the
    # 防汛 story's headline names, and its text alone says 抢险
    stories = STORIES.replace("确保安全度汛。\n", "确保安全度汛。\n\n6月16日，市防汛抢险队队员在柳河大堤开展防汛演练。\n通讯员　黄立军　摄\n", 1)
    page, _ = import_copy(_write(tmp_path, MASTHEAD + stories))
    (flood,) = [s for s in page.stories if s.headline == "市政府常务会议研究部署防汛工作"]
    assert flood.paragraphs[-1].endswith("确保安全度汛。") and len(flood.paragraphs) == 3
    (cap,) = [c for c in page.captions if "防汛演练" in c.text]
    assert cap.text.startswith("6月16日，市防汛抢险队队员在柳河大堤开展防汛演练。") and "黄立军" in cap.text
    assert page.stories[cap.story] is flood
    assert "通讯员　黄立军　摄" not in page.credits
    # a sentence closing a story with the page's credit line after it is no caption by that credit
    plain = STORIES.replace("确保安全度汛。\n", "确保安全度汛。\n\n会议还研究了其他事项。\n本版图片由本报记者　周明远　摄\n", 1)
    page, _ = import_copy(_write(tmp_path, MASTHEAD + plain, "plain.txt"))
    (flood,) = [s for s in page.stories if s.headline == "市政府常务会议研究部署防汛工作"]
    assert flood.paragraphs[-1] == "会议还研究了其他事项。"



def test_what_of_the_masthead_a_front_master_cannot_print_is_said_part_by_part(tmp_path, capsys):
    # review 7: the CN number, the organ, the issue, 农历 and the weather were set aside and printed nowhere.
    # Under a template whose front master has no field for them (the old sikai front master: name and
    # date only) compose names each, and what field would print it; the paper's name and date it prints.
    import yaml

    from layout_app.assets import TEMPLATES_DIR
    data = yaml.safe_load((TEMPLATES_DIR / "sikai.yaml").read_text(encoding="utf-8"))
    front = next(m for m in data["masters"] if m["name"] == "front")
    front["texts"] = [{"id": "nameplate", "col": 0, "cols": 2, "line": 0, "lines": 5, "text": "{paper}", "size": 48},
                      {"id": "dateline", "col": 0, "cols": 2, "line": 5, "text": "{date:long}　{weekday}　第{page}版"}]
    data["name"] = "oldfront"
    template = tmp_path / "oldfront.yaml"
    template.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "page.yaml"
    assert main(["compose", "--copy", str(_write(tmp_path, MASTHEAD + STORIES)), "-o", str(out), "--force",
                 "--template", str(template)]) in (0, 1)
    said = capsys.readouterr()
    (line,) = [l for l in (said.out + said.err).splitlines() if "are not printed" in l]
    for part in ("LIUHE RIBAO", "中共柳河市委机关报", "农历乙巳年五月廿三", "CN 22-0038", "第6215期", "今日8版", "天气："):
        assert part in line, part
    assert "{organ}" in line and "{cn}" in line and "CN number" in line and "front master" in line
    assert "“柳河日报”" not in line and "2025年6月18日" not in line and "星期三" not in line
    # the document keeps them all the same: a front master that has the fields prints them
    assert dict(load_document(out).masthead)["issue"] == "第6215期"
    # an inside page's running head prints what it read: nothing said of it so
    assert _compose(_write(tmp_path, "体育·赛事\n6\n2025年6月18日　星期三\n" + STORIES, "inside.txt"), out) in (0, 1)
    said = capsys.readouterr()
    assert "are not printed" not in said.out + said.err


def test_a_masthead_with_no_small_type_leaves_its_column_to_the_eye(tmp_path):
    # copy whose masthead is the name and date alone: column 3 beside the nameplate prints nothing, so the
    # 导读 box takes columns 3–6 as before
    out = tmp_path / "page.yaml"
    assert _compose(_write(tmp_path, "柳河日报\n2025年6月18日 星期三\n" + STORIES), out, "--page-number", "1") in (0, 1)
    doc = load_document(out)
    assert doc.masthead == ()
    (boxed,) = [b for b in doc.pages[0].boxes if b.id.startswith("box-")]
    assert (boxed.col, boxed.cols) == (2, 4)


def test_the_credit_under_a_numbered_pair_is_printed_once_under_the_second(tmp_path, capsys):
    # review 7: 本报记者　周明远　摄, one line under 图① and 图② in the copy, printed under each photo

    caps = "\n图①　三源浦镇高产示范田里，联合收割机正在抢收小麦。\n图②　安口镇国家粮食储备库收购点，工作人员为种粮户检测小麦水分。\n本报记者　周明远　摄\n"
    stories = STORIES.replace("确保小麦“收得下、烘得干、存得住”。\n", "确保小麦“收得下、烘得干、存得住”。\n" + caps, 1)
    copy = _write(tmp_path, MASTHEAD + stories)
    photos = pair_photos(tmp_path)
    out = tmp_path / "page.yaml"
    assert main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--force",
                 "--template", "sikai", "--section", "要闻"]) in (0, 1)
    doc = load_document(out)
    assert {p.credit.replace(" ", "　") for p in doc.photos} == {"本报记者　周明远　摄"}     # both credited
    pdf = tmp_path / "page.pdf"
    capsys.readouterr()
    assert main(["export", str(out), "-o", str(pdf), "--screen", "--force"]) in (0, 1)
    said = capsys.readouterr()
    # … and the check knows 图①'s credit is that line: no "appears nowhere" for it
    assert "appears nowhere" not in said.out + said.err
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = text.replace(" ", "").replace("\n", "")
    assert flat.count("本报记者周明远摄") == 1
    assert flat.index("安口镇国家粮食储备库收购点") < flat.index("本报记者周明远摄")      # under 图②


def test_a_front_page_with_no_paper_name_is_warned(tmp_path, capsys):
    # review 8: copy with no masthead, said to be page 1: the nameplate printed nothing, said nowhere
    out = tmp_path / "page.yaml"
    assert _compose(_write(tmp_path, STORIES), out, "--page-number", "1") in (0, 1)
    said = capsys.readouterr()
    (line,) = [l for l in (said.out + said.err).splitlines() if "no paper name" in l]
    assert line.lstrip().startswith("warning:") and "--paper" in line
    # … and none where the paper is given
    assert _compose(_write(tmp_path, STORIES), out, "--page-number", "1", "--paper", "柳河日报") in (0, 1)
    said = capsys.readouterr()
    assert "no paper name" not in said.out + said.err


def pair_photos(tmp_path):
    """图① and 图② of the lead, landscapes named by their captions' words, in a folder of their own."""
    from PIL import Image

    photos = tmp_path / "photos"
    photos.mkdir()
    for name in ("图①三源浦镇联合收割机抢收小麦", "图②安口镇收购点检测小麦水分"):
        Image.new("RGB", (3000, 2000), (90, 120, 60)).save(photos / f"{name}.jpg")
    return photos
