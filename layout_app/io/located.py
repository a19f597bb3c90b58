"""YAML read safely, keeping the line of every value for error messages.

A document is plain data: mappings, lists, text, whole numbers, finite numbers, true/false. So the
loader refuses what plain data never needs and what has been used to hurt YAML readers: anchors and
aliases (a 342-byte alias bomb expands to gigabytes), tags other than the plain ones, nesting deeper
than any document goes, integers longer than a number ever is, .nan/.inf, control characters, and a key
written twice (the second would silently replace the first). Dates stay text (YAML 1.1 would make
`2026-11-28` a date object and `2026-13-01` a crash); the schema checks them as ISO dates.
"""
from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

try:
    from yaml.cyaml import CParser
except ImportError:                       # PyYAML built without libyaml: the pure-Python reader only
    CParser = None

from layout_app.errors import DocumentError, Problem, quote

MAX_DEPTH = 20            # a document nests 6 deep (pages → frames → frame → value)
MAX_INT_DIGITS = 20       # no count or size in a document comes near this
# C0 and C1 control characters (tab and line feed are text), DEL, lone surrogates, non-characters
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("null", "bool", "int", "float", "str", "seq", "map")}


def dotted(path: tuple) -> str:
    """("pages", 0, "frames", 1, "col") → pages[0].frames[1].col; odd keys quoted and shortened."""
    out = ""
    for p in path:
        if isinstance(p, int) and not isinstance(p, bool):
            out += f"[{p}]"
            continue
        name = p if isinstance(p, str) and re.fullmatch(r"\w{1,40}", p) else quote(p)
        out += f".{name}" if out else name
    return out


class Refused(yaml.MarkedYAMLError):
    """Valid YAML that a document may not use."""


def _tag(tag: str) -> str:
    return quote(tag.replace("tag:yaml.org,2002:", "!!"))


class _PlainData:
    """The refusals (see the module's docstring), shared by both loaders below: the bases are named,
    not reached through super(), as the two loaders' classes differ."""

    def compose_node(self, parent: Any, index: Any) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise Refused(None, None, f"an alias (*{event.anchor[:40]}) is not allowed in a document; "
                          "write the value out", event.start_mark)
        if getattr(event, "anchor", None) is not None:
            raise Refused(None, None, f"an anchor (&{event.anchor[:40]}) is not allowed in a document; "
                          "write the value out", event.start_mark)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise Refused(None, None, f"lists and mappings nested more than {MAX_DEPTH} deep", event.start_mark)
            try:
                return Composer.compose_node(self, parent, index)
            finally:
                self._depth -= 1
        return Composer.compose_node(self, parent, index)

    def construct_yaml_str(self, node: yaml.ScalarNode) -> str:
        value = SafeConstructor.construct_yaml_str(self, node)
        bad = _CONTROL.search(value)
        if bad:
            raise ConstructorError(None, None, f"the control character U+{ord(bad.group()):04X} at character "
                                   f"{bad.start() + 1} is not allowed in text", node.start_mark)
        return value

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        digits = sum(c.isdigit() for c in node.value)
        if digits > MAX_INT_DIGITS:
            raise ConstructorError(None, None, f"a number of {digits} digits is far too large", node.start_mark)
        return SafeConstructor.construct_yaml_int(self, node)

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        value = SafeConstructor.construct_yaml_float(self, node)
        if not math.isfinite(value):
            raise ConstructorError(None, None, f"{quote(node.value)} is not a finite number", node.start_mark)
        return value

    def construct_unknown(self, node: yaml.Node) -> Any:
        raise ConstructorError(None, None, f"the YAML tag {_tag(node.tag)} is not allowed in a document; it holds "
                               "only text, numbers, true/false, lists and mappings", node.start_mark)


class DocumentLoader(_PlainData, yaml.SafeLoader):
    """yaml.SafeLoader narrowed to plain data (see the module's docstring)."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str):
        yaml.SafeLoader.__init__(self, stream)
        self._depth = 0


DocumentLoader.add_constructor("tag:yaml.org,2002:str", DocumentLoader.construct_yaml_str)
DocumentLoader.add_constructor("tag:yaml.org,2002:int", DocumentLoader.construct_yaml_int)
DocumentLoader.add_constructor("tag:yaml.org,2002:float", DocumentLoader.construct_yaml_float)
for _name in ("timestamp", "binary", "set", "omap", "pairs", "merge", "value"):
    DocumentLoader.add_constructor(f"tag:yaml.org,2002:{_name}", DocumentLoader.construct_unknown)
DocumentLoader.add_constructor(None, DocumentLoader.construct_unknown)

if CParser is not None:
    class _FastLoader(_PlainData, Composer, CParser, SafeConstructor, Resolver):
        """The same composer, refusals and constructors over libyaml's scanner and parser (C): a
        page's document is read about seven times faster (~60 ms of the editor's start-up)."""

        yaml_implicit_resolvers = DocumentLoader.yaml_implicit_resolvers
        yaml_constructors = DocumentLoader.yaml_constructors

        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            self._depth = 0
else:                                     # PyYAML built without libyaml
    _FastLoader = None


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
    """Parse YAML as plain data; any problem becomes a DocumentError naming file, line and field.
    Read with libyaml's parser first; a text it finds anything wrong with is read again by the
    pure-Python one, whose messages and places the user is shown (and the tests know)."""
    if _FastLoader is not None:
        loader = _FastLoader(text)
        try:
            node = loader.get_single_node()
            lines: dict[tuple, int] = {}
            value = _convert(loader, node, (), lines, file) if node is not None else None
            return Located(value, lines, file)
        except (yaml.YAMLError, DocumentError, UnicodeError, ValueError):
            pass                          # said below, as the pure-Python reader says it
        finally:
            loader.dispose()
    return _load_python(text, file)


def _load_python(text: str, file: str | None) -> Located:
    loader = None
    try:
        loader = DocumentLoader(text)
        node = loader.get_single_node()
        lines: dict[tuple, int] = {}
        value = _convert(loader, node, (), lines, file) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        msg = (exc.problem or "malformed YAML") + (f" ({exc.context})" if exc.context else "")
        if not isinstance(exc, Refused):
            msg = f"not valid YAML: {msg}"
        raise DocumentError([Problem(file, line, "", msg)]) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise DocumentError([Problem(file, line, "", f"the control character U+{ord(char):04X} is not allowed "
                                     "in a document")]) from None
    except yaml.YAMLError as exc:
        raise DocumentError([Problem(file, None, "", f"not valid YAML: {exc}")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return Located(value, lines, file)


def _convert(loader: DocumentLoader, node: yaml.Node, path: tuple, lines: dict, file: str | None) -> Any:
    lines[path] = node.start_mark.line + 1
    if node.tag not in _PLAIN_TAGS:      # the loader decides: DocumentLoader refuses every other tag
        return _scalar(loader, node, path, file)
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key = _scalar(loader, key_node, path, file)
            if isinstance(key, (list, dict)) or not isinstance(key_node, yaml.ScalarNode):
                raise ConstructorError(None, None, "a mapping key must be a plain value", key_node.start_mark)
            key_line = key_node.start_mark.line + 1
            if key in out:
                raise DocumentError([Problem(file, key_line, dotted(path + (key,)),
                                             f"written twice (lines {lines[path + (key,)]} and {key_line}); "
                                             "keep one")])
            out[key] = _convert(loader, value_node, path + (key,), lines, file)
            lines[path + (key,)] = key_line
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(loader, item, path + (i,), lines, file) for i, item in enumerate(node.value)]
    return _scalar(loader, node, path, file)


def _scalar(loader: DocumentLoader, node: yaml.Node, path: tuple, file: str | None) -> Any:
    """A scalar's value; a refused one is reported with the field it stands in."""
    try:
        return loader.construct_object(node, deep=True)
    except ConstructorError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DocumentError([Problem(file, line, dotted(path), exc.problem or "not allowed")]) from None
