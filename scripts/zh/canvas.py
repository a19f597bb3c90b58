"""Chinese for the canvas area of issue 12: tools, selection and arranging."""
ZH = {
    # tools (editor/tools.py)
    "Tools": "工具", "Selection": "选择", "Text frame": "文字框", "Photo frame": "图片框", "Rule": "线条",
    "Box": "方框", "Hand": "抓手", "Zoom": "缩放",
    "Draw text frame": "画文字框", "Draw photo frame": "画图片框", "Draw box": "画方框", "Draw rule": "画线条",
    # selection (editor/selection.py)
    "Move": "移动", "Resize": "调整大小", "Locked: %1": "已锁定：%1",
    # arranging (editor/arrange.py)
    "Align": "对齐", "Distribute": "分布", "Bring forward": "前移一层", "Send backward": "后移一层",
    "Bring to front": "置于顶层", "Send to back": "置于底层", "Lock": "锁定", "Unlock": "解锁",
    "Nudge": "微移", "Delete": "删除", "Paste": "粘贴", "Paste in place": "原位粘贴", "Duplicate": "复制一份",
    "&Edit": "编辑(&E)", "Cu&t": "剪切(&T)", "&Copy": "复制(&C)", "&Paste": "粘贴(&P)",
    "Paste in &place": "原位粘贴(&P)", "D&uplicate": "直接复制(&U)", "&Delete": "删除(&D)", "Select &all": "全选(&A)",
    "&Object": "对象(&O)", "Align left edges": "左对齐", "Align right edges": "右对齐", "Align top edges": "顶对齐",
    "Align bottom edges": "底对齐", "Align horizontal centres": "水平居中对齐", "Align vertical centres": "垂直居中对齐",
    "Distribute horizontally": "水平分布", "Distribute vertically": "垂直分布", "Lock / unlock": "锁定/解锁",
}
