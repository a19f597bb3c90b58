"""Where the shipped assets live (fonts, templates, demo)."""
from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
FONTS_DIR = ASSETS / "fonts"
TEMPLATES_DIR = ASSETS / "templates"
DEMO_DIR = ASSETS / "demo"
