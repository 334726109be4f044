"""The longest time the windows cannot react while every menu action and button is walked on the 10,000-case
vault (a heartbeat timer on the UI thread; target ≤ 100 ms outside the KDF), naming the act that caused it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.harness import Report, Result, median
from vinkdesk.vault import Home

ROOT = Path(__file__).resolve().parents[2]


def walk(home: Home, passphrase: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.stall_probe", str(home.folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, VINKDESK_PASSPHRASE=passphrase, QT_QPA_PLATFORM="offscreen"),
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(report: Report, home: Home, passphrase: str, repeat: int = 3) -> None:
    walks = [walk(home, passphrase) for _ in range(repeat)]
    worst = [float(w["gaps"][0][1]) for w in walks]  # type: ignore[index]
    named = walks[worst.index(max(worst))]["gaps"]
    report.add(
        Result(
            "longest UI-thread stall walking every action",
            median(worst),
            max(worst),
            "ms",
            target="≤ 100 ms outside the KDF",
            met=median(worst) <= 100,
            note="worst: " + "; ".join(f"{step} {gap:.0f} ms" for step, gap in named[:3]),  # type: ignore[index]
        )
    )
