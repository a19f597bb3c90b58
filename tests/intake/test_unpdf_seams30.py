"""intake.unpdf at a paragraph's seam, in column lines as our own compose set them (pages of the
generated corpus, seeds 3011, 3016, 3036, 3033, 3027, 3028) and as pypdfium2 and pdftotext -raw give
them back. The expected paragraphs are written by hand: where the reporter's copy has its breaks."""
from __future__ import annotations

from pathlib import Path

from layout_app.intake.resetlines import fits_line, opens_paragraph
from layout_app.intake.unpdf import unpdf

PRINTED = Path(__file__).parent / "printed"
HEAD = ["枫林镇：便民服务站更便捷", "本报记者 陈思"]


def test_a_short_last_line_ends_its_paragraph_before_a_first_line_set_short():
    # '今年以来，枫林镇接待' is two characters short of an indented first line: compose evened out the
    # paragraph's lines (its last line '1950 场。'), so it is no rest of the line '1654 次。'
    body = ["截至目前，枫林镇已排查", "整改隐患 59 处，为乡村振兴", "注入了新动能。居民高思远介", "绍，便民服务站自 10 月 22",
            "日启用以来，已累计调解纠纷", "1654 次。", "今年以来，枫林镇接待", "群众同比增长 77%，受到居",
            "民普遍欢迎。居民高思远介", "绍，便民服务站自 5 月 14 日", "启用以来，已累计巡查街巷", "1950 场。"]
    want = ["截至目前，枫林镇已排查整改隐患59处，为乡村振兴注入了新动能。居民高思远介绍，便民服务站自10月22日"
            "启用以来，已累计调解纠纷1654次。",
            "今年以来，枫林镇接待群众同比增长77%，受到居民普遍欢迎。居民高思远介绍，便民服务站自5月14日启用以来，"
            "已累计巡查街巷1950场。"]
    assert unpdf(HEAD + body, measure=13)[2:] == want                  # pypdfium2's whole lines
    # pdftotext -raw's pieces, cut after a comma set close
    raw = body[:6] + ["今年以来,", "枫林镇接待", "群众同比增长 77%,", "受到居"] + body[8:]
    assert [p.replace(",", "，") for p in unpdf(HEAD + raw, measure=13)[2:]] == want


def test_set_as_compose_sets_it():
    assert not fits_line("1654次。今年以来，枫林镇接待", 13)         # 14½ ems, its marks squeezed
    assert fits_line("1654次。今年以来，枫林镇", 13)
    assert fits_line("日启用以来，已累计调解纠纷", 13)
    assert opens_paragraph("这样的儿童之家，谁不", ["喜欢？游客们纷纷点赞：“儿", "童之家惠万家！”今年以来，",
                                             "青石乡培训农民同比增长", "71.5%，有效解决了群众的急", "难愁盼问题。"], 13)
    assert not opens_paragraph("日启用以来，已累计调解纠纷", ["1654次。"], 13)     # a full line: no first line


def test_a_letter_spaced_line_is_a_column_line_of_its_own():
    # -raw: '借到。' / '”' / '商 户 们 …：' / '“ 夜' — the spread line opens a paragraph (its first line,
    # letter-spaced because the quote may not end it), no rest of the line with the quote's close
    raw = HEAD + ["摊主小周说：", "“以前想看本书要", "跑到县城，现在在村里就能", "借到。", "”",
                  "商 户 们 纷 纷 点 赞 ：", "“ 夜", "巡队添新彩！”网格员胡春", "燕介绍，夜巡队自 4 月 6 日",
                  "启用以来，已累计接待群众", "2628 场。"]
    assert [p.replace(" ", "") for p in unpdf(raw, measure=13)[2:]] == [
        "摊主小周说：“以前想看本书要跑到县城，现在在村里就能借到。”",
        "商户们纷纷点赞：“夜巡队添新彩！”网格员胡春燕介绍，夜巡队自4月6日启用以来，已累计接待群众2628场。"]


def test_a_line_followed_by_a_commas_rest_is_no_kicker():
    # -raw cut '点赞：“调解室显身手！”近日，' at its marks and '…升级“调解室”，吸引了 1945 余' at its quote:
    # '近日，' / '金沙镇农业技术推广站升级' / '“调解室”' / '，吸引了…' is running text, not a kicker over a headline
    raw = HEAD + ["今年以来，金沙镇巡查街", "巷同比增长 58%，让群众的", "获得感成色更足。老人们纷纷", "点赞：",
                  "“调解室显身手！", "”", "近日，", "金沙镇农业技术推广站升级", "“调解室”", "，吸引了 1945 余",
                  "名老人参与。"]
    assert unpdf(raw, measure=13)[2:] == [
        "今年以来，金沙镇巡查街巷同比增长58%，让群众的获得感成色更足。老人们纷纷点赞：“调解室显身手！”"
        "近日，金沙镇农业技术推广站升级“调解室”，吸引了1945余名老人参与。"]


def test_a_caption_wider_than_a_column_does_not_run_on_from_a_stretched_line():
    # the page has the line '一步提升了基层治理水平 。' stretched in another story; the story's last line
    # ends the same and the photo's caption under it is set wider than a column
    raw = HEAD + ["今年以来，枫林镇服务老人", "同比增长 72%，进", "一步提升了基层治理水平 。", "居民们纷纷点赞：“服务",
                  "队真贴心！”", "",
                  "青年们纷纷点赞：“志愿", "服务队乐融融！”截至目前，", "南山乡已排查整改隐患 24 处，",
                  "进一步提升了基层治理水平。", "镇长胡国华（右）在志愿服务队为青年讲解。"]
    out = [p for p in unpdf(raw, measure=13) if p]
    assert out[-1] == "镇长胡国华（右）在志愿服务队为青年讲解。"
    assert out[-2].endswith("进一步提升了基层治理水平。")


def test_a_headline_cut_at_its_quote_is_one_headline():
    # -raw cut the headline's first line at its quote ('梅岭社区开展' / '“儿童之家”'): a line set in the
    # headline's face, one headline in two lines — not a kicker over a headline (the page's top 100
    # lines as pdftotext -raw gave them, the copy's half-width commas too)
    raw = (PRINTED / "page3028-raw-top.txt").read_text(encoding="utf-8").split("\n")
    out = unpdf(raw, measure=13)
    assert "梅岭社区开展“儿童之家” 让群众的获得感成色更足" in out, out[:8]


def test_a_first_line_compose_evened_out_opens_its_paragraph():
    # pdftotext -raw: '59%。' ends a paragraph; '这样的儿童之家，谁不' (10 of an indented first line's 11)
    # could be the rest of its line by width, but the paragraph it opens, set again, opens with it
    raw = HEAD + ["通过 WiFi 平台，游客可以", "在线预约儿童之家的服务，", "办理时间缩短了", "59%。", "这样的儿童之家，谁不",
                  "喜欢？游客们纷纷点赞：", "“儿", "童之家惠万家！", "”今年以来，", "青 石 乡 培 训 农 民 同 比 增 长",
                  "71.5%，有效解决了群众的急", "难愁盼问题。游客们纷纷点", "赞：", "“儿童之家聚人气！", "”"]
    out = [p.replace(" ", "") for p in unpdf(raw, measure=13)[2:]]
    assert out[0].endswith("办理时间缩短了59%。"), out
    assert out[1].startswith("这样的儿童之家，谁不喜欢？"), out


def test_a_letter_spaced_line_under_a_quotes_close_is_its_own_line():
    # -raw as it gave the page: '借到。' / '”' / then the spread first line '商 户 们 纷 纷 点 赞 ：' cut
    # before its quote
    raw = HEAD + ["摊主小周说：", "“以前想看本书要", "跑到县城，现在在村里就能", "借到。", "”", "商 户 们 纷 纷 点 赞 ：",
                  "“ 夜", "巡队添新彩！", "”网格员胡春", "燕介绍，夜巡队自 4 月 6 日", "启用以来，已累计办理业务",
                  "2272 次。"]
    out = [p.replace(" ", "") for p in unpdf(raw, measure=13)[2:]]
    assert out[0].endswith("就能借到。”") and out[1].startswith("商户们纷纷点赞：“夜巡队添新彩！”"), out


def test_a_sentence_ending_in_the_line_under_is_running_text():
    # '这批场地是今年利用城市边角' over '地新建的，免费向市民开放。', the next story's headline and its
    # photo's caption after them: running text, not a headline balanced in two lines over a caption
    raw = HEAD + ["截至目前，全区已建成各", "类体育场地 3503 处，人均体", "育场地面积达到 2.6 平方米。",
                  "这批场地是今年利用城市边角", "地新建的，免费向市民开放。", "劳动课让孩子们乐在其中",
                  "家长和孩子一起参加劳动课。", "本报讯 走进仁和街道华", "山村五号楼，一派忙碌景象。"]
    out = unpdf(raw, measure=13)
    assert ("截至目前，全区已建成各类体育场地3503处，人均体育场地面积达到2.6平方米。"
            "这批场地是今年利用城市边角地新建的，免费向市民开放。") in out, out


def test_place_labels_alone_are_no_sign_of_raw_cuts():
    # pypdfium2 gives a kicker's place label on its own line ('胜利街道城南村：'); two of them on a page
    # are no pdftotext -raw cuts after a colon
    from layout_app.intake.quoteface import whole_lines

    lines = ["胜利街道城南村：", "新房子住上了", "本报记者 陈思", "近日，胜利街道城南村的新", "房子正式交付使用，村民们喜",
             "气洋洋地搬进了新家。", "丰收街道马鞍村：", "老手艺有了新传人", "本报记者 王芳", "今年以来，丰收街道马鞍村",
             "开办了竹编培训班，吸引了不", "少年轻人参加。"]
    assert whole_lines(lines, 13)


def test_lines_broken_at_the_writers_space_may_be_one_headline():
    from layout_app.intake.balanced import compose_breaks_there

    # compose breaks a headline with spaces at a space whose lines are near even: 15 over 10 is one
    assert compose_breaks_there("全民健身热 全民健身月“火”起来", "跑出精气神 赛出好风采")
    # … but not where a space of the upper line sets its lines more even: a headline over its deck
    assert not compose_breaks_there("互助幸福院“香”飘邻里 一碗热饭里的民生温度", "日均服务老人 33 余人")
