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
