"""Execute every notebook and write HTML copies to notebooks/_build/ (git-ignored) for sharing.

    python notebooks/render.py            # all notebooks
    python notebooks/render.py 01 04      # those whose names start with 01 or 04

Needs the ``notebooks`` extra (``python -m pip install -e ".[notebooks]"``). Official data is
found the same way the notebooks find it (``UNVOTES_DATA_DIR``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbclient
import nbformat
from nbconvert import HTMLExporter

HERE = Path(__file__).resolve().parent
OUT = HERE / "_build"


def render(path: Path) -> Path:
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}).execute()
    html, _ = HTMLExporter().from_notebook_node(nb)
    OUT.mkdir(exist_ok=True)
    target = OUT / (path.stem + ".html")
    target.write_text(html, encoding="utf-8")
    return target


def main(prefixes: list[str]) -> int:
    paths = [p for p in sorted(HERE.glob("*.ipynb")) if not prefixes or p.name.startswith(tuple(prefixes))]
    for path in paths:
        sys.stdout.write(f"{path.name} -> {render(path).relative_to(HERE.parent)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
