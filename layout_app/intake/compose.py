"""`layout-app compose`: copy files and photos in, a complete first layout out.

Copy goes through intake (stories, captions, credits); photos bring their metadata captions; each
photo is matched to a story by its caption; layout.autoplace puts everything on the template's grid,
copyfitted. The result is a document the editor and `export` open, and a report of what was decided."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from layout_app.errors import InputError, Notice
from layout_app.imaging.intake import IncomingPhoto, import_photo, photo_files
from layout_app.imaging.source import PhotoError
from layout_app.intake.composewords import (AT_A_GUESS, BY_FILE_NAME, BY_PLACE, CANDIDATE, CANDIDATES,
                                            CAPTION_BY_NAME, CAPTION_BY_ORDER, CAPTION_LOST, CAPTION_ONLY,
                                            CREDIT_IN_LINE, CREDIT_MOVED, CREDIT_ODDS, CREDIT_SAME, CREDIT_SHARED, CREDITED,
                                            LEAD_NO_BANNER, LINE_ODDS_MANY, LINE_ODDS_ONE, NO_PHOTO_FILES,
                                            NO_PHOTOS_THERE, NO_STORY, NO_STORY_FOR, NOT_RECOGNISED, OWN_CAPTION, PHOTO_FILE,
                                            SECOND_BANNER, SECOND_LEAD, SPARE_CAPTION, WAITING, WAITS, WAITS_BARE)
from layout_app.intake.composewords import (ART_SECTION, CREDIT_BESIDE, ELIMINATED, NAMED_BY_PHOTOS, PHOTO_SECTION_SET,
                                             PICTURE_STORY, SECOND_CAPTION, TOSS, UNLABELLED_PICTURE, CREDIT_NO_PHOTO)
from layout_app.intake.artworks import fuller, is_artwork, maker_named, section_label
from layout_app.intake.copycaptions import numbered_before
from layout_app.intake.importer import import_copy
from layout_app.intake.metacaptions import own_captions_out
from layout_app.intake.pagecredit import PAGE_PHOTO_CREDIT, credit_at_odds, credited_by_line, foot_lines, merged_credits
from layout_app.intake.paraformats import paragraph_formats
from layout_app.intake.tables import table_formats
from layout_app.intake.verse import verse_formats
from layout_app.intake.photodesk import (assign_photos, named_by, numbered_credits, one_credit, page_photo_credit,
                                         same_caption, same_person)
from layout_app.intake.photonews import (credits_run_on, is_photo_story, own_credits, photo_story_text, reads_as_picture_story,
                                         unlabelled_picture_stories)
from layout_app.intake.runninghead import (
    RUNNING_HEAD,
    HeadFields,
    assumed_notes,
    edition_date,
    head_notes,
    master_for,
    masthead_left,
    masthead_parts,
    nameplate_unsaid,
    printed_head,
    staff_from_credits,
    unnumbered,
)
from layout_app.intake.structure import LOW, Caption, StoryParts
from layout_app.io.templates import load_template
from layout_app.layout.autoplace import StoryPlan
from layout_app.layout.holdover import plan_held_over
from layout_app.layout.pagehead import STAFF_ID
from layout_app.layout.photonumbers import by_number
from layout_app.layout.sidebars import LABEL as SIDEBAR_LABEL, box_sidebars
from layout_app.layout.wording import CLAUSES, joined
from layout_app.model.document import Document, Page
from layout_app.model.story import QUERIES, UNASSIGNED, Photo, Story
from layout_app.preflight.checks import MIN_PPI


BY_ORDER_NOTE = "排版时图片文件里没有说明，按稿件顺序配上了这条图片说明：请核对是这张图片的"
# (the one caption left is likely the photo's, not sure: the reporter checks it on the caption proof)
ONLY_NOTE = "排版时图片文件里没有说明，配上了稿件中唯一还没有配图的图片说明：请核对是这张图片的"
ELIMINATED_NOTE = "排版时图片文件里没有说明；稿件中剩下的图片说明“{caption}”只是排除法猜出来的，未配、未上版：请核对后再排"
SECOND_NOTE = "稿件中另有一条这张图片的说明（未排印）：“{second}”"

# a place a caption names: 凤鸣街道, 河湾社区, 青石镇, 柳溪村, 东湖区…
PLACE = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:社区|街道|镇|乡|村|县|区)")


def _query(doubt: str) -> str:
    """The story's query for a doubt import left: a paragraph read two ways is a doubt about its text."""
    if doubt == "paragraph":
        return "columns"
    return doubt if doubt in QUERIES else "parts"


def story_by_place(caption: str, stories: list[StoryParts]) -> tuple[int | None, str]:
    """The one story that names a place the caption names (in its heading first, else its body)."""
    for m in PLACE.finditer(caption or ""):
        name = m.group(0)
        for start in range(0, len(name) - 2):          # 在东湖区 → 东湖区
            place = name[start:]
            # (a 记者手记's or 链接's text names the feature's places: none of its own to photograph)
            for where in (lambda s: "".join(filter(None, (s.kicker, s.headline, s.deck))),
                          lambda s: "" if SIDEBAR_LABEL.match((s.kicker or "").strip()) else s.text()):
                hits = [k for k, st in enumerate(stories) if place in where(st)]
                if len(hits) == 1:
                    return hits[0], place
                if hits:
                    break
    return None, ""


PHOTO_SECTION = 3       # captioned photos no story's caption names, under a banner: the banner's photo section


def news_photo_key(photo: Photo, d) -> tuple:
    """A story's photos sort news photo first: captioned, credited, its caption the photo desk's own (its
    file's); then the copy's order — not by how much a caption names the story: that reordered pages whose
    photos are all captioned and credited alike (the copy's order is the editor's)."""
    return (not photo.caption, not photo.credit, d.caption_from != "file")


@dataclass
class ComposeResult:
    document: Document
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)     # what could not be used or placed, and why
    warnings: list[str] = field(default_factory=list)     # what the layout falls short in (缺 N 行…)
    decisions: dict = field(default_factory=dict)         # what autoplace decided and why, for --json
    refused: list[str] = field(default_factory=list)      # input files named that could not be used
    unread: list[str] = field(default_factory=list)       # copy lines read as no part (kept on no page)


def compose(template: str, copy_files: list[str | Path], photo_args: list[str | Path], out: str | Path,
            encoding: str | None = None, title: str = "", head: HeadFields = HeadFields()) -> ComposeResult:
    out = Path(out)
    t = load_template(template)
    notes: list[str] = []
    problems: list[str] = []
    banner_parts = None
    banners: list[tuple[float, str, dict]] = []       # (confidence, file, banner) of each copy file's
    lead: list[str] = []
    leads: list[tuple[str, list[str]]] = []           # (file, lead) of each copy file that has one
    stories: list[StoryParts] = []
    captions: list[Caption] = []
    credits: list[str] = []
    unassigned: list[str] = []
    unread: list[str] = []
    own: dict[int, str] = {}                        # picture story (图片新闻) → the credit under its text
    printed: tuple[str, dict] | None = None         # (file, fields) of the running head a copy file printed
    maybe: dict[int, str] = {}                      # … and a story no label calls one, that may be one
    for path in copy_files:
        page, copy = import_copy(path, encoding)
        if page.running_head and printed is None:
            printed = Path(path).name, page.running_head
        notes.extend(copy.notices)                  # each notice names its file already
        if page.banner:
            banners.append((page.banner_confidence, Path(path).name, page.banner))
        if page.lead:
            leads.append((Path(path).name, list(page.lead)))
        offset = len(stories)
        stories += page.stories
        captions += [Caption(c.text, None if c.story is None else c.story + offset, c.confidence,
                             [(k + offset, score, shared) for k, score, shared in c.candidates], c.label)
                     for c in page.captions]
        credits += page.credits
        own.update((i + offset, c) for i, c in own_credits(page.stories, page.credits, copy.lines, PAGE_PHOTO_CREDIT).items())
        maybe.update((i + offset, c) for i, c in own_credits(page.stories, page.credits, copy.lines, PAGE_PHOTO_CREDIT,
                                                             reads_as_picture_story).items())
        for text in page.unassigned:
            # in the document, on no page: never dropped (preflight and the editor's Stories panel show it)
            unassigned.append(text)
            unread.append(text)
            problems.append(Notice(NOT_RECOGNISED, file=Path(path).name, unassigned=UNASSIGNED, text=text))
    if banners:
        # one banner a page: the surest of the files' (the first of equals); the others' lines kept on
        # no page, said — a second file's guessed banner took the real one's place, silently
        best = max(range(len(banners)), key=lambda k: (banners[k][0], -k))
        banner_parts = banners[best][2]
        for k, (confidence, name, other) in enumerate(banners):
            if k == best:
                continue
            for text in filter(None, (other["kicker"], other["headline"], other["deck"])):
                unassigned.append(text)
                unread.append(text)
                problems.append(Notice(SECOND_BANNER, file=name, confidence=confidence, best=banners[best][1],
                                       best_confidence=banners[best][0], unassigned=UNASSIGNED, text=text))
    if leads:
        # one lead a page: the one under the page's banner (else the first file's); another file's kept
        # on no page, said — two files' leads had been set as one under the one banner
        home = banners[best][1] if banners else leads[0][0]
        lead = next((text for name, text in leads if name == home), leads[0][1])
        for name, text in leads:
            if text is lead:
                continue
            for paragraph in text:
                unassigned.append(paragraph)
                unread.append(paragraph)
                problems.append(Notice(SECOND_LEAD, file=name, best=home, unassigned=UNASSIGNED, text=paragraph))
    if not stories and not banner_parts:
        raise InputError(Notice(NO_STORY))
    # the running head (报眉) every page takes (page 1 the front page's master where the template names
    # one), and what fills it: the command line's fields, else those the copy's own printed head read
    head, taken = printed_head(head, printed[1] if printed else {})
    # (the front master on a page said to be 第1版 — by the command line or the copy's masthead: an
    # inside page nobody numbered is no front page)
    master = master_for(t.masters, head.number if head.numbered else 0, t.front_page)
    paper, date = head.paper or t.paper, edition_date(head.date)
    # (a page whose number nobody said prints no 版次: a 第1版 would be no inside page's)
    masters = t.masters if head.numbered or master != RUNNING_HEAD else unnumbered(t.masters, master)
    # (the masthead's organ, CN, issue, 农历 and weather the copy printed: the front master prints them again)
    masthead = masthead_parts(printed[1] if printed else {})

    for p in map(Path, photo_args):
        if not p.exists():
            # a folder or file named on the command line that is not there: nothing to compose with
            raise InputError(Notice(NO_PHOTOS_THERE, path=p))
        if p.is_dir() and not photo_files([p]):
            problems.append(Notice(NO_PHOTO_FILES, path=p))
    photos: list[IncomingPhoto] = []
    refused: list[str] = []
    for p in photo_files(list(photo_args)):
        try:
            photos.append(import_photo(p))
        except PhotoError as exc:
            problems.append(exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Notice) else str(exc))
            refused.append(str(p))

    # a picture story's credit typed on its text's line ('…确保颗粒归仓。　本报记者 王晓东 摄'): its photo's
    # credit, printed as credits are — not run on in the text (only one on a line of its own was taken)
    own.update(credits_run_on(stories, own))
    # a photo's own caption the copy typed after its story: that photo's caption, not the story's last paragraph
    for c in own_captions_out(stories, [ph.text.caption for ph in photos]):
        captions.append(c)
        notes.append(Notice(OWN_CAPTION, text=c.text, headline=stories[c.story].headline))
    # what reading the copy left in doubt goes with the story, for the editor's live check to say
    model_stories = [Story(f"s{k + 1}", s.headline, s.kicker or "", s.deck or "", tuple(s.paragraphs), s.byline or "",
                           query=_query(s.doubt) if s.confidence < LOW else "",
                           formats=table_formats(s, verse_formats(s, t.styles, paragraph_formats(s, t.styles, t.grid.column_width))))
                     for k, s in enumerate(stories)]
    banner_id = None
    desk_warnings: list[str] = []
    if banner_parts:
        banner_id = "banner"
        model_stories.insert(0, Story("banner", banner_parts["headline"], banner_parts["kicker"] or "",
                                      banner_parts["deck"] or "", tuple(lead)))
    elif lead:
        # (not a "could not": the lead is set, in the lead style at the top — the editor may want a banner)
        desk_warnings.append(Notice(LEAD_NO_BANNER))
        model_stories.insert(0, Story("lead", "", "", "", tuple(lead)))
    credits_id = None
    # photos: metadata caption first, matched to its story (intake.photodesk); a picture story's photo
    # by the words of its text its file name says
    # … and one its desk sent with no label: a caption's length of text, its photographer's credit under it,
    # its photo named by its headline (review 30: 冬泳爱好者迎寒而上, its photo said to have no caption)
    unlabelled = unlabelled_picture_stories(stories, maybe, [ph.path.name for ph in photos])
    for i, name in unlabelled.items():
        own[i] = maybe[i]
        notes.append(Notice(UNLABELLED_PICTURE, story=f"s{i + 1}", headline=stories[i].headline, credit=maybe[i],
                            file=name))
    pictured = {i: photo_story_text(s.kicker, s.headline, s.deck, s.paragraphs) for i, s in enumerate(stories)
                if is_photo_story(s.kicker, s.headline) or i in unlabelled}
    desk, spare_captions = assign_photos([(ph.text.caption, ph.text.credit) for ph in photos], captions, stories,
                                         [ph.path.name for ph in photos], pictured)
    for i in {d.story for d in desk if d.story in own and own[d.story] in credits}:
        credits.remove(own[i])            # a picture story's own credit is its photo's, not the page line's
    credits = merged_credits(credits)          # two files' credit lines for one page: one line
    # '本版责任编辑 赵六' fills the running head's {editor}: printed there, not as a credit too
    head_master = next((m for m in masters if m.name == master), None)
    head_staff, credits = staff_from_credits(credits, head_master)
    if printed and "editor" not in head_staff and head_master and "editor" in printed[1]:
        head_staff = {k: printed[1][k] for k in ("editor", "art_editor") if k in printed[1]}
    # the photographers credited beside their photos are not credited again in the line; the page's
    # staff (本版责任编辑) a running head does not hold is furniture, on a line of its own at the foot
    credits, staff, beside = foot_lines(credits, [one_credit(d.caption, d.credit)[1] for d in desk
                                                  if d.caption or d.story is not None])
    notes += [Notice(CREDIT_BESIDE, credit=c) for c in beside]
    if not credits:
        credits, staff = staff, []             # the staff alone: the foot line is theirs
    if credits:
        credits_id = "credits"
        # set in the credit style on the foot line, not as an indented body paragraph
        model_stories.append(Story("credits", byline="　　".join(credits)))
    if staff:
        model_stories.append(Story(STAFF_ID, byline="　　".join(staff)))

    # a photo without a credit of its own is credited by the page's credit line, or preflight reports it (once)
    page_credit = page_photo_credit(credits)
    model_photos: list[Photo] = []
    credited: list[tuple[str, str]] = []              # photos the page's credit line credits
    photo_story: dict[str, int | None] = {}
    base = out.parent.resolve()
    for k, (ph, d) in enumerate(zip(photos, desk)):
        pid = f"p{k + 1}"
        by_order = d.caption_from == "copy"
        if d.story in pictured:
            # a picture story's text is its photo's caption: not printed twice; its credit the photo's
            d = replace(d, caption="" if not d.caption or same_caption(d.caption, pictured[d.story]) else d.caption,
                        credit=d.credit or own.get(d.story, ""))
            notes.append(Notice(PICTURE_STORY, file=ph.path.name, story=f"s{d.story + 1}",
                                headline=stories[d.story].headline, credit=d.credit or "—"))
        if ph.text.lost:
            desk_warnings.append(Notice(CAPTION_LOST, file=ph.path.name, marks=ph.text.lost[:8]))
        if d.second:
            notes.append(Notice(SECOND_CAPTION, file=ph.path.name, second=d.second, caption=d.caption))
        if d.caption_from == "name":
            notes.append(Notice(CAPTION_BY_NAME, file=ph.path.name, caption=d.caption))
        elif d.caption_from == "only":
            notes.append(Notice(CAPTION_ONLY, file=ph.path.name, caption=d.caption))
        elif by_order:
            # the files' order is not the captions': a wrong caption under a photo is the worst a page
            # prints — said as a warning, and left on the photo as a note the caption proof shows
            desk_warnings.append(Notice(CAPTION_BY_ORDER, photo=pid, file=ph.path.name, caption=d.caption))
        if d.caption and d.story is None and d.candidates:
            notes.append(Notice(CANDIDATES, file=ph.path.name, candidates=joined((
                Notice(CANDIDATE, story=f"s{i + 1}", score=score, names="、".join(shared))
                for i, score, shared in d.candidates[:3]), CLAUSES)))
        caption, credit, done = one_credit(d.caption, d.credit)
        art = is_artwork(caption)
        if art:
            # a painting or calligraphy: its caption names its maker (the copy's, saying more than the
            # file's), no 摄 after the name; shown whole, never cropped to its frame's shape
            caption = fuller(caption, [c.text for c in captions], same_caption)
            if credit and maker_named(caption, credit):
                credit = ""
        if done == "moved":
            notes.append(Notice(CREDIT_MOVED, file=ph.path.name, credit=credit))
        elif done == "same":
            notes.append(Notice(CREDIT_SAME, file=ph.path.name, credit=credit))
        elif done == "odds":
            desk_warnings.append(Notice(CREDIT_ODDS, photo=pid, file=ph.path.name, caption=caption, credit=credit))
        if credit and page_credit and credited_by_line(credit, page_credit):
            notes.append(Notice(CREDIT_IN_LINE, file=ph.path.name, credit=credit, line=page_credit))
            credit = ""                                   # the page's credit line prints it, once
        if not credit and page_credit and not art:
            credited.append((pid, ph.path.name))          # said once the page places it, below
        rel = os.path.relpath(ph.path.resolve(), base)
        comment = BY_ORDER_NOTE if by_order else ONLY_NOTE if d.caption_from in ("only", "story_only") else ""
        if d.second:
            # the copy's other caption of it, not printed: kept where the caption proof shows it
            comment = "；".join(filter(None, (comment, SECOND_NOTE.format(second=d.second))))
        elif d.by_elimination:
            comment = ELIMINATED_NOTE.format(caption=d.offers[0])
        model_photos.append(Photo(pid, Path(rel).as_posix(), caption, credit, checksum=ph.proxy.checksum, fit=art,
                                  comment=comment))
        photo_story[pid] = d.story
    # the credit line under a numbered set (图① 图② / 本报记者 周明远 摄) credits each photo of it without its own
    model_photos, shared = numbered_credits(model_photos, photo_story)
    notes += [Notice(CREDIT_SHARED, credit=c, photos=joined(pids)) for c, pids in shared]
    credited = [(pid, name) for pid, name in credited if not any(pid in pids for _, pids in shared)]
    odds = [(Notice(PHOTO_FILE, photo=p.id, file=ph.path.name), p.credit) for ph, p in zip(photos, model_photos)
            if p.credit and page_credit and credit_at_odds(p.credit, page_credit)]
    for credit in dict.fromkeys(c for _, c in odds):
        # the caption prints the photo's own credit; the foot line another photographer's
        pids = [pid for pid, c in odds if c == credit]
        desk_warnings.append(Notice(LINE_ODDS_MANY if len(pids) > 1 else LINE_ODDS_ONE, line=page_credit,
                                    photos=joined(pids), credit=credit))
    for c in spare_captions:
        whose = [f"p{k + 1}" for k, ph in enumerate(photos) if ph.text.caption and same_person(c.text, ph.text.caption)]
        if len(whose) > 1:
            notes.append(Notice(NAMED_BY_PHOTOS, text=c.text, photos=joined(whose)))
        unassigned.append(c.text)
        problems.append(Notice(SPARE_CAPTION, unassigned=UNASSIGNED, text=c.text))
    if unassigned:
        model_stories.append(Story(UNASSIGNED, body=tuple(unassigned)))

    # a picture story (图片新闻) is set as one: its photo large, its text under or beside it
    plans = [StoryPlan(s.id, photo_news=k in pictured) for k, s in enumerate(s for s in model_stories if s.id.startswith("s"))]
    by_id = {s.id: s for s in model_stories}
    by_index = {k: plans[k] for k in range(len(plans))}
    loose = []
    for pid, idx in photo_story.items():
        if idx is None:
            # the matcher was not sure: the place the caption names, if one story alone names it
            idx, place = story_by_place(model_photos[int(pid[1:]) - 1].caption, stories)
            if idx is not None:
                photo_story[pid] = idx
                notes.append(Notice(BY_PLACE, photo=pid, place=place, story=f"s{idx + 1}"))
        if idx is not None and idx in by_index:
            by_index[idx].photos.append(pid)
        else:
            loose.append(pid)
    for p in plans:
        # the story's news photo first (its largest as set, `storyblock`): the photo desk's own caption and
        # credit, the caption naming most of what the story names — a crowd shot after the action photo
        p.photos.sort(key=lambda pid: news_photo_key(model_photos[int(pid[1:]) - 1], desk[int(pid[1:]) - 1]))
    heads = ["".join(filter(None, (s.kicker, s.headline, s.deck))) for s in stories]
    texts = [h + "".join(s.paragraphs) for h, s in zip(heads, stories)]
    works = [pid for pid in loose if model_photos[int(pid[1:]) - 1].fit]
    if works:
        # paintings and calligraphy no story's caption names: the page's 书画, a section of their own
        # under its label — no story's pictures at a guess
        sid = f"s{len(plans) + 1}"
        label = section_label([model_photos[int(p[1:]) - 1].caption for p in works], captions, same_caption)
        at = max((k for k, s in enumerate(model_stories) if re.fullmatch(r"s\d+", s.id)), default=0)
        model_stories.insert(at + 1, Story(sid, kicker=label))
        by_id[sid] = model_stories[at + 1]
        plans.append(StoryPlan(sid, photos=list(works), gallery=True))
        notes.append(Notice(ART_SECTION, story=sid, label=label or "—", photos=joined(works)))
        loose = [pid for pid in loose if pid not in works]
    order = [c.text for c in captions]
    pictures = sorted((pid for pid in loose if model_photos[int(pid[1:]) - 1].caption),    # (the copy's order: 上图 first)
                      key=lambda pid: next((j for j, t in enumerate(order)
                                            if same_caption(t, model_photos[int(pid[1:]) - 1].caption)), len(order)))
    if banner_id and len(pictures) >= PHOTO_SECTION:
        # a photo page: captioned photos no story's caption names under a banner and its lead (山乡巨变入画来
        # over six village scenes and a 记者手记) are the banner's feature — a section of their own, first
        # under it, in the desk's order; not set at a guess in the stories that mention their places
        sid = f"s{len(plans) + 1}"
        model_stories.insert(1, Story(sid))
        by_id[sid] = model_stories[1]
        plans.insert(0, StoryPlan(sid, photos=pictures))
        notes.append(Notice(PHOTO_SECTION_SET, story=sid, photos=joined(pictures), banner=banner_parts["headline"]))
        loose = [pid for pid in loose if pid not in pictures]
    tossed: list[tuple[str, str, list[str]]] = []
    for pid in loose:
        k = int(pid[1:]) - 1
        _, named = named_by(photos[k].path.name, heads) if not model_photos[k].caption else (0, None)
        # (… where the stories' whole text says so too: '城关一小消防安全课.jpg' shares 城关 with the lead's
        # 城关镇 heading, but the 简讯 item about 城关一小's 消防安全课 names it — a guess either way: it waits)
        if named is not None and named_by(photos[k].path.name, texts)[1] != named:
            named = None
        if named is not None and named in by_index:
            # no caption, but its file name names a story's heading (河湾社区夜巡队2.jpg): with it, a guess
            by_index[named].photos.append(pid)
            by_index[named].guessed = by_index[named].guessed | {pid}
            desk_warnings.append(Notice(BY_FILE_NAME, photo=pid, file=model_photos[k].file, story=f"s{named + 1}",
                                        headline=stories[named].headline))
            continue
        if desk[k].by_elimination:
            # no caption of its own; the one caption left is its only as the others found theirs: a guess
            # it waits on (review30's DSC_0093 took 林小雨在训练中。 and ran as the feature's biggest photo)
            desk_warnings.append(Notice(ELIMINATED, photo=pid, file=model_photos[k].file, caption=desk[k].offers[0]))
            continue
        if not model_photos[k].caption and desk[k].offers:
            # several photos and several captions left, none named: which is whose is a toss — it waits
            # off the page with the captions it might take said (all such photos in one notice), none
            # printed at a guess
            tossed.append((pid, model_photos[k].file, desk[k].offers))
            continue
        if not model_photos[k].caption:
            # no caption and no story: nothing tells where it goes — it waits off the page, as on a
            # page editor's pasteboard (a reviewer found four such piled on a brief, one the page's largest)
            desk_warnings.append(Notice(WAITS if model_photos[k].credit or page_credit else WAITS_BARE, photo=pid,
                                        file=model_photos[k].file))
            continue
        # a photo whose caption names no story goes with the story that has the fewest photos (the
        # longer one first): spread out, no story buried under photos that may not be its own
        target = min(plans, key=lambda p: (len(p.photos), -sum(map(len, by_id[p.story].body))), default=None)
        # … unless it is numbered among the page's photos (图②：…) right after one a story's caption
        # numbers (图①, the lead's): the desk numbers a story's photos in a run — with that story
        before = numbered_before(model_photos[k].caption, captions)
        if before is not None and before in by_index:
            target = by_index[before]
        if target is None:
            problems.append(Notice(NO_STORY_FOR, photo=pid))
            continue
        target.photos.append(pid)
        target.guessed = target.guessed | {pid}          # the first left out when its stack runs over
        # a guess, said as one and left on the photo as a note the caption check and review mode show
        # until the reporter or the editor has checked it
        headline = by_id[target.story].headline
        desk_warnings.append(Notice(AT_A_GUESS, photo=pid, file=model_photos[k].file, caption=model_photos[k].caption,
                                    story=target.story, headline=headline))
        model_photos[k] = replace(model_photos[k], comment="；".join(filter(None, (
            model_photos[k].comment, f"排版时图片说明对不上任何稿件，暂放在《{headline}》旁：请核对"))))
    if tossed:
        desk_warnings.append(Notice(TOSS, count=len(tossed), photos="、".join(f"{pid} ({file})" for pid, file, _ in tossed),
                                    n=len(tossed[0][2]), captions="；".join(f"“{t}”" for t in tossed[0][2])))

    # each photo keeps the story it goes with (the caption proof's, wherever the editor moves it),
    # numbered ones in the desk's order (图② guessed to 图①'s story is set after it)
    for plan in plans:
        plan.photos = by_number(plan.photos, lambda pid: model_photos[int(pid[1:]) - 1].caption)
        for pid in plan.photos:
            k = int(pid[1:]) - 1
            model_photos[k] = replace(model_photos[k], story=plan.story)
    page = Page("p1", head.number, master=master)        # (a front page's masthead takes the top)
    doc = Document(t.grid, dict(t.styles), (page,), tuple(model_stories), tuple(model_photos),
                   title=title, date=date, template=t.recorded, sheet=t.sheet, masters=masters, paper=paper,
                   masthead=masthead)
    aspect = {ph.id: inc.proxy.full_height / inc.proxy.full_width for ph, inc in zip(model_photos, photos)}
    # no frame larger than the photo's pixels fill at the plant's floor: preflight would stop the page
    most = {ph.id: (inc.proxy.full_width * 72 / MIN_PPI, inc.proxy.full_height * 72 / MIN_PPI)
            for ph, inc in zip(model_photos, photos)}
    # (stories an editor would hold over left off where the page cannot take all its copy: `holdover`)
    plan = plan_held_over(doc, page, plans, banner=banner_id or ("lead" if lead and not banner_id else None),
                          credits=credits_id, photo_aspect=aspect, photo_most=most)
    placed = {f.photo for f in plan.frames if f.photo}
    notes += [Notice(CREDITED, file=name, line=page_credit) for pid, name in credited if pid in placed]
    if page_credit and credits_id and not placed:
        # the copy's 本版图片由…摄 is printed (the reporter's words), but it credits no photo on the page
        desk_warnings.append(Notice(CREDIT_NO_PHOTO, line=page_credit, n=len(model_photos)))
    waiting = [p.id for p in model_photos if p.id not in placed]
    short = next((n for n, w in enumerate(plan.warnings) if w.startswith("the page is short of copy")), None)
    if waiting and short is not None:
        # the page is short, and photos wait off it: the first thing an editor reaches for
        plan.warnings[short] = Notice(WAITING, said=plan.warnings[short], n=len(waiting), photos=joined(waiting))
    # a sidebar (记者手记, 链接…) boxed and set with its feature
    boxes = plan.boxes + box_sidebars(doc, page, plan, doc.grid.line_count - (1 if credits_id else 0))
    page = Page("p1", head.number, tuple(plan.frames), head.section, master, rules=tuple(plan.rules),
                boxes=tuple(boxes), editor=head_staff.get("editor", ""), art_editor=head_staff.get("art_editor", ""))
    # each story's rank as the page was planned with it: its headline style (headline_<rank>)
    model_stories = [replace(s, rank=plan.ranks[s.id]) if s.id in plan.ranks else s for s in model_stories]
    doc = Document(t.grid, {**t.styles, **plan.styles}, (page,), tuple(model_stories), tuple(model_photos),
                   title=title, date=date, template=t.recorded, sheet=t.sheet, masters=masters, paper=paper, masthead=masthead)
    notes += head_notes(doc, page, head_staff)
    if left := masthead_left(head_master, masthead, printed[0] if printed else ""):
        desk_warnings.append(left)
    if unnamed := nameplate_unsaid(head_master if master != RUNNING_HEAD else None, paper):
        desk_warnings.append(unnamed)
    assumed, head_warnings = assumed_notes(next((m for m in t.masters if m.name == master), None), head, date, paper,
                                           head_staff, taken, printed[0] if printed else "")
    notes += assumed
    decisions = dict(plan.decisions)
    decisions["captions"] = [{"photo": pid, "story": next((p.story for p in plans if pid in p.photos), None),
                              "matched": photo_story[pid] is not None} for pid in photo_story]
    return ComposeResult(doc, notes + plan.notes, problems + plan.unplaced, desk_warnings + plan.warnings + head_warnings,
                         decisions, refused, unread)

