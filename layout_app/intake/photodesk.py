"""The photo desk's work as it arrives: each photo's caption and credit from its own metadata, the
page's credit line for its photos (本版图片由本报记者 周航 摄), and the story each photo goes with —
decided by its caption through the same matcher as the copy's captions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from layout_app.intake.captions import match_captions
from layout_app.intake.pagecredit import PAGE_PHOTO_CREDIT, page_photo_credit, photographers  # noqa: F401 (photo desk's own)
from layout_app.intake.repair import photo_credit
from layout_app.intake.structure import Caption, StoryParts

NOT_TEXT = re.compile(r"[\s　，。、：；！？“”‘’「」（）()《》,.:;!?\"'—…-]+")


@dataclass
class PhotoCopy:
    """What one photo goes to the page with."""
    caption: str
    credit: str                      # its own credit; "" when it has none (the page line may cover it)
    story: int | None                # index into the stories, None when no story is clear
    caption_from: str = ""           # "file" (its metadata), "copy" or "" (none)
    candidates: list = field(default_factory=list)    # (story index, score, shared names) when unclear


def same_caption(a: str, b: str) -> bool:
    """The same caption written twice (metadata and copy), punctuation and spaces aside; a copy
    caption may carry the credit after it."""
    x, y = NOT_TEXT.sub("", a), NOT_TEXT.sub("", b)
    return x == y or (min(len(x), len(y)) >= 8 and (x in y or y in x))


def assign_photos(photos: list[tuple[str, str]], copy_captions: list[Caption],
                  stories: list[StoryParts]) -> tuple[list[PhotoCopy], list[Caption]]:
    """`photos`: (metadata caption, metadata credit) of each photo. A photo keeps its own caption and
    goes with the story that caption names; a photo without one takes the next caption of the copy
    that no photo's metadata already carries. Returns the photos and the copy captions left over."""
    spare = [c for c in copy_captions if not any(cap and same_caption(c.text, cap) for cap, _ in photos)]
    out = []
    for caption, credit in photos:
        if caption and photo_credit(caption) is None:
            # the copy's caption of this photo may end with a credit its metadata does not carry: kept
            # (one_credit then prints it once, or says it names another photographer) — never lost
            twin = next((c.text for c in copy_captions if same_caption(c.text, caption)), "")
            at = photo_credit(twin)
            if at is not None:
                caption = f"{caption} {twin[at:].strip()}"
        if caption:
            probe = Caption(caption)
            match_captions([probe], stories)
            out.append(PhotoCopy(caption, credit, probe.story, "file", probe.candidates))
        elif spare:
            c = spare.pop(0)
            out.append(PhotoCopy(c.text, credit, c.story, "copy", list(c.candidates)))
        else:
            out.append(PhotoCopy("", credit, None))
    return out, spare


def one_credit(caption: str, credit: str) -> tuple[str, str, str]:
    """A caption that ends with its photo's credit ('…展示作品。（薛欣怡 摄）') beside the credit the photo
    prints in the credit style: a printed photo carries one credit. The caption's credit becomes the
    photo's where it has none, and leaves the caption where it names the same people as the photo's
    own; where they name others, both stay (the editor decides). Returns the caption, the credit and
    what was done: "", "moved", "same" or "odds"."""
    at = photo_credit(caption)
    if at is None:
        return caption, credit, ""
    text, own = caption[:at].rstrip(), caption[at:].strip(" 　（）()")
    if " " not in own:           # the copy's repair closed its spaces up: set as credits are, 本报记者 孙浩 摄
        for name in photographers(own):
            own = own.replace(name, f" {name} ", 1)
        own = " ".join(own.split())
    if not credit:
        return text, own, "moved"
    if photographers(own) and set(photographers(own)) <= set(photographers(credit)):
        return text, credit, "same"
    return caption, credit, "odds"
