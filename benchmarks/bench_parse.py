"""Parser speed: throughput, linearity, adversarial inputs, parse_many memory.

Run from the repository root::

    python benchmarks/bench_parse.py            # everything (writes ~100 MB of temp files)
    python benchmarks/bench_parse.py --quick    # smaller sizes, for a smoke run

The corpus is generated here from template sentences (vote reports in the styles the
parser reads, mixed with ordinary news sentences full of numbers and country names),
so the benchmark needs no data files. Figures are printed; nothing is asserted.

What it prints:

- throughput: 10 MB of articles through ``parse_text`` one by one and through
  ``parse_many`` (which finds country names for 32 texts per call and builds the frames
  once), as wall and CPU seconds (CPU time is the fairer figure on a shared machine);
- linearity: one text of 1, 4 and 16 MB (best of two runs each) and the time ratios;
- adversarial inputs (digits and hyphens, no spaces, 10,000 country names, ...) at full
  and quarter size: a ratio near 4 means linear time;
- ``parse_many`` over 100 MB of files in a fresh process: time, peak memory over the
  library baseline (``VmHWM`` vs ``VmRSS`` after import), and the tqdm bar it showed, for
  one and two worker processes.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unvotes import parse_many, parse_text  # noqa: E402

COUNTRIES = [
    "Russia", "Belarus", "North Korea", "Eritrea", "Mali", "Nicaragua", "Syria", "China",
    "India", "Iran", "South Africa", "Brazil", "Japan", "Germany", "France", "Mexico",
    "Côte d'Ivoire", "the Democratic People's Republic of Korea", "Bolivia", "Venezuela",
    "Saint Vincent and the Grenadines", "Türkiye", "Ukraine", "Poland", "Kenya", "Chile",
]  # fmt: skip
CITIES = ["Moscow", "Kyiv", "Tehran", "Beijing", "New York", "Geneva", "Nairobi", "Brasília"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
VOTE_TEMPLATES = [
    "The General Assembly adopted the resolution by a recorded vote of {y} in favour to {n} "
    "against, with {a} abstentions.",
    "The motion was backed by {y} nations with {a} abstaining and {nw} voting against.",
    "The resolution passed {y}-{n}-{a} on {wd}.",
    "By {y} votes to {n}, with {a} abstentions, the Assembly demanded a withdrawal.",
    "The vote was {y} in favor, {n} against and {a} abstentions.",
    "{c1}, {c2} and {c3} were among the {a} countries to abstain in the vote.",
    "The {nw} countries who voted against were {c1}, {c2}, {c3} and {c4}.",
    "Only {c1} and {c2} voted against.",
    "In favour: {c1}, {c2}, {c3}, {c4}.",
    "The Security Council draft, vetoed by {c1}, received 11 votes in favour, 1 against and "
    "3 abstentions.",
    "Resolution ES-11/{k} was adopted on {d} {m} 2023 by {y} votes to {n}.",
]
NEWS_TEMPLATES = [
    "{c1}'s foreign minister will travel to {city} on {wd} for talks with officials.",
    "At least {big} people were killed and {k} wounded in an attack near {city}.",
    "The fund received ${big} million, and {k} donors pledged {y} million euros on {d} {m}.",
    "Officials in {city} said {c1} and {c2} have cooperated on trade for {k} years.",
    "The 193 member states will meet again in September, diplomats said.",
    "Prices rose {k} percent in {m}, the statistics office in {city} reported.",
    "\u201cWe will not accept this,\u201d the spokesman told reporters in {city} on {wd}.",
    "The talks, held between {d} and {d2} {m}, involved {k} delegations from {c1} and {c2}.",
    "Shipping through the strait fell by {k}% in 2022, according to the agency.",
    "The ambassador, {age}, said {c1} had long opposed sanctions against {c2}.",
]


def _fill(template: str, rng: random.Random) -> str:
    c = rng.sample(COUNTRIES, 4)
    y = rng.randint(80, 150)
    n = rng.randint(1, 20)
    return template.format(
        y=y, n=n, a=rng.randint(5, 193 - y - n), nw=rng.choice(["seven", "five", "twelve"]),
        c1=c[0], c2=c[1], c3=c[2], c4=c[3], wd=rng.choice(WEEKDAYS), m=rng.choice(MONTHS),
        d=rng.randint(1, 28), d2=rng.randint(1, 28), k=rng.randint(2, 60),
        big=rng.randint(200, 9000), city=rng.choice(CITIES), age=rng.randint(30, 80),
    )


def article(rng: random.Random, size: int = 4000, vote_share: float = 0.35) -> str:
    """One article of roughly ``size`` characters: a dateline and paragraphs of news.

    With probability ``vote_share`` it reports votes: one or two paragraphs of 2-4 vote
    sentences among the news paragraphs (news sentences also carry numbers, dates,
    country names and words such as "opposed", "support" or "against").
    """
    parts = [f"date 2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
             f"{rng.choice(CITIES).upper()} - "]
    n_par = max(2, size // 450)
    vote_pars = set()
    if rng.random() < vote_share:
        vote_pars = set(rng.sample(range(n_par), min(n_par, rng.choice([1, 1, 2]))))
    for i in range(n_par):
        if i in vote_pars:
            sentences = [_fill(rng.choice(VOTE_TEMPLATES), rng) for _ in range(rng.randint(2, 4))]
        else:
            sentences = [_fill(rng.choice(NEWS_TEMPLATES), rng) for _ in range(rng.randint(2, 4))]
        parts.append(" ".join(sentences) + "\n\n")
    return "".join(parts)


def corpus(total: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < total:
        a = article(rng, rng.randint(1500, 8000))
        out.append(a)
        size += len(a)
    return out


def _timed(fn, *args) -> float:
    """CPU seconds of ``fn(*args)`` (the machine may be shared: wall time is noisier)."""
    t0 = time.process_time()
    fn(*args)
    return time.process_time() - t0


_WORD_RE = re.compile(r"[A-Za-z]+")


def _reference(texts: list[str]) -> float:
    """CPU seconds of a fixed, parser-free pass over ``texts`` (lower-case, split into
    words): a yardstick for how fast this machine runs Python right now. Shared virtual
    machines vary by a factor of two from hour to hour; the parser's time as a multiple
    of this pass varies much less."""
    t0 = time.process_time()
    for t in texts:
        _WORD_RE.findall(t.lower())
    return time.process_time() - t0


def throughput(mb: float) -> None:
    texts = corpus(int(mb * 1_000_000))
    print(f"corpus: {len(texts)} articles, about a third reporting votes; "
          f"first article:\n{texts[0][:300]}...")
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    ref = min(_reference(texts) for _ in range(3))
    print(f"reference pass (lower-case and split into words, no parsing): {size / ref:.1f} MB/s "
          f"cpu; the parser's cost below is also given as a multiple of it")
    parse_text(texts[0])  # warm up the country index
    w0, c0 = time.perf_counter(), time.process_time()
    votes = 0
    for t in texts:
        votes += len(parse_text(t).tallies)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(f"throughput parse_text: {size:.1f} MB in {len(texts)} articles: wall {wall:.2f} s "
          f"-> {size / wall:.2f} MB/s; cpu {cpu:.2f} s -> {size / cpu:.2f} MB/s "
          f"({votes} tallies; {cpu / ref:.1f}x the reference pass)")
    w0, c0 = time.perf_counter(), time.process_time()
    result = parse_many(texts, progress=False)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(f"throughput parse_many: {size:.1f} MB: wall {wall:.2f} s -> {size / wall:.2f} MB/s; "
          f"cpu {cpu:.2f} s -> {size / cpu:.2f} MB/s ({len(result.tallies)} tallies; "
          f"{cpu / ref:.1f}x the reference pass)")


def linearity(sizes: list[int]) -> None:
    times = []
    for mb in sizes:
        text = "\n\n".join(corpus(mb * 1_000_000, seed=mb))
        elapsed = min(_timed(parse_text, text) for _ in range(2))  # best of 2: shared machine
        times.append(elapsed)
        print(f"linearity: one text of {len(text) / 1e6:.1f} M chars: {elapsed:.2f} s cpu "
              f"({len(text) / 1e6 / elapsed:.2f} M chars/s)")
    for i in range(1, len(sizes)):
        a, b = sizes[i - 1], sizes[i]
        print(f"linearity: {b}/{a} MB time ratio {times[i] / times[i - 1]:.2f} "
              f"(size ratio {b / a:.0f})")


def _letters(n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _digits_hyphens(n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("0123456789-") for _ in range(n))


def _names(k: int, seed: int = 7) -> list[str]:
    return random.Random(seed).choices(COUNTRIES, k=k)


#: adversarial inputs as functions of a size (characters, or names for the lists)
ADVERSARIAL = {
    "digits and hyphens": lambda n: ("1-2-" * (n // 4 + 1))[:n],
    "digits/hyphens + votes": lambda n: ("141-7-32-1-2-3 vote " * (n // 20 + 1))[:n],
    "random digits/hyphens": _digits_hyphens,
    "no spaces/punctuation": _letters,
    "no spaces, vote words": lambda n: ("votedagainstinfavourabstained" * (n // 29 + 1))[:n],
    "only spaces": lambda n: " " * n,
    "cue words": lambda n: ("in favour against abstentions " * (n // 31 + 1))[:n],
    "dots": lambda n: "." * n,
    "number words": lambda n: ("one hundred and forty-one " * (n // 26 + 1))[:n],
    "open parentheses": lambda n: ("(141 in favour " * (n // 15 + 1))[:n],
    "repeated short counts": lambda n: ("5 opposed, " * (n // 11 + 1))[:n],
    "repeated cue-count pairs": lambda n: ("In favour, 1; against, 2; " * (n // 26 + 1))[:n],
}
#: lists of country names: (label, builder of a text from a list of names)
ADVERSARIAL_LISTS = {
    "annex list of names": lambda names: "Against: " + ", ".join(names) + ".",
    "names as subject": lambda names: ", ".join(names) + " voted against.",
    "names after count": lambda names: "It passed 100-10-5, 7 against (" + ", ".join(names) + ").",
}


def adversarial(mb: float, n_names: int = 10_000) -> None:
    n = int(mb * 1_000_000)
    for label, build in ADVERSARIAL.items():
        t_q = _timed(parse_text, build(n // 4))
        t_full = _timed(parse_text, build(n))
        print(f"adversarial: {label:24s} {n / 1e6:5.2f} M chars {t_full:6.2f} s cpu "
              f"(quarter size {t_q:5.2f} s, ratio {t_full / max(t_q, 1e-9):4.1f})")
    for label, build in ADVERSARIAL_LISTS.items():
        small, big = build(_names(n_names // 4)), build(_names(n_names))
        t_q = _timed(parse_text, small)
        t_full = _timed(parse_text, big)
        print(f"adversarial: {label:24s} {n_names} names ({len(big) / 1e6:.2f} M chars) "
              f"{t_full:6.2f} s cpu (quarter {t_q:5.2f} s, ratio {t_full / max(t_q, 1e-9):4.1f})")


_MEMORY_PROBE = textwrap.dedent(
    """
    import resource, sys, time
    from pathlib import Path
    import unvotes

    def status(key):  # kB figures of this process (VmHWM is its own peak, reset at exec)
        for line in open("/proc/self/status"):
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024

    unvotes.parse_text("Russia voted against; it passed 141-7-32.")
    base = status("VmRSS")
    base_peak = status("VmHWM")
    paths = sorted(Path(sys.argv[1]).glob("*.txt"))
    t0 = time.perf_counter()
    r = unvotes.parse_many(paths, progress=True, workers=int(sys.argv[2]))
    dt = time.perf_counter() - t0
    peak = status("VmHWM")
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = sum(p.stat().st_size for p in paths) / 1e6
    print(f"parse_many: {len(paths)} files, {size:.0f} MB, workers={sys.argv[2]}: {dt:.1f} s "
          f"({size / dt:.2f} MB/s), {len(r.tallies)} tallies, {len(r.positions)} positions; "
          f"library baseline {base:.0f} MB (peak so far {base_peak:.0f} MB), peak {peak:.0f} MB "
          f"(+{peak - base:.0f} MB over baseline); largest worker process {kids:.0f} MB")
    """
)


def many_memory(total_mb: int, workers: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rng = random.Random(3)
        written = 0
        i = 0
        while written < total_mb * 1_000_000:
            text = "\n\n".join(article(rng, 5000) for _ in range(10))
            path = Path(tmp) / f"{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
            written += path.stat().st_size
            i += 1
        for w in workers:
            out = subprocess.run(
                [sys.executable, "-c", _MEMORY_PROBE, tmp, str(w)],
                capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                check=True,
            )
            bar = [line for line in out.stderr.replace("\r", "\n").splitlines()
                   if "unvotes parse" in line]
            print(out.stdout.strip())
            if bar:
                print(f"parse_many: progress bar shown, last state: {bar[-1].strip()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    if args.quick:
        throughput(1)
        linearity([1, 2, 4])
        adversarial(0.2)
        if not args.skip_memory:
            many_memory(5, [1, 2])
        return
    throughput(10)
    linearity([1, 4, 16])
    adversarial(1)
    if not args.skip_memory:
        many_memory(100, [1, 2])


if __name__ == "__main__":
    main()
