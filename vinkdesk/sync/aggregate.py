"""The coordinator's reader: open every sealed file on the share with the coordinator's key, verify it, and
sum the quarters of enrolled laptops. Nothing stops it: each file that cannot be read, opened, parsed or
trusted is named with its reason and the run goes on. What the coordinator once accepted is kept in its
own home (the ledger), so a file deleted or rolled back on the share is reported and the kept copy still
counts."""

from __future__ import annotations

import base64
import errno
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.hpke import MLKEM768X25519PrivateKey

from vinkdesk.domain.casework import ClosureCount
from vinkdesk.domain.facts import quarter_start
from vinkdesk.sync.checkpoint import CheckpointError, checkpoint_generation, is_checkpoint
from vinkdesk.sync.counts import DIMENSIONS, FLAT, LEVELS, Tables, empty_tables
from vinkdesk.sync.payload import MAX_BYTES, SCHEMA, Payload, PayloadError, parse
from vinkdesk.sync.seal import SEALED_SIZE, SealError, open_sealed
from vinkdesk.sync.share import (
    ROOT,
    SEALED,
    SEALED_NAME,
    TEMP_NAME,
    Folder,
    ShareFileRefused,
    ShareUnavailable,
    is_link,
)

# Kinds of finding: each is named in the CLI, the window and (counted) in the report.
DAMAGED = "damaged"  # not a sealed file, cannot be opened, malformed, forged
UNENROLLED = "unenrolled"
RETIRED = "retired"
FUTURE = "future"
TEMP = "temp"
OLD_PLAIN = "old-plain"
GAP = "gap"
ROLLBACK = "rollback"
CONFLICT = "conflict"
FOLDER = "folder"
RESTORED = "restored"  # a vault restored from a backup, enrolled beside the laptop it came from
HOME = "home"  # the coordinator's home is older than a checkpoint it left on the share
YEAR_FOLDER = re.compile(r"[0-9]{4}")  # where the first format kept its files
KINDS = (
    DAMAGED,
    UNENROLLED,
    RETIRED,
    FUTURE,
    TEMP,
    OLD_PLAIN,
    GAP,
    ROLLBACK,
    CONFLICT,
    FOLDER,
    RESTORED,
    HOME,
)


@dataclass(frozen=True)
class Finding:
    kind: str
    subject: str  # a file name, a folder, or a device and quarter
    reason: str

    def line(self) -> str:
        return f"{self.subject}: {self.reason}"


@dataclass
class Enrolled:
    fingerprint: str
    label: str
    enrolled_on: str
    retired_on: str | None = None
    replaces: str | None = None
    replaced_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass
class Ledger:
    """What the coordinator trusts and has seen, kept encrypted in its home: the enrolled devices, the
    highest sequence accepted for each device and quarter with the payload itself, and the audit heads each
    device has shown (the witness)."""

    devices: dict[str, Enrolled] = field(default_factory=dict)
    accepted: dict[str, dict[str, tuple[int, bytes]]] = field(default_factory=dict)
    witness: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    generation: int = 0  # raised at every checkpoint the coordinator leaves on the share
    checkpoint_key: bytes = b""

    def to_json(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "checkpoint_key": base64.b64encode(self.checkpoint_key).decode("ascii"),
            "devices": {fp: d.to_json() for fp, d in sorted(self.devices.items())},
            "accepted": {
                fp: {p: [seq, _pack(data)] for p, (seq, data) in sorted(q.items())}
                for fp, q in sorted(self.accepted.items())
            },
            "witness": {fp: [list(head) for head in heads] for fp, heads in sorted(self.witness.items())},
        }

    @staticmethod
    def from_json(doc: dict[str, Any]) -> Ledger:
        return Ledger(
            devices={fp: Enrolled(**d) for fp, d in doc.get("devices", {}).items()},
            accepted={
                fp: {p: (int(seq), _unpack(data)) for p, (seq, data) in q.items()}
                for fp, q in doc.get("accepted", {}).items()
            },
            witness={
                fp: [(int(r), str(d), str(p)) for r, d, p in heads]
                for fp, heads in doc.get("witness", {}).items()
            },
            generation=int(doc.get("generation", 0)),
            checkpoint_key=base64.b64decode(doc.get("checkpoint_key", "")),
        )

    def label(self, fingerprint: str) -> str:
        entry = self.devices.get(fingerprint)
        return f"{fingerprint} ({entry.label})" if entry else fingerprint


def _pack(payload: bytes) -> str:
    """A kept payload in the ledger: compressed (counts compress tenfold), then base64."""
    return base64.b64encode(zlib.compress(payload, 6)).decode("ascii")


def _unpack(text: str) -> bytes:
    inflater = zlib.decompressobj()
    payload = inflater.decompress(base64.b64decode(text), MAX_BYTES + 1)
    if len(payload) > MAX_BYTES or inflater.unconsumed_tail:
        raise ValueError("a kept payload is larger than any payload")
    return payload


@dataclass
class Aggregate:
    year: int
    quarters: dict[str, Tables] = field(default_factory=dict)  # summed per quarter
    files_counted: int = 0  # device-quarters counted (from a file or the coordinator's copy)
    older_files: int = 0  # of them, from a laptop not yet updated (/2: no closure reasons, no follow-ups)
    devices: set[str] = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)
    files_read: int = 0
    superseded: int = 0
    newest_checkpoint: int = 0  # the highest generation of the coordinator's own checkpoints on the share

    @property
    def rejections(self) -> list[tuple[str, str]]:
        """(file or subject, reason) for everything not counted as it stands on the share."""
        return [(f.subject, f.reason) for f in self.findings]

    def by_kind(self) -> dict[str, int]:
        return dict(Counter(f.kind for f in self.findings))

    def year_table(self, name: str) -> dict[str, dict[str, int]]:
        """A level × category table summed over the year's quarters."""
        total: dict[str, dict[str, int]] = {}
        for tables in self.quarters.values():
            for level, cells in tables[name].items():
                row = total.setdefault(level, {})
                for key, count in cells.items():
                    row[key] = row.get(key, 0) + int(count)
        return total


@dataclass(frozen=True)
class _Read:
    name: str
    payload: Payload
    data: bytes


def aggregate(
    share: Path, year: int, opener: MLKEM768X25519PrivateKey, ledger: Ledger, today: date | None = None
) -> Aggregate:
    """Sum `year` from the share; the ledger is brought up to date (new highest sequences, witness heads)."""
    today = today or date.today()
    result = Aggregate(year)
    found: dict[tuple[str, str], list[_Read]] = {}
    strangers: dict[str, list[str]] = {}
    for read in _read_share(share, opener, today, result, ledger):
        if read.payload.device in ledger.devices:
            found.setdefault((read.payload.device, read.payload.period), []).append(read)
        else:
            strangers.setdefault(read.payload.device, []).append(read.name)
    for device, names in sorted(strangers.items()):
        result.findings.append(
            Finding(
                UNENROLLED,
                f"device {device}",
                f"not enrolled: {_files(len(names))} not counted ({', '.join(names)}). Enrol it only "
                f"after its "
                "counsellor has read this fingerprint to you",
            )
        )
    counted: dict[tuple[str, str], Payload] = {}
    for fp in sorted(ledger.devices):
        periods = {p for (d, p) in found if d == fp} | set(ledger.accepted.get(fp, {}))
        entry = ledger.devices[fp]
        if not periods and entry.retired_on is None:
            result.findings.append(
                Finding(
                    GAP,
                    ledger.label(fp),
                    f"enrolled on {entry.enrolled_on}, but no file from it has been read",
                )
            )
        for period in sorted(periods):
            payload = _decide(fp, period, found.get((fp, period), []), ledger, result)
            if payload is not None:
                counted[(fp, period)] = payload
    _restored_beside_origin(counted, ledger, result)
    for fp, entry in sorted(ledger.devices.items()):
        if entry.replaced_by is None:
            continue
        for device, period in sorted(counted):
            if device == fp:
                del counted[(device, period)]
                if (entry.replaced_by, period) not in counted:
                    result.findings.append(
                        Finding(
                            GAP,
                            f"{ledger.label(fp)} {period}",
                            f"this device was replaced by {ledger.label(entry.replaced_by)}, which has not "
                            "sent this quarter yet: not counted until it does",
                        )
                    )
    for (fp, period), payload in sorted(counted.items()):
        if int(period[:4]) != year:
            continue
        result.devices.add(fp)
        result.files_counted += 1
        if payload.schema != SCHEMA:
            result.older_files += 1
        if period not in result.quarters:
            result.quarters[period] = empty_tables()
        _add_tables(result.quarters[period], payload.tables)
    return result


def _restored_beside_origin(
    counted: dict[tuple[str, str], Payload], ledger: Ledger, result: Aggregate
) -> None:
    """A vault restored from a backup holds the cases of the laptop it came from: counted beside that laptop
    it would count them twice. Its quarters wait until the coordinator enrols it as the replacement."""
    origins = {fp: p.restored_from for (fp, _period), p in counted.items() if p.restored_from}
    for fp, origin in sorted(origins.items()):
        if origin not in ledger.devices or ledger.devices[fp].replaces == origin:
            continue
        for key in [key for key in counted if key[0] == fp]:
            del counted[key]
        result.findings.append(
            Finding(
                RESTORED,
                ledger.label(fp),
                f"its vault was restored from a backup of {ledger.label(origin)}, which is enrolled too: "
                "both would count the same cases, so its quarters are not counted. If it replaces that "
                f"laptop, enrol it as the replacement (coordinator enrol --device {fp} --replaces {origin})",
            )
        )


def _decide(fp: str, period: str, reads: list[_Read], ledger: Ledger, result: Aggregate) -> Payload | None:
    """The payload that counts for one enrolled device and quarter, with findings for what is wrong."""
    entry = ledger.devices[fp]
    who = f"{ledger.label(fp)} {period}"
    stored = ledger.accepted.get(fp, {}).get(period)
    if entry.retired_on is not None and entry.replaced_by is None:
        kept = [r for r in reads if stored is not None and r.data == stored[1]]
        for read in reads:
            if read not in kept:
                result.findings.append(
                    Finding(
                        RETIRED, read.name, f"from device {ledger.label(fp)}, retired on {entry.retired_on}"
                    )
                )
        reads = kept
    for read in reads:  # every head a device has shown is a witness of its audit trail
        head = (read.payload.audit_head.row, read.payload.audit_head.digest, read.payload.period)
        heads = ledger.witness.setdefault(fp, [])
        if head not in heads:
            heads.append(head)
    contents: dict[int, dict[bytes, list[str]]] = {}
    for read in reads:
        contents.setdefault(read.payload.sequence, {}).setdefault(read.data, []).append(read.name)
    if stored is not None:
        contents.setdefault(stored[0], {}).setdefault(stored[1], []).append("the coordinator's copy")
    clashes = {seq: versions for seq, versions in contents.items() if len(versions) > 1}
    if clashes:
        seq, versions = min(clashes.items())
        names = " and ".join(", ".join(n) for n in versions.values())
        reason = (
            f"sequence {seq} exists with different content ({names}): was this vault copied to a second "
            "laptop? Neither is counted"
        )
        if stored is not None:
            result.findings.append(
                Finding(
                    CONFLICT,
                    who,
                    f"{reason}; the coordinator's copy accepted before (sequence {stored[0]}) "
                    "counts until this is resolved",
                )
            )
            return parse(stored[1], "the coordinator's copy")
        result.findings.append(Finding(CONFLICT, who, f"{reason}; this quarter of the device is left out"))
        return None
    top = max(reads, key=lambda r: r.payload.sequence) if reads else None
    result.superseded += sum(1 for r in reads if r is not top)
    if stored is not None and (top is None or top.payload.sequence < stored[0]):
        if top is None:
            reason = (
                f"its files for this quarter have vanished from the share (sequence {stored[0]} was seen "
                "before); counted from the coordinator's copy"
            )
            result.findings.append(Finding(GAP, who, reason))
        else:
            reason = (
                f"the newest file on the share ({top.name}) has sequence {top.payload.sequence}, lower than "
                f"sequence {stored[0]} seen before: a rollback or a deleted file; counted from the "
                "coordinator's copy"
            )
            result.findings.append(Finding(ROLLBACK, who, reason))
        return parse(stored[1], "the coordinator's copy")
    if top is None:
        return None
    ledger.accepted.setdefault(fp, {})[period] = (top.payload.sequence, top.data)
    return top.payload


def _read_share(
    share: Path, opener: MLKEM768X25519PrivateKey, today: date, result: Aggregate, ledger: Ledger
) -> list[_Read]:
    reads: list[_Read] = []
    _old_plain_files(share, result)
    try:
        folder = Folder.open(share, (ROOT, SEALED), create=False)
    except ShareUnavailable as error:
        if error.errno != errno.ENOENT:  # no laptop has written yet: nothing to say
            result.findings.append(Finding(FOLDER, str(share / ROOT / SEALED), str(error)))
        return reads
    with folder:
        for name in folder.names():
            result.files_read += 1
            try:
                read = _read_one(folder, name, opener, today, ledger.checkpoint_key)
                if isinstance(read, int):
                    result.newest_checkpoint = max(result.newest_checkpoint, read)
                else:
                    reads.append(read)
            except _NotCounted as finding:
                result.findings.append(finding.finding)
            except Exception as error:  # noqa: BLE001 - one file never stops the report
                result.findings.append(
                    Finding(
                        DAMAGED, shown_name(name), f"could not be read ({type(error).__name__}); not counted"
                    )
                )
    return reads


class _NotCounted(Exception):
    def __init__(self, kind: str, name: str, reason: str) -> None:
        super().__init__(reason)
        self.finding = Finding(kind, shown_name(name), reason)


def shown_name(name: str) -> str:
    """A file name as it may be printed: anyone can name a file on the share, so a name with control
    characters, line breaks or undecodable bytes is shown escaped, never raw."""
    return name if name.isascii() and name.isprintable() else ascii(name)


def _read_one(
    folder: Folder, name: str, opener: MLKEM768X25519PrivateKey, today: date, checkpoint_key: bytes
) -> _Read | int:
    """A laptop's payload, or the generation of one of the coordinator's own checkpoints."""
    if TEMP_NAME.fullmatch(name):
        raise _NotCounted(TEMP, name, "a temp file (a write in progress, or one that was interrupted)")
    if not SEALED_NAME.fullmatch(name):
        raise _NotCounted(DAMAGED, name, "not a name a laptop writes (refused unread)")
    try:
        data = folder.read(name, SEALED_SIZE)
        inner = open_sealed(data, opener)
        if is_checkpoint(inner):
            return checkpoint_generation(inner, checkpoint_key)
        payload = parse(inner, name)
    except (ShareFileRefused, SealError, CheckpointError) as error:
        raise _NotCounted(DAMAGED, name, str(error)) from None
    except PayloadError as error:
        raise _NotCounted(DAMAGED, name, str(error).removeprefix(f"{name}: ")) from None
    if not payload.verify():
        raise _NotCounted(DAMAGED, name, "the signature does not match the device's key (forged or altered)")
    if quarter_start(payload.period) > today:
        raise _NotCounted(FUTURE, name, f"the quarter {payload.period} is later than today: not counted")
    return _Read(name, payload, inner)


def _old_plain_files(share: Path, result: Aggregate) -> None:
    """Files of the first, unsealed format (`<share>/vinkdesk/<year>/*.json`, devices.json) are never
    counted; the report says how many there are, so the share's administrator can delete them."""
    root = share / ROOT
    found: list[str] = []
    try:
        entries = sorted(root.iterdir()) if root.is_dir() and not root.is_symlink() else []
    except OSError:
        entries = []
    for entry in entries:
        try:
            info = entry.lstat()
        except OSError:
            continue
        if entry.name == "devices.json" and not is_link(info):
            found.append(entry.name)
        elif YEAR_FOLDER.fullmatch(entry.name) and not is_link(info) and entry.is_dir():
            try:
                found += [
                    f"{entry.name}/{f.name}" for f in sorted(entry.iterdir()) if f.name.endswith(".json")
                ]
            except OSError:
                continue
    if found:
        result.findings.append(
            Finding(
                OLD_PLAIN,
                str(root),
                f"{_files(len(found))} of the old unsealed format (vinkdesk.counts/1) skipped: they are "
                "never counted, and anyone who reads the share can read them; ask the share's administrator "
                "to delete them",
            )
        )


def _add_tables(total: Tables, part: Tables) -> None:
    """Add one payload's tables. A /2 payload has no closures by reason: its closed cases count as closed
    without a recorded reason (so that the table still adds up to the closed cases); and no follow-ups."""
    for name in FLAT:
        for level in LEVELS:
            total[name][level] = int(total[name][level]) + int(part[name][level])
    if "closed_by_reason" not in part:
        for level in LEVELS:
            closed = int(part["closed_cases"][level])
            total["closed_by_reason"][level][ClosureCount.NOT_RECORDED.value] += closed
    for name in [*DIMENSIONS, "transitions"]:
        if name not in part:
            continue
        for level in LEVELS:
            row = total[name][level]
            assert isinstance(row, dict)
            for key, count in part[name][level].items():
                row[key] += int(count)


def _files(count: int) -> str:
    return f"{count} file" if count == 1 else f"{count} files"
