"""Property: whatever copy a reporter files, every character comes out of intake in some field.

Generated pages of copy (banner, kickers, headlines, dash decks, bylines, body paragraphs broken
across lines, captions, credits, dates, numbers, Latin, symbols, blank lines and junk lines) are
written in UTF-8, GB18030 or Big5 and read through the real importer. The non-space characters out
(every field, unassigned lines included) must equal those in, up to the repairs intake documents:
half-width ,:;?!() become full-width in Chinese context (tests/intake/chars.py, typed in from the
repair's description, not taken from the code). CI draws the same cases every run (tests/conftest.py)."""
import functools

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from layout_app.errors import InputError
from layout_app.intake.importer import import_copy
from layout_app.text.punct import is_han
from tests.intake.chars import difference

# words a newspaper page is made of, simplified and traditional (Big5 copy comes from Hong Kong and
# Taiwan); each drawn only if the file's encoding can hold it
WORDS = tuple(("民生 实事 暖民心 群众 社区 街道 公共 自行车 站点 服务 中心 今年 以来 我市 推进 项目 综述 工作 "
               "民生實事 羣眾 社區 街道 服務 中心 今年 以來 我們 推進 項目 綜述 招聘會 崗位 企業 "
               "乡村 振兴 文明 新风 润泽 乡里 绿色 出行 低碳 生活 东湖区 南山 青石镇 河湾 图书角 夜巡队 "
               "鄉村 振興 文明 新風 潤澤 鄉里 綠色 東湖區 圖書角 夜巡隊 記者 報導 攝影").split())
NAMES = ("王晨", "李雪", "陈思", "周航", "刘晓燕", "歐陽明", "張偉", "司马光")
PUNCT = "，。、：；！？“”‘’（）《》「」『』…·"
SYMBOLS = "℃％№①②★●→×÷±§※〇々～＠＃￥"
LATIN = ("iPhone", "5G", "GDP", "The cat, the dog.", "APP", "Wi-Fi", "COVID-19", "e-mail: news@example.com",
         "https://example.com/a,b", "No.1", "PM2.5")
NUMBERS = ("3,000", "7:30", "98.5%", "1.6万", "20", "300", "6500", "２０２６", "一百二十", "(3)", "1/2")
DATES = ("2026年3月5日", "2026-03-05", "3月5日", "昨天上午", "11月29日电", "2026.03.05")


@functools.cache
def encodable(encoding: str):
    @functools.cache
    def ok(text: str) -> bool:
        try:
            return text.encode(encoding).decode(encoding) == text
        except UnicodeError:
            return False
    return ok


@functools.cache
def holdable(ok, choices: tuple[str, ...]) -> list[str]:
    """The choices the encoding can hold."""
    return [c for c in choices if ok(c)]


# strategies are built once per encoding: building them afresh at every draw cost most of the run

def choice(items) -> st.SearchStrategy:
    return st.sampled_from(tuple(items))


@functools.cache
def han(ok, least=1, most=4) -> st.SearchStrategy:
    return st.lists(choice(holdable(ok, WORDS)), min_size=least, max_size=most).map("".join)


@functools.cache
def sentence(ok) -> st.SearchStrategy:
    """A body sentence: words, numbers, dates, Latin, symbols and punctuation, ending in 。 or ！ or ”."""
    piece = st.one_of(han(ok), han(ok), han(ok), choice(NUMBERS), choice(DATES), choice(LATIN),
                      choice(holdable(ok, tuple(SYMBOLS)) or ["。"]), choice(holdable(ok, tuple(PUNCT))),
                      choice(",:;?!() "))
    ending = choice(["。", "！", "？", "。”", "……", ""])
    return st.tuples(st.lists(piece, min_size=2, max_size=8), ending).map(
        lambda t: "".join(p for p in t[0] + [t[1]] if ok(p)) or "。")


@functools.cache
def junk(ok) -> st.SearchStrategy:
    """A line of anything the encoding holds (no control characters: those are refused, tested apart)."""
    alphabet = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff\u2028\u2029\x85")
    return st.text(alphabet, min_size=1, max_size=30).map(lambda t: "".join(ch if ok(ch) else "#" for ch in t))


def joined(*parts) -> st.SearchStrategy:
    return st.tuples(*parts).map("".join)


@functools.cache
def story(ok, body=True) -> st.SearchStrategy:
    none = st.just("")
    kicker = st.one_of(none, joined(han(ok, 2, 3), choice(["", " ", "　"]), han(ok, 1, 2)))
    headline = joined(han(ok, 1, 5), choice(["", "：", ":", "——"]), han(ok, 0, 3))
    deck = st.one_of(none, joined(choice(["——", "—", "--", ""]), han(ok, 2, 6)))
    byline = st.one_of(none, joined(choice(["本报记者 ", "记者 ", "本报讯 ", "本報記者 ", "新华社记者 "]), choice(NAMES)))
    paragraph = st.tuples(joined(choice(["", "　　", "  "]), st.lists(sentence(ok), min_size=1, max_size=4).map("".join)),
                          st.booleans()).map(lambda t: [t[0], ""] if t[1] else [t[0]])
    paragraphs = st.lists(paragraph, min_size=1, max_size=4) if body else st.just([])
    return st.tuples(kicker, headline, deck, byline, paragraphs).map(
        lambda t: [x for x in t[:4] if x] + [line for par in t[4] for line in par])


@functools.cache
def caption(ok) -> st.SearchStrategy:
    return st.one_of(joined(st.just("图为"), han(ok, 2, 8), st.just("。")),
                     joined(han(ok, 2, 8), st.just("。"), choice(["（记者 ", "(记者 ", "（"]), choice(NAMES), st.just(" 摄）")),
                     joined(han(ok, 2, 8), st.just("。")))


CREDITS = st.builds(lambda form, name: form.format(name), choice(
    ["本版图片由本报记者 {} 摄", "本版编辑：{}", "本版稿件由本报记者 {} 采写", "{} 摄", "责任编辑:{}", "图：{}"]), choice(NAMES))


@functools.cache
def page_part(ok) -> st.SearchStrategy:
    return st.one_of(
        story(ok), story(ok),
        story(ok, body=False),                        # a banner, or a heading whose story is missing
        caption(ok).map(lambda c: ["", "", c]),       # a caption stands apart
        CREDITS.map(lambda c: [c]),
        junk(ok).map(lambda j: [j]),
        sentence(ok).map(lambda s: [s]),              # a page lead, or body without a heading
        st.integers(1, 3).map(lambda n: [""] * n))


@st.composite
def copy_file(draw):
    encoding = draw(choice(["utf-8", "gb18030", "big5"]))
    ok = encodable(encoding)
    lines = [line for part in draw(st.lists(page_part(ok), min_size=1, max_size=8)) for line in part if ok(line)]
    newline = draw(choice(["\n", "\r\n"]))
    text = newline.join(lines) + draw(choice(["", newline]))
    bom = b"\xef\xbb\xbf" if encoding == "utf-8" and draw(st.booleans()) else b""
    return encoding, text, bom + text.encode(encoding)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(copy_file())
def test_every_character_comes_out_of_intake(tmp_path, case):
    encoding, text, data = case
    path = tmp_path / "copy.txt"
    path.write_bytes(data)
    if not text.strip():
        with pytest.raises(InputError, match="empty — there is no copy in it$"):
            import_copy(path)                       # nothing a reporter wrote: said, not an empty page
        return
    page, copy = import_copy(path)
    if copy.encoding != encoding and text.encode(copy.encoding, "replace") != data:
        # a few Chinese characters can read as GB18030 and as Big5 (the guess has nothing else to go on:
        # circled figures and marks read in both): only then may the guess be wrong, the importer must
        # say it guessed, and the encoding given by hand must then read every character
        assert sum(is_han(ch) for ch in text) < 10, f"{len(text)} characters written as {encoding}, read as {copy.encoding}"
        assert any(f"--encoding {encoding}" in n for n in copy.notices), f"read as {copy.encoding} without a word"
        page, copy = import_copy(path, encoding)
    for name, value in page.to_json().items():
        event(f"{name} {'filled' if value else 'empty'}")
    lost = difference(text, page)
    assert not lost, f"written as {encoding}, read as {copy.encoding}: {lost}"
    # what is set aside as the running head or a slug is said, each line of it
    said = "".join("".join(str(n).split()) for n in copy.notices)
    assert all("".join(line.split()) in said for line in page.furniture), (page.furniture, copy.notices)
