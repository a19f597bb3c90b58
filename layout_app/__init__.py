"""layout_app: Chinese newspaper page layout — one engine, screen and print."""

__version__ = "0.1.0"
