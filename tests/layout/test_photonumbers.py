"""A caption's own number among the page's photos (图①, 图2) and the order it asks for."""
from types import SimpleNamespace

from layout_app.layout.photonumbers import by_number, photo_number, read_before


def test_a_captions_number_read_off_its_label():
    assert photo_number("图①：改造后的化肥厂家属院焕然一新。") == 1
    assert photo_number("图⑫：居民健身。") == 12
    assert photo_number("图 3：学生展示机器人。") == 3
    assert photo_number("图12:学生展示机器人。") == 12
    # a caption opening on its circled number alone (①桃源村村民在…) is numbered too
    assert photo_number("①改造后的家属院。") == 1 and photo_number("⑳游客。") == 20
    # where it stands is no number; nor is 图 inside a sentence, a number with no 图, a lone ①
    assert photo_number("上图：游客采摘草莓。") is None
    assert photo_number("游客在图书馆读书：周末人多。") is None
    assert photo_number("1．改造后的家属院。") is None and photo_number("① 改造后") is None


def test_numbered_photos_take_the_numbered_places_in_their_order():
    captions = {"p1": "图②：居民健身。", "p2": "记者在现场。", "p3": "图①：家属院焕然一新。", "p4": "图③：大棚。"}
    assert by_number(["p1", "p2", "p3", "p4"], captions.get) == ["p3", "p2", "p1", "p4"]
    assert by_number(["p4", "p3"], captions.get) == ["p3", "p4"]
    assert by_number(["p2"], captions.get) == ["p2"]


def test_a_photo_read_before_one_numbered_lower():
    photos = {"p1": "图②：居民健身。", "p2": "图①：家属院。", "p3": "没有编号的图片说明。"}
    doc = SimpleNamespace(photo=lambda pid: SimpleNamespace(caption=photos[pid]))
    assert read_before(doc, ["p1"], ["p2"]) and not read_before(doc, ["p2"], ["p1"])
    assert not read_before(doc, ["p3"], ["p2"]) and not read_before(doc, ["p1"], ["p3"])
