"""A chief editor's page A (review23): the lead story's text ran as a band of 7 lines across 4 columns
under its headline, its two photos stacked under it, its headline on one line of ~29 pt. A page editor
sets the lead's text in legs a reader settles into with a photo of its own beside them, its headline
large. The page here is written by hand in the same shape (a short lead of ~330 characters with two
photos, a landscape and a portrait, and five briefs, most with a photo, on the 8-column duikai
page); the expectations are what the reviewer asked for, not what the program gave."""

import pytest

from layout_app.layout import choosing, stacking
from tests.intake.composed import compose_copy, side_by_side

COPY = """江城：老旧小区改造惠及十万居民

——我市2026年城市更新工作年度综述

本报讯（记者 林晓）今年以来，我市把老旧小区改造列为城市更新的头号工程，全年改造小区118个，惠及居民10.2万人，加装电梯、改造管网、增设停车位等一批实事落地见效。

让老房子焕发新活力

东湖区完成46个老旧小区综合改造

加装电梯、改造管网、增设车位“一起办”　惠及居民2.1万户

本报记者 林晓　通讯员 周平

上午9时，东湖区桂园小区新装的电梯缓缓停在六楼。82岁的居民陈桂芳笑着说：“以前下一趟楼要歇三回，现在按个按钮就到了。”

今年，东湖区对辖区46个老旧小区实施综合改造，改造内容涵盖外墙保温、雨污分流、弱电入地和加装电梯等12项，总投资3.6亿元。

为让改造“改得好、管得住”，区里引入专业物业公司，对改造后的小区实行长效管理，并由居民代表全程参与监督。目前，已有38个小区完成验收。

东湖区住建局负责人表示，明年将重点推进背街小巷和口袋公园建设。

东湖区桂园小区新加装的电梯投入使用。（本报记者 林晓 摄）

施工人员在东湖区枫林小区铺设新管网。（通讯员 周平 摄）

城北新建三座口袋公园

本报记者 吴敏

近日，城北街道利用拆违腾出的空地新建三座口袋公园，园内设有健身步道、儿童游乐区和休息长廊，周边居民步行五分钟即可到达。

街道负责人介绍，三座口袋公园由居民投票选定设计方案，园内的座椅、路灯和垃圾桶都按居民意见布置。明年还将再建五座口袋公园，让居民推窗见绿、出门进园。

居民在城北新建的口袋公园里散步。（本报记者 吴敏 摄）

南湖社区开办“四点半课堂”

本报记者 吴敏

每天下午四点半，南湖社区活动室里就热闹起来。放学后的孩子们在志愿者的辅导下写作业、读绘本，家长下班后再来接。

社区负责人说，课堂开办半年来，已有120多名孩子参加，志愿者队伍也从最初的8人发展到40人。

孩子们在南湖社区“四点半课堂”里读绘本。（本报记者 吴敏 摄）

江城公交开通三条夜间线路

见习记者 郑可

本月起，市公交集团开通三条夜间公交线路，运营时间延长至次日凌晨一时，覆盖火车站、大学城和主要商圈，方便夜间出行的市民。

市公交集团介绍，夜间线路沿途设有48个站点，车辆全部为新能源公交车，车内配有监控和一键报警装置，票价与白天相同。

市民在火车站乘坐新开通的夜间公交。（见习记者 郑可 摄）

城西菜市场完成提档升级

本报记者 吴敏

走进改造后的城西菜市场，地面干净整洁，摊位整齐划一，每个摊位上方都挂着电子价签。市场还设立了农残检测室，每天对蔬菜抽检，结果在大屏上公示。

市商务局介绍，今年全市共有12家农贸市场完成提档升级，明年将再改造15家，并推动市场与社区团购、即时配送对接，让居民买菜更方便。

“以前下雨天满地是水，现在逛市场舒心多了。”正在买菜的居民刘阿姨说。

江城河道治理完成年度任务

本报记者 郑可

今年，我市对城区17条河道实施清淤、截污和生态修复，新建污水管网42公里，河道水质全部达到地表水四类以上标准。沿河新建的滨水步道串起了8个社区，成了居民散步健身的好去处。

市水务局负责人表示，明年将把治理范围扩大到城郊河道，并建立河道长效管护机制，做到有人管、管得好。

全市新增停车泊位5000个

本报讯　今年以来，我市通过挖潜老旧小区空地、建设立体停车库等方式，新增停车泊位5000个，缓解了居民停车难问题。

市住建局相关负责人说，明年将继续推进错时共享停车，鼓励机关和企事业单位在夜间向周边居民开放停车场。

新建的立体停车库投入使用。（本报记者 林晓 摄）
"""

# a photo for each caption, named by its words (the copy's caption its file name names); the lead's
# first a landscape photo, its second a portrait
PHOTOS = {"桂园小区电梯.jpg": (3000, 2000), "枫林小区管网.jpg": (2000, 3000), "城北口袋公园.jpg": (3000, 2000),
          "四点半课堂.jpg": (3000, 2000), "夜间公交.jpg": (2000, 3000), "立体停车库.jpg": (3000, 2000)}

LEAD_LEGS = 10        # lines a leg of the lead's text at least, across 3 columns or more
LEAD_HEADLINE = 30.0  # pt: the lead's headline at least (the banner 42 pt, 初号; the lead's cap a size under: 36)


def _compose(tmp_path):
    return compose_copy(tmp_path, COPY, PHOTOS)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return _compose(tmp_path_factory.mktemp("leadlegs"))


def test_the_page_is_set_whole(page):
    code, report, doc = page
    assert code == 0
    assert len(doc.pages[0].frames) and not report.get("unplaced")
    assert not any(d.get("overset_lines") for d in report["decisions"]["stories"])


def test_the_leads_text_stands_beside_a_photo_of_its_own_in_deep_legs(page):
    _, report, doc = page
    lead = next(d for d in report["decisions"]["stories"] if d["rank"] == 1)
    assert lead["headline"] == "东湖区完成46个老旧小区综合改造"
    frames = doc.pages[0].frames
    body = [f for f in frames if f.story == lead["story"] and f.part == "body"]
    photos = [f for f in frames if f.photo and f.part != "caption"
              and any(p["photo"] == f.photo for p in lead["photos"])]
    # its photos on the page: its two captions' — the 立体停车库 photo its reporter 林晓 took shows what
    # the 停车 brief's headline names and its text says (建设立体停车库): the brief's, though the
    # photographer is the lead's byline (review 7: the content of a caption outweighs its photographer)
    file = {ph.id: ph.file.rsplit("/", 1)[-1] for ph in doc.photos}
    assert sorted(file[p["photo"]] for p in lead["photos"]) == ["枫林小区管网.jpg", "桂园小区电梯.jpg"] and len(photos) == 2
    parking = next(d for d in report["decisions"]["stories"] if d["headline"] == "全市新增停车泊位5000个")
    assert [file[p["photo"]] for p in parking["photos"]] == ["立体停车库.jpg"]
    # no band across the stack: a leg across 3 columns or more is LEAD_LEGS lines deep at least
    assert all(f.lines >= LEAD_LEGS for f in body if f.cols >= 3)
    # a photo of its own beside its text, and the deepest leg a reader's depth
    assert any(side_by_side(f, p) for f in body for p in photos)
    assert max(f.lines for f in body) >= LEAD_LEGS


def test_the_leads_headline_is_large(page):
    _, report, _ = page
    lead = next(d for d in report["decisions"]["stories"] if d["rank"] == 1)
    assert lead["headline_size"] >= LEAD_HEADLINE
    # and the largest on the page under the banner
    assert all(d["headline_size"] < lead["headline_size"] for d in report["decisions"]["stories"] if d is not lead)


def test_without_the_lead_legs_rule_the_lead_runs_as_a_band(tmp_path, monkeypatch):
    """The break: the lead's legs weighed as any story's (LEG_MIN) and no way with a photo of a shallow
    text set beside it — the page as the reviewer saw it, the lead's text a band under its headline."""
    monkeypatch.setattr(stacking, "LEAD_LEG", stacking.LEG_MIN)
    monkeypatch.setattr(choosing, "LEAD_BESIDE", False)
    _, report, doc = _compose(tmp_path)
    lead = next(d for d in report["decisions"]["stories"] if d["rank"] == 1)
    body = [f for f in doc.pages[0].frames if f.story == lead["story"] and f.part == "body"]
    assert any(f.cols >= 3 and f.lines < LEAD_LEGS for f in body)
