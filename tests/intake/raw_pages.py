"""A small deterministic generator of raw page copy, as it comes out of a printed page's PDF: the page
lead first, stories with kicker / headline / byline / body (paragraphs broken at column ends), page
credits, the banner and its deck at the end; and 8 photos (landscape and portrait) whose metadata
captions name the place of their story."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from tests.photos import with_xmp

PLACES = ["青石镇", "河湾社区", "南山街道", "东湖区", "柳溪村", "北岭乡", "西关社区", "白沙镇", "凤鸣街道", "桃源村"]
# (kicker, headline): headlines with a space, a colon, a quote, or none of them
HEADS = [
    ("绿色出行 低碳生活", "{p}：公共自行车站点增至300个"),
    ("暖心服务 情系百姓", "{p}“家门口”的办事大厅"),
    (None, "{p}老人吃饭不再犯愁"),
    ("生态修复见成效", "水清岸绿 白鹭归来"),
    (None, "{p}图书角里书香浓"),
    ("乡村振兴", "{p}：小小草莓 甜了村民日子"),
    (None, "夜巡队守护万家灯火"),
    ("文明实践", "{p}志愿服务 让邻里更亲"),
    ("平安建设", "{p}：矛盾纠纷化解在家门口"),
    (None, "“一老一小”有人管 {p}托起稳稳的幸福"),
]
SENTENCES = [
    "{p}今年以来累计投入资金{n}万元，完成改造项目{m}个，惠及群众{k}户。",
    "“以前办事要跑好几趟，现在在家门口就能办好。”家住{p}的居民王阿姨说。",
    "据介绍，{p}还将结合道路改造，新建非机动车道{m}公里，进一步改善居民出行环境。",
    "工作人员每天上门走访，了解群众需求，帮助解决实际困难{k}件。",
    "为了让更多人受益，{p}把服务时间延长到晚上八点，周末也不休息。",
    "记者在现场看到，志愿者们正忙着整理物资，登记信息，秩序井然。",
    "下一步，{p}将继续完善配套设施，让群众的获得感、幸福感更加充实。",
    "{p}负责人表示，将把这项工作作为民生实事的重点，持续推进{m}项具体措施。",
]


@dataclass
class RawPage:
    seed: int
    text: str
    stories: list[dict]          # what was written: kicker, headline, paragraphs, place, photos
    captions: dict[str, str]     # photo file name → caption
    banner: str
    banner_deck: str
    lead: str
    credits: list[str]


def paragraph(rng: random.Random, place: str, n: int) -> str:
    return "".join(rng.choice(SENTENCES).format(p=place, n=rng.randint(10, 900), m=rng.randint(2, 40),
                                                k=rng.randint(100, 9000)) for _ in range(n))


def raw_page(seed: int, n_stories: int = 6, n_photos: int = 8) -> RawPage:
    rng = random.Random(seed)
    places = rng.sample(PLACES, n_stories)
    heads = rng.sample(HEADS, n_stories)
    lead = ("今年以来，我市把“办好民生实事”作为重点工作，在全市推出了20项便民举措，"
            "从出行、办事到养老、阅读，一件件实事落地见效，群众反响良好。记者近日走进街道、社区和乡村，"
            "看到的是一张张笑脸，听到的是一句句实在话。民生无小事，枝叶总关情。本版今日刊发一组报道，"
            "记录这些变化背后的人和事。")
    stories = []
    for k, (place, (kicker, head)) in enumerate(zip(places, heads)):
        size = [10, 6, 5, 5, 4, 3, 2, 2][k] if k < 8 else 2          # the first story longest
        paras = [paragraph(rng, place, rng.randint(2, 3)) for _ in range(size + rng.randint(0, 1))]
        stories.append({"kicker": kicker, "headline": head.format(p=place), "place": place, "paragraphs": paras,
                        "photos": []})
    # photos: 8, landscape and portrait, each to a story (the lead story gets the most)
    owners = [k % n_stories for k in range(n_photos)]
    captions = {}
    for i, k in enumerate(owners):
        name = f"photo{i + 1}.jpg"
        stories[k]["photos"].append(name)
        captions[name] = f"{stories[k]['place']}的居民在活动现场（第{i + 1}张）。"
    lines = ["", lead, ""]
    for s in stories:
        if s["kicker"]:
            lines += [s["kicker"], ""]
        lines += [s["headline"], "本报记者 陈思", ""]
        for p in s["paragraphs"]:
            if len(p) > 60 and rng.random() < 0.3:
                cut = rng.randint(20, len(p) - 20)         # broken at a column end
                lines += [p[:cut], p[cut:], ""]
            else:
                lines += [p, ""]
        lines += [""]
    credits = ["本版稿件由本报记者 陈思 采写", "本版图片由本报记者 周航 摄"]
    lines += credits + ["", "", "", "民生实事暖人心", "", "——我市推进民生实事项目综述", ""]
    return RawPage(seed, "\n".join(lines), stories, captions, "民生实事暖人心", "——我市推进民生实事项目综述", lead, credits)


PRINTED_SHAPE = [(3000, 2000)]        # the photos of tests.corpus.pdf_copy's pages (height 0.66 × width)
SHAPES = [(4000, 3000), (3000, 4000), (4000, 2250), (3000, 2000), (2400, 3000), (4000, 3000), (3600, 2400), (3000, 4000)]


def write_inputs(page: RawPage, folder: Path, shapes: list[tuple[int, int]] = SHAPES) -> tuple[Path, Path]:
    """The copy file and a folder of photos whose XMP carries the caption and credit."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "copy.txt"
    copy.write_text(page.text, encoding="utf-8")
    photos = folder / "photos"
    photos.mkdir(exist_ok=True)
    for i, (name, caption) in enumerate(page.captions.items()):
        w, h = shapes[i % len(shapes)]
        with_xmp(photos / name, caption, "周航", "本报记者", w * 2 // 3, h * 2 // 3)
    return copy, photos


def corpus_page(seed: int, style: str = "plain") -> RawPage:
    """A page of the intake corpus generator (tests/corpus: long headlines with spaces, quotes and
    colons, kickers, decks, bylines; `style` "varied" for its varied pages) as copy arrives at the
    desk, with one photo per caption it writes; the photos' metadata carry the same captions."""
    from tests.corpus.arrival import arrival_text
    from tests.corpus.cases import STYLES

    spec = STYLES[style](seed)
    stories, captions = [], {}
    for s in spec.stories:
        names = []
        for c in s.captions:
            names.append(f"photo{len(captions) + 1}.jpg")
            captions[names[-1]] = c
        stories.append({"kicker": s.kicker, "headline": s.headline, "place": None, "paragraphs": list(s.paragraphs),
                        "photos": names})
    banner = spec.banner or {}
    return RawPage(seed, arrival_text(spec), stories, captions, banner.get("headline", ""), banner.get("deck") or "",
                   spec.lead[0] if spec.lead else "", list(spec.credits))


PRINTED = Path(__file__).parent / "printed"


def printed_page(seed: int, variant: str) -> RawPage:
    """A page of the intake corpus generator laid out by our own compose, exported as PDF and taken
    back out as text by `variant` (pdftotext-raw, pdfium) — the raw copy of the issue: a printed page's
    text — with one photo per caption the printed page shows; the photos' metadata carry the captions.
    The printed page's photos are landscape 3:2 (PRINTED_SHAPE): its copy was cut to fit with them.
    Kept as a fixture (tests/intake/printed/): a change in compose's layout must not change the copy
    the tests start from. `python -m tests.intake.raw_pages SEED VARIANT …` makes them again."""
    data = json.loads((PRINTED / f"page{seed}-{variant}.json").read_text(encoding="utf-8"))
    return RawPage(**data)


def make_printed_page(seed: int, variant: str, folder: Path) -> RawPage:
    """`printed_page`, made now: the corpus case laid out by the current compose and taken back out."""
    from tests.corpus.cases import make_case

    case = make_case(seed, variant, folder)
    expected = case.expected
    stories, captions = [], {}
    for k, s in enumerate(expected["stories"]):
        names = []
        for c in expected["captions"]:
            if c["story"] == k:
                names.append(f"photo{len(captions) + 1}.jpg")
                captions[names[-1]] = c["text"]
        stories.append({"kicker": s["kicker"], "headline": s["headline"], "place": None,
                        "paragraphs": list(s["paragraphs"]), "photos": names})
    banner = expected["banner"] or {}
    return RawPage(seed, case.text, stories, captions, banner.get("headline", ""), banner.get("deck") or "",
                   expected["lead"][0] if expected["lead"] else "", list(expected["credits"]))


if __name__ == "__main__":
    import sys
    import tempfile
    from dataclasses import asdict

    PRINTED.mkdir(exist_ok=True)
    for seed, variant in zip(sys.argv[1::2], sys.argv[2::2]):
        with tempfile.TemporaryDirectory() as tmp:
            page = make_printed_page(int(seed), variant, Path(tmp))
        (PRINTED / f"page{seed}-{variant}.json").write_text(
            json.dumps(asdict(page), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
