"""Package a document for print or for another desk: the document, its photos and the fonts'
licence files in one folder that opens elsewhere."""
from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

from layout_app.errors import InputError
from layout_app.io.docfile import load_document, save_document
from layout_app.text.fonts import FACES
from layout_app.assets import FONTS_DIR


def package(doc_path: str | Path, out_dir: str | Path) -> list[str]:
    """Copy everything into `out_dir`; returns the report lines (what was collected, what is missing)."""
    doc_path, out_dir = Path(doc_path), Path(out_dir)
    doc = load_document(doc_path)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise InputError(f"{out_dir} is not empty; package into a new folder")
    (out_dir / "photos").mkdir(parents=True, exist_ok=True)
    (out_dir / "fonts").mkdir(exist_ok=True)
    report = []
    used: set[str] = set()
    photos = []
    for p in doc.photos:
        src = Path(os.path.realpath(doc_path.parent / p.file))   # a symlink loop stays a path
        name = src.name
        stem, suffix = src.stem, src.suffix
        k = 2
        while name in used:
            name = f"{stem}-{k}{suffix}"
            k += 1
        used.add(name)
        if src.exists():
            shutil.copy2(src, out_dir / "photos" / name)
            report.append(f"photo {p.id}: {p.file} → photos/{name} ({src.stat().st_size / 1e6:.1f} MB)")
        else:
            report.append(f"MISSING photo {p.id}: {p.file} — not collected; relink it before sending")
        photos.append(replace(p, file=f"photos/{name}"))
    target = out_dir / doc_path.name
    save_document(replace(doc, photos=tuple(photos)), target)
    report.insert(0, f"document: {doc_path.name} ({len(doc.pages)} page(s), {len(doc.stories)} stories)")
    for licence in sorted({f.licence for f in FACES}):
        shutil.copy2(FONTS_DIR / licence, out_dir / "fonts" / licence)
        report.append(f"font licence: fonts/{licence}")
    report.append("fonts: the shipped faces (Noto Serif SC, Noto Sans SC, LXGW WenKai) are part of layout_app "
                  "and embedded in every exported PDF")
    (out_dir / "package-report.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    return report
