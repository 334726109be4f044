"""The benchmark harness: repeat, take medians and p95, compare with a baseline measured in the same run."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Result:
    name: str
    median: float
    p95: float
    unit: str
    target: str = ""
    baseline: float | None = None
    ratio: float | None = None
    met: bool | None = None
    note: str = ""


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    def add(self, result: Result) -> Result:
        self.results.append(result)
        print(_row(result), flush=True)
        return result

    def write(self, path: Path) -> None:
        path.write_text(json.dumps([asdict(r) for r in self.results], indent=2, ensure_ascii=False) + "\n")

    def print_table(self) -> None:
        print()
        print(
            f"{'benchmark':<48} {'median':>10} {'p95':>10} {'unit':<5} {'baseline':>10} {'ratio':>6}  target"
        )
        for result in self.results:
            print(_row(result))


def _row(r: Result) -> str:
    baseline = f"{r.baseline:10.3f}" if r.baseline is not None else " " * 10
    ratio = f"{r.ratio:6.2f}" if r.ratio is not None else " " * 6
    verdict = "" if r.met is None else (" ok" if r.met else " MISSED")
    return (
        f"{r.name:<48} {r.median:10.3f} {r.p95:10.3f} {r.unit:<5} {baseline} {ratio}  {r.target}{verdict}"
        + (f"  ({r.note})" if r.note else "")
    )


def timings_ms(action: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
