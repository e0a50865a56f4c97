"""Where the package's bundled files are, in a checkout and after ``pip install``.

In a git checkout the reference tables live in ``<repo>/data`` and the seed in
``<repo>/seeds``; a wheel carries them as ``unvotes/data`` and ``unvotes/seeds``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@cache
def _root(kind: str) -> Path:
    for base in (_HERE / kind, _HERE.parent / kind):
        if base.is_dir():
            return base
    raise FileNotFoundError(f"unvotes: bundled folder {kind!r} not found next to {_HERE}")


def data_file(name: str) -> Path:
    """Path of a bundled reference file, e.g. ``data_file("members.csv")``."""
    path = _root("data") / name
    if not path.exists():
        raise FileNotFoundError(f"unvotes: bundled data file {name!r} not found in {path.parent}")
    return path


def seed_files() -> list[Path]:
    """The bundled seed texts, sorted by name."""
    return sorted(_root("seeds").glob("*.txt"))
