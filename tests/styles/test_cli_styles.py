"""`layout-app styles`: the sheet as written, and a paragraph's properties with where each comes from."""
from layout_app.cli import main
from layout_app.model.story import Story
from layout_app.model.styles import CharRun, ParaFormat
from tests.styles.sheets import STYLED_YAML


def test_the_sheet_and_a_story_shown_with_sources(tmp_path, capsys):
    path = tmp_path / "page.yaml"
    path.write_text(STYLED_YAML, encoding="utf-8")
    assert main(["styles", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "styles.lead (based_on news): sets size 10.5, indent 0.0, align 'left'" in out
    assert "char_styles.pink (based_on red): sets tint 0.4" in out
    assert main(["styles", str(path), "--story", "s1"]) == 0
    out = capsys.readouterr().out.splitlines()
    block = out[out.index("s1 body[2] 本报讯（记者王晨）青石镇…: style lead, set here: tracking 0.1"):]
    assert block[1:8] == ["  font 'song' ← body", "  weight 'bold' ← news", "  size 10.5 ← lead",
                          "  tracking 0.1 ← local", "  align 'left' ← lead", "  indent 0.0 ← lead",
                          "  hanging False ← news"]
    assert "  3–9 （记者王晨）: dots" in block
    assert main(["styles", str(path), "--story", "s9"]) == 2
    assert capsys.readouterr().err.strip().endswith("--story: no story 's9'; stories: s1")


def test_editing_the_body_keeps_the_formats_of_unchanged_paragraphs():
    fmt0 = ParaFormat(0, "lead", (), (CharRun(0, 2, "strong"),))
    fmt1 = ParaFormat(1, "subhead")
    story = Story("s", body=("甲乙丙", "丁戊"), formats=(fmt0, fmt1))
    assert story.with_body(("甲乙丙", "丁戊己")).formats == (fmt0,)
    assert story.with_body(("甲乙", "丁戊")).formats == (fmt1,)
    assert story.with_body(("甲乙丙",)).formats == (fmt0,)
