"""A kicker does not run into the heading line under it nor into the paragraph over it, in the text a
PDF's extraction gives (pdfium, pdftotext -raw): column lines written by hand, measure 13."""
from __future__ import annotations

from layout_app.intake.unpdf import join_column_lines, visual_lines


def _joined(lines: list[str]) -> list[str]:
    # -raw's pieces put back into column lines, then the column lines into paragraphs (as unpdf does)
    return [x for x in join_column_lines(visual_lines(lines, 13), 13) if x]


def test_a_kicker_its_marks_squeezed_to_a_column_does_not_run_into_a_short_headline_over_a_byline():
    # '新华镇：无人机植保、智能收割' is 14 characters: a justified column line holds it only with its two
    # marks set half wide. But the line under it is short, ends no sentence and stands over a byline: a
    # paragraph never ends so — the two lines are a kicker and its headline
    out = _joined(["新华镇，农户忙着分拣玉米。", "新华镇：无人机植保、智能收割", "丰收映笑颜", "本报记者 赵德明 钟秀兰",
                   "走进新华镇东门菜场，干", "净整洁，秩序井然。过去靠肩"])
    assert "新华镇：无人机植保、智能收割" in out
    assert "丰收映笑颜" in out


def test_a_kicker_pdftotext_raw_cut_after_its_marks_does_not_run_into_its_headline():
    # -raw cuts the kicker after its colon and comma; its last piece ends on a word, short of the column
    # (no paragraph's line but its last, which ends a sentence): the headline under it is a line of its own
    out = _joined(["建了29公里步道，栽种树木", "38余株。", "建设街道团结村：你争我抢，", "场边喝彩声不断",
                   "建设街道团结村乒乓球赛热力开打", "——建设街道团结村乒乓球赛见闻"])
    assert "建设街道团结村：你争我抢，场边喝彩声不断" in out
    assert "建设街道团结村乒乓球赛热力开打" in out


def test_a_kickers_first_piece_is_not_the_rest_of_the_paragraphs_last_line_above_it():
    # '丰收镇：你争我抢，' would fit the column line after '看到。' — but the piece after it stops short on
    # a word over a heading line: a kicker's pieces, not running text (which goes on in full lines)
    out = _joined(["搬到线上，通过直播让更多人", "看到。", "丰收镇：", "你争我抢，", "场边喝彩声不断", "丰收镇：",
                   "跑出精气神 赛出好风采", "——记队长田婷"])
    assert "搬到线上，通过直播让更多人看到。" in out
    assert "丰收镇：你争我抢，场边喝彩声不断" in out


def test_a_question_after_a_places_label_ends_a_kicker():
    # '太平镇：' / '放学后，' / '孩子们去哪儿了？': the kicker asks its question after the place's label
    out = _joined(["小区的雨污分流，惠及住户", "2554余户。", "太平镇：", "放学后，", "孩子们去哪儿了？",
                   "合唱团让孩子们乐在其中", "“以前孩子放学没人接，"])
    assert "太平镇：放学后，孩子们去哪儿了？" in out
    # (running text after a sentence's end goes on: a piece that fits the line above is its rest)
    out = _joined(["小区的雨污分流，惠及住户", "2554余户。", "据了解，", "居民们纷纷点赞，说这是实事。"])
    assert out == ["小区的雨污分流，惠及住户2554余户。据了解，居民们纷纷点赞，说这是实事。"]


def test_a_kicker_line_put_back_from_its_pieces_does_not_run_into_the_heading_under_it():
    # '金秋十月,猕猴桃压弯枝头' (12 in 13): neither a full line nor an indented first line, and it stops on
    # a word — no running text goes on from it into '金秋好'
    out = _joined(["晚上卖出1801单。", "金秋十月,", "猕猴桃压弯枝头", "金秋好", "“丰”", "景 城北乡:"])
    assert "金秋十月,猕猴桃压弯枝头" in out
    # (an indented first line runs on into a full one with no mark, and a first line broken before a
    # number that did not fit)
    out = _joined(["近日，枫林村供电所设立", "便民服务站方便居民就近办理", "业务。"])
    assert out == ["近日，枫林村供电所设立便民服务站方便居民就近办理业务。"]
    out = _joined(["据介绍，育才中学自", "2022年起将书法课堂纳入校", "本课程。"])
    assert out == ["据介绍，育才中学自2022年起将书法课堂纳入校本课程。"]


def test_a_paragraphs_first_line_and_a_full_line_still_run_on():
    # a paragraph's first line (indented, its width with Latin a guess) over a full line ending on a word:
    # running text, whatever the line under it looks like
    out = _joined(["据了解，戴上 VR 眼镜，", "孩子们仿佛走进了太空舱，一", "个个看得目不转睛。说起劳动", "课，谢奶奶笑得合不拢嘴。"])
    assert out == ["据了解，戴上 VR 眼镜，孩子们仿佛走进了太空舱，一个个看得目不转睛。说起劳动课，谢奶奶笑得合不拢嘴。"]


def test_a_kicker_piece_and_its_rest_wider_than_a_column_together_are_no_column_line():
    # '秋收时节，' and '马鞍街道的田野里一片金黄' fill no column line together (17 characters in 13), and
    # the piece alone is no line of running text: a kicker wider than a column, over its headline — not
    # the rest of the paragraph above, nor running into the headline
    out = _joined(["将把这件实事办好办实，群众", "满意度不断提升。", "秋收时节，", "马鞍街道的田野里一片金黄", "大棚蔬菜喜获丰收",
                   "——马鞍街道大棚蔬菜见闻"])
    assert out == ["将把这件实事办好办实，群众满意度不断提升。", "秋收时节，马鞍街道的田野里一片金黄", "大棚蔬菜喜获丰收",
                   "——马鞍街道大棚蔬菜见闻"]


def test_a_kicker_that_reads_as_a_sentences_end_stays_with_its_headline():
    # a question, or a quoted phrase with its pause closed right after a word: the blank lines set after
    # a finished paragraph go before it, not between it and its headline
    from layout_app.intake.kickerlines import kickers_back

    lines = ["……现在三四天就能收完。”", "解决 “看病难、看病晚”", "", "", "看病不用再“起早排队”", "——记家庭医生周德明"]
    assert kickers_back(lines) == ["……现在三四天就能收完。”", "", "", "解决 “看病难、看病晚”", "看病不用再“起早排队”",
                                   "——记家庭医生周德明"]
    # a photo's caption pdfium read between the kicker and its headline goes before the kicker
    lines = ["……让群众的日子越过越红火。", "湖滨乡：出行难？", "", "", "北塘街道三元社区比赛现场，观众为选手加油。", "", "",
             "农村公交正式通车", "“路修好了，收购商的车能开到地头了。”"]
    assert kickers_back(lines) == ["……让群众的日子越过越红火。", "", "", "北塘街道三元社区比赛现场，观众为选手加油。", "", "",
                                   "湖滨乡：出行难？", "农村公交正式通车", "“路修好了，收购商的车能开到地头了。”"]
    # (not a paragraph of running text, nor a line ending on a stop inside its quote, nor a question in
    # the middle of running text)
    # (not someone's words, nor a question or quote ending a sentence inside its marks, nor a quoted
    # term with no pause: a headline's '让老人吃上“放心饭”')
    for line in ["他说：“这是好事？”", "大家都说：“真好。”", "……一件件小事连起了大民生。", "村民说：“有了这个、真方便”",
                 "“方便、快捷吗？”", "让老人吃上“放心饭”"]:
        lines = ["……完成率100%。", line, "", "", "小课堂 大天地", "本报记者 郑桂芳"]
        assert kickers_back(lines) == lines
    lines = ["……完成率100%，", "这样的夜巡队，谁不喜欢？", "", "", "小课堂 大天地", "本报记者 郑桂芳"]
    assert kickers_back(lines) == lines


def test_a_question_kicker_over_a_headline_in_two_lines():
    # three heading lines over a story, the first a question: a kicker over a headline in two lines
    from layout_app.intake.headpairs import three_line_headings

    lines = ["……完成率100%。", "放学后，孩子们去哪儿了？", "小课堂 大天地", "镇中心学校的剪纸课“火”了", "——记非遗传承人邓国庆"]
    assert three_line_headings(lines) == ["……完成率100%。", "放学后，孩子们去哪儿了？", "小课堂 大天地 镇中心学校的剪纸课“火”了",
                                          "——记非遗传承人邓国庆"]


def test_a_kicker_asking_after_its_places_label_is_no_paragraphs_rest():
    # '古城街道新华村：周末去哪儿？' fills a column line with its marks set half wide, after a full line ending
    # a sentence: but no running text opens on a place's colon without a quote — it is a kicker
    out = _joined(["了。教室里，孩子们一边动手", "一边讨论，不时发出阵阵笑声。", "古城街道新华村：周末去哪儿？", "古城街道新华村：",
                   "全民健身热 健身步道“火”起来"])
    assert out[0] == "了。教室里，孩子们一边动手一边讨论，不时发出阵阵笑声。"
    assert out[1] == "古城街道新华村：周末去哪儿？"
    # (someone's words after a place's colon are running text: '…村：“…？”')
    out = _joined(["了。教室里，孩子们一边动手", "一边讨论，不时发出阵阵笑声。", "古城街道新华村：“去哪儿？”", "本报记者 朱淑芬"])
    assert out[0] == "了。教室里，孩子们一边动手一边讨论，不时发出阵阵笑声。古城街道新华村：“去哪儿？”"


def test_a_pause_that_evens_the_lines_is_where_compose_breaks_a_headline():
    # compose breaks a headline between two words only where no pause of its own sets the lines near even:
    # '兴隆乡五里社区：交通惠民' / '一条路 富了一方人' broken at the place's colon would be 8 over 12½ — so two
    # lines broken elsewhere are a kicker over its headline, not a headline's halves
    from layout_app.intake.balanced import balanced_halves

    assert balanced_halves(["兴隆乡五里社区：交通惠民", "一条路 富了一方人"]) == ["兴隆乡五里社区：交通惠民", "一条路 富了一方人"]
    # (where the pauses leave the lines uneven, the halves are one headline: 5 over 18, 16 over 7)
    assert balanced_halves(["银杏社区：商户的智慧停车场", "见实效 共建共享新家园"]) == ["银杏社区：商户的智慧停车场见实效 共建共享新家园"]


def test_a_line_ending_on_a_particle_is_no_wrapped_headline_where_a_pause_would_even_the_lines():
    # '下班后也能看上病了' ends on 了, which may leave a headline's line open ('…有效解决了' / '群众的…'); but
    # the headline it would make has its place's colon where its lines come out near even (17 over 11),
    # and compose breaks there — so the first line is a kicker (its colon half wide, as damage leaves it)
    from layout_app.intake.headings import wrapped_headlines

    lines = ["下班后也能看上病了", "同心街道前进村:看病不用再“起早排队”", "——同心街道前进村儿科门诊见闻"]
    assert wrapped_headlines(lines) == lines
    # (an open word where no pause evens the lines: one headline)
    assert wrapped_headlines(["从“家庭医生工作室”看南山乡如何有效解决了", "群众的急难愁盼问题"]) == \
        ["从“家庭医生工作室”看南山乡如何有效解决了群众的急难愁盼问题"]
    # (the break itself at a pause that evens the lines is compose's own: before an opening quote)
    assert wrapped_headlines(["城北街道的事办成了", "“红色书屋”暖了民心"]) == ["城北街道的事办成了“红色书屋”暖了民心"]


def test_a_question_alone_on_its_line_over_a_heading_line_is_a_kicker_not_a_paragraphs_first_line():
    # the question fills an indented line and the line under it fills the column — but that line ends
    # no sentence and has no comma, and under it opens a paragraph (an indented line ending no
    # sentence): running text never stops on a word at a paragraph's end, so it is the headline
    out = _joined(["病不出社区就能看好。", "放学后，孩子们去哪儿了？", "实验小学的书法课堂“火”了", "走进仁和镇工业园，干净",
                   "整洁，秩序井然。近日，在实"])
    assert out[1:3] == ["放学后，孩子们去哪儿了？", "实验小学的书法课堂“火”了"]
    # …or under it the story's byline or a caption
    out = _joined(["病不出社区就能看好。", "放学后，孩子们去哪儿了？", "实验小学的书法课堂“火”了", "本报记者 郑桂芳"])
    assert out[1:3] == ["放学后，孩子们去哪儿了？", "实验小学的书法课堂“火”了"]


def test_a_paragraph_opening_on_a_question_still_runs_on():
    # the line under the question goes on in a full line (its word cut at the line's end: 基础设施)
    out = _joined(["居民协商、企业代建。", "这样的变化是怎么来的？", "全年共完成二十个小区的基础", "设施改造，惠及住户两千",
                   "余户。"])
    assert out[1] == "这样的变化是怎么来的？全年共完成二十个小区的基础设施改造，惠及住户两千余户。"
    # …or the next line is a full line spread by justification, not an indented first line
    from layout_app.intake.unpdf import join_column_lines

    lines = ["居民协商、企业代建。", "这样的变化是怎么来的？", "主播赵红梅每天在直播间里卖", "农 产 品 ， 一 晚 上 能 卖 出 两",
             "千多单。"]
    from layout_app.intake.unpdf import close_up
    spread = frozenset({close_up(lines[3])})
    out = [x for x in join_column_lines([close_up(l) for l in lines], 13, spread) if x]
    assert out[1] == "这样的变化是怎么来的？主播赵红梅每天在直播间里卖农产品，一晚上能卖出两千多单。"


def test_a_question_kicker_moves_over_both_captions_of_its_story_to_its_headline():
    from layout_app.intake.kickerlines import kickers_back

    lines = ["……惠及住户2554余户。", "太平镇：放学后，孩子们去哪儿了？", "", "", "图为五里街道工人为旧楼加装电梯。", "", "",
             "五里街道，工人为旧楼加装电梯。", "", "", "合唱团让孩子们乐在其中", "“以前孩子放学没人接，现在……”"]
    assert kickers_back(lines) == ["……惠及住户2554余户。", "", "", "图为五里街道工人为旧楼加装电梯。",
                                   "五里街道，工人为旧楼加装电梯。", "", "", "太平镇：放学后，孩子们去哪儿了？",
                                   "合唱团让孩子们乐在其中", "“以前孩子放学没人接，现在……”"]


def test_a_heading_line_over_a_byline_or_dateline_is_no_paragraphs_line():
    # running text that ends no sentence goes on in running text: a line ending none right over the
    # story's byline is a heading's — though the kicker above it fills the column exactly
    out = _joined(["康乐乡孩子们展示自己的作品。", "康乐乡：“双减”落地见实效", "小课堂 大天地", "本报记者 杨玉珍",
                   "“我最喜欢这门课了，每周都", "盼着。”家住康乐乡的吴大妈"])
    assert out[1:4] == ["康乐乡：“双减”落地见实效", "小课堂 大天地", "本报记者 杨玉珍"]
    # …or over a brief's dateline, past the caption of its photo
    out = _joined(["无人机植保、智能收割", "小小烤烟“串”起致富路", "图为华山乡种粮大户收割烤烟。", "本报讯（通讯员 卢建军）7 月",
                   "17 日上午，华山乡小学门口"])
    assert out[:2] == ["无人机植保、智能收割", "小小烤烟“串”起致富路"]
    # a kicker with its comma filling a column under a paragraph's end, over a headline of two phrases
    # and the byline: not the paragraph's next line
    out = _joined(["这批场地是今年利用城市", "边角地新建的，免费向市民开", "放，受到了周边居民的欢迎。", "昔日垃圾成堆，如今鸟语花香",
                   "植树造林“绿”了家园 天更蓝了 水更清了", "本报记者 胡欣怡", "今年以来，康乐乡把植树造"])
    assert out[:2] == ["这批场地是今年利用城市边角地新建的，免费向市民开放，受到了周边居民的欢迎。", "昔日垃圾成堆，如今鸟语花香"]


def test_running_text_over_its_last_line_and_the_next_heading_still_runs_on():
    # the line under is the paragraph's last (a comma in it): running text, whatever stands under it
    out = _joined(["品摊位一字排开。", "下一步，北塘街道朝阳社", "区将继续在特色集市上下功", "夫，让更多群众受益。",
                   "在劳动中成长 走进湖滨镇城北社区", "湖滨镇城北社区：育才中学的足球课“火”了", "本报记者 于淑芬"])
    assert out[1] == "下一步，北塘街道朝阳社区将继续在特色集市上下功夫，让更多群众受益。"
    # …though the story's byline stands right under its last line (a byline set at the story's end)
    out = _joined(["品摊位一字排开。", "下一步，北塘街道朝阳社", "区将继续在特色集市上下功", "夫，让更多群众受益。",
                   "本报记者 于淑芬"])
    assert out[1] == "下一步，北塘街道朝阳社区将继续在特色集市上下功夫，让更多群众受益。"
    # a kicker's pieces pdftotext -raw cut after its marks are put back, over its headline and byline
    out = _joined(["居民在颐养之家吃午饭。", "西关乡同心社区：", "中午11点，", "饭菜香飘满楼道", "西关乡同心社区颐养之家暖了老人心",
                   "本报记者 薛国庆"])
    assert out[1:3] == ["西关乡同心社区：中午11点，饭菜香飘满楼道", "西关乡同心社区颐养之家暖了老人心"]


def test_a_running_line_over_its_paragraphs_last_and_the_next_kicker_runs_on():
    # the line's last word goes on in the line under it (推 / 广): running text, a byline under them or not
    out = _joined(["意度明显提升。据了解，福田", "镇还将在六个村（社区）推", "广老年食堂的做法。", "本报记者 于淑芬"])
    assert out[0] == "意度明显提升。据了解，福田镇还将在六个村（社区）推广老年食堂的做法。"
    # a kicker's label opening on 记者 is no byline ('记者蹲点：…')
    out = _joined(["意度明显提升。据了解，福田", "镇还将在六个村（社区）推广", "老年食堂的做法。", "记者蹲点：清水社区的“便民服务站”一天",
                   "从“便民服务站”看清水社区"])
    assert out[0] == "意度明显提升。据了解，福田镇还将在六个村（社区）推广老年食堂的做法。"


def test_a_kicker_line_wider_than_a_column_after_its_first_piece_is_no_paragraphs_rest():
    # -raw cut the kicker after its comma; the piece after it is wider than a column, as no column line
    # is: the comma's piece opens the kicker — not the rest of the paragraph's last line above it
    out = _joined(["据介绍，学校已有820多名学", "生参加。说起科技社团，蔡红", "梅连连点头：“我最喜欢这门", "课了。”",
                   "秋收时节，", "三元街道花园村的田野里一片金黄", "田野里的好“丰”景", "本报记者 夏振华",
                   "入冬以来，三元街道花园村", "茶叶的工作一刻没有停。"])
    assert out[0].endswith("梅连连点头：“我最喜欢这门课了。”")
    assert out[1:4] == ["秋收时节，", "三元街道花园村的田野里一片金黄", "田野里的好“丰”景"]
    # (headings then reads the two pieces as one kicker line: intake.pausecuts)
    from layout_app.intake.unpdf import unpdf

    lines = unpdf(["据介绍，学校已有820多名学", "生参加。说起科技社团，蔡红", "梅连连点头：“我最喜欢这门", "课了。”",
                   "秋收时节，", "三元街道花园村的田野里一片金黄", "田野里的好“丰”景", "本报记者 夏振华",
                   "入冬以来，三元街道花园村", "茶叶的工作一刻没有停。"], measure=13)
    assert "秋收时节，三元街道花园村的田野里一片金黄" in lines and "田野里的好“丰”景" in lines
