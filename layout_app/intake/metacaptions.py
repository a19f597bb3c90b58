"""A photo's own caption (the one its file carries, EXIF/XMP/IPTC) typed into the copy right after its
story, word for word, is read by the copy alone as the story's last paragraph; beside the photo's file it
is that photo's caption, no body text — printed twice otherwise, under the photo and as the story's last
paragraph (review26's lead). Taken out of the story's text as a caption of the copy for that story (its
photo credit, if the copy adds one, kept with it)."""
from __future__ import annotations

from layout_app.intake.photodesk import NOT_TEXT
from layout_app.intake.repair import photo_credit
from layout_app.intake.structure import Caption, StoryParts


def own_captions_out(stories: list[StoryParts], photo_captions: list[str]) -> list[Caption]:
    """The stories' closing paragraphs that a photo's own caption says word for word (punctuation and
    spaces aside, the copy's credit after it allowed), taken out of their text; returned as captions of
    their story. A story keeps its first paragraph whatever it says."""
    own = {NOT_TEXT.sub("", c) for c in photo_captions if c and NOT_TEXT.sub("", c)}
    out: list[Caption] = []
    for k, story in enumerate(stories):
        while len(story.paragraphs) > 1:
            last = story.paragraphs[-1]
            at = photo_credit(last)
            if NOT_TEXT.sub("", last if at is None else last[:at]) not in own:
                break
            story.paragraphs.pop()
            story.subheads = [j for j in story.subheads if j < len(story.paragraphs)]
            out.insert(0, Caption(last, k, 1.0))
    return out
