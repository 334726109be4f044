"""Aggregate benchmark: 1,000 device files (signed payloads on a real folder) into the annual report."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.benchmarks.harness import Report, Result, median, p95
from vinkdesk.reports.annual import annual_report
from vinkdesk.sync.aggregate import aggregate
from vinkdesk.sync.counts import DIMENSIONS, FLAT, LEVELS, empty_tables
from vinkdesk.sync.payload import sign
from vinkdesk.sync.publish import figures, to_csv
from vinkdesk.sync.share import drop, year_folder

YEAR = 2026


def fill(rng: random.Random) -> dict:  # type: ignore[type-arg]
    tables = empty_tables()
    for name in FLAT:
        for level in LEVELS:
            tables[name][level] = rng.randint(0, 12)
    for name in [*DIMENSIONS, "transitions"]:
        for level in LEVELS:
            for key in tables[name][level]:
                tables[name][level][key] = rng.choice((0, 0, 1, 2, 3, 5, 8))
    return tables


def run(report: Report) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="vinkdesk-bench-sync-") as tmp:
        share = Path(tmp)
        devices = [(f"{i:032x}", Ed25519PrivateKey.generate()) for i in range(250)]
        for device, key in devices:
            for quarter in range(1, 5):
                payload = sign(device, f"{YEAR}Q{quarter}", 1, fill(rng), key)
                drop(year_folder(share, YEAR), payload.file_name, payload.to_bytes())
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            result = aggregate(share, YEAR)
            published = figures(result)
            annual_report(published)
            to_csv(published)
            samples.append((time.perf_counter() - start) * 1000)
        assert result.files_counted == 1000
        report.add(
            Result(
                "aggregate 1,000 device files into the annual report",
                median(samples),
                p95(samples),
                "ms",
                target="median < 2000 ms",
                met=median(samples) < 2000,
            )
        )
