"""A normal (non-editable) install carries the reference data and the seed.

Builds the wheel, unpacks it into a folder away from the checkout, and runs the package from
there: the bundled tables and the seed must be found inside ``unvotes/``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{done.stderr[-2000:]}")
    (path,) = out.glob("unvotes-*.whl")
    return path


@pytest.mark.slow
def test_wheel_carries_every_data_file_and_the_seed(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted((REPO / "data").iterdir()):
        if path.is_file():
            assert f"unvotes/data/{path.name}" in names, path.name
    assert "unvotes/seeds/000_8a0ba1f05f835118.txt" in names
    assert "unvotes/py.typed" in names


@pytest.mark.slow
def test_installed_layout_runs_the_main_job(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import json, sys, unvotes, unvotes._data as d\n"
        "from unvotes.cli import main\n"
        "assert str(d.data_file('members.csv')).startswith(sys.argv[1]), d.data_file('members.csv')\n"
        "raise SystemExit(main(['report', '--format', 'json']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(site)],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # away from the checkout, so only the unpacked wheel is importable
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (entry,) = json.loads(done.stdout)
    assert entry["tallies"][0]["yes"] == 141
    assert Path(entry["source"]).parts[-3:] == ("unvotes", "seeds", "000_8a0ba1f05f835118.txt")
