"""书画 on a 副刊 page (review28): the caption lines of a painting and a calligraphy under their label are
captions — matched to their pictures by file name or the picture's own caption, none left unassigned —
the work shown whole (never cropped to a frame's shape) and credited by the caption naming its maker,
never as a photograph (徐墨林 摄). Copy and expectations written by hand."""
import contextlib
import io
import json

from PIL import Image

from layout_app.cli import main
from layout_app.intake.artworks import artwork_caption
from layout_app.io.docfile import load_document
from tests.intake.imported import import_text
from tests.photos import with_xmp

P = "\u3000\u3000"
COPY = f"""老屋的窗

本报记者 王晓东

{P}本报讯 老屋在平江路的一条支巷里，青砖，黛瓦，木格子窗。窗是朝北开的，冬天的风从河面上吹过来，先碰到窗，再碰到人。小时候我总趴在那扇窗前写作业，母亲在灶间烧饭。
{P}去年秋天，街道的人来量房子，说老屋要修缮。母亲没说什么，只是夜里把十二扇窗格一扇一扇擦干净，用旧报纸包好，放进了床底下。

书画
《太湖春晓》（国画）　吴淞山
行书　苏轼《定风波》句　徐墨林
"""


def test_the_lines_under_a_painting_label_are_captions():
    assert artwork_caption("《太湖春晓》（国画）　吴淞山")
    assert artwork_caption("行书　苏轼《定风波》句　徐墨林")
    assert not artwork_caption("图为城北镇业主乘坐新装的电梯下楼。")
    assert not artwork_caption("《河流的记忆》　李晓岚")          # a book and its writer: no medium, no script


def test_import_takes_them_as_captions_none_left_unassigned(tmp_path):
    page = import_text(tmp_path, COPY)
    # (the label 书画 heads the section, each work under it; no caption's text: review29 found it printed
    # in the painting's caption)
    assert [c.text for c in page.captions] == ["《太湖春晓》（国画）　吴淞山", "行书　苏轼《定风波》句　徐墨林"]
    assert [c.label for c in page.captions] == ["书画", "书画"]
    assert page.unassigned == []
    assert [s.headline for s in page.stories] == ["老屋的窗"]


def test_compose_sets_each_work_whole_with_its_makers_caption(tmp_path):
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    shots = tmp_path / "photos"
    shots.mkdir()
    Image.new("RGB", (3000, 2000), (120, 140, 90)).save(shots / "太湖春晓.jpg", quality=60)
    # the calligraphy's file carries its caption without its maker, and its maker as the creator
    with_xmp(shots / "IMG_5120.jpg", "行书　苏轼《定风波》句", "徐墨林", "", width=1200, height=1800)
    out = tmp_path / "page.yaml"
    got = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(got):
        main(["compose", "--copy", str(tmp_path / "copy.txt"), "--photos", str(shots), "-o", str(out), "--json"])
    report = json.loads(got.getvalue())
    doc = load_document(out)
    photos = {p.file.rsplit("/", 1)[-1]: p for p in doc.photos}
    painting, calligraphy = photos["太湖春晓.jpg"], photos["IMG_5120.jpg"]
    assert painting.caption == "《太湖春晓》（国画）　吴淞山"
    assert calligraphy.caption == "行书　苏轼《定风波》句　徐墨林"
    assert painting.credit == "" and calligraphy.credit == ""      # no '徐墨林 摄'
    assert painting.fit and calligraphy.fit
    # each frame the work's own shape, to the line: 2∶3 wide, 3∶2 tall
    lead = doc.grid.leading
    for p, aspect in ((painting, 2000 / 3000), (calligraphy, 1800 / 1200)):
        frame = next(f for f in doc.pages[0].frames if f.photo == p.id)
        width = doc.grid.span_width(frame.cols)
        assert abs(frame.lines * lead - width * aspect) <= lead + 1e-6, p.file
    # and compose says so: nothing of either cropped
    assert sorted(p["crop_pct"] for d in report["decisions"]["stories"] for p in d.get("photos", [])) == [0.0, 0.0]
    said = json.dumps(report, ensure_ascii=False)
    assert "photo-no-credit" not in said and "no credit" not in said
