"""A file handed in as copy is taken for what its first bytes say it is, whatever its name: a Word
97–2003 document, an RTF file, a picture or an archive is named with what to do (it was 'damaged
text: byte 5 is not valid GB18030 … give --encoding'); a .docx or PDF under another name is read as
one, text under a Word name as text. The files are made here by hand, byte by byte."""
import zipfile

import pytest

from layout_app.cli import main
from layout_app.errors import InputError
from layout_app.intake.copyfile import read_copy
from layout_app.intake.filekinds import sniff

OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")
WORD = "{}: a Word 97–2003 document (.doc) — save it as .docx or plain text"


def _compound(*streams: str) -> bytes:
    """A compound file's header and a directory naming `streams` (UTF-16LE, as the format stores
    names), padded to a few sectors — enough for what is looked at."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in ("Root Entry", *streams))
    return (OLE2 + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00").ljust(512, b"\x00") + directory.ljust(2048, b"\xff")


def _refused(path) -> str:
    with pytest.raises(InputError) as info:
        read_copy(path)
    return str(info.value)


@pytest.mark.parametrize("name", ["old.doc", "old.txt", "old", "old.docx", "old.md", "old.wps"])
def test_a_word_97_document_is_named_under_any_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(_compound("WordDocument", "1Table", "\x05SummaryInformation"))
    assert _refused(path) == WORD.format(path)


def test_a_compound_file_without_a_stream_named_is_taken_for_a_word_document(tmp_path):
    # (what a copy desk is handed in this format is nearly always a .doc)
    path = tmp_path / "copy.txt"
    path.write_bytes(OLE2 + bytes(range(256)) * 4)
    assert _refused(path) == WORD.format(path)


def test_an_excel_workbook_is_not_called_a_word_document(tmp_path):
    path = tmp_path / "figures.txt"
    path.write_bytes(_compound("Workbook"))
    assert _refused(path) == f"{path}: an Excel or PowerPoint 97–2003 file, not copy — save the copy in it as .docx or plain text"


def test_a_wps_writer_file(tmp_path):
    path = tmp_path / "稿件.wps"
    path.write_bytes(_compound("WpsContent"))
    assert _refused(path) == f"{path}: a WPS Writer document (.wps) — save it as .docx or plain text"


def test_a_doc_name_over_bytes_that_are_no_text_is_a_word_document(tmp_path):
    path = tmp_path / "word97.doc"
    path.write_bytes(bytes([0xD0, 0x46, 0x40, 0x07, 0xBD, 0xF8, 0xFF, 0xFE, 0x80, 0x00]) * 50)
    assert _refused(path) == WORD.format(path)


@pytest.mark.parametrize("start", [b"", b"\xef\xbb\xbf"])
def test_rtf_is_refused_by_name_not_read_as_copy(tmp_path, start):
    path = tmp_path / "story.txt"
    path.write_bytes(start + rb"{\rtf1\ansi\ansicpg936 {\fonttbl{\f0 SimSun;}} \f0 \'c7\'e0\'ca\'af\'d5\'f2\par}")
    assert _refused(path) == f"{path}: an RTF document — save it as .docx or plain text"


@pytest.mark.parametrize("magic,kind", [(b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
                                        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WebP")])
def test_a_picture_handed_in_as_copy(tmp_path, magic, kind):
    path = tmp_path / "copy.txt"
    path.write_bytes(magic + b"\x00" * 100)
    assert _refused(path) == f"{path}: a picture ({kind}), not copy — give it as a photo"


def test_an_opendocument_text_and_a_plain_archive(tmp_path):
    odt = tmp_path / "story.odt"
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    assert _refused(odt) == f"{odt}: an OpenDocument text (.odt) — save it as .docx or plain text"
    archive = tmp_path / "copy.txt"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", "青石镇")
    assert _refused(archive) == f"{archive}: a ZIP archive, not copy — unpack it and give the copy files in it"


def test_a_docx_under_another_name_is_read_as_one(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("春风行动送岗位").bold = True
    d.add_paragraph("昨天上午，招聘会在市人力资源市场举行。")
    path = tmp_path / "story.txt"
    d.save(path)
    copy = read_copy(path)
    assert copy.lines == ["春风行动送岗位", "昨天上午，招聘会在市人力资源市场举行。"]
    assert copy.headline_hints == {0}
    assert copy.notices[0] == "story.txt: a Word document (.docx) under another name: read as one"


def test_plain_text_under_a_docx_name_is_read_as_text(tmp_path):
    path = tmp_path / "notreally.docx"
    path.write_text("青石镇图书角开放\n\n本报讯 青石镇的图书角今天开放。\n", encoding="gb18030")
    copy = read_copy(path)
    assert copy.lines == ["青石镇图书角开放", "", "本报讯 青石镇的图书角今天开放。"]
    assert copy.notices[0] == "notreally.docx: plain text under a word processor's name (.docx): read as text"


def test_a_pdf_under_another_name_goes_to_the_pdf_reader(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    kind, notice = sniff(path)
    assert (kind, notice) == ("pdf", "page.txt: a PDF under another name: read as one")


def test_the_command_line_says_it_in_one_line(tmp_path, capsys):
    path = tmp_path / "old.txt"
    path.write_bytes(_compound("WordDocument"))
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"layout-app: {path}: a Word 97–2003 document (.doc) — save it as .docx or plain text\n"
    assert path.read_bytes() == _compound("WordDocument")          # the input is left as it was
