"""Copy read straight out of a printed page's PDF (pypdfium2): the text in pdfium's reading order.

pdftotext's default mode joins neighbouring columns on one line when a PDF's line-end marks reach
into the usual one-character gutter (most producers' PDFs; see pdfcolumns), which no reading of its
text fully undoes; pdfium keeps each column's lines apart. Reading the PDF here spares the user that
choice: the lines then go through the same pre-pass (unpdf) as pasted copy from a PDF. A vertical
(竖排) heading, which pdfium gives a character a line, is put back a column a line (from the
characters' boxes), a space where its column has a gap."""
from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path

from layout_app.errors import InputError
from layout_app.intake.headings import at_pause
from layout_app.intake.pdffaces import strong_chars
from layout_app.intake.repair import photo_credit
from layout_app.intake.notices import (
    NOT_PDF, PDF_NO_TEXT, PDF_PAGES, PDF_PASSWORD, PDF_TOO_LARGE, Notice,
)

INDENT = "\u3000\u3000"      # a paragraph's first line, as copy writes it
PDF_MAX = 200_000_000      # bytes: a page with its photos at print resolution is some 5–50 MB
PAGES_MAX = 64             # a whole edition's pages at most; more is not copy for a page


def read_pdf_lines(path: Path) -> tuple[list[str], list[str], list[tuple[str, list[float], float]]]:
    """The PDF's text lines, page after page (a blank line between pages); the lines that stand
    outside a page's trim box (printer's marks, the slug): not copy; and each line as pdfium reads it —
    its characters, the type size of each and its page's body size (for intake.typesizes: what the text
    alone cannot tell, which heading line is the kicker and which the headline, the sizes can)."""
    import pypdfium2 as pdfium           # only when a PDF comes in

    if path.stat().st_size > PDF_MAX:
        raise InputError(Notice(PDF_TOO_LARGE, path=path, mb=PDF_MAX // 1_000_000))
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(Notice(PDF_PASSWORD, path=path)) from None
        raise InputError(Notice(NOT_PDF, path=path, reason=str(exc))) from None
    try:
        n = len(document)
        if n > PAGES_MAX:
            raise InputError(Notice(PDF_PAGES, path=path, n=n, most=PAGES_MAX))
        lines: list[str] = []
        marks: list[str] = []
        sized: list[tuple[str, list[float], float]] = []
        for k in range(n):
            page = document[k]
            textpage = page.get_textpage()
            try:
                kept, out, set_in = _page_lines(textpage.get_text_range(), textpage, page.get_trimbox())
            finally:
                textpage.close()
                page.close()
            marks += out
            sized += set_in
            if lines and any(l.strip() for l in kept):
                lines.append("")
            lines.extend(kept)
    finally:
        document.close()
    if not any(line.strip() for line in lines):
        raise InputError(Notice(PDF_NO_TEXT, path=path))
    return lines, marks, sized


def _page_lines(text: str, textpage, trim) -> tuple[list[str], list[str], list[tuple[str, list[float], float]]]:
    """A page's lines, with what the characters' boxes and type sizes tell: a vertical heading put
    back a column a line (_vertical_columns), a heading set in two lines one line (_one_heading_a_line),
    a line outside the trim a printer's mark (left out, returned apart), text around an inset photo
    run on at its measure (_wrapped_runs), a photo's caption (and its credit), set smaller than the
    body, that pdfium reads in the middle of a paragraph after that paragraph (_captions_after_paragraph)."""
    import pypdfium2.raw as raw

    left, bottom, right, top = trim
    lines = []              # (text, size, box of its first character, centre, right end) of each line
    set_in = []             # each line's characters (no spaces) and the size of each, as pdfium reads them
    at = 0
    for line in text.split("\n"):
        s = line.rstrip("\r")
        inked = [i for i, ch in enumerate(s) if not ch.isspace()]
        if not inked:
            lines.append((s, 0.0, None, None, 0.0))
        else:
            boxes = [textpage.get_charbox(at + i) for i in inked]
            centre = (sum((b[0] + b[2]) / 2 for b in boxes) / len(boxes), sum((b[1] + b[3]) / 2 for b in boxes) / len(boxes))
            each = [round(raw.FPDFText_GetFontSize(textpage.raw, at + i), 1) for i in inked]
            set_in.append(("".join(s[i] for i in inked), each, strong_chars(textpage, [at + i for i in inked])))
            s = _quote_blanks(s, at, textpage)
            lines.append((s, Counter(each).most_common(1)[0][0], boxes[0], centre, max(b[2] for b in boxes)))
        at += len(line) + 1
    body = _body_size(lines)
    infos = []
    marks = []
    for s, size, box, centre, end in _one_heading_a_line(_vertical_columns(lines), body):
        if centre is not None and not (left <= centre[0] <= right and bottom <= centre[1] <= top):
            marks.append(s.strip())
        else:
            infos.append((s, size, box[0] if box else 0.0, end))
    return _captions_after_paragraph(_wrapped_runs(infos, body), body), marks, [(t, each, body, strong) for t, each, strong in set_in]


OPEN_MARKS = "“‘《「『（〈"
CLOSE_MARKS = "”’》」』）〉"


def _quote_blanks(s: str, at: int, textpage) -> str:
    """The line without the spaces pdfium makes up for a quote's own blank: '水肥自动 “送”' — the
    gap between 动 and the ink of “ is the mark's half-em blank, no space the writer typed (a
    writer's space between phrases is a full-width one, which pdfium reads as such)."""
    import pypdfium2.raw as raw

    out = []
    for i, ch in enumerate(s):
        if ch == " " and 0 < i < len(s) - 1 and (s[i + 1] in OPEN_MARKS or s[i - 1] in CLOSE_MARKS):
            left, right = textpage.get_charbox(at + i - 1), textpage.get_charbox(at + i + 1)
            em = max(raw.FPDFText_GetFontSize(textpage.raw, at + i - 1), raw.FPDFText_GetFontSize(textpage.raw, at + i + 1))
            if right[0] - left[2] < 0.8 * em:
                continue
        out.append(ch)
    return "".join(out)


def _body_size(lines) -> float:
    """The type size of most of the page's characters (0 when it has none)."""
    weights = Counter()
    for line in lines:
        weights[line[1]] += len(line[0])
    weights.pop(0.0, None)
    return weights.most_common(1)[0][0] if weights else 0.0


def _one_heading_a_line(lines: list[tuple], body: float) -> list[tuple]:
    """A heading the typesetter set in two lines (or two vertical columns) of one size, larger than
    the body's, back on one line: kicker, headline and deck never share a size. A space joins the
    lines where the break may have been at the copy's pause, where its space was dropped (`headings.at_pause`:
    not where a pause stands inside a line, the first stops on 的, 了, 如何 …, or in a 从…看… frame)."""
    out: list[tuple] = []
    for line in lines:
        s, size, box, centre, end = line
        if out and box is not None and size >= 1.3 * body > 0 and out[-1][2] is not None:
            p, psize, pbox, pcentre, pend = out[-1]
            dx, dy = pcentre[0] - centre[0], pcentre[1] - centre[1]
            # the next line under it, overlapping it; or the next vertical column left of it, from its top
            under = 0.5 * size < dy <= 2 * size and abs(dx) <= max(len(p), len(s)) * size / 2
            beside = 0.5 * size < dx <= 2 * size and abs(pbox[3] - box[3]) <= size
            if abs(psize - size) < 0.3 and (under or beside):
                out[-1] = (p.rstrip() + (" " if at_pause(p.rstrip(), s.strip()) else "") + s.strip(), psize, pbox, pcentre, pend)
                continue
        out.append(line)
    return out


def _indented(infos: list[tuple], j: int) -> bool:
    """Line j starts a character and a half or more right of its column's left edge (the leftmost
    start among the lines of its size just around it, in its column): a paragraph's first line."""
    size, x = infos[j][1], infos[j][2]
    near = [infos[m][2] for m in range(max(0, j - 2), min(len(infos), j + 4))
            if infos[m][1] == size and abs(infos[m][2] - x) < 3 * size]
    return x - min(near) >= 1.5 * size


def _wrapped_runs(infos: list[tuple[str, float, float, float]], body: float) -> list[tuple[str, float, float]]:
    """Text set around an inset photo (图文绕排): three or more lines of the body that end together
    well short of their column's edge are lines of a narrower measure. Each that reaches that
    measure runs on into the next line (unless it is indented), and the line before them, full at
    the column's measure, runs on into them — the column's width alone would read them as short
    last lines of paragraphs, or as headings. `infos`: (text, size, left, right end) →
    (text, size, left)."""
    n = len(infos)

    def column_end(j: int) -> float:
        s, size, x, _end = infos[j]
        near = [infos[m][3] for m in range(max(0, j - 12), min(n, j + 13))
                if infos[m][1] == size and abs(infos[m][2] - x) < 3 * size]
        return max(near)

    narrow = [False] * n
    k = 0
    while k < n:
        s, size, x, end = infos[k]
        if size != body or not body or end > column_end(k) - 2 * body:
            k += 1
            continue
        j = k
        while (j + 1 < n and infos[j + 1][1] == body and abs(infos[j + 1][2] - x) < 3 * body
               and abs(infos[j + 1][3] - end) < 0.6 * body):
            j += 1
        if j - k >= 2:
            for m in range(k, j + 1):
                narrow[m] = True
        k = j + 1

    out: list[tuple[str, float, float]] = []
    joined = False               # the last line out runs on into the next
    for j, (s, size, x, end) in enumerate(infos):
        if joined and out and size == body and not _indented(infos, j):
            t, sz, left = out[-1]
            out[-1] = (t + s.strip(), sz, left)
        else:
            out.append((s, size, x))
        # this line runs on: it fills the narrow measure of its run, or it fills the column and the
        # run starts after it
        local = narrow[j] and end >= max(infos[m][3] for m in range(j, min(n, j + 3)) if narrow[m]) - 0.6 * body
        before = j + 1 < n and narrow[j + 1] and not narrow[j] and size == body and end >= column_end(j) - 0.6 * body
        joined = local or before
    return out


def _captions_after_paragraph(infos: list[tuple[str, float, float]], body: float) -> list[str]:
    if not body:
        return [s for s, _, _ in infos]
    indented = partial(_indented, infos)

    out: list[str] = []
    k = 0
    while k < len(infos):
        s, size, _x = infos[k]
        prev = next((i for i in range(k - 1, -1, -1) if infos[i][1]), None)
        if not (0 < size < body - 0.4 and prev is not None):
            # a paragraph's first line keeps its indent (two full-width spaces): the text alone
            # cannot tell a short first line that ends a sentence from a paragraph of one line
            out.append(INDENT + s if size == body and indented(k) else s)
            k += 1
            continue
        run = k
        while run < len(infos) and 0 < infos[run][1] < body - 0.4:
            run += 1
        captions = _captions([s for s, _, _ in infos[k:run]])
        # the paragraph goes on after the caption when the next line is the body's and not indented
        end = run
        if infos[prev][1] == body:
            while end < len(infos) and infos[end][1] == body and not (end > run and indented(end)):
                end += 1
        if end > run and not indented(run):
            out.extend(s for s, _, _ in infos[run:end])      # (none indented: the paragraph's rest)
            out += [""] + captions + [""]
            k = end
        else:
            out += captions                                    # where it stands (under a headline: unpdf's)
            k = run
    return out


def _captions(lines: list[str]) -> list[str]:
    """A run of caption-size lines: each caption on one line, its photo credit (…摄) at its end. A
    table set as small (六号) keeps its lines — title, note, a row a line — for the import to read it
    (`printedtables`): joined as a caption's lines, '…20 45' and '2 江城队' read '20 452 江城队'."""
    from layout_app.intake.printedtables import printed_tables

    for t in printed_tables(lines)[:1]:
        first = t.title_line if t.title_line is not None else t.lines[0]
        return _captions(lines[:first]) + [l.strip() for l in lines[first:t.lines[-1] + 1]] + \
            _captions(lines[t.lines[-1] + 1:])
    out: list[str] = []
    cur = ""
    for line in lines:
        if line.lstrip().startswith(("——", "—")):
            out += [cur] if cur else []          # a dash deck set as small as a caption is its own line
            out.append(line)
            cur = ""
            continue
        credit = photo_credit("。" + line.strip()) == 1          # the line is a photo credit alone
        if cur and cur[-1] in "。！？”" and not credit:
            out.append(cur)                 # a caption ended and no credit follows: the next photo's
            cur = ""
        cur += line.strip()
        if credit or photo_credit(line) is not None:
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])


def _vertical_columns(lines: list[tuple]) -> list[tuple]:
    """Each run of three or more one-character lines (a vertical heading, read down its columns) put
    back a column a line: a new line where the next character stands in another column (its x moved
    by half a character or more), a space where a column has a gap of half a character or more.
    `lines`: (text, size, box of the first character (left, bottom, right, top), centre, right end)."""
    out: list[tuple] = []
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and len(lines[j][0]) == 1 and lines[j][2] is not None:
            j += 1
        if j - k < 3:
            out.append(lines[k])
            k += 1
            continue
        last = None
        for ch, size, (left, bottom, right, top), centre, end in lines[k:j]:
            em = max(right - left, top - bottom, 1.0)
            x = (left + right) / 2
            if last is None or abs(x - last[0]) >= em / 2:
                out.append((ch, size, (left, bottom, right, top), centre, end))
            else:
                text, s0, box0, c0, e0 = out[-1]
                out[-1] = (text + (" " if last[1] - top >= em / 2 else "") + ch, s0, box0, c0, e0)
            last = (x, bottom)
        k = j
    return out
