"""Copy typed with its paragraphs indented (two full-width spaces, as Word and WPS users type it):
a short sentence set flush after a story's last paragraph is a photo's caption though one blank line
sets it apart as it does every paragraph — the reviewer's 青禾 page had the lead story's two captions
printed as its last paragraphs and its photos left without them."""
from layout_app.intake.importer import import_copy
from layout_app.intake.indents import flush_blocks

COPY = """青禾竹业：从“卖原竹”到“卖设计”

本报记者 林晓峰

　　清晨6时，石门镇竹海村的山道上，竹农何德顺已经把第一车毛竹拉到了村口的收购点，一根毛竹能多卖五六块钱。

　　在青禾经济开发区禾丰竹木科技有限公司的车间里，一条全自动竹展平生产线正在运转，竹材出材率比传统工艺提高了30%。

　　截至2026年10月底，青禾全县竹产业企业达217家，其中规模以上企业38家，全产业链产值突破百亿元大关。

禾丰竹木科技有限公司车间内，工人在全自动竹展平生产线上作业。

竹海村竹农何德顺把刚砍下的毛竹运往村口收购点。

白沙镇5G智慧茶园种出“数字茶”

本报记者 唐思远

　　在白沙镇云雾山茶园，茶农种茶的方式正在改变。园区内120多个传感器实时采集土壤湿度、温度和养分数据。

　　今年，云雾山茶园被列为省级数字农业示范基地，全县已建成5G基站1126个，行政村5G网络实现全覆盖。
"""


def _page(tmp_path, text):
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return import_copy(path)[0]


def test_sentences_set_flush_after_an_indented_story_are_its_captions(tmp_path):
    page = _page(tmp_path, COPY)
    assert [s.headline for s in page.stories] == ["青禾竹业：从“卖原竹”到“卖设计”", "白沙镇5G智慧茶园种出“数字茶”"]
    assert len(page.stories[0].paragraphs) == 3 and page.stories[0].paragraphs[-1].startswith("截至2026年10月底")
    assert [(c.text, c.story) for c in page.captions] == [
        ("禾丰竹木科技有限公司车间内，工人在全自动竹展平生产线上作业。", 0),
        ("竹海村竹农何德顺把刚砍下的毛竹运往村口收购点。", 0)]
    # the copy's own layout sets them apart: no 'known by its shape only' notice for them
    assert not any("shape only" in str(n) for n in page.doubts)


def test_only_copy_that_indents_its_paragraphs_tells_anything_by_a_flush_line(tmp_path):
    flat = "\n".join(line.lstrip("\u3000") for line in COPY.splitlines())
    lines = COPY.splitlines()
    assert flush_blocks([(line.strip(), 1) for line in lines if line.strip()], lines) \
        == {0, 1, 5, 6, 7, 8}                    # heading, byline, the two captions, heading, byline
    assert flush_blocks([(line, 1) for line in flat.splitlines() if line.strip()], flat.splitlines()) == frozenset()


def test_a_flush_sentence_right_under_a_heading_is_the_storys_text(tmp_path):
    # a brief typed flush under its heading while the other stories are indented: its text, no caption
    brief = "首届青禾竹文化节下月开幕\n\n竹文化节将在石门镇竹海村举办。\n"
    page = _page(tmp_path, COPY + "\n" + brief)
    assert page.stories[-1].headline == "首届青禾竹文化节下月开幕"
    assert page.stories[-1].paragraphs == ["竹文化节将在石门镇竹海村举办。"]
    assert len(page.captions) == 2


def test_flush_captions_before_the_credit_line_are_not_said_to_be_known_by_shape_only(tmp_path):
    first = COPY.split("白沙镇5G")[0]
    page = _page(tmp_path, first + "本版图片由本报记者 唐思远 摄\n")
    assert len(page.captions) == 2 and page.credits == ["本版图片由本报记者 唐思远 摄"]
    assert not page.doubts
