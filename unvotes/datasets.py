"""Locate and fetch official data (stub)."""

from __future__ import annotations

from pathlib import Path


def locate(name: str | None = None) -> Path | None:
    raise NotImplementedError


def fetch(url: str, sha256: str | None = None) -> Path:
    raise NotImplementedError
