"""An export's slug line in text pdftotext's default mode took out of the page (review26's 文体 page, its
first 120 lines and its foot, as the tool gave them) is set aside before the column lines are joined:
the flows had run the commentary's label 短评 and the credit line's names 孙明 / 摄 on into it, and they
went to the furniture with it — text lost."""
from __future__ import annotations

import json
from pathlib import Path

from layout_app.intake.importer import import_copy

SAMPLE = Path(__file__).parent / "samples" / "sports-pdftotext-slug.txt"


def test_the_slug_goes_aside_alone():
    page, _ = import_copy(SAMPLE)
    assert page.furniture == ["layout_app 第 1 版 页 p1 导出 2026-12-02 07:45"]
    data = page.to_json()
    data.pop("furniture")
    copy = json.dumps(data, ensure_ascii=False).replace(" ", "")
    # the commentary's label and the page credit's photographer, each somewhere in the copy
    assert "短评" in copy
    assert copy.count("孙明") == 2 and "除署名外均由本报记者" in copy
