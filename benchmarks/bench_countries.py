"""Speed of name resolution and of finding names in text, against pycountry.

Run: ``python benchmarks/bench_countries.py [n_names] [text_mb] [n_pycountry]``. Prints:

- ``resolve_many`` on ``n_names`` (default 1,000,000) names drawn from
  ``data/country_names.csv`` with random case and accent variations;
- ``pycountry.countries.lookup`` on the same names (all of them, or the first
  ``n_pycountry``; the per-name rates are compared), and the speed ratio;
- ``find_countries`` on ``text_mb`` (default 8) MB of article-like text, and the same
  text scanned by a pycountry baseline (lookup of every capitalised word and word pair)
  on a slice, with the ratio.

Wall-clock and CPU times are both printed: on a shared machine the wall time can be
twice the CPU time.
"""

from __future__ import annotations

import random
import re
import sys
import time
import unicodedata

import pandas as pd

import unvotes
import unvotes._data
from unvotes._data import data_file

SEED = 20240917


def _vary(name: str, rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.25:
        name = name.upper()
    elif choice < 0.5:
        name = name.lower()
    elif choice < 0.75:
        name = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in name)
    if rng.random() < 0.5:
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in decomposed if not unicodedata.combining(c))
    return name


def _names(n: int) -> list[str]:
    rng = random.Random(SEED)
    table = pd.read_csv(data_file("country_names.csv"), dtype=str, keep_default_na=False)
    pool = [_vary(name, rng) for name in table["name"] for _ in range(20)]
    return [rng.choice(pool) for _ in range(n)]


def _pycountry_lookup(names: list[str]) -> int:
    import pycountry

    hits = 0
    for name in names:
        try:
            pycountry.countries.lookup(name)
            hits += 1
        except LookupError:
            pass
    return hits


_SENTENCES = [
    "The resolution was adopted by 141 votes to 7, with 32 abstentions, on {d}.",
    "Voting against were Belarus, the Democratic People's Republic of Korea, Eritrea, "
    "Mali, Nicaragua, the Russian Federation and the Syrian Arab Republic.",
    "Abstaining were Algeria, Angola, Armenia, Bangladesh, Bolivia, Burundi, China, Congo, "
    "Cuba, El Salvador, Ethiopia, Gabon, Guinea, India, Iran (Islamic Republic of), "
    "Kazakhstan, Kyrgyzstan, Lao People's Democratic Republic, Mongolia, Mozambique, "
    "Namibia, Pakistan, South Africa, Sri Lanka, Sudan, Tajikistan, Togo, Uganda, "
    "United Republic of Tanzania, Uzbekistan, Viet Nam and Zimbabwe.",
    "Diplomats in New York said the vote showed how isolated Moscow had become, although "
    "officials from several capitals cautioned against reading too much into it.",
    "The US and the UK welcomed the outcome, while Iran's envoy said the text was unbalanced.",
    "Speaking to reporters after the meeting, the ambassador said that the General Assembly "
    "had sent a clear message and that the international community would keep working on a "
    "just and lasting peace in line with the Charter of the United Nations.",
    "Côte d'Ivoire, Papua New Guinea, Guinea-Bissau and Equatorial Guinea voted in favour.",
]


def _article_text(megabytes: float) -> str:
    rng = random.Random(SEED)
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        s = rng.choice(_SENTENCES).format(d=f"{rng.randint(1, 28)} February 2023")
        parts.append(s)
        size += len(s) + 1
    return " ".join(parts)


def _pycountry_scan(text: str) -> int:
    import pycountry

    hits = 0
    words = re.findall(r"[A-Z][\w'’-]*", text)
    for i, word in enumerate(words):
        for candidate in (word, " ".join(words[i : i + 2])):
            try:
                pycountry.countries.lookup(candidate)
                hits += 1
            except LookupError:
                pass
    return hits


def _time_find(text: str, what: str) -> float:
    """Print wall and CPU throughput of find_countries on ``text``; return MB/s (wall)."""
    t0, c0 = time.perf_counter(), time.process_time()
    found = unvotes.find_countries(text)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    mb = len(text.encode("utf-8")) / 1e6
    print(f"find_countries on {what}: {mb:.1f} MB in {wall:.3f} s wall ({mb / wall:.1f} MB/s), "
          f"{cpu:.3f} s CPU ({mb / cpu:.1f} MB/s), {len(found):,} mentions")
    return mb / wall


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 1_000_000
    megabytes = float(argv[2]) if len(argv) > 2 else 8.0
    names = _names(n)
    unvotes.resolve("warm up")  # load the tables once, outside the timings
    unvotes.find_countries("warm up France")

    t0, c0 = time.perf_counter(), time.process_time()
    result = unvotes.resolve_many(names)
    t_many, c_many = time.perf_counter() - t0, time.process_time() - c0
    resolved = int(result.notna().sum())
    print(f"resolve_many: {n:,} names in {t_many:.3f} s wall, {c_many:.3f} s CPU "
          f"({n / t_many / 1e6:.2f} M names/s), {resolved:,} resolved ({resolved / n:.1%})")

    sample = names[: int(argv[3])] if len(argv) > 3 else names
    t0 = time.perf_counter()
    py_hits = _pycountry_lookup(sample)
    t_py = time.perf_counter() - t0
    rate_py = len(sample) / t_py
    print(f"pycountry.countries.lookup: {len(sample):,} of the same names in {t_py:.2f} s "
          f"({rate_py:,.0f} names/s), {py_hits:,} found ({py_hits / len(sample):.1%})")
    print(f"ratio resolve_many / pycountry (names per second): {n / t_many / rate_py:,.0f}x")

    text = _article_text(megabytes)
    rate_find = _time_find(text, "vote-report text")
    seeds = unvotes._data.seed_files()
    if seeds:
        news = seeds[0].read_text(encoding="utf-8")
        news = news * int(megabytes * 1_000_000 // max(len(news), 1) + 1)
        _time_find(news, "the bundled news seed repeated")

    piece = text[:200_000]
    t0 = time.perf_counter()
    py_found = _pycountry_scan(piece)
    t_scan = time.perf_counter() - t0
    piece_mb = len(piece.encode("utf-8")) / 1e6
    print(f"pycountry word scan: {piece_mb:.2f} MB in {t_scan:.3f} s "
          f"({piece_mb / t_scan:.3f} MB/s), {py_found:,} hits")
    print(f"ratio find_countries / pycountry scan (MB/s): "
          f"{rate_find / (piece_mb / t_scan):,.0f}x")


if __name__ == "__main__":
    main(sys.argv)
