"""The corpus scorer, on small pages written out by hand."""
import copy

from tests.corpus.score import chars_lost, normal, score_page

TRUTH = {
    "banner": {"kicker": None, "headline": "我县：便民服务暖民心", "deck": "——我县城乡社区便民服务工作综述"},
    "lead": ["近年来，我县在城乡社区开展了一系列便民服务行动。"],
    "stories": [
        {"kicker": "文明新风 润泽乡里", "headline": "青石镇：图书角里书香浓", "deck": None, "byline": "本报记者 王晨",
         "paragraphs": ["近日，青石镇设立了图书角。", "村民老周说：“方便多了。”"]},
        {"kicker": None, "headline": "河湾社区：“夜巡队”守护居民安宁", "deck": None, "byline": None,
         "paragraphs": ["截至目前，夜巡队已劝导整改隐患23处。"]},
    ],
    "captions": [{"text": "青石镇的孩子们在图书角里认真阅读。", "story": 0},
                 {"text": "河湾社区“夜巡队”在街巷开展安全巡查。", "story": 1}],
    "credits": ["本版图片由本报记者 王晨 摄"],
    "unassigned": [],
}


def test_a_perfect_import_scores_full_marks():
    s = score_page(TRUTH, copy.deepcopy(TRUTH))
    assert (s.stories, s.stories_exact, s.captions, s.captions_right, s.lost) == (2, 2, 2, 2, 0)
    assert (s.banners, s.banners_found, s.false_banners) == (1, 1, 0)
    assert s.failures == []


def test_half_width_punctuation_and_spacing_are_not_structure():
    actual = copy.deepcopy(TRUTH)
    actual["stories"][0]["paragraphs"] = ["近日,青石镇设立了 图书角。", "村民老周说:“方便多了。”"]
    actual["stories"][0]["byline"] = "本报记者王晨"
    assert score_page(TRUTH, actual).stories_exact == 2
    assert normal("隐患 23 处,（好）") == "隐患23处，（好）"


def test_a_split_paragraph_or_a_wrong_kicker_is_not_exact():
    actual = copy.deepcopy(TRUTH)
    actual["stories"][0]["paragraphs"] = ["近日，青石镇设立了", "图书角。", "村民老周说：“方便多了。”"]
    actual["stories"][1]["kicker"] = "河湾"
    actual["stories"][1]["headline"] = "社区：“夜巡队”守护居民安宁"
    s = score_page(TRUTH, actual)
    assert s.stories_exact == 0 and s.lost == 0 and s.captions_right == 1    # story 1 is not found by headline
    assert s.captions_by_text == 2          # … but its caption is with the story that holds its text
    assert s.wrong == {"paragraphs": 1, "headline": 1}


def test_captions_count_right_only_with_their_own_story():
    actual = copy.deepcopy(TRUTH)
    actual["stories"].reverse()                                    # indices map by headline, not position
    actual["captions"] = [{"text": "青石镇的孩子们在图书角里认真阅读。", "story": 1},
                          {"text": "河湾社区“夜巡队”在街巷开展安全巡查。", "story": 1}]
    s = score_page(TRUTH, actual)
    assert (s.captions, s.captions_right, s.captions_by_text) == (2, 1, 1)
    actual["captions"][0]["story"] = None                          # unassigned is not right either
    assert score_page(TRUTH, actual).captions_right == 0
    assert score_page(TRUTH, actual).captions_by_text == 0


def test_a_caption_with_a_story_whose_heading_and_text_are_both_wrong_is_wrong_by_text_too():
    actual = copy.deepcopy(TRUTH)
    actual["stories"][1]["headline"] = "夜巡队"
    actual["stories"][1]["paragraphs"] = ["截至目前，夜巡队已劝导整改隐患", "23处。"]
    s = score_page(TRUTH, actual)
    assert (s.captions_right, s.captions_by_text) == (1, 1)


def test_characters_lost_are_counted_wherever_the_rest_went():
    actual = copy.deepcopy(TRUTH)
    # the banner taken into a story's body and a caption left unassigned: nothing lost
    actual["unassigned"] = [actual["captions"].pop()["text"], actual["banner"]["deck"]]
    actual["banner"] = {"kicker": None, "headline": "我县：便民服务暖民心", "deck": None}
    s = score_page(TRUTH, actual)
    assert s.lost == 0 and s.banners_found == 0
    # a dropped word is lost even when the same word is kept elsewhere (夜巡队 is in the headline);
    # a doubled character does not make up for another
    actual["stories"][1]["paragraphs"] = ["截至目前，已劝导整改隐患处。处"]
    assert chars_lost(TRUTH, actual) == {"夜": 1, "巡": 1, "队": 1, "2": 1, "3": 1}
    assert score_page(TRUTH, actual).lost == 5


def test_a_banner_where_there_is_none_is_counted():
    truth = dict(TRUTH, banner=None)
    s = score_page(truth, TRUTH)
    assert (s.banners, s.banners_found, s.false_banners) == (0, 0, 1)


def test_a_wrong_story_is_counted_as_shown_to_check_or_as_sure():
    # import's confidence: a story matching no true one below 0.6 is shown to the user; above, it is not
    actual = copy.deepcopy(TRUTH)
    actual["stories"][0]["paragraphs"] = ["近日，青石镇设立了", "图书角。", "村民老周说：“方便多了。”"]
    actual["stories"][0]["confidence"] = 0.5
    actual["stories"][1]["kicker"] = "河湾"
    actual["stories"][1]["confidence"] = 0.95
    s = score_page(TRUTH, actual)
    assert (s.wrong_flagged, s.wrong_sure, s.right_flagged) == (1, 1, 0)
    right = copy.deepcopy(TRUTH)
    right["stories"][1]["confidence"] = 0.59
    s = score_page(TRUTH, right)
    assert (s.wrong_flagged, s.wrong_sure, s.right_flagged) == (0, 0, 1)
