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
    assert "the copy read as no part (3 paragraph(s), from 《河湾社区：" in buf.getvalue() and "is on no page" in buf.getvalue()


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
