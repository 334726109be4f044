"""What a year's release publishes, as a structure the audit can reason about: the tables, the figures in
them (cells, row and column totals, grand totals, and two derived sums), the lines that add up, the margins
the tables share, and the relations that hold between them.

Every figure is a sum of *base cells*: the interior cells of the counted tables. A figure that appears in
several tables (new red cases: the row total of the quarterly table and of the district, age, gender and
concern tables) is one figure with one key, so it is published or hidden everywhere at once. The level
changes are published for the year but counted per quarter: their base cells are the quarters' changes, so
that the audit sees what a reader can work out from cases moving between levels from quarter to quarter,
and from last year's fourth quarter into this year's first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from vinkdesk.sync.aggregate import Aggregate
from vinkdesk.sync.counts import DIMENSIONS, LEVELS

TOTAL = "total"
Key = tuple[str, str, str]  # (table, row, column)

# The year tables: published key -> counted table, and the table whose row totals they share.
YEAR_TABLES = {
    "district": ("new_by_district", "new_cases"),
    "age_band": ("new_by_age_band", "new_cases"),
    "gender": ("new_by_gender", "new_cases"),
    "concern": ("new_by_concern", "new_cases"),
    "channel": ("consultations_by_channel", None),
    "inquirer": ("consultations_by_inquirer", "channel"),
    "transitions": ("transitions", None),
    # Closures by reason share their row totals with the closed cases; follow-ups stand alone.
    "closure_reason": ("closed_by_reason", "closed_cases"),
    "follow_up": ("follow_ups_by_outcome", None),
}
QUARTER_TABLES = {"active_cases": "active_cases", "new_cases": "new_cases", "closed_cases": "closed_cases"}
DOWN = (("red", "yellow"), ("red", "green"), ("yellow", "green"))
UP = (("green", "yellow"), ("green", "red"), ("yellow", "red"))
CHANGES = "level_changes"


@dataclass(frozen=True)
class TableSpec:
    key: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    row_totals: bool = True  # active cases per quarter have none: a sum of case-quarters means nothing
    column_totals: bool = True  # the level changes (down, up) have none
    derived: bool = False  # its cells are sums of other tables' cells (no base cells of its own)
    per_quarter: bool = False  # published for the year, its base cells are the four quarters' counts


@dataclass(frozen=True)
class Relation:
    """sum(coefficient × base cell) (== or <=) 0; kept only where the year's exact sums satisfy it."""

    terms: tuple[tuple[int, int], ...]
    equal: bool


@dataclass
class Layout:
    year: int
    tables: list[TableSpec]
    base: dict[Key, int] = field(default_factory=dict)  # base cell -> index
    figures: dict[Key, tuple[int, ...]] = field(default_factory=dict)  # canonical key -> its base cells
    alias: dict[Key, Key] = field(default_factory=dict)  # every table position -> its canonical figure
    lines: list[tuple[tuple[Key, ...], Key]] = field(default_factory=list)  # (parts, total), canonical
    links: list[Relation] = field(default_factory=list)  # shared margins: always true
    candidates: list[Relation] = field(default_factory=list)  # true of most years; checked on the data
    near: list[tuple[Key, ...]] = field(default_factory=list)  # figures bound by an inequality
    goals: frozenset[Key] = frozenset()  # the figures the report's goal section shows: hidden last
    structural: frozenset[Key] = (
        frozenset()
    )  # zero by construction (no change to the same level): never hidden

    def positions(self, table: TableSpec) -> Iterator[Key]:
        """Every published position of a table, in the order of the CSV."""
        for row in table.rows:
            for column in table.columns:
                yield (table.key, row, column)
            if table.row_totals:
                yield (table.key, row, TOTAL)
        if table.column_totals:
            for column in table.columns:
                yield (table.key, TOTAL, column)
        if table.row_totals:
            yield (table.key, TOTAL, TOTAL)

    def value(self, key: Key, cells: list[int]) -> int:
        return sum(cells[i] for i in self.figures[self.alias[key]])

    def relations(self, cells: list[int]) -> list[Relation]:
        """The links and every candidate relation the exact sums satisfy."""
        kept = list(self.links)
        for relation in self.candidates:
            total = sum(c * cells[i] for i, c in relation.terms)
            if total == 0 or (not relation.equal and total < 0):
                kept.append(relation)
        return kept


def quarters(year: int) -> tuple[str, ...]:
    return tuple(f"{year}Q{q}" for q in range(1, 5))


@cache
def layout(year: int) -> Layout:
    quarter_keys = quarters(year)
    specs = [
        TableSpec("active_cases", LEVELS, quarter_keys, row_totals=False),
        TableSpec("new_cases", LEVELS, quarter_keys),
        TableSpec("closed_cases", LEVELS, quarter_keys),
    ]
    for key, (counted, _shares) in YEAR_TABLES.items():
        columns = LEVELS if counted == "transitions" else tuple(v.value for v in DIMENSIONS[counted])
        specs.append(TableSpec(key, LEVELS, columns, per_quarter=counted == "transitions"))
    specs.append(TableSpec(CHANGES, ("down", "up"), ("year",), False, False, derived=True))
    result = Layout(year, specs)
    for spec in specs:
        if not spec.derived:
            for row in spec.rows:
                for column in spec.columns:
                    for part in _parts(spec, column, quarter_keys):
                        result.base[(spec.key, row, part)] = len(result.base)
    for spec in specs:
        _add_table(result, spec)
    _link_margins(result)
    _add_relations(result, quarter_keys)
    goals = {("active_cases", level, quarter_keys[-1]) for level in ("red", "yellow")}
    for table in ("new_cases", "closed_cases"):
        goals |= {(table, level, TOTAL) for level in ("red", "yellow", TOTAL)}
    goals |= {("inquirer", "green", v.value) for v in DIMENSIONS["consultations_by_inquirer"]}
    goals |= {("channel", "green", TOTAL), (CHANGES, "down", "year"), (CHANGES, "up", "year")}
    goals |= {("closure_reason", TOTAL, v.value) for v in DIMENSIONS["closed_by_reason"]}
    goals |= {("follow_up", TOTAL, v.value) for v in DIMENSIONS["follow_ups_by_outcome"]}
    result.structural = frozenset(
        [("transitions", a, b) for a in LEVELS for b in LEVELS if a == b or b == "unassessed"]
        + [("transitions", TOTAL, "unassessed")]
    )
    result.goals = frozenset(result.alias[key] if key in result.alias else key for key in goals)
    return result


def _parts(spec: TableSpec, column: str, quarter_keys: tuple[str, ...]) -> tuple[str, ...]:
    """The base cells' column names behind one published cell: itself, or one per quarter."""
    return tuple(quarter_cell(column, q) for q in quarter_keys) if spec.per_quarter else (column,)


def quarter_cell(column: str, quarter: str) -> str:
    return f"{column}@{quarter}"


def _cells(result: Layout, table: str, pairs: tuple[tuple[str, str], ...]) -> tuple[int, ...]:
    return tuple(i for row, column in pairs for i in result.figures[(table, row, column)])


def _add_table(result: Layout, spec: TableSpec) -> None:
    def define(key: Key, cells: tuple[int, ...]) -> None:
        result.figures[key] = cells
        result.alias[key] = key

    if spec.derived:  # the level changes: down and up, sums of the transitions table
        for row, pairs in (("down", DOWN), ("up", UP)):
            key = (spec.key, row, "year")
            define(key, _cells(result, "transitions", pairs))
            result.lines.append((tuple(("transitions", a, b) for a, b in pairs), key))
        return
    quarter_keys = quarters(result.year)
    grid = {
        (r, c): tuple(result.base[(spec.key, r, part)] for part in _parts(spec, c, quarter_keys))
        for r in spec.rows
        for c in spec.columns
    }
    for (r, c), indices in grid.items():
        define((spec.key, r, c), indices)
    for c in spec.columns:
        define((spec.key, TOTAL, c), tuple(i for r in spec.rows for i in grid[(r, c)]))
        result.lines.append((tuple((spec.key, r, c) for r in spec.rows), (spec.key, TOTAL, c)))
    if spec.row_totals:
        for r in spec.rows:
            define((spec.key, r, TOTAL), tuple(i for c in spec.columns for i in grid[(r, c)]))
            result.lines.append((tuple((spec.key, r, c) for c in spec.columns), (spec.key, r, TOTAL)))
        define((spec.key, TOTAL, TOTAL), tuple(i for indices in grid.values() for i in indices))
        result.lines.append((tuple((spec.key, r, TOTAL) for r in spec.rows), (spec.key, TOTAL, TOTAL)))
        result.lines.append((tuple((spec.key, TOTAL, c) for c in spec.columns), (spec.key, TOTAL, TOTAL)))


def _link_margins(result: Layout) -> None:
    """A year table's row totals are the row totals of the table it shares them with: one figure."""
    for key, (_counted, shares) in YEAR_TABLES.items():
        if shares is None:
            continue
        for row in (*LEVELS, TOTAL):
            alias, canonical = (key, row, TOTAL), (shares, row, TOTAL)
            terms = [(i, 1) for i in result.figures[alias]] + [(i, -1) for i in result.figures[canonical]]
            result.links.append(Relation(tuple(terms), equal=True))
            del result.figures[alias]
            result.alias[alias] = canonical
    result.lines[:] = [
        (tuple(result.alias[p] for p in parts), result.alias[total]) for parts, total in result.lines
    ]


def _add_relations(result: Layout, quarter_keys: tuple[str, ...]) -> None:
    """New and closed cases are active in their quarter; a new case at a level changed to it in its
    quarter (it was unassessed before); and, where every laptop reported both quarters,
    the cases active at a level in a quarter are those active at it in the one before, less those closed
    then, plus the new ones, plus those that changed to it in the quarter, less those that changed from it.
    Each relation is kept only where the year's exact sums satisfy it."""
    base = result.base
    for level in LEVELS:
        for quarter in quarter_keys:
            active = base[("active_cases", level, quarter)]
            for flow in ("new_cases", "closed_cases"):
                result.candidates.append(Relation(((base[(flow, level, quarter)], 1), (active, -1)), False))
                result.near.append(((flow, level, quarter), ("active_cases", level, quarter)))
    for level in LEVELS[:-1]:  # a new case at a level was unassessed before: it changed to the level
        for quarter in quarter_keys:
            terms = [(base[("new_cases", level, quarter)], 1)]
            terms += [
                (base[("transitions", other, quarter_cell(level, quarter))], -1)
                for other in LEVELS
                if other != level
            ]
            result.candidates.append(Relation(tuple(terms), False))
            result.near.append(flow_figures(level, quarter, None))
    for before, now in zip(quarter_keys, quarter_keys[1:], strict=False):
        total: list[tuple[int, int]] = []
        for level in LEVELS:
            terms = [(base[("active_cases", level, before)], -1), (base[("closed_cases", level, before)], 1)]
            terms += flow_terms(result, level, now)
            result.candidates.append(Relation(tuple(terms), equal=True))
            result.near.append(flow_figures(level, now, before))
            total += [(base[("active_cases", level, now)], 1), (base[("active_cases", level, before)], -1)]
            total += [(base[("closed_cases", level, before)], 1), (base[("new_cases", level, now)], -1)]
        result.candidates.append(Relation(tuple(total), equal=True))
        # as a line for choosing what to hide: any three of the four totals give the fourth
        flows = (("active_cases", TOTAL, before), ("closed_cases", TOTAL, before), ("new_cases", TOTAL, now))
        result.lines.append((flows, ("active_cases", TOTAL, now)))


def flow_terms(result: Layout, level: str, now: str) -> list[tuple[int, int]]:
    """This year's side of the flow into `level` in quarter `now`: active now, less the new ones (they
    were not assessed before), less the changes to the level in the quarter, plus those from it. With the
    previous quarter's active less its closed at that level, the sum is zero."""
    base = result.base
    terms = [(base[("active_cases", level, now)], 1)]
    if level == "unassessed":
        terms += [(base[("new_cases", other, now)], -1) for other in LEVELS]
    for other in LEVELS:
        if other != level:
            terms.append((base[("transitions", other, quarter_cell(level, now))], -1))
            terms.append((base[("transitions", level, quarter_cell(other, now))], 1))
    return terms


def flow_figures(level: str, now: str, before: str | None) -> tuple[Key, ...]:
    """The published figures a flow into `level` in quarter `now` touches (this year's, and the previous
    quarter's where it is of the same year): for choosing what to hide beside a figure it gives away."""
    new = level if level != "unassessed" else TOTAL
    keys: list[Key] = [("active_cases", level, now), ("new_cases", new, now)]
    keys += [("transitions", other, level) for other in LEVELS if other != level]
    keys += [("transitions", level, other) for other in LEVELS if other not in (level, "unassessed")]
    if before is not None:
        keys += [("active_cases", level, before), ("closed_cases", level, before)]
    return tuple(keys)


def exact_cells(result: Aggregate) -> list[int]:
    """The year's exact sums as base cells, in the layout's order."""
    shape = layout(result.year)
    cells = [0] * len(shape.base)
    for (table, row, column), index in shape.base.items():
        if table in QUARTER_TABLES:
            tables = result.quarters.get(column)
            cells[index] = int(tables[QUARTER_TABLES[table]][row]) if tables else 0
    for key, (counted, _shares) in YEAR_TABLES.items():
        if counted == "transitions":
            for quarter in quarters(result.year):
                tables = result.quarters.get(quarter)
                for row, values in (tables[counted] if tables else {}).items():
                    for column, count in values.items():
                        cells[shape.base[(key, row, quarter_cell(column, quarter))]] = int(count)
            continue
        summed = result.year_table(counted)
        for row, values in summed.items():
            for column, count in values.items():
                cells[shape.base[(key, row, column)]] = int(count)
    return cells
