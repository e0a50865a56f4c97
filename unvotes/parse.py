"""Text -> tallies and named positions (stub)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass
class ParseResult:
    tallies: pd.DataFrame
    positions: pd.DataFrame
    source: str | None = None
    text: str | None = None


def parse_text(text: str, published: object = None, source: str | None = None) -> ParseResult:
    raise NotImplementedError


def parse_file(path: object, published: object = None) -> ParseResult:
    raise NotImplementedError


def parse_many(items: object, progress: bool = True, workers: int = 1) -> ParseResult:
    raise NotImplementedError
