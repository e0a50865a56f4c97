"""Execute every notebook headless, with and without the official data.

CI runs each notebook twice: with ``UNVOTES_DATA_DIR`` pointing at ../shared/data, and with it
unset (notebooks 2-4 must then show a clear message, not a traceback).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


def _execute(path: Path, data_dir: Path | None, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run the notebook; return the text of every output, cell by cell."""
    if data_dir is None:
        monkeypatch.delenv("UNVOTES_DATA_DIR", raising=False)
    else:
        monkeypatch.setenv("UNVOTES_DATA_DIR", str(data_dir))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel draws inline, headless
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                texts.append("ERROR " + out.get("ename", ""))
            texts.append(str(out.get("text", "")))
            texts.extend(str(v) for k, v in out.get("data", {}).items() if k.startswith("text/"))
    return texts


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_with_official_data(path, shared_data, monkeypatch):
    outputs = _execute(path, shared_data, monkeypatch)
    assert not any(o.startswith("ERROR") for o in outputs)
    assert not any("Official data not found" in o for o in outputs)


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_without_official_data(path, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # no cached downloads either
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    outputs = _execute(path, None, monkeypatch)
    assert not any(o.startswith("ERROR") for o in outputs)
    needs_data = not path.name.startswith("01_")
    assert any("Official data not found" in o for o in outputs) == needs_data


def test_there_are_four_notebooks():
    assert [p.name[:3] for p in NOTEBOOKS] == ["01_", "02_", "03_", "04_"]
    assert os.path.basename(NOTEBOOKS[0]) == "01_seed_article.ipynb"
