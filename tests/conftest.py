"""Shared fixtures: the bundled seed, and the real records in ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_8a0ba1f05f835118.txt"


def _shared_dir() -> Path:
    env = os.environ.get("UNVOTES_SHARED_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real records (../shared/data); skip the test when it is absent."""
    path = _shared_dir()
    if not (path / "README.md").exists():
        pytest.skip(f"real records not found at {path}")
    return path
