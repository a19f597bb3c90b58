from layout_app.cli import main
from layout_app.io.docfile import load_document


def test_new_document_from_a_template(tmp_path, capsys):
    out = tmp_path / "weekend.yaml"
    assert main(["new", "--template", "sikai", "--pages", "2", "--title", "周末版", "-o", str(out)]) == 0
    assert "6 columns of 12 characters" in capsys.readouterr().out
    doc = load_document(out)
    assert doc.template == "sikai" and [p.number for p in doc.pages] == [1, 2] and doc.title == "周末版"


def test_new_refuses_to_overwrite_and_names_unknown_templates(tmp_path, capsys):
    out = tmp_path / "x.yaml"
    out.write_text("keep", encoding="utf-8")
    assert main(["new", "-o", str(out)]) == 2
    assert "exists; use --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep"
    assert main(["new", "--template", "tabloid", "-o", str(tmp_path / "y.yaml")]) == 2
    assert "no template named 'tabloid'" in capsys.readouterr().err
