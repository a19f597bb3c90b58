"""headthemes: a kicker's short theme poppler gave before another story's headline goes to the story
whose text tells of it (pdftotext's default flows). Heading lines and columns written out by hand."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, HEAD
from layout_app.intake.headthemes import themes_moved
from layout_app.intake.pdfpieces import Piece

THEME = Piece(HEAD, ["体育惠民"], 0, 0)
RIVER_HEAD = Piece(HEAD, ["家门口多了个护河志愿队"], 1, 1)
RIVER = Piece(BODY, ["  入冬以来，志愿者每天沿河", "巡查，清捡河道垃圾，河水清", "了，白鹭也回来了。"], 2, 2)
RACE_LABEL = Piece(HEAD, ["玉泉乡："], 3, 3)
RACE_HEAD = Piece(HEAD, ["三千名选手同场竞技"], 4, 4)
RACE = Piece(BODY, ["  近日，玉泉乡举办全民体育", "运动会，选手们奋力拼搏。体", "育馆里座无虚席。"], 5, 5)


def test_a_theme_no_word_of_which_its_story_says_goes_to_the_story_that_tells_of_it():
    # '体育惠民' given before the river story's headline: the river story never says 体育, the race story
    # (its headline alone, under its place's label) says it twice — the theme is its kicker
    heads = {0: [THEME, RIVER_HEAD], 1: [RACE_LABEL, RACE_HEAD]}
    themes_moved(heads, [[RIVER], [RACE]], 13)
    assert heads == {0: [RIVER_HEAD], 1: [THEME, RACE_LABEL, RACE_HEAD]}


def test_a_theme_stays_where_its_story_says_a_word_of_it_or_the_other_has_a_kicker():
    # the river story saying 体育 once keeps it; so it stays where the other story has a kicker of its
    # own, or says the theme's words only once
    said = Piece(BODY, RIVER.lines[:2] + ["了，体育健身的人也多了。"], 2, 2)
    heads = {0: [THEME, RIVER_HEAD], 1: [RACE_LABEL, RACE_HEAD]}
    themes_moved(heads, [[said], [RACE]], 13)
    assert heads == {0: [THEME, RIVER_HEAD], 1: [RACE_LABEL, RACE_HEAD]}
    kicker = Piece(HEAD, ["全民健身 活力玉泉乡"], 3, 3)
    heads = {0: [THEME, RIVER_HEAD], 1: [kicker, RACE_HEAD]}
    themes_moved(heads, [[RIVER], [RACE]], 13)
    assert heads == {0: [THEME, RIVER_HEAD], 1: [kicker, RACE_HEAD]}
    once = Piece(BODY, ["  近日，玉泉乡举办全民体育", "运动会，选手们奋力拼搏。"], 5, 5)
    heads = {0: [THEME, RIVER_HEAD], 1: [RACE_HEAD]}
    themes_moved(heads, [[RIVER], [once]], 13)
    assert heads == {0: [THEME, RIVER_HEAD], 1: [RACE_HEAD]}


def test_a_theme_set_in_the_headline_s_flow_or_a_label_is_no_lone_theme():
    # a short line in the headline's own flow is the headline's first line; a line with a colon, a label
    in_flow = Piece(HEAD, ["体育惠民"], 1, 1)
    heads = {0: [in_flow, Piece(HEAD, ["家门口多了个护河志愿队"], 2, 1)], 1: [RACE_HEAD]}
    themes_moved(heads, [[RIVER], [RACE]], 13)
    assert heads[1] == [RACE_HEAD]
    label = Piece(HEAD, ["体育：惠民"], 0, 0)
    heads = {0: [label, RIVER_HEAD], 1: [RACE_HEAD]}
    themes_moved(heads, [[RIVER], [RACE]], 13)
    assert heads[1] == [RACE_HEAD]


# a story's headline, then a theme alone in its flow, then another story's headline: poppler's order
TRAIN_HEAD = Piece(HEAD, ["东湖村技能培训班人气旺"], 10, 10)
TRAIN_DECK = Piece(HEAD, ["——东湖村技能培训见闻"], 13, 13)
CARE = Piece(HEAD, ["敬老月里话养老"], 11, 11)
MEAL_HEAD = Piece(HEAD, ["一碗热饭里的民生温度"], 12, 12)
TRAIN = Piece(BODY, ["  近日，东湖村技能培训班开", "班，村民们学会了直播带货。"], 14, 14)
MEAL = Piece(BODY, ["  中午 11 点，老年食堂里飘", "出阵阵饭菜香，老人们排队打饭。"], 15, 15)


def test_a_theme_given_after_its_story_s_headline_is_the_kicker_of_the_headline_given_next():
    # 引题 → 主题: a kicker stands over its headline, never under one — the theme poppler gives after
    # the training story's headline, right before the meal story's lone headline, is the meal story's kicker
    heads = {0: [TRAIN_HEAD, CARE, TRAIN_DECK], 1: [MEAL_HEAD]}
    themes_moved(heads, [[TRAIN], [MEAL]], 13)
    assert heads == {0: [TRAIN_HEAD, TRAIN_DECK], 1: [CARE, MEAL_HEAD]}


def test_a_theme_after_a_label_or_before_a_kicked_headline_or_a_headline_s_length_stays():
    # after a place's label and its theme ('东湖村：敬老爱老') the line is that story's headline
    label = Piece(HEAD, ["东湖村：敬老爱老"], 10, 10)
    heads = {0: [label, CARE], 1: [MEAL_HEAD]}
    themes_moved(heads, [[TRAIN], [MEAL]], 13)
    assert heads == {0: [label, CARE], 1: [MEAL_HEAD]}
    # the next story has a kicker already: the theme is no second one
    kicker = Piece(HEAD, ["幸福养老 温暖同行"], 9, 9)
    heads = {0: [TRAIN_HEAD, CARE], 1: [kicker, MEAL_HEAD]}
    themes_moved(heads, [[TRAIN], [MEAL]], 13)
    assert heads == {0: [TRAIN_HEAD, CARE], 1: [kicker, MEAL_HEAD]}
    # poppler gives something between the theme and the next headline (a caption): not right over it
    far = Piece(HEAD, ["一碗热饭里的民生温度"], 13, 12)
    heads = {0: [TRAIN_HEAD, CARE], 1: [far]}
    themes_moved(heads, [[TRAIN], [MEAL]], 13)
    assert heads == {0: [TRAIN_HEAD, CARE], 1: [far]}
    # a line of a headline's length says more than a theme: a headline of its own
    long = Piece(HEAD, ["老年食堂让老人们乐在其中"], 11, 11)
    heads = {0: [TRAIN_HEAD, long], 1: [MEAL_HEAD]}
    themes_moved(heads, [[TRAIN], [MEAL]], 13)
    assert heads == {0: [TRAIN_HEAD, long], 1: [MEAL_HEAD]}
    # the next story has two heading lines of a headline's rank: one of them may be its kicker already
    second = Piece(HEAD, ["老人吃得舒心 子女更放心"], 16, 16)
    heads = {0: [TRAIN_HEAD, CARE], 1: [MEAL_HEAD, second]}
    themes_moved(heads, [[TRAIN], [MEAL]], 13)
    assert heads == {0: [TRAIN_HEAD, CARE], 1: [MEAL_HEAD, second]}


def test_a_theme_right_on_a_column_of_a_story_with_its_headline_is_the_next_headline_s_kicker():
    # poppler: the meal story's headline, …, a theme right on top of the meal story's byline column in its
    # flow, …, the race story's lone headline. A kicker never stands on the text, and the meal story has
    # its headline: the theme is the kicker of the headline poppler gives next
    meal_head = Piece(HEAD, ["让老人吃上“放心饭”"], 2, 2)
    theme = Piece(HEAD, ["体育惠民"], 16, 13)
    byline_column = Piece(BODY, ["本报记者 马立新", "近日，东湖村的老年食堂正", "式开张，老人们吃上了热饭。"], 17, 13)
    race_head = Piece(HEAD, ["三千名选手同场竞技"], 21, 16)
    heads = {0: [meal_head, theme], 1: [race_head]}
    themes_moved(heads, [[byline_column], [RACE]], 13)
    assert heads == {0: [meal_head], 1: [theme, race_head]}
    # the meal story's heading a theme itself ('运动正当时'), or two phrases ('打通城乡 “微循环”'): a kicker,
    # the line on the column its headline — it stays
    for kicker in ("运动正当时", "打通城乡 “微循环”"):
        over = Piece(HEAD, [kicker], 2, 2)
        heads = {0: [over, theme], 1: [race_head]}
        themes_moved(heads, [[byline_column], [RACE]], 13)
        assert heads == {0: [over, theme], 1: [race_head]}
    # not on its story's column (another story's column between, or a flow of its own): only a headline
    # right after it takes it
    apart = Piece(HEAD, ["体育惠民"], 15, 13)
    between = Piece(BODY, ["三千名选手同场竞技，场边"], 16, 13)
    heads = {0: [meal_head, apart], 1: [race_head]}
    themes_moved(heads, [[byline_column], [between, RACE]], 13)
    assert heads == {0: [meal_head, apart], 1: [race_head]}
    apart = Piece(HEAD, ["体育惠民"], 16, 12)          # (right over the column, a flow of its own: its kicker)
    heads = {0: [meal_head, apart], 1: [race_head]}
    themes_moved(heads, [[byline_column], [RACE]], 13)
    assert heads == {0: [apart, meal_head], 1: [race_head]}


def test_a_theme_over_a_caption_over_its_story_s_column_goes_on_but_one_right_over_the_column_stays():
    # the theme, the caption under it in its flow, then the meal story's column (the story keeping its
    # headline): the theme stands on the text past its photo's caption — the next headline's kicker
    meal_head = Piece(HEAD, ["让老人吃上“放心饭”"], 2, 2)
    theme = Piece(HEAD, ["体育惠民"], 15, 12)           # (the caption, pos 16, in flow 12: no heading, no column)
    column = Piece(BODY, ["  近日，东湖村的老年食堂正", "式开张，老人们吃上了热饭。"], 17, 13)
    race_head = Piece(HEAD, ["三千名选手同场竞技"], 21, 16)
    heads = {0: [meal_head, theme], 1: [race_head]}
    themes_moved(heads, [[column], [RACE]], 13)
    assert heads == {0: [meal_head], 1: [theme, race_head]}
    # a theme in a flow of its own right before the story's column: a kicker over its column, the headline
    # poppler took elsewhere (off another column's top) — it stays, its story's kicker
    alone = Piece(HEAD, ["体育惠民"], 16, 12)
    heads = {0: [meal_head, alone], 1: [race_head]}
    themes_moved(heads, [[column], [RACE]], 13)
    assert heads == {0: [alone, meal_head], 1: [race_head]}


def test_a_theme_right_over_its_story_s_column_after_its_headline_taken_off_another_column_is_its_kicker():
    # poppler took the headline off the top of another column ('华山镇：口袋公园“绿”了家园' over '民每天…') and
    # gives the theme in a flow of its own right over the story's byline column: the theme is the kicker
    # (set over its headline, as short as a theme), the headline stays the headline
    head = Piece(HEAD, ["东湖村：口袋公园“绿”了家园"], 21, 17)
    theme = Piece(HEAD, ["守护绿水青山"], 30, 23)
    column = Piece(BODY, ["本报记者 王明", "  今年以来，东湖村把口袋公", "园列为民生实事。"], 31, 24)
    heads = {0: [head, theme]}
    themes_moved(heads, [[column]], 13)
    assert heads == {0: [theme, head]}
    # the theme in the column's own flow (a headline standing on its text), or a headline itself as short
    # as a theme ('东湖村：出行难？'): the order stays
    on_text = Piece(HEAD, ["守护绿水青山"], 30, 24)
    heads = {0: [head, on_text]}
    themes_moved(heads, [[column]], 13)
    assert heads == {0: [head, on_text]}
    short = Piece(HEAD, ["东湖村：公园绿了"], 21, 17)
    heads = {0: [short, theme]}
    themes_moved(heads, [[column]], 13)
    assert heads == {0: [short, theme]}
    # the story has a kicker already (a couplet): the theme is no second one over its headline
    couplet = Piece(HEAD, ["守护平安 温暖同行"], 20, 16)
    heads = {0: [couplet, head, theme]}
    themes_moved(heads, [[column]], 13)
    assert heads == {0: [couplet, head, theme]}


def test_a_place_label_with_a_short_theme_takes_the_count_headline_saying_its_word_from_another_story():
    # '东湖村：稳就业 惠民生' alone over its column (a kicker's shape as much as a headline's), and another
    # story given '家门口就业 754 人找到工作' (a flow of its own) before its own headline '剪纸展来到家门口': the
    # count headline says the theme's 就业 — the label's headline, the label its kicker
    label = Piece(HEAD, ["东湖村：稳就业 惠民生"], 36, 29)
    count = Piece(HEAD, ["家门口就业 754 人找到工作"], 29, 24)
    show = Piece(HEAD, ["剪纸展来到家门口"], 30, 25)
    deck = Piece(HEAD, ["——马鞍街道剪纸展活动见闻"], 31, 25)
    jobs = Piece(BODY, ["  今年以来，东湖村把就业", "服务列为民生实事。"], 37, 29)
    paper = Piece(BODY, ["  近日，马鞍街道文化站的", "剪纸展开展了。"], 32, 26)
    heads = {0: [label], 1: [count, show, deck]}
    themes_moved(heads, [[jobs], [paper]], 13)
    assert heads == {0: [label, count], 1: [show, deck]}
    # a line saying no word of the theme, or the other story's one headline: it stays
    parking = Piece(HEAD, ["家门口新添 754 个车位"], 29, 24)
    heads = {0: [label], 1: [parking, show, deck]}
    themes_moved(heads, [[jobs], [paper]], 13)
    assert heads == {0: [label], 1: [parking, show, deck]}
    heads = {0: [label], 1: [count, deck]}
    themes_moved(heads, [[jobs], [paper]], 13)
    assert heads == {0: [label], 1: [count, deck]}
    # a label over a headline's length of words is a headline: it takes none
    long = Piece(HEAD, ["东湖村：就业服务站开进了家门口"], 36, 29)
    heads = {0: [long], 1: [count, show, deck]}
    themes_moved(heads, [[jobs], [paper]], 13)
    assert heads == {0: [long], 1: [count, show, deck]}
    # the line in one flow with the other story's headline: that headline's first line, one block
    in_block = Piece(HEAD, ["家门口就业 754 人找到工作"], 29, 25)
    heads = {0: [label], 1: [in_block, show, deck]}
    themes_moved(heads, [[jobs], [paper]], 13)
    assert heads == {0: [label], 1: [in_block, show, deck]}
