"""`make bench`: every benchmark, a table on stdout and bench-results.json (name, median, p95, unit,
baseline and ratio where there is one). Set VINKDESK_BENCH_CASES to try a smaller vault."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from tests.benchmarks import bench_client, bench_print, bench_reports, bench_stall, bench_sync, bench_vault
from tests.benchmarks.harness import Report


def main() -> None:
    report = Report()
    bench_reports.run(report)
    bench_sync.run(report)
    cases = int(os.environ.get("VINKDESK_BENCH_CASES", "10000"))
    with tempfile.TemporaryDirectory(prefix="vinkdesk-bench-") as tmp:
        print(f"building a demo vault of {cases:,} cases …", flush=True)
        home = bench_vault.build_vault(Path(tmp), cases)
        # The client is measured on an untouched copy (the vault benchmarks add consultations).
        client_home = Path(tmp) / "client" / "vault"
        shutil.copytree(home.folder, client_home)
        bench_client.run(report, bench_vault.Home(client_home), bench_vault.PASSPHRASE)
        bench_stall.run(report, bench_vault.Home(client_home), bench_vault.PASSPHRASE)
        bench_vault.run(report, home, Path(tmp))
    bench_print.run(report)  # last: a child's peak memory starts at ours, and printing raises ours
    report.print_table()
    out = Path("bench-results.json")
    report.write(out)
    print(f"\nwritten to {out.absolute()}")


if __name__ == "__main__":
    main()
