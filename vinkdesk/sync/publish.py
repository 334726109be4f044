"""From the year's sums to what is published. A draft is audited against every earlier release of the
year (vinkdesk.sync.audit); released, it is kept in the coordinator's archive with the exact sums behind it,
so that a later revision is audited together with it. The CSV carries exactly the figures of the PDF, one
row per published position."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from vinkdesk.domain import SUPPRESSED, AnnualFigures, PublishedTable
from vinkdesk.sync.aggregate import Aggregate
from vinkdesk.sync.audit import Block, protect
from vinkdesk.sync.layout import TOTAL, Key, exact_cells, layout

RELEASE_FORMAT = "vinkdesk.release/1"
CSV_COLUMNS = ("year", "table", "row", "column", "value", "revision", "status")
DRAFT, RELEASED = "draft", "released"  # a draft's CSV says so on every line: it must not be published
SAFE_LAPTOPS = 3  # fewer laptops than this reporting: publishing asks for a confirmation


@dataclass(frozen=True)
class Release:
    """One release of a year (or the draft of the next one): the exact base cells, which figures are
    hidden, and what was counted."""

    year: int
    k: int
    revision: int
    released: date | None  # None: a draft
    cells: tuple[int, ...]
    hidden: frozenset[Key]
    devices: int
    files: int
    rejections: tuple[tuple[str, int], ...]
    older_files: int = 0  # of the files, from laptops not yet updated (no closure reasons, no follow-ups)

    def block(self) -> Block:
        return Block(self.year, self.cells, self.hidden)

    def value(self, key: Key) -> int:
        return layout(self.year).value(key, list(self.cells))

    def published(self, key: Key) -> int | None:
        shape = layout(self.year)
        canonical = shape.alias[key]
        return None if canonical in self.hidden else shape.value(canonical, list(self.cells))

    def to_json(self) -> dict[str, Any]:
        shape = layout(self.year)
        return {
            "format": RELEASE_FORMAT,
            "year": self.year,
            "k": self.k,
            "revision": self.revision,
            "released": self.released.isoformat() if self.released else None,
            "cells": {"/".join(key): self.cells[i] for key, i in shape.base.items()},
            "hidden": sorted("/".join(key) for key in self.hidden),
            "devices": self.devices,
            "files": self.files,
            "rejections": [list(r) for r in self.rejections],
            "older_files": self.older_files,
        }

    @staticmethod
    def from_json(doc: dict[str, Any]) -> Release:
        if doc.get("format") != RELEASE_FORMAT:
            raise ValueError(f"a release in the archive has the unknown format {doc.get('format')!r}")
        year = int(doc["year"])
        shape = layout(year)
        cells = [0] * len(shape.base)
        for name, count in doc["cells"].items():
            cells[shape.base[_key(name)]] = int(count)
        return Release(
            year=year,
            k=int(doc["k"]),
            revision=int(doc["revision"]),
            released=date.fromisoformat(doc["released"]) if doc["released"] else None,
            cells=tuple(cells),
            hidden=frozenset(_key(name) for name in doc["hidden"]),
            devices=int(doc["devices"]),
            files=int(doc["files"]),
            rejections=tuple((str(kind), int(n)) for kind, n in doc["rejections"]),
            older_files=int(doc.get("older_files", 0)),  # a release archived before counts/3: none
        )


def _key(name: str) -> Key:
    table, row, column = name.split("/")
    return (table, row, column)


def draft(
    result: Aggregate,
    k: int,
    earlier: list[Release],
    time_limit: float = 20.0,
    neighbours: list[Release] | None = None,
) -> Release:
    """The next release of the year: audited with every earlier release of the year (a revision) and
    every release of the years before and after (linked by the cases that carry over from one year's
    fourth quarter into the next one's first).
    Raises vinkdesk.sync.audit.Refused with the reason where no suppression pattern passes."""
    if any(r.k != k for r in earlier):
        raise ValueError(f"the year was released with k = {earlier[0].k}; a revision keeps it")
    shape = layout(result.year)
    cells = tuple(exact_cells(result))
    around = [r.block() for r in neighbours or []]  # protect() keeps those of the adjacent years
    hidden = protect(shape, cells, [r.block() for r in earlier], k, time_limit, around)
    return Release(
        year=result.year,
        k=k,
        revision=len(earlier) + 1,
        released=None,
        cells=cells,
        hidden=hidden,
        devices=len(result.devices),
        files=result.files_counted,
        rejections=tuple(sorted(result.by_kind().items())),
        older_files=result.older_files,
    )


def released(release: Release, on: date) -> Release:
    return replace(release, released=on)


def figures(release: Release, previous: Release | None = None) -> AnnualFigures:
    """The release as the report and the CSV show it; `previous` is the latest release of the year before."""
    shape = layout(release.year)

    def text(key: Key) -> str:
        value = release.published(key)
        return SUPPRESSED if value is None else str(value)

    tables = []
    for spec in shape.tables:
        tables.append(
            PublishedTable(
                key=spec.key,
                row_keys=spec.rows,
                column_keys=spec.columns,
                cells=tuple(tuple(text((spec.key, r, c)) for c in spec.columns) for r in spec.rows),
                row_totals=tuple(text((spec.key, r, TOTAL)) for r in spec.rows) if spec.row_totals else (),
                column_totals=(
                    tuple(text((spec.key, TOTAL, c)) for c in spec.columns) if spec.column_totals else ()
                ),
                total=text((spec.key, TOTAL, TOTAL)) if spec.row_totals else "",
            )
        )
    return AnnualFigures(
        year=release.year,
        k=release.k,
        tables=tuple(tables),
        devices_counted=release.devices,
        files_counted=release.files,
        rejections=release.rejections,
        revision=release.revision,
        released=release.released,
        previous=figures(previous) if previous is not None else None,
        older_files=release.older_files,
    )


def to_csv(result: AnnualFigures) -> str:
    """One line per published position: year, table, row, column, value ("–" where hidden), revision, and
    status (draft or released: a draft's file cannot pass for the release)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    status = DRAFT if result.released is None else RELEASED

    def line(table: str, row: str, column: str, value: str) -> None:
        writer.writerow([result.year, table, row, column, value, result.revision, status])

    for table in result.tables:
        for r, row in enumerate(table.row_keys):
            for c, column in enumerate(table.column_keys):
                line(table.key, row, column, table.cells[r][c])
            if table.row_totals:
                line(table.key, row, TOTAL, table.row_totals[r])
        for column, value in zip(table.column_keys, table.column_totals, strict=False):
            line(table.key, TOTAL, column, value)
        if table.total:
            line(table.key, TOTAL, TOTAL, table.total)
    return out.getvalue()


def report_names(year: int, language: str, draft: bool = False) -> tuple[str, str]:
    """aarsrapport-2026.pdf/.csv in Danish, annual-report-2026.pdf/.csv in English; a draft says so."""
    stem = f"aarsrapport-{year}" if language == "da" else f"annual-report-{year}"
    if draft:
        stem += "-udkast" if language == "da" else "-draft"
    return f"{stem}.pdf", f"{stem}.csv"


@dataclass(frozen=True)
class Summary:
    """What a draft would publish, in numbers the coordinator can check before releasing it."""

    positions: int  # published positions (a shared total counts in every table it appears in)
    figures: int
    hidden: int
    small: int  # hidden because they are 1..k−1
    changed: int  # figures published both in the latest release and here, with another value
    newly_hidden: int  # published in the latest release, hidden now


def summary(release: Release, earlier: list[Release]) -> Summary:
    shape = layout(release.year)
    small = sum(1 for key in release.hidden if 1 <= release.value(key) <= release.k - 1)
    latest = earlier[-1] if earlier else None
    changed = newly_hidden = 0
    if latest is not None:
        for key in shape.figures:
            before, now = latest.published(key), release.published(key)
            changed += before is not None and now is not None and before != now
            newly_hidden += before is not None and now is None
    positions = sum(1 for spec in shape.tables for _ in shape.positions(spec))
    return Summary(positions, len(shape.figures), len(release.hidden), small, changed, newly_hidden)
