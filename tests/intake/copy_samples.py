"""Copy written for the tests, damaged the way copy taken out of a PDF is."""

# A whole page of copy: a page lead, two stories (kicker, headline, byline, body) with a sentence
# broken across a column end ("卫\n\n生"), a line broken inside a number ("隐患\n15处" style),
# half-width punctuation, captions standing alone, page credits, and the banner at the end.
PAGE = (
    "\n"
    "今年以来,我市把“办好民生实事”作为重点工作,在全市推出了20项便民举措,群众反响良好。\n"
    "\n"
    "绿色出行 低碳生活\n"
    "\n"
    "东湖区:公共自行车站点增至300个\n"
    "本报记者 陈思\n"
    "\n"
    "为方便市民出行,东湖区今年新增公共自行车站点86个,全区站点总数达到300个,投放车辆6500辆。\n"
    "\n"
    "“以前从地铁站到单位要走二十分钟,现在骑车五分钟就到了。”在区政府附近上班的小刘说,他每天都会用手机扫码借车,既方便又环\n"
    "\n"
    "保。\n"
    "\n"
    "据介绍,东湖区还将结合道路改造,新建非机动车道18公里,进一步改善骑行环境。\n"
    "\n"
    "\n"
    "\n"
    "市民在东湖区地铁站旁的公共自行车站点借车。\n"
    "\n"
    "暖心服务 情系百姓\n"
    "\n"
    "南山街道:“家门口”的办事大厅\n"
    "\n"
    "南山街道便民服务中心近日正式投入使用,共设置综合窗口12个,可办理社保、医保、户籍等事项86项。\n"
    "\n"
    "中心负责人说,今年以来已累计接待群众1.6万人次,平均等候时间不超过十分钟,办结事项\n"
    "4200件,群众满意率达到99%。\n"
    "\n"
    "本版稿件由本报记者 陈思 采写\n"
    "本版图片由本报记者 周航 摄\n"
    "\n"
    "\n"
    "\n"
    "南山街道便民服务中心的工作人员为群众办理业务。\n"
    "\n"
    "民生实事暖人心\n"
    "\n"
    "——我市推进民生实事项目综述\n"
)

# A single story, as a reporter files it: indented with full-width spaces, CRLF line ends.
STORY = (
    "春风行动送岗位\r\n"
    "\r\n"
    "本报记者 李雪\r\n"
    "\r\n"
    "　　昨天上午，“春风行动”专场招聘会在市人力资源市场举行，120家企业带来3000多个岗位。\r\n"
    "　　前来应聘的王女士说：“岗位很多，工资待遇也透明，我已经和两家企业谈好了面试时间。”\r\n"
)

TRADITIONAL_STORY = "春風行動送崗位\n\n本報記者 李雪\n\n昨天上午，「春風行動」專場招聘會在市人力資源市場舉行，一百二十家企業帶來三千多個崗位。\n"
