"""`make bench`: every benchmark, a table on stdout and bench-results.json (name, median, p95, unit,
baseline and ratio where there is one). Set VINKDESK_BENCH_CASES to try a smaller vault."""

from __future__ import annotations

import os
from pathlib import Path

from tests.benchmarks import bench_vault
from tests.benchmarks.harness import Report


def main() -> None:
    report = Report()
    cases = int(os.environ.get("VINKDESK_BENCH_CASES", "10000"))
    bench_vault.run(report, cases=cases)
    report.print_table()
    out = Path("bench-results.json")
    report.write(out)
    print(f"\nwritten to {out.absolute()}")


if __name__ == "__main__":
    main()
