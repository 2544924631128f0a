"""The one way YAML is read: safe tags only, bounded size, depth and alias expansion, one exception for a person.

Front matter, the folder settings and the decisions file all come from people (or from whoever shared the folder),
so none of them may run code (only YAML's plain tags are constructed), and none may make the reader or the code
after it do unbounded work: a few hundred bytes of nested aliases ("billion laughs") expand to billions of values
once anything walks the result (a JSON writer, repr, a glob match), so the expansion is measured on the parsed
graph, in linear time, before any Python value is built.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from readout_viewer.core.system.lazyre import LazyPattern

_BOOL = "tag:yaml.org,2002:bool"


def _yaml12_bools(loader: Any) -> Any:
    """The loader with YAML 1.2's booleans: only true and false. YAML 1.1 also reads yes/no/on/off/y/n as
    booleans, so `side: NO` (Norway) became False and `title: Off` a boolean; ruamel.yaml, which writes
    corrections into the same files, reads them as YAML 1.2 does."""
    class Loader(loader):
        pass
    Loader.yaml_implicit_resolvers = {first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
                                      for first, resolvers in loader.yaml_implicit_resolvers.items()}
    Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return Loader


# libyaml's parser when it is installed (10-30x faster on a large decisions file), else PyYAML's own.
_SAFE = _yaml12_bools(yaml.SafeLoader)
_FAST = _yaml12_bools(yaml.CSafeLoader) if hasattr(yaml, "CSafeLoader") else _SAFE
# Values that aliases may repeat, in all, beyond the values written out: hand-written files reuse a few small
# mappings (`files: {a*: &official {role: official}, b*: *official}`); an alias bomb repeats hundreds of millions.
ALIAS_BUDGET = 10_000
# Nesting deeper than this is not metadata, settings or a decision (theirs is 2-4 levels) but a mistake or an
# attack; refusing it early also keeps the recursive constructor far from Python's recursion limit.
MAX_DEPTH = 50
# Callers pass their own size limit; this one only stops a caller that forgets (a decisions file of 100,000
# entries is about 20 MB).
DEFAULT_MAX_CHARS = 50_000_000
# Python keeps lone UTF-16 surrogates that YAML escapes ("\ud800") can make; no UTF-8 output (JSON, YAML, Qt)
# can carry them, so they become the visible replacement character.
_SURROGATE = LazyPattern("[\ud800-\udfff]")
# An anchor ("&name") where YAML allows one: before a value, after "- ", ": ", "[", "{" or ",". Text without one
# holds no alias either (an alias must name an anchor), so libyaml's output needs no expansion check; the
# check costs more than the parse on a decisions file of thousands of entries.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s\[\]{},]")
_REPLACEMENT = "\ufffd"


class YamlRefused(ValueError):
    """YAML that was not read, with why, as a clause for a person ("it is not valid YAML (line 3: ...)").

    `line` is the 1-based line of the text where the problem is, when known, so callers can add their offset.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def safe_load(text: str, max_chars: int = DEFAULT_MAX_CHARS, max_depth: int = MAX_DEPTH,
              alias_budget: int = ALIAS_BUDGET, first_line: int = 1) -> Any:
    """The data of one YAML document (None when it is empty); raise YamlRefused, and nothing else, when the text
    is too large, malformed, nested too deeply, expands through aliases beyond the budget, or asks for a tag
    that is not plain data. `first_line`: the line of the file the text starts on (2 for front matter), so the
    lines named in messages are the file's."""
    try:
        return _safe_load(text, max_chars, max_depth, alias_budget)
    except YamlRefused as exc:
        if exc.line is None or first_line == 1:
            raise
        line = exc.line + first_line - 1
        raise YamlRefused(str(exc).replace(f"line {exc.line}", f"line {line}", 1), line) from None


def _safe_load(text: str, max_chars: int, max_depth: int, alias_budget: int) -> Any:
    if len(text) > max_chars:
        raise YamlRefused(f"it is {len(text):,} characters, over the limit of {max_chars:,} for this file")
    try:
        return _load(_FAST, text, max_depth, alias_budget)
    except yaml.MarkedYAMLError as exc:
        if _FAST is _SAFE or not isinstance(exc, (yaml.scanner.ScannerError, yaml.parser.ParserError)):
            raise _refused(exc) from None
        if "nesting depth" in str(exc.problem):  # libyaml stops at 1,000 levels, PyYAML would recurse
            raise YamlRefused(f"it is nested more than {max_depth} levels deep") from None
        # libyaml is stricter than PyYAML on a few inputs PyYAML reads (an escaped lone surrogate): PyYAML decides,
        # so that a file that was readable stays readable.
    try:
        return _load(_SAFE, text, max_depth, alias_budget)
    except yaml.MarkedYAMLError as exc:
        raise _refused(exc) from None
    except RecursionError:
        raise YamlRefused(f"it is nested more than {max_depth} levels deep") from None


def _load(loader_class: type, text: str, max_depth: int, alias_budget: int) -> Any:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if loader_class is _SAFE or _ANCHOR.search(text):  # PyYAML's own can leave lone surrogates
            _check_graph(node, max_depth, alias_budget)
        return loader.construct_document(node)
    except RecursionError:  # nesting libyaml accepts (up to 1,000 levels) is still too deep to build
        raise YamlRefused(f"it is nested more than {max_depth} levels deep") from None
    except yaml.YAMLError as exc:
        if not isinstance(exc, yaml.MarkedYAMLError):
            raise YamlRefused(f"it is not valid YAML ({_first_line(str(exc))})") from None
        raise
    except (ValueError, TypeError, OverflowError) as exc:  # a constructor on a hostile value (a 5,000-digit int)
        if isinstance(exc, YamlRefused):
            raise
        why = _first_line(str(exc)).split(";")[0]  # Python's advice to the programmer is not for the reader
        raise YamlRefused(f"it holds a value that cannot be read ({why})") from None
    finally:
        loader.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_graph(root: yaml.Node, max_depth: int, alias_budget: int) -> None:
    """Refuse a node graph deeper than max_depth, holding a cycle, or whose aliases repeat more than
    alias_budget values in all; lone surrogates in scalars are replaced. Linear in the distinct nodes."""
    size: dict[int, int] = {}  # id(node) -> values it expands to, itself included
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            kids = _children(node)
            size[key] = 1 + sum(size[id(k)] for k in kids)
            depth[key] = 1 + max((depth[id(k)] for k in kids), default=0)
            on_path.discard(key)
            if depth[key] > max_depth:
                raise YamlRefused(f"it is nested more than {max_depth} levels deep", node.start_mark.line + 1)
            continue
        if key in size:
            continue
        if key in on_path:
            raise YamlRefused("an alias in it refers to the value that holds it (a loop)", node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode) and isinstance(node.value, str) and _SURROGATE.search(node.value):
            node.value = _SURROGATE.sub(_REPLACEMENT, node.value)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((kid, False) for kid in _children(node) if id(kid) not in size)
    written = len(size)
    if size[id(root)] - written > alias_budget:
        raise YamlRefused(f"its aliases (*name) would repeat {size[id(root)] - written:,} values, over the limit "
                          f"of {alias_budget:,} (an 'alias bomb'); it was not read")


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"


def _refused(exc: yaml.MarkedYAMLError) -> YamlRefused:
    """A parser or constructor error as a clause for a person, with its line."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    problem = exc.problem or exc.context or "unknown error"
    tag = re.search(r"constructor for the tag '([^']*)'", problem)
    if tag:
        what = tag.group(1).replace("tag:yaml.org,2002:", "!!")
        return YamlRefused(f"it asks for the YAML tag {what}, which is never run or constructed"
                           + (f" (line {line})" if line else ""), line)
    return YamlRefused(f"it is not valid YAML ({f'line {line}: ' if line else ''}{problem})", line)
