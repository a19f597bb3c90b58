"""A page's credit lines from two copy files made one where they credit the same thing in the same
words (a reviewer's two-file page printed two credit lines side by side). Expectations by hand."""
from layout_app.intake.pagecredit import merged_credits


def test_two_files_photo_credits_print_one_line_with_everyone_once():
    assert merged_credits(["本版图片由本报记者 王晨 李娜 摄", "本版图片由本报记者 王晨 摄"]) == ["本版图片由本报记者 王晨 李娜 摄"]
    assert merged_credits(["本版图片由本报记者 王晨 摄", "本版图片由本报记者 周婷 摄"]) == ["本版图片由本报记者 王晨 周婷 摄"]


def test_credits_of_different_things_stay_apart_and_a_repeat_goes():
    lines = ["本版稿件由本报记者 王晨 采写", "本版图片由本报记者 王晨 摄", "本版稿件由本报记者 王晨 采写"]
    assert merged_credits(lines) == ["本版稿件由本报记者 王晨 采写", "本版图片由本报记者 王晨 摄"]


def test_other_credit_lines_as_they_are():
    lines = ["责任编辑 孙丽", "本版图片除署名外由本报记者 王晨 摄", "本版图片由本报记者 李娜 摄"]
    assert merged_credits(lines) == lines             # an exception in words is not the same wording


def test_a_supplements_editor_and_mail_lines_are_page_credits(tmp_path):
    # review28: 本版责任编辑 was read as none and left off the page with its e-mail
    from tests.intake.imported import import_text
    copy = ("老屋的窗\n\n本报记者 王晓东\n\n　　本报讯 老屋在平江路的一条支巷里，青砖，黛瓦，木格子窗。窗是朝北开的，"
            "冬天的风从河面上吹过来，先碰到窗，再碰到人。\n\n"
            "本版责任编辑：沈若兰　　投稿邮箱：fukan@jnrb.cn\n\n投稿信箱：fukan@jnrb.cn\n")
    page = import_text(tmp_path, copy)
    assert [s.headline for s in page.stories] == ["老屋的窗"]
    assert any("沈若兰" in c and "fukan@jnrb.cn" in c for c in page.credits)
    assert "投稿信箱：fukan@jnrb.cn" in page.credits
    assert not any("沈若兰" in p for p in page.stories[0].paragraphs)
