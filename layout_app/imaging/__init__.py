"""Photo files: opening them safely, screen proxies and print conversions (Pillow only)."""
