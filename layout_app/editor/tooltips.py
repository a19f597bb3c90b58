"""Tool tips for the controls of the panels the window had before issue 12 (stories, photos,
properties, preflight, review), set from outside so that their modules stay as they are. A control
that already has a tool tip keeps it: its owner's words win."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def tips() -> dict[tuple[str, str], str]:
    """(window attribute of the panel, attribute of the control) → tool tip."""
    return {
        ("stories", "list"): tr("The document's stories; drag one onto the page to place it"),
        ("stories", "headline"): tr("The selected story's headline"),
        ("stories", "body"): tr("The selected story's body, one paragraph per line"),
        ("stories", "para_style"): tr("The paragraph style of the paragraph at the cursor"),
        ("stories", "char_style"): tr("A character style for the selected characters"),
        ("stories", "apply_char"): tr("Give the selected characters this character style"),
        ("photos", "list"): tr("The document's photos; drag one onto the page to place it"),
        ("photos", "relink"): tr("Point the selected photo to its file again (moved or renamed)"),
        ("properties", "size"): tr("Type size of the frame's style, in 号 (五号, 小四…) or pt"),
        ("properties", "wrap"): tr("Body text of other frames runs around this one (绕排)"),
        ("properties", "standoff"): tr("Body lines kept free above and below the frame"),
        ("properties", "intended"): tr("This frame lies over text on purpose: preflight does not report it"),
        ("preflight_panel", "page_list"): tr("Live checks of the page shown; click one to go to it"),
        ("preflight_panel", "list"): tr("The last preflight's findings; click one to go to it"),
        ("review_panel", "list"): tr("Photos to review; pick one to check its caption and credit"),
        ("review_panel", "caption"): tr("The caption as it will print"),
        ("review_panel", "credit"): tr("The photographer's credit as it will print"),
        ("review_panel", "checked"): tr("Tick when caption and credit are checked against the photo"),
        ("review_panel", "comment"): tr("A note for the page editor"),
    }


def field_tips() -> dict[str, str]:
    """The properties panel's geometry fields, by name."""
    return {"col": tr("First column of the frame, from 0"), "cols": tr("Columns the frame spans"),
            "line": tr("First body line of the frame, from 0"), "lines": tr("Body lines the frame is tall")}


def photo_button_tips() -> list[str]:
    """The properties panel's photo buttons, in their order."""
    return [tr("The photo covers the frame (cut to its shape)"), tr("The whole photo inside the frame"),
            tr("Show less of the photo, larger"), tr("Show more of the photo, smaller"),
            tr("Show the whole photo again")]


def _tip(widget, text: str) -> None:
    if widget is not None and hasattr(widget, "setToolTip") and not widget.toolTip():
        widget.setToolTip(text)


def install(window) -> None:
    for (panel, name), text in tips().items():
        _tip(getattr(getattr(window, panel, None), name, None), text)
    properties = getattr(window, "properties", None)
    for name, text in field_tips().items():
        _tip(getattr(properties, "fields", {}).get(name), text)
    for button, text in zip(getattr(properties, "photo_buttons", []), photo_button_tips()):
        _tip(button, text)
