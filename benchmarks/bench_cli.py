"""Wall time of ``unvotes report`` on the bundled seed, as a user runs it (target < 2 s).

Prints the median of several cold runs of the installed command, and a baseline: a bare
``python -c "import pandas"`` in the same run, since most of the start-up is pandas.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time

RUNS = 5


def _median_seconds(cmd: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    exe = shutil.which("unvotes")
    report = [exe, "report"] if exe else [sys.executable, "-m", "unvotes", "report"]
    baseline = _median_seconds([sys.executable, "-c", "import pandas"])
    total = _median_seconds(report)
    as_json = _median_seconds([*report, "--format", "json"])
    print(f"python -c 'import pandas'   median {baseline:6.3f} s over {RUNS} runs")
    print(f"unvotes report              median {total:6.3f} s  (target < 2 s: {'ok' if total < 2 else 'MISSED'})")
    print(f"unvotes report --format json median {as_json:6.3f} s")
    print(f"report / import-pandas ratio {total / baseline:5.2f}")


if __name__ == "__main__":
    main()
