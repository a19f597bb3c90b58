"""A couplet poppler gives in one block with the headline's line under it is the headline's first line
where its story's kicker stands apart in a flow of its own ('古城街道：中午 11 点，饭菜香飘满楼道' /
'老有所养 老有所乐' + '养老驿站开张了'): a headline has one kicker, and a kicker, set smaller, never shares
its headline's block. pdftotext's default text of the varied generator's pages 7087 and 7109; the
answers are the pages' heading parts written out by hand."""
import pytest

from tests.intake.imported import printed


def _spaced(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.mark.parametrize("page, kicker, headline, opens", [
    ("varied7087-pdftotext.txt", "古城街道：中午11点，饭菜香飘满楼道", "老有所养 老有所乐 养老驿站开张了", "8月7日上午，古城街道老街"),
    ("varied7109-pdftotext.txt", "幸福养老走进前进镇太平村", "老有所养 老有所乐 一碗热饭里的民生温度", "近日，前进镇太平村的爱心餐厅"),
])
def test_a_couplet_in_its_headlines_block_is_the_headlines_first_line(page, kicker, headline, opens):
    imported = printed(page)
    story = next(s for s in imported.stories if "".join(s.paragraphs[0].split()).startswith(opens))
    assert "".join((story.kicker or "").split()) == kicker      # (spaces compared apart: typesetting)
    assert _spaced(story.headline) == headline
    assert story.deck is None
