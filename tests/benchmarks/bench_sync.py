"""Sync benchmarks on a real folder: sealing and adding one count file beside adding the same payload plain,
and the coordinator's reading of 1,000 and 10,000 sealed files (enrolled laptops, through its encrypted home)
beside reading the same payloads as plain signed files, then the annual report from the sums."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.benchmarks.harness import Report, Result, median, p95, timings_ms
from vinkdesk.coordinator.home import Coordinator
from vinkdesk.reports.annual import annual_report
from vinkdesk.sync.aggregate import Enrolled
from vinkdesk.sync.counts import DIMENSIONS, FLAT, LEVELS, empty_tables
from vinkdesk.sync.payload import AuditHead, parse, sign
from vinkdesk.sync.publish import figures, to_csv
from vinkdesk.sync.seal import seal
from vinkdesk.sync.share import Folder
from vinkdesk.vault import FLOOR

YEAR = 2026
PASSPHRASE = "koordinatorens benchmark-sætning"


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
                payload = sign(f"{YEAR}Q{quarter}", 1, fill(rng), head, key)
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
        published = figures(result)
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
