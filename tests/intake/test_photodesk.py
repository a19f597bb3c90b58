"""Photo desk reality: photos keep the captions in their metadata and go with the stories those
captions name; a page credit line (本版图片由…摄) credits every photo; a photo with neither caption
nor credit is reported once."""
import json
import subprocess

import pytest

from layout_app.cli import main
from layout_app.intake.compose import compose
from layout_app.intake.pagecredit import credit_at_odds, photographers
from layout_app.intake.photodesk import named_by, assign_photos, page_photo_credit, same_caption
from layout_app.intake.structure import Caption, StoryParts
from layout_app.io.docfile import load_document, save_document
from layout_app.preflight.captioncheck import caption_entries, photos_not_placed
from layout_app.preflight.checks import preflight
from tests.pdf.conftest import need_tools
from tests.photos import with_iptc, with_xmp, write_jpeg

PAGE_CREDIT = "本版图片由本报记者 周航 摄\n"
COPY = (
    "文明新风 润泽乡里\n\n"
    "青石镇:图书角里书香浓\n\n"
    "本报记者 王晨\n\n"
    "为丰富村民的精神文化生活,近日,青石镇在各村便民服务中心设立了“农家书屋图书角”,共配置图书3200余册,涵盖农业技术、法律常识等内容。\n\n"
    "开放首日,不少村民带着孩子前来借阅,村民老周说,现在在村里就能借到种植方面的书,方便多了。\n\n"
    "守护平安 温暖同行\n\n"
    "河湾社区:“夜巡队”守护居民安宁\n\n"
    "入夏以来,河湾社区组织党员、网格员和志愿者成立“夜巡队”,每晚7时至10时在辖区主要街巷开展巡查。\n\n"
    "截至目前,夜巡队已累计巡查60余次,社区主任林晓梅说,大家的安全就是我们最大的牵挂。\n\n"
    "城北农贸市场完成提质改造\n\n"
    "改造后的城北农贸市场划分了蔬菜、水产、熟食等区域,地面干净,摊位整齐,每天接待市民上万人次。\n\n"
    "在此经营了十多年的摊主王秀英说,现在顾客多了,生意也好做了,大家都很满意。\n\n"
    "本版稿件由本报记者 王晨 采写\n"
)
# the story each photo belongs with, by hand: its metadata caption names the story's place
MARKET = "改造后的城北农贸市场宽敞明亮。"
PATROL = "河湾社区“夜巡队”在街巷开展安全巡查。"
BOOKS = "青石镇的孩子们在图书角里认真阅读。"


@pytest.fixture
def desk(tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    # file names in an order unlike the stories': the caption, not the order, decides
    with_xmp(photos / "a_market.jpg", MARKET, "", "", 4000, 3000)                 # no credit of its own
    with_xmp(photos / "b_patrol.jpg", PATROL, "李航", "本报记者", 4000, 3000)
    with_iptc(photos / "c_books.jpg", BOOKS, "周航", width=4000, height=3000)
    write_jpeg(photos / "d_blank.jpg", 4000, 3000)                                # neither caption nor credit
    out = tmp_path / "out" / "page.yaml"
    out.parent.mkdir()
    return tmp_path, photos, out


def write_copy(tmp_path, page_credit: bool):
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY + (PAGE_CREDIT if page_credit else ""), encoding="utf-8")
    return copy


def test_each_photo_goes_with_the_story_its_metadata_caption_names(desk):
    tmp_path, photos, out = desk
    result = compose("duikai", [write_copy(tmp_path, True)], [photos], out)
    doc = result.document
    by_file = {p.file.rsplit("/", 1)[1]: p for p in doc.photos}
    assert by_file["a_market.jpg"].caption == MARKET and by_file["a_market.jpg"].credit == ""
    assert by_file["b_patrol.jpg"].caption == PATROL and by_file["b_patrol.jpg"].credit == "本报记者 李航 摄"
    # 周航's own credit: the page's line 本版图片由本报记者 周航 摄 prints it, not the caption again
    assert by_file["c_books.jpg"].caption == BOOKS and by_file["c_books.jpg"].credit == ""
    headline = {e.photo.file.rsplit("/", 1)[1]: e.story.headline for e in caption_entries(doc, out.parent, files=False)}
    assert headline["a_market.jpg"] == "城北农贸市场完成提质改造"
    assert headline["b_patrol.jpg"] == "河湾社区：“夜巡队”守护居民安宁"
    assert headline["c_books.jpg"] == "青石镇：图书角里书香浓"


def test_the_page_credit_line_credits_every_photo(desk, capsys):
    tmp_path, photos, out = desk
    copy = write_copy(tmp_path, True)
    code = main(["compose", "--template", "duikai", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    printed = capsys.readouterr()
    said = printed.out + printed.err
    assert "no credit" not in said and "neither a caption nor a credit" not in said
    assert "credited by the page's credit line '本版图片由本报记者 周航 摄'" in said
    report = preflight(load_document(out), out.parent)
    codes = [f.code for f in report.errors + report.warnings]
    assert not {"photo-no-credit", "photo-unlabelled", "credit-unplaced"} & set(codes)
    # d_blank.jpg, credited but with no caption and no story, waits off the page: nothing said of its caption
    assert "photo-no-caption" not in codes
    # the caption proof says no photo lacks a credit either (b_patrol.jpg's own, 李航, is at odds with
    # the page line's 周航: that it says, test_a_photo_credited_to_another_photographer…)
    assert main(["captions", str(out), "-o", str(tmp_path / "proof.html")]) in (0, 1)
    warned = capsys.readouterr().out.splitlines()[1:]          # "  file: warning" lines under the summary
    credits = [w for w in warned if "credit" in w.split(": ", 1)[1]]
    assert warned and len(credits) == 1 and "b_patrol.jpg is credited to 本报记者 李航 摄" in credits[0]
    proof = (tmp_path / "proof.html").read_text(encoding="utf-8")
    assert "（无署名）" not in proof and proof.count("（本版图片由本报记者 周航 摄）") == 3   # a_market, c_books, d_blank
    # (the line as written, its spaces kept: printed they are justified space, no characters)
    assert code in (0, 1)


def test_a_photo_with_neither_caption_nor_credit_is_reported_once(desk, capsys):
    tmp_path, photos, out = desk
    copy = write_copy(tmp_path, False)
    main(["compose", "--template", "duikai", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    printed = capsys.readouterr()
    lines = (printed.out + printed.err).splitlines()
    about_blank = [l for l in lines if "d_blank.jpg" in l and ("caption" in l or "credit" in l)]
    assert len(about_blank) == 1 and "neither a caption nor a credit" in about_blank[0]
    # the photo with a caption but no credit, and no page line to cover it: one warning too
    about_market = [l for l in lines if "a_market.jpg" in l and "credit" in l]
    assert len(about_market) == 1 and "has no credit" in about_market[0]
    main(["captions", str(out), "-o", str(tmp_path / "proof.html")])
    proof = [l for l in capsys.readouterr().out.splitlines() if "d_blank.jpg" in l]
    assert len(proof) == 1 and "no caption and no story tell where it goes" in proof[0]


def test_assign_photos_by_caption_not_order():
    stories = [StoryParts(headline="青石镇：图书角里书香浓", paragraphs=["青石镇在各村设立图书角。"]),
               StoryParts(headline="河湾社区：“夜巡队”守护居民安宁", paragraphs=["河湾社区成立夜巡队。"])]
    copy_captions = [Caption("河湾社区“夜巡队”在街巷开展安全巡查。", 1), Caption("农家书屋里的新书。", None)]
    desk, spare = assign_photos([(BOOKS, ""), ("", "本报记者 周航 摄"), ("河湾社区 “夜巡队” 在街巷开展安全巡查", "")],
                                copy_captions, stories)
    # the copy's caption is the third photo's own (spaces and the full stop aside): not used twice; the one
    # left is the second photo's only by elimination (the others found theirs): offered, not set — it waits
    assert [(d.story, d.caption_from) for d in desk] == [(0, "file"), (None, ""), (1, "file")]
    assert desk[1].caption == "" and desk[1].by_elimination and desk[1].offers == ["农家书屋里的新书。"]
    assert [c.text for c in spare] == ["农家书屋里的新书。"]


def test_page_photo_credit_lines():
    assert page_photo_credit(["本版稿件由本报记者 王晨 采写", "本版图片由本报记者 周航 摄"]) == "本版图片由本报记者 周航 摄"
    assert page_photo_credit(["图片：周航"]) == "图片：周航"
    assert page_photo_credit(["本版稿件由本报记者王晨采写　　本版图片由本报记者周航摄"]) == "本版图片由本报记者周航摄"
    assert page_photo_credit(["本版稿件由本报记者 王晨 采写", "责任编辑 李明"]) is None
    assert same_caption("河湾社区“夜巡队”在街巷开展安全巡查。", "河湾社区“夜巡队”在街巷开展安全巡查。（本报记者 李航 摄）")
    assert not same_caption("青石镇的孩子们。", "青石镇的老人们。")


def test_a_photo_credited_to_another_photographer_than_the_page_credit_is_said_once(desk, capsys):
    # b_patrol.jpg credits 李航; the page line says every photo is 周航's: both would print
    tmp_path, photos, out = desk
    copy = write_copy(tmp_path, True)
    main(["compose", "--template", "duikai", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    printed = capsys.readouterr()
    said = [l for l in (printed.out + printed.err).splitlines() if "names another photographer" in l]
    assert len(said) == 1 and "b_patrol.jpg" in said[0] and "'本报记者 李航 摄'" in said[0], said
    assert "c_books.jpg" not in said[0]                      # '周航 摄': the page's own photographer
    # a photo the line leaves out is the trade's normal case: the advice says how the line says so
    assert "本版图片除署名外由…摄" in said[0]
    # and the page keeps saying it (preflight, the live check, the caption proof) until it is mended
    odds = [f for f in preflight(load_document(out), out.parent).warnings if f.code == "credit-odds"]
    assert [f.where["file"].rsplit("/", 1)[-1] for f in odds] == ["b_patrol.jpg"]
    assert "李航" in odds[0].message and "周航" in odds[0].message and "除署名外" in odds[0].message
    # '除署名外' (except where credited): a photo's own credit is the exception it allows
    copy.write_text(COPY + "本版图片除署名外由本报记者 周航 摄\n", encoding="utf-8")
    main(["compose", "--template", "duikai", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--force"])
    printed = capsys.readouterr()
    assert "names another photographer" not in printed.out + printed.err
    assert not [f for f in preflight(load_document(out), out.parent).warnings if f.code == "credit-odds"]


def test_a_copy_captions_credit_the_photo_does_not_carry_is_kept_and_said(desk, capsys):
    """The copy's caption of c_books.jpg ends with another photographer's credit than the photo's
    metadata (周航): the reviewer found 邓国庆 missing from the PDF, and nothing said. Both print now,
    said by compose and by preflight until the photo desk keeps the right one."""
    tmp_path, photos, out = desk
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY.replace("本版稿件由", BOOKS + " 本报记者 邓国庆 摄\n\n本版稿件由"), encoding="utf-8")
    main(["compose", "--template", "duikai", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    printed = capsys.readouterr()
    doc = load_document(out)
    books = next(p for p in doc.photos if p.file.endswith("c_books.jpg"))
    assert "邓国庆" in books.caption and "周航" in books.credit
    assert "credits another photographer" in printed.out + printed.err
    (odd,) = [f for f in preflight(doc, out.parent).warnings if f.code == "caption-credit-odds"]
    assert "邓国庆" in odd.message and "周航" in odd.message


@pytest.mark.parametrize("credit,names", [
    ("本报记者 周航 摄", ["周航"]),
    ("周航 摄", ["周航"]),
    ("新华社发 李明 摄", ["李明"]),
    ("通讯员 王小明 本报记者 周航 摄", ["王小明", "周航"]),
    ("本报记者 李航/摄", ["李航"]),
])
def test_the_names_a_photo_credit_gives(credit, names):
    assert photographers(credit) == names


def test_a_credit_at_odds_with_the_page_line():
    assert credit_at_odds("本报记者 李航 摄", "本版图片由本报记者 周航 摄")
    assert not credit_at_odds("本报记者 周航 摄", "本版图片由本报记者 周航 摄")
    assert not credit_at_odds("通讯员 王小明 本报记者 周航 摄", "本版图片由本报记者 周航 通讯员 王小明 摄")
    assert not credit_at_odds("本报记者 李航 摄", "本版图片除署名外由本报记者 周航 摄")
    assert not credit_at_odds("摄", "本版图片由本报记者 周航 摄")           # no name to be at odds


def test_a_printed_photo_carries_one_credit():
    """A caption from the copy that ends with its photo's credit, beside the credit the photo prints
    in the credit style: the caption's credit is the photo's where it has none, leaves the caption
    where it names the same photographer, and stays (said) where it names another."""
    from layout_app.intake.photodesk import one_credit
    caption = "图为沙坪乡村民薛一鸣展示作品。（薛欣怡 摄）"
    assert one_credit(caption, "") == ("图为沙坪乡村民薛一鸣展示作品。", "薛欣怡 摄", "moved")
    assert one_credit(caption, "本报记者 薛欣怡 摄") == ("图为沙坪乡村民薛一鸣展示作品。", "本报记者 薛欣怡 摄", "same")
    assert one_credit(caption, "本报记者 周航 摄") == (caption, "本报记者 周航 摄", "odds")
    assert one_credit("村民收割猕猴桃。本报记者 任静 摄", "") == ("村民收割猕猴桃。", "本报记者 任静 摄", "moved")
    assert one_credit("村民收割猕猴桃。", "本报记者 周航 摄") == ("村民收割猕猴桃。", "本报记者 周航 摄", "")
    # (the copy's repair closed the credit's spaces up: set as a credit is)
    assert one_credit("村民收割猕猴桃。（本报记者任静摄）", "") == ("村民收割猕猴桃。", "本报记者 任静 摄", "moved")


def test_compose_prints_one_credit_a_photo(desk, capsys):
    """The copy's captions carry credits; the photos have no caption of their own (the copy's are
    taken): d_blank.jpg has no credit either — its caption's is set as its credit, once."""
    tmp_path, photos, out = desk
    # (named by its file: the one caption left by elimination it would only be offered — it would wait)
    (photos / "d_blank.jpg").rename(photos / "d_新摊位.jpg")
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY.replace("本版稿件由", "城北农贸市场的新摊位。（本报记者 孙浩 摄）\n\n本版稿件由"), encoding="utf-8")
    main(["compose", "--template", "duikai", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json"])
    import json
    result = json.loads(capsys.readouterr().out)
    doc = load_document(out)
    blank = next(p for p in doc.photos if p.file.endswith("d_新摊位.jpg"))
    assert (blank.caption, blank.credit) == ("城北农贸市场的新摊位。", "本报记者 孙浩 摄")
    assert any("d_新摊位.jpg: its caption's credit '本报记者 孙浩 摄' is set as the photo's credit" in n
               for n in result["notes"])


# a reviewer's page: two short stories on a broadsheet, eight photos — five with a caption naming a
# story, three with none (set with a story at a guess). Their stack runs over: the photos set at a
# guess are left out, never a story's own (河湾社区's portrait was, while two blank photos stood)
OVER_COPY = (
    "近年来,我县坚持以人民为中心,在城乡社区开展了一系列便民服务行动,让群众在家门口就能办成事、办好事。\n\n"
    "文明新风 润泽乡里\n\n青石镇:图书角里书香浓\n\n"
    "为丰富村民的精神文化生活,近日,青石镇在各村便民服务中心设立了“农家书屋图书角”,共配置图书3200余册,涵盖农业技术、法律常识、健康养生等内容。\n\n"
    "开放首日,不少村民带着孩子前来借阅。村民老周说:“以前想看本种植方面的书要跑到县城,现在在村里就能借到,方便多了。”\n\n"
    "据了解,青石镇还将定期组织读书分享会,引导村民养成多读书、读好书的习惯。\n\n"
    "守护平安 温暖同行\n\n河湾社区:“夜巡队”守护居民安宁\n\n"
    "入夏以来,河湾社区组织党员、网格员和志愿者成立“夜巡队”,每晚7时至10时在辖区主要街巷开展巡查,重点排查消防通道占用、电动车违规充电等安全隐患。\n\n"
    "截至目前,夜巡队已累计巡查60余次,劝导整改隐患23处。社区主任林晓梅说:“大家的安全就是我们最大的牵挂。”\n\n"
    "本版稿件由本报记者 王晨 采写\n本版图片由本报记者 王晨 摄\n"
)
OWN = {"a1.jpg": ("青石镇的孩子们在图书角里认真阅读。", 3000, 2000),
       "a2.jpg": ("河湾社区“夜巡队”在街巷开展安全巡查。", 2000, 3000),
       "a3.jpg": ("青石镇村民在农家书屋图书角借阅农业技术书籍。", 3000, 2000),
       "a5.jpg": ("河湾社区夜巡队员检查电动车充电情况。", 3000, 2000),
       "a7.jpg": ("青石镇读书分享会现场。", 2000, 3000)}
BLANK = {"a4.jpg": (2000, 3000), "a6.jpg": (3000, 2000), "a8.jpg": (3000, 2000)}


@pytest.fixture
def over_page(tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    for name, (caption, w, h) in OWN.items():
        with_xmp(photos / name, caption, "王晨", "本报记者", w, h)
    for name, (w, h) in BLANK.items():
        write_jpeg(photos / name, w, h)
    copy = tmp_path / "copy.txt"
    copy.write_text(OVER_COPY, encoding="utf-8")
    return tmp_path, copy, photos


def test_photos_placed_at_a_guess_are_left_out_before_a_storys_own(over_page, capsys):
    tmp_path, copy, photos = over_page
    out = tmp_path / "page.yaml"
    main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    said = "".join(capsys.readouterr())
    doc = load_document(out)
    placed = {doc.photo(f.photo).file.rsplit("/", 1)[-1] for f in doc.pages[0].frames if f.photo and f.part == "photo"}
    left_out = (set(OWN) | set(BLANK)) - placed
    assert set(OWN) <= placed, said                 # every photo a caption ties to its story
    assert left_out and left_out <= set(BLANK)      # the stacks do run over: what goes is a guess
    # (a blank photo has nothing telling where it goes: it waits off the page, each said once)
    assert left_out == set(BLANK)
    for name in BLANK:
        assert said.count(f"{name}) has no caption and no story of its own: not placed") == 1   # (the credit line's)
        assert f"{name}: credited by the page's credit line" not in said          # (not on the page: it credits none)
    # (their own credits name 王晨, whom the page's line credits: printed once, in that line)
    assert all(f"{name}: its own credit '本报记者 王晨 摄' names whom the page's credit line" in said for name in OWN)


def test_the_caption_proof_puts_each_photo_with_its_own_story_and_lists_those_off_the_page(over_page, capsys):
    """The reviewer's proof of that page: 青石镇读书分享会现场, set in 青石镇's columns two photos below
    its text, was listed under 河湾社区 (the text across the gutter was nearer), with a warning; the
    photos left out were not in it at all. By hand: each captioned photo goes with the story its
    caption's place names; the blank photos off the page are listed as such, and the check exits 1."""
    tmp_path, copy, photos = over_page
    out = tmp_path / "page.yaml"
    main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    doc = load_document(out)
    whose = {"青石镇": "青石镇:图书角里书香浓", "河湾社区": "河湾社区:“夜巡队”守护居民安宁"}
    for e in caption_entries(doc, tmp_path):
        if e.photo.caption:
            place = next(p for p in whose if p in e.photo.caption)
            assert e.story.headline.replace("：", ":") == whose[place], e.photo.caption
            assert not [w for w in e.warnings if "does not mention" in w], e.warnings
    off = {p.file.rsplit("/", 1)[-1] for p in photos_not_placed(doc)}
    assert off and off <= set(BLANK)
    capsys.readouterr()
    assert main(["captions", str(out), "-o", str(tmp_path / "proof.html"), "--lang", "zh_CN"]) == 1   # as reporters read it
    said = capsys.readouterr().out
    assert all(f"{name}: 不在版面上" in said for name in off)
    page = (tmp_path / "proof.html").read_text(encoding="utf-8")
    assert "未上版的图片" in page and all(name in page for name in off)
    # the off-page photos have no credit of their own: the page's credit line is theirs (no 无署名)
    assert "（无署名）" not in page.split("未上版的图片", 1)[1]
    # each photo shown, those off the page too: a reporter cannot tell DSC_0001 from DSC_0002 by name
    assert page.count("<img") == len(doc.photos) and page.split("未上版的图片", 1)[1].count("<img") == len(off)
    need_tools()
    assert main(["captions", str(out), "-o", str(tmp_path / "proof.pdf"), "--lang", "zh_CN"]) == 1
    text = subprocess.run(["pdftotext", str(tmp_path / "proof.pdf"), "-"], capture_output=True, text=True).stdout
    assert "未上版的图片" in text and all(name in text for name in off)
    listed = subprocess.run(["pdfimages", "-list", str(tmp_path / "proof.pdf")], capture_output=True, text=True).stdout
    assert len(listed.splitlines()[2:]) == len(doc.photos)


def test_each_stack_reports_the_frame_it_ends_with_and_its_empty_lines(over_page, capsys):
    """The reviewer's JSON said stack 1 ends with p4-photo, a photo of stack 2 (a photo frame's part
    is "body" too: the last photo of the page was taken for a story's last text frame), and counted
    8 empty lines under a stack that reaches the foot. Each stack's last frame is its own; its empty
    lines, where it ends with a photo, the lines from the photo's foot to the credit line's top."""
    tmp_path, copy, photos = over_page
    out = tmp_path / "page.yaml"
    main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json"])
    report = json.loads(capsys.readouterr().out)
    # counted as the text report counts them (it said 4 stories: the lead and the credit line too)
    assert (report["stories"], report["photos"]) == (2, 8) and set(report["page_parts"]) == {"lead", "credits"}
    frames = {f.id: f for f in load_document(out).pages[0].frames}
    foot = frames["credits"].line
    for st in report["decisions"]["stacks"]:
        first, last = st["columns"]
        end = frames[st["ends_with"]]
        assert first - 1 <= end.col and end.col + end.cols <= last, st
        if end.kind == "photo":
            assert st["empty_lines"] == (foot - end.line - end.lines) * (last - first + 1), st


def test_compose_records_each_photos_story_and_the_proof_keeps_it_where_the_photo_is_moved(over_page):
    """A reviewer found 摊主在小微企业咨询 listed under another story: the proof guessed the story from
    where the photo stood. Compose records it (schema 6); moved across the page beside another story's
    text, the photo is still listed with its own."""
    from dataclasses import replace
    tmp_path, copy, photos = over_page
    out = tmp_path / "page.yaml"
    main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    doc = load_document(out)
    heads = {s.id: s.headline for s in doc.stories}
    for p in doc.photos:
        if p.caption:
            place = "青石镇" if "青石镇" in p.caption else "河湾社区"
            assert place in heads[p.story], (p.caption, p.story)
    # the 青石镇 photo moved into the other story's columns, right under that story's heading
    page = doc.pages[0]
    mine = next(p for p in doc.photos if p.caption.startswith("青石镇的孩子们"))
    other = next(f for f in page.frames if f.part == "heading" and f.story != mine.story and f.story in heads
                 and heads[f.story])
    frames = tuple(replace(f, col=other.col, line=other.line + other.lines) if f.photo == mine.id else f
                   for f in page.frames)
    moved = replace(doc, pages=(replace(page, frames=frames),))
    (entry,) = [e for e in caption_entries(moved, tmp_path) if e.photo.id == mine.id]
    assert entry.story.id == mine.story


BOOK_CORNER = "青石镇的孩子们在图书角里认真阅读。"
PATROL = "河湾社区“夜巡队”在街巷开展安全巡查。"


def test_a_photo_without_a_caption_takes_the_copy_caption_its_file_name_names():
    """A reviewer's two photos with no metadata, 河湾社区夜巡队.jpg and 青石镇图书角.jpg: the copy's
    captions went to them in file-name order, the 青石镇 caption under the night patrol."""
    captions = [Caption(BOOK_CORNER, 0), Caption(PATROL, 1)]
    desk, spare = assign_photos([("", ""), ("", "")], captions, [], ["河湾社区夜巡队.jpg", "青石镇图书角.jpg"])
    assert [(d.caption, d.caption_from) for d in desk] == [(PATROL, "name"), (BOOK_CORNER, "name")]
    assert spare == []
    # a camera's file names name nothing: two photos, two captions — which is whose is a toss, none
    # set by the files' order (a reviewer's U17 photo printed in the lead as "the fans"); each is offered both
    desk, spare = assign_photos([("", ""), ("", "")], captions, [], ["DSC_0012.jpg", "DSC_0013.jpg"])
    assert [(d.caption, d.caption_from, d.story) for d in desk] == [("", "", None), ("", "", None)]
    assert [d.offers for d in desk] == [[BOOK_CORNER, PATROL], [BOOK_CORNER, PATROL]]
    assert [c.text for c in spare] == [BOOK_CORNER, PATROL]
    # a name two captions share alike is no match either
    assert named_by("社区.jpg", ["河湾社区的夜晚。", "长乐社区的早晨。"]) == (0, None)


def test_compose_sets_no_caption_by_order_the_photos_wait_with_the_captions_they_might_take(tmp_path, capsys):
    copy = tmp_path / "copy.txt"
    copy.write_text("青石镇：图书角里书香浓\n\n本报记者 陈思\n\n今年以来，青石镇在各村设立图书角，共配送图书一万二千册。"
                    "孩子们放学后都来这里读书，老人们也常来翻翻报纸。\n\n“以前借本书要跑到县城，现在家门口就能读。”村民王大姐说。\n\n"
                    + BOOK_CORNER + "\n\n河湾社区：“夜巡队”守护居民安宁\n\n本报记者 李航\n\n入冬以来，河湾社区成立夜巡队，"
                    "二十多名志愿者每晚在街巷巡查，排查安全隐患二十三处。\n\n社区负责人介绍，夜巡队将长期坚持下去。\n\n"
                    + PATROL + "\n", encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    write_jpeg(photos / "a.jpg", 3000, 2000)
    write_jpeg(photos / "b.jpg", 3000, 2000)
    out = tmp_path / "page.yaml"
    main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    err = capsys.readouterr().err
    assert "at a guess — check it is this photo's" not in err
    # said once for both photos (a reviewer's eight camera files gave eight such lines), with what to do
    toss = [l for l in err.splitlines() if "nothing tells which caption is whose" in l]
    assert len(toss) == 1 and BOOK_CORNER in toss[0] and PATROL in toss[0]
    assert "2 photo(s)" in toss[0] and "p1 (photos/a.jpg)、p2 (photos/b.jpg)" in toss[0] and "Name each file after its caption" in toss[0]
    doc = load_document(out)
    assert doc.placed_photos() == set() and [p.caption for p in doc.photos] == ["", ""]
    # preflight names each photo waiting off the page with neither caption nor credit (finding 15)
    report = preflight(doc, tmp_path)
    assert sorted(f.where["photo"] for f in report.warnings if f.code == "photo-bare-unplaced") == ["p1", "p2"]
    assert "photo credit" not in err        # (the copy has no page credit line)
    # with the page's credit line in the copy: printed (the reporter's words), and said to credit no photo
    # there (a reviewer's page printed 本版图片由本报记者 王晨 摄 over no photo, unsaid)
    with_line = tmp_path / "credited.txt"
    with_line.write_text(copy.read_text(encoding="utf-8") + "\n本版图片由本报记者 王晨 摄\n", encoding="utf-8")
    main(["compose", "--copy", str(with_line), "--photos", str(photos), "-o", str(tmp_path / "credited.yaml")])
    said = [l for l in capsys.readouterr().err.splitlines() if "photo credit" in l]
    assert len(said) == 1 and "本版图片由本报记者 王晨 摄" in said[0] and "no photo is on the page (2 waiting off it)" in said[0]
    doc = load_document(tmp_path / "credited.yaml")
    assert doc.story("credits").byline == "本版图片由本报记者 王晨 摄" and "credits" in {f.story for f in doc.pages[0].frames}


def test_the_surest_file_name_takes_the_caption_and_a_second_photo_named_after_a_story_goes_with_it(tmp_path):
    """A reviewer's photos 夜巡.jpg, 河湾社区夜巡队1.jpg and 河湾社区夜巡队2.jpg, no captions in them, one
    caption of the copy for 河湾社区: 夜巡.jpg (first by name) took it and both 河湾社区 photos were left
    off. The name that says most of the caption takes it; a photo whose name says a story's heading
    goes with that story, its caption a matter for the editor (a guess, said)."""
    captions = [Caption(PATROL, 1)]
    desk, spare = assign_photos([("", ""), ("", ""), ("", "")], captions, [],
                                ["夜巡.jpg", "河湾社区夜巡队1.jpg", "河湾社区夜巡队2.jpg"])
    assert [d.caption_from for d in desk] == ["", "name", ""] and spare == []
    copy = tmp_path / "copy.txt"
    copy.write_text("河湾社区：“夜巡队”守护居民安宁\n\n本报记者 李航\n\n入冬以来，河湾社区成立夜巡队，二十多名志愿者每晚在"
                    "街巷巡查，排查安全隐患二十三处。\n\n社区负责人介绍，夜巡队将长期坚持下去。\n\n" + PATROL + "\n",
                    encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    for name in ("夜巡.jpg", "河湾社区夜巡队1.jpg", "河湾社区夜巡队2.jpg"):
        write_jpeg(photos / name, 3000, 2000)
    result = compose("duikai", [copy], [photos], tmp_path / "page.yaml")
    doc = result.document
    placed = {doc.photo(f.photo).file.rsplit("/", 1)[-1] for f in doc.pages[0].frames if f.photo and f.kind == "photo"}
    assert {"河湾社区夜巡队1.jpg", "河湾社区夜巡队2.jpg"} <= placed
    assert doc.photo(next(p.id for p in doc.photos if p.file.endswith("1.jpg"))).caption == PATROL
    assert any("夜巡队2.jpg) has no caption; set with story s1" in w for w in result.warnings)


def test_a_word_every_caption_may_say_names_no_caption():
    """'望江社区智慧社区APP.jpg' shares only 社区 with the AED caption: no match by that (a reviewer's page
    set the app photo under the AED caption); the caption its place and app name say is matched."""

    aed = "红十字会志愿者在松林社区讲解AED的使用方法。"
    assert named_by("望江社区智慧社区APP.jpg", [aed]) == (0, None)
    app = "望江社区工作人员指导老人使用“智慧社区”APP。"
    assert named_by("望江社区智慧社区APP.jpg", [aed, app])[1] == 1
    assert named_by("村晚.jpg", ["上坪村“村晚”上，村民表演自编自导的舞蹈。"])[1] == 0      # two characters, no common word


def test_a_photos_own_credit_is_printed_once_where_the_page_line_names_another_too(desk):
    """Under 本版图片除署名外均由本报记者 周航 摄: 周航's photos print no credit of their own (the line
    credits them); 李航's photo, the exception the line names, keeps its own."""
    tmp_path, photos, out = desk
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY + "本版图片除署名外均由本报记者 周航 摄\n", encoding="utf-8")
    doc = compose("duikai", [copy], [photos], out).document
    by_file = {p.file.rsplit("/", 1)[1]: p for p in doc.photos}
    assert by_file["c_books.jpg"].credit == "" and by_file["b_patrol.jpg"].credit == "本报记者 李航 摄"


def test_the_one_caption_left_taken_by_a_photo_with_none_is_a_note_to_check(tmp_path):
    """A photo with no caption of its own and no name telling, the copy's one caption no other photo has:
    likely its, not sure — a note on the photo the caption proof and preflight show the reporter."""
    photos = tmp_path / "photos"
    photos.mkdir()
    write_jpeg(photos / "IMG_1102.jpg", 4000, 3000)
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY + "\n\n\n摊主在改造后的城北农贸市场整理蔬菜。\n\n\n" + PAGE_CREDIT, encoding="utf-8")
    out = tmp_path / "page.yaml"
    doc = compose("duikai", [copy], [photos], out).document
    save_document(doc, out)
    # (the caption set apart at the foot, after the copy's credit line, makes no heading a paragraph —
    # its stories are one blank line apart — and no credit line runs on into it)
    assert [s.headline for s in doc.stories if s.id.startswith("s")] == [
        "青石镇：图书角里书香浓", "河湾社区：“夜巡队”守护居民安宁", "城北农贸市场完成提质改造"]
    (photo,) = doc.photos
    assert photo.caption == "摊主在改造后的城北农贸市场整理蔬菜。"
    assert "唯一还没有配图的图片说明" in photo.comment and not photo.checked
    assert "photo-note" in {f.code for f in preflight(load_document(out), out.parent).warnings}


def test_a_cameras_file_name_names_no_story_by_its_figures():
    """The reviewer's IMG_3308.jpg was set with the story whose deck says 带动4300余人就业: the '30' of
    its count. A camera's or a phone's name is letters and a count or a date: it names nothing."""
    heads = ["县城电商产业园年销售额突破15亿元 带动4300余人就业", "青禾竹业：从“卖原竹”到“卖设计”"]
    for name in ("IMG_3308.jpg", "DSCN4300.JPG", "P1014300.jpg", "PXL_20261101_083015.jpg", "微信图片_20261130.jpg"):
        assert named_by(name, heads) == (0, None), name
    # figures alone name nothing in any file name; a word with them still does
    assert named_by("4300.jpg", heads) == (0, None)
    assert named_by("电商产业园4300.jpg", heads)[1] == 0
    assert named_by("5G智慧茶园.jpg", heads + ["5G智慧茶园：水肥自动“送”到茶树根"])[1] == 2


def _composed_with(folder, text, names):
    """`compose` of `text` as a copy file with a plain 3000×2000 photo of each of `names`."""
    copy = folder / "copy.txt"
    copy.write_text(text, encoding="utf-8")
    photos = folder / "photos"
    photos.mkdir()
    for name in names:
        write_jpeg(photos / name, 3000, 2000)
    return compose("duikai", [copy], [photos], folder / "page.yaml")


def test_a_file_name_sharing_a_place_with_one_heading_but_told_of_in_another_storys_text_waits(tmp_path):
    """A reviewer's 城关一小消防安全课.jpg (no caption) was set in the lead story 《城关镇老旧小区改造提速增效》
    for the 城关 its heading shares; the 简讯 item about 城关一小's 消防安全课 is what it shows. Neither is
    sure: it waits off the page, said. A photo whose name both the heading and the text say goes with it."""
    copy = ("城关镇老旧小区改造提速增效\n\n本报记者 王晓东\n\n今年以来，城关镇把老旧小区改造作为民生实事的头号工程，"
            "累计完成十二个小区改造，惠及居民三千二百余户。\n\n“改造什么、怎么改，由居民说了算。”镇党委书记刘建国介绍，"
            "镇里成立了工作专班，确保工程质量和进度。\n\n简讯\n\n●5月20日，县城市管理局开展夜市摊点专项整治。\n\n"
            "●5月19日，县消防救援大队走进城关一小，为师生上了一堂消防安全课。\n")
    result = _composed_with(tmp_path, copy, ("城关一小消防安全课.jpg", "老旧小区改造.jpg"))
    doc = result.document
    placed = {doc.photo(f.photo).file.rsplit("/", 1)[-1] for f in doc.pages[0].frames if f.photo and f.kind == "photo"}
    assert placed == {"老旧小区改造.jpg"}
    assert any("城关一小消防安全课.jpg) has neither a caption nor a credit, and no story of its own: not placed" in w for w in result.warnings)


def test_a_numbered_caption_naming_no_story_goes_with_the_story_of_the_number_before_it(tmp_path):
    """A reviewer's 图②：居民在新建的休闲广场上健身。 named no story and was set under the 短评 at a guess; 图①
    is the lead story's: a desk numbers a story's photos in a run — with the lead, still said as a guess."""
    copy = ("城关镇老旧小区改造提速增效\n\n本报记者 王晓东\n\n5月20日上午，记者走进城关镇化肥厂家属院，新铺的沥青路面平整干净。"
            "\n\n据了解，今年城关镇计划改造老旧小区十八个，目前已完成十二个。\n\n"
            "金山村：小草莓串起致富链\n\n本报讯 眼下正是草莓采摘季，金山村草莓种植基地的大棚里游客络绎不绝。\n\n"
            "图①：改造后的化肥厂家属院焕然一新。\n图②：居民在新建的休闲广场上健身。\n")
    result = _composed_with(tmp_path, copy, ("化肥厂家属院.jpg", "休闲广场健身.jpg"))
    doc = result.document
    lead = next(s.id for s in doc.stories if s.headline == "城关镇老旧小区改造提速增效")
    assert {p.file.rsplit("/", 1)[-1]: p.story for p in doc.photos} == {"化肥厂家属院.jpg": lead, "休闲广场健身.jpg": lead}
    assert any("休闲广场健身.jpg): its caption '图②：居民在新建的休闲广场上健身。' names no story on the page; placed with "
               f"{lead}" in w for w in result.warnings)
