"""The word list (jieba's dictionary): the answers are how a Chinese reader splits these lines, written
by hand."""
import subprocess
import sys

import pytest

from layout_app.text.words import inside_word, phrase_starts, word_breaks, words


def test_a_line_end_inside_a_word_is_known():
    # '我们会一' / '直坚持下去': the cut splits 一直
    text = "我们会一直坚持下去"
    assert inside_word(text, 4)
    assert not inside_word(text, 3)          # 我们会 / 一直…: between words
    assert not inside_word(text, 2)          # 我们 / 会


def test_words_between_two_words_of_two_characters_or_before_a_figure():
    text = "公共自行车站点增至300个"
    assert {text.index("站点"), text.index("增至"), text.index("300")} <= word_breaks(text)
    assert text.index("车") not in word_breaks(text)                       # 自行 / 车
    # after a Latin word or a figure is never a word break: APP预约平台, 300个
    assert text.index("个") not in word_breaks(text)
    assert "网格员的APP预约平台".index("预约") not in word_breaks("网格员的APP预约平台")


def test_a_name_the_dictionary_does_not_know_is_not_cut_beside_its_single_characters():
    # 河湾村, 网格员: the dictionary has 河湾 and 网格, not the names; a cut before 村 / 员 would split them
    assert word_breaks("河湾村网格员") == frozenset()


@pytest.mark.parametrize("text,opens,never", [
    ("公共自行车站点增至300个", ["增至"], ["站点"]),                 # before the verb, not inside the noun
    ("看杏花街道如何受到居民普遍欢迎", ["如何"], ["街道"]),            # not 杏花 / 街道
    ("看松涛乡如何有效解决了群众的急难愁盼问题", [], ["解决"]),          # not between an adverb and its verb
    ("办事大厅让群众少跑腿", [], ["大厅"]),                          # a compound noun is one term
])
def test_a_phrase_opens_on_a_verb_or_question_word(text, opens, never):
    got = phrase_starts(text)
    for w in opens:
        assert text.index(w) in got, (w, sorted(got))
    for w in never:
        assert text.index(w) not in got, (w, sorted(got))


def test_words_cover_the_text():
    text = "从“积分超市”看云溪村如何有效解决了群众的急难愁盼问题"
    assert "".join(words(text)) == text


def test_reading_the_dictionary_writes_no_file(tmp_path):
    # jieba's own start-up writes a cache file into the system's temporary folder; ours must not
    code = ("import tempfile, os; tempfile.tempdir = os.environ['T']; "
            "from layout_app.text.words import words; words('站点增至')")
    subprocess.run([sys.executable, "-c", code], check=True, env={"T": str(tmp_path), "PATH": ""})
    assert list(tmp_path.iterdir()) == []


def test_the_dictionary_is_read_once_when_two_threads_ask_at_once():
    # headlines fitted in two threads at once (an export in the background while the page is edited):
    # one read, not two
    code = ("import threading, time, jieba\n"
            "from layout_app.text import words\n"
            "reads = []\n"
            "real = jieba.Tokenizer.gen_pfdict\n"
            "def slow(f):\n"
            "    reads.append(1); time.sleep(0.2); return real(f)\n"
            "jieba.Tokenizer.gen_pfdict = staticmethod(slow)\n"
            "ts = [threading.Thread(target=words.words, args=('增至',)) for _ in range(3)]\n"
            "[t.start() for t in ts]; [t.join() for t in ts]\n"
            "assert words.words('站点增至') == ('站点', '增至')\n"
            "print(len(reads))\n")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "1"
