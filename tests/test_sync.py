"""Counts to the share and back: concurrent devices, re-syncs, what leaves the laptop, rejections, and the
payload's strict schema."""

from __future__ import annotations

import json
import os
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.demo import populate
from vinkdesk.domain import Level, quarter_of
from vinkdesk.session import AssessmentRecord, Session
from vinkdesk.sync.aggregate import (
    HALF_WRITTEN,
    MALFORMED,
    OVERSIZED,
    REPLAYED,
    SYMLINK,
    TAMPERED,
    UNKNOWN_SCHEMA,
    WRONG_YEAR,
    aggregate,
)
from vinkdesk.sync.counts import DIMENSIONS, FLAT, LEVELS, empty_tables
from vinkdesk.sync.payload import PayloadError, parse, sign
from vinkdesk.sync.share import ShareUnavailable
from vinkdesk.vault import FLOOR, Home

TODAY = date.today()
YEAR = TODAY.year


def demo_vault(folder: Path, seed: int, cases: int = 25) -> Session:
    session, _ = Session.create(Home(folder), "Demo", PASSPHRASE, FLOOR)
    populate(session, cases, seed, TODAY)
    return session


def summed(payloads: list) -> dict:  # type: ignore[type-arg]
    total = empty_tables()
    for payload in payloads:
        for name in FLAT:
            for level in LEVELS:
                total[name][level] += payload.tables[name][level]
        for name in [*DIMENSIONS, "transitions"]:
            for level in LEVELS:
                for key, count in payload.tables[name][level].items():
                    total[name][level][key] += count
    return total


def test_three_devices_sync_at_once_and_the_aggregate_is_the_sum_of_their_payloads(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    sessions = [demo_vault(tmp_path / f"v{seed}", seed) for seed in (1, 2, 3)]
    own = [s.sync_payloads() for s in sessions]
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def run(session: Session) -> None:
        barrier.wait()
        try:
            session.sync(share)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    files = sorted((share / "vinkdesk").rglob("*.json"))
    expected = sum(len(p) for p in own) + 1  # every payload, plus devices.json after the aggregate
    result = aggregate(share, YEAR)
    assert len(sorted((share / "vinkdesk").rglob("*.json"))) == expected == len(files) + 1
    assert result.rejections == [] and len(result.devices) == 3
    this_year = [p for payloads in own for p in payloads if p.period.startswith(str(YEAR))]
    assert result.files_counted == len(this_year)
    want = summed(this_year)
    for period in {p.period for p in this_year}:
        got = summed([p for p in this_year if p.period == period])
        assert result.quarters[period] == got
    total = empty_tables()
    for tables in result.quarters.values():
        for level in LEVELS:
            total["new_cases"][level] += tables["new_cases"][level]
    assert total["new_cases"] == want["new_cases"]
    for session in sessions:
        assert all(state.state == "synced" for state in session.sync_status())
        session.lock()


def test_a_late_consultation_lands_in_its_quarter_and_a_resync_writes_a_higher_sequence(
    session: Session, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    case = session.create_case(person_case(opened_on=TODAY - timedelta(days=200)))
    session.save_assessment(
        case.id,
        AssessmentRecord("p", 1, {}, Level.YELLOW, [], [], Level.YELLOW),
        at=datetime.combine(TODAY - timedelta(days=199), datetime.min.time()),
    )
    first = session.sync(share)
    assert first.written
    assert session.sync(share).written == ()  # nothing changed
    late_day = TODAY - timedelta(days=150)
    session.add_consultation(
        case.id, consultation("Notat skrevet sent", datetime.combine(late_day, datetime.min.time()))
    )
    again = session.sync(share)
    [payload] = again.payloads
    assert payload.period == quarter_of(late_day)
    assert payload.sequence == 2
    assert payload.tables["consultations_by_channel"]["yellow"]["meeting"] == 1
    assert again.written[0].name.endswith(f"-{quarter_of(late_day)}-2.json")
    assert all(path.exists() for path in first.written)  # nothing replaced


def test_a_missing_or_read_only_share_is_a_clear_error_and_the_sync_stays_pending(
    session: Session, tmp_path: Path
) -> None:
    session.create_case(person_case(opened_on=TODAY))
    with pytest.raises(ShareUnavailable) as caught:
        session.sync(tmp_path / "not-mounted")
    assert "cannot be reached" in str(caught.value.strerror)
    assert {s.state for s in session.sync_status()} == {"failed"}
    assert "cannot be reached" in session.sync_status()[0].detail
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "vinkdesk").write_text("not a folder")  # the year folder cannot be made
    with pytest.raises(ShareUnavailable):
        session.sync(tmp_path / "share")
    session.sync(tmp_path / "share", dry_run=True)
    os.remove(tmp_path / "share" / "vinkdesk")
    session.sync(tmp_path / "share")
    assert {s.state for s in session.sync_status()} == {"synced"}


def test_what_leaves_the_laptop_has_no_alias_ref_name_or_word_of_a_note(tmp_path: Path) -> None:
    session = demo_vault(tmp_path / "v", seed=9, cases=30)
    payloads = session.sync_payloads()
    data = b"".join(p.to_bytes() for p in payloads).decode("ascii").lower()
    words: set[str] = set()
    for summary in session.list_cases():
        assert summary.ref.lower() not in data
        if summary.alias:
            assert summary.alias.lower() not in data
        for note in session.consultations(summary.id):
            words |= {w.strip(".,'") for w in note.body.lower().split() if len(w) > 4}
    # The schema's own vocabulary (table names and enumeration values) may appear; nothing else from a note.
    vocabulary = set(LEVELS) | set(FLAT) | set(DIMENSIONS) | {"transitions"}
    for enum in DIMENSIONS.values():
        vocabulary |= {part for value in enum for part in value.value.split("-")}
    words = {w for w in words if not any(w in v or v in w for v in vocabulary)}
    assert "demo" not in data
    assert len(words) > 50  # the check has something to look for
    assert [w for w in words if w in data] == []
    assert not any(f"{YEAR}-{m:02d}-" in data for m in range(1, 13))  # no dates finer than a quarter
    session.lock()


def test_the_payload_schema_is_strict_when_writing_and_when_reading(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    tables = empty_tables()
    good = sign("a" * 32, f"{YEAR}Q1", 1, tables, key)
    assert parse(good.to_bytes(), "good").verify()
    for broken in (
        lambda t: t["active_cases"].update(green=1.5),
        lambda t: t["active_cases"].update(green=True),
        lambda t: t["new_by_district"]["red"].update(atlantis=1),
        lambda t: t.update(extra={}),
    ):
        bad = empty_tables()
        broken(bad)
        with pytest.raises(PayloadError):
            sign("a" * 32, f"{YEAR}Q1", 1, bad, key)
        doc = json.loads(good.to_bytes())
        doc["tables"] = bad
        with pytest.raises(PayloadError):
            parse(json.dumps(doc).encode(), "edited")
    with pytest.raises(PayloadError, match="quarter"):
        sign("a" * 32, f"{YEAR}-03", 1, tables, key)


def test_bad_files_are_rejected_with_their_reason_and_the_rest_still_counts(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    session = demo_vault(tmp_path / "v", seed=4)
    session.sync(share)
    session.lock()
    folder = share / "vinkdesk" / str(YEAR)
    good = sorted(p for p in folder.iterdir())
    baseline = aggregate(share, YEAR)
    assert baseline.rejections == [] and baseline.files_counted == len(good)
    first = json.loads(good[0].read_bytes())

    flipped = bytearray(good[0].read_bytes())
    flipped[flipped.index(b'"active_cases"') + 30] ^= 0x01
    (folder / "flipped.json").write_bytes(bytes(flipped))
    edited = json.loads(good[0].read_bytes())
    edited["tables"]["active_cases"]["red"] += 7  # a count edited, the old signature kept
    (folder / f"{edited['device']}-{edited['period']}-9.json").write_text(
        json.dumps(edited | {"sequence": 9})
    )
    (folder / "unknown-field.json").write_text(json.dumps(first | {"comment": "hej"}))
    (folder / "future.json").write_text(json.dumps(first | {"schema": "vinkdesk.counts/2"}))
    with open(folder / "junk.json", "wb") as junk:
        junk.truncate(50 * 1024 * 1024)
    (folder / "link.json").symlink_to(good[0])
    (folder / f".{good[0].name}.abc123.tmp").write_bytes(good[0].read_bytes()[:100])
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    other_year = sign("b" * 32, f"{YEAR - 1}Q4", 1, empty_tables(), Ed25519PrivateKey.generate())
    (folder / other_year.file_name).write_bytes(other_year.to_bytes())  # a valid file in the wrong folder
    result = aggregate(share, YEAR)
    reasons = dict(result.rejections)
    assert reasons["flipped.json"] in (MALFORMED, TAMPERED)
    assert reasons[f"{edited['device']}-{edited['period']}-9.json"] == TAMPERED
    assert reasons["unknown-field.json"] == MALFORMED
    assert reasons["future.json"] == UNKNOWN_SCHEMA
    assert reasons["junk.json"] == OVERSIZED
    assert reasons["link.json"] == SYMLINK
    assert reasons[f".{good[0].name}.abc123.tmp"] == HALF_WRITTEN
    assert reasons[other_year.file_name] == WRONG_YEAR
    assert result.files_counted == baseline.files_counted and result.quarters == baseline.quarters


def test_a_replayed_lower_sequence_is_rejected_and_the_highest_counts(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    session, _ = Session.create(Home(tmp_path / "v"), "Ane", PASSPHRASE, FLOOR)
    case = session.create_case(person_case(opened_on=date(YEAR, 1, 15) if TODAY.month > 3 else TODAY))
    session.sync(share)
    session.add_consultation(
        case.id,
        consultation(
            "Endnu en", datetime.combine(date(YEAR, 1, 20) if TODAY.month > 3 else TODAY, datetime.min.time())
        ),
    )
    session.sync(share)
    result = aggregate(share, YEAR)
    replays = [name for name, reason in result.rejections if reason == REPLAYED]
    assert len(replays) == 1 and replays[0].endswith("-1.json")
    period = quarter_of(date(YEAR, 1, 15) if TODAY.month > 3 else TODAY)
    assert sum(result.quarters[period]["consultations_by_channel"]["unassessed"].values()) == 1
    session.lock()
