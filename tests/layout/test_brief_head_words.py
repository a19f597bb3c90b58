"""A 简讯 item's lead-in (brief_head, a subhead the flow keeps whole) never broken inside a word: two lines
at a word boundary where they hold it, else three (review 5: '■我市新增3家省级农' / '业产业化重点龙头企业').
Words as a reader reads them, written by hand."""
from layout_app.layout.flow import ParaLook, Slot, flow
from layout_app.text.setter import SetOptions

HEAD = "■我市新增3家省级农业产业化重点龙头企业"
LOOK = ParaLook(10.5, "hei", SetOptions(indent=0.0, align="left", display=True), keep=True)
# where a line may end: between these words, never inside one
WORDS = ["■", "我市", "新增", "3家", "省级", "农业", "产业化", "重点", "龙头", "企业"]
BOUNDARIES = {sum(map(len, WORDS[:k])) for k in range(1, len(WORDS))}


def test_a_brief_head_breaks_between_words():
    for width in (95.0, 100.0, 108.0, 117.0):
        got = flow((HEAD, "近日，省农业农村厅公布新一批农业产业化省级重点龙头企业名单。"), [Slot("f", 0, 0, width, 20)], 9.0, 13.5,
                   "song", SetOptions(), looks=(LOOK, None))
        head = [p.line for p in got.placed if p.paragraph == 0]
        assert "".join(ln.text for ln in head) == HEAD
        ends = [ln.end for ln in head[:-1]]
        assert all(e in BOUNDARIES for e in ends), (width, [ln.text for ln in head])
