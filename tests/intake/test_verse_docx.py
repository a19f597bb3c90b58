"""A poem typed in Word a stanza a paragraph, its lines apart by Shift+Enter, keeps its stanza breaks
(review29: '10 个短行、1 节' — Word's paragraph ends were no blank lines). Expectations by hand."""
import docx

from layout_app.intake.importer import import_copy
from tests.intake.test_verse import LINES


def test_a_poem_typed_a_stanza_a_paragraph_keeps_its_stanzas(tmp_path):
    d = docx.Document()
    for head in ("诗歌", "运河边（外一首）", "林一帆"):
        d.add_paragraph(head)
    stanzas = [["运河在冬天变得很慢", "慢得像一封", "没有寄出的信"],
               ["船过去了", "水还在", "岸边的石阶上", "坐着一个等船的人"],
               ["他等的那条船", "三十年前", "就已经靠岸"], ["雪"],
               ["雪落下来的时候", "整座城", "都安静了"], ["只有桥", "还在替人", "走过河去"]]
    for lines in stanzas:
        run = d.add_paragraph().add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run.add_text(line)
    path = tmp_path / "poem.docx"
    d.save(path)
    (poem,) = import_copy(path)[0].stories
    assert (poem.kicker, poem.headline, poem.byline) == ("诗歌", "运河边（外一首）", "林一帆")
    assert poem.paragraphs == LINES
