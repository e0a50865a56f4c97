"""Benchmark the official-data readers on the full GA file (prints figures; asserts nothing).

    python benchmarks/bench_official.py [path/to/undl_ga_voting.csv.gz] [--repeat 3]

Targets (issue 6): ``read_undl`` within 2x a bare ``pyarrow.csv.read_csv`` of the same
file in the same run; reading the Parquet layout back in under 0.5 s; the loaded GA data
under 300 MB. Memory is reported as the frames' ``memory_usage(deep=True)`` and, for a fresh
process that only imports unvotes and reads the file, its peak RSS (VmHWM) and the peak of
pyarrow's memory pool.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import pyarrow.csv as pacsv  # noqa: E402

from unvotes import datasets  # noqa: E402
from unvotes.official import read_parquet, read_undl  # noqa: E402

_CHILD = """
import sys
sys.path.insert(0, {repo!r})
import pyarrow as pa
import unvotes.official as o

def hwm():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmHWM")) / 1024

base = hwm()
data = o.read_undl({path!r})
print(base, hwm(), pa.default_memory_pool().max_memory() / 1e6)
"""


def _default_file() -> Path:
    found = datasets.locate("undl_ga_voting.csv.gz")
    if found is not None:
        return found
    return REPO.parent / "shared" / "data" / "undl_ga_voting.csv.gz"


def _timed(func, *args):  # -> (seconds, result)
    start = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=_default_file())
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path: Path = args.path
    if not path.exists():
        sys.exit(f"{path}: not found (set UNVOTES_DATA_DIR or pass the path)")
    print(f"file: {path} ({path.stat().st_size / 1e6:.1f} MB), cores: {os.cpu_count()}")

    read_undl(path)  # warm up: imports, the country registry, the OS file cache
    bare, ours = [], []
    data = None
    for _ in range(args.repeat):
        seconds, table = _timed(pacsv.read_csv, str(path))
        bare.append(seconds)
        del table
        seconds, data = _timed(read_undl, path)
        ours.append(seconds)
    assert data is not None
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare pyarrow.csv.read_csv: median {b:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in bare)})")
    print(f"read_undl:                 median {o:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in ours)})")
    print(f"ratio read_undl / bare:    {o / b:.2f}  (target < 2)")
    meta = data.metadata
    print(f"rows read {meta['rows_read']:,}, loaded {meta['rows_loaded']:,}, rejected "
          f"{meta['rows_rejected']:,}; records {len(data.records):,}; problems {len(data.problems)}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ga"
        seconds, _ = _timed(data.to_parquet, folder)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"to_parquet:                {seconds:.2f} s, {size / 1e6:.1f} MB on disk")
        back = [_timed(read_parquet, folder)[0] for _ in range(5)]
        print(f"read_parquet:              median {statistics.median(back):.3f} s  "
              f"(max {max(back):.3f}; target < 0.5)")
        os.environ[datasets.CACHE_ENV] = tmp
        os.environ.setdefault(datasets.DATA_ENV, str(path.parent))
        if datasets.locate("undl_ga_voting.csv.gz") == path:
            datasets.load_ga()  # builds the copy
            cached = [_timed(datasets.load_ga)[0] for _ in range(3)]
            print(f"datasets.load_ga (cached): median {statistics.median(cached):.3f} s "
                  "(includes the source's SHA-256)")

    frames = sum(int(getattr(data, part).memory_usage(deep=True).sum())
                 for part in ("records", "votes", "problems"))
    print(f"loaded frames, deep:       {frames / 1e6:.1f} MB  (target < 300)")
    child = subprocess.run([sys.executable, "-c", _CHILD.format(repo=str(REPO), path=str(path))],
                           capture_output=True, text=True, check=True)
    base, peak, arrow_peak = (float(x) for x in child.stdout.split())
    print(f"fresh process, read_undl:  peak RSS {peak:.0f} MB (after imports {base:.0f} MB, "
          f"so reading adds {peak - base:.0f} MB); pyarrow pool peak {arrow_peak:.0f} MB")

if __name__ == "__main__":
    main()
