"""Copy read as no part is never dropped (issue 10: "Nothing is ever dropped"). A reviewer gave
`compose` a file of four heading lines: the first became the banner, the other three were said "kept
out of the layout" — and were in no file: the page saved, preflight clean, export exit 0. Now they
stay in the document as a story on no page: compose says so and exits 1 (copy that does not print),
preflight warns that it is on no page (the editor's drop: tests/editor/test_drop_kept.py)."""
import contextlib
import io
from pathlib import Path

from layout_app.cli import main
from layout_app.io.docfile import load_document

HEADS = "青石镇：图书角里书香浓\n\n河湾社区：“夜巡队”守护居民安宁\n\n文明新风 润泽乡里\n\n守护平安 温暖同行\n"
LEFT = ["河湾社区：“夜巡队”守护居民安宁", "文明新风 润泽乡里", "守护平安 温暖同行"]


def test_lines_read_as_no_part_stay_in_the_document_on_no_page(tmp_path):
    copy = tmp_path / "heads.txt"
    copy.write_text(HEADS, encoding="utf-8")
    out = tmp_path / "page.yaml"
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(["compose", "--copy", str(copy), "-o", str(out)])
    assert code == 1                                   # written, but copy does not print
    doc = load_document(out)
    kept = [s for s in doc.stories if s.id == "unassigned"]
    assert [list(s.body) for s in kept] == [LEFT]
    assert not [f for f in doc.pages[0].frames if f.story == "unassigned"]
    for line in LEFT:
        assert f"on no page: place it or delete it: {line}" in err.getvalue()
    # preflight says it is on no page
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        assert main(["preflight", str(out)]) == 1
    # all of it waits, not its first line alone (a reviewer read '《相关链接》 is on no page' of four)
    assert "the copy read as no story's part (3 paragraph(s), from “河湾社区：" in buf.getvalue() and "is on no page" in buf.getvalue()


def test_a_second_files_banner_does_not_take_the_pages_and_is_kept_on_no_page(tmp_path):
    """A reviewer gave compose a file of two heading lines before the sample's copy: its guessed banner
    (小标题二：治安巡逻, 50 %) became the page's, and the sample's own banner and deck (a county's
    theme over its ——…综述, sure) were in no file, exit 0. One banner a page: the surest, whatever the
    order of the files; the other's lines kept on no page, said, exit 1."""
    heads = tmp_path / "heads.txt"
    heads.write_text("小标题一：社区服务\n\n小标题二：治安巡逻\n", encoding="utf-8")
    sample = Path(__file__).parent / "samples" / "raw_page_example.txt"
    for order in ([heads, sample], [sample, heads]):
        out = tmp_path / "page.yaml"
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = main(["compose", "--copy", *map(str, order), "-o", str(out), "--force"])
        doc = load_document(out)
        assert doc.story("banner").headline == "便民服务暖民心 共建共享新家园"
        assert doc.story("banner").deck == "——我县城乡社区便民服务工作综述"
        kept = doc.story("unassigned").body
        assert "小标题一：社区服务" in kept and "小标题二：治安巡逻" in kept
        assert err.getvalue().count("a second page banner") == 2 and code == 1


def test_a_second_files_lead_is_kept_on_no_page_not_set_beside_the_pages(tmp_path):
    """Two copy files for one page, each with its banner and lead: the page's lead is the one under the
    banner it keeps; the other file's lead stays in the document on no page, said (a reviewer's page had
    set both leads side by side under the one banner)."""
    from layout_app.intake.compose import compose

    first_lead = "今年前三季度，全县上下坚持稳中求进工作总基调，全力以赴拼经济、抓项目、保民生，主要经济指标增速位居全市前列。"
    second_lead = "今年以来，我县坚持城乡融合发展，统筹推进新型城镇化和乡村全面振兴，城乡面貌发生可喜变化。"
    story = "本报记者 王晨\n\n" + "10月15日，县经济开发区举行第四季度重点项目集中开工仪式，30个项目同时开工，总投资达86.5亿元。" * 4
    one = tmp_path / "one.txt"
    one.write_text(f"我县：奋力打造县域经济高质量发展新引擎\n\n——前三季度全县经济运行情况综述\n\n{first_lead}\n\n"
                   f"开发区：三十个重点项目集中开工\n\n{story}\n", encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text(f"我县：城乡融合发展迈出坚实步伐\n\n——2026年全县乡村振兴工作综述\n\n{second_lead}\n\n"
                   f"青石镇：千亩蓝莓园里采收忙\n\n{story}\n", encoding="utf-8")
    result = compose("duikai", [one, two], [], tmp_path / "page.yaml")
    doc = result.document
    assert doc.story("banner").headline == "我县：奋力打造县域经济高质量发展新引擎"
    assert list(doc.story("banner").body) == [first_lead]
    assert second_lead in doc.story("unassigned").body and second_lead in result.unread
    assert any("a second page lead" in p and "two.txt" in p for p in result.problems)
