"""The caption proof as a self-contained HTML page (photos inlined), for reporters' browsers."""
from __future__ import annotations

import base64
import html
import os
from pathlib import Path

from layout_app.imaging.printready import prepare
from layout_app.imaging.source import PhotoError
from layout_app.layout.display import ImagePlacement
from layout_app.preflight.captioncheck import NOT_PLACED, CaptionEntry

STYLE = """body{font-family:"Noto Sans SC","Source Han Sans SC",sans-serif;margin:2em;color:#222}
h1{font-size:20px} .entry{display:flex;gap:1.2em;border-top:1px solid #ccc;padding:1em 0}
.entry img{width:320px;height:auto;background:#eee} .cap{font-size:16px;margin:.2em 0}
.credit{color:#555} .story{margin-top:.6em} .where{color:#888;font-size:13px}
.warn{color:#b00020;margin:.2em 0} .ok{color:#2e7d32}"""


def write_html(entries: list[CaptionEntry], doc_dir: Path, out: Path, title: str, off_page=()) -> None:
    from layout_app.atomic import write_atomic

    parts = [f"<!doctype html><html lang=zh-CN><meta charset=utf-8><title>{html.escape(title)} 图片说明校对</title>",
             f"<style>{STYLE}</style><h1>{html.escape(title)} — 图片说明校对 caption proof</h1>"]
    for e in entries:
        placement = ImagePlacement(e.rect, e.photo.id, os.path.realpath(doc_dir / e.photo.file), e.photo.crop, e.photo.fit)
        try:
            img = prepare(placement, 100, "RGB")
            src = "data:image/jpeg;base64," + base64.b64encode(img.path.read_bytes()).decode("ascii")
            picture = f"<img src='{src}' alt='{html.escape(e.photo.file)}'>"
        except PhotoError as exc:
            picture = f"<div class=warn>{html.escape(str(exc))}</div>"
        warnings = "".join(f"<p class=warn>⚠ {html.escape(w)}</p>" for w in e.warnings) or "<p class=ok>✓</p>"
        story = html.escape(e.story.headline) if e.story else "—"
        parts.append(f"<div class=entry>{picture}<div><p class=cap>{html.escape(e.photo.caption) or '（无图片说明）'}</p>"
                     f"<p class=credit>{html.escape(e.credit_shown) or '（无署名）'}</p>"
                     f"<p class=story>稿件 story: {story}</p><p class=where>{html.escape(e.position)} · "
                     f"{html.escape(e.photo.file)}</p>{warnings}</div></div>")
    if off_page:
        parts.append("<h2>未上版的图片 photos not on the page</h2>")
    for p in off_page:
        parts.append(f"<div class=entry><div><p class=cap>{html.escape(p.caption) or '（无图片说明）'}</p>"
                     f"<p class=credit>{html.escape(p.credit) or '（无署名）'}</p><p class=where>{html.escape(p.file)}</p>"
                     f"<p class=warn>⚠ {html.escape(NOT_PLACED)}</p></div></div>")
    write_atomic(out, "".join(parts).encode("utf-8"))
