"""The reviewer's page on 四开 (review27 e/, finding 5): more copy than the page takes. What goes is what a
page editor holds over — briefs and fillers — never the 供暖 service notice while a brief stays; the 图片新闻
with its panorama 4 columns wide at least or set aside whole, never a stamp with its caption beside it; the
stories left off named, an error for preflight (compose exits 1), and the page never called short of copy."""
import contextlib
import io
import json

from PIL import Image

from layout_app.cli import main
from layout_app.io.docfile import load_document

COPY = """南屿市：把“一刻钟生活圈”建到群众家门口

　　本报讯（记者　宋雨桐）记者12月1日从市商务局获悉，今年以来，我市新建和改造社区食堂46家、便民菜店112个、家政服务站38个，全市已建成“一刻钟便民生活圈”57个，覆盖城区常住人口的82%。

记者调查
加装一部电梯要过几道坎
——我市老旧小区加装电梯情况调查
本报记者　何静　实习生　李想

　　“装好电梯以后，我一个月能下楼二十多次，以前一个月也下不了两次。”11月27日，城东区锦华小区5栋，82岁的王秀英老人从新装的电梯里走出来，笑着对记者说。
　　锦华小区建于1996年，共有18栋6层住宅，60岁以上的居民占四成多。今年9月，5栋成为小区第一个装上电梯的楼栋。从提出想法到电梯运行，这栋楼的居民花了整整两年。
　　据市住建局统计，我市2000年以前建成、没有电梯的多层住宅约有4600栋。自2021年启动既有住宅加装电梯工作以来，全市已签订加装协议的有1210栋，建成运行的只有386栋。记者走访了城东、江北、西湖3个区的9个小区发现，“意见难统一、资金难筹集、施工难协调”是居民说得最多的三道坎。
　　“楼上的方便了，我们一楼什么好处也没有，还要挡光、有噪声。”锦华小区5栋一楼住户张先生说，他最初是投了反对票的。
　　按照我市规定，加装电梯须经本单元三分之二以上业主同意，且利益受影响的低层业主没有明确反对意见。记者了解到，在已签订协议却迟迟没有开工的楼栋中，近一半卡在低层住户这一关。
　　5栋的办法是“多出钱的少用，少出钱的多用”：六楼住户出资比例最高，一楼不出钱，并由楼上住户凑出1.2万元，为一楼两户加装防盗窗、改造采光。“账算明白了，心里的疙瘩也就解开了。”张先生说。
　　记者从多家电梯企业了解到，一部6层电梯从设计、管线迁改到安装验收，费用一般在50万元至70万元之间。我市对每部加装电梯补助15万元，部分区再补5万元，剩下的由本单元业主分摊，每户少则几千元，多则七八万元。
　　今年起，我市推行“成片加装”，一个小区统一设计、统一招标、统一施工，管线迁改一次到位。西湖区春晖小区一次加装电梯14部，平均每部造价比单独加装低了8万多元，工期缩短了约两个月。
　　市住建局有关负责人表示，明年将把加装电梯纳入老旧小区改造统筹推进，并简化审批手续，让更多“悬空老人”早日实现“上下楼自由”。

记者问答
医保年度结算有哪些新变化
——访市医保局待遇保障处负责人
本报记者　宋雨桐

　　2027年度城乡居民医保集中缴费将于12月31日截止。今年的缴费和报销有哪些新变化？记者采访了市医保局待遇保障处负责人。
　　问：今年城乡居民医保的缴费标准是多少？
　　答：2027年度个人缴费标准为每人每年400元，与上年持平。特困人员、低保对象等困难群众的个人缴费部分，由政府按规定给予全额或定额资助。
　　问：群众可以通过哪些渠道缴费？
　　答：可以通过“南屿医保”微信小程序、各大银行App缴费，也可以到所在村（社区）便民服务站缴纳。请大家认准官方渠道，不要轻信陌生电话和短信。
　　问：明年报销方面有什么新变化？
　　答：主要有两点。一是门诊共济保障进一步提高，在基层医疗机构看门诊的报销比例由50%提高到55%；二是异地就医更方便，参保人在省内就医不用再备案，直接刷医保码就能结算。

今冬供暖即将开始　这些事项请留意

　　本报讯（记者　周楠　通讯员　孙晓岚）记者从市城市管理局获悉，我市今冬集中供暖将于12月5日零时起开始试运行，12月10日正式供暖，至明年3月10日结束。市城市管理局提醒广大市民注意以下事项：
　　1. 试运行期间请留人在家，发现跑水、漏水请及时关闭阀门并报修。
　　2. 室内温度不低于18℃，连续低于标准温度的可拨打12319热线投诉。
　　3. 不要私自改装暖气片、放水或加装循环泵，以免影响整栋楼的供暖效果。
　　4. 家中长期无人的住户，请提前告知供热企业，并留下联系方式。

链接
什么是“一刻钟便民生活圈”
　　“一刻钟便民生活圈”是指以社区居民为服务对象，服务半径为步行15分钟左右的范围内，以满足居民日常生活基本消费和品质消费等为目标，以多业态集聚形成的社区商圈。
　　2023年，商务部等13部门印发通知，提出全面推进城市一刻钟便民生活圈建设。我市自2024年起开展试点，按照“一圈一方案”的思路补齐社区服务短板。

图片新闻
江滨夜市重新开张
　　11月29日晚，经过3个月改造的江滨夜市重新开张，120个摊位统一更换了防雨棚和照明设施，并增设了公共座椅和垃圾分类点，吸引了众多市民前来品尝小吃、休闲购物。
通讯员　吴桐　摄

城西首个“长者食堂”开餐
　　本报讯（记者　何静）12月1日，城西区首个“长者食堂”在桂花社区开餐。60岁以上老人凭卡就餐可享受8折优惠，80岁以上老人每餐再减2元。食堂还为行动不便的老人提供送餐上门服务。

市民热线上月受理诉求3.6万件
　　本报讯（记者　周楠）市12345政务服务便民热线近日公布11月运行情况：当月共受理群众诉求3.6万件，办结率98.7%，群众满意率96.2%。诉求主要集中在物业管理、供暖、交通出行等方面。

我市新增20个公交候车亭
　　本报讯（通讯员　陈可）近日，市公交集团在城北新区、高铁站片区等地新建20个公交候车亭，并为其中8个站台安装了电子站牌，市民可实时查看车辆到站信息。

读者来信
小区门口的“断头路”何时能打通
　　编辑同志：
　　我家住在城北新区锦绣花园，小区南门外的滨河路修到一半就停了工，已经两年多了。路的尽头堆着建筑垃圾，晚上没有路灯，孩子上学、老人买菜都要绕行一公里多。
　　前些天下雨，几位老人在泥地里滑倒。希望有关部门能尽快给个说法，早日把这条路打通。我们希望相关部门能公开工程进度，让大家知道这条路什么时候能修好。
城北新区锦绣花园居民　周立新
"""
# the briefs and fillers an editor may hold over; the service notice and the second stories are not among them
ORDER = ["什么是“一刻钟便民生活圈”", "城西首个“长者食堂”开餐", "市民热线上月受理诉求3.6万件", "我市新增20个公交候车亭",
         "小区门口的“断头路”何时能打通"]      # (the reader's letter: under its label, 165 characters, a brief's rank)
FILLERS = set(ORDER)
PICTURE = "江滨夜市重新开张"


def test_sikai_holds_over_briefs_not_the_notice_and_no_stamp_picture_story(tmp_path):
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    (tmp_path / "photos").mkdir()
    Image.new("RGB", (3000, 900), (40, 120, 200)).save(tmp_path / "photos" / "江滨夜市全景.jpg", quality=60)
    out = tmp_path / "page.yaml"
    got = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(got):
        code = main(["compose", "--template", "sikai", "--lang", "en", "--copy", str(tmp_path / "copy.txt"),
                     "--photos", str(tmp_path / "photos"), "-o", str(out), "--json"])
    report = json.loads(got.getvalue())
    doc = load_document(out)
    page = doc.pages[0]
    on_page = {doc.story(f.story).headline for f in page.frames if f.story and f.story.startswith("s")}
    held = {doc.story(s).headline for s in report["decisions"].get("held_over", [])}
    off = {s.headline for s in doc.stories if s.id.startswith("s")} - on_page
    # this copy is about what 四开 takes: what is held over (if anything: with the panorama set narrower,
    # wt-photos, the page may take it all) is only what an editor cuts first, and nothing runs over
    assert off == held
    assert not any(d.get("overset_lines") for d in report["decisions"]["stories"])
    assert held <= FILLERS | {PICTURE}
    assert "今冬供暖即将开始　这些事项请留意" in on_page
    # a brief held over while another stays is the later in the copy
    kept = [h for h in ORDER if h not in held]
    assert all(ORDER.index(h) > ORDER.index(kept[-1]) for h in held & FILLERS)
    # the picture story: its panorama 4 columns wide at least, or not on the page at all
    shots = [f for f in page.frames if f.kind == "photo"]
    pano = [f for f in shots if doc.photo(f.photo).file.endswith("江滨夜市全景.jpg")]
    assert (PICTURE in on_page and pano and pano[0].cols >= 4) or (PICTURE not in on_page and not pano)
    # said as stories held over, not as a page short of copy; an error for preflight: exit 1
    assert not any("short of copy" in w for w in report["warnings"])
    assert sum("held over (压稿)" in w for w in report["warnings"]) == len(held)
    assert sum("is on no page" in e for e in report["preflight_errors"]) == len(held)
    assert code == (1 if held else 0)
