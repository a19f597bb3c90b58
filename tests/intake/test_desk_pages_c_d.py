"""Two more pages typed as a desk sends them (a reviewer's, their structure written out before import
was run): an economy page — section name with a middle dot, an interview, a data story with its table
and source note, a 速览 column of signed briefs — and a 乡村振兴 photo page: banner, lead, captions
numbered ①–④, a 记者手记 signed with its pen name in brackets."""
from tests.intake.imported import import_text

ECONOMY = """经济·产业

让“小老板”成为稳就业的“大帮手”
——访县市场监管局局长周立新
本报记者　王海涛

　　今年以来，我县出台一系列扶持个体工商户发展的政策措施。记者就此专访了县市场监管局局长周立新。
　　记者：今年一季度我县市场主体发展情况怎么样？
　　周立新：总体来看，我县市场主体保持平稳较快增长。截至3月底，全县实有市场主体5.82万户，同比增长9.3%。
　　记者：个体工商户在稳就业方面发挥了怎样的作用？
　　周立新：个体工商户量大面广，是吸纳就业的“主力军”。据测算，全县个体工商户带动就业超过12万人。

一季度我县主要经济指标稳中向好
本报讯（记者　李明）县统计局近日发布数据显示，一季度全县经济运行开局良好，主要指标稳中有进。
从三次产业看，第一产业增加值11.3亿元，增长3.9%；第二产业增加值35.6亿元，增长7.9%。
指标	总量	同比增长（%）
地区生产总值（亿元）	86.4	6.8
规上工业增加值（亿元）	28.7	8.6
固定资产投资（亿元）	41.2	10.3
数据来源：县统计局

经济速览
■县城东工业园区新签约项目5个
　　4月10日，县城东工业园区举行集中签约仪式，5个项目现场签约，总投资18.6亿元。（记者　李明）
■我县新增2家省级专精特新企业
　　近日，省工业和信息化厅公布第五批专精特新中小企业名单，我县2家企业榜上有名。（通讯员　赵丽）

责任编辑：黄文斌　美术编辑：刘静
"""

PHOTOS = """乡村振兴·影像

山乡巨变入画来
——云溪县和美乡村建设掠影

　　走进云溪县的乡村，白墙黛瓦掩映在青山绿水间，平整的村道通到农家门口，文化广场上歌声阵阵……近年来，我县扎实推进人居环境整治和乡风文明建设，
一幅宜居宜业和美乡村的新画卷正徐徐展开。
　　本期影像，带您走进云溪乡村，感受山乡的可喜变化。

上图：航拍下的石门村，白墙黛瓦的农房错落有致，连片稻田与村庄相映成景。
①桃源村村民在新建的文化广场上排练广场舞。
②溪口乡竹编非遗传承人李春华（右）向游客展示竹编技艺。
③返乡青年在上坪村的民宿小院里为游客准备农家菜。
④在县乡村振兴示范带，游客骑行在新修的彩色步道上，
沿途油菜花开正艳。

记者手记
看得见的变化　留得住的乡愁

行走在云溪的乡村，记者最深的感受是“变”。路变宽了，房变美了，村民的腰包也鼓了起来。

但变中也有不变。乡村振兴，不是把乡村变成城市，而是让人们看得见山、望得见水、

记得住乡愁。

一张张笑脸、一处处新景，正是云溪乡村振兴最生动的注脚。
（溪　言）

本版图片由本报记者　周晓峰　摄
"""


def test_a_section_name_with_a_middle_dot_heads_the_page(tmp_path):
    for copy, section in ((ECONOMY, "经济·产业"), (PHOTOS, "乡村振兴·影像")):
        page = import_text(tmp_path, copy).to_json()
        assert page["running_head"] == {"section": section}
        assert section not in (page["banner"] or {}).values()
        assert all(s["kicker"] != section for s in page["stories"])
    # a 副刊's masthead is its page's banner, not a section name
    page = import_text(tmp_path, PHOTOS.replace("乡村振兴·影像", "江南·副刊")).to_json()
    assert "running_head" not in page


def test_a_table_stays_under_the_story_whose_headline_names_its_columns_its_source_under_it(tmp_path):
    page = import_text(tmp_path, ECONOMY).to_json()
    heads = [s["headline"] for s in page["stories"]]
    assert heads == ["让“小老板”成为稳就业的“大帮手”", "一季度我县主要经济指标稳中向好", "经济速览"]
    data = page["stories"][1]
    assert data["paragraphs"][2].startswith("指标\t总量\t同比增长（%）\n地区生产总值（亿元）\t86.4\t6.8")
    assert data["tables"] == [2] and data["paragraphs"][3] == "数据来源：县统计局"
    briefs = page["stories"][2]
    assert briefs["kicker"] is None and briefs["deck"] is None and briefs["items"] == [0, 2]


def test_a_briefs_credit_keeps_the_space_between_role_and_name(tmp_path):
    briefs = import_text(tmp_path, ECONOMY).to_json()["stories"][2]["paragraphs"]
    assert briefs[1].endswith("总投资18.6亿元。（记者　李明）") and briefs[3].endswith("榜上有名。（通讯员　赵丽）")


def test_a_photo_page_reads_banner_lead_numbered_captions_and_a_signed_note(tmp_path):
    page = import_text(tmp_path, PHOTOS).to_json()
    assert (page["banner"]["headline"], page["banner"]["deck"]) == ("山乡巨变入画来", "——云溪县和美乡村建设掠影")
    assert [p[:4] for p in page["lead"]] == ["走进云溪", "本期影像"]
    (note,) = page["stories"]
    assert (note["kicker"], note["headline"]) == ("记者手记", "看得见的变化　留得住的乡愁")
    # its last paragraph is its text, not a caption; its pen name in brackets signs it, not the banner
    assert note["paragraphs"][-2:] == ["一张张笑脸、一处处新景，正是云溪乡村振兴最生动的注脚。", "（溪　言）"]
    assert note["paragraphs"][1].endswith("望得见水、记得住乡愁。")
    assert [c["text"][:3] for c in page["captions"]] == ["上图：", "①桃源", "②溪口", "③返乡", "④在县"]


def test_numbered_captions_and_a_signed_note_are_said_as_such(tmp_path):
    from layout_app.intake.importer import import_copy
    f = tmp_path / "raw.txt"
    f.write_text(PHOTOS, encoding="utf-8")
    _, copy = import_copy(f)
    said = [str(n) for n in copy.notices]
    assert not [n for n in said if "shape only" in n], said        # numbered: captions by their own word
    assert not [n for n in said if "溪\u3000言" in n or "溪\\u3000言" in n]


def test_a_list_of_points_numbered_under_its_colon_is_no_caption_run(tmp_path):
    copy = PHOTOS.replace("但变中也有不变。", "云溪的做法主要有：\n①建立村民议事会，大事小事商量着办。\n"
                          "②设立共富工坊，让村民在家门口就业。\n\n但变中也有不变。")
    page = import_text(tmp_path, copy).to_json()
    assert [c["text"][:3] for c in page["captions"]] == ["上图：", "①桃源", "②溪口", "③返乡", "④在县"]
    assert "①建立村民议事会，大事小事商量着办。" in page["stories"][0]["paragraphs"]


def test_an_interviews_questions_are_set_in_hei(tmp_path):
    from layout_app.intake.paraformats import paragraph_formats
    from layout_app.intake.structure import StoryParts
    from layout_app.io.templates import load_template
    t = load_template("duikai")
    story = StoryParts(headline="让“小老板”成为稳就业的“大帮手”", paragraphs=[
        "今年以来，记者就此专访了县市场监管局局长周立新。", "记者：今年一季度我县市场主体发展情况怎么样？",
        "周立新：总体来看，我县市场主体保持平稳较快增长。", "记者：个体工商户在稳就业方面发挥了怎样的作用？",
        "周立新：个体工商户量大面广，是吸纳就业的“主力军”。"])
    hei = {f.paragraph for f in paragraph_formats(story, t.styles, 100.0) if ("font", "hei") in f.local}
    assert hei == {1, 3}


def test_a_photo_page_composed_sets_every_photo_in_rows_its_caption_under_it(tmp_path):
    """Six photos, three named in pinyin: all on the page (two were left out, 'its stack came out too
    deep', and three waited uncaptioned), three to a row across the page, each caption under its
    photo, ① before ② before ③ as read."""
    from tests.intake.composed import compose_copy
    shots = {"石门村航拍.jpg": (4000, 3000), "taoyuancun_guangchangwu.jpg": (4000, 3000),
             "竹编非遗_李春华.jpg": (3000, 4000), "shangpingcun_minsu.jpg": (4000, 3000),
             "示范带彩色步道骑行.jpg": (4000, 3000), "fenghuangcun_gongfugongfang.jpg": (3000, 4000)}
    code, report, doc = compose_copy(tmp_path, PHOTOS + "凤凰村村民在家门口的“共富工坊”加工毛绒玩具。\n", shots)
    assert code == 0 and report["photos_placed"] == 6
    frames = {f.id: f for f in doc.pages[0].frames}
    by_caption = {doc.photo(f.photo).caption[:3]: f for f in frames.values() if f.photo and f.part != "caption"}
    assert set(by_caption) == {"上图：", "①桃源", "②溪口", "③返乡", "④在县", "凤凰村"}
    for f in by_caption.values():
        cap = frames[f"{f.photo}-cap"]
        assert (cap.col, cap.cols, cap.line) == (f.col, f.cols, f.line + f.lines)
    rows = sorted({f.line for f in by_caption.values()})
    assert len(rows) == 2 and all(sum(f.cols for f in by_caption.values() if f.line == y) == 8 for y in rows)
    order = [by_caption[k] for k in ("上图：", "①桃源", "②溪口", "③返乡", "④在县", "凤凰村")]
    assert [(f.line, f.col) for f in order] == sorted((f.line, f.col) for f in order)
    # the pictures are the banner's photo section, leading the page — none the 记者手记's, which names
    # their villages in its text; the 手记 stands under them
    note = next(s for s in doc.stories if s.kicker == "记者手记")
    assert not [p for p in doc.photos if p.story == note.id]
    assert {p.story for p in doc.photos} == {report["decisions"]["stories"][0]["story"]}
    (section,) = {doc.story(p.story) for p in doc.photos}
    assert not (section.headline or section.kicker or section.body) and section.rank == "lead"
    head = frames[f"{note.id}-head"]
    assert all(head.line >= f.line + f.lines for f in by_caption.values())
    # the report names the section by its photos, not by an empty headline ('')
    said = [n for n in report["notes"] if n.startswith(f"story {section.id} rank 1 ")]
    assert len(said) == 1 and "its 6 photos, no text, in stack 1, columns 1–8" in said[0] and "''" not in said[0]


def test_a_tables_source_is_set_small_and_flush_under_it():
    from layout_app.intake.paraformats import paragraph_formats
    from layout_app.intake.structure import StoryParts
    from layout_app.io.templates import load_template
    t = load_template("duikai")
    story = StoryParts(headline="一季度我县主要经济指标稳中向好", paragraphs=[
        "县统计局近日发布数据显示，一季度全县经济运行开局良好。", "指标\t总量\n地区生产总值（亿元）\t86.4", "数据来源：县统计局",
        "来源：这句话不在表格下面，是正文。"], tables=[1])
    (note,) = [f for f in paragraph_formats(story, t.styles, 100.0) if f.paragraph in (2, 3)]
    assert note.paragraph == 2 and ("indent", 0) in note.local
    assert dict(note.local)["size"] < t.styles["body"].size


def test_a_run_in_label_opening_a_paragraph_is_set_in_hei():
    from layout_app.intake.paraformats import paragraph_formats
    from layout_app.intake.structure import StoryParts
    from layout_app.io.templates import load_template
    t = load_template("duikai")
    story = StoryParts(headline="借名买房起纠纷　房子究竟归谁", kicker="以案说法", paragraphs=[
        "2019年，李某因名下已有住房无法享受购房优惠。", "法官说法：借名买房看似“亲兄弟明算账”，实则风险重重。",
        "【律师点评】购房人应当以自己的名义依法购房。", "法院审理认为，李某提供的转账记录不足以证明双方存在借名买房的约定。"])
    runs = {f.paragraph: f.runs for f in paragraph_formats(story, t.styles, 100.0) if f.runs}
    assert set(runs) == {1, 2}
    assert [(r.start, r.end, r.local) for r in runs[1]] == [(0, 5, (("font", "hei"),))]
    assert [(r.start, r.end) for r in runs[2]] == [(0, 6)]


PAGE_C = open(__file__.replace("test_desk_pages_c_d.py", "samples/review3-economy.txt"), encoding="utf-8").read()


def test_the_leads_numbered_photos_read_in_order_its_text_near_its_headline(tmp_path):
    """The reviewer's page C, whole (samples/review3-economy.txt): its lead's 图①, 图② (a portrait) and
    图④ — 图④ had stood first, then its text sat under all three
    photos at the page's foot. 图① first, then 图② with the text beside it, then 图④."""
    from tests.intake.composed import compose_copy
    shots = {"dianshang_zhibo_cha.jpg": (3000, 2000), "xikou_caicha_chenjianguo.jpg": (2000, 3000),
             "个体户登记_王海涛.jpg": (3000, 2000), "明前茶加工_林晓燕.jpg": (3000, 2000)}
    code, report, doc = compose_copy(tmp_path, PAGE_C, shots)
    frames = doc.pages[0].frames
    lead = next(s for s in doc.stories if s.headline == "一片叶子带富十万茶农")
    shown = {doc.photo(f.photo).caption[:2]: f for f in frames if f.photo and f.part != "caption"}
    shown.pop("图③")                                     # (the interview's)
    assert set(shown) == {"图①", "图②", "图④"} and {doc.photo(f.photo).story for f in shown.values()} == {lead.id}
    one, two, four = shown["图①"], shown["图②"], shown["图④"]
    assert one.line + one.lines <= two.line and two.line + two.lines <= four.line
    body = [f for f in frames if f.story == lead.id and f.part == "body"]
    assert min(f.line for f in body) < four.line          # its text opens before its last photo, not under all
