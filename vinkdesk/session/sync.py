"""Syncing anonymised counts through the Session: the vault makes the narrow projection (case facts), the sync
package counts, signs and drops; the device id and signing key live inside the vault."""

from __future__ import annotations

import base64
import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

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
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.casework import FollowUpOutcome
from vinkdesk.session.core import SessionCore
from vinkdesk.sync.counts import Tables, has_data, quarter_counts
from vinkdesk.sync.errors import (
    CoordinatorChanged,
    CoordinatorKeyUnusable,
    CoordinatorMismatch,
    CoordinatorNotConfirmed,
    SyncRefused,
)
from vinkdesk.sync.fingerprint import fingerprint, normalise_fingerprint
from vinkdesk.sync.payload import DEVICE_DOMAIN, AuditHead, Payload, device_key_of, sign, tables_hash
from vinkdesk.sync.seal import (
    PUB_MAX_BYTES,
    PUB_NAME,
    CoordinatorPublicKey,
    SealError,
    parse_coordinator_pub,
    seal,
)
from vinkdesk.sync.share import ROOT, SEALED, Folder, ShareFileRefused, ShareUnavailable, root_of
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
        follow_ups: dict[int, list[tuple[str, FollowUpOutcome]]] = defaultdict(list)
        for case_id, outcome_on, outcome in self._read(
            "SELECT case_id, outcome_on, outcome FROM follow_ups WHERE outcome IS NOT NULL"
            " ORDER BY outcome_on, id"
        ):
            follow_ups[case_id].append((quarter_of(date.fromisoformat(outcome_on)), FollowUpOutcome(outcome)))
        facts = []
        for row in self._read(
            "SELECT id, district, birth_year, age_band, gender, concern_type, opened_on, closed_on,"
            " closure_reason FROM cases"
        ):
            case_id, district, birth_year, band, gender, concern, opened_on, closed_on, reason = row
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
                    closure_reason=reason if closed_on else None,
                    follow_ups=tuple(follow_ups[case_id]),
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

    # --- identity and the coordinator's key ---------------------------------------------------------------

    def device_fingerprint(self) -> str:
        """This laptop's fingerprint, which the coordinator enrols (made on first use)."""
        return fingerprint(DEVICE_DOMAIN, device_key_of(self._sync_identity()))

    def known_device(self) -> str:
        """This laptop's fingerprint if it has synced or shown it before ("" if it has no identity yet)."""
        key = self._stored_signing_key()
        return fingerprint(DEVICE_DOMAIN, device_key_of(key)) if key else ""

    def replaced_device(self) -> str:
        """The fingerprint of the device whose backup this vault was restored from ("" if none)."""
        return self._meta("sync_replaces")

    def pinned_coordinator(self) -> str:
        """The fingerprint of the coordinator's key this laptop trusts ("" before it was confirmed)."""
        pinned = self._pinned_key()
        return pinned.fingerprint if pinned else ""

    def _pinned_key(self) -> CoordinatorPublicKey | None:
        raw = self._meta("sync_coordinator_key")
        return CoordinatorPublicKey.raw_split(base64.b64decode(raw)) if raw else None

    def coordinator_on_share(self, share: Path) -> CoordinatorPublicKey:
        """The coordinator's key as the share holds it (not yet trusted)."""
        path = root_of(share) / PUB_NAME
        with Folder.open(share, (ROOT,), create=False) as root:
            try:
                data = root.read(PUB_NAME, PUB_MAX_BYTES)
            except ShareFileRefused as refused:
                if not root.exists(PUB_NAME):
                    raise CoordinatorKeyUnusable(
                        f"{path} is missing: the coordinator has not set up this share yet"
                    ) from None
                raise CoordinatorKeyUnusable(f"{path}: {refused}") from None
        try:
            return parse_coordinator_pub(data, str(path))
        except SealError as error:
            raise CoordinatorKeyUnusable(str(error)) from None

    def pin_coordinator(self, share: Path, typed: str) -> str:
        """Trust the coordinator's key on the share if its fingerprint is the one typed (read out by the
        coordinator); the pin is kept in the vault and audited. Returns the fingerprint."""
        found = self.coordinator_on_share(share)
        wanted = normalise_fingerprint(typed)
        if wanted != found.fingerprint:
            raise CoordinatorMismatch(wanted or typed.strip(), found.fingerprint)
        pinned = self.pinned_coordinator()
        if pinned and pinned != found.fingerprint:
            raise CoordinatorChanged(pinned, found.fingerprint)
        with self._write():
            self._set_meta("sync_coordinator_key", base64.b64encode(found.raw).decode("ascii"))
            self._audit(AuditAction.PIN_COORDINATOR, detail=found.fingerprint)
        return found.fingerprint

    # --- what leaves and how -------------------------------------------------------------------------------

    def sync_payloads(self) -> list[Payload]:
        """What the next sync would write: the exact signed payloads ("what leaves this laptop"), before they
        are sealed for the coordinator."""
        key = self._sync_identity()
        last = self._last_synced()
        with self._lock:
            head = AuditHead(*audit_log.head(self._db))
        payloads = []
        for period, tables in self.quarter_tables().items():
            sequence, synced_hash = last.get(period, (0, ""))
            if synced_hash != tables_hash(tables):
                next_sequence = self._next_sequence(period, sequence)
                payloads.append(sign(period, next_sequence, tables, head, key, self.replaced_device()))
        return payloads

    def sync(self, share: Path, dry_run: bool = False) -> SyncResult:
        """Seal every changed quarter for the coordinator and add it to the share. Nothing is sent before the
        coordinator's key is confirmed, or when it has changed (SyncRefused); a share that cannot be reached
        or trusted raises ShareUnavailable. Either way the quarters stay pending and the reason is kept."""
        payloads = self.sync_payloads()
        if dry_run:
            return SyncResult((), tuple(payloads))
        written = []
        try:
            coordinator = self._trusted_coordinator(share)
            tag_key = base64.b64decode(self._meta("sync_temp_key"))
            with Folder.open(share, (ROOT, SEALED), create=True) as mailbox:
                mailbox.clean_own_temps(tag_key)
                for payload in payloads:
                    written.append(self._send(mailbox, payload, coordinator, tag_key))
        except (ShareUnavailable, SyncRefused) as error:
            self._set_meta("sync_error", str(error))
            raise
        self._set_meta("sync_error", "")
        with self._write():
            self._audit(AuditAction.SYNC, detail=", ".join(p.period for p in payloads) or "nothing changed")
        return SyncResult(tuple(written), tuple(payloads))

    def _trusted_coordinator(self, share: Path) -> CoordinatorPublicKey:
        found = self.coordinator_on_share(share)
        pinned = self._pinned_key()
        if pinned is None:
            raise CoordinatorNotConfirmed(found.fingerprint)
        if pinned.raw != found.raw:
            raise CoordinatorChanged(pinned.fingerprint, found.fingerprint)
        return pinned

    def _send(
        self, mailbox: Folder, payload: Payload, coordinator: CoordinatorPublicKey, tag_key: bytes
    ) -> Path:
        """Reserve the sequence first (committed), so that a sync killed after writing never sends the same
        sequence twice with other content; then seal, post and note it."""
        sequence = self._next_sequence(payload.period, self._last_synced().get(payload.period, (0, ""))[0])
        with self._write():
            self._set_meta(f"sync_reserved:{payload.period}", str(sequence))
        signed = sign(
            payload.period,
            sequence,
            payload.tables,
            payload.audit_head,
            self._sync_identity(),
            payload.restored_from,
        )
        name = mailbox.post(seal(signed.to_bytes(), coordinator), tag_key)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO sync_log (period, sequence, payload_hash, synced_at) VALUES (?, ?, ?, ?)",
                (signed.period, signed.sequence, tables_hash(signed.tables), audit_log.now_utc()),
            )
        return mailbox.path / name

    def _next_sequence(self, period: str, last: int) -> int:
        reserved = self._meta(f"sync_reserved:{period}")
        return max(last, int(reserved) if reserved else 0) + 1

    def _last_synced(self) -> dict[str, tuple[int, str]]:
        found: dict[str, tuple[int, str]] = {}
        for period, sequence, payload_hash in self._read(
            "SELECT period, sequence, payload_hash FROM sync_log ORDER BY sequence"
        ):
            found[period] = (sequence, payload_hash)
        return found

    def _sync_identity(self) -> Ed25519PrivateKey:
        """The device's signing key, made on first use. A vault restored from a backup has none (backups never
        carry it), so it gets a new identity and sends every quarter again under it."""
        stored = self._stored_signing_key()
        if stored is not None:
            return stored
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        with self._write() as conn:
            forget_sync_identity(conn, "main")  # and the first format's id and key, if this vault had them
            self._set_meta("sync_signing_key", base64.b64encode(raw).decode("ascii"))
            self._set_meta("sync_temp_key", base64.b64encode(os.urandom(32)).decode("ascii"))
            self._audit(AuditAction.SYNC_IDENTITY, detail=fingerprint(DEVICE_DOMAIN, device_key_of(private)))
        return private

    def _stored_signing_key(self) -> Ed25519PrivateKey | None:
        key = self._meta("sync_signing_key")
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(key)) if key else None


def forget_sync_identity(conn: Any, schema: str) -> None:
    """Drop the device's signing key, its temp-file key and its sync history (reserved sequences, the log):
    what follows syncs under a new identity and sends every quarter again."""
    conn.execute(
        f"DELETE FROM {schema}.meta WHERE key LIKE 'sync_reserved:%' OR key IN "
        "('sync_signing_key', 'sync_temp_key', 'sync_device', 'sync_key', 'sync_error')"
    )
    conn.execute(f"DELETE FROM {schema}.sync_log")


def strip_sync_identity(conn: Any, schema: str, fingerprint_now: str) -> None:
    """In a backup's copy of the database: forget the sync identity and note which device the copy came
    from, so a restored vault syncs under a new identity the coordinator enrols as the replacement. A backup
    on a memory stick thus cannot forge this laptop's files."""
    forget_sync_identity(conn, schema)
    if fingerprint_now:
        conn.execute(
            f"INSERT INTO {schema}.meta (key, value) VALUES ('sync_replaces', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (fingerprint_now,),
        )
