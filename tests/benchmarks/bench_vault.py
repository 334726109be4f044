"""Vault benchmarks: unlock (KDF and open apart), saving and searching over 100,000 consultations against
plain SQLite with the same schema and data, and the size cost of encryption."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from pathlib import Path

import sqlcipher3

from tests.benchmarks.harness import Report, Result, median, p95, timings_ms
from vinkdesk.demo import populate
from vinkdesk.domain import Channel, InquirerRole, NewConsultation
from vinkdesk.session import Session
from vinkdesk.session.search import SEARCH_SQL, fts_query
from vinkdesk.vault import Home
from vinkdesk.vault.database import connect
from vinkdesk.vault.keys import open_any, read_keys
from vinkdesk.vault.schema import migrate

PASSPHRASE = "benchmark passphrase 2026"
QUERIES = [
    "skolen",
    "forældrene",
    "mentor",
    "kniv",
    "fælles",
    "møde forældrene",
    "konspirationsteorier",
    "klubben weekenden",
    "radikal",
    "underretning",
]


def build_vault(folder: Path, cases: int) -> Home:
    home = Home(folder / "vault")
    session, _ = Session.create(home, "Bench Rådgiver", PASSPHRASE)  # calibrated default KDF
    populate(session, cases, seed=11, today=date(2026, 11, 1))
    session.lock()
    return home


def run(report: Report, home: Home, tmp: Path) -> None:
    _unlock(report, home)
    _search_and_save(report, home, tmp)
    _rotation(report, home, tmp)


def _rotation(report: Report, home: Home, tmp: Path) -> None:
    """A key rotation (re-encrypt every page under a new key, reseal every slot, journaled swap) beside the
    plain VACUUM INTO of the same database, alternated, three times each."""
    import time

    session = Session.unlock(home, PASSPHRASE)
    rotations, copies = [], []
    for n in range(3):
        copy = tmp / f"vacuum-into-{n}.db"
        start = time.perf_counter()
        session._vault.connection.execute("VACUUM INTO ?", (str(copy),))  # noqa: SLF001 - the baseline
        copies.append((time.perf_counter() - start) * 1000)
        copy.unlink()
        start = time.perf_counter()
        session.rotate_key()
        rotations.append((time.perf_counter() - start) * 1000)
    size = _size(home.db_path)
    session.lock()
    report.add(
        Result(
            f"rotate the key of a {size:.0f} MiB vault",
            median(rotations),
            max(rotations),
            "ms",
            target="≤ 10 s for the 10,000-case vault",
            baseline=median(copies),
            ratio=median(rotations) / median(copies),
            met=median(rotations) <= 10_000,
            note="baseline: VACUUM INTO of the same database",
        )
    )


def _unlock(report: Report, home: Home) -> None:
    keys = read_keys(home.keys_path)
    kdf_samples, open_samples = [], []
    for _ in range(7):
        import time

        start = time.perf_counter()
        _slot, key = open_any(keys, PASSPHRASE)
        kdf_samples.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        conn = connect(home.db_path, key)
        conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        migrate(conn)
        conn.execute("SELECT count(*) FROM cases").fetchone()
        open_samples.append((time.perf_counter() - start) * 1000)
        conn.close()
    params = keys.slots[0].kdf
    report.add(
        Result(
            "unlock: Argon2id KDF (default parameters)",
            median(kdf_samples),
            p95(kdf_samples),
            "ms",
            target="about 500 ms",
            note=f"{params.memory_kib // 1024} MiB, t={params.time_cost}, p={params.parallelism}",
        )
    )
    report.add(
        Result(
            "unlock: open database after the KDF",
            median(open_samples),
            p95(open_samples),
            "ms",
            target="< 100 ms",
            met=p95(open_samples) < 100,
        )
    )


def _search_and_save(report: Report, home: Home, tmp: Path) -> None:
    session = Session.unlock(home, PASSPHRASE)
    conn = session._vault.connection
    consultations = conn.execute("SELECT count(*) FROM consultations").fetchone()[0]
    plain_path = tmp / "plain.db"
    conn.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    plain = sqlcipher3.connect(str(plain_path), isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY"):
        plain.execute(f"PRAGMA {pragma}").fetchall()

    queries = [fts_query(q) for q in QUERIES]
    cycle = itertools.cycle(queries)
    enc = timings_ms(lambda: conn.execute(SEARCH_SQL, (next(cycle), 50, 0)).fetchall(), repeat=300)
    cycle = itertools.cycle(queries)
    base = timings_ms(lambda: plain.execute(SEARCH_SQL, (next(cycle), 50, 0)).fetchall(), repeat=300)
    ratio = median(enc) / median(base)
    report.add(Result(f"search {consultations:,} consultations: plain SQLite", median(base), p95(base), "ms"))
    report.add(
        Result(
            f"search {consultations:,} consultations: SQLCipher",
            median(enc),
            p95(enc),
            "ms",
            target="p95 < 10 ms, <= 2.5x plain",
            baseline=median(base),
            ratio=ratio,
            met=p95(enc) < 10 and ratio <= 2.5,
        )
    )
    words = itertools.cycle(QUERIES)
    gate = timings_ms(lambda: session.search(next(words)), repeat=100)
    report.add(
        Result(
            "search through the Session (with its audit row)",
            median(gate),
            p95(gate),
            "ms",
            note="includes the committed audit row",
        )
    )

    case_id = session.list_cases()[0].id
    counter = itertools.count()

    def save() -> None:
        session.add_consultation(
            case_id,
            NewConsultation(
                occurred_at=datetime(2026, 11, 1, 10, 0),
                channel=Channel.PHONE,
                inquirer_role=InquirerRole.TEACHER,
                duration_minutes=30,
                body=f"Benchmark-notat nummer {next(counter)} om skolen og fællesskabet.",
                advice="Hold kontakten.",
                next_steps="Ring igen.",
            ),
        )

    saves = timings_ms(save, repeat=200)
    report.add(
        Result(
            "save one consultation (FTS + audit, fsync)",
            median(saves),
            p95(saves),
            "ms",
            target="p95 < 15 ms",
            met=p95(saves) < 15,
        )
    )
    session.lock()
    plain.close()

    enc_size = _size(home.db_path)
    plain_size = _size(plain_path)
    report.add(
        Result(
            "database size: SQLCipher vs plain",
            enc_size,
            enc_size,
            "MiB",
            baseline=plain_size,
            ratio=enc_size / plain_size,
        )
    )


def _size(path: Path) -> float:
    total = path.stat().st_size
    for suffix in ("-wal",):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            total += extra.stat().st_size
    return total / (1024 * 1024)
