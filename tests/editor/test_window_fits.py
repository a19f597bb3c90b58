"""The editor fits a laptop's screen: 1366 × 768, less a task bar (40 px) and the window's title bar
(30 px), with every dock the window opens with shown — the tall panels (the story list with its text,
the properties form) scroll in their docks instead of making the window taller than the screen (it
was 1,041 px at least: off a 1080p screen with a task bar)."""
from PySide6.QtWidgets import QScrollArea

SCREEN_W, SCREEN_H, TASK_BAR, TITLE_BAR = 1366, 768, 40, 30


def test_the_window_fits_a_laptop_screen_with_its_docks_open(open_window):
    w = open_window()
    least = w.minimumSizeHint()
    assert least.width() <= SCREEN_W
    assert least.height() <= SCREEN_H - TASK_BAR - TITLE_BAR, least
    assert all(dock.isVisible() for panel, dock in w.docks.items() if panel is not w.review_panel)
    w.resize(SCREEN_W, SCREEN_H - TASK_BAR - TITLE_BAR)
    assert w.height() == SCREEN_H - TASK_BAR - TITLE_BAR
    # the properties form is all there, in a scroll area that reaches its last row
    scroll = w.docks[w.properties].widget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is w.properties
    scroll.ensureWidgetVisible(w.properties.wrap)
    assert w.properties.wrap.visibleRegion().boundingRect().height() == w.properties.wrap.height()
