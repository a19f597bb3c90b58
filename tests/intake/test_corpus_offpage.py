"""The corpus's truth is what the printed page shows: a layout made as measured (no copyfit) can run a
stack's last photos below the page's foot, and their captions are then on no page a reader holds."""
from __future__ import annotations

from pathlib import Path

from tests.corpus.generator import make_page
from tests.corpus.pdf_copy import export, extract


def test_a_caption_below_the_pages_foot_is_not_in_the_truth(tmp_path: Path):
    # page 3057: its 2nd and 3rd stacks run over by 30 and 14 lines, their last photos under the foot
    pdf, kept = export(make_page(3057), tmp_path)
    text = extract(pdf, "pdftotext-raw").replace("\n", "").replace(" ", "")
    captions = [c["text"] for c in kept.expected()["captions"]]
    assert "南山街道便民服务站，青年正在体验智能设备。" not in captions      # (lines 111 of 104)
    assert captions and all(c.replace(" ", "")[:8].replace("，", ",") in text.replace("，", ",") for c in captions)
