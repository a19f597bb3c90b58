"""Where a command may write: a file of the kind it writes, in a folder that is one, never over one of
the command's own inputs (the document, its photos, the fonts, the copy). Checked before any work, so
a mistyped -o costs nothing and harms nothing."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from layout_app.assets import FONTS_DIR
from layout_app.errors import AT_PLACE, QT_TRANSLATE_NOOP, InputError, Notice
from layout_app.model.document import Document
from layout_app.text.fonts import FACES

# where an output cannot go (the editor translates them, leaving out the command line's flag: scripts/zh/document.py)
PARENT_IS_FILE = QT_TRANSLATE_NOOP("Intake", "{flag} {out}: {parent} is a file, not a folder")
CANNOT_MAKE_FOLDER = QT_TRANSLATE_NOOP("Intake", "{flag} {out}: cannot make the folder {folder}: {reason}")
IS_AN_INPUT = QT_TRANSLATE_NOOP("Intake", "{flag} {out}: that is {given}, an input of this command; "
                                          "choose another name so it is not overwritten")
NO_NAME = QT_TRANSLATE_NOOP("Intake", "{flag}: name the {what} to write (got an empty name)")
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Intake", "{flag} {out}: a {what} is written as {suffixes}; name the file so (e.g. {example})")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Intake", "{flag} {name}…: the file name is longer than {limit} bytes")
NO_FOLDER_NAME = QT_TRANSLATE_NOOP("Intake", "{flag}: name the folder for the {what} (got an empty name)")
IS_A_FOLDER = QT_TRANSLATE_NOOP("Intake", "{flag} {out}: is a folder; name the {what}, e.g. {example}")
# a name made inside an output folder (an edition's naming pattern filled, a page's section)
# what a command writes, as its refusals name it (a Notice, said in the user's language)
# — as "… file", one word in Chinese (版面文件, not 版面 文件; PDF 文件 with the space Latin takes)
KINDS = {"document": QT_TRANSLATE_NOOP("Intake", "document file"),
         "proof picture": QT_TRANSLATE_NOOP("Intake", "proof picture file"),
         "caption proof": QT_TRANSLATE_NOOP("Intake", "caption proof file"), "PDF": QT_TRANSLATE_NOOP("Intake", "PDF file")}
BACKSLASH = QT_TRANSLATE_NOOP("Intake", "{name} contains a backslash or NUL; use plain names and '/'")
ABSOLUTE = QT_TRANSLATE_NOOP("Intake", "{name} is an absolute path; names are made inside the output folder")
BAD_PART = QT_TRANSLATE_NOOP("Intake", "{name} has the part {part}; every part must be a plain name "
                                       "(no '..', no empty or hidden parts)")
PART_TOO_LONG = QT_TRANSLATE_NOOP("Intake", "{name}… has a part longer than {limit} bytes")
LEADS_OUT = QT_TRANSLATE_NOOP("Intake", "{name} leads out of {folder} through a symbolic link")

MAX_NAME_BYTES = 255            # one path component on every filesystem we meet


def document_inputs(doc: Document, doc_dir: str | os.PathLike) -> list[Path]:
    """The files an export reads besides the document itself: its photos and the shipped fonts."""
    return [Path(doc_dir) / p.file for p in doc.photos] + [FONTS_DIR / f.file for f in FACES]


def _same(a: Path, b: Path) -> bool:
    """The same file on disk (hard links and symlinks included), or the same path once resolved."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        pass
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):         # a symlink loop: not one of our inputs
        return False


def refuse_inputs(out: Path, inputs: Iterable[str | os.PathLike], flag: str = "-o") -> None:
    for given in inputs:
        if _same(out, Path(given)):
            raise InputError(Notice(IS_AN_INPUT, flag=flag, out=out, given=given))


def prepare_folder(folder: Path, out: Path, flag: str = "-o") -> None:
    """Make the folder (and its parents) if missing; a file in the way or a folder we may not write
    in is a clear message, not a traceback."""
    if folder.is_dir():
        return
    for parent in (folder, *folder.parents):
        if parent.exists() and not parent.is_dir():
            raise InputError(Notice(PARENT_IS_FILE, flag=flag, out=out, parent=parent))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(Notice(CANNOT_MAKE_FOLDER, flag=flag, out=out, folder=folder, reason=exc.strerror)) from None


def output_file(arg: str | os.PathLike, suffixes: tuple[str, ...], what: str,
                inputs: Iterable[str | os.PathLike] = (), flag: str = "-o") -> Path:
    """The checked path of a file to write: a name, not a folder, ending in one of `suffixes`
    (what the command writes), not one of `inputs`; its folder made if missing."""
    what = Notice(KINDS[what]) if what in KINDS else what
    if not str(arg).strip():
        raise InputError(Notice(NO_NAME, flag=flag, what=what))
    out = Path(arg)
    if out.is_dir():
        raise InputError(Notice(IS_A_FOLDER, flag=flag, out=out, what=what, example=out / ("out" + suffixes[0])))
    if out.suffix.lower() not in suffixes:
        raise InputError(Notice(WRONG_SUFFIX, flag=flag, out=out, what=what, suffixes="/".join(suffixes),
                                example=f"{out.stem or 'out'}{suffixes[0]}"))
    if len(os.fsencode(out.name)) > MAX_NAME_BYTES:
        raise InputError(Notice(NAME_TOO_LONG, flag=flag, name=out.name[:40], limit=MAX_NAME_BYTES))
    refuse_inputs(out, inputs, flag)
    prepare_folder(out.parent, out, flag)
    return out


def output_folder(arg: str | os.PathLike, what: str, flag: str = "-o") -> Path:
    """The checked folder to write into (made if missing)."""
    if not str(arg).strip():
        raise InputError(Notice(NO_FOLDER_NAME, flag=flag, what=what))
    folder = Path(arg)
    prepare_folder(folder, folder, flag)
    return folder


def name_problem(name: str) -> Notice | None:
    """What is wrong with `name` as a path made inside an output folder, or None: it must be relative,
    without `..`, empty or hidden parts, backslashes or NUL, each part a name a filesystem takes."""
    if "\\" in name or "\0" in name:
        return Notice(BACKSLASH, name=repr(name))
    if PurePosixPath(name).is_absolute():
        return Notice(ABSOLUTE, name=repr(name))
    for part in name.split("/"):
        if part in ("", ".", "..") or part.startswith("."):
            return Notice(BAD_PART, name=repr(name), part=repr(part))
        if len(os.fsencode(part)) > MAX_NAME_BYTES:
            return Notice(PART_TOO_LONG, name=repr(name[:40]), limit=MAX_NAME_BYTES)
    return None


def inside(folder: Path, name: str, where: str) -> Path:
    """`folder/name`, refused unless it stays inside `folder`, also once symbolic links are resolved.
    `where` (a Notice, or a place as it is) comes first in the message."""
    problem = name_problem(name)
    if problem:
        raise InputError(Notice(AT_PLACE, place=where, message=problem))
    target = folder / name
    try:
        escapes = not target.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):          # a symlink loop on the way
        escapes = True
    if escapes:
        raise InputError(Notice(AT_PLACE, place=where, message=Notice(LEADS_OUT, name=repr(name), folder=folder)))
    return target
