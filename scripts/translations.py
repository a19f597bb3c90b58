"""Refresh the Chinese (zh_CN) interface translation: collect strings with pyside6-lupdate, fill in
the translations below, compile with pyside6-lrelease.
Each area of the editor may keep its own table in scripts/zh/<area>.py (a dict named ZH), merged
into the one below, so that work on different panels does not edit one long table.
Run: python scripts/translations.py"""
from __future__ import annotations

import html
import re
import runpy
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "i18n" / "layout_app_zh_CN.ts"

ZH = {
    "&Edit": "编辑(&E)", "&Export PDF/X…": "导出 PDF/X(&E)…", "&File": "文件(&F)", "&Open…": "打开(&O)…",
    "&Page": "版面(&P)", "&Preflight": "预检(&P)", "&Quit": "退出(&Q)", "&Redo": "重做(&R)", "&Save": "保存(&S)",
    "&Undo": "撤销(&U)", "&View": "视图(&V)", "Actual size": "实际大小", "Autosave failed: {error}": "自动保存失败：{error}",
    "Body": "正文", "Cannot open": "无法打开", "Cannot save": "无法保存", "Change type size": "更改字号",
    "Column": "栏", "Column guides": "分栏参考线", "Columns": "栏数", "Delete frame": "删除框",
    "Documents (*.yaml)": "版面文件 (*.yaml)", "Drop files": "拖入文件", "Edit story": "编辑稿件",
    "Export PDF/X-4": "导出 PDF/X-4", "Export failed": "导出失败", "Exported {path}: {summary}": "已导出 {path}：{summary}",
    "Find the photo": "查找图片", "Fit page": "适合页面", "Fit width": "适合宽度", "Frame geometry": "框位置与大小",
    "Headline": "主题", "Line": "行", "Line grid": "行格参考线", "Lines": "行数", "MISSING": "缺失",
    "Missing photos: {files} — relink them in the Photos panel": "缺失图片：{files}——请在“图片”面板中重新链接",
    "Move frame": "移动框", "Next page": "下一版", "No problems found": "未发现问题",
    "No problems on this page": "本版没有问题", "Nudge frame": "微调框", "One paragraph per line": "每行一段",
    "Reading its copy left a guess: check its parts (editing the story marks it checked)":
        "读入这篇稿件时有推断之处：请核对（改过这篇稿件即算已核对）",
    "Open &Recent": "最近打开(&R)", "Open document": "打开版面文件", "PDF (*.pdf)": "PDF (*.pdf)", "Photos": "图片",
    "Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)": "图片 (*.jpg *.jpeg *.png *.tif *.tiff *.webp)",
    "Preflight": "预检", "Preflight found errors": "预检发现错误", "Previous page": "上一版", "Properties": "属性",
    "Recover unsaved changes?": "恢复未保存的修改？", "Recovered changes": "恢复的修改", "Relink photo": "重新链接图片",
    "Relink…": "重新链接…", "Resize frame": "调整框大小", "Rulers": "标尺", "Save &As…": "另存为(&A)…",
    "Save document": "保存版面文件", "Save the changes to this document before closing it?": "关闭前保存对本版面的修改吗？",
    "Saved {path}": "已保存 {path}", "Size (号 or pt)": "字号（号或磅）", "Some files could not be placed": "有些文件无法放置",
    "Stories": "稿件", "Style": "样式", "That would run off the grid": "超出版心网格了", "Unsaved changes": "未保存的修改",
    "Untitled": "未命名", "Zoom in": "放大", "Zoom out": "缩小",
    "layout_app found changes to this document that were not saved ({when}). Open them?":
        "layout_app 发现本版面有未保存的修改（{when}）。要打开这些修改吗？",
    "{frame}: headline below its minimum size": "{frame}：标题小于最小字号",
    "{frame}: overset by {n} lines (超 {n} 行)": "{frame}：超 {n} 行",
    "{n} error(s) would reach the press (see the Preflight panel). Export anyway?":
        "有 {n} 个错误会带到印刷（见“预检”面板）。仍要导出吗？",
    "page": "第", "Page report": "版面报告", "Add page": "添加版面",
    "Fill frame": "填满图框", "Fit whole photo": "显示整张图片", "Reset crop": "取消裁切", "Crop photo": "裁切图片",
    "Facing pages (spread)": "对页（跨版）显示", "Review": "校对", "Review caption": "校对图片说明",
    "Review captions (read-only page)": "图片说明校对（版面只读）", "Caption": "图片说明", "Credit": "署名",
    "Comment": "意见", "Caption and credit checked": "图片说明和署名已核对", "A note for the page editor": "给版面编辑的留言",
    "(no caption)": "（无图片说明）", "Pan photo": "移动图片", "Zoom photo": "缩放图片", "Place from panel": "从面板放置",
    "Continue story in a new frame…": "稿件转到新框…", "Link story to a new frame": "稿件转到新框",
    "Select a frame of the story first": "请先选中稿件的一个框",
    "Click where the story continues (change page with Ctrl+PgDown); Esc cancels":
        "点击稿件接续的位置（用 Ctrl+PgDown 换版）；按 Esc 取消",
    "&Undo {what}": "撤销(&U) {what}", "&Redo {what}": "重做(&R) {what}", "This page": "本版",
    "Preflight findings": "预检结果",
    "Text wraps around it (绕排)": "文字绕排", "Standoff (lines)": "绕排间距（行）",
    "Overlap intended": "有意压叠", "Text wrap": "文字绕排",
    # style sheets (issue 11)
    "Paragraph style": "段落样式", "Character style": "字符样式", "Apply to selection": "应用到选中文字",
    "(none)": "（无）", "Set here: {what}": "本处设置：{what}",
}


def tables() -> dict[str, str]:
    zh = dict(ZH)
    for extra in sorted((ROOT / "scripts" / "zh").glob("*.py")):
        zh.update(runpy.run_path(str(extra))["ZH"])
    return zh


def context_tables() -> dict[tuple[str, str], str]:
    """Translations for one context only (ZH_IN = {context: {source: 中文}}): a short word such as "page"
    or "text" means one thing in a message of the Qt-free code and another on a panel."""
    zh = {}
    for extra in sorted((ROOT / "scripts" / "zh").glob("*.py")):
        for context, table in runpy.run_path(str(extra)).get("ZH_IN", {}).items():
            zh.update({(context, source): text for source, text in table.items()})
    return zh


def main() -> int:
    table, in_context = tables(), context_tables()
    # the editor's strings, and preflight's and intake's message templates (marked with QT_TRANSLATE_NOOP, Qt-free)
    sources = (sorted((ROOT / "layout_app" / "editor").rglob("*.py")) + sorted((ROOT / "layout_app" / "preflight").glob("*.py"))
               + [ROOT / "layout_app" / "intake" / "notices.py", ROOT / "layout_app" / "imaging" / "source.py",
                  ROOT / "layout_app" / "imaging" / "intake.py",
                  # why a document, a save or an export failed, and the store's refusals (context "Intake")
                  ROOT / "layout_app" / "errors.py", ROOT / "layout_app" / "io" / "wording.py", ROOT / "layout_app" / "io" / "outputs.py",
                  ROOT / "layout_app" / "atomic.py", ROOT / "layout_app" / "render" / "pdf" / "export.py",
                  ROOT / "layout_app" / "store" / "rights.py", ROOT / "layout_app" / "units.py",
                  ROOT / "layout_app" / "store" / "wording.py",
                  # the command line's own summary lines (scripts/zh/command.py)
                  ROOT / "layout_app" / "cliwords.py",
                  # what compose says it decided and warns of (context "Intake", scripts/zh/compose.py)
                  ROOT / "layout_app" / "intake" / "composewords.py", ROOT / "layout_app" / "layout" / "wording.py",
                  # edition files and their names, the fonts, the photo caches (scripts/zh/files.py)
                  ROOT / "layout_app" / "io" / "edition.py", ROOT / "layout_app" / "render" / "pdf" / "edition.py",
                  ROOT / "layout_app" / "text" / "fonts.py", ROOT / "layout_app" / "text" / "sfnt.py",
                  ROOT / "layout_app" / "imaging" / "proxy.py", ROOT / "layout_app" / "imaging" / "printready.py"])
    subprocess.run(["pyside6-lupdate", *map(str, sources), "-ts", str(TS)], check=True)
    text = TS.read_text(encoding="utf-8")
    missing = []

    def fill(m: re.Match, context: str) -> str:
        # the tables are the truth: a changed translation replaces the one the .ts file had
        source = html.unescape(m.group(1))
        zh = in_context.get((context, source), table.get(source))
        if zh is None:
            if m.group(2):
                missing.append(source)
            return m.group(0)
        return f"<source>{m.group(1)}</source>\n        <translation>{html.escape(zh, quote=False)}</translation>"

    def fill_context(block: re.Match) -> str:
        name = re.search(r"<name>([^<]*)</name>", block.group(0))
        context = html.unescape(name.group(1)) if name else ""
        return re.sub(r"<source>([^<]*)</source>\s*<translation( type=\"unfinished\")?>[^<]*</translation>",
                      lambda m: fill(m, context), block.group(0))

    text = re.sub(r"<context>.*?</context>", fill_context, text, flags=re.S)
    TS.write_text(text, encoding="utf-8")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    for source in missing:
        print(f"no translation yet: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
