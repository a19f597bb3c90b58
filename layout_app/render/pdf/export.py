"""Export a document to a print-ready PDF/X-4 (or a plain screen PDF): preflight, compose, draw,
finish with pikepdf, then rename over the requested name — never a half-written file there."""
from __future__ import annotations

import errno
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from layout_app.atomic import WRITTEN, keep_mode
from layout_app.errors import AT_PLACE, QT_TRANSLATE_NOOP, InputError, Notice
from layout_app.imaging.printready import prepare
from layout_app.imaging.source import PhotoError
from layout_app.io.outputs import document_inputs, output_file
from layout_app.layout.cache import LayoutCache
from layout_app.layout.compose import Composer
from layout_app.layout.display import ImagePlacement
from layout_app.model.document import Document
from layout_app.preflight.checks import preflight
from layout_app.preflight.findings import Report
from layout_app.render.pdf.draw import PageDrawer
from layout_app.render.pdf.marks import Sheet, draw_crop_marks, draw_slug, marks_margin
from layout_app.render.pdf.pdfx import finish
from layout_app.render.pdf.writer import PdfWriter

SCREEN_PPI = 150.0

# why an export could not be written (the editor translates them: errors.Notice, scripts/zh/document.py)
CANNOT_WRITE = QT_TRANSLATE_NOOP("Intake", "{path}: cannot write in {folder}: {reason}")
NO_FREE_NAME = QT_TRANSLATE_NOOP("Intake", "{out}: cannot write in {folder}: no free name for a temporary file")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Intake", "{out}: cannot be written: {reason}")
NO_PAGE = QT_TRANSLATE_NOOP("Intake", "no page {pages} in this document")

Progress = Callable[[str, int, int], None]   # (what, done, total)
# story flows and glyph runs of this process's exports (keyed by content): exporting again from the
# running editor composes only what changed (bounded LRU stores); font subsets: cidfonts.SUBSETS
LAYOUT = LayoutCache()


@dataclass
class ExportOptions:
    pdfx: bool = True              # PDF/X-4 for print; False: a plain screen PDF (RGB allowed)
    target_ppi: float = 250.0
    min_ppi: float = 200.0
    force: bool = False            # export despite preflight errors
    marks: bool = True             # crop marks and slug line (PDF/X only)
    pages: tuple[str, ...] | None = None   # ids of the pages to export (None: all)


@dataclass
class ExportResult:
    path: Path
    pages: int
    preflight: Report
    images: int = 0
    seconds: dict = field(default_factory=dict)


REFUSED = QT_TRANSLATE_NOOP("Intake", "export refused: preflight found {n} error(s); fix them or use --force")
REFUSED_MORE = QT_TRANSLATE_NOOP("Intake", "… and {n} more")
REFUSED_SHOWN = 20           # findings listed under the summary


class ExportRefused(InputError):
    def __init__(self, report: Report):
        self.report = report
        super().__init__(self.render_with(str, str))

    def render_with(self, translate: Callable[[str], str], translate_finding: Callable[[str], str]) -> str:
        """The summary and the first findings, each as the editor words it (its place, then what is wrong):
        `translate` for the summary (context "Intake"), `translate_finding` for the findings ("Preflight");
        with str for both, the command line's English."""
        errors = self.report.errors
        if translate is str:
            lines = [f"  {f}" for f in errors[:REFUSED_SHOWN]]
        else:
            lines = ["  " + (translate(AT_PLACE).format(place=f.place.render(translate_finding), message=f.words(translate_finding))
                             if f.place is not None else f.words(translate_finding)) for f in errors[:REFUSED_SHOWN]]
        if len(errors) > REFUSED_SHOWN:
            lines.append("  " + translate(REFUSED_MORE).format(n=len(errors) - REFUSED_SHOWN))
        return "\n".join([translate(REFUSED).format(n=len(errors)), *lines])


# Temporaries are named .NAME.HOST~PID~RANDOM.final.pdf (.raw.pdf: older versions' first file): a run
# that was killed leaves one behind, and the next export into the folder removes those whose process is gone.
_TEMP = re.compile(r"^\..*\.(?P<host>[A-Za-z0-9-]*)~(?P<pid>\d+)~[a-z0-9_]+\.(?:raw|final)\.pdf$")

# Writing the PDF ran out of room: the disk, the quota or the file-size limit. The user's to mend.
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


def _host() -> str:
    if hasattr(os, "uname"):
        name = os.uname().nodename
    else:                               # Windows; socket costs a few ms of start-up, so only here
        import socket

        name = socket.gethostname()
    return re.sub(r"[^A-Za-z0-9-]", "", name.split(".")[0])[:32]


def _alive(pid: int) -> bool:
    if os.name != "posix" or pid <= 0:         # os.kill(pid, 0) would end the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):   # someone else's process, or no pid we can judge: leave it
        return True
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporaries of exports on this machine that were killed mid-write (their pid is dead)."""
    removed, host = [], _host()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TEMP.match(entry.name)
        if not m or m["host"] != host or _alive(int(m["pid"])):
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _new_temporary(folder: Path, prefix: str, suffix: str, out: Path) -> Path:
    """An empty file of ours with a name nobody has (as tempfile.mkstemp, without its start-up cost)."""
    for _ in range(100):
        path = folder / f"{prefix}{os.urandom(5).hex()}{suffix}"
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return path
        except FileExistsError:
            continue
        except OSError as exc:
            raise InputError(Notice(CANNOT_WRITE, path=out, folder=folder, reason=exc.strerror)) from None
    raise InputError(Notice(NO_FREE_NAME, out=out, folder=folder))


@contextmanager
def _written_atomically(out: Path):
    """A temporary file beside `out`, which becomes `out` only when everything succeeded, so a failed
    export never leaves a half-written PDF under the requested name, and no temporary either
    (finally; a killed run's is removed by the next export here)."""
    if out.is_symlink():            # as write_atomic: the file it points to is written, the link stays
        out = out.resolve()
    folder = out.parent if str(out.parent) else Path(".")
    remove_stale_temporaries(folder)
    tmp = _new_temporary(folder, f".{out.name[:40]}.{_host()}~{os.getpid()}~", ".final.pdf", out)
    try:
        try:
            yield tmp
        except OSError as exc:
            if exc.errno not in _NO_ROOM:
                raise
            raise InputError(Notice(NOT_WRITTEN, out=out, reason=exc.strerror)) from None
        keep_mode(tmp, out)                  # a re-export keeps the file's mode; a new one follows the umask
        try:
            os.replace(tmp, out)
        except OSError as exc:
            raise InputError(Notice(NOT_WRITTEN, out=out, reason=exc.strerror)) from None
        WRITTEN[out] = None
    finally:
        tmp.unlink(missing_ok=True)


def slug_text(doc: Document, page, now: datetime) -> str:
    parts = [doc.title or "layout_app", f"第 {page.number} 版" + (f" {page.section}" if page.section else ""),
             f"出版日期 {doc.date}" if doc.date else "", f"页 {page.id}", f"导出 {now:%Y-%m-%d %H:%M}"]
    return "    ".join(p for p in parts if p)


def page_label(pages) -> str:
    """第3版, 第1–3版 (a run) or 第1、3版, with the section when there is only one."""
    numbers = [p.number for p in pages]
    if len(numbers) == 1:
        section = pages[0].section
        return f"第{numbers[0]}版" + (f" {section}" if section else "")
    if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return f"第{numbers[0]}–{numbers[-1]}版"
    return "第" + "、".join(str(n) for n in numbers) + "版"


def pdf_title(doc: Document) -> str:
    """The title a plant's job list shows: the paper's title, the pages, the edition date — never a
    file name (Info /Title and XMP dc:title)."""
    title = doc.title.strip()
    pages = page_label(doc.pages) if doc.pages else ""
    if pages and pages.split(" ")[0] in title:        # "示范报 第1版" already names its page
        pages = pages.partition(" ")[2]
    parts = [title, pages, doc.date]
    return " — ".join(p for p in parts if p)


def export_pdf(doc: Document, doc_dir: str | os.PathLike, out: str | os.PathLike,
               options: ExportOptions = ExportOptions(), progress: Progress | None = None,
               now: datetime | None = None, inputs: Iterable[str | os.PathLike] = ()) -> ExportResult:
    """`inputs`: files besides the photos and fonts that `out` must not overwrite (the document)."""
    import time

    out = output_file(out, (".pdf",), "PDF", [*inputs, *document_inputs(doc, doc_dir)])
    now = now or datetime.now(timezone.utc).astimezone()
    say = progress or (lambda what, done, total: None)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    composer = Composer(doc, doc_dir, cache=LAYOUT)
    displays = composer.compose_all()                 # every page: a story may flow through several
    if options.pages is not None:
        keep = [k for k, p in enumerate(doc.pages) if p.id in options.pages]
        if not keep:
            raise InputError(Notice(NO_PAGE, pages=", ".join(options.pages)))
        displays = [displays[k] for k in keep]
        doc = replace(doc, pages=tuple(doc.pages[k] for k in keep))
    timings["compose"] = time.perf_counter() - t0

    t = time.perf_counter()
    say("preflight", 0, 1)
    report = preflight(doc, doc_dir, displays, pdfx=options.pdfx, min_ppi=options.min_ppi,
                       whole=options.pages is None)
    timings["preflight"] = time.perf_counter() - t
    if report.errors and not options.force:
        raise ExportRefused(report)

    grid = doc.grid
    trim = grid.trim
    bleed = grid.bleed_pt if options.pdfx else 0.0
    margin = marks_margin(bleed) if options.pdfx and options.marks else bleed
    sheet = Sheet(margin, trim.width, trim.height, bleed)
    n_images = sum(1 for d in displays for g in d.items if getattr(g, "tag", "") == "photo")
    done_images = [0]

    def image_source(placement: ImagePlacement):
        try:
            img = prepare(placement, options.target_ppi if options.pdfx else min(options.target_ppi, SCREEN_PPI),
                          "CMYK" if options.pdfx else "RGB")
        except PhotoError:
            return None            # preflight reported it; forced exports show the placeholder
        done_images[0] += 1
        say("photos", done_images[0], n_images)
        return str(img.path), img.rect

    with _written_atomically(out) as final_tmp:
        t = time.perf_counter()
        writer = PdfWriter()
        title = pdf_title(doc)
        for k, (page, display) in enumerate(zip(doc.pages, displays), 1):
            say("pages", k - 1, len(displays))
            content = writer.page(sheet.media)
            PageDrawer(content, sheet, image_source).draw(display)
            if options.pdfx and options.marks:
                draw_crop_marks(content, sheet)
                draw_slug(content, sheet, slug_text(doc, page, now))
            writer.add(content)
        pdf = writer.close()
        say("pages", len(displays), len(displays))
        timings["draw"] = time.perf_counter() - t
        t = time.perf_counter()
        finish(pdf, final_tmp, title=title, trim=sheet.trim_box, bleed=sheet.bleed_box,
               pdfx=options.pdfx, now=now)
        timings["finish"] = time.perf_counter() - t
    return ExportResult(out, len(displays), report, n_images, timings)


def export_sheets(displays, out: str | os.PathLike, title: str) -> Path:
    """Pages made by layout (proof sheets) as a plain PDF: no marks, photos in RGB at screen resolution."""
    out = Path(out)
    with _written_atomically(out) as final_tmp:
        first = displays[0]
        sheet = Sheet(0.0, first.width, first.height, 0.0)
        writer = PdfWriter()

        def source(placement: ImagePlacement):
            try:
                img = prepare(placement, SCREEN_PPI, "RGB")
            except PhotoError:
                return None
            return str(img.path), img.rect

        for display in displays:
            content = writer.page(sheet.media)
            PageDrawer(content, sheet, source).draw(display)
            writer.add(content)
        finish(writer.close(), final_tmp, title=title, trim=sheet.trim_box, bleed=sheet.bleed_box, pdfx=False)
    return out
