"""Text taken out of a printed page (pypdfium2, pdftotext -raw): a heading line told from a paragraph's
first line by what the column holds and what stands under it (intake.headwidth) — each story below had
been lost into the text above or its headline glued to its caption (vdev3 62075, 62033, 62043). Lines
written by hand at a 13-character column (a paragraph's first line holds 11)."""
from layout_app.intake.headwidth import figures_first_line, head_over_caption, heading_wider, heads_over_wide_caption, no_column_line
from layout_app.intake.unpdf import join_column_lines

ABOVE = ["这样的变化，住户们看在眼里、", "喜在心上。今年，团结镇把燃", "气管道改造列为民生实事，由", "社区牵头、居民协商、企业代", "建。"]


def test_no_column_line_is_chinese_wider_than_the_column_with_its_marks_squeezed():
    assert no_column_line("同心街道：旱厕改造“绿”了家园", 13)        # 15 wide, 13.5 with its 3 marks half
    assert not no_column_line("昔日垃圾成堆，如今鸟语花香", 13)         # as wide as the column
    assert not no_column_line("农家书屋现场，观众纷纷拍照。", 13)       # 14, but 13 with its two marks half
    assert not no_column_line("镇文化站农家书屋走进 33 个村", 13)      # figures: a width only guessed


def test_a_headline_no_column_holds_is_not_the_rest_of_the_kicker_as_wide_as_a_line():
    lines = ABOVE + ["昔日垃圾成堆，如今鸟语花香", "同心街道：旱厕改造“绿”了家园", "“垃圾少了，我们扫起来", "也轻松了。”家住同心街道的", "薛老伯今年 81 岁。"]
    out = join_column_lines(lines, 13)
    assert out[1:4] == ["昔日垃圾成堆，如今鸟语花香", "同心街道：旱厕改造“绿”了家园",
                        "“垃圾少了，我们扫起来也轻松了。”家住同心街道的薛老伯今年 81 岁。"], out


def test_a_column_line_runs_on_into_a_full_line():
    # the same first line over a line of running text the column holds: one paragraph
    assert not heading_wider("居民们都说日子越过越好了", 13)
    lines = ABOVE + ["　　昔日垃圾成堆，如今鸟", "语花香，居民们都说日子越过", "越好了。"]
    assert join_column_lines(lines, 13)[1] == "昔日垃圾成堆，如今鸟语花香，居民们都说日子越过越好了。"


def test_kicker_and_headline_over_a_caption_no_column_holds_are_heading_lines():
    lines = ["近日，在镇中心学校的课堂上，", "班主任薛浩手把手地教孩子们", "学习书法。", "大桥街道:送文化下乡", "镇文化站农家书屋走进 33 个村",
             "大桥街道的市民观看农家书屋。", "入冬以来,大桥街道农家", "书屋的工作一刻没有停。"]
    out = join_column_lines(lines, 13)
    assert out[1:4] == ["大桥街道:送文化下乡", "镇文化站农家书屋走进 33 个村", "大桥街道的市民观看农家书屋。"], out
    assert out[4] == "入冬以来,大桥街道农家书屋的工作一刻没有停。"


def test_a_paragraph_over_a_sentence_the_column_holds_runs_on():
    # a first line and a full line over the sentence's end as wide as the column: running text
    assert not heads_over_wide_caption("今年以来大桥街道的农家书屋", "一共走进了三十多个村庄开展", "送文化下乡活动大家很喜欢。", 13)
    assert heads_over_wide_caption("大桥街道:送文化下乡", "镇文化站农家书屋走进 33 个村", "大桥街道的市民观看农家书屋。", 13)


def test_a_headline_over_its_captions_scene_and_a_datelines_is_its_own_line():
    lines = ["分钟。", "图为团结乡摊主选购特产。", "永安街道北塘村：文化惠民", "农家书屋“热”在基层", "农家书屋现场，观众纷纷拍照。",
             "本报讯（记者 苏丽娟 戴", "婷）今年以来，永安街道北塘"]
    out = join_column_lines(lines, 13)
    assert "农家书屋“热”在基层" in out and "农家书屋现场，观众纷纷拍照。" in out, out


def test_head_over_caption_wants_what_stands_under_a_heading():
    assert head_over_caption("农家书屋“热”在基层", "农家书屋现场，观众纷纷拍照。", "本报记者 苏丽娟")
    # a new paragraph's first line under them, not a dateline: left to the other rules
    assert not head_over_caption("农家书屋“热”在基层", "农家书屋现场，观众纷纷拍照。", "今年以来，永安街道北塘")
    # a paragraph's first line has its marks: no heading
    assert not head_over_caption("今年，农家书屋“热”在基层", "农家书屋现场，观众纷纷拍照。", "本报记者 苏丽娟")


def test_a_first_line_with_figures_over_a_full_line_of_running_text_opens_its_paragraph():
    """A reviewer's round trip (pypdfium2): a one-sentence paragraph, then the next paragraph's first
    line with figures — its width only guessed, between an indented line's and a full one's — over a
    full line of running text had made a story headed by that first line."""
    lines = ["左右。", "人才跟着产业回来了。", "32 岁的竹编艺人廖佳宁原本", "在广州一家家具厂做质检员，", "后来回到石门镇开了工作室。"]
    out = join_column_lines(lines, 13)
    assert out == ["左右。", "人才跟着产业回来了。",
                   "32 岁的竹编艺人廖佳宁原本在广州一家家具厂做质检员，后来回到石门镇开了工作室。"], out


def test_a_headline_with_figures_over_its_photos_caption_stays_apart():
    # the same width over a caption (a sentence's end, no mark of running text): a headline
    lines = ["日起开设家庭医生工作室。", "县图书馆书画展走进 3 个村", "文化站站长梁国庆展示作品。", "8 月 3 日上午，七星乡工", "业园格外热闹。"]
    out = join_column_lines(lines, 13)
    assert out[1:3] == ["县图书馆书画展走进 3 个村", "文化站站长梁国庆展示作品。"], out


def test_a_headline_with_figures_over_a_deck_with_no_mark_stays_apart():
    # a full line with no mark of running text under it (a deck, here): nothing says a paragraph goes on
    lines = ["日起开设家庭医生工作室。", "区文联农家书屋走进 26 个村", "全年计划演出一千多场次活动", "8 月 3 日上午，七星乡工", "业园格外热闹。"]
    out = join_column_lines(lines, 13)
    assert out[1:3] == ["区文联农家书屋走进 26 个村", "全年计划演出一千多场次活动"], out
    # …and a first line with figures over a full line of running text narrower than the band: not one of these
    assert not figures_first_line("区文联农家书屋走进 26 个村", "全年计划演出一千多场次活动", 13)
    assert figures_first_line("32 岁的竹编艺人廖佳宁原本", "在广州一家家具厂做质检员，", 13)
    assert not figures_first_line("32 岁的竹编艺人廖佳宁原本", "在广州一家家具厂做质检员，", 12)   # wider than the column: no such line


def test_a_caption_with_its_scenes_comma_after_a_paragraphs_end_is_a_line_to_itself():
    """vdev3 62011: the caption under a story's last column line, over its neighbour photo's caption,
    had been read as that paragraph's last line (a full line after a sentence's end goes on)."""
    lines = ["说起农家书屋，观众杜桂", "芳连连点头：“这些老手艺不", "能在我们这一代手里断了。”", "农家书屋现场，观众纷纷拍照。",
             "牛角街道，环卫工人在河边清捡垃圾。", "牛角街道旱厕改造见成效 昔日臭水沟 今朝景观带"]
    out = join_column_lines(lines, 13)
    assert out[:3] == ["说起农家书屋，观众杜桂芳连连点头：“这些老手艺不能在我们这一代手里断了。”",
                       "农家书屋现场，观众纷纷拍照。", "牛角街道，环卫工人在河边清捡垃圾。"], out


def test_a_full_sentence_with_a_clauses_comma_after_a_paragraphs_end_goes_on():
    # '活动结束后，' is a clause, no scene: running text's last line, the paragraph goes on
    lines = ["说起农家书屋，观众杜桂", "芳连连点头：“这些老手艺不", "能在我们这一代手里断了。”", "活动结束后，大家依依不舍。",
             "牛角街道，环卫工人在河边清捡垃圾。", "牛角街道旱厕改造见成效 昔日臭水沟 今朝景观带"]
    out = join_column_lines(lines, 13)
    assert out[0].endswith("断了。”活动结束后，大家依依不舍。"), out
