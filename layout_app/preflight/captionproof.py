"""The caption proof as a self-contained HTML page (photos inlined), for reporters' browsers."""
from __future__ import annotations

import base64
import html
import os
from pathlib import Path

from layout_app.imaging.printready import prepare
from layout_app.imaging.source import PhotoError
from layout_app.geometry import Rect
from layout_app.layout.display import ImagePlacement
from layout_app.errors import explain
from layout_app.preflight.captioncheck import CaptionEntry
from layout_app.preflight.proofwords import ProofWords

STYLE = """body{font-family:"Noto Sans SC","Source Han Sans SC",sans-serif;margin:2em;color:#222}
h1{font-size:20px} .entry{display:flex;gap:1.2em;border-top:1px solid #ccc;padding:1em 0}
.entry img{width:320px;height:auto;background:#eee} .cap{font-size:16px;margin:.2em 0}
.credit{color:#555} .story{margin-top:.6em} .where{color:#888;font-size:13px}
.warn{color:#b00020;margin:.2em 0} .ok{color:#2e7d32}"""


def _picture(placement: ImagePlacement, file: str, esc, photo_errors) -> str:
    """The photo as set (or whole), inlined; why it cannot be shown, where it cannot."""
    try:
        img = prepare(placement, 100, "RGB")
    except PhotoError as exc:
        return f"<div class=warn>{esc(explain(exc, photo_errors))}</div>"
    src = "data:image/jpeg;base64," + base64.b64encode(img.path.read_bytes()).decode("ascii")
    return f"<img src='{src}' alt='{esc(file)}'>"


def write_html(entries: list[CaptionEntry], doc_dir: Path, out: Path, title: str, off_page=(),
               words: ProofWords = ProofWords(), photo_errors=str) -> None:
    """`words`: the proof's language; `photo_errors`: the translation of why a photo cannot be shown."""
    from layout_app.atomic import write_atomic

    esc = html.escape
    lang = "zh-CN" if words.lang == "zh_CN" else "en"
    parts = [f"<!doctype html><html lang={lang}><meta charset=utf-8><title>{esc(words.title(title))}</title>",
             f"<style>{STYLE}</style><h1>{esc(words.title(title))}</h1>"]
    for e in entries:
        placement = ImagePlacement(e.rect, e.photo.id, os.path.realpath(doc_dir / e.photo.file), e.photo.crop, e.photo.fit)
        picture = _picture(placement, e.photo.file, esc, photo_errors)
        warnings = "".join(f"<p class=warn>⚠ {esc(w)}</p>" for w in words.warnings(e)) or "<p class=ok>✓</p>"
        parts.append(f"<div class=entry>{picture}<div><p class=cap>{esc(e.caption_shown or words.no_caption)}</p>"
                     f"<p class=credit>{esc(e.credit_shown or words.no_credit)}</p>"
                     f"<p class=story>{esc(words.story(e))}</p><p class=where>{esc(words.place(e))} · "
                     f"{esc(e.photo.file)}</p>{warnings}</div></div>")
    if off_page:
        parts.append(f"<h2>{esc(words.off_page)}</h2>")
    for p in off_page:
        # its picture too, the whole of it (a reporter cannot tell DSC_0001 from DSC_0002 by name)
        placement = ImagePlacement(Rect(0, 0, 240, 160), p.id, os.path.realpath(doc_dir / p.file), p.crop, True)
        parts.append(f"<div class=entry>{_picture(placement, p.file, esc, photo_errors)}"
                     f"<div><p class=cap>{esc(p.caption or words.no_caption)}</p>"
                     f"<p class=credit>{esc(p.credit or words.no_credit)}</p><p class=where>{esc(p.file)}</p>"
                     f"<p class=warn>⚠ {esc(words.not_placed(p))}</p></div></div>")
    write_atomic(out, "".join(parts).encode("utf-8"))
