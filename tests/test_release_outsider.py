"""An outsider attacks the published annual figures: it reads only the released CSV files
(`aarsrapport-YYYY.csv`: year,table,row,column,value,revision,status; a hidden figure reads "–") and, with
its own integer programme (scipy's milp), works out the smallest and largest value every hidden figure, and
every change between two releases of the same year, can take.

The attacker knows only what the README says about the tables: row, column and grand totals; the margins the
tables share (new cases by level in the quarterly, district, age, gender and concern tables; consultations by
level in the channel and who-asked tables; closed cases by level in the quarterly table and the table of
closure reasons); new and closed cases are active in their quarter; the cases active
in a quarter are those active in the one before, less those closed then, plus the new; the level changes
(from x to) and the number of cases that moved down or up a level. Table shapes come from the CSV itself.

Two consequences of those facts go further than the README spells out, and an outsider uses them:

* per level, the stock-flow identity holds up to the cases that changed level: a case leaves or enters a
  level only by a level change, and every level change is counted in the year's transitions table;
* the identity also joins the last quarter of one year to the first quarter of the next, so the releases of
  two consecutive years can be read together.

The worlds are built with the command line only (in process). The true figures, used only to prove that the
attacker's model is sound (the truth is one of its solutions, so whatever it pins is really the value), are
the laptops' own payloads as `vinkdesk sync --dry-run` prints them before anything is sent. Nothing from
vinkdesk.sync or vinkdesk.reports is imported; vinkdesk.session / vinkdesk.domain only to add one case.

HiGHS's MILP presolve (scipy 1.17.1) has been seen to call a wrong value optimal; every narrow range, and
every bound that would clear a change, is solved again without it.

The demo data depend on the day they are made (`demo` is seeded, but relative to today), so the worlds differ
from day to day; every test must hold on any of them."""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from vinkdesk.cli import Console, main, resolve_home  # type: ignore[attr-defined]
from vinkdesk.vault.kdf import FLOOR  # only for the Console: fast key derivation

PASS = "Kaffe og kage 2026 lang"
TODAY = date.today()
YEAR = TODAY.year
K = 5
FP = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}")
HIDDEN = "–"
TOTAL = "total"
ORDER = ("green", "yellow", "red")  # rising concern: a move towards green is "down a level"
SHARED = (
    ("new_cases", "district", "age_band", "gender", "concern"),
    ("channel", "inquirer"),
    ("closed_cases", "closure_reason"),
)
PAYLOAD_TABLE = {  # the payload's table names (as `sync --dry-run` prints them) -> the CSV's
    "active_cases": "active_cases",
    "new_cases": "new_cases",
    "closed_cases": "closed_cases",
    "new_by_district": "district",
    "new_by_age_band": "age_band",
    "new_by_gender": "gender",
    "new_by_concern": "concern",
    "consultations_by_channel": "channel",
    "consultations_by_inquirer": "inquirer",
    "transitions": "transitions",
    "closed_by_reason": "closure_reason",
    "follow_ups_by_outcome": "follow_up",
}


# --- the command line, in process ---------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str


def cli(*argv: object) -> Run:
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"VINKDESK_PASSPHRASE": PASS}, out=out, err=err, kdf=FLOOR)
    code = main([str(a) for a in argv], console)
    return Run(code, out.getvalue(), err.getvalue())


def ok(run: Run) -> Run:
    assert run.code == 0, run
    return run


def refused(run: Run) -> bool:
    """One clear line on stderr and exit 1: no traceback, nothing 'unexpected'."""
    return (
        run.code == 1
        and run.err.count("\n") == 1
        and "Traceback" not in run.err
        and "unexpected" not in run.err
    )


def payloads(text: str) -> list[dict[str, Any]]:
    decoder, i, found = json.JSONDecoder(), 0, list[dict[str, Any]]()
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return found
        obj, i = decoder.raw_decode(text, i)
        found.append(obj)


# --- worlds -------------------------------------------------------------------------------------------------


@dataclass
class World:
    root: Path
    fingerprint: str = ""
    laptops: list[Path] = field(default_factory=list)
    truth: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # laptop -> period -> tables
    # a release's name -> its year, its folder and the true figures of its draft
    releases: dict[str, tuple[int, Path, dict[Key, int]]] = field(default_factory=dict)
    drafted: dict[int, dict[Key, int]] = field(default_factory=dict)  # year -> the true figures drafted
    runs: dict[str, Run] = field(default_factory=dict)

    @property
    def share(self) -> Path:
        return self.root / "share"

    @property
    def coord(self) -> Path:
        return self.root / "coord"

    @classmethod
    def new(cls, root: Path) -> World:
        world = cls(root)
        world.share.mkdir(parents=True)
        init = ok(
            cli("coordinator", "init", "--home", world.coord, "--share", world.share, "--name", "Enheden")
        )
        world.fingerprint = FP.findall(init.out)[0]
        return world

    def copy(self, root: Path) -> World:
        shutil.copytree(self.root, root, symlinks=True)
        clone = copy.deepcopy(self)
        clone.root = root
        clone.laptops = [root / lap.name for lap in self.laptops]
        return clone

    def sync(self, lap: Path, first: bool = False) -> None:
        dry = ok(cli("sync", "--home", lap, "--share", self.share, "--dry-run"))
        for payload in payloads(dry.out):
            self.truth.setdefault(lap.name, {})[payload["period"]] = payload["tables"]
        more = ("--confirm-coordinator", self.fingerprint) if first else ()
        ok(cli("sync", "--home", lap, "--share", self.share, *more))

    def laptop(self, seed: int, cases: int = 40) -> Path:
        lap = self.root / f"lap{len(self.laptops)}"
        ok(cli("demo", "--home", lap, "--cases", cases, "--seed", seed))
        device = ok(cli("sync", "--home", lap, "--show-device")).out.splitlines()[0].split()[-1]
        self.sync(lap, first=True)
        ok(
            cli(
                "coordinator",
                "enrol",
                "--home",
                self.coord,
                "--device",
                device,
                "--label",
                f"R{len(self.laptops)}",
            )
        )
        self.laptops.append(lap)
        return lap

    def draft(self, year: int, name: str, *more: object) -> tuple[Run, Path]:
        out = self.root / name
        run = cli(
            "aggregate", "--home", self.coord, "--share", self.share, "--year", year, "--out", out, *more
        )
        self.drafted[year] = self.true_figures(year)
        return run, out

    def release(self, year: int, name: str, *more: object) -> tuple[Run, Path]:
        """Releases the draft: the truth of a release is that of its draft."""
        out = self.root / name
        run = cli("coordinator", "release", "--home", self.coord, "--year", year, "--out", out, *more)
        if run.code == 0:
            self.releases[name] = (year, out, self.drafted.get(year, {}))
        return run, out

    def publish(self, year: int, name: str, *more: object) -> Run:
        ok(self.draft(year, f"draft-{name}")[0])
        return self.release(year, name, *more)[0]

    def pass_on(self, year: int, name: str) -> Run:
        """A draft that reaches a reader (the unit's steering group is shown it before the release): read
        from here on like a release, with the truth it was made from."""
        run, out = self.draft(year, name)
        if run.code == 0:
            self.releases[name] = (year, out, self.drafted[year])
        return run

    def again(self, year: int, name: str, *more: object) -> Run:
        """`coordinator release --again`: the files of the year's latest release written once more."""
        out = self.root / name
        return cli(
            "coordinator", "release", "--home", self.coord, "--year", year, "--out", out, "--again", *more
        )

    def latest(self, year: int, before: str | None = None) -> str | None:
        """The name of the year's latest release (not a draft passed on) made before `before`."""
        names = list(self.releases)
        names = names[: names.index(before)] if before in names else names
        found = [n for n in names if self.releases[n][0] == year and self.csv(n).status == "released"]
        return found[-1] if found else None

    def csv(self, name: str) -> Release:
        year, out, _ = self.releases[name]
        return parse(csv_of(out, year))

    def true_figures(self, year: int) -> dict[tuple[str, str, str], int]:
        """The year's figures summed from what the laptops sent, totals and level changes added."""
        cells: dict[tuple[str, str, str], int] = defaultdict(int)
        for periods in self.truth.values():
            for period, tables in periods.items():
                if not period.startswith(str(year)):
                    continue
                for name, table in tables.items():
                    for row, value in table.items():
                        if isinstance(value, dict):
                            for column, n in value.items():
                                cells[(PAYLOAD_TABLE[name], row, column)] += n
                        else:
                            cells[(PAYLOAD_TABLE[name], row, period)] += value
        return dict(cells)


def csv_of(out: Path, year: int) -> str:
    """The CSV in a folder of a release (or of a draft)."""
    found = sorted(out.glob(f"*-{year}.csv")) or sorted(out.glob(f"*-{year}-*.csv"))
    assert len(found) == 1, sorted(out.iterdir())
    return found[0].read_text("utf-8")


def add_red_case(lap: Path) -> None:
    """One new case opened today on this laptop, assessed red: +1 in this quarter's red figures."""
    from vinkdesk.domain import (
        AgeBand,
        ConcernType,
        District,
        Gender,
        Level,
        NewCase,
        ReferralSource,
        SubjectKind,
    )
    from vinkdesk.session import AssessmentRecord, Session

    session = Session.unlock(resolve_home(str(lap), {}), PASS)
    try:
        new = NewCase(
            SubjectKind.ANONYMOUS, District.VALBY, ConcernType.RIGHT_WING, ReferralSource.SCHOOL, Gender.MALE,
            age_band=AgeBand.AGE_15_17, opened_on=TODAY,
        )  # fmt: skip
        case = session.create_case(new)
        record = AssessmentRecord("prevention-triangle", 1, {"leakage": "present"}, None, [], [], Level.RED)
        session.save_assessment(case.id, record, at=datetime.now())
    finally:
        session.lock()


# --- the attacker -------------------------------------------------------------------------------------------

Key = tuple[str, str, str]
Combo = dict[int, float]  # a release, or a difference of releases: release index -> weight


@dataclass
class Release:
    year: int
    revision: str
    values: dict[Key, int | None]
    tables: dict[str, tuple[list[str], list[str]]]  # table -> rows, columns (as they appear)
    status: str = "released"  # "draft" on a draft

    @property
    def quarters(self) -> list[str]:
        return [c for c in self.tables["active_cases"][1] if c != TOTAL]

    @property
    def levels(self) -> list[str]:
        return [r for r in self.tables["active_cases"][0] if r != TOTAL]


def parse(text: str) -> Release:
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == ["year", "table", "row", "column", "value", "revision", "status"], (
        reader.fieldnames
    )
    values: dict[Key, int | None] = {}
    tables: dict[str, tuple[list[str], list[str]]] = {}
    years, revisions, statuses = set(), set(), set()
    for record in reader:
        statuses.add(record["status"])
        key = (record["table"], record["row"], record["column"])
        assert key not in values, f"{key} published twice"
        value = record["value"].strip()
        values[key] = None if value == HIDDEN else int(value)
        rows, columns = tables.setdefault(record["table"], ([], []))
        if record["row"] not in rows:
            rows.append(record["row"])
        if record["column"] not in columns:
            columns.append(record["column"])
        years.add(record["year"])
        revisions.add(record["revision"])
    assert len(years) == 1 and len(revisions) == 1, (years, revisions)
    assert statuses <= {"released", "draft"} and len(statuses) == 1, statuses
    for name in (
        "active_cases",
        "new_cases",
        "closed_cases",
        "transitions",
        "level_changes",
        *SHARED[0],
        *SHARED[1],
        *SHARED[2],
        "follow_up",
    ):
        assert name in tables, f"no table {name} in the CSV"
    return Release(int(years.pop()), revisions.pop(), values, tables, statuses.pop())


class Infeasible(Exception):
    pass


class Model:
    """One block of integer variables per release (every published position, hidden or not), with every
    relation the README states, per release and between releases (same year: every interior cell only grew;
    consecutive years, where `links` says so: the stock-flow identity across the new year).

    Two further relations an outsider may add:

    * `deltas`: what a revision added (a late laptop's own figures, or one case more) is itself a set of
      figures that obeys the same relations, per level too: the difference of two releases of a year is
      read as its own world, joined across the new year where both years were revised and linked;
    * `activity`: a level with no active case all year had no consultations at that level."""

    def __init__(
        self,
        releases: list[Release],
        *,
        stock_flow: bool = True,
        per_level: bool = True,
        links: Iterable[tuple[int, int]] = (),
        fixed: list[dict[Key, int]] | None = None,
        deltas: bool = False,
        activity: bool = False,
    ) -> None:
        self.releases = releases
        self.index: dict[Any, int] = {}
        for r, release in enumerate(releases):
            for key in release.values:
                self.index[(r, key)] = len(self.index)
        self.lower: list[float] = [0.0] * len(self.index)
        self.upper: list[float] = [math.inf] * len(self.index)
        self.rows: list[tuple[Mapping[int, float], float, float]] = []
        self.seen: list[np.ndarray] = []
        self.per_level = per_level
        links = list(links)
        for r, release in enumerate(releases):
            for key, value in release.values.items():
                if value is not None:
                    self.lower[self.index[(r, key)]] = self.upper[self.index[(r, key)]] = value
                if fixed is not None:  # the soundness check: every position at its true value
                    self.lower[self.index[(r, key)]] = self.upper[self.index[(r, key)]] = fixed[r][key]
            self._tables(r)
            if activity:
                self._activity(r)
        for r, release in enumerate(releases):
            steps: list[tuple[Combo, str, str]] = []
            if stock_flow:
                steps = [
                    ({r: 1.0}, a, b) for a, b in zip(release.quarters, release.quarters[1:], strict=False)
                ]
            for p, q in links:
                if q == r:
                    assert releases[p].year == release.year - 1
                    steps.append(({p: 1.0}, releases[p].quarters[-1], release.quarters[0]))
            self._flow({r: 1.0}, steps)
        for r, s in self.revisions():  # a later release of the same year: every interior cell only grew
            for key in releases[s].values:
                if key[1] != TOTAL and key[2] != TOTAL and (r, key) in self.index:
                    self.ge({self.var(s, key): 1, self.var(r, key): -1})
        if deltas and stock_flow:
            for r, s in self.revisions():
                added = {s: 1.0, r: -1.0}
                quarters = releases[s].quarters
                steps = [(added, a, b) for a, b in zip(quarters, quarters[1:], strict=False)]
                for p, q in links:  # last year revised too, both revisions linked: the added cases go on
                    for p2, q2 in links:
                        if q == r and q2 == s and (p, p2) in self.revisions():
                            steps.append(({p2: 1.0, p: -1.0}, releases[p].quarters[-1], quarters[0]))
                self._flow(added, steps)
        self._build()

    def revisions(self) -> list[tuple[int, int]]:
        """(earlier, later): each release and the release of the same year just before it."""
        pairs = []
        for s in range(1, len(self.releases)):
            earlier = [p for p in range(s) if self.releases[p].year == self.releases[s].year]
            if earlier:
                pairs.append((earlier[-1], s))
        return pairs

    # the programme

    def var(self, r: int, key: Key) -> int:
        return self.index[(r, key)]

    def aux(self, name: Any) -> int:
        self.index[name] = len(self.index)
        self.lower.append(0.0)
        self.upper.append(math.inf)
        return self.index[name]

    def eq(self, terms: Mapping[int, float]) -> None:
        self.rows.append((terms, 0.0, 0.0))

    def le(self, terms: Mapping[int, float]) -> None:
        self.rows.append((terms, -math.inf, 0.0))

    def ge(self, terms: Mapping[int, float]) -> None:
        self.rows.append((terms, 0.0, math.inf))

    def _tables(self, r: int) -> None:
        release = self.releases[r]

        def v(*key: str) -> int:
            return self.var(r, key)  # type: ignore[arg-type]

        for name, (rows, columns) in release.tables.items():
            inner_rows = [x for x in rows if x != TOTAL]
            inner_columns = [x for x in columns if x != TOTAL]
            if TOTAL in columns:
                for row in rows:
                    self.eq({**{v(name, row, c): 1 for c in inner_columns}, v(name, row, TOTAL): -1})
            if TOTAL in rows:
                for column in columns:
                    self.eq({**{v(name, x, column): 1 for x in inner_rows}, v(name, TOTAL, column): -1})
        for group in SHARED:  # shared margins: the level totals of one table are those of the others
            for name in group[1:]:
                for row in release.tables[group[0]][0]:
                    self.eq({v(group[0], row, TOTAL): 1, v(name, row, TOTAL): -1})
        for row in release.tables["active_cases"][0]:  # new and closed cases are active in their quarter
            for quarter in release.quarters:
                for name in ("new_cases", "closed_cases"):
                    self.le({v(name, row, quarter): 1, v("active_cases", row, quarter): -1})
        rank = {level: i for i, level in enumerate(ORDER)}
        rows, columns = release.tables["transitions"]
        moves = [(f, t) for f in rows for t in columns if f in rank and t in rank]
        column = release.tables["level_changes"][1][0]
        for name, sign in (("down", -1), ("up", 1)):
            cells = {v("transitions", f, t): 1 for f, t in moves if (rank[t] - rank[f]) * sign > 0}
            self.eq({**cells, v("level_changes", name, column): -1})

    def terms(
        self, combo: Combo, key: Key, sign: float = 1.0, into: dict[int, float] | None = None
    ) -> dict[int, float]:
        """sign * (the combination of releases `combo`) at position `key`, added to `into`."""
        out = {} if into is None else into
        for r, w in combo.items():
            i = self.var(r, key)
            out[i] = out.get(i, 0.0) + sign * w
        return out

    def _flow(self, b: Combo, steps: list[tuple[Combo, str, str]]) -> None:
        """active[b] = active[a] - closed[a] + new[b] for all cases; per level the same, up to the cases that
        entered (left) the level in quarter b, which are at most the level changes into (out of) it that the
        transitions table of b's year counts. `b` (and each step's a) is a release or a difference of two."""
        release = self.releases[next(iter(b))]
        entered: dict[str, list[int]] = defaultdict(list)
        left: dict[str, list[int]] = defaultdict(list)
        for a, qa, qb in steps:
            for level in [TOTAL, *release.levels] if self.per_level else [TOTAL]:
                terms = self.terms(b, ("active_cases", level, qb))
                self.terms(a, ("active_cases", level, qa), -1, terms)
                self.terms(a, ("closed_cases", level, qa), 1, terms)
                self.terms(b, ("new_cases", level, qb), -1, terms)
                if level != TOTAL:
                    entered[level].append(into := self.aux(("into", len(self.index))))
                    left[level].append(out := self.aux(("out", len(self.index))))
                    terms.update({into: -1, out: 1})
                self.eq(terms)
        rows, columns = release.tables["transitions"]
        for level in entered:
            moved_in: dict[int, float] = {i: 1 for i in entered[level]}
            for f in rows:
                if f not in (TOTAL, level):
                    self.terms(b, ("transitions", f, level), -1, moved_in)
            moved_out: dict[int, float] = {o: 1 for o in left[level]}
            for t in columns:
                if t not in (TOTAL, level):
                    self.terms(b, ("transitions", level, t), -1, moved_out)
            self.le(moved_in)
            self.le(moved_out)

    def _activity(self, r: int) -> None:
        """consultations at a level <= (many) * the cases active at it in the year's quarters."""
        release = self.releases[r]
        total = release.values.get(("channel", TOTAL, TOTAL))
        many = float(total) if total is not None else 1e5
        for level in release.levels:
            active = {self.var(r, ("active_cases", level, q)): -many for q in release.quarters}
            self.le({self.var(r, ("channel", level, TOTAL)): 1, **active})

    def _build(self) -> None:
        n = len(self.index)
        data: list[float] = []
        rows: list[int] = []
        cols: list[int] = []
        for k, (terms, _, _) in enumerate(self.rows):
            for i, c in terms.items():
                rows.append(k)
                cols.append(i)
                data.append(c)
        lo = [low for _, low, _ in self.rows]
        hi = [high for _, _, high in self.rows]
        matrix = coo_matrix((data, (rows, cols)), shape=(len(self.rows), n)).tocsr()
        self.constraints = LinearConstraint(matrix, lo, hi)
        self.bounds = Bounds(self.lower, self.upper)
        self.integrality = np.ones(n)
        self.n = n

    # solving

    def _solve(self, c: np.ndarray, presolve: bool = True) -> Any:
        result = milp(c, constraints=self.constraints, bounds=self.bounds, integrality=self.integrality,
                      options={"time_limit": 30, "disp": False, "presolve": presolve})  # fmt: skip
        if result.status == 2 and presolve:  # presolve has called feasible models infeasible too
            return self._solve(c, presolve=False)
        if result.status == 2:
            raise Infeasible(result.message)
        if result.x is not None:
            self.seen.append(np.round(result.x))
        return result

    def feasible(self) -> bool:
        try:
            return bool(self._solve(np.zeros(self.n)).status == 0)
        except Infeasible:
            return False

    def minimum(self, c: np.ndarray, presolve: bool = True) -> float:
        """A proven lower bound of c.x: the optimum, or the ceiling of the dual bound if not proven."""
        result = self._solve(c, presolve)
        if result.status == 0:
            return float(round(result.fun))
        if result.status in (3, 4) or result.mip_dual_bound is None:  # unbounded (the model is feasible)
            return -math.inf
        return float(math.ceil(result.mip_dual_bound - 1e-6))

    def spread(self, rounds: int = 10, seed: int = 7) -> None:
        """Solutions in random directions (and in random directions of change), so that most positions are
        shown to be wide without solving for each."""
        rng = np.random.default_rng(seed)
        for _ in range(rounds):
            c = rng.normal(size=self.n)
            self._solve(c), self._solve(-c)
        for r, s in self.pairs():
            for _ in range(rounds // 2):
                c = np.zeros(self.n)
                for key in self.releases[s].values:
                    g = rng.random()
                    c[self.var(s, key)] += g
                    c[self.var(r, key)] -= g
                self._solve(c), self._solve(-c)

    def pairs(self) -> list[tuple[int, int]]:
        n = len(self.releases)
        return [
            (r, s)
            for r in range(n)
            for s in range(r + 1, n)
            if self.releases[r].year == self.releases[s].year
        ]

    def range_of(self, terms: dict[int, float], wide: float, change: bool = False) -> tuple[float, float]:
        """[min, max] of sum(w x); a range already seen to be `wide` or wider is not solved further, nor the
        maximum of a change that is at least k (nothing small to learn about it then)."""
        c = np.zeros(self.n)
        for i, w in terms.items():
            c[i] += w
        if self.seen:
            values = [float(c @ x) for x in self.seen]
            if max(values) - min(values) >= wide:
                return round(min(values)), round(max(values))
        # HiGHS's MILP presolve has called a value optimal that was not (scipy 1.17.1): a bound it gives
        # that would count, or a narrow range, is solved again without it.
        low = self.minimum(c)
        if change and low >= K:
            low = self.minimum(c, presolve=False)
            if low >= K:
                return low, math.inf
        high = -self.minimum(-c)
        if high - low < wide:
            low, high = self.minimum(c, presolve=False), -self.minimum(-c, presolve=False)
            if change and low >= K:
                return low, math.inf
        return low, high


@dataclass(frozen=True)
class Finding:
    what: str  # "hidden" | "published" | "change"
    releases: tuple[int, ...]  # indexes into the releases read
    names: tuple[str, ...]  # those releases as year/revision
    key: Key
    low: float
    high: float
    shown: tuple[int | None, ...] = ()

    def __str__(self) -> str:
        where = "/".join(self.key)
        revs = " -> ".join(self.names)
        if self.what == "published":
            return f"{revs} publishes {where} = {self.low:g}"
        if self.what == "hidden":
            return f"{revs} hidden {where} lies in [{self.low:g}, {self.high:g}]"
        return f"change {revs} of {where} lies in [{self.low:g}, {self.high:g}] (shown {self.shown})"


def small_change(low: float, high: float) -> bool:
    """Pinned to, or confined in fewer than k values that include, a change of 1..k-1 either way."""
    return high - low < K - 1 and any(1 <= abs(d) <= K - 1 for d in range(int(low), int(high) + 1))


def attack(model: Model) -> list[Finding]:
    """Every hidden figure confined to fewer than k values, every published 1..k-1, every change between two
    releases of the same year pinned to (or confined in fewer than k values around) 1..k-1 either way."""
    releases = model.releases

    def label(r: int) -> tuple[str]:
        draft = " (draft)" if releases[r].status == "draft" else ""
        return (f"{releases[r].year} revision {releases[r].revision}{draft}",)

    model.spread()
    found = []
    for r, release in enumerate(releases):
        for key, value in release.values.items():
            if value is None:
                low, high = model.range_of({model.var(r, key): 1}, wide=K - 1)
                if high - low < K - 1:
                    found.append(Finding("hidden", (r,), label(r), key, low, high))
            elif 1 <= value <= K - 1:
                found.append(Finding("published", (r,), label(r), key, value, value))
    for r, s in model.pairs():
        for key in releases[s].values:
            if key not in releases[r].values:
                continue
            before, after = releases[r].values[key], releases[s].values[key]
            if before is not None and after is not None:
                low = high = after - before
            else:
                terms = {model.var(s, key): 1.0, model.var(r, key): -1.0}
                low, high = model.range_of(terms, wide=K - 1, change=True)
            if small_change(low, high):
                found.append(Finding("change", (r, s), label(r) + label(s), key, low, high, (before, after)))
    return found


def model_for(releases: list[Release], **options: Any) -> tuple[Model, str]:
    """The full model; the stock-flow identity is dropped only if the published figures contradict it."""
    model = Model(releases, **options)
    if model.feasible():
        return model, ""
    model = Model(releases, **{**options, "stock_flow": False, "links": ()})
    assert model.feasible(), "the published figures contradict the README's totals and margins"
    return model, "stock-flow identity dropped: the published figures contradict it"


def verdict(findings: list[Finding], note: str = "", diagnosis: str = "") -> str:
    lines = [str(f) for f in findings]
    return "\n".join([f"{len(findings)} finding(s) {note}", *lines[:40], diagnosis])


def diagnose(releases: list[Release], links: Iterable[tuple[int, int]] = ()) -> str:
    """Which relation recovers it: the same attack without the per-level flow (the program's own model?)."""
    model, _ = model_for(releases, per_level=False, links=links)
    plain = attack(model)
    return f"without the per-level stock-flow the attacker finds {len(plain)}: " + "; ".join(
        map(str, plain[:8])
    )


def check_truth(
    world: World, names: list[str], links: Iterable[tuple[int, int]] = (), **options: Any
) -> None:
    """The attacker's model is sound: the real figures (from the laptops' payloads) are one of its solutions,
    and every published figure is the real one."""
    releases = [world.csv(name) for name in names]
    truths = [world.releases[name][2] for name in names]
    full = []
    for release, truth in zip(releases, truths, strict=True):
        cells = {key: truth.get(key, 0) for key in release.values if TOTAL not in key[1:]}
        full.append(complete(release, cells))
        wrong = [(k, v, full[-1][k]) for k, v in release.values.items() if v is not None and v != full[-1][k]]
        assert not wrong, f"published figures that are not the laptops' sums: {wrong[:5]}"
    assert Model(releases, links=links, fixed=full, **options).feasible(), (
        "the attacker's relations do not hold in reality"
    )


def complete(release: Release, cells: dict[Key, int]) -> dict[Key, int]:
    """Interior cells -> every position: totals and the level-change sums."""
    out = dict(cells)
    for name, (rows, columns) in release.tables.items():
        if name == "level_changes":
            continue
        for row in rows:
            for column in columns:
                if row == TOTAL or column == TOTAL:
                    out[(name, row, column)] = sum(
                        cells.get((name, x, y), 0)
                        for x in rows if x != TOTAL and (row == TOTAL or x == row)
                        for y in columns if y != TOTAL and (column == TOTAL or y == column)
                    )  # fmt: skip
    rank = {level: i for i, level in enumerate(ORDER)}
    column = release.tables["level_changes"][1][0]
    moves = [(f, t) for f in rank for t in rank]
    out[("level_changes", "down", column)] = sum(
        cells.get(("transitions", f, t), 0) for f, t in moves if rank[t] < rank[f]
    )
    out[("level_changes", "up", column)] = sum(
        cells.get(("transitions", f, t), 0) for f, t in moves if rank[t] > rank[f]
    )
    return out


def truths(world: World, names: list[str]) -> list[dict[Key, int]]:
    """Every position of each release read, at its true value (from the payloads)."""
    out = []
    for name in names:
        release, truth = world.csv(name), world.releases[name][2]
        out.append(complete(release, {k: truth.get(k, 0) for k in release.values if TOTAL not in k[1:]}))
    return out


def evidence(world: World, names: list[str], findings: list[Finding]) -> str:
    """Each finding with the true value(s) beside it: what the attacker confined is really there."""
    real = truths(world, names)
    lines = []
    for f in findings[:40]:
        values = [real[r][f.key] for r in f.releases]
        truth = values[0] if f.what != "change" else f"{values[1] - values[0]} ({values[0]} -> {values[1]})"
        lines.append(f"{f}; truth {truth}")
    return "\n".join([f"{len(findings)} finding(s)", *lines])


ALONE: dict[tuple[str, str], list[Finding]] = {}


def alone(world: World, name: str) -> list[Finding]:
    """What one release (or a draft passed on) gives away on its own, to the full attacker."""
    if (str(world.root), name) not in ALONE:
        model, _ = model_for([world.csv(name)], activity=True)
        ALONE[(str(world.root), name)] = attack(model)
    return ALONE[(str(world.root), name)]


TOGETHER: dict[tuple[str, tuple[str, ...]], tuple[list[Finding], str]] = {}


def read_together(
    world: World, names: list[str], links: list[tuple[int, int]], known: Iterable[list[str]] = ()
) -> tuple[list[Finding], str]:
    """The releases read together by the full attacker (revisions read as their own worlds, the activity
    relation): the findings beyond what each gives away on its own (counted by its own test), and beyond
    what fewer of them, read together before (`known`, each read with the links among its releases), give
    away."""
    if (str(world.root), tuple(names)) not in TOGETHER:
        check_truth(world, names, links, deltas=True, activity=True)
        model, note = model_for([world.csv(n) for n in names], links=links, deltas=True, activity=True)
        singles = {(r, f.key) for r, name in enumerate(names) for f in alone(world, name)}
        found = [f for f in attack(model) if f.what == "change" or (f.releases[0], f.key) not in singles]
        TOGETHER[(str(world.root), tuple(names))] = found, note
    found, note = TOGETHER[(str(world.root), tuple(names))]

    def named(f: Finding, order: list[str]) -> tuple[str, tuple[str, ...], Key]:
        return f.what, tuple(order[r] for r in f.releases), f.key

    seen = set()
    for fewer in known:
        at = {n: i for i, n in enumerate(fewer)}
        sub = [(at[names[p]], at[names[q]]) for p, q in links if names[p] in at and names[q] in at]
        seen |= {named(f, fewer) for f in read_together(world, fewer, sub)[0]}
    return [f for f in found if named(f, names) not in seen], note


# --- the worlds, each built once ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("release-outsider")


@pytest.fixture(scope="module")
def one(root: Path) -> World:
    """One laptop: last year released (accepting the risk), this year refused without, then released with."""
    one = World.new(root / "one")
    one.laptop(11)
    ok(one.draft(YEAR - 1, "draft-prev")[0])
    ok(one.release(YEAR - 1, "prev", "--accept-few-laptops")[0])
    one.runs["draft"] = ok(one.draft(YEAR, "draft")[0])
    one.runs["few"] = one.release(YEAR, "few")[0]
    ok(one.release(YEAR, "r1", "--accept-few-laptops")[0])
    return one


@pytest.fixture(scope="module")
def three(root: Path) -> World:
    """Three laptops: last year released, then this year's release 1."""
    three = World.new(root / "three")
    for seed in (21, 22, 23):
        three.laptop(seed)
    ok(three.publish(YEAR - 1, "prev"))
    three.runs["draft"] = ok(three.draft(YEAR, "draft")[0])
    three.runs["r1"] = ok(three.release(YEAR, "r1")[0])
    three.runs["no-draft"], _ = three.release(YEAR - 2, "no-draft")
    return three


@pytest.fixture(scope="module")
def thirty(root: Path) -> World:
    thirty = World.new(root / "thirty")
    for seed in range(31, 61):
        thirty.laptop(seed)
    ok(thirty.publish(YEAR, "r1"))
    return thirty


@pytest.fixture(scope="module")
def late(root: Path, three: World) -> World:
    """Release 1 from three laptops, then a late fourth laptop: revision 2."""
    late = three.copy(root / "late")
    late.laptop(24)
    late.runs["draft"], _ = late.draft(YEAR, "draft-r2")
    late.runs["r2"], _ = late.release(YEAR, "r2")
    late.runs["releases"] = cli("coordinator", "releases", "--home", late.coord)
    return late


@pytest.fixture(scope="module")
def chain(root: Path, late: World) -> World:
    """... and then one red case more on the third laptop: revision 3."""
    chain = late.copy(root / "chain")
    add_red_case(chain.laptops[2])
    chain.sync(chain.laptops[2])
    chain.runs["draft"], _ = chain.draft(YEAR, "draft-r3")
    chain.runs["r3"], _ = chain.release(YEAR, "r3")
    return chain


def with_red_case(world: World, root: Path) -> World:
    """Release 1, then one case opened today and assessed red on the first laptop, synced: revision 2."""
    red = world.copy(root)
    add_red_case(red.laptops[0])
    red.sync(red.laptops[0])
    red.runs["draft"], _ = red.draft(YEAR, "draft-r2")
    red.runs["r2"], _ = red.release(YEAR, "r2")
    return red


@pytest.fixture(scope="module")
def red(root: Path, three: World) -> World:
    return with_red_case(three, root / "red")


@pytest.fixture(scope="module")
def red30(root: Path, thirty: World) -> World:
    return with_red_case(thirty, root / "red30")


@pytest.fixture(scope="module")
def frozen(root: Path, three: World) -> World:
    """After release 1: a revision draft asking for k=2; an English draft; a red case synced after it; the
    release of that draft in English."""
    frozen = three.copy(root / "frozen")
    frozen.runs["k2"], _ = frozen.draft(YEAR, "draft-k2", "--k", 2)
    frozen.runs["draft"], _ = frozen.draft(YEAR, "draft-en", "--language", "en")
    add_red_case(frozen.laptops[1])
    frozen.sync(frozen.laptops[1])
    frozen.runs["r2"], _ = frozen.release(YEAR, "r2-en", "--language", "en")
    return frozen


@pytest.fixture(scope="module")
def empty(root: Path) -> World:
    """A coordinator with no draft at all."""
    empty = World.new(root / "empty")
    empty.runs["release"], _ = empty.release(YEAR, "r1", "--accept-few-laptops")
    return empty


@pytest.fixture(scope="module")
def lastrev(root: Path, three: World) -> World:
    """Last year and this year released from three laptops; then a late fourth laptop's files arrive (every
    quarter since its first case). A draft of this year is made and shown to the steering group ("early");
    one case more is opened today and assessed red; last year is revised (revision 2), which must drop
    this year's draft ("stale"); this year's release 1 is written again (--again); then this year is
    revised (revision 2)."""
    w = three.copy(root / "lastrev")
    w.laptop(24)
    w.runs["early"] = w.pass_on(YEAR, "early")
    add_red_case(w.laptops[0])
    w.sync(w.laptops[0])
    w.runs["draft-prev2"], _ = w.draft(YEAR - 1, "draft-prev2")
    w.runs["prev2"], _ = w.release(YEAR - 1, "prev2")
    w.runs["stale"], _ = w.release(YEAR, "stale")
    w.runs["again"] = w.again(YEAR, "again-r1")
    w.runs["draft-r2"], _ = w.draft(YEAR, "draft-r2")
    w.runs["r2"], _ = w.release(YEAR, "r2")
    return w


@pytest.fixture(scope="module")
def years(root: Path) -> World:
    """Three laptops; the year before last, last year and this year released, in that order (the year before
    last with --accept-few-laptops: the demo's first cases are less than two years old)."""
    w = World.new(root / "years")
    for seed in (21, 22, 23):
        w.laptop(seed)
    for year, name, more in (
        (YEAR - 2, "old", ("--accept-few-laptops",)),
        (YEAR - 1, "prev", ()),
        (YEAR, "r1", ()),
    ):
        w.runs[f"draft-{name}"], _ = w.draft(year, f"draft-{name}")
        if w.runs[f"draft-{name}"].code == 0:
            w.runs[name], _ = w.release(year, name, *more)
    return w


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


# --- 0. the attacker is sound -------------------------------------------------------------------------------

SOUND = {  # world, releases read together, links across the new year
    "one": (["prev", "r1"], [(0, 1)]),
    "three": (["prev", "r1"], [(0, 1)]),
    "thirty": (["r1"], []),
    "late": (["r1", "r2"], []),
    "chain": (["r1", "r2", "r3"], []),
    "red": (["r1", "r2"], []),
    "red30": (["r1", "r2"], []),
    "frozen": (["r1", "r2-en"], []),
}


@pytest.mark.parametrize("name", SOUND)
def test_the_attackers_model_holds_for_the_real_figures(request: pytest.FixtureRequest, name: str) -> None:
    world = request.getfixturevalue(name)
    names, links = SOUND[name]
    names = [n for n in names if n in world.releases]
    check_truth(world, names, links)


# --- 1. one release -----------------------------------------------------------------------------------------

# Found before the audit modelled it (per-level flow: a case enters or leaves a level only by a level change,
# and every change is counted in the transitions table): one laptop's release confined four Q4 figures to two
# values each.


@pytest.mark.parametrize("name", ["one", "three", "thirty"])
def test_a_release_leaves_every_hidden_figure_k_values(request: pytest.FixtureRequest, name: str) -> None:
    world = request.getfixturevalue(name)
    release = world.csv("r1")
    assert release.year == YEAR and release.revision == "1"
    model, note = model_for([release])
    findings = attack(model)
    assert not findings, verdict(findings, note, diagnose([release]) if findings else "")


@pytest.mark.parametrize("name", ["one", "three", "thirty"])
def test_no_published_figure_is_between_1_and_k(request: pytest.FixtureRequest, name: str) -> None:
    world = request.getfixturevalue(name)
    small = [
        (n, key, v) for n in world.releases for key, v in world.csv(n).values.items() if v and 1 <= v < K
    ]
    assert not small


# --- 1b. two consecutive years ------------------------------------------------------------------------------

# Found before the audit read last year's releases: joined by the flow from last year's Q4 into this year's
# Q1, one laptop's two releases confined 35 figures (29 yellow new-case figures to [0, 2]); three laptops' 10.


@pytest.mark.parametrize("name", ["one", "three"])
def test_the_previous_years_release_gives_nothing_away(request: pytest.FixtureRequest, name: str) -> None:
    """The coordinator released last year's report (same laptops) and then this year's: read together."""
    world = request.getfixturevalue(name)
    releases = [world.csv("prev"), world.csv("r1")]
    model, note = model_for(releases, links=[(0, 1)])
    findings = [f for f in attack(model) if f.what != "published"]
    alone = set()
    for r, release in enumerate(releases):  # what each release gives away on its own is counted above
        single, _ = model_for([release])
        alone |= {(r, f.key) for f in attack(single)}
    new = [f for f in findings if (f.releases[0], f.key) not in alone]
    assert not new, verdict(new, note, diagnose(releases, links=[(0, 1)]))


# --- 2. a revision after a late laptop ----------------------------------------------------------------------


def test_a_late_laptops_revision_is_released_as_revision_2(late: World) -> None:
    assert late.runs["draft"].code == 0, late.runs["draft"]
    if late.runs["r2"].code != 0:
        assert refused(late.runs["r2"]), late.runs["r2"]
        pytest.skip(f"the revision was refused: {late.runs['r2'].err.strip()}")
    assert late.csv("r1").revision == "1" and late.csv("r2").revision == "2"
    listed = [line for line in late.runs["releases"].out.splitlines() if line.startswith(str(YEAR))]
    assert len(listed) == 2, late.runs["releases"].out


def test_subtracting_a_late_laptops_revision_gives_nothing_away(late: World) -> None:
    if "r2" not in late.releases:
        assert refused(late.runs["r2"]), late.runs["r2"]
        return
    releases = [late.csv("r1"), late.csv("r2")]
    model, note = model_for(releases)
    findings = attack(model)
    assert not findings, verdict(findings, note, diagnose(releases))


def test_subtracting_three_releases_gives_nothing_away(chain: World) -> None:
    """Release 1 (three laptops), revision 2 (a late fourth laptop), revision 3 (one red case more)."""
    if "r3" not in chain.releases:
        assert refused(chain.runs["r3"]), chain.runs["r3"]
        return
    releases = [chain.csv(name) for name in ("r1", "r2", "r3")]
    assert [r.revision for r in releases] == ["1", "2", "3"]
    model, note = model_for(releases)
    findings = attack(model)
    assert not findings, verdict(findings, note, diagnose(releases))


# --- 3. a revision after one red case -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["red", "red30"])
def test_one_red_case_more_cannot_be_read_off_the_revision(request: pytest.FixtureRequest, name: str) -> None:
    world = request.getfixturevalue(name)
    assert world.runs["draft"].code == 0, world.runs["draft"]
    release = world.runs["r2"]
    if release.code != 0:  # refusing is fine, with a reason, and nothing written
        assert refused(release) and len(release.err.strip()) > 30, release
        assert files(world.root / "r2") == set(), files(world.root / "r2")
        return
    releases = [world.csv("r1"), world.csv("r2")]
    assert releases[1].revision == "2"
    model, note = model_for(releases)
    red = ("new_cases", "red", TOTAL)
    red_new = model.range_of({model.var(1, red): 1.0, model.var(0, red): -1.0}, wide=K - 1, change=True)
    assert not small_change(*red_new), f"the red new-cases total grew by {red_new}"
    findings = attack(model)
    pinned = [f for f in findings if f.what == "change" and f.low == f.high == 1]
    assert not pinned and not findings, verdict(findings, note, diagnose(releases))


# --- 4. what else an outsider tries -------------------------------------------------------------------------


def test_fewer_than_three_laptops_are_refused_naming_the_risk(one: World) -> None:
    run = one.runs["few"]
    assert refused(run), run
    assert "--accept-few-laptops" in run.err and re.search(r"fewer than (3|three)", run.err), run.err
    assert re.search(r"caseload|stand out|hidden figures", run.err), run.err
    assert files(one.root / "few") == set()
    assert "Warning" in one.runs["draft"].out and "--accept-few-laptops" in one.runs["draft"].out


def test_a_release_needs_a_draft(empty: World, three: World) -> None:
    for run, out in ((empty.runs["release"], empty.root / "r1"),
                     (three.runs["no-draft"], three.root / "no-draft")):  # fmt: skip
        assert refused(run), run
        assert "aggregate" in run.err and "draft" in run.err.lower(), run.err
        assert files(out) == set()


def test_a_draft_is_named_and_marked_as_a_draft(three: World, frozen: World) -> None:
    assert files(three.root / "draft") == {f"aarsrapport-{YEAR}-udkast.pdf", f"aarsrapport-{YEAR}-udkast.csv"}
    assert files(three.root / "r1") == {f"aarsrapport-{YEAR}.pdf", f"aarsrapport-{YEAR}.csv"}
    pages = pdf_pages(three.root / "draft" / f"aarsrapport-{YEAR}-udkast.pdf")
    assert pages and all(re.search("udkast|draft", page, re.I) for page in pages)
    released = pdf_pages(three.root / "r1" / f"aarsrapport-{YEAR}.pdf")
    assert not any(re.search("udkast|draft", page, re.I) for page in released)
    # released some time between this module's import and now: a run across midnight sees either day
    days = "|".join(sorted({f"{TODAY:%d.%m.%Y}", f"{date.today():%d.%m.%Y}"}))
    assert re.search(rf"Udgivelse 1 for {YEAR}, udgivet ({days})\.", released[0]), released[0][:300]
    english = frozen
    assert files(english.root / "draft-en") == {
        f"annual-report-{YEAR}-draft.pdf",
        f"annual-report-{YEAR}-draft.csv",
    }
    pages = pdf_pages(english.root / "draft-en" / f"annual-report-{YEAR}-draft.pdf")
    assert pages and all("DRAFT" in page.upper() for page in pages)
    if "r2-en" in english.releases:
        assert files(english.root / "r2-en") == {f"annual-report-{YEAR}.pdf", f"annual-report-{YEAR}.csv"}
        assert not any(
            "DRAFT" in page.upper()
            for page in pdf_pages(english.root / "r2-en" / f"annual-report-{YEAR}.pdf")
        )


def test_a_draft_csv_says_it_is_a_draft(three: World) -> None:
    """A draft passed on or renamed must not read as the published figures: every line says which it is."""
    draft = list(
        csv.DictReader(io.StringIO((three.root / "draft" / f"aarsrapport-{YEAR}-udkast.csv").read_text()))
    )
    published = list(csv.DictReader(io.StringIO(csv_of(three.root / "r1", YEAR))))
    assert draft and {line["status"] for line in draft} == {"draft"}
    assert published and {line["status"] for line in published} == {"released"}


def test_a_revision_keeps_k_whatever_the_draft_asks(frozen: World) -> None:
    run = frozen.runs["k2"]
    if run.code != 0:
        assert refused(run) and "k = 5" in run.err, run
        assert files(frozen.root / "draft-k2") == set()
        return
    (draft_file,) = (frozen.root / "draft-k2").glob("*.csv")
    draft = parse(draft_file.read_text("utf-8"))
    assert not [key for key, v in draft.values.items() if v and 1 <= v < K], (
        "a revision draft with --k 2 shows 1..4"
    )


def test_the_release_is_the_draft_that_was_audited(frozen: World) -> None:
    """A red case synced after the draft: the release publishes the draft (or refuses), never unaudited
    sums."""
    run = frozen.runs["r2"]
    if run.code != 0:
        assert refused(run), run
        return
    draft = parse((frozen.root / "draft-en" / f"annual-report-{YEAR}-draft.csv").read_text("utf-8"))
    assert frozen.csv("r2-en").values == draft.values
    releases = [frozen.csv("r1"), frozen.csv("r2-en")]
    model, note = model_for(releases)
    findings = attack(model)
    assert not findings, verdict(findings, note)


GOALS_DA = {  # the goal section's rows (Danish), in order, and the CSV position each one reports
    "1. Færre radikaliserede borgere": [
        ("Aktive ved årets udgang", "active_cases", "red", "last"),
        ("Nye i året", "new_cases", "red", TOTAL),
        ("Afsluttede i året", "closed_cases", "red", TOTAL),
    ],
    "2. Færre borgere i risiko for radikalisering": [
        ("Aktive ved årets udgang", "active_cases", "yellow", "last"),
        ("Nye i året", "new_cases", "yellow", TOTAL),
        ("Afsluttede i året", "closed_cases", "yellow", TOTAL),
    ],
    "3. Mere aktivt medborgerskab": [
        ("Lærer", "inquirer", "green", "teacher"),
        ("Socialrådgiver", "inquirer", "green", "social-worker"),
        ("Klubmedarbejder", "inquirer", "green", "club-worker"),
        ("Forælder", "inquirer", "green", "parent"),
        ("Politi", "inquirer", "green", "police"),
        ("Sundhedsmedarbejder", "inquirer", "green", "health"),
        ("Andet", "inquirer", "green", "other"),
        ("Samtaler på grønt niveau i alt", "inquirer", "green", TOTAL),
    ],
    "4. Mere tryghed": [
        ("Gik et niveau ned", "level_changes", "down", "first"),
        ("Afsluttede sager (alle niveauer)", "closed_cases", TOTAL, TOTAL),
        ("Gik et niveau op", "level_changes", "up", "first"),
    ],
}


def figure(release: Release | None, table: str, row: str, column: str) -> str:
    if release is None:
        return ""
    column = {"last": release.quarters[-1], "first": release.tables[table][1][0]}.get(column, column)
    value = release.values[(table, row, column)]
    return HIDDEN if value is None else str(value)


@pytest.mark.parametrize(
    "name,release",
    [
        ("one", "r1"),
        ("three", "r1"),
        ("late", "r2"),
        ("chain", "r3"),
        ("lastrev", "prev2"),
        ("lastrev", "r2"),
        ("years", "prev"),
        ("years", "r1"),
    ],
)
def test_the_pdfs_goal_section_shows_no_figure_the_csv_hides(
    request: pytest.FixtureRequest, name: str, release: str
) -> None:
    """The PDF opens with the four goals, this year against last year's release, and the change: every figure
    there is the CSV's (hidden where the CSV hides it), and a change only where both years are published."""
    world = request.getfixturevalue(name)
    if release not in world.releases:
        pytest.skip(f"{name} has no release {release}")
    year, out, _ = world.releases[release]
    before = world.latest(year - 1, before=release)  # the year before as it stood at this release
    this, last = world.csv(release), world.csv(before) if before else None
    lines = [
        line.strip() for page in pdf_pages(out / f"aarsrapport-{year}.pdf") for line in page.splitlines()
    ]
    for heading, rows in GOALS_DA.items():
        at = lines.index(heading)
        for label, table, row, column in rows:
            at = lines.index(label, at + 1)
            shown: list[str] = []
            while re.fullmatch(r"[–+−]?\d+|–", lines[at + 1 + len(shown)]):
                shown.append(lines[at + 1 + len(shown)])
            now, before = figure(this, table, row, column), figure(last, table, row, column)
            assert shown[:1] == [now], (heading, label, shown, now)
            if last is not None:
                assert shown[1:2] == [before], (heading, label, shown, before)
                if HIDDEN in (now, before):
                    assert not [x for x in shown[2:] if x != HIDDEN], (heading, label, shown)
                else:
                    change = int(now) - int(before)
                    text = "0" if change == 0 else f"{'+' if change > 0 else '−'}{abs(change)}"
                    assert shown[2:3] == [text], (heading, label, shown, text)


# --- 5. years and revisions read together, by an attacker who also reads what a revision added -------------

# Every test here reads with the full attacker: the README's relations, the per-level flow, the link across
# the new year where both releases come from the same laptops, what a revision added read as its own world
# (it obeys the same relations), and "no active case at a level all year, no consultations at it". Findings
# that a single release gives away on its own are left to the first test, so each test names what its
# scenario adds.

MORE = {  # world, releases (and drafts passed on) read together, links across the new year
    "one": (["prev", "r1"], [(0, 1)]),
    "three": (["prev", "r1"], [(0, 1)]),
    "late": (["prev", "r1", "r2"], [(0, 1)]),
    "chain": (["prev", "r1", "r2", "r3"], [(0, 1)]),
    "red": (["prev", "r1", "r2"], [(0, 1), (0, 2)]),
    "frozen": (["prev", "r1", "r2-en"], [(0, 1), (0, 2)]),
    "lastrev": (["prev", "prev2", "r1", "early", "r2"], [(0, 2), (1, 3), (1, 4)]),
    "years": (["old", "prev", "r1"], [(0, 1), (1, 2)]),
}


def present(
    world: World, names: list[str], links: list[tuple[int, int]]
) -> tuple[list[str], list[tuple[int, int]]]:
    """The releases of `names` that were made, the links renumbered."""
    kept = [n for n in names if n in world.releases]
    at = {names.index(n): i for i, n in enumerate(kept)}
    return kept, [(at[p], at[q]) for p, q in links if p in at and q in at]


@pytest.mark.parametrize("name", MORE)
def test_the_full_attackers_model_holds_for_the_real_figures(
    request: pytest.FixtureRequest, name: str
) -> None:
    """The two relations added here are sound too: the truth is one of the full model's solutions."""
    world = request.getfixturevalue(name)
    check_truth(world, *present(world, *MORE[name]), deltas=True, activity=True)


@pytest.mark.parametrize(
    "name,release",
    [
        ("one", "prev"),
        ("three", "prev"),
        ("lastrev", "early"),
        ("lastrev", "prev2"),
        ("lastrev", "r2"),
        ("years", "old"),
        ("years", "prev"),
        ("years", "r1"),
    ],
)
def test_every_release_of_every_year_alone_leaves_every_hidden_figure_k_values(
    request: pytest.FixtureRequest, name: str, release: str
) -> None:
    """Last year's release, a revision of either year, a draft passed on: each read alone."""
    world = request.getfixturevalue(name)
    if release not in world.releases:
        pytest.skip(f"{name} has no release {release}")
    check_truth(world, [release], activity=True)
    findings = alone(world, release)
    assert not findings, evidence(world, [release], findings) + "\n" + diagnose([world.csv(release)])


def test_last_years_revision_after_this_years_release_gives_nothing_away(lastrev: World) -> None:
    """Scenario: release 1 of last year and of this year (three laptops); a late laptop's files arrive; last
    year is revised (`aggregate --year LAST`, `coordinator release --year LAST`). Read: last year's two
    releases and this year's release (joined to last year's first: the same laptops)."""
    run = lastrev.runs["prev2"]
    if run.code != 0:
        assert refused(run) or refused(lastrev.runs["draft-prev2"]), run
        return
    names = ["prev", "prev2", "r1"]
    assert [lastrev.csv(n).revision for n in names] == ["1", "2", "1"]
    findings, note = read_together(lastrev, names, [(0, 2)])
    assert not findings, note + "\n" + evidence(lastrev, names, findings)


def test_this_years_revision_after_last_years_revision_gives_nothing_away(lastrev: World) -> None:
    """... then this year revised too (the late laptop and one red case more): four releases, each year's
    revision joined to the other's across the new year."""
    if "r2" not in lastrev.releases:
        assert refused(lastrev.runs["r2"]) or refused(lastrev.runs["draft-r2"]), lastrev.runs["r2"]
        return
    names, links = present(lastrev, ["prev", "prev2", "r1", "r2"], [(0, 2), (1, 3)])
    findings, note = read_together(lastrev, names, links, known=[["prev", "prev2", "r1"]])
    assert not findings, note + "\n" + evidence(lastrev, names, findings)


def test_three_consecutive_years_read_together_give_nothing_away(years: World) -> None:
    """The year before last, last year and this year, each released in turn and joined across both new
    years."""
    for name in ("old", "prev", "r1"):
        run = years.runs.get(name, years.runs[f"draft-{name}"])
        assert run.code == 0 or refused(run), run
    names, links = present(years, *MORE["years"])
    if len(names) < 2:
        pytest.skip(f"released: {names}")
    findings, note = read_together(years, names, links)
    assert not findings, note + "\n" + evidence(years, names, findings)


# A draft shown before a revision is not audited against the releases that follow it (README: a draft stays
# with the coordinator); read with them, it can give away what a revision added. What a draft alone gives
# away is checked above with every release ("lastrev", "early").


def test_releasing_a_year_drops_the_next_years_draft(lastrev: World) -> None:
    """The draft of this year was audited without last year's revision: after it, it cannot be released."""
    if "prev2" not in lastrev.releases:
        pytest.skip("last year's revision was refused")
    run = lastrev.runs["stale"]
    assert refused(run) and "aggregate" in run.err, run
    assert files(lastrev.root / "stale") == set()
    assert "stale" not in lastrev.releases


def test_writing_a_release_again_changes_no_figure(lastrev: World) -> None:
    """`release --again` after last year's revision writes this year's release 1 as it was published: the
    same figures hidden, the same revision, no new release (two versions of one release would be read
    together)."""
    run = lastrev.runs["again"]
    assert run.code == 0, run
    again, first = parse(csv_of(lastrev.root / "again-r1", YEAR)), lastrev.csv("r1")
    assert (again.revision, again.status) == ("1", "released")
    changed = {k: (v, again.values.get(k)) for k, v in first.values.items() if again.values.get(k) != v}
    assert again.values.keys() == first.values.keys() and not changed, changed


def test_the_share_holds_only_sealed_files_of_one_size(lastrev: World) -> None:
    """After drafts, releases and revisions of two years, the coordinator has left on the share nothing a
    share administrator can tell apart: its public key and sealed files of one size under random names."""
    top = lastrev.share / "vinkdesk"
    assert files(top) == {"coordinator.pub", "sealed"}, files(top)
    sealed = list((top / "sealed").iterdir())
    assert {p.stat().st_size for p in sealed} == {sealed[0].stat().st_size}
    assert all(re.fullmatch(r"[0-9a-f]{32}\.vks", p.name) for p in sealed), [p.name for p in sealed]
    for folder, year in (("early", YEAR), ("draft-prev2", YEAR - 1), ("draft-r2", YEAR)):
        text = csv_of(lastrev.root / folder, year)
        assert {line["status"] for line in csv.DictReader(io.StringIO(text))} == {"draft"}, folder


def test_the_draft_says_which_releases_it_was_audited_with(three: World) -> None:
    """Last year's release is read with this year's (its Q4 flows into Q1): the draft says so."""
    out = three.runs["draft"].out
    said = f"(nothing released for {YEAR} yet), audited together with 1 release(s) of {YEAR - 1}."
    assert f"Draft of release 1 of {YEAR} {said}" in out, out
