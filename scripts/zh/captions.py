"""Chinese for the caption proof reporters read (`layout-app captions`, layout_app/preflight/proofwords.py
and the place of a photo in captioncheck; context "Preflight", as the review panel says them). "(no caption)"
is in the table of scripts/translations.py."""
ZH = {
    "{title}: caption proof": "{title}：图片说明校对",
    "(no credit)": "（无署名）",
    "Story: {headline}": "稿件：{headline}",
    "Photos not on the page": "未上版的图片",
    "not on the page: no caption and no story tell where it goes — the page editor places it":
        "不在版面上：没有图片说明，也不知道配哪篇稿件——请版面编辑放置",
    "not on the page: there is no room for it, so neither the photo nor its caption prints":
        "不在版面上：版面放不下，这张图片和图片说明都不会印出",
    "{what} ({caption})": "{what}（{caption}）",
    "{out}: {n} photo(s), {warned} with warnings": "{out}：{n} 张图片，{warned} 张有警告",
    "{summary}; {n} not on the page": "{summary}；{n} 张未上版",
    "page {page}, columns {first}–{last}, lines {top}–{bottom}": "第{page}版 第{first}–{last}栏 第{top}–{bottom}行",
    "page {page}, column {first}, lines {top}–{bottom}": "第{page}版 第{first}栏 第{top}–{bottom}行",
}
