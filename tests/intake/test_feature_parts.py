"""A feature page's parts as a reporter sends them: the byline under the feature's opening paragraph,
and a sidebar under a column's label (记者手记) — no reporter is named 手记. Expected structure written
by hand."""
from layout_app.intake.importer import import_copy

OPENING = "在马家岭村，提起那条通往山外的水泥路，村民们都有说不完的话。二十年前，这里只有一条羊肠小道。"
BODY = ["清晨6点，马家岭村党支部书记马德明已经站在了村口。他身后，一辆满载苹果的货车正缓缓驶出村子。",
        "夕阳西下，马德明站在村口的观景台上，望着蜿蜒的山路和满山的果园。他说：“路修好了，日子也有奔头了。”"]
SIDEBAR = ["记者手记", "路通百业兴", "本报记者 王晨",
           "采访中，记者最深的感受是，一条路改变的不只是出行，更是一个村庄的精气神。从肩挑背扛到车来车往，马家岭村的变化，是我县农村公路建设的一个缩影。"]


def read(tmp_path, blocks):
    path = tmp_path / "copy.txt"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return import_copy(path)[0]


def test_a_byline_under_the_features_opening_paragraph_is_its_byline(tmp_path):
    page = read(tmp_path, ["深度报道", "一条山路 一村希望", "——马家岭村二十年修路记", OPENING, "本报记者 王晨 实习生 刘佳", *BODY])
    (story,) = page.stories
    assert (story.kicker, story.headline, story.deck) == ("深度报道", "一条山路 一村希望", "——马家岭村二十年修路记")
    assert story.byline == "本报记者 王晨 实习生 刘佳"
    assert story.paragraphs == [OPENING, *BODY]


def test_a_column_label_over_a_sidebar_is_its_kicker(tmp_path):
    page = read(tmp_path, ["一条山路 一村希望", "本报记者 王晨", OPENING, *BODY, *SIDEBAR])
    assert [(s.kicker, s.headline, s.byline) for s in page.stories] == [
        (None, "一条山路 一村希望", "本报记者 王晨"), ("记者手记", "路通百业兴", "本报记者 王晨")]
    assert page.stories[0].paragraphs == [OPENING, *BODY]          # the label is not the feature's last paragraph
    assert page.stories[1].paragraphs == SIDEBAR[3:]


def test_a_dateline_after_the_first_paragraph_stays_text(tmp_path):
    """本报讯 alone on its line after the first paragraph opens an item of the text: no byline."""
    page = read(tmp_path, ["一条山路 一村希望", OPENING, "本报讯", *BODY])
    assert page.stories[0].byline is None and "本报讯" in page.stories[0].paragraphs


def test_a_bare_name_under_a_sidebars_headline_is_its_byline(tmp_path):
    """唐敏 alone between a 记者手记's headline and its text, the reporter the page's other byline
    names: the sidebar's byline, not a deck. A short line no byline or credit names stays a heading."""
    page = read(tmp_path, ["一条山路 一村希望", "本报记者 唐敏", OPENING, *BODY, "记者手记", "路通百业兴", "唐敏", SIDEBAR[3]])
    assert [(s.kicker, s.headline, s.deck, s.byline) for s in page.stories] == [
        (None, "一条山路 一村希望", None, "本报记者 唐敏"), ("记者手记", "路通百业兴", None, "唐敏")]
    assert page.stories[1].paragraphs == [SIDEBAR[3]]
    page = read(tmp_path, ["一条山路 一村希望", "本报记者 王晨", OPENING, *BODY, "记者手记", "路通百业兴", "唐敏", SIDEBAR[3]])
    assert page.stories[1].byline is None
