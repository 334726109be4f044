"""The coordinator's side: read every file of a year from the share, verify it against the device registry
(trust on first use), reject what is malformed, tampered, of an unknown schema, replayed, of another year,
oversized, a symlink or half-written — each with its reason, never stopping on one bad file — keep the highest
sequence per device and quarter, and sum."""

from __future__ import annotations

import base64
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from vinkdesk.sync.counts import DIMENSIONS, FLAT, LEVELS, Tables, empty_tables
from vinkdesk.sync.payload import MAX_BYTES, Payload, PayloadError, parse
from vinkdesk.sync.share import year_folder

REGISTRY = "devices.json"
REGISTRY_FORMAT = "vinkdesk.devices/1"

MALFORMED = "malformed"
TAMPERED = "tampered: the signature does not match"
UNKNOWN_KEY = "tampered: the device's key differs from the one first registered"
UNKNOWN_SCHEMA = "unknown schema"
REPLAYED = "replayed or superseded: a higher sequence exists for the device and quarter"
WRONG_YEAR = "wrong year"
OVERSIZED = "oversized"
SYMLINK = "a symbolic link"
HALF_WRITTEN = "half-written or leftover temp file"
NAME_MISMATCH = "malformed: the file name does not match its content"


@dataclass
class Aggregate:
    year: int
    quarters: dict[str, Tables] = field(default_factory=dict)  # summed per quarter
    files_counted: int = 0
    devices: set[str] = field(default_factory=set)
    rejections: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)

    def rejected_by_reason(self) -> dict[str, int]:
        return dict(Counter(reason for _name, reason in self.rejections))

    def year_table(self, name: str) -> dict[str, dict[str, int]]:
        """A level × category table summed over the year's quarters."""
        total: dict[str, dict[str, int]] = {}
        for tables in self.quarters.values():
            for level, cells in tables[name].items():
                row = total.setdefault(level, {})
                for key, count in cells.items():
                    row[key] = row.get(key, 0) + int(count)
        return total


def aggregate(share: Path, year: int, today: date | None = None) -> Aggregate:
    folder = year_folder(share, year)
    result = Aggregate(year)
    registry = _read_registry(share)
    best: dict[tuple[str, str], tuple[Payload, str]] = {}
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            name = path.name
            reason, payload = _check(path, year)
            if payload is None:
                result.rejections.append((name, reason))
                continue
            known = registry.get(payload.device)
            key = base64.b64encode(payload.public_key).decode("ascii")
            if known is None:
                registry[payload.device] = {
                    "public_key": key,
                    "first_seen": (today or date.today()).isoformat(),
                }
            elif known.get("public_key") != key:
                result.rejections.append((name, UNKNOWN_KEY))
                continue
            slot = (payload.device, payload.period)
            if slot in best:
                kept, kept_name = best[slot]
                if payload.sequence > kept.sequence:
                    result.rejections.append((kept_name, REPLAYED))
                    best[slot] = (payload, name)
                else:
                    result.rejections.append((name, REPLAYED))
            else:
                best[slot] = (payload, name)
    for (device, period), (payload, _name) in sorted(best.items()):
        result.devices.add(device)
        result.files_counted += 1
        _add_tables(result.quarters.setdefault(period, empty_tables()), payload.tables)
    _write_registry(share, registry)
    return result


def _check(path: Path, year: int) -> tuple[str, Payload | None]:
    name = path.name
    try:
        info = path.lstat()
    except OSError:
        return MALFORMED, None
    if path.is_symlink():
        return SYMLINK, None
    if name.startswith(".") or name.endswith(".tmp"):
        return HALF_WRITTEN, None
    if not path.is_file() or not name.endswith(".json"):
        return MALFORMED, None
    if info.st_size > MAX_BYTES:
        return OVERSIZED, None
    try:
        with open(path, "rb", opener=_no_follow) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError:
        return MALFORMED, None
    try:
        payload = parse(data, name)
    except PayloadError as error:
        text = str(error)
        if "oversized" in text:
            return OVERSIZED, None
        if "unknown schema" in text:
            return UNKNOWN_SCHEMA, None
        if "not JSON" in text and _looks_cut(data):
            return HALF_WRITTEN, None
        return MALFORMED, None
    if not payload.verify():
        return TAMPERED, None
    if payload.file_name != name:
        return NAME_MISMATCH, None
    if int(payload.period[:4]) != year:
        return WRONG_YEAR, None
    return "", payload


def _no_follow(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def _looks_cut(data: bytes) -> bool:
    text = data.strip()
    return text.startswith(b"{") and not text.endswith(b"}")


def _add_tables(total: Tables, part: Tables) -> None:
    for name in FLAT:
        for level in LEVELS:
            total[name][level] = int(total[name][level]) + int(part[name][level])
    for name in [*DIMENSIONS, "transitions"]:
        for level in LEVELS:
            row = total[name][level]
            assert isinstance(row, dict)
            for key, count in part[name][level].items():
                row[key] += int(count)


def _read_registry(share: Path) -> dict[str, dict[str, Any]]:
    path = share / "vinkdesk" / REGISTRY
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        raise PayloadError(
            f"{path}: the device registry cannot be read; restore it before aggregating"
        ) from None
    if (
        not isinstance(doc, dict)
        or doc.get("format") != REGISTRY_FORMAT
        or not isinstance(doc.get("devices"), dict)
    ):
        raise PayloadError(f"{path}: not a vinkdesk device registry")
    return dict(doc["devices"])


def _write_registry(share: Path, devices: dict[str, dict[str, Any]]) -> None:
    from vinkdesk.vault.files import write_atomically

    folder = share / "vinkdesk"
    folder.mkdir(parents=True, exist_ok=True)
    doc = {"format": REGISTRY_FORMAT, "devices": dict(sorted(devices.items()))}
    write_atomically(folder / REGISTRY, (json.dumps(doc, indent=2) + "\n").encode("utf-8"))
