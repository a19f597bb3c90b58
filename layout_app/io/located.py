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

from layout_app.errors import DocumentError, Notice, Problem, quote
from layout_app.io import wording as W
from layout_app.model.textedit import CONTROL

MAX_DEPTH = 20            # a document nests 6 deep (pages → frames → frame → value)
MAX_INT_DIGITS = 20       # no count or size in a document comes near this
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
            raise Refused(None, None, Notice(W.ALIAS, name=event.anchor[:40]), event.start_mark)
        if getattr(event, "anchor", None) is not None:
            raise Refused(None, None, Notice(W.ANCHOR, name=event.anchor[:40]), event.start_mark)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise Refused(None, None, Notice(W.TOO_DEEP, n=MAX_DEPTH), event.start_mark)
            try:
                return Composer.compose_node(self, parent, index)
            finally:
                self._depth -= 1
        return Composer.compose_node(self, parent, index)

    def construct_yaml_str(self, node: yaml.ScalarNode) -> str:
        value = SafeConstructor.construct_yaml_str(self, node)
        bad = CONTROL.search(value)      # (model.textedit: what typed text drops too)
        if bad:
            raise ConstructorError(None, None, Notice(W.CONTROL_IN_TEXT, code=f"{ord(bad.group()):04X}", k=bad.start() + 1),
                                   node.start_mark)
        return value

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        digits = sum(c.isdigit() for c in node.value)
        if digits > MAX_INT_DIGITS:
            raise ConstructorError(None, None, Notice(W.DIGITS, n=digits), node.start_mark)
        return SafeConstructor.construct_yaml_int(self, node)

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        value = SafeConstructor.construct_yaml_float(self, node)
        if not math.isfinite(value):
            raise ConstructorError(None, None, Notice(W.NOT_FINITE, value=quote(node.value)), node.start_mark)
        return value

    def construct_unknown(self, node: yaml.Node) -> Any:
        raise ConstructorError(None, None, Notice(W.TAG, tag=_tag(node.tag)), node.start_mark)


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
        msg = exc.problem if isinstance(exc, Refused) else _syntax(exc.problem or "malformed YAML", exc.context)
        raise DocumentError([Problem(file, line, "", msg)]) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise DocumentError([Problem(file, line, "", Notice(W.CONTROL_IN_FILE, code=f"{ord(char):04X}"))]) from None
    except yaml.YAMLError as exc:
        raise DocumentError([Problem(file, None, "", Notice(W.YAML_OTHER, reason=str(exc)))]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return Located(value, lines, file)


def _syntax(problem: str, context: str | None) -> Notice:
    """PyYAML's problem as a notice: its English as it was, translated by what kind of problem it is."""
    rest = f" ({context})" if context else ""
    for start, template in W.YAML_PROBLEMS:
        if problem.startswith(start):
            return Notice(template, reason=problem[len(start):] + rest)
    return Notice(W.YAML_OTHER, reason=problem + rest)


def _convert(loader: DocumentLoader, node: yaml.Node, path: tuple, lines: dict, file: str | None) -> Any:
    lines[path] = node.start_mark.line + 1
    if node.tag not in _PLAIN_TAGS:      # the loader decides: DocumentLoader refuses every other tag
        return _scalar(loader, node, path, file)
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key = _scalar(loader, key_node, path, file)
            if isinstance(key, (list, dict)) or not isinstance(key_node, yaml.ScalarNode):
                raise ConstructorError(None, None, Notice(W.PLAIN_KEY), key_node.start_mark)
            key_line = key_node.start_mark.line + 1
            if key in out:
                raise DocumentError([Problem(file, key_line, dotted(path + (key,)),
                                             Notice(W.TWICE, first=lines[path + (key,)], second=key_line))])
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
        raise DocumentError([Problem(file, line, dotted(path), exc.problem or Notice(W.NOT_ALLOWED))]) from None
