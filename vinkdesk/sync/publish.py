"""From the year's sums to what is published: the tables with disclosure control applied, and the CSV that
carries exactly the same figures as the PDF."""

from __future__ import annotations

import csv
import io

from vinkdesk.domain import AnnualFigures, PublishedTable
from vinkdesk.sync.aggregate import Aggregate
from vinkdesk.sync.counts import DIMENSIONS, LEVELS
from vinkdesk.sync.disclosure import protect

YEAR_TABLES = {
    "district": "new_by_district",
    "age_band": "new_by_age_band",
    "gender": "new_by_gender",
    "concern": "new_by_concern",
    "channel": "consultations_by_channel",
    "inquirer": "consultations_by_inquirer",
    "transitions": "transitions",
}


def figures(result: Aggregate, k: int = 5) -> AnnualFigures:
    quarters = [f"{result.year}Q{q}" for q in range(1, 5)]
    tables = []
    for key, name in (
        ("quarterly_active", "active_cases"),
        ("quarterly_new", "new_cases"),
        ("quarterly_closed", "closed_cases"),
    ):
        grid = [
            [int(result.quarters[q][name][level]) if q in result.quarters else 0 for q in quarters]
            for level in LEVELS
        ]
        tables.append(_published(key, LEVELS, tuple(quarters), grid, k))
    for key, name in YEAR_TABLES.items():
        summed = result.year_table(name)
        columns = tuple(LEVELS) if name == "transitions" else tuple(v.value for v in DIMENSIONS[name])
        grid = [[summed.get(level, {}).get(column, 0) for column in columns] for level in LEVELS]
        tables.append(_published(key, LEVELS, columns, grid, k))
    return AnnualFigures(
        year=result.year,
        k=k,
        tables=tuple(tables),
        devices_counted=len(result.devices),
        files_counted=result.files_counted,
        rejections=tuple(sorted(result.by_kind().items())),
    )


def _published(
    key: str, rows: tuple[str, ...] | list[str], columns: tuple[str, ...], grid: list[list[int]], k: int
) -> PublishedTable:
    protected = protect(grid, k)
    return PublishedTable(
        key=key,
        row_keys=tuple(rows),
        column_keys=columns,
        cells=tuple(tuple(row) for row in protected.cells),
        row_totals=tuple(protected.row_totals),
        column_totals=tuple(protected.column_totals),
        total=protected.total,
    )


def to_csv(result: AnnualFigures) -> str:
    """One line per published figure: table, row, column, value (with the same "<k" and "x" as the PDF)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["year", "table", "row", "column", "value"])
    for table in result.tables:
        for r, row in enumerate(table.row_keys):
            for c, column in enumerate(table.column_keys):
                writer.writerow([result.year, table.key, row, column, table.cells[r][c]])
            writer.writerow([result.year, table.key, row, "total", table.row_totals[r]])
        for c, column in enumerate(table.column_keys):
            writer.writerow([result.year, table.key, "total", column, table.column_totals[c]])
        writer.writerow([result.year, table.key, "total", "total", table.total])
    return out.getvalue()
