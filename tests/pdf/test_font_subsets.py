"""Font subset tags (the six capitals before "+") name the glyph set: different subsets never share a
tag, within a file or across files, and the same subset always gets the same one."""
import re
import subprocess
from dataclasses import replace
from datetime import datetime, timezone

import pikepdf

from layout_app.render.pdf.export import export_pdf
from tests.pdf.conftest import need_tools

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc)
TAG = re.compile(r"^([A-Z]{6})\+(.+)$")


def subsets(path):
    """{BaseFont: (the characters it maps, in code order)} from each Type0 font's ToUnicode map."""
    found = {}
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font and "/ToUnicode" in obj:
                name = str(obj.BaseFont)[1:]
                assert TAG.match(name), name
                cid = obj.DescendantFonts[0]
                assert str(cid.BaseFont)[1:] == str(cid.FontDescriptor.FontName)[1:] == name   # one name in all
                cmap = obj.ToUnicode.read_bytes()
                pairs = re.findall(rb"<([0-9A-F]{4})>\s*<([0-9A-F]{4,8})>", cmap.split(b"beginbfchar", 1)[1])
                found[name] = tuple(bytes.fromhex(u.decode()).decode("utf-16-be") for _c, u in pairs)
    return found


def pdffonts_rows(path):
    proc = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [row.split() for row in proc.stdout.splitlines()[2:]]


def other_text(doc):
    """The same page with every word a reporter wrote changed: no glyph set can repeat."""
    story = doc.story("s1")
    photo = doc.photos[0]
    story = replace(story, kicker="春耕时节 田野繁忙", headline="柳河乡：育秧大棚绿意浓",
                    body=("初春的柳河乡，育秧大棚里一片嫩绿，农技员正忙着查看秧苗长势。",
                          "今年全乡计划种植水稻一万二千亩，比去年增加了八百亩。"))
    photo = replace(photo, caption="农技员在大棚里查看秧苗长势。", credit="通讯员 赵敏 摄")
    return replace(doc, title="晨报", date="2027-03-02", stories=(story,), photos=(photo,))


def test_tags_differ_between_different_subsets_in_and_across_files(page_doc, tmp_path):
    need_tools()
    doc, folder, _ = page_doc
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export_pdf(doc, folder, first, now=NOW)
    export_pdf(other_text(doc), folder, second, now=datetime(2027, 3, 2, 6, 0, tzinfo=timezone.utc))
    a, b = subsets(first), subsets(second)
    assert len(a) >= 4 and len(b) >= 4                   # song, hei, hei bold, kai at least
    tags_a = [TAG.match(n).group(1) for n in a]
    tags_b = [TAG.match(n).group(1) for n in b]
    assert len(set(tags_a)) == len(tags_a) and len(set(tags_b)) == len(tags_b)       # within each file
    assert not set(tags_a) & set(tags_b), set(tags_a) & set(tags_b)                   # across the files
    assert "AAAAAA" not in tags_a + tags_b
    for path in (first, second):
        for row in pdffonts_rows(path):
            assert (row[-5], row[-4], row[-3]) == ("yes", "yes", "yes"), row           # emb, sub, uni


def test_the_same_subset_gets_the_same_tag(page_doc, tmp_path):
    doc, folder, _ = page_doc
    first, again = tmp_path / "a.pdf", tmp_path / "again.pdf"
    export_pdf(doc, folder, first, now=NOW)
    export_pdf(doc, folder, again, now=NOW)
    assert subsets(first) == subsets(again)
    # a headline alone changed: the body's subsets keep their tags, the headline's changes
    changed = tmp_path / "changed.pdf"
    story = replace(doc.story("s1"), headline="青石镇：图书角里墨香浓")
    export_pdf(replace(doc, stories=(story,)), folder, changed, now=NOW)
    before, after = subsets(first), subsets(changed)
    kept = {n for n in before if n in after}
    body = {n for n in before if n.endswith("NotoSerifSC-Medium")}
    assert body and body <= kept                                                       # body text: same glyphs
    bold_before = {n for n in before if n.endswith("NotoSansSC-Bold")}
    bold_after = {n for n in after if n.endswith("NotoSansSC-Bold")}
    assert bold_before and bold_after and not bold_before & bold_after                 # 墨 joined the headline's set
