"""Syncing anonymised counts through the Session: the vault makes the narrow projection (case facts), the sync
package counts, signs and drops; the device id and signing key live inside the vault."""

from __future__ import annotations

import base64
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from vinkdesk.domain import (
    AgeBand,
    CaseFact,
    Channel,
    ConcernType,
    District,
    Gender,
    InquirerRole,
    Level,
    age_band_for,
    quarter_of,
    quarters_between,
)
from vinkdesk.session.core import SessionCore
from vinkdesk.sync.counts import Tables, has_data, quarter_counts
from vinkdesk.sync.payload import Payload, sign, tables_hash
from vinkdesk.sync.share import ShareUnavailable, check_share, drop, year_folder
from vinkdesk.vault import audit as audit_log


@dataclass(frozen=True)
class QuarterState:
    period: str
    state: str  # synced | pending | failed
    sequence: int  # the last sequence written (0: never)
    detail: str = ""


@dataclass(frozen=True)
class SyncResult:
    written: tuple[Path, ...]
    payloads: tuple[Payload, ...]
    error: str | None = None


class SyncActs(SessionCore):
    def case_facts(self) -> list[CaseFact]:
        """Every case as the counts see it: no note, alias, ref or name, and dates only as quarters."""
        levels: dict[int, list[tuple[str, Level]]] = defaultdict(list)
        for case_id, finalised, chosen in self._read(
            "SELECT case_id, finalised_at, chosen_level FROM assessments WHERE status = 'final'"
            " AND chosen_level IS NOT NULL ORDER BY finalised_at, id"
        ):
            levels[case_id].append((quarter_of(datetime.fromisoformat(finalised).date()), Level(chosen)))
        contacts: dict[int, list[tuple[str, Channel, InquirerRole]]] = defaultdict(list)
        for case_id, occurred, channel, inquirer in self._read(
            "SELECT case_id, occurred_at, channel, inquirer_role FROM consultations k"
            " WHERE NOT EXISTS (SELECT 1 FROM consultations n WHERE n.supersedes = k.id)"
        ):
            contacts[case_id].append(
                (
                    quarter_of(datetime.fromisoformat(occurred).date()),
                    Channel(channel),
                    InquirerRole(inquirer),
                )
            )
        facts = []
        for row in self._read(
            "SELECT id, district, birth_year, age_band, gender, concern_type, opened_on, closed_on FROM cases"
        ):
            case_id, district, birth_year, band, gender, concern, opened_on, closed_on = row
            opened = date.fromisoformat(opened_on)
            if birth_year is not None:
                band = age_band_for(
                    opened.year - birth_year - (1 if (opened.month, opened.day) < (7, 1) else 0)
                )
            facts.append(
                CaseFact(
                    district=District(district),
                    age_band=AgeBand(band),
                    gender=Gender(gender),
                    concern_type=ConcernType(concern),
                    opened=quarter_of(opened),
                    closed=quarter_of(date.fromisoformat(closed_on)) if closed_on else None,
                    levels=tuple(levels[case_id]),
                    contacts=tuple(contacts[case_id]),
                )
            )
        return facts

    def quarter_tables(self) -> dict[str, Tables]:
        """The counts of every quarter from the first case to today that has anything to count."""
        facts = self.case_facts()
        if not facts:
            return {}
        first = min(f.opened for f in facts)
        found = {}
        for period in quarters_between(first, quarter_of(self.today())):
            tables = quarter_counts(facts, period)
            if has_data(tables):
                found[period] = tables
        return found

    def sync_status(self) -> list[QuarterState]:
        """Each quarter: synced (the share has these counts), pending (changed since), failed (last try)."""
        last = self._last_synced()
        error = self._meta("sync_error")
        states = []
        for period, tables in self.quarter_tables().items():
            sequence, synced_hash = last.get(period, (0, ""))
            if synced_hash == tables_hash(tables):
                states.append(QuarterState(period, "synced", sequence))
            else:
                states.append(QuarterState(period, "failed" if error else "pending", sequence, error or ""))
        return states

    def sync_payloads(self) -> list[Payload]:
        """What the next sync would write: the exact signed payloads ("what leaves this laptop")."""
        device, key = self._sync_identity()
        last = self._last_synced()
        payloads = []
        for period, tables in self.quarter_tables().items():
            sequence, synced_hash = last.get(period, (0, ""))
            if synced_hash != tables_hash(tables):
                payloads.append(sign(device, period, sequence + 1, tables, key))
        return payloads

    def sync(self, share: Path, dry_run: bool = False) -> SyncResult:
        """Write every changed quarter to the share. A share that cannot be written leaves the sync pending
        (the reason is kept for the sync panel) and raises ShareUnavailable."""
        payloads = self.sync_payloads()
        if dry_run:
            return SyncResult((), tuple(payloads))
        written = []
        try:
            check_share(share)
            for payload in payloads:
                written.append(self._drop_one(share, payload))
        except ShareUnavailable as error:
            self._set_meta("sync_error", str(error.strerror or error))
            raise
        self._set_meta("sync_error", "")
        with self._write():
            self._audit("sync", detail=", ".join(p.period for p in payloads) or "nothing changed")
        return SyncResult(tuple(written), tuple(payloads))

    def _drop_one(self, share: Path, payload: Payload) -> Path:
        device, key = self._sync_identity()
        current = payload
        while True:
            try:
                path = drop(
                    year_folder(share, int(current.period[:4])), current.file_name, current.to_bytes()
                )
                break
            except FileExistsError:
                # Already on the share (a sync that crashed before noting it): take the next sequence.
                current = sign(device, current.period, current.sequence + 1, current.tables, key)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO sync_log (period, sequence, payload_hash, synced_at) VALUES (?, ?, ?, ?)",
                (current.period, current.sequence, tables_hash(current.tables), audit_log.now_utc()),
            )
        return path

    def _last_synced(self) -> dict[str, tuple[int, str]]:
        found: dict[str, tuple[int, str]] = {}
        for period, sequence, payload_hash in self._read(
            "SELECT period, sequence, payload_hash FROM sync_log ORDER BY sequence"
        ):
            found[period] = (sequence, payload_hash)
        return found

    def _sync_identity(self) -> tuple[str, Ed25519PrivateKey]:
        """The device's random id and signing key, made on first use; neither names a person or a machine."""
        device, key = self._meta("sync_device"), self._meta("sync_key")
        if device and key:
            return device, Ed25519PrivateKey.from_private_bytes(base64.b64decode(key))
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        device = uuid.uuid4().hex
        self._set_meta("sync_device", device)
        self._set_meta("sync_key", base64.b64encode(raw).decode("ascii"))
        return device, private
