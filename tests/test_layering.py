"""The import flow of graphkit: ingest -> graph -> render, the CLI and API on top, base below all.

Every module of ``graphkit/`` is parsed with :mod:`ast`; every ``import`` statement counts,
at module level or inside a function (and under ``if TYPE_CHECKING:``), since a function-level
import is still a dependency, only a later one. Two rules:

1. **Flow.** Each module belongs to one layer; a layer may import only the layers listed in
   :data:`ALLOWED` (``base`` = records, errors, names, problem summaries; ``top`` = the package
   root, API, :class:`~graphkit.knowledge.KnowledgeGraph`, progress bar and CLI).
2. **No cycles** among modules, function-level imports included.

How an import statement becomes edges (module -> module):

- ``import a.b.c`` is an edge to ``a.b.c``; ``from a.b import c`` is an edge to ``a.b.c`` when that
  is a module, else to ``a.b`` (``c`` is then a name defined in ``a/b/__init__.py``).
  Relative imports are resolved against the importing module's package.
- Importing ``a.b.c`` also runs ``a/__init__`` and ``a/b/__init__`` first. That implicit step is
  *not* an edge. Were it one, every package ``__init__`` that re-exports its submodules (as
  ``graphkit/ingest/read/__init__.py`` re-exports ``read_articles``) would sit in a cycle with
  them, though Python resolves that order fine: the ``__init__`` runs first and imports the
  submodule, which imports its siblings by their own names. A submodule that explicitly imports
  its own package (``from graphkit.ingest.read import X`` inside ``readers.py``) *is* an edge,
  and a cycle when the ``__init__`` imports that submodule: import the sibling instead.
- Since every import of a graphkit module runs ``graphkit/__init__.py``, its module-level
  imports may reach the base layer only (its lazy ``__getattr__`` imports are top-level code).
- The registries name modules as strings and import them on use (output writers in
  :mod:`graphkit.render.formats`, input parsers in :mod:`graphkit.ingest.read.registry`); those
  are added as edges of the registry module, so they obey both rules too.

The checker itself is tested on planted violations (``test_checker_*``), so a green run means
the rules were checked, not that the parser found nothing.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "graphkit"

BASE = {"graphkit.models", "graphkit.errors", "graphkit.names", "graphkit.problems"}
TOP = {"graphkit", "graphkit.api", "graphkit.knowledge", "graphkit.progress"}
LAYERS = ("base", "ingest", "graph", "render", "top")
ALLOWED = {
    "base": {"base"},
    "ingest": {"base", "ingest"},
    "graph": {"base", "graph"},
    "render": {"base", "graph", "render"},
    "top": set(LAYERS),
}


def layer_of(module: str) -> str | None:
    """The layer of a graphkit module, or None when no layer is assigned (a test failure).

    >>> layer_of("graphkit.ingest.read.readers"), layer_of("graphkit.render"), layer_of("graphkit.cli.main")
    ('ingest', 'render', 'top')
    >>> layer_of("graphkit.names"), layer_of("graphkit.newthing") is None
    ('base', True)
    """
    if module in BASE:
        return "base"
    if module in TOP or module == "graphkit.cli" or module.startswith("graphkit.cli."):
        return "top"
    for layer in ("ingest", "graph", "render"):
        if module == f"graphkit.{layer}" or module.startswith(f"graphkit.{layer}."):
            return layer
    return None


@dataclass(frozen=True)
class Import:
    """One edge: ``source`` imports ``target`` at ``line`` (``level`` 'module' or 'function')."""

    source: str
    target: str
    line: int
    level: str


def module_name(path: Path, root: Path) -> str:
    """``graphkit/ingest/read/readers.py`` -> ``graphkit.ingest.read.readers`` (``__init__`` -> package)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(name: str, modules: set[str]) -> str | None:
    """The longest prefix of dotted ``name`` that is a known module (None outside the package)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def _base_of(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if is_package else module.split(".")[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool, modules: set[str]) -> None:
        self.module, self.is_package, self.modules = module, is_package, modules
        self.depth = 0
        self.found: list[Import] = []

    def _function(self, node) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def _add(self, target: str | None, node: ast.stmt) -> None:
        if target is not None and target != self.module:
            level = "function" if self.depth else "module"
            self.found.append(Import(self.module, target, node.lineno, level))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(_resolve(alias.name, self.modules), node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = _base_of(node, self.module, self.is_package)
        for alias in node.names:
            full = f"{base}.{alias.name}"
            self._add(full if full in self.modules else _resolve(base, self.modules), node)


def collect_imports(sources: dict[str, tuple[str, bool]]) -> list[Import]:
    """Every import between the given modules.

    ``sources`` maps a module name to ``(source text, is_package)``.

    >>> src = {"graphkit.graph": ("", True), "graphkit.graph.a": ("from . import b", False),
    ...        "graphkit.graph.b": ("def f():\\n    import graphkit.graph.a.x", False)}
    >>> [(i.source, i.target, i.level) for i in collect_imports(src)]
    [('graphkit.graph.a', 'graphkit.graph.b', 'module'), ('graphkit.graph.b', 'graphkit.graph.a', 'function')]
    """
    modules = set(sources)
    found: list[Import] = []
    for module, (text, is_package) in sorted(sources.items()):
        collector = _Collector(module, is_package, modules)
        collector.visit(ast.parse(text))
        found.extend(collector.found)
    return found


def flow_violations(imports: list[Import]) -> list[str]:
    """Imports that run against the flow, and modules with no layer, as readable lines."""
    bad = []
    for imp in imports:
        src, dst = layer_of(imp.source), layer_of(imp.target)
        if src is None or dst is None:
            bad.append(f"{imp.source if src is None else imp.target}: no layer assigned")
        elif dst not in ALLOWED[src]:
            bad.append(f"{imp.source}:{imp.line} ({src}) imports {imp.target} ({dst}) at {imp.level} level")
        elif imp.source == "graphkit" and imp.level == "module" and dst != "base":
            bad.append(f"graphkit/__init__.py:{imp.line} imports {imp.target} at module level "
                       "(every graphkit import runs it: base only)")
    return sorted(set(bad))


def import_cycles(imports: list[Import]) -> list[list[str]]:
    """Each set of modules that import one another in a cycle (sorted), smallest first."""
    graph = nx.DiGraph((i.source, i.target) for i in imports)
    cycles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    return sorted(cycles, key=lambda c: (len(c), c))


def _cycle_detail(cycle: list[str], imports: list[Import]) -> str:
    members = set(cycle)
    edges = [f"  {i.source}:{i.line} -> {i.target} ({i.level})" for i in imports
             if i.source in members and i.target in members]
    return "cycle among " + ", ".join(cycle) + ":\n" + "\n".join(edges)


def package_sources(root: Path = PACKAGE) -> dict[str, tuple[str, bool]]:
    """Every module of the package under ``root``: name -> (source, is_package)."""
    return {module_name(p, root): (p.read_text(encoding="utf-8"), p.name == "__init__.py")
            for p in sorted(root.rglob("*.py")) if ".venv" not in p.parts}


def registry_imports() -> list[Import]:
    """The modules the registries import by name, as edges of the registry modules."""
    from graphkit.ingest.read.registry import READERS
    from graphkit.render.formats import OUTPUTS

    edges = [Import("graphkit.render.formats", fmt.module, 0, "registry") for fmt in OUTPUTS.values()]
    edges += [Import("graphkit.ingest.read.registry", reader.parser.split(":")[0], 0, "registry")
              for reader in READERS]
    return edges


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    return collect_imports(package_sources()) + registry_imports()


# ---------------------------------------------------------------------- the package


def test_every_module_has_a_layer():
    missing = [m for m in package_sources() if layer_of(m) is None]
    assert not missing, f"assign a layer in tests/test_layering.py to: {missing}"


def test_imports_follow_the_flow(imports):
    assert len(imports) > 100  # the walk found the package's imports
    bad = flow_violations(imports)
    assert not bad, "imports against the flow:\n" + "\n".join(bad)


def test_no_import_cycles(imports):
    cycles = import_cycles(imports)
    assert not cycles, "\n".join(_cycle_detail(c, imports) for c in cycles)


def test_registry_modules_exist(imports):
    modules = set(package_sources())
    assert {i.target for i in imports if i.level == "registry"} <= modules


# ---------------------------------------------------------------------- the checker itself


def _planted(**modules: str) -> dict[str, tuple[str, bool]]:
    """Synthetic sources: keyword ``graphkit__graph__a`` names module ``graphkit.graph.a``."""
    packages = {"graphkit", "graphkit.graph", "graphkit.render", "graphkit.ingest"}
    out = {name: ("", True) for name in packages}
    for key, text in modules.items():
        name = key.replace("__", ".")
        out[name] = (text, name in packages)
    return out


def test_checker_catches_a_function_level_import_against_the_flow():
    src = _planted(graphkit__graph__build="def f():\n    from graphkit.render.gexf import write_gexf\n",
                   graphkit__render__gexf="from graphkit.graph.build import build\n")
    bad = flow_violations(collect_imports(src))
    assert bad == ["graphkit.graph.build:2 (graph) imports graphkit.render.gexf (render) at function level"]


def test_checker_catches_ingest_importing_graph_and_base_importing_up():
    src = _planted(graphkit__ingest__x="import graphkit.graph.merge\n", graphkit__graph__merge="",
                   graphkit__models="from graphkit.ingest import x\n")
    assert flow_violations(collect_imports(src)) == [
        "graphkit.ingest.x:1 (ingest) imports graphkit.graph.merge (graph) at module level",
        "graphkit.models:1 (base) imports graphkit.ingest.x (ingest) at module level"]


def test_checker_catches_an_eager_import_in_the_root_package():
    src = _planted(graphkit="from graphkit.knowledge import KnowledgeGraph\n", graphkit__knowledge="")
    assert flow_violations(collect_imports(src)) == [
        "graphkit/__init__.py:1 imports graphkit.knowledge at module level (every graphkit import runs it: base only)"]
    lazy = _planted(graphkit="def __getattr__(n):\n    from graphkit.knowledge import KnowledgeGraph\n",
                    graphkit__knowledge="")
    assert flow_violations(collect_imports(lazy)) == []


def test_checker_reports_unassigned_modules():
    src = _planted(graphkit__newthing="from graphkit.models import Actor\n", graphkit__models="")
    assert flow_violations(collect_imports(src)) == ["graphkit.newthing: no layer assigned"]


def test_checker_catches_a_cycle_through_a_function_level_import():
    src = _planted(graphkit__knowledge="from graphkit.render import write_outputs\n",
                   graphkit__render__json="def f():\n    from graphkit.knowledge import KnowledgeGraph\n")
    src["graphkit.render"] = ("def write_outputs():\n    from graphkit.render import json\n", True)
    imports = collect_imports(src)
    assert import_cycles(imports) == [["graphkit.knowledge", "graphkit.render", "graphkit.render.json"]]
    assert "graphkit.render.json:2 -> graphkit.knowledge (function)" in _cycle_detail(
        import_cycles(imports)[0], imports)


def test_checker_reexporting_init_is_no_cycle_but_importing_the_own_package_is():
    reexport = _planted(graphkit__ingest__read="from graphkit.ingest.read.readers import read\n",
                        graphkit__ingest__read__readers="from .records import parse\n",
                        graphkit__ingest__read__records="X = 1\n")
    reexport["graphkit.ingest.read"] = (reexport["graphkit.ingest.read"][0], True)
    assert import_cycles(collect_imports(reexport)) == []
    back = dict(reexport, **{"graphkit.ingest.read.records": ("from graphkit.ingest.read import read\n", False)})
    assert import_cycles(collect_imports(back)) == [
        ["graphkit.ingest.read", "graphkit.ingest.read.readers", "graphkit.ingest.read.records"]]


def test_checker_resolves_relative_imports_from_packages_and_modules():
    src = _planted(graphkit__render__style="", graphkit__models="",
                   graphkit__render__gexf="from .style import color\nfrom .. import models\n")
    src["graphkit.render"] = ("from . import gexf\n", True)
    got = {(i.source, i.target) for i in collect_imports(src)}
    assert got == {("graphkit.render.gexf", "graphkit.render.style"), ("graphkit.render.gexf", "graphkit.models"),
                   ("graphkit.render", "graphkit.render.gexf")}
