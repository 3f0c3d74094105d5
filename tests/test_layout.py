"""The tree shows the pipeline: each stage imports only the stages before it, and only through their packages.

Read from the source with `ast` (imports inside functions count too), so a new module
that reaches backwards or into another stage's internals fails here, not in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from qa.config import ROOT

QA = ROOT / "qa"
#: Each stage and the stages it may import, in the order data flows. "top" is `qa/config.py`,
#: `qa/errors.py` (importable from anywhere) and `qa/service.py` (the wiring of the first three stages).
ALLOWED = {
    "ingest": set(),
    "search": {"ingest"},
    "answer": {"ingest", "search"},
    "service": {"ingest", "search", "answer"},
    "web": {"ingest", "search", "answer", "service"},
    "evaluation": {"ingest", "search", "answer", "service"},
    "training": {"ingest", "search", "answer", "evaluation"},
    "bench": {"ingest", "search", "answer", "service", "evaluation"},
}
SHARED = {"qa.config", "qa.errors"}
TOP = {"qa", "qa.config", "qa.errors", "qa.service", "qa.cli", "qa.__main__"}
MAX_LINES = 400


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _stage(module: str) -> str:
    if module in TOP:
        return "cli" if module in ("qa.cli", "qa.__main__") else "service" if module == "qa.service" else "top"
    return module.split(".")[1]


MODULES = {_module(p): p for p in sorted(QA.rglob("*.py"))}
PACKAGES = {_module(p) for p in QA.rglob("__init__.py")}


def _imports(path: Path, *, top_level: bool = False) -> list[str]:
    """The qa modules `path` imports, as written; with `top_level`, only those imported when it loads (not in
    functions or under `TYPE_CHECKING`), and `from package import module` counted as the module itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level else list(ast.walk(tree))
    out = []
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from qa.ingest import uploads` imports the module qa.ingest.uploads
            subs = [f"{node.module}.{alias.name}" for alias in node.names if f"{node.module}.{alias.name}" in MODULES]
            out.extend(subs if subs and top_level else [node.module])
        elif isinstance(node, ast.Import):
            out.extend(alias.name for alias in node.names)
    return [name for name in out if name == "qa" or name.startswith("qa.")]


def test_every_module_belongs_to_a_stage() -> None:
    strays = [m for m in MODULES if m not in TOP and _stage(m) not in ALLOWED]
    assert strays == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_follow_the_pipeline(module: str) -> None:
    source = _stage(module)
    for target in _imports(MODULES[module]):
        if target in SHARED or source == "cli":
            continue
        wanted = _stage(target)
        if wanted == source:
            continue
        assert wanted in ALLOWED.get(source, set()), f"{module} imports {target}: {source} may not use {wanted}"
        assert target in PACKAGES | {"qa.service"}, f"{module} imports {target}: use {wanted}'s package exports"


def test_no_module_imports_itself_in_a_circle() -> None:
    graph = {m: [t for t in _imports(p, top_level=True) if t in MODULES] for m, p in MODULES.items()}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        if module in path:
            raise AssertionError("import circle: " + " -> ".join((*path[path.index(module) :], module)))
        if module not in done:
            for target in graph[module]:
                visit(target, (*path, module))
            done.add(module)

    for module in graph:
        visit(module, ())


def test_the_first_stages_never_import_the_wiring() -> None:
    for module, path in MODULES.items():
        if _stage(module) in {"ingest", "search", "answer", "top"}:
            assert not {"qa.service", "qa.cli", "qa.web"} & set(_imports(path)), module


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_small(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines; split it by concern"


def test_stage_packages_say_what_they_take_and_give() -> None:
    for stage in ("ingest", "search", "answer", "web", "evaluation", "bench", "training"):
        doc = ast.get_docstring(ast.parse((QA / stage / "__init__.py").read_text(encoding="utf-8"))) or ""
        first = doc.split("\n", 1)[0]
        assert " in" in first and " out" in first, f"qa/{stage}/__init__.py: first line should say what in, what out"
