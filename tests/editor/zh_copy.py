"""Copy files that make intake say something (footnotes, a table, a guessed banner, a guessed encoding),
for the Chinese interface's tests."""
import zipfile
from pathlib import Path

BODY_A = "近日，青石镇在各村便民服务中心设立了图书角，共配置图书3200余册，涵盖农业技术、法律常识等内容。"
BODY_C = "河湾社区组织退休党员和志愿者组成夜巡队，每晚在小区巡逻两小时，发现隐患及时上报。"
BODY_D = "居民张大爷说：“有了夜巡队，晚上出门散步心里踏实多了。”"


def docx_with_notices(path: Path, table: bool = True) -> Path:
    """A Word story with footnotes (and a table): a notice each."""
    import docx
    d = docx.Document()
    d.add_paragraph().add_run("春风行动送岗位").bold = True
    d.add_paragraph("本报记者 李雪")
    d.add_paragraph("昨天上午，“春风行动”专场招聘会在市人力资源市场举行，120家企业带来3000多个岗位。")
    if table:
        cells = d.add_table(rows=1, cols=2)
        cells.cell(0, 0).text, cells.cell(0, 1).text = "企业", "岗位"
    d.add_paragraph("前来应聘的王女士说：“岗位很多，我已经和两家企业谈好了面试时间。”")
    d.save(path)
    notes = ('<?xml version="1.0"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             + "".join(f'<w:footnote w:id="{k}"/>' for k in range(4)) + "</w:footnotes>")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("word/footnotes.xml", notes)
    return path


def banner_guess(path: Path) -> Path:
    """A heading over one paragraph, then a story: a banner guessed from its place (a notice in a notice)."""
    path.write_text("\n\n".join(["暖心服务进万家", BODY_A, "河湾社区：夜巡队守护居民安宁", BODY_C, BODY_D]) + "\n",
                    encoding="utf-8")
    return path


def gbk_or_big5(path: Path) -> Path:
    """A few characters that read as GB18030 and as Big5: the guess is a notice naming --encoding."""
    path.write_bytes("春风\n".encode("gb18030"))
    return path
