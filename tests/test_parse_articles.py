"""Whole articles, end to end: one parametrized test over tests/cases/parse_articles.py.

Each article in tests/cases/articles/ is parsed as a whole; its tallies (in text order)
and its named positions (per vote, per position: the codes and whether the list is
complete) must equal the table exactly.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cases.parse_articles import ARTICLES

from unvotes import parse_text

ARTICLE_DIR = Path(__file__).parent / "cases" / "articles"
FIELDS = ("body", "resolution", "date", "yes", "no", "abstain", "absent", "adopted")


def _params() -> list:
    out = []
    for row in ARTICLES:
        stem, values, extra = row[0], row[:4], row[4:]
        marks = [pytest.mark.xfail(strict=True, reason=extra[0])] if extra else []
        out.append(pytest.param(*values, id=stem, marks=marks))
    return out


def _plain(field: str, value: object) -> object:
    if value is None or pd.isna(value):
        return None
    if field == "date":
        return pd.Timestamp(value).date().isoformat()
    if field == "adopted":
        return bool(value)
    if field in ("yes", "no", "abstain", "absent"):
        return int(value)
    return str(value)


def _tallies(tallies: pd.DataFrame) -> list[tuple]:
    return [tuple(_plain(f, row[f]) for f in FIELDS) for _, row in tallies.iterrows()]


def _positions(positions: pd.DataFrame) -> dict:
    """{vote_id: {position: (sorted codes, complete)}}; a list whose rows disagree on
    ``complete`` shows as "mixed", an unknown name as "?name"."""
    out: dict = {}
    for row in positions.itertuples(index=False):
        vote_id = None if pd.isna(row.vote_id) else int(row.vote_id)
        codes, complete = out.setdefault(vote_id, {}).setdefault(row.position, ([], set()))
        codes.append(f"?{row.name}" if pd.isna(row.iso3) else row.iso3)
        complete.add(bool(row.complete))
    return {vid: {pos: (sorted(codes), complete.pop() if len(complete) == 1 else "mixed")
                  for pos, (codes, complete) in by_pos.items()}
            for vid, by_pos in out.items()}


def _diff(got: dict, want: dict) -> list[str]:
    lines = []
    for vid in sorted(set(got) | set(want), key=lambda v: (v is None, v if v is not None else 0)):
        g, w = got.get(vid, {}), want.get(vid, {})
        for pos in sorted(set(g) | set(w)):
            if g.get(pos) == w.get(pos):
                continue
            gc, gk = g.get(pos, ([], None))
            wc, wk = w.get(pos, ([], None))
            lines.append(f"vote {vid} {pos}: missing {sorted(set(wc) - set(gc))}, "
                         f"extra {sorted(set(gc) - set(wc))}, complete {gk} (want {wk})")
    return lines


@pytest.mark.parametrize(("stem", "published", "tallies", "positions"), _params())
def test_article(stem: str, published: str | None, tallies: list[tuple], positions: dict,
                 ) -> None:
    text = (ARTICLE_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    result = parse_text(text, published=published)
    got = _tallies(result.tallies)
    problems = [f"tally {i}: got {g}, want {w}"
                for i, (g, w) in enumerate(zip(got, tallies, strict=False)) if g != w]
    if len(got) != len(tallies):
        problems.append(f"{len(got)} tallies, want {len(tallies)}: got {got}")
    problems += _diff(_positions(result.positions), positions)
    assert not problems, f"{stem}:\n  " + "\n  ".join(problems)


def test_every_article_has_a_row() -> None:
    files = sorted(p.stem for p in ARTICLE_DIR.glob("*.txt"))
    assert files == sorted(row[0] for row in ARTICLES)
    assert len(files) >= 20


@pytest.mark.parametrize("stem", sorted(p.stem for p in ARTICLE_DIR.glob("*.txt")))
def test_article_length(stem: str) -> None:
    words = len((ARTICLE_DIR / f"{stem}.txt").read_text(encoding="utf-8").split())
    assert 150 <= words <= 650
