"""Client benchmarks: cold start to the unlock dialog against a bare PySide6 window in the same run, and
unlocking to a main window listing 10,000 cases (time beyond the KDF, sorting, filtering, peak memory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.harness import Report, Result, median, p95
from vinkdesk.vault import Home

ROOT = Path(__file__).resolve().parents[2]


def _probe(*args: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.client_probe", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env or dict(os.environ),
        check=True,
    )
    return time.perf_counter() - began, done.stdout


def run(report: Report, home: Home, passphrase: str) -> None:
    bare, start = [], []
    for _ in range(7):
        bare.append(_probe("bare")[0] * 1000)
        start.append(_probe("start", str(home.folder))[0] * 1000)
    ratio = median(start) / median(bare)
    report.add(Result("cold start: bare PySide6 window", median(bare), p95(bare), "ms"))
    report.add(
        Result(
            "cold start: vinkdesk to the unlock dialog",
            median(start),
            p95(start),
            "ms",
            target="ratio < 2",
            baseline=median(bare),
            ratio=ratio,
            met=ratio < 2,
        )
    )

    env = dict(os.environ, VINKDESK_PASSPHRASE=passphrase)
    runs = [
        json.loads(_probe("unlock", str(home.folder), env=env)[1].strip().splitlines()[-1]) for _ in range(5)
    ]
    rows = runs[0]["rows"]
    beyond = [(r["unlock_to_list"] - r["kdf"]) * 1000 for r in runs]
    report.add(
        Result(
            f"unlock to main window listing {rows:,} cases, beyond the KDF",
            median(beyond),
            p95(beyond),
            "ms",
            target="< 1000 ms plus the KDF",
            met=p95(beyond) < 1000,
            note=f"KDF {median([r['kdf'] * 1000 for r in runs]):.0f} ms",
        )
    )
    for key, name in (
        ("sort", "sort the case list by level"),
        ("filter", "filter the case list as you type"),
        ("scroll", "scroll to the end of the case list"),
    ):
        values = [r[key] * 1000 for r in runs]
        report.add(
            Result(
                f"{name} ({rows:,} cases)",
                median(values),
                p95(values),
                "ms",
                target="no freeze (< 100 ms)",
                met=p95(values) < 100,
            )
        )
    peaks = [r["peak_mib"] for r in runs]
    report.add(
        Result(
            "peak memory, unlocked with the list shown",
            median(peaks),
            max(peaks),
            "MiB",
            target="< 250 MiB",
            met=max(peaks) < 250,
        )
    )
