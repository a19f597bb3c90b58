"""A picture story (图片新闻): its text is its photo's caption, its photo the one whose file name says
its words, the credit under its text its photo's own — set with the photo large (a panorama across the
page), never as a brief without its picture. And no caption by the files' order where it is a toss."""
from layout_app.intake.compose import compose
from layout_app.intake.pagecredit import PAGE_PHOTO_CREDIT
from layout_app.intake.photodesk import assign_photos
from layout_app.intake.photonews import is_photo_story, own_credits, photo_story_text
from layout_app.intake.structure import Caption, StoryParts
from layout_app.preflight.checks import preflight
from tests.photos import write_jpeg

RUN = ("12月6日8:00，2026青溪马拉松在滨江广场鸣枪开跑，1.8万名跑者沿滨江大道、桂花大道一路奔跑。本届马拉松设全程、"
       "半程和迷你跑三个项目，全程马拉松男子冠军成绩为2小时11分05秒，半程马拉松女子前三名均为本市选手。")
FANS = "青溪队球迷在看台上挥舞旗帜为主队助威。"
TRAINING = "青溪市少年足球队队员在东岭镇小学球场训练。"
LINE = "本版图片除署名外均由本报记者　陈朗　摄"
COPY = (
    "青溪队主场2:0战胜临江队\n\n"
    "本报讯（记者 马骁）12月6日晚，足球联赛第20轮在青溪体育场进行，青溪队坐镇主场以2∶0战胜临江队，取得三连胜，积分升至"
    "联赛第三位。当晚现场观众达一万八千余人。\n\n"
    "比赛第23分钟，青溪队边路传中，前锋周川头球破门。下半场第68分钟，替补登场的小将唐一帆远射得手，锁定胜局。\n\n"
    "赛后，主教练韩立说，球队防守稳固，年轻球员表现出色，接下来要继续保持专注。\n\n"
    "据了解，青溪队下一轮将于12月13日客场挑战东湖队。目前，青溪队与排名第二的球队积分相差2分。\n\n"
    "新编越剧《桂花谣》首演\n\n"
    "本报讯（通讯员 林岚）12月5日晚，市越剧团创作排演的现代越剧《桂花谣》在青溪大剧院首演，900余名观众观看了演出。\n\n"
    "该剧讲述了山村青年返乡种桂花、办合作社的故事，唱腔保留了越剧传统的韵味，又融入了现代舞美。\n\n"
    "图片新闻\n\n"
    "万名跑者奔跑在桂花大道\n\n"
    + RUN + "\n\n"
    "本报记者　陈朗　摄\n\n"
    + TRAINING + "\n\n" + FANS + "\n\n" + LINE + "\n"
)


def test_a_label_tells_a_picture_story():
    assert is_photo_story("图片新闻") and is_photo_story("【图片新闻】") and is_photo_story("图说：")
    assert is_photo_story(None, "图片报道") and is_photo_story("新闻图片")
    # a kicker about pictures is no label: 图片 in a phrase
    assert not is_photo_story("老照片里的城市记忆") and not is_photo_story("图片展开幕", "市民观看")
    assert photo_story_text("图片新闻", "万名跑者奔跑在桂花大道", None, [RUN]) == "万名跑者奔跑在桂花大道" + RUN


def test_the_credit_under_a_picture_storys_text_is_its_own():
    stories = [StoryParts(headline="青溪队主场2:0战胜临江队", paragraphs=["本报讯（记者 马骁）比赛很精彩。"]),
               StoryParts(kicker="图片新闻", headline="万名跑者奔跑在桂花大道", paragraphs=[RUN])]
    credits = ["本报记者　陈朗　摄", LINE]
    lines = ["青溪队主场2:0战胜临江队", "", "本报讯（记者 马骁）比赛很精彩。", "", "图片新闻", "", "万名跑者奔跑在桂花大道", "",
             RUN, "", "本报记者　陈朗　摄", "", LINE]
    assert own_credits(stories, credits, lines, PAGE_PHOTO_CREDIT) == {1: "本报记者　陈朗　摄"}
    # a credit at the page's foot, far from the story's text, is the page's
    lines = lines[:10] + [TRAINING, "", "本报记者　陈朗　摄", "", LINE]
    assert own_credits(stories, credits, lines, PAGE_PHOTO_CREDIT) == {}
    # nor is a story without the label a picture story
    assert own_credits([stories[0], StoryParts(headline="万名跑者奔跑在桂花大道", paragraphs=[RUN])], credits,
                       lines, PAGE_PHOTO_CREDIT) == {}


def test_a_picture_story_takes_the_photo_whose_name_says_the_words_of_its_text():
    """马拉松全景.jpg names neither heading nor caption: 马拉松 is said in the picture story's text."""
    stories = [StoryParts(headline="青溪队主场2:0战胜临江队", paragraphs=["比赛很精彩。"]),
               StoryParts(kicker="图片新闻", headline="万名跑者奔跑在桂花大道", paragraphs=[RUN])]
    pictured = {1: photo_story_text("图片新闻", "万名跑者奔跑在桂花大道", None, [RUN])}
    captions = [Caption(TRAINING), Caption(FANS, 0)]
    desk, spare = assign_photos([("", ""), ("", ""), ("", "")], captions, stories,
                                ["DSC_4502.jpg", "IMG_5802.jpg", "马拉松全景.jpg"], pictured)
    assert [(d.caption, d.story, d.caption_from) for d in desk] == [("", None, ""), ("", None, ""), ("", 1, "story")]
    # the other two: two photos, two captions — a toss; each waits offered both
    assert desk[0].offers == desk[1].offers == [TRAINING, FANS] and len(spare) == 2
    # one photo, the picture story its one "caption" left: paired, a guess said
    desk, _ = assign_photos([("", "")], [], stories, ["DSC_0001.jpg"], pictured)
    assert [(d.story, d.caption_from) for d in desk] == [(1, "story_only")]
    # a photo whose own caption is the picture story's text keeps the story: no other photo takes it
    desk, _ = assign_photos([(RUN, ""), ("", "")], [], stories, ["a.jpg", "马拉松2.jpg"], pictured)
    assert [d.caption_from for d in desk] == ["file", ""] and desk[0].story == 1


def test_compose_sets_a_picture_story_with_its_panorama_across_the_page(tmp_path, capsys):
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    write_jpeg(photos / "DSC_4502.jpg", 3000, 2000)
    write_jpeg(photos / "IMG_5802.jpg", 4032, 3024)
    write_jpeg(photos / "马拉松全景.jpg", 9000, 3000)
    result = compose("duikai", [copy], [photos], tmp_path / "page.yaml")
    doc = result.document
    page = doc.pages[0]
    story = next(s for s in doc.stories if s.kicker == "图片新闻")
    pano = next(p for p in doc.photos if p.file.endswith("马拉松全景.jpg"))
    assert pano.story == story.id
    # its text is the caption: not printed again under the photo; 陈朗's credit once, in the page's line
    assert pano.caption == "" and pano.credit == ""
    assert next(s for s in doc.stories if s.id == "credits").byline == LINE
    frames = {f.id: f for f in page.frames}
    photo, head, body = frames[f"{pano.id}-photo"], frames[f"{story.id}-head"], frames[f"{story.id}-body"]
    assert (photo.col, photo.cols) == (0, doc.grid.columns)                   # across the page
    assert head.line + head.lines == photo.line                               # the heading over it
    # the text under it: 105 characters in legs across the 8 columns would run one line a leg, a word
    # broken across the gutter (review27: 垃 | 圾, 14 pt apart); in one block 4 columns wide, lines of 55
    # characters (review 30) — in legs of body measure from the left, a basic column each, 3 lines deep
    # or more (about 110 characters at 13 a line: 9 lines, 3 legs)
    assert body.line == photo.line + photo.lines
    assert body.col == 0 and body.text_columns == body.cols and 2 <= body.cols <= 4 and body.lines >= 3
    # the largest photo on the page, never its smallest
    areas = {f.photo: f.cols * f.lines for f in page.frames if f.kind == "photo"}
    assert max(areas, key=areas.get) == pano.id
    # the two uncaptioned photos: no caption by order, they wait, both captions offered
    waiting = [p for p in doc.photos if p.id not in doc.placed_photos()]
    assert sorted(p.file.rsplit("/", 1)[-1] for p in waiting) == ["DSC_4502.jpg", "IMG_5802.jpg"]
    assert all(p.caption == "" for p in waiting)
    toss = [w for w in result.warnings if "nothing tells which caption is whose" in w]
    assert len(toss) == 1 and TRAINING in toss[0] and FANS in toss[0]
    assert all(f"{p.id} ({p.file})" in toss[0] for p in waiting)
    report = preflight(doc, tmp_path)
    codes = [f.code for f in report.warnings + report.errors]
    assert "picture-story-no-photo" not in codes and "photo-no-caption" not in codes
    # credited by the page's line, no caption, off the page: named
    assert sorted(f.where["photo"] for f in report.warnings if f.code == "photo-uncaptioned-unplaced") == \
        sorted(p.id for p in waiting)


def test_a_picture_storys_photo_not_a_panorama_is_set_large_and_no_hole_beside_it(tmp_path):
    """Its text (110 characters) beside a 5-column photo its crop limit keeps 25 lines tall would end
    after a few lines, a hole the band's depth under it (page A's 图片新闻: 22 empty lines in 3 columns):
    it is set in a stack, its photo large, its heading over its text."""
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY.replace(TRAINING + "\n\n" + FANS + "\n\n", ""), encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    write_jpeg(photos / "马拉松起跑.jpg", 3000, 2000)
    doc = compose("duikai", [copy], [photos], tmp_path / "page.yaml").document
    story = next(s for s in doc.stories if s.kicker == "图片新闻")
    frames = {f.id: f for f in doc.pages[0].frames}
    photo, head = frames["p1-photo"], frames[f"{story.id}-head"]
    body = [f for f in frames.values() if f.story == story.id and f.part == "body"]
    assert photo.cols >= 4 and photo.cols < doc.grid.columns
    assert head.col == photo.col and head.cols == photo.cols            # over its photo's columns, not beside
    assert all(photo.col <= f.col and f.col + f.cols <= photo.col + photo.cols for f in body)
    # nothing of the story's beside the photo: no text frame on its lines in the other columns
    assert not [f for f in body if f.line < photo.line + photo.lines and f.line + f.lines > photo.line
                and f.col >= photo.col + photo.cols]


def test_preflight_names_a_picture_story_placed_without_its_photo(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    doc = compose("duikai", [copy], [], tmp_path / "page.yaml").document
    report = preflight(doc, tmp_path)
    (found,) = [f for f in report.warnings if f.code == "picture-story-no-photo"]
    assert found.where["story"] == next(s.id for s in doc.stories if s.kicker == "图片新闻")
    # its credit, with no photo to go under, stays in the page's credit line: not lost
    assert "陈朗　摄　" in next(s for s in doc.stories if s.id == "credits").byline


def test_the_band_costs_no_story_its_place_but_a_brief(tmp_path):
    """A 四开 page whose lead runs long: a band across its foot leaves no room for the lead or a story headed
    as news — only a brief is held over (压稿) for it, as an editor cuts a brief before a picture story; and
    the picture story never stands in a stack as a stamp, its panorama under 4 columns (review27 #5)."""
    lead = "比赛第23分钟，青溪队边路传中，前锋周川头球破门。下半场第68分钟，替补登场的小将唐一帆远射得手，锁定胜局。\n\n"
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY.replace(TRAINING + "\n\n" + FANS + "\n\n", "").replace(lead, lead * 45), encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    write_jpeg(photos / "马拉松全景.jpg", 9000, 3000)
    result = compose("sikai", [copy], [photos], tmp_path / "page.yaml")
    doc = result.document
    by_head = {s.headline: s.id for s in doc.stories}
    held = set(result.decisions.get("held_over", []))
    assert held <= {by_head["新编越剧《桂花谣》首演"]}
    assert [p for p in result.problems if p.startswith("story")] == [p for p in result.problems if "held over" in p]
    assert not any(d.get("overset_lines") for d in result.decisions["stories"])
    frames = doc.pages[0].frames
    assert any(f.story == by_head["青溪队主场2:0战胜临江队"] for f in frames)
    (photo,) = [f for f in frames if f.kind == "photo"]
    assert photo.cols >= 4


def test_one_photo_and_several_captions_still_go_by_the_copys_order():
    """Several photos against any captions left are a toss; one photo left with two captions takes the
    copy's next, a guess said (as before); two photos and one caption: neither takes it by the files'
    order (review27: four photos for one caption gave it to the first file by name) — each waits with it
    offered."""
    captions = [Caption(TRAINING), Caption(FANS)]
    desk, spare = assign_photos([("", "")], captions, [], ["DSC_0001.jpg"])
    assert [(d.caption, d.caption_from, d.offers) for d in desk] == [(TRAINING, "copy", [])]
    assert [c.text for c in spare] == [FANS]
    desk, spare = assign_photos([("", ""), ("", "")], [Caption(FANS)], [], ["DSC_0001.jpg", "DSC_0002.jpg"])
    assert [(d.caption, d.caption_from, d.offers) for d in desk] == [("", "", [FANS]), ("", "", [FANS])]
    assert [c.text for c in spare] == [FANS]



def test_a_picture_storys_own_credit_follows_its_text(tmp_path):
    """Review 30: the credit of a picture story stood over its text; it follows it, on its last line
    right after its last leg — and preflight takes it as its photo's caption, touching it through the text."""
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY.replace("本报记者　陈朗　摄\n\n" + TRAINING, "本报记者　王五　摄\n\n" + TRAINING), encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    write_jpeg(photos / "马拉松全景.jpg", 9000, 3000)
    doc = compose("duikai", [copy], [photos], tmp_path / "page.yaml").document
    story = next(s for s in doc.stories if s.kicker == "图片新闻")
    pano = next(p for p in doc.photos if p.file.endswith("马拉松全景.jpg"))
    assert pano.credit == "本报记者　王五　摄" and pano.caption == ""
    frames = {f.id: f for f in doc.pages[0].frames}
    photo, body, credit = frames[f"{pano.id}-photo"], frames[f"{story.id}-body"], frames[f"{pano.id}-cap"]
    assert body.line == photo.line + photo.lines                       # the text right under the photo
    assert credit.line == body.line + body.lines - 1 and credit.lines == 1   # the credit on its last line
    assert credit.col == body.col + body.cols                          # right after the last leg
    found = preflight(doc, tmp_path).warnings
    assert "caption-apart" not in [f.code for f in found]
    # no white said beside the legs (the page is short of copy above the band: said of its stories)
    band = {photo.id, body.id, credit.id}
    assert not [f for f in found if f.code == "short" and f.where["frame"] in band]
