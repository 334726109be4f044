"""Disclosure control for the year's release, audited as an attacker with an integer solver would attack it.

A figure from 1 to k−1 is hidden (primary); zeros never are on their own account. More figures are hidden
(secondary) until the audit passes. The audit models what a reader of every release of the year knows:

- every base cell is an unknown whole number ≥ 0; every published figure fixes a sum of them;
- the tables share their margins (new cases by level are the row totals of the quarterly, district, age,
  gender and concern tables; consultations by level those of the channel and who-asked tables);
- new and closed cases are active in their quarter, and active cases carry over from quarter to quarter
  (kept only where the year's exact sums satisfy it, so the truth is always a solution);
- cases move between levels: the cases at a level in a quarter are those at it the quarter before, less
  the closed, plus the new, plus those that changed to it, less those that changed from it (the level
  changes are published for the year; the audit's unknowns are the quarters' changes);
- an earlier release of the same year is the same year's figures a little earlier: its published figures
  are constraints on its own copy of the cells, and each cell changed from one release to the next in the
  direction it really changed (the attacker is given the direction of every change);
- the releases of the year before and the year after are in the model too, linked by the same flow from
  one year's fourth quarter into the next one's first: their hidden figures must stay hidden after this
  release, and this release's must not be worked out from theirs.

For every hidden figure it solves min and max over integers (scipy's `milp`, HiGHS) over all tables and all
releases at once. A hidden figure is safe when its range spans at least k values. The change of a figure
from an earlier release to this one is safe when it cannot be worked out to lie in ±1…k−1: its range spans
at least k values, or every value in it is 0 or at least k away from 0. A solver that does not prove its
answer counts as unsafe: more is hidden, or the release is refused with the reason. It never publishes a
figure the audit has not passed."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

from vinkdesk.sync.counts import LEVELS
from vinkdesk.sync.layout import Key, Layout, flow_figures, flow_terms, layout, quarters

BIG = 10**7  # no count is near this; a bound keeps every problem bounded
# Releases and their coefficients: one release, or a later release of a year less an earlier one.
View = tuple[tuple[int, float], ...]
HIDDEN, CHANGE = "hidden", "change"


class Refused(Exception):
    """No suppression pattern passes the audit: nothing is published; the reason says what could not be
    hidden."""

    def __init__(self, reason: str, key: Key | None = None) -> None:
        super().__init__(reason)
        self.key = key


@dataclass(frozen=True)
class Block:
    """One release as the audit sees it: its year, its exact base cells and its hidden figures."""

    year: int
    cells: tuple[int, ...]
    hidden: frozenset[Key]

    @property
    def shape(self) -> Layout:
        return layout(self.year)


@dataclass(frozen=True)
class Problem:
    kind: str  # HIDDEN: a hidden figure's range is too narrow; CHANGE: a change can be worked out
    key: Key
    block: int  # the release whose figure (HIDDEN) or whose change from `since` (CHANGE)
    since: int | None
    low: float
    high: float


@dataclass
class Query:
    kind: str
    key: Key
    block: int
    since: int | None
    vector: np.ndarray

    @property
    def id(self) -> tuple[object, ...]:
        return (self.kind, self.key, self.block, self.since)


def safe(kind: str, low: float, high: float, k: int) -> bool:
    if high - low >= k - 1 - 1e-6:
        return True
    if kind == HIDDEN:
        return False
    return (abs(low) < 0.5 and abs(high) < 0.5) or low >= k - 1e-6 or high <= -k + 1e-6


class Audit:
    """The joint integer model of a year's releases; `run` lists every figure or change not safe."""

    def __init__(
        self,
        blocks: list[Block],
        k: int,
        pool: list[np.ndarray] | None = None,
        time_limit: float = 20.0,
    ) -> None:
        """`blocks`: the releases of the years before and after, then this year's in order, the one
        audited last. `pool`: solutions known to satisfy a model at least as strict as this one (an earlier
        round of the same release, with fewer figures hidden); the truth is always one."""
        self.blocks, self.k, self.time_limit = blocks, k, time_limit
        self.year = blocks[-1].year
        self.offsets = list(np.cumsum([0] + [len(b.shape.base) for b in blocks]))
        self.size = int(self.offsets[-1])
        self.truth = np.array([c for block in blocks for c in block.cells], dtype=float)
        rows: list[dict[int, float]] = []
        low: list[float] = []
        high: list[float] = []

        def add(row: dict[int, float], lo: float, hi: float) -> None:
            rows.append(row)
            low.append(lo)
            high.append(hi)

        for b, block in enumerate(blocks):
            for key, cells in block.shape.figures.items():
                if key not in block.hidden:
                    value = float(sum(block.cells[i] for i in cells))
                    add({self.offsets[b] + i: 1.0 for i in cells}, value, value)
        # A view is a release, or what a later release of the same year added to an earlier one: the cases
        # of a late laptop, or one more case, obey every relation on their own (kept where the sums say so).
        views: list[View] = [((b, 1.0),) for b in range(len(blocks))]
        for a in range(len(blocks)):
            for b in range(a + 1, len(blocks)):
                if blocks[a].year != blocks[b].year:
                    continue
                views.append(((b, 1.0), (a, -1.0)))
                for i in range(len(blocks[a].cells)):
                    up = blocks[b].cells[i] >= blocks[a].cells[i]
                    add(
                        {self.offsets[b] + i: 1.0, self.offsets[a] + i: -1.0},
                        0.0 if up else -np.inf,
                        np.inf if up else 0.0,
                    )
        for view in views:
            shape = blocks[view[0][0]].shape
            for relation in shape.relations(list(self._cells(view))):
                lowest = 0.0 if relation.equal else -np.inf
                add(self._row(view, relation.terms), lowest, 0.0)
        for before in views:
            for now in views:
                if self._year(now) == self._year(before) + 1:
                    for row in self._year_links(before, now):
                        add(row, 0.0, 0.0)
        data, indices, pointers = [], [], [0]
        for row in rows:
            indices += list(row)
            data += list(row.values())
            pointers.append(len(indices))
        self.matrix = csr_matrix((data, indices, pointers), shape=(len(rows), self.size))
        self.low, self.high = np.array(low), np.array(high)
        values = self.matrix @ self.truth
        if np.any(values < self.low - 1e-6) or np.any(values > self.high + 1e-6):
            raise Refused("the year's own figures do not fit the audit's model (a fault in vinkdesk)")
        self.pool: list[np.ndarray] = pool if pool is not None else [self.truth]
        self.rng = np.random.default_rng(len(self.pool))

    def _year(self, view: View) -> int:
        return self.blocks[view[0][0]].year

    def _cells(self, view: View) -> np.ndarray:
        """A view's exact base cells."""
        return sum(
            (coefficient * np.array(self.blocks[b].cells, dtype=float) for b, coefficient in view),
            start=np.zeros(len(self.blocks[view[0][0]].cells)),
        )

    def _row(
        self, view: View, terms: tuple[tuple[int, int], ...] | list[tuple[int, int]]
    ) -> dict[int, float]:
        """A relation's terms on a view's cells, as one row of the model."""
        row: dict[int, float] = {}
        for b, coefficient in view:
            for i, c in terms:
                column = self.offsets[b] + i
                row[column] = row.get(column, 0.0) + coefficient * c
        return row

    def _year_links(self, before: View, now: View) -> list[dict[int, float]]:
        """One year's fourth quarter (view `before`) flowing into the next one's first (view `now`), per
        level; kept where the exact sums satisfy it (not if a laptop was missing from one of the two)."""
        last = quarters(self._year(before))[-1]
        first = quarters(self._year(now))[0]
        earlier, later = self.blocks[before[0][0]].shape, self.blocks[now[0][0]].shape
        links = []
        for level in LEVELS:
            row = self._row(now, flow_terms(later, level, first))
            closing = [
                (earlier.base[("active_cases", level, last)], -1),
                (earlier.base[("closed_cases", level, last)], 1),
            ]
            for column, c in self._row(before, closing).items():
                row[column] = row.get(column, 0.0) + c
            if abs(sum(c * self.truth[i] for i, c in row.items())) < 0.5:
                links.append(row)
        return links

    def _vector(self, block: int, key: Key) -> np.ndarray:
        vector = np.zeros(self.size)
        for i in self.blocks[block].shape.figures[key]:
            vector[self.offsets[block] + i] += 1.0
        return vector

    def queries(self) -> list[Query]:
        found: list[Query] = []
        last = len(self.blocks) - 1
        for b, block in enumerate(self.blocks):
            for key in sorted(block.hidden):
                found.append(Query(HIDDEN, key, b, None, self._vector(b, key)))
        for a in self._same_year():
            for key in self.blocks[last].shape.figures:
                # Published in one of the two, the change spans what the hidden one spans (a HIDDEN query);
                # published in both, it is known exactly (checked without a solver in `run`).
                if key in self.blocks[a].hidden and key in self.blocks[last].hidden:
                    vector = self._vector(last, key) - self._vector(a, key)
                    found.append(Query(CHANGE, key, last, a, vector))
        return found

    def _same_year(self) -> list[int]:
        """The earlier releases of the year audited last."""
        return [a for a, block in enumerate(self.blocks[:-1]) if block.year == self.year]

    def known_changes(self) -> list[Problem]:
        """Figures published in an earlier release of the year and in this one: their change is plain."""
        last = len(self.blocks) - 1
        return [
            Problem(CHANGE, key, last, a, change, change)
            for a in self._same_year()
            for key, change in published_changes(self.blocks[a], self.blocks[last]).items()
            if not safe(CHANGE, change, change, self.k)
        ]

    def solve(self, vector: np.ndarray, sign: float) -> tuple[float, bool]:
        """min (sign +1) or max (sign −1) of vector·x over the model; (value, proven)."""
        result = milp(
            sign * vector,
            constraints=LinearConstraint(self.matrix, self.low, self.high),
            integrality=np.ones(self.size),
            bounds=Bounds(0, BIG),
            # HiGHS's MILP presolve has been seen to cut off feasible points and call a wrong value
            # optimal (scipy 1.17.1, a revision's joint model): without it the answers are right.
            options={"time_limit": self.time_limit, "presolve": False},
        )
        if result.status != 0 or result.x is None:
            return 0.0, False
        point = np.round(result.x)
        if not self.feasible(point):  # a solution that is not one proves nothing
            return 0.0, False
        self.pool.append(point)
        return float(vector @ point), True

    def feasible(self, point: np.ndarray) -> bool:
        values = self.matrix @ point
        return bool(
            np.all(point >= 0)
            and np.all(point <= BIG)
            and np.all(values >= self.low - 1e-6)
            and np.all(values <= self.high + 1e-6)
        )

    def run(self, settled: set[tuple[object, ...]] | None = None) -> list[Problem]:
        """Every hidden figure and change not safe. `settled`: queries already proven safe under a model
        at least as strict (skipped); the ones proven safe now are added."""
        settled = set() if settled is None else settled
        todo = [q for q in self.queries() if q.id not in settled]
        problems = self.known_changes()
        if not todo:
            return problems
        vectors = np.array([q.vector for q in todo])
        seen = np.array([vectors @ point for point in self.pool])
        self._low, self._high = seen.min(axis=0), seen.max(axis=0)
        self._vectors = vectors
        for _spread in range(3):  # a few solutions far from the truth in random directions settle most
            open_ = [i for i in range(len(todo)) if not self._wide(i)]
            if len(open_) < 8:
                break
            weights = self.rng.choice((-1.0, 1.0), size=len(open_))
            self._solve(weights @ vectors[open_], 1.0)
        problems = []
        for index, query in enumerate(todo):
            if self._wide(index) or not np.any(query.vector):
                settled.add(query.id)
                continue
            least, proven_low = self._solve(query.vector, 1.0)
            if proven_low and self._wide(index):
                settled.add(query.id)
                continue
            most, proven_high = self._solve(query.vector, -1.0)
            if not (proven_low and proven_high):
                problems.append(Problem(query.kind, query.key, query.block, query.since, np.nan, np.nan))
            elif not safe(query.kind, least, most, self.k):
                problems.append(Problem(query.kind, query.key, query.block, query.since, least, most))
            else:
                settled.add(query.id)
        return problems

    def _wide(self, index: int) -> bool:
        """Two known solutions already put this figure k−1 or more apart: safe, no solve needed."""
        return bool(self._high[index] - self._low[index] >= self.k - 1 - 1e-6)

    def _solve(self, vector: np.ndarray, sign: float) -> tuple[float, bool]:
        since = len(self.pool)
        value, proven = self.solve(vector, sign)
        for point in self.pool[since:]:
            values = self._vectors @ point
            self._low, self._high = np.minimum(self._low, values), np.maximum(self._high, values)
        return value, proven


def published_changes(before: Block, now: Block) -> dict[Key, int]:
    """How much each figure an earlier release published changed in a later one (its exact sums)."""
    shape = now.shape
    return {
        key: shape.value(key, list(now.cells)) - shape.value(key, list(before.cells))
        for key in shape.figures
        if key not in before.hidden
    }


def primaries(shape: Layout, cells: tuple[int, ...], earlier: list[Block], k: int) -> set[Key]:
    """Figures from 1 to k−1, and figures an earlier release published whose change would be that small."""
    hidden = {key for key in shape.figures if 1 <= shape.value(key, list(cells)) <= k - 1}
    now = Block(shape.year, cells, frozenset())
    for block in earlier:
        hidden |= {key for key, change in published_changes(block, now).items() if 1 <= abs(change) <= k - 1}
    return hidden


def protect(
    shape: Layout,
    cells: tuple[int, ...],
    earlier: list[Block],
    k: int,
    time_limit: float = 20.0,
    neighbours: list[Block] | None = None,
) -> frozenset[Key]:
    """The hidden figures of a release (or a revision after `earlier`, this year's releases) that pass
    the audit together with `neighbours`, the releases of the years before and after; Refused if no
    pattern does. `time_limit`: seconds for each solve; one that runs out proves nothing."""
    around = [b for b in neighbours or [] if abs(b.year - shape.year) == 1]
    hidden = primaries(shape, cells, earlier, k)
    first, last = quarters(shape.year)[0], quarters(shape.year)[-1]
    linked = {  # this year's figures the flow between the years touches, by the neighbour's year
        shape.year - 1: {key for level in LEVELS for key in flow_figures(level, first, None)},
        shape.year + 1: {(t, level, last) for level in LEVELS for t in ("active_cases", "closed_cases")},
    }
    pool: list[np.ndarray] | None = None
    settled: set[tuple[object, ...]] = set()
    for _round in range(len(shape.figures) + 1):
        _complete_lines(shape, cells, hidden, k)
        blocks = [*around, *earlier, Block(shape.year, cells, frozenset(hidden))]
        audit = Audit(blocks, k, pool, time_limit)
        problems = audit.run(settled)
        pool = audit.pool
        if not problems:
            return frozenset(hidden)
        touched: set[Key] = set()
        stuck: Problem | None = None
        for problem in problems:
            year = blocks[problem.block].year
            if year != shape.year:
                # Another year's figure, narrowed by this release: hide more of what links the two years.
                if touched & linked[year]:
                    continue
                choice = _partner(shape, cells, hidden, linked[year], k)
            elif problem.key in touched:
                continue
            else:
                choice = _partner(shape, cells, hidden, {problem.key}, k)
            if choice is None:
                stuck = stuck or problem  # perhaps settled by what this round hid: audited again
                continue
            hidden.add(choice)
            touched.add(choice)
            if year == shape.year:
                touched.add(problem.key)
            for parts, total in shape.lines:
                if choice in parts or choice == total:
                    touched.update((*parts, total))
        if stuck is not None and not touched:
            raise Refused(_reason(stuck, k, blocks[stuck.block].year), stuck.key)
    raise Refused("the suppression did not settle after hiding every figure once", None)


def _reason(problem: Problem, k: int, year: int) -> str:
    table, row, column = problem.key
    what = f"{table} {row}/{column} ({year})"
    if np.isnan(problem.low):
        return f"the solver could not prove the range of {what}; nothing is published"
    if problem.kind == CHANGE:
        return (
            f"the change of {what} since release {(problem.since or 0) + 1} can be worked out to lie in "
            f"{problem.low:.0f}..{problem.high:.0f}, and nothing more can be hidden to prevent it"
        )
    return (
        f"{what} can be worked out to lie in {problem.low:.0f}..{problem.high:.0f} (fewer than {k} values), "
        "and nothing more can be hidden to prevent it"
    )


def _complete_lines(shape: Layout, cells: tuple[int, ...], hidden: set[Key], k: int) -> None:
    """No line may hold exactly one hidden figure: its total would give it away at once."""
    changed = True
    while changed:
        changed = False
        for parts, total in shape.lines:
            line = (*parts, total)
            if sum(1 for key in line if key in hidden) == 1:
                choice = _best(shape, cells, [key for key in line if key not in hidden], k)
                if choice is not None:
                    hidden.add(choice)
                    changed = True


def _best(shape: Layout, cells: tuple[int, ...], candidates: list[Key], k: int) -> Key | None:
    """The figure that hides a secret well at the least cost: an interior cell before a total, a figure
    the goal section does not report before one it does, then the smallest value of at least k (large
    enough to give a small one room), else the largest."""
    candidates = [key for key in candidates if key not in shape.structural]
    if not candidates:
        return None

    def preference(key: Key) -> tuple[object, ...]:
        value = shape.value(key, list(cells))
        roomy = value >= k
        return (len(shape.figures[key]) == 1, key not in shape.goals, roomy, -value if roomy else value, key)

    return max(candidates, key=preference)


def _partner(shape: Layout, cells: tuple[int, ...], hidden: set[Key], start: set[Key], k: int) -> Key | None:
    """The figure to hide next for a problem with the figures `start`: the best of them still published,
    else the best published figure on a line through them, else on a line through the hidden figures
    around them."""
    choice = _best(shape, cells, sorted(c for c in start if c not in hidden), k)
    if choice is not None:
        return choice
    reached, frontier = set(start), set(start)
    groups = [(*parts, total) for parts, total in shape.lines] + shape.near
    while frontier:
        around = {member for group in groups if frontier & set(group) for member in group}
        choice = _best(shape, cells, sorted(c for c in around if c not in hidden), k)
        if choice is not None:
            return choice
        frontier = around - reached
        reached |= frontier
    return None
