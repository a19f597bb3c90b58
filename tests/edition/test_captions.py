"""Reporters' caption proof: each photo as placed with its caption, credit, story and warnings."""
import subprocess
from dataclasses import replace

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


def test_entries_name_the_story_beside_each_photo_and_what_is_wrong(page_doc):
    doc, folder, path = page_doc
    (entry,) = caption_entries(doc, folder)
    assert entry.story.id == "s1" and entry.warnings == []
    assert entry.position == "第1版 第4–5栏 第1–20行"
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
