"""How fast are the consistency checks? 10,000 reports against the full GA history.

Run from the repository root:

    python benchmarks/bench_checks.py [--reports 10000] [--official PATH] [--parsed 200]

It loads ``../shared/data/undl_ga_voting.csv.gz`` once with ``read_undl`` (timed apart), then
builds reports of randomly chosen recorded votes in the parser's output shape: a third cite
the resolution symbol, a third only the date, a third both; about one in ten has a wrong
count, one in twenty a swapped pair, and many name countries (some with the wrong position).
``--parsed N`` also writes N such reports as sentences and runs them through ``parse_text``,
so the parser's real output is part of the batch. It then times ``check`` and ``check_many``
and prints the figures. The bar (issue 5): under 10 seconds after loading.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import unvotes  # noqa: E402
from unvotes import checks  # noqa: E402
from unvotes.parse import POSITION_DTYPES, TALLY_DTYPES, ParseResult  # noqa: E402

WORDS = {"yes": "yes", "no": "no", "abstain": "abstain", "non_voting": "absent"}


def _reports(official: unvotes.VoteData, n: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """n reports as one parse_many-shaped batch (frames with a leading source column)."""
    rng = np.random.default_rng(seed)
    records = official.records.dropna(subset=["yes", "no", "abstain"]).reset_index(drop=True)
    pick = rng.integers(0, len(records), n)
    chosen = records.iloc[pick].reset_index(drop=True)
    yes = chosen["yes"].to_numpy(dtype="int64").copy()
    no = chosen["no"].to_numpy(dtype="int64").copy()
    abstain = chosen["abstain"].to_numpy(dtype="int64").copy()
    wrong = rng.random(n) < 0.10
    yes[wrong] += rng.integers(1, 4, wrong.sum())
    swap = rng.random(n) < 0.05
    no[swap], abstain[swap] = abstain[swap].copy(), no[swap].copy()
    style = rng.integers(0, 3, n)  # 0 symbol only, 1 date only, 2 both
    resolution = chosen["resolution"].astype("string").where(style != 1, pd.NA)
    date = chosen["date"].where(style != 0, pd.NaT)
    sources = pd.array([f"report-{i:05d}" for i in range(n)], dtype="string")
    tallies = pd.DataFrame(
        {
            "source": sources,
            "vote_id": np.zeros(n, dtype="int64"),
            "body": pd.array(["GA"] * n, dtype="string"),
            "resolution": resolution,
            "date": date,
            "yes": yes,
            "no": no,
            "abstain": abstain,
            "absent": pd.array([pd.NA] * n, dtype="Int64"),
            "adopted": yes > no,
            "start": np.full(n, 10, dtype="int64"),
            "end": np.full(n, 80, dtype="int64"),
            "sentence": pd.array(["The resolution was adopted."] * n, dtype="string"),
        }
    ).astype(TALLY_DTYPES)
    # named countries: up to five states from the record, a few given the wrong position
    votes = official.votes
    order = np.argsort(votes["record_id"].to_numpy(), kind="stable")
    rid = votes["record_id"].to_numpy()[order]
    iso3 = votes["iso3"].astype("string").to_numpy()[order]
    vote = votes["vote"].astype("string").to_numpy()[order]
    named = rng.random(n) < 0.6
    rows = []
    for i in np.flatnonzero(named):
        record_id = int(chosen.at[i, "record_id"])
        lo, hi = np.searchsorted(rid, record_id, "left"), np.searchsorted(rid, record_id, "right")
        if hi == lo:
            continue
        for j in rng.choice(np.arange(lo, hi), size=min(5, hi - lo), replace=False):
            position = WORDS.get(str(vote[j]))
            if position is None or iso3[j] is pd.NA:
                continue
            if rng.random() < 0.03:
                position = "no" if position != "no" else "yes"
            rows.append((sources[i], 0, iso3[j], iso3[j], position, False, 100, 110))
    positions = pd.DataFrame(rows, columns=["source", *POSITION_DTYPES]).astype(
        {"source": "string", **POSITION_DTYPES}
    )
    return tallies, positions


def _texts(official: unvotes.VoteData, n: int, seed: int) -> list[tuple[str, str]]:
    """n sentences a reporter might write about randomly chosen recent votes."""
    rng = np.random.default_rng(seed)
    records = official.records[official.records["date"] >= "1990-01-01"].dropna(subset=["yes", "no", "abstain"])
    chosen = records.iloc[rng.integers(0, len(records), n)]
    texts = []
    for i, rec in enumerate(chosen.itertuples()):
        day = f"{rec.date.day} {rec.date:%B %Y}"
        symbol = str(rec.resolution).removeprefix("A/RES/")
        texts.append(
            (
                f"parsed-{i:04d}",
                f"On {day} the UN General Assembly adopted resolution {symbol} by {rec.yes} votes "
                f"to {rec.no}, with {rec.abstain} abstentions.",
            )
        )
    return texts


def _split(tallies: pd.DataFrame, positions: pd.DataFrame) -> list[ParseResult]:
    """The batch as one ParseResult per report (the input check_many also takes)."""
    by_source = dict(tuple(positions.groupby("source", sort=False)))
    empty = positions.iloc[:0].drop(columns="source")
    out = []
    for source, frame in tallies.groupby("source", sort=False):
        named = by_source.get(source)
        out.append(
            ParseResult(
                tallies=frame.drop(columns="source").reset_index(drop=True),
                positions=empty if named is None else named.drop(columns="source").reset_index(drop=True),
                source=str(source),
            )
        )
    return out


def _time(label: str, func, *args, **kwargs):
    """Run once; print wall-clock and CPU seconds (CPU is steadier on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = func(*args, **kwargs)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<58} {seconds:8.2f} s wall {cpu:8.2f} s cpu")
    return value, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--parsed", type=int, default=200, help="of which written as text and parsed")
    parser.add_argument("--official", type=Path, default=ROOT.parent / "shared" / "data" / "undl_ga_voting.csv.gz")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.official.exists():
        print(f"official data not found: {args.official}")
        return 2

    official, _ = _time(f"load {args.official.name} with read_undl", unvotes.read_undl, args.official)
    print(f"  {len(official.records):,} records, {len(official.votes):,} votes")

    tallies, positions = _reports(official, args.reports - args.parsed, args.seed)
    parsed = [unvotes.parse_text(text, source=name) for name, text in _texts(official, args.parsed, args.seed)]
    results = _split(tallies, positions) + parsed
    batch = ParseResult(
        tallies=pd.concat([tallies, *(_with_source(r.tallies, r.source) for r in parsed)], ignore_index=True),
        positions=pd.concat([positions, *(_with_source(r.positions, r.source) for r in parsed)], ignore_index=True),
    )
    print(
        f"  {len(batch.tallies):,} reports ({args.parsed} through parse_text), "
        f"{len(batch.positions):,} named positions"
    )
    print("timings (after loading):")
    _time("index the official records (once per VoteData)", checks._official_index, official)
    found, t_check = _time("check(batch, official)", unvotes.check, batch, official=official)
    many, t_many = _time("check_many(10,000 ParseResults, official)", unvotes.check_many, results, official=official)
    _, t_batch_many = _time("check_many(batch, official)", unvotes.check_many, batch, official=official)
    _, t_plain = _time("check(batch)                           [no official data]", unvotes.check, batch)
    start = time.perf_counter()
    for result in results[:1000]:
        unvotes.check(result, official=official)
    per_call = (time.perf_counter() - start) / 1000
    print(f"{'check(result, official), one report at a time':<58} {per_call * 1000:8.2f} ms per report")

    print("findings:")
    print(f"  {len(found):,} from check, {len(many):,} from check_many")
    counts = many.groupby(["rule", "severity"]).size().rename("n").reset_index()
    for row in counts.itertuples():
        print(f"  {row.rule:<34} {row.severity:<8} {row.n:>7,}")
    matched = found["rule"].eq("record.matched").sum()
    print(f"  matched {matched:,} of {len(batch.tallies):,} reports to a record")
    worst = max(t_check, t_many, t_batch_many)
    verdict = "OK" if worst < 10 else "TOO SLOW"
    print(f"slowest: {worst:.2f} s for {len(batch.tallies):,} reports (bar: 10 s) -> {verdict}")
    del t_plain
    return 0 if worst < 10 else 1


def _with_source(frame: pd.DataFrame, source: str | None) -> pd.DataFrame:
    frame = frame.copy()
    frame.insert(0, "source", pd.array([source] * len(frame), dtype="string"))
    return frame


if __name__ == "__main__":
    raise SystemExit(main())
