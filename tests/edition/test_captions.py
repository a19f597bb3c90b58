"""Reporters' caption proof: each photo as placed with its caption, credit, story and warnings."""
import re
import subprocess
from dataclasses import replace

import pytest

from layout_app.cli import main
from layout_app.preflight.captioncheck import caption_entries, places
from tests.pdf.conftest import need_tools


def test_place_names_in_captions():
    assert places("乡村医生在柳塘村卫生室为村民测量血压。") == ["柳塘村"]
    assert places("改造后的城北农贸市场宽敞明亮") == ["城北农贸市场"]
    assert places("孩子们在读书。") == []
    from layout_app.preflight.captioncheck import persons
    assert persons("社区主任林晓梅在巡查。") == ["林晓梅"]
    assert persons("村民老周在读书。") == ["老周"]
    # the role words the caption matcher knows (intake.captions), so the check sees the names it does
    assert persons("网格员张伟在走访独居老人。") == ["张伟"]
    assert persons("工作人员李明等三人在现场。") == ["李明"]
    assert persons("市民选购新鲜蔬菜。") == []
    # a reviewer's false warnings: 送餐 is what the volunteers do for the old (no surname opens it);
    # 青石镇村民 are the town's villagers, no village called 青石镇村
    assert persons("仁和街道建设村幸福食堂的志愿者为老人送餐。") == []
    assert places("青石镇村民在农家书屋图书角借阅农业技术书籍。") == ["青石镇"]
    assert places("大桥村村民在镇上赶集。") == ["大桥村"]
    assert places("交警梁卫国介绍农村公交的建设情况。") == []       # rural buses: no village 国介绍农村
    assert places("城乡客运一体化，柳塘村通了公交。") == ["柳塘村"]
    # after its district the place's own name (review27: '西区桂花社区', in neither text, was said missing
    # from a story that names 桂花社区)
    assert places("城西区桂花社区“长者食堂”里，老人们在吃午饭。") == ["桂花社区"]


def test_entries_name_the_story_beside_each_photo_and_what_is_wrong(page_doc):
    doc, folder, path = page_doc
    (entry,) = caption_entries(doc, folder)
    assert entry.story.id == "s1" and entry.warnings == []
    assert entry.place.render() == "page 1, columns 4–5, lines 1–20"
    from layout_app.lang import translator
    assert entry.place.render(translator("zh_CN", "Preflight")) == "第1版 第4–5栏 第1–20行"
    wrong = replace(doc.photo("p1"), caption="河湾社区的夜巡队员在巡查。", credit="")
    frames = tuple(replace(f, line=30) if f.id == "c1" else f for f in doc.pages[0].frames)
    bad = replace(doc, photos=(wrong,), pages=(replace(doc.pages[0], frames=frames),))
    (entry,) = caption_entries(bad, folder)
    text = " ".join(entry.warnings)
    assert "no credit" in text and "does not touch its photo" in text
    assert "names 河湾社区, which the story beside it" in text


def test_caption_proof_html_and_pdf(page_doc, tmp_path, capsys):
    doc, folder, path = page_doc
    html_out = tmp_path / "proof.html"
    assert main(["captions", str(path), "-o", str(html_out)]) == 0
    page = html_out.read_text(encoding="utf-8")
    assert "青石镇的孩子们在图书角里认真阅读。" in page and "本报记者 王晨 摄" in page
    assert "data:image/jpeg;base64," in page and "青石镇：图书角里书香浓" in page
    need_tools()
    pdf_out = tmp_path / "proof.pdf"
    assert main(["captions", str(path), "-o", str(pdf_out)]) == 0
    text = subprocess.run(["pdftotext", "-raw", str(pdf_out), "-"], capture_output=True, text=True).stdout
    text = "".join(text.split())
    assert "青石镇的孩子们在图书角里认真阅读。" in text and "青石镇：图书角里书香浓" in text
    images = subprocess.run(["pdfimages", "-list", str(pdf_out)], capture_output=True, text=True).stdout
    assert len(images.splitlines()) == 3                       # the one photo, as placed
    assert main(["captions", str(path), "-o", str(tmp_path / "proof.txt")]) == 2


def _unfinished_page(page_doc):
    """The sample page with its photo's caption gone and a second photo no frame places."""
    from layout_app.io.docfile import save_document
    from layout_app.model.story import Photo

    doc, folder, path = page_doc
    bare = replace(doc.photo("p1"), caption="")
    spare = Photo("p2", "photos/reading.jpg", "青石镇图书角的借书登记台。", "本报记者 王晨 摄")
    save_document(replace(doc, photos=(bare, spare)), path)
    return folder, path


def _pdf_text(pdf):
    need_tools()
    return "".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout.split())


def test_the_caption_proof_speaks_chinese_to_reporters(page_doc, tmp_path, capsys):
    """Reporters read Chinese: with --lang zh_CN the proof's headings, labels, every warning and the
    command's own lines are Chinese — none of preflight's English ('has no caption') is left."""
    folder, path = _unfinished_page(page_doc)
    html_out, pdf_out = tmp_path / "proof.html", tmp_path / "proof.pdf"
    assert main(["captions", str(path), "-o", str(html_out), "--lang", "zh_CN"]) == 1
    said = capsys.readouterr().out
    assert f"{html_out}：1 张图片，1 张有警告；1 张未上版" in said
    assert "photos/reading.jpg: 图片“reading.jpg”没有图片说明" in said
    assert "不在版面上：版面放不下，这张图片和图片说明都不会印出（青石镇图书角的借书登记台。）" in said
    words = said.replace(str(html_out), "").replace("photos/reading.jpg", "").replace("reading.jpg", "")
    assert not re.search("[A-Za-z]", words), words          # no English left around the file names
    page = html_out.read_text(encoding="utf-8")
    assert "<html lang=zh-CN>" in page and "<h1>测试版：图片说明校对</h1>" in page
    for words in ("（无图片说明）", "稿件：青石镇：图书角里书香浓", "第1版 第4–5栏 第1–20行", "图片“reading.jpg”没有图片说明",
                  "<h2>未上版的图片</h2>", "不在版面上：版面放不下"):
        assert words in page, words
    assert "has no caption" not in page and "not on the page" not in page and "caption proof" not in page
    assert main(["captions", str(path), "-o", str(pdf_out), "--lang", "zh_CN"]) == 1
    text = _pdf_text(pdf_out)
    for words in ("测试版：图片说明校对", "（无图片说明）", "稿件：青石镇：图书角里书香浓", "图片“reading.jpg”没有图片说明",
                  "未上版的图片", "不在版面上：版面放不下"):
        assert words in text, words
    assert "hasnocaption" not in text and "notonthepage" not in text


def test_the_caption_proof_in_english_when_asked(page_doc, tmp_path, capsys):
    folder, path = _unfinished_page(page_doc)
    out = tmp_path / "proof.html"
    assert main(["captions", str(path), "-o", str(out), "--lang", "en"]) == 1
    said = capsys.readouterr().out
    assert f"{out}: 1 photo(s), 1 with warnings; 1 not on the page" in said
    assert "photos/reading.jpg: photo reading.jpg has no caption" in said
    page = out.read_text(encoding="utf-8")
    assert "<html lang=en>" in page and "<h1>测试版: caption proof</h1>" in page and "(no caption)" in page
    assert "page 1, columns 4–5, lines 1–20" in page and "Story: 青石镇：图书角里书香浓" in page
    assert "没有图片说明" not in page and "未上版" not in page


@pytest.mark.parametrize("env,chinese", [
    ({"LANG": "zh_CN.UTF-8"}, True),
    ({"LANG": "zh_TW.UTF-8"}, True),
    ({"LANG": "en_US.UTF-8"}, False),
    ({"LANG": "C.UTF-8"}, False),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "C"}, True),        # LC_ALL rules over LANG
    ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, False),
    ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_GB.UTF-8"}, True),
    ({}, False),
])
def test_the_caption_proof_follows_the_users_locale(page_doc, tmp_path, capsys, monkeypatch, env, chinese):
    """Without --lang the proof speaks the user's language: the locale's (LC_ALL, then LC_MESSAGES,
    then LANG) — a reporter's desktop set to Chinese gets Chinese."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    folder, path = _unfinished_page(page_doc)
    main(["captions", str(path), "-o", str(tmp_path / "proof.html")])
    said = capsys.readouterr().out
    assert ("没有图片说明" in said) == chinese and ("has no caption" in said) == (not chinese), said


def test_a_proof_of_a_page_with_no_title_is_headed_by_its_banner(tmp_path, capsys):
    # compose writes no edition name: the proof of 'page.yaml' was headed 'page：图片说明校对' (three reviews)
    from dataclasses import replace

    from layout_app.io.docfile import loads_document, save_document
    from layout_app.model.story import Story
    from tests.photos import write_jpeg
    from tests.samples import DOC_YAML

    (tmp_path / "photos").mkdir()
    write_jpeg(tmp_path / "photos" / "reading.jpg", 1600, 1200)
    doc = loads_document(DOC_YAML)
    doc = replace(doc, title="", stories=(*doc.stories, Story("banner", "青石镇：书香满城")))
    path = tmp_path / "page.yaml"
    save_document(doc, path)
    out = tmp_path / "proof.html"
    main(["captions", str(path), "-o", str(out), "--lang", "zh_CN"])
    assert "<h1>青石镇：书香满城：图片说明校对</h1>" in out.read_text(encoding="utf-8")


def test_a_photo_one_column_wide_is_in_column_n_not_n_to_n(page_doc):
    """Review 30: the proof said 第 8–8 栏 for a photo one column wide."""
    from layout_app.lang import translator
    doc, folder, path = page_doc
    frames = tuple(replace(f, col=7, cols=1) if f.photo == "p1" else f for f in doc.pages[0].frames)
    one = replace(doc, pages=(replace(doc.pages[0], frames=frames),))
    (entry,) = caption_entries(one, folder)
    assert entry.place.render() == "page 1, column 8, lines 1–20"
    assert entry.place.render(translator("zh_CN", "Preflight")) == "第1版 第8栏 第1–20行"


def test_a_picture_storys_text_is_its_photos_caption_in_the_proof(page_doc, tmp_path, capsys):
    """Review 30: a picture story (图片新闻) sets its text as its photo's caption — compose leaves the
    photo's own caption empty, not to print it twice — and the proof said （无图片说明） for it."""
    from layout_app.io.docfile import save_document
    doc, folder, path = page_doc
    text = "12月1日清晨，气温降至零下2℃，数十名冬泳爱好者在市区滨江公园冬泳点下水畅游。"
    story = replace(doc.story("s1"), kicker="图片新闻", headline="冬泳爱好者迎寒而上", deck="").with_body((text,))
    photo = replace(doc.photo("p1"), caption="", story="s1")
    doc = replace(doc, stories=tuple(story if s.id == "s1" else s for s in doc.stories), photos=(photo,))
    save_document(doc, path)
    (entry,) = caption_entries(doc, folder)
    assert entry.caption_shown == text
    # a story of no picture's: its photo's empty caption stays empty — the proof says so
    plain = replace(doc, stories=tuple(replace(s, kicker="") if s.id == "s1" else s for s in doc.stories))
    assert caption_entries(plain, folder)[0].caption_shown == ""
    html_out, pdf_out = tmp_path / "proof.html", tmp_path / "proof.pdf"
    main(["captions", str(path), "-o", str(html_out), "--lang", "zh_CN"])
    page = html_out.read_text(encoding="utf-8")
    assert f"<p class=cap>{text}</p>" in page and "（无图片说明）" not in page
    main(["captions", str(path), "-o", str(pdf_out), "--lang", "zh_CN"])
    printed = _pdf_text(pdf_out)
    assert "数十名冬泳爱好者在市区滨江公园冬泳点下水畅游" in printed and "（无图片说明）" not in printed
