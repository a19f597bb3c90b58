"""Copy read as no part is never dropped (issue 10: "Nothing is ever dropped"). A reviewer gave
`compose` a file of four heading lines: the first became the banner, the other three were said "kept
out of the layout" — and were in no file: the page saved, preflight clean, export exit 0. Now they
stay in the document as a story on no page: compose says so and exits 1 (copy that does not print),
preflight warns that it is on no page (the editor's drop: tests/editor/test_drop_kept.py)."""
import contextlib
import io

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
    assert "is on no page" in buf.getvalue() and "河湾社区" in buf.getvalue()
