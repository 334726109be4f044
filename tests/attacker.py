"""An attacker on the published annual figures, written from the README alone: it reads only the CSV files a
reader of the report gets and solves with its own integer programme (scipy's milp). It imports nothing from
vinkdesk, so it does not share the blind spots of the code it judges.

What it knows from the README: each table's row and column totals and grand total add up; the year tables
of new cases share their row totals with the quarterly table of new cases (the closure reasons with the
quarterly table of closed cases), the table of who asked shares
them with the table by channel; new and closed cases are active in their quarter; the cases active in a
quarter are those of the quarter before, less those closed then, plus the new (tried, and dropped if the
figures do not fit it); the level changes are sums of the transitions table (down: red→yellow, red→green,
yellow→green; up: green→yellow, green→red, yellow→red). Between two releases of one year it assumes every
interior cell can only have grown (a late laptop adds; a re-synced quarter adds a case)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

HIDDEN_MARK = "–"
SHARED = {
    "district": "new_cases",
    "age_band": "new_cases",
    "gender": "new_cases",
    "concern": "new_cases",
    "closure_reason": "closed_cases",
}
SHARED_CHANNEL = {"inquirer": "channel"}
DOWN = (("red", "yellow"), ("red", "green"), ("yellow", "green"))
UP = (("green", "yellow"), ("green", "red"), ("yellow", "red"))


@dataclass
class Published:
    year: int
    values: dict[tuple[str, str, str], int | None]  # (table, row, column) -> value, None where hidden

    @staticmethod
    def read(text: str) -> Published:
        rows = list(csv.DictReader(io.StringIO(text)))
        values: dict[tuple[str, str, str], int | None] = {}
        for row in rows:
            raw = row["value"]
            values[(row["table"], row["row"], row["column"])] = None if raw == HIDDEN_MARK else int(raw)
        return Published(int(rows[0]["year"]), values)

    def tables(self) -> dict[str, tuple[list[str], list[str]]]:
        found: dict[str, tuple[list[str], list[str]]] = {}
        for table, row, column in self.values:
            rows, columns = found.setdefault(table, ([], []))
            if row != "total" and row not in rows:
                rows.append(row)
            if column != "total" and column not in columns:
                columns.append(column)
        return found


@dataclass
class Finding:
    release: int
    position: tuple[str, str, str]
    low: float
    high: float
    what: str  # "hidden" or "change" or "published-small"
    truth: str = ""


@dataclass
class Attack:
    releases: list[Published]
    k: int
    flow: bool = True  # assume the stock-flow identity of active cases
    cells: dict[tuple[int, str, str, str], int] = field(default_factory=dict)
    rows: list[tuple[dict[int, float], float, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.shape = self.releases[0].tables()
        for r, _release in enumerate(self.releases):
            for table, (rows, columns) in self.shape.items():
                if table == "level_changes":
                    continue
                for row in rows:
                    for column in columns:
                        self.cells[(r, table, row, column)] = len(self.cells)
        for r, release in enumerate(self.releases):
            self._structure(r)
            for position, value in release.values.items():
                if value is not None:
                    self.rows.append((self.form(r, position), value, value))
        for r in range(1, len(self.releases)):
            for (rel, table, row, column), index in self.cells.items():
                if rel == r:
                    self.rows.append(({index: 1.0, self.cells[(r - 1, table, row, column)]: -1.0}, 0, np.inf))
        self._build()
        if not self._feasible() and self.flow:  # the figures do not fit the stock-flow identity
            self.flow = False
            self.rows, self.cells = [], {}
            self.__post_init__()

    def form(self, r: int, position: tuple[str, str, str]) -> dict[int, float]:
        table, row, column = position
        if table == "level_changes":
            pairs = DOWN if row == "down" else UP
            return {self.cells[(r, "transitions", a, b)]: 1.0 for a, b in pairs}
        rows, columns = self.shape[table]
        use_rows = rows if row == "total" else [row]
        use_columns = columns if column == "total" else [column]
        return {self.cells[(r, table, a, b)]: 1.0 for a in use_rows for b in use_columns}

    def _structure(self, r: int) -> None:
        for table, other in (SHARED | SHARED_CHANNEL).items():
            for row in [*self.shape[table][0], "total"]:
                form = self.form(r, (table, row, "total"))
                for index, c in self.form(r, (other, row, "total")).items():
                    form[index] = form.get(index, 0.0) - c
                self.rows.append((form, 0, 0))
        quarters = self.shape["active_cases"][1]
        for level in self.shape["active_cases"][0]:
            for quarter in quarters:
                active = self.cells[(r, "active_cases", level, quarter)]
                for flow in ("new_cases", "closed_cases"):
                    self.rows.append(({self.cells[(r, flow, level, quarter)]: 1.0, active: -1.0}, -np.inf, 0))
        if self.flow:
            for before, now in zip(quarters, quarters[1:], strict=False):
                form: dict[int, float] = {}
                for level in self.shape["active_cases"][0]:
                    for table, quarter, sign in (
                        ("active_cases", now, 1),
                        ("active_cases", before, -1),
                        ("closed_cases", before, 1),
                        ("new_cases", now, -1),
                    ):
                        index = self.cells[(r, table, level, quarter)]
                        form[index] = form.get(index, 0.0) + sign
                self.rows.append((form, 0, 0))

    def _build(self) -> None:
        matrix = lil_matrix((len(self.rows), len(self.cells)))
        for i, (form, _low, _high) in enumerate(self.rows):
            for j, c in form.items():
                matrix[i, j] = c
        self.constraint = LinearConstraint(
            matrix.tocsr(), np.array([r[1] for r in self.rows]), np.array([r[2] for r in self.rows])
        )

    def _solve(self, objective: np.ndarray) -> tuple[int, np.ndarray | None]:
        result = milp(
            objective,
            constraints=self.constraint,
            integrality=np.ones(len(self.cells)),
            bounds=Bounds(0, 10**7),
            options={"presolve": False},  # HiGHS's MILP presolve can call a wrong value optimal
        )
        return result.status, (np.round(result.x) if result.x is not None else None)

    def _feasible(self) -> bool:
        status, _ = self._solve(np.zeros(len(self.cells)))
        return status == 0

    def vector(self, form: dict[int, float]) -> np.ndarray:
        v = np.zeros(len(self.cells))
        for j, c in form.items():
            v[j] += c
        return v

    def ranges(self, forms: list[dict[int, float]]) -> list[tuple[float, float]]:
        """Exact integer min and max of each form; solutions found on the way settle forms already wide."""
        vectors = np.array([self.vector(f) for f in forms])
        low = np.full(len(forms), np.inf)
        high = np.full(len(forms), -np.inf)
        exact: dict[int, list[float]] = {}
        for i in range(len(forms)):
            if high[i] - low[i] >= self.k - 1:
                continue
            bounds = []
            for sign in (1.0, -1.0):
                status, x = self._solve(sign * vectors[i])
                assert status == 0, f"the attacker's own model failed (status {status})"
                assert x is not None
                values = vectors @ x
                low, high = np.minimum(low, values), np.maximum(high, values)
                bounds.append(float(vectors[i] @ x))
            exact[i] = bounds
        return [(exact[i][0], exact[i][1]) if i in exact else (low[i], high[i]) for i in range(len(forms))]

    def findings(self) -> list[Finding]:
        """Every hidden position worked back to fewer than k values, every small published value, and every
        change between consecutive releases worked out to a small non-zero number."""
        found = []
        last = len(self.releases) - 1
        for r, release in enumerate(self.releases):
            hidden = [p for p, v in release.values.items() if v is None]
            for position, (low, high) in zip(
                hidden, self.ranges([self.form(r, p) for p in hidden]), strict=True
            ):
                if high - low < self.k - 1:
                    found.append(Finding(r, position, low, high, "hidden"))
            for position, value in release.values.items():
                if value is not None and 1 <= value <= self.k - 1:
                    found.append(Finding(r, position, value, value, "published-small"))
        for r in range(1, last + 1):
            before, after = self.releases[r - 1].values, self.releases[r].values
            for p in after:
                if before.get(p) is not None and after[p] is not None:
                    change = after[p] - before[p]  # type: ignore[operator]
                    if 1 <= abs(change) <= self.k - 1:
                        found.append(Finding(r, p, change, change, "change"))
            positions = [p for p in after if before.get(p) is None or after[p] is None]
            forms = []
            for p in positions:
                form = self.form(r, p)
                for j, c in self.form(r - 1, p).items():
                    form[j] = form.get(j, 0.0) - c
                forms.append(form)
            for position, (low, high) in zip(positions, self.ranges(forms), strict=True):
                narrow = high - low < self.k - 1
                small = any(1 <= abs(v) <= self.k - 1 for v in range(int(low), int(high) + 1))
                if narrow and small:
                    found.append(Finding(r, position, low, high, "change"))
        return found
