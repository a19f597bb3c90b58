"""Proof pictures: a page drawn by the Qt renderer into an image at a resolution."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter

from layout_app.layout.display import PageDisplay
from layout_app.render.qt.painter import PagePainter


def render_image(page: PageDisplay, dpi: float = 72.0, painter: PagePainter | None = None,
                 greek_px: float = 0.0) -> QImage:
    scale = dpi / 72.0
    image = QImage(max(1, round(page.width * scale)), max(1, round(page.height * scale)), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.scale(scale, scale)
    (painter or PagePainter()).paint(p, page, greek_px=greek_px)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)


def proof_paths(out: Path, numbers: list[int]) -> list[Path]:
    """NAME.png for one page; NAME-01.png, NAME-02.png … (by page number) for several."""
    if len(numbers) == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{n:02d}{out.suffix}") for n in numbers]


def write_proofs(displays: list[PageDisplay], out: Path, dpi: float) -> list[Path]:
    """One PNG per page (see proof_paths), written atomically."""
    from layout_app.atomic import write_atomic

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    # a widgets application, not a bare QGuiApplication: a window opened later in the same process
    # (the editor after a proof, or a test run) needs one, and Qt allows only one per process
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive while drawing)
    painter = PagePainter()
    written = []
    for display, target in zip(displays, proof_paths(out, [d.number for d in displays])):
        write_atomic(target, png_bytes(render_image(display, dpi, painter)))
        written.append(target)
    return written
