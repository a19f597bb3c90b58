"""Review30's sports page, composed as a desk sends it: a match report with two action photos (caption and
credit in their files) and a crowd shot (its caption in the copy, its credit on the line under it), a
feature with its portrait (caption in IPTC), a picture story's panorama, a photo with no caption anywhere,
captions and credits and 本版责任编辑 at the copy's end. Expectations written by hand from how a desk
sets such a page, not from the program's output."""
import pytest

from layout_app.intake.compose import compose
from layout_app.io.docfile import save_document
from layout_app.preflight.checks import preflight
from tests.photos import with_iptc, with_xmp, write_jpeg

LEAD = ("本报讯 11月29日晚，城市足球超级联赛第二十轮在市奥体中心体育场进行，主队海港队在先失一球的情况下连入三球，"
        "以3∶1逆转江城队，积分升至45分，重回榜首。当晚到场观众达32416人，创本赛季上座纪录。\n\n"
        "比赛第12分钟，江城队外援接队友传中头球破门，客队1∶0领先。落后的海港队随即加强边路进攻，第38分钟，前锋王磊"
        "禁区内转身抽射扳平比分。此后双方你来我往，江城队门将李强数次化解险情，上半场双方战成1∶1。\n\n"
        "易边再战，海港队主帅陈国栋换上两名年轻球员，场面逐渐占优。第67分钟，20岁的中场刘洋在禁区弧顶接球后一脚远射，"
        "皮球直挂球门死角；第89分钟，王磊在混战中补射得手，锁定胜局。全场比赛，海港队射门19次，其中射正8次。\n\n"
        "这场胜利对海港队意义重大。此前三轮联赛，海港队两平一负，一度被江城队反超。赛后，陈国栋在新闻发布会上说："
        "“球员们顶住了压力，下半场的表现才是我们应有的样子。我们没有时间庆祝，下一场比赛同样重要。”\n\n"
        "根据赛程，下一轮海港队将于12月6日客场挑战北岭队，江城队则坐镇主场迎战东湖队。联赛还剩最后两轮，"
        "冠军悬念仍将保持到最后。\n\n")
FEATURE = ("早上5点半，天还没亮，市体育运动学校的游泳馆里已经亮起了灯。17岁的林小雨像往常一样第一个下水，先游2000米"
           "热身，再做分段冲刺。这样的清晨，她已经坚持了整整8年。\n\n"
           "今年10月，在全国青年游泳锦标赛女子200米自由泳决赛中，林小雨以1分42秒36的成绩夺得金牌，这也是我市运动员"
           "时隔9年再次站上这一项目的最高领奖台。\n\n"
           "专业训练的辛苦远超想象。每天上午文化课，下午和清晨各一练，一周训练量超过60公里。“小雨的优点是肯吃苦，"
           "转身和到边的技术细节抠得特别细。”她的主管教练周敏说。\n\n"
           "林小雨的偶像是美国名将Katie Ledecky。她说，自己下一个目标是进入国家集训队，“在更大的舞台上为家乡争光”。\n\n")
BRIEFS = ("CBA常规赛 本市球队主场两连胜\n\n"
          "本报讯（记者 孙七）11月30日晚，CBA常规赛第十二轮在市体育馆进行，本市球队以108∶96战胜来访的山西队，"
          "取得主场两连胜。外援全场得到31分12个篮板，本土球员周浩贡献18分7次助攻。\n\n"
          "体育简讯\n\n■我市全民健身运动会开幕\n\n"
          "11月28日，第十五届市全民健身运动会在市体育中心开幕。本届运动会设置广场舞、门球、乒乓球等23个比赛项目，"
          "预计参赛人数超过1.2万人次。\n\n"
          "■市马拉松报名人数创新高\n\n"
          "2027市马拉松赛报名人数达到68523人，较上届增长21%。组委会将于12月20日前公布抽签结果。\n\n")
COPY = ("城市足球超级联赛第二十轮战罢 海港队领跑积分榜\n\n——本周末我市体坛赛事综述\n\n"
        "主场连扳三球 终结三轮不胜\n\n海港队3∶1逆转江城队\n\n本报记者 张三\n\n" + LEAD +
        "十七岁的林小雨：1分42秒36背后的每一个清晨\n\n——记我市游泳小将林小雨\n\n本报记者 李四\n\n" + FEATURE + BRIEFS +
        "图片新闻\n\n冬泳爱好者迎寒而上\n\n"
        "12月1日清晨，气温降至零下2℃，数十名冬泳爱好者在市区滨江公园冬泳点下水畅游。我市冬泳协会现有会员600余人，"
        "年龄最大的已经78岁。协会会长赵建华提醒，冬泳要循序渐进，切忌空腹下水和酒后下水。\n\n"
        "本报记者 王五 摄\n\n"
        "海港队球迷在看台上为球队加油助威。\n\n本报记者 张三 摄\n\n"
        "林小雨在训练中。\n\n本报记者 李四 摄\n\n"
        "本版责任编辑 赵六\n")
GOAL = "11月29日晚，海港队前锋王磊（右）在比赛中射门得分。"
SWIMMER = "林小雨在市体育运动学校游泳馆训练。"


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sports")
    photos = tmp / "photos"
    photos.mkdir()
    with_xmp(photos / "DSC_4412.jpg", GOAL, "张三", "本报记者", 6000, 4000)
    with_xmp(photos / "DSC_4587.jpg", "第89分钟，王磊（中）打入锁定胜局的进球后与队友庆祝。", "张三", "本报记者", 6000, 4000)
    with_iptc(photos / "IMG_0718.jpg", SWIMMER, "本报记者 李四", width=4000, height=6000)
    write_jpeg(photos / "冬泳爱好者迎寒而上.jpg", 12000, 3000)
    write_jpeg(photos / "海港队球迷.jpg", 6000, 4000)
    write_jpeg(photos / "DSC_0093.jpg", 6000, 4000)               # no caption anywhere
    copy = tmp / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    return tmp, copy, photos


def composed(desk, template):
    tmp, copy, photos = desk
    out = tmp / template / "page.yaml"
    out.parent.mkdir(exist_ok=True)
    result = compose(template, [copy], [photos], out)
    save_document(result.document, out)
    return result, out


@pytest.fixture(scope="module")
def duikai(desk):
    return composed(desk, "duikai")


@pytest.fixture(scope="module")
def sikai(desk):
    return composed(desk, "sikai")


def by_file(doc):
    return {p.file.rsplit("/", 1)[1]: p for p in doc.photos}


def frames_of(doc):
    return {f.id: f for f in doc.pages[0].frames}


def test_a_photo_with_no_caption_is_not_placed_with_anothers_caption(duikai):
    result, _ = duikai
    doc = result.document
    photos, frames = by_file(doc), frames_of(doc)
    blank = photos["DSC_0093.jpg"]
    # 林小雨在训练中。 names whom IMG_0718's own caption names: that photo's second caption, never the blank one's
    assert blank.caption == "" and f"{blank.id}-photo" not in frames
    assert not any(p.caption.startswith("林小雨在训练中") for p in doc.photos)
    swimmer = photos["IMG_0718.jpg"]
    assert swimmer.caption == SWIMMER and "林小雨在训练中。" in swimmer.comment
    assert f"{swimmer.id}-photo" in frames
    # the waiting photo said once in what compose reports
    assert len([w for w in result.warnings + result.problems if "DSC_0093" in w]) == 1


def test_the_credit_line_after_a_caption_credits_that_photo(duikai):
    result, out = duikai
    doc = result.document
    assert by_file(doc)["海港队球迷.jpg"].credit == "本报记者 张三 摄"
    # the page's foot: no photographer credited under a photo again, no 责任编辑 in the photo credit line
    foot = {f.story for f in doc.pages[0].frames if f.story and not f.story.startswith(("s", "banner"))}
    lines = {sid: doc.story(sid).byline for sid in foot if doc.story(sid).byline}
    photo_line = [t for t in lines.values() if "摄" in t]
    assert not any(name in t for t in photo_line for name in ("张三", "李四", "责任编辑"))
    # on the page once: in the running head's {editor} (its master has one), else a foot line of its own
    assert doc.pages[0].editor == "赵六" or "本版责任编辑 赵六" in lines.values()
    # every photo on the page is credited: no finding says a photo has no credit
    codes = {f.code for f in preflight(doc, out.parent).warnings}
    assert not codes & {"photo-no-credit", "photo-unlabelled"}


def test_a_photographer_left_for_the_line_is_its_photo_credit_not_a_missing_one(tmp_path):
    """A credit of the copy under no caption ('本报记者 钱八 摄') prints in the page's credit line; a photo
    with no credit of its own on that page is not reported as having no credit line — the line is printed
    right there. 本版责任编辑 stays off that line."""
    photos = tmp_path / "photos"
    photos.mkdir()
    with_xmp(photos / "goal.jpg", GOAL, "", "", 6000, 4000)          # a caption, no credit
    copy = tmp_path / "copy.txt"
    copy.write_text("主场连扳三球 终结三轮不胜\n\n海港队3∶1逆转江城队\n\n本报记者 张三\n\n" + LEAD +
                    "本报记者 钱八 摄\n\n本版责任编辑 赵六\n", encoding="utf-8")
    out = tmp_path / "page.yaml"
    doc = compose("duikai", [copy], [photos], out).document
    save_document(doc, out)
    credits = doc.story("credits").byline
    assert "钱八" in credits and "责任编辑" not in credits
    assert doc.pages[0].editor == "赵六" or any(s.byline == "本版责任编辑 赵六" for s in doc.stories if s.id != "credits")
    report = preflight(doc, out.parent)
    assert not [f for f in report.warnings if f.code in ("photo-no-credit", "photo-unlabelled")]


def test_the_lead_storys_news_photo_is_its_largest(duikai):
    result, _ = duikai
    doc = result.document
    photos, frames = by_file(doc), frames_of(doc)
    area = {name: frames[f"{p.id}-photo"].cols * frames[f"{p.id}-photo"].lines
            for name, p in photos.items() if f"{p.id}-photo" in frames and p.story == "s1"}
    # the action photo with the photo desk's caption and credit, not the crowd shot
    assert max(area, key=area.get) == "DSC_4412.jpg", area
    assert area.get("海港队球迷.jpg", 0) < area["DSC_4412.jpg"]


def test_on_a_tabloid_the_picture_story_stays(sikai):
    result, out = sikai
    doc = result.document
    frames = frames_of(doc)
    panorama = by_file(doc)["冬泳爱好者迎寒而上.jpg"]
    story = panorama.story
    assert f"{panorama.id}-photo" in frames and f"{story}-body" in frames
    # across 4–6 of the page's 6 columns, not a stamp
    assert 4 <= frames[f"{panorama.id}-photo"].cols <= doc.grid.columns
    assert not [p for p in result.problems if story in p]
    assert preflight(doc, out.parent).errors == []
