"""Project conventions that must hold for every contributor: README, CI, notebooks, API."""

from __future__ import annotations

import ast
import inspect
import json
import re
import tomllib
from pathlib import Path

import pytest

import unvotes

REPO = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    first_screen = text[: text.index("## ")]  # everything before the first section
    return re.findall(r"```bash\n(.+?)\n```", first_screen, flags=re.S)


def test_readme_first_screen_has_the_two_commands():
    commands = _readme_commands()
    assert len(commands) == 2, commands
    main_job, tests = commands
    assert "pip install" in main_job and main_job.rstrip().endswith("unvotes report")
    assert ".[test]" in tests and "pytest" in tests


def test_ci_runs_exactly_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = _readme_commands()[1].strip()
    ci_lines = [line.strip() for line in ci.splitlines()]
    assert test_command in ci_lines


def test_seed_is_an_unchanged_copy_of_the_shared_seed():
    shared = REPO.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds not present")
    for original in shared.glob("*.txt"):
        copy = REPO / "seeds" / original.name
        assert copy.read_bytes() == original.read_bytes(), f"seeds/{original.name} differs from the shared seed"


@pytest.mark.parametrize("path", sorted((REPO / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_committed_notebooks_carry_no_outputs(path: Path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [
        i
        for i, cell in enumerate(nb["cells"])
        if cell["cell_type"] == "code" and (cell.get("outputs") or cell.get("execution_count"))
    ]
    assert dirty == [], f"{path.name}: cells {dirty} have outputs or execution counts"


def test_dependencies_have_lower_and_upper_bounds():
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(meta["dependencies"])
    for extra in meta["optional-dependencies"].values():
        specs.extend(extra)
    unbounded = [s for s in specs if ">=" not in s or "<" not in s.replace("<=", "")]
    assert unbounded == []


def test_public_api_is_exported_typed_and_documented():
    missing = [name for name in unvotes.__all__ if not hasattr(unvotes, name)]
    assert missing == []
    undocumented, untyped = [], []
    for name in unvotes.__all__:
        obj = getattr(unvotes, name)
        if inspect.isfunction(obj):
            if not (obj.__doc__ or "").strip():
                undocumented.append(name)
            if "return" not in obj.__annotations__:
                untyped.append(name)
    assert undocumented == [] and untyped == []


def _library_nodes():
    """(file name, AST node) for every node of every library module (not the CLI)."""
    for path in sorted((REPO / "unvotes").glob("*.py")):
        if path.name in {"cli.py", "__main__.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            yield path.name, node


def test_no_module_imports_the_cli():
    offenders = []
    for name, node in _library_nodes():
        modules = []
        if isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
        if any(m.endswith("cli") for m in modules):
            offenders.append(name)
    assert offenders == []


def test_library_code_never_prints_or_shows():
    offenders = []
    for name, node in _library_nodes():
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called in {"print", "show", "exit"}:
                offenders.append(f"{name}:{node.lineno} {called}()")
    assert offenders == []


def test_readme_lists_every_consistency_rule():
    from unvotes.checks import RULES

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [rule for rule in RULES if f"`{rule}`" not in readme]
    assert missing == []


def test_readme_api_tour_names_exist():
    from unvotes import plot

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    tour = readme[readme.index("## Python API tour") :]
    tour = tour[: tour.index("\n## ", 5)]
    names = set(re.findall(r"\bunvotes\.(\w+)\(", tour))
    plots = set(re.findall(r"\bplot\.(\w+)\(", tour))
    assert names and plots
    assert sorted(n for n in names if not hasattr(unvotes, n)) == []
    assert sorted(n for n in plots if not hasattr(plot, n)) == []
