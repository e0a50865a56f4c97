"""Parser accuracy on the whole articles in tests/cases/articles/ (figures, not a test).

Run from the repository root::

    python benchmarks/bench_accuracy.py

The expected output of each article is in ``tests/cases/parse_articles.py`` (what a careful
reader records from the text). This script prints, over all articles together:

- tallies: how many expected votes were found with exactly the stated counts; how many
  found tallies match no expected vote (invented); and, for the votes found, how often
  body, resolution, date and adoption agree;
- named positions: precision and recall of (vote, country, position), and how often
  ``complete`` agrees where both have the country; and the same for (country, position)
  whatever vote it is tied to;
- how many articles are read exactly right;

separately for the articles written while the parser was worked on and for the held-out ones
(numbered from ``HELD_OUT_FROM``), written blind afterwards.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from cases.parse_articles import ARTICLES, HELD_OUT_FROM  # noqa: E402
from test_parse_articles import _plain as _value  # noqa: E402

from unvotes import parse_text  # noqa: E402

ARTICLE_DIR = ROOT / "tests" / "cases" / "articles"
COUNTS = ("yes", "no", "abstain", "absent")
META = ("body", "resolution", "date", "adopted")


def main() -> None:
    tuned = [a for a in ARTICLES if int(a[0][:2]) < HELD_OUT_FROM]
    held_out = [a for a in ARTICLES if int(a[0][:2]) >= HELD_OUT_FROM]
    print(f"-- {len(tuned)} articles written while the parser was worked on")
    report(tuned)
    print(f"-- {len(held_out)} held-out articles, written blind afterwards")
    report(held_out)


def report(articles: list[tuple]) -> None:
    want_tallies = found = invented = 0
    meta_right = dict.fromkeys(META, 0)
    want_pos = got_pos = both_pos = complete_right = 0
    any_vote = 0  # (country, position) right whatever vote it is tied to
    exact_articles = 0
    for stem, published, tallies, positions, *_reason in articles:
        text = (ARTICLE_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        result = parse_text(text, published=published)
        got = [{f: _value(f, row[f]) for f in (*META, *COUNTS)}
               for _, row in result.tallies.iterrows()]
        want = [dict(zip(("body", "resolution", "date", *COUNTS, "adopted"), t, strict=True))
                for t in tallies]
        # match expected votes to found tallies by their counts, in text order
        unused = list(range(len(got)))
        vote_map: dict[int, int] = {}  # found vote_id -> expected vote index
        for wi, w in enumerate(want):
            hit = next((gi for gi in unused if all(got[gi][c] == w[c] for c in COUNTS)), None)
            if hit is None:
                continue
            unused.remove(hit)
            vote_map[hit] = wi
            found += 1
            for f in META:
                meta_right[f] += got[hit][f] == w[f]
        want_tallies += len(want)
        invented += len(unused)
        # positions as (expected vote index or None, iso3, position) -> complete
        want_set = {(vid, code, pos): complete
                    for vid, by_pos in positions.items()
                    for pos, (codes, complete) in by_pos.items() for code in codes}
        got_set = {}
        for row in result.positions.itertuples(index=False):
            vid = None if pd.isna(row.vote_id) else vote_map.get(int(row.vote_id), -1)
            code = f"?{row.name}" if pd.isna(row.iso3) else row.iso3
            got_set[(vid, code, row.position)] = bool(row.complete)
        common = set(want_set) & set(got_set)
        any_vote += len({k[1:] for k in want_set} & {k[1:] for k in got_set})
        want_pos += len(want_set)
        got_pos += len(got_set)
        both_pos += len(common)
        complete_right += sum(want_set[k] == got_set[k] for k in common)
        raw = {(None if pd.isna(r.vote_id) else int(r.vote_id),
                f"?{r.name}" if pd.isna(r.iso3) else r.iso3, r.position): bool(r.complete)
               for r in result.positions.itertuples(index=False)}
        exact_articles += got == want and raw == want_set
    n = len(articles)
    print(f"articles: {n}; read exactly right (every tally field and every position): "
          f"{exact_articles}")
    print(f"tallies: {found} of {want_tallies} expected votes found with the stated counts "
          f"({found / want_tallies:.0%}); {invented} found tallies match no expected vote")
    print("  of the votes found, right: " + ", ".join(
        f"{f} {meta_right[f]}/{found}" for f in META))
    precision = both_pos / got_pos if got_pos else 1.0
    recall = both_pos / want_pos if want_pos else 1.0
    print(f"named positions: {both_pos} right of {got_pos} found and {want_pos} expected: "
          f"precision {precision:.1%}, recall {recall:.1%}; complete right {complete_right}/{both_pos}")
    print(f"  country and position right, whatever vote they are tied to: {any_vote} "
          f"(precision {any_vote / got_pos if got_pos else 1:.1%}, "
          f"recall {any_vote / want_pos if want_pos else 1:.1%})")


if __name__ == "__main__":
    main()
