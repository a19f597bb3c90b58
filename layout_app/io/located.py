"""YAML read with yaml.SafeLoader, keeping the line of every value for error messages."""
from __future__ import annotations

from typing import Any

import yaml

from layout_app.errors import DocumentError, Problem


class Located:
    """Parsed YAML plus where each value stood: `line(path)` for a path like ("pages", 0, "col")."""

    def __init__(self, value: Any, lines: dict[tuple, int], file: str | None):
        self.value = value
        self.lines = lines
        self.file = file

    def line(self, path: tuple) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


def load_located(text: str, file: str | None = None) -> Located:
    """Parse YAML safely; a syntax error becomes a DocumentError naming file and line."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        lines: dict[tuple, int] = {}
        value = _convert(loader, node, (), lines) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        msg = (exc.problem or "malformed YAML") + (f" ({exc.context})" if exc.context else "")
        raise DocumentError([Problem(file, line, "", f"not valid YAML: {msg}")]) from None
    except yaml.YAMLError as exc:
        raise DocumentError([Problem(file, None, "", f"not valid YAML: {exc}")]) from None
    finally:
        loader.dispose()
    return Located(value, lines, file)


def _convert(loader: yaml.SafeLoader, node: yaml.Node, path: tuple, lines: dict) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                raise yaml.constructor.ConstructorError(None, None, "a mapping key must be a plain value",
                                                        key_node.start_mark)
            out[key] = _convert(loader, value_node, path + (key,), lines)
            lines[path + (key,)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(loader, item, path + (i,), lines) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
