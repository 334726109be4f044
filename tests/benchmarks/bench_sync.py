"""Sync benchmarks on a real folder: sealing and adding one count file beside adding the same payload plain,
and the coordinator's reading of 1,000 and 10,000 sealed files (enrolled laptops, through its encrypted home)
beside reading the same payloads as plain signed files, then the annual report from the sums."""

from __future__ import annotations

import random
import tempfile
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.benchmarks.harness import Report, Result, median, p95, timings_ms
from tests.test_release import fact_from
from vinkdesk.coordinator.home import Coordinator
from vinkdesk.domain import CaseFact
from vinkdesk.reports.annual import annual_report
from vinkdesk.sync.aggregate import Aggregate, Enrolled
from vinkdesk.sync.counts import empty_tables, quarter_counts
from vinkdesk.sync.layout import exact_cells
from vinkdesk.sync.payload import AuditHead, parse, sign
from vinkdesk.sync.publish import draft, figures, released, to_csv
from vinkdesk.sync.seal import seal
from vinkdesk.sync.share import Folder
from vinkdesk.vault import FLOOR

YEAR = 2026
PASSPHRASE = "koordinatorens benchmark-sætning"


def laptop(rng: random.Random, cases: int = 40) -> list[CaseFact]:
    """One laptop's cases over the year and the one before (the counting code makes its tables)."""
    return [fact_from(rng) for _ in range(cases)]


def fill(rng: random.Random, quarter: int = 1) -> dict:  # type: ignore[type-arg]
    return quarter_counts(laptop(rng), f"{YEAR}Q{quarter}")


def run(report: Report) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="vinkdesk-bench-sync-") as tmp:
        root = Path(tmp)
        share = root / "share"
        share.mkdir()
        coordinator, _ = Coordinator.create(root / "coordinator", share, "Bench", PASSPHRASE, FLOOR)
        public = coordinator.public
        key = Ed25519PrivateKey.generate()
        head = AuditHead(100, "ab" * 32)
        payload = sign(f"{YEAR}Q1", 1, fill(rng), head, key).to_bytes()
        with (
            Folder.open(share, ("plain",), create=True) as plain,
            Folder.open(share, ("vinkdesk", "sealed"), create=True) as box,
        ):
            sealed_ms = timings_ms(lambda: box.post(seal(payload, public), b"k" * 32), 200)
            plain_ms = timings_ms(lambda: plain.post(payload, b"k" * 32, "{}.json"), 200)
        _add(report, "seal and add one count file to the share", sealed_ms, plain_ms, "ms", None)
        for files, target in ((1_000, 2_000.0), (10_000, 20_000.0)):
            _aggregate(report, root / f"run-{files}", files, target, rng)
    _release_audit(report, rng)


def _release_audit(report: Report, rng: random.Random) -> None:
    """The release audit of a 30-laptop year (40 cases each), then a revision after a late laptop, and the
    year audited together with the year before's release, beside the plain sums the tables are made from."""
    year_facts = [laptop(rng) for _ in range(30)]

    def summed(laptops: list[list[CaseFact]], year: int = YEAR) -> Aggregate:
        result = Aggregate(year)
        result.quarters = {}
        for q in range(1, 5):
            quarter = f"{year}Q{q}"
            tables = [quarter_counts(facts, quarter) for facts in laptops]
            result.quarters[quarter] = _sum(tables)
        result.devices = {str(n) for n in range(len(laptops))}
        return result

    plain = timings_ms(lambda: exact_cells(summed(year_facts)), 5)
    first = draft(summed(year_facts), 5, [])
    audit = timings_ms(lambda: draft(summed(year_facts), 5, []), 3, warmup=0)
    late = [*year_facts, laptop(rng)]
    revision = timings_ms(
        lambda: draft(summed(late), 5, [released(first, date(YEAR + 1, 1, 15))]), 3, warmup=0
    )
    before = released(draft(summed(year_facts, YEAR - 1), 5, []), date(YEAR, 1, 15))
    joined = timings_ms(lambda: draft(summed(year_facts), 5, [], neighbours=[before]), 3, warmup=0)
    for name, samples in (
        ("release audit, a 30-laptop year", audit),
        ("revision audit after a late laptop", revision),
        ("release audit with the year before's release", joined),
    ):
        report.add(
            Result(
                name,
                median(samples) / 1000,
                p95(samples) / 1000,
                "s",
                target="median ≤ 10 s",
                baseline=median(plain) / 1000,
                ratio=median(samples) / median(plain),
                met=median(samples) <= 10_000,
                note="baseline: the plain sums of the year (the tables before any figure is hidden)",
            )
        )


def _sum(tables: list[dict]) -> dict:  # type: ignore[type-arg]
    total = empty_tables()
    for tables_ in tables:
        for name, value in tables_.items():
            for level, cell in value.items():
                if isinstance(cell, dict):
                    for key, count in cell.items():
                        total[name][level][key] += count
                else:
                    total[name][level] += cell
    return total


def _aggregate(report: Report, root: Path, files: int, target_ms: float, rng: random.Random) -> None:
    share = root / "share"
    share.mkdir(parents=True)
    coordinator, _ = Coordinator.create(root / "coordinator", share, "Bench", PASSPHRASE, FLOOR)
    devices = [Ed25519PrivateKey.generate() for _ in range(files // 4)]
    head = AuditHead(100, "ab" * 32)
    plain_folder = root / "plain"
    plain_folder.mkdir()
    enrolled: dict[str, Enrolled] = {}
    with Folder.open(share, ("vinkdesk", "sealed"), create=True) as box:
        for n, key in enumerate(devices):
            for quarter in range(1, 5):
                payload = sign(f"{YEAR}Q{quarter}", 1, fill(rng, quarter), head, key)
                box.post(seal(payload.to_bytes(), coordinator.public), b"k" * 32)
                (plain_folder / f"{n}-{quarter}.json").write_bytes(payload.to_bytes())
            enrolled[payload.device] = Enrolled(payload.device, f"Rådgiver {n}", "2026-01-01")
    coordinator.update(lambda ledger: ledger.devices.update(enrolled))
    state = root / "coordinator" / "coordinator.state"
    fresh = state.read_bytes()  # every run starts from a ledger that has seen nothing yet
    mailbox = share / "vinkdesk" / "sealed"
    laptops_files = set(mailbox.iterdir())

    def sealed_run() -> None:
        state.write_bytes(fresh)
        for checkpoint in set(mailbox.iterdir()) - laptops_files:  # the last run's, from a newer ledger
            checkpoint.unlink()
        result = coordinator.aggregate(share, YEAR)
        assert result.files_counted == files and result.findings == [], result.findings[:3]
        published = figures(draft(result, 5, []))
        annual_report(published)
        to_csv(published)

    def plain_run() -> None:
        total = 0
        for path in plain_folder.iterdir():
            payload = parse(path.read_bytes(), path.name)
            assert payload.verify()
            total += payload.tables["new_cases"]["red"]
        assert total >= 0

    repeat = 5 if files <= 1_000 else 3
    sealed = timings_ms(sealed_run, repeat, warmup=0)
    plain = timings_ms(plain_run, repeat, warmup=0)
    _add(
        report,
        f"coordinator: read {files:,} sealed files, report",
        sealed,
        plain,
        "ms",
        target_ms,
    )


def _add(
    report: Report, name: str, samples: list[float], baseline: list[float], unit: str, target: float | None
) -> None:
    base = median(baseline)
    report.add(
        Result(
            name,
            median(samples),
            p95(samples),
            unit,
            target=f"median ≤ {target:,.0f} ms" if target else "",
            baseline=base,
            ratio=median(samples) / base if base else None,
            met=(median(samples) <= target) if target else None,
            note="baseline: the same payloads as plain signed files, read, parsed and verified"
            if target
            else "baseline: the same payload added unsealed",
        )
    )
