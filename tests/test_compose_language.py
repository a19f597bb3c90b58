"""`layout-app compose` says what it decided and warns of in the user's language (`--lang`, else the
locale): its notes on each stack and story, its warnings on photos with no caption and a page short of
copy are Chinese under zh_CN, as its summary line and preflight's findings under them already were —
and English with `--lang en`, word for word as before; --json keeps the English, for scripts, unless --lang asks.
Expectations written by hand from the translators' wording (scripts/zh/compose.py)."""
import json
import re
import string
from pathlib import Path

import pytest

from layout_app.cli import main
from tests.photos import scene

P1 = "为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了图书角，配备了农业技术、文学历史、少儿读物等图书两千余册。"
P2 = "每到傍晚，图书角里坐满了前来看书的村民和孩子。村民王大爷说：“以前想看本书得跑到县城，现在家门口就能看，真方便。”"
Q1 = "入夜，河湾社区的夜巡队员穿上红马甲，沿着小区的主干道开始巡逻，查看消防通道和楼道里停放的电动车，提醒居民关好门窗。"
Q2 = "夜巡队成立三年来，队员从最初的十几人发展到六十多人，累计巡逻一千余次，排查安全隐患三百多处，居民的安全感明显提升。"
R1 = "眼下正是草莓成熟的季节，柳溪村的大棚里一片繁忙，村民们忙着采摘、分拣、装箱，一筐筐新鲜的草莓被运往城里的超市。"


@pytest.fixture
def chinese(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")


@pytest.fixture
def page(tmp_path):
    """Three stories on a 四开 page, too little copy for it; a photo with no caption whose file name names
    the first story's place (set with it, a guess), and one that names nothing (it waits off the page)."""
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n".join([
        "青石镇：图书角里书香浓", "本报记者 王晨", P1, P2, P1 + P2,
        "河湾社区夜巡队守护万家灯火", "本报记者 李明", Q1, Q2, Q2 + Q1,
        "柳溪村：小小草莓甜了村民日子", "本报通讯员 赵欣", R1, R1,
    ]) + "\n", encoding="utf-8")
    (tmp_path / "photos").mkdir()
    scene(1600, 1200).save(tmp_path / "photos" / "青石镇图书角.jpg")
    scene(1200, 1600).save(tmp_path / "photos" / "风景.jpg")
    return ["compose", "--copy", str(copy), "--photos", str(tmp_path / "photos"), "--template", "sikai",
            "-o", str(tmp_path / "page.yaml")]


def compose_lines(said) -> tuple[list[str], list[str]]:
    """Compose's own lines: its notes (standard output, under the summary) and its warnings (standard
    error) — not preflight's findings, which carry their ids in brackets."""
    # (the running head's note first, 报眉：… / running head…: it is the page's, not the layout's; and its
    # warnings last — today's date, no 版次)
    head = ("报眉", "running head", "警告：报眉", "warning: running head")
    notes = [line[2:] for line in said.out.splitlines()[1:] if not line[2:].startswith(head)]
    warned = [line[2:] for line in said.err.splitlines() if not line.endswith("]") and not line[2:].startswith(head)]
    return notes, warned


def test_compose_says_its_notes_and_warnings_in_chinese(page, chinese, capsys):
    assert main(page) == 0
    said = capsys.readouterr()
    notes, warned = compose_lines(said)
    assert said.out.startswith(f"{page[-1]}：3 篇稿件；图片上版 1 张（共 2 张），版式 四开\n"), said.out
    assert re.fullmatch(r"第 1 块：第 1～\d 栏，稿件 s1、s2，末尾空 \d+ 行", notes[0]), notes
    assert re.fullmatch(r"第 2 块：第 \d～6 栏，稿件 s3，末尾空 \d+ 行", notes[1]), notes
    assert re.fullmatch(r"稿件 s1 等级 1（稿件中的第一篇）：《青石镇：图书角里书香浓》排在第 1 块，第 1～\d 栏，第 \d+～\d+ 行，"
                        r"主题 \d+\.\d 磅；图片 p1 横幅 \d+\.\d×\d+\.\d 磅，裁切 \d+\.\d%(；第一张图片排在标题上面：.*)?", notes[2]), notes
    assert re.fullmatch(r"稿件 s2 等级 3（简讯，\d+ 字）：《河湾社区夜巡队守护万家灯火》排在第 1 块，.*主题 \d+\.\d 磅", notes[3]), notes
    assert notes[4].startswith("稿件 s3 等级 3（简讯，"), notes
    assert warned[:2] == ["警告：图片 p1（photos/青石镇图书角.jpg）没有图片说明；文件名与稿件 s1《青石镇：图书角里书香浓》的标题相符，"
                          "暂配这篇——请核对",
                          "警告：图片 p2（photos/风景.jpg）既没有图片说明也没有署名，也没有对应的稿件：未上版——在“图片”面板里等编辑来排"]
    short = re.fullmatch(r"警告：本版缺稿约 (\d+) 行（正文约 \d+ 字）：第 1 块（第 1～4 栏）末尾空 (\d+) 行（缺 \2 行，4 栏每栏缺 [\d～]+ 行）；"
                         r"第 2 块（第 5～6 栏）末尾空 (\d+) 行（缺 \3 行，2 栏每栏缺 [\d～]+ 行）；有图片的，图片已放到裁切限度和像素所允许的最大，"
                         r"稿件之间的空也已用上——请补稿或补图，或加框补白；另有 1 张图片在“图片”面板里未上版：p2——可排一张上版", warned[2])
    assert short and int(short[1]) == int(short[2]) + int(short[3]), warned[2]
    # no English left in compose's own words: only the ids (s1, p2), the files and the template's name
    for line in notes + warned:
        bare = re.sub(r"photos/\S+\.jpg|\b[sp]\d\b", " ", line)
        assert not re.search(r"[A-Za-z]", bare), line


def test_lang_en_says_them_in_english_as_before(page, chinese, capsys):
    assert main([*page, "--lang", "en"]) == 0
    said = capsys.readouterr()
    notes, warned = compose_lines(said)
    assert said.out.startswith(f"{page[-1]}: 3 stories; 1 of 2 photos placed, on Tabloid (四开)\n"), said.out
    assert re.fullmatch(r"stack 1: columns 1–\d, stories s1, s2, \d+ empty line\(s\) at its end", notes[0]), notes
    assert re.fullmatch(r"story s1 rank 1 \(the first story of the copy\): '青石镇：图书角里书香浓' in stack 1, columns 1–\d, "
                        r"lines \d+–\d+, headline \d+\.\d pt; photo p1 landscape \d+\.\d×\d+\.\d pt, crop \d+\.\d %(; its first .*)?",
                        notes[2]), notes
    assert re.match(r"story s2 rank 3 \(a brief \(\d+ characters\)\): '河湾社区夜巡队守护万家灯火' in stack 1", notes[3]), notes
    assert warned[:2] == ["warning: photo p1 (photos/青石镇图书角.jpg) has no caption; set with story s1 《青石镇：图书角里书香浓》, "
                          "whose heading its file name names — check it",
                          "warning: photo p2 (photos/风景.jpg) has neither a caption nor a credit, and no story of its own: not "
                          "placed — it waits in the Photos panel (未上版) for the editor to place"]
    assert re.fullmatch(r"warning: the page is short of copy by about (\d+) lines \(缺稿约 \1 行, about \d+ characters of body text\): "
                        r"stack 1 \(columns 1–4\) ends with (\d+) empty lines \(缺 \2 行: [\d–]+ in each of its 4 columns\), "
                        r"stack 2 \(columns 5–6\) ends with (\d+) empty lines \(缺 \3 行: [\d–]+ in each of its 2 columns\); their "
                        r"photos are as large as the crop limit and their pixels let them, where they have one and the air between "
                        r"their stories is used — add copy or a photo, or fill with a box; 1 photo\(s\) wait in the Photos panel "
                        r"\(未上版\): p2 — place one", warned[2]), warned[2]


def test_json_keeps_the_english_whatever_the_locale(page, chinese, capsys):
    assert main([*page, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    # the page's running head first (报眉: what it prints, what was not given), then the layout's
    heads = [n.startswith("running head (报眉): ") for n in report["notes"]]
    assert heads[:2] == [True] * 2 and report["notes"][2].startswith("stack 1: columns 1–"), report["notes"]
    # … and its warnings last: the date nobody gave is today's, the page has no 版次
    assert [w.split(":")[0] for w in report["warnings"][-2:]] == ["running head (报眉)"] * 2, report["warnings"]
    assert "no --date given" in report["warnings"][-2] and "no --page-number given" in report["warnings"][-1]
    assert report["warnings"][0].startswith("photo p1 (photos/青石镇图书角.jpg) has no caption; set with story s1"), report["warnings"]
    assert report["decisions"]["stories"][0]["why"] == "the first story of the copy"


def test_json_speaks_the_language_lang_asks_for(page, capsys):
    # reviewers asked `compose --json --lang zh_CN` and read English: an explicit --lang is said
    assert main([*page, "--json", "--lang", "zh_CN"]) == 0
    report = json.loads(capsys.readouterr().out)
    heads = [n.startswith("报眉：") for n in report["notes"]]
    assert heads[:2] == [True] * 2 and report["notes"][2].startswith("第 1 块：第 1～"), report["notes"]
    assert report["warnings"][-1] == "报眉：没有给 --page-number，本版不印版次——请用 --page-number 给出", report["warnings"]
    assert report["warnings"][0].startswith("图片 p1（photos/青石镇图书角.jpg）"), report["warnings"]
    assert report["preflight_warnings"] and all(not w.startswith("warning:") for w in report["preflight_warnings"])


def test_a_photos_folder_that_is_not_there_is_said_in_chinese(page, chinese, tmp_path, capsys):
    gone = tmp_path / "没有的文件夹"
    argv = [*page]
    argv[argv.index("--photos") + 1] = str(gone)
    assert main(argv) == 2
    assert capsys.readouterr().err == f"layout-app: --photos {gone}：没有这个文件夹或文件\n"
    assert main([*argv, "--lang", "en"]) == 2
    assert capsys.readouterr().err == f"layout-app: --photos {gone}: no such folder or file\n"


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_compose_template_has_chinese_with_the_same_placeholders():
    from layout_app.intake import composewords
    from layout_app.lang import translator
    from layout_app.layout import wording

    say = translator("zh_CN", "Intake")
    templates = composewords.TEMPLATES + wording.TEMPLATES
    assert len(templates) >= 85
    for template in templates:
        chinese = say(template)
        assert chinese != template, f"no Chinese for {template!r}"
        assert fields(chinese) == fields(template), (template, chinese)
        # around its placeholders the Chinese is Chinese: the options' names, the files' suffixes and the
        # photos' resolution (ppi) aside
        bare = re.sub(r"\{[^}]*\}|--photos|--force|--date|--page-number|--section|--paper|\.(?:jpg|png|tif)|\bppi\b",
                      " ", chinese)
        assert not re.search(r"[A-Za-z]", bare), (template, chinese)


def test_a_page_that_is_there_already_is_not_replaced_and_that_is_said_in_chinese(page, chinese, capsys):
    assert main(page) == 0
    capsys.readouterr()
    assert main(page) == 2
    assert capsys.readouterr().err == f"layout-app: {page[-1]} 已经存在；要替换它，请加 --force\n"
    assert main([*page, "--lang", "en"]) == 2
    assert capsys.readouterr().err == f"layout-app: {page[-1]} exists; use --force to replace it\n"


def test_a_photo_that_cannot_be_read_is_said_in_chinese(page, chinese, capsys):
    folder = Path(page[page.index("--photos") + 1])
    for photo in folder.iterdir():
        photo.unlink()
    (folder / "坏图.jpg").write_bytes(b"not a jpeg")
    assert main(page) == 1                     # written, with what it could not use
    said = capsys.readouterr()
    assert said.out.startswith(f"{page[-1]}：3 篇稿件；图片上版 0 张（共 1 张，1 张无法读取），版式 四开\n"), said.out
    _, warned = compose_lines(said)
    assert warned[0] == f"未能使用：{folder / '坏图.jpg'}：不是 layout_app 能读取的图片格式（JPEG、PNG、TIFF、WebP）", warned
    # no photo on the page: none to grow
    assert re.fullmatch(r"警告：本版缺稿约 \d+ 行（正文约 \d+ 字）：第 1 块.*；那里没有可以放大的图片，稿件之间的空也已用上——"
                        r"请补稿或补图，或加框补白", warned[1]), warned


def test_a_warning_built_of_pieces_is_chinese_piece_by_piece():
    """The short-of-copy warning as planfacts builds it (a stack's clause, each photo's hold, joined), and a
    photo left out with the clause on whose it is: every piece in Chinese, in the Chinese order."""
    from layout_app.errors import Notice, render
    from layout_app.lang import translator
    from layout_app.layout.wording import GUESSED_STORY, PHOTO_OUT
    from tests.layout.test_photo_held import _short

    say = translator("zh_CN", "Intake")
    said, _ = _short([{"photo": "p1", "held_by": "half the stack"}, {"photo": "p2", "held_by": "beside"}])
    assert said.startswith("the page is short of copy by about 12 lines (缺稿约 12 行, about 120 characters")
    assert render(said, say) == ("本版缺稿约 12 行（正文约 120 字）：第 1 块（第 1～3 栏）末尾空 12 行（缺 12 行，3 栏每栏缺 4 行）；"
                                 "图片 p1 已到单图的高度上限（不高于这一块的一半）；图片 p2 已与同一排并排的图片同高，"
                                 "稿件之间的空也已用上——请补稿或补图，或加框补白")
    out = Notice(PHOTO_OUT, photo="p3", whose=Notice(GUESSED_STORY, story="s2"), first=1, last=3)
    assert out == ("photo p3 (no story of its own: set with story s2 at a guess, left out first) does not fit its "
                   "story's stack (columns 1–3): not placed, nor its caption")
    assert render(out, say) == "图片 p3（没有对应的稿件：推断配给稿件 s2，排不下时最先撤下）在所属稿件的块里（第 1～3 栏）排不下：未上版，图片说明也未上版"
