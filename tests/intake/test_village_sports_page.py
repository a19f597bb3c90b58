"""A sports page's copy as the desk sent it (review 5, page G), its structure written out by hand before
the program ran: the running head typed over the copy (体育·赛事 / 6 / the date) read whole; the page's
banner, which the copy carries in the middle of the match report after a photo's caption, made the
banner and the report kept whole (its second half was a story of its own under the banner, the profile
made the page's lead); the caption 李东升（右）突破上篮 a caption, not the report's last paragraph; the
score line a line of the report, not a headline; both tables with the report."""
from layout_app.intake.importer import import_copy

PAGE_G = """体育·赛事
6
2025年6月18日　星期三

第四节打出一波12∶2攻击波
红石镇队78∶71力克泉阳镇队
将与三源浦镇队争夺总冠军
本报记者　高博文

6月15日晚，2025柳河市“村BA”篮球联赛半决赛第二场在市全民健身中心篮球馆打响。红石镇队凭借第四节一波12∶2的攻击波，以78∶71逆转战胜泉阳镇队，闯入总决赛。
比赛开始后，泉阳镇队依靠外线手感占据主动，首节便以24∶15领先。第二节，红石镇队加强内线冲击，将分差逐渐缩小。上半场结束时，泉阳镇队以40∶35
领先。
易边再战，双方比分交替上升。第三节结束时，泉阳镇队仍以59∶56保持微弱优势。第四节还剩6分钟时，红石镇队后卫李东升连续命中两记三分球，帮助球队反超比分。此后红石镇队越打越顺,最终以7分优势锁定胜局。

红石镇队后卫李东升（右）突破上篮。

“村BA”半决赛：乡村篮球燃动夏夜

李东升全场砍下26分，其中三分球6投5中，当选本场最有价值球员。“我白天在大棚里干活，晚上来训练，能进总决赛，大伙儿都高兴。”赛后，这位35岁的蔬菜种植户说。
当晚，近3000名观众到场观赛，不少村民带着自家种的西瓜、黄瓜来给家乡球队加油，助威声一浪高过一浪。

另一场半决赛中，三源浦镇队经过加时以85∶80战胜安口镇队。总决赛将于6月21日19时30分在市全民健身中心篮球馆进行。
各节比分：15∶24　20∶16　21∶19　22∶12

2025柳河市“村BA”篮球联赛常规赛积分榜
名次   球队          胜   负   积分
1      三源浦镇队    9    1    19
2      红石镇队      8    2    18
3      泉阳镇队      7    3    17
4      安口镇队      6    4    16

半决赛及排位赛赛果
6月14日　三源浦镇队　85∶80　安口镇队（加时）
6月15日　红石镇队　78∶71　泉阳镇队
6月15日　向阳镇队　66∶59　凉水河子镇队

从田埂跑上省运会领奖台
——记我市“00后”长跑运动员王嘉怡
本报记者　林晓雪

在刚刚结束的省第十九届运动会田径比赛中，来自安口镇的19岁小将王嘉怡以16分02秒37的成绩夺得女子5000米冠军，为我市代表团摘得本届省运会首枚田径金牌。
王嘉怡的父母都是种粮户。小学时，她每天往返8公里上学，一路小跑，被体育老师一眼相中。2019年，她进入市体校，开始接受系统训练。
记者：平时训练苦不苦？
王嘉怡：冬天最难熬，早上五点多就要出门，零下二十多度，眉毛上都是霜。但教练说，跑步没有捷径，每一步都得自己跑。

现场观众为家乡球队加油助威。
王嘉怡在市体育场进行耐力训练。
本版图片由本报记者　高博文　摄
责任编辑　李晓峰　美术编辑　陈静
"""


def _page(tmp_path):
    path = tmp_path / "page_g.txt"
    path.write_text(PAGE_G, encoding="utf-8")
    return import_copy(path)


def test_the_banner_mid_copy_heads_the_page_and_the_report_stays_whole(tmp_path):
    page, copy = _page(tmp_path)
    assert page.banner == {"kicker": None, "headline": "“村BA”半决赛：乡村篮球燃动夏夜", "deck": None}
    assert page.banner_confidence < 0.6                      # a guess, shown
    assert "banner '“村BA”半决赛：乡村篮球燃动夏夜' is a guess" in "\n".join(map(str, copy.notices))
    assert [s.headline for s in page.stories] == ["红石镇队78∶71力克泉阳镇队", "从田埂跑上省运会领奖台"]
    report = page.stories[0]
    assert (report.kicker, report.deck, report.byline) == ("第四节打出一波12∶2攻击波", "将与三源浦镇队争夺总冠军", "本报记者　高博文")
    text = [p for j, p in enumerate(report.paragraphs) if j not in report.tables]
    assert [p[:5] for p in text] == ["6月15日", "比赛开始后", "易边再战，", "李东升全场", "当晚，近3", "另一场半决",
                                     "各节比分："]
    assert text[-1] == "各节比分：15∶24　20∶16　21∶19　22∶12"           # a line of the report, no headline
    # both tables with the report, each under its own title
    tables = [report.paragraphs[j] for j in report.tables]
    assert len(tables) == 2
    assert tables[0].startswith("2025柳河市“村BA”篮球联赛常规赛积分榜") and tables[1].startswith("半决赛及排位赛赛果")


def test_a_caption_that_places_its_player_is_a_caption(tmp_path):
    page, _ = _page(tmp_path)
    caps = {c.text: c.story for c in page.captions}
    assert caps["红石镇队后卫李东升（右）突破上篮。"] == 0
    assert not any("突破上篮" in p for s in page.stories for p in s.paragraphs)
    assert caps["王嘉怡在市体育场进行耐力训练。"] == 1


def test_the_typed_running_head_gives_page_section_and_date(tmp_path):
    page, _ = _page(tmp_path)
    assert page.running_head == {"page_number": 6, "section": "体育·赛事", "date": "2025-06-18"}


def test_the_report_with_its_two_wide_tables_fills_its_columns(tmp_path):
    # review 5, page G's first layout: the 赛果 table came to the report's last column with no column
    # after it and was overset; measured so, the report never fit its four columns, the planner set a
    # photo narrower beside its text and left columns 3–4 16–26 lines white under the tables. A desk
    # sets the wide tables across two columns under the text's legs; the report's stack is full.
    import contextlib
    import io
    import json

    from layout_app.cli import main
    from layout_app.io.docfile import load_document
    from layout_app.layout.compose import Composer

    copy, photos = page_g_inputs(tmp_path)
    out = tmp_path / "page.yaml"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--force", "--template", "sikai",
              "--json"])
    report = json.loads(buf.getvalue())
    doc = load_document(out)
    display = Composer(doc, out.parent).compose(doc.pages[0])
    (s1,) = [s for s in report["decisions"]["stories"] if s["headline"] == "红石镇队78∶71力克泉阳镇队"]
    assert s1["columns"] == [1, 4] and len(s1["photos"]) == 2
    # the action the copy names first under the headline — not the crowd, two landscapes of a size
    # and copyfit growing that one a line taller
    top = min((f.line, f.photo) for f in doc.pages[0].frames if f.photo and f.part != "caption" and f.col < 4)[1]
    assert next(p for p in doc.photos if p.id == top).caption == "红石镇队后卫李东升（右）突破上篮。"
    bodies = [r for r in display.reports if r.frame.startswith("s1-body")]
    assert bodies and not any(r.overset_lines for r in bodies)                # both tables on the page
    assert sum(r.empty_lines for r in bodies) <= 3                            # (it was 42)
    # nothing of the stack under its text either: its last frame reaches the credits' line
    frames = [f for f in doc.pages[0].frames if f.col + f.cols <= 4 and f.id not in ("credits",)
              and not f.id.startswith("banner")]
    (credits,) = [f for f in doc.pages[0].frames if f.id == "credits"]
    assert max(f.line + f.lines for f in frames) >= credits.line - 1


def test_the_white_at_a_short_stacks_foot_is_said_once_without_contradiction(tmp_path, capsys):
    # review 7: compose said stack 2's photo was as large as the crop limit and its pixels let it, and then
    # the page's check said of the same white "set a photo larger"; said once now, by the page's warning

    from layout_app.cli import main

    copy, photos = page_g_inputs(tmp_path)
    main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(tmp_path / "page.yaml"), "--force",
          "--template", "sikai"])
    said = capsys.readouterr()
    said = said.out + said.err
    short = [l for l in said.splitlines() if "short of copy" in l]
    # (the page as composed: stack 2 short of copy, its portrait as large as the crop limit lets it)
    assert short and "columns 5–6" in short[0] and "as large as the crop limit" in short[0]
    assert not [l for l in said.splitlines() if "columns 5–6" in l and "set a photo larger" in l]


def page_g_inputs(tmp_path):
    """Page G's copy and its three photos (two landscapes, a portrait), named by their captions' words."""
    from PIL import Image

    copy = tmp_path / "page_g.txt"
    copy.write_text(PAGE_G, encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    for name, size in (("李东升突破上篮", (1500, 1000)), ("观众加油助威", (1500, 1000)), ("王嘉怡耐力训练", (1000, 1500))):
        Image.new("RGB", size, (120, 90, 60)).save(photos / f"{name}.jpg")
    return copy, photos


def test_a_storys_main_photo_stands_larger_than_its_second(tmp_path):
    # review 9: the report's two landscapes stood nearly of one size (20 and 21 lines), the crowd the
    # larger — an editor sets the story's main photo (the action, first under the headline) larger
    # and the second smaller, so the reader sees which is which
    import contextlib
    import io

    from layout_app.cli import main
    from layout_app.io.docfile import load_document

    copy, photos = page_g_inputs(tmp_path)
    out = tmp_path / "page.yaml"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--force", "--template", "sikai"])
    doc = load_document(out)
    shots = sorted((f.line, f.lines, f.cols, f.photo) for f in doc.pages[0].frames
                   if f.photo and f.part != "caption" and f.col < 4)
    assert len(shots) == 2
    (_, main_lines, main_cols, main_id), (_, second_lines, second_cols, _) = shots
    assert next(p for p in doc.photos if p.id == main_id).caption == "红石镇队后卫李东升（右）突破上篮。"
    # the main photo at least two lines (about 10 %) taller across as many columns
    assert main_cols >= second_cols and main_lines >= second_lines + 2
