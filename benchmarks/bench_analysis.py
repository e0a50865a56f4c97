"""Speed of ``agreement`` and ``bloc_votes`` over the full GA history.

Run: ``python benchmarks/bench_analysis.py [path/to/undl_ga_voting.csv.gz] [subset_votes] [--full]``.
Prints:

- loading the file with ``unvotes.read_undl`` (not part of the targets);
- ``agreement`` (both methods) over every recorded GA vote (~200 states x 5,539 votes),
  best of 3; target under 2 seconds;
- a straightforward pandas self-merge implementation (merge the votes with themselves on
  ``record_id``, score each pair row, group by pair) and ``agreement`` on the same subset
  of the most recent ``subset_votes`` votes (default 800), the speed ratio (target >= 20x),
  and a check that every pair's number is identical (exact float equality) on that subset;
- with ``--full``, the self-merge also over the full history (in chunks of 400 votes to
  bound memory: about 150 million pair rows in all), compared pair by pair with ``agreement``;
- ``bloc_votes`` for every bloc in ``unvotes.blocs()`` with dated membership over the full
  history, best of 3; target under 2 seconds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

import unvotes

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "undl_ga_voting.csv.gz"


def _best(fn, repeat: int = 3) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def naive_agreement(votes: pd.DataFrame, method: str = "agreement") -> pd.DataFrame:
    """Reference: self-merge on record_id, then group by pair. Long form iso3_a, iso3_b, agreement, n."""
    v = votes[["record_id", "iso3", "vote"]].copy()
    v["iso3"] = v["iso3"].astype(str)
    v["vote"] = v["vote"].astype(str)
    keep = ["yes", "no"] if method == "coincidence" else ["yes", "no", "abstain"]
    v = v[v["vote"].isin(keep)]
    v["value"] = v["vote"].map({"yes": 1.0, "abstain": 0.5, "no": 0.0})
    pairs = v.merge(v, on="record_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["iso3_a"] != pairs["iso3_b"]]
    if method == "coincidence":
        pairs["score"] = (pairs["value_a"] == pairs["value_b"]).astype(float)
    else:
        pairs["score"] = 1.0 - (pairs["value_a"] - pairs["value_b"]).abs()
    out = pairs.groupby(["iso3_a", "iso3_b"])["score"].agg(["sum", "count"]).reset_index()
    out["agreement"] = out["sum"] / out["count"]
    return out.rename(columns={"count": "n_votes"})[
        ["iso3_a", "iso3_b", "agreement", "n_votes", "sum"]
    ]


def naive_agreement_chunked(votes: pd.DataFrame, method: str, chunk: int = 400) -> pd.DataFrame:
    """The same self-merge, a few hundred votes at a time, summed per pair at the end."""
    ids = votes["record_id"].unique()
    parts = []
    for start in range(0, len(ids), chunk):
        part = votes.loc[votes["record_id"].isin(ids[start : start + chunk])]
        parts.append(naive_agreement(part, method)[["iso3_a", "iso3_b", "sum", "n_votes"]])
    total = pd.concat(parts).groupby(["iso3_a", "iso3_b"], as_index=False)[["sum", "n_votes"]].sum()
    total["agreement"] = total["sum"] / total["n_votes"]
    return total[["iso3_a", "iso3_b", "agreement", "n_votes"]]


def _compare(fast_long: pd.DataFrame, slow: pd.DataFrame) -> tuple[int, int]:
    """(pairs compared, pairs that differ in value or count)."""
    fast = fast_long[["iso3_a", "iso3_b", "agreement", "n_votes"]].astype(
        {"iso3_a": str, "iso3_b": str}
    )
    both = fast.merge(
        slow, on=["iso3_a", "iso3_b"], how="outer", suffixes=("_fast", "_slow"), indicator=True
    )
    unmatched = int((both["_merge"] != "both").sum())
    same = (both["agreement_fast"] == both["agreement_slow"]) & (
        both["n_votes_fast"] == both["n_votes_slow"]
    )
    return len(both), unmatched + int((~same).sum())


def main(argv: list[str]) -> int:
    full = "--full" in argv
    argv = [a for a in argv if a != "--full"]
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    subset_votes = int(argv[2]) if len(argv) > 2 else 800
    if not path.exists():
        print(f"data file not found: {path}")
        return 1

    start = time.perf_counter()
    data = unvotes.read_undl(path)
    print(
        f"read_undl: {time.perf_counter() - start:.2f} s "
        f"({len(data.votes):,} rows, {data.votes['record_id'].nunique():,} votes, "
        f"{data.votes['iso3'].nunique()} states)"
    )

    ok = True
    for method in ("agreement", "coincidence"):
        t, square = _best(lambda m=method: unvotes.agreement(data, method=m))
        print(
            f"agreement(method={method!r}), full history: {t:.3f} s -> {square.shape[0]}x{square.shape[1]}"
            f"  [target < 2 s: {'ok' if t < 2 else 'MISSED'}]"
        )
        ok &= t < 2

    # the naive self-merge on the most recent votes, and agreement on the same subset
    recent = data.records.loc[data.records["record_id"].isin(data.votes["record_id"])]
    recent = recent.sort_values(["date", "record_id"]).tail(subset_votes)["record_id"]
    sub_votes = data.votes.loc[data.votes["record_id"].isin(recent)]
    sub = unvotes.VoteData(
        records=data.records.loc[data.records["record_id"].isin(recent)],
        votes=sub_votes,
        problems=data.problems.iloc[:0],
        metadata={},
    )
    for method in ("agreement", "coincidence"):
        t_slow, slow = _best(lambda m=method: naive_agreement(sub_votes, m), repeat=1)
        t_fast, fast = _best(lambda m=method: unvotes.agreement(sub, method=m, long=True))
        n_pairs, n_diff = _compare(fast, slow)
        ratio = t_slow / t_fast
        print(
            f"subset of {len(recent)} votes, {method}: self-merge {t_slow:.2f} s, agreement {t_fast:.3f} s, "
            f"{ratio:.0f}x faster [target >= 20x: {'ok' if ratio >= 20 else 'MISSED'}]; "
            f"{n_pairs:,} pairs compared, {n_diff} differ [{'identical' if n_diff == 0 else 'DIFFERENT'}]"
        )
        ok &= ratio >= 20 and n_diff == 0

    if full:
        for method in ("agreement", "coincidence"):
            t_slow, slow = _best(lambda m=method: naive_agreement_chunked(data.votes, m), repeat=1)
            t_fast, fast = _best(lambda m=method: unvotes.agreement(data, method=m, long=True))
            n_pairs, n_diff = _compare(fast, slow)
            ratio = t_slow / t_fast
            print(
                f"full history, {method}: self-merge (chunked) {t_slow:.1f} s, agreement {t_fast:.3f} s, "
                f"{ratio:.0f}x faster; {n_pairs:,} pairs compared, {n_diff} differ"
            )
            ok &= ratio >= 20 and n_diff == 0

    try:
        members = unvotes.blocs()
        note = f"{members['bloc'].nunique()} blocs from unvotes.blocs(), {len(members)} dated memberships"
    except Exception as exc:  # blocs table unavailable: UN regional groups from members()
        table = unvotes.members()
        members = table.rename(columns={"regional_group": "bloc"})[["bloc", "iso3"]].dropna()
        note = f"{members['bloc'].nunique()} regional groups (unvotes.blocs failed: {exc})"
    t, out = _best(lambda: unvotes.bloc_votes(data, members))
    print(
        f"bloc_votes, {note}, full history: {t:.3f} s -> {len(out):,} rows "
        f"[target < 2 s: {'ok' if t < 2 else 'MISSED'}]"
    )
    ok &= t < 2
    es = out.loc[
        (out["resolution"] == "A/RES/ES-11/6") & out["bloc"].isin(["EU", "P5", "BRICS", "AU"])
    ]
    print(
        es[
            ["bloc", "members", "yes", "no", "abstain", "non_voting", "majority", "cohesion"]
        ].to_string(index=False)
    )
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    np.seterr(all="ignore")
    raise SystemExit(main(sys.argv))
