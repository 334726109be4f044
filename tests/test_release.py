"""The year's release judged by an attacker that shares none of its code (tests/attacker.py reads only the
CSV and solves with its own integer programme): random case populations of report shape (the real counting
code makes the tables, so their margins are shared as in life), revisions after more cases and after one
added red case, a solver that proves nothing, and the report read back from the PDF."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tests.attacker import Attack, Published
from vinkdesk.domain import (
    AgeBand,
    CaseFact,
    Channel,
    ConcernType,
    District,
    Gender,
    InquirerRole,
    Level,
)
from vinkdesk.reports.annual import annual_report, number
from vinkdesk.sync.aggregate import Aggregate
from vinkdesk.sync.audit import Refused
from vinkdesk.sync.counts import quarter_counts
from vinkdesk.sync.publish import CSV_COLUMNS, Release, draft, figures, released, to_csv

YEAR = 2026
K = 5
QUARTERS = [f"{YEAR - 1}Q3", f"{YEAR - 1}Q4"] + [f"{YEAR}Q{q}" for q in range(1, 5)]
THIS_YEAR = QUARTERS[2:]


def fact_from(rng: random.Random, red: bool = False) -> CaseFact:
    opened = rng.choice(QUARTERS)
    later = [q for q in QUARTERS if q >= opened]
    closed = rng.choice([None, None, *later])
    span = [q for q in later if closed is None or q <= closed]
    levels = tuple(sorted((rng.choice(span), rng.choice(list(Level))) for _ in range(rng.randint(0, 2))))
    contacts = tuple(
        (rng.choice(span), rng.choice(list(Channel)), rng.choice(list(InquirerRole)))
        for _ in range(rng.randint(0, 4))
    )
    return CaseFact(
        rng.choice(list(District)),
        rng.choice(list(AgeBand)),
        rng.choice(list(Gender)),
        rng.choice(list(ConcernType)),
        opened,
        closed,
        levels,
        contacts,
    )


def summed(facts: list[CaseFact], devices: int = 3) -> Aggregate:
    result = Aggregate(YEAR)
    result.quarters = {q: quarter_counts(facts, q) for q in THIS_YEAR}
    result.devices = {f"device-{n}" for n in range(devices)}
    result.files_counted = 4 * devices
    return result


def csv_of(release: Release) -> str:
    return to_csv(figures(release))


def attack(*releases: Release) -> list[object]:
    return list(Attack([Published.read(csv_of(r)) for r in releases], K).findings())


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), cases=st.integers(3, 120))
def test_the_audit_never_passes_a_release_the_attacker_breaks(seed: int, cases: int) -> None:
    rng = random.Random(seed)
    facts = [fact_from(rng) for _ in range(cases)]
    try:
        made = draft(summed(facts), K, [])
    except Refused:
        return  # nothing published is safe
    assert attack(made) == []


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), cases=st.integers(40, 160), late=st.integers(1, 20))
def test_a_revision_after_a_late_laptop_gives_nothing_away(seed: int, cases: int, late: int) -> None:
    rng = random.Random(seed)
    facts = [fact_from(rng) for _ in range(cases)]
    first = released(draft(summed(facts), K, []), date(YEAR + 1, 1, 15))
    more = facts + [fact_from(rng) for _ in range(late)]
    try:
        revision = draft(summed(more, 4), K, [first])
    except Refused:
        return
    assert revision.revision == 2
    assert attack(first, revision) == []


def test_one_red_case_added_in_a_revision_is_not_given_away() -> None:
    """The case the issue names: red, Q4, Nørrebro, female, right-wing, 15–17, unassessed → red."""
    rng = random.Random(11)
    facts = [fact_from(rng) for _ in range(400)]
    first = released(draft(summed(facts), K, []), date(YEAR + 1, 1, 15))
    girl = CaseFact(
        District.NOERREBRO,
        AgeBand.AGE_15_17,
        Gender.FEMALE,
        ConcernType.RIGHT_WING,
        f"{YEAR}Q4",
        None,
        ((f"{YEAR}Q4", Level.RED),),
        ((f"{YEAR}Q4", Channel.MEETING, InquirerRole.TEACHER),),
    )
    revision = draft(summed([*facts, girl]), K, [first])
    before, after = Published.read(csv_of(first)), Published.read(csv_of(revision))
    plain_differences = {
        key: after.values[key] - before.values[key]  # type: ignore[operator]
        for key in before.values
        if before.values[key] is not None and after.values[key] is not None
    }
    assert all(d == 0 or abs(d) >= K for d in plain_differences.values()), plain_differences
    assert after.values[("new_cases", "red", "total")] is None or plain_differences.get(
        ("new_cases", "red", "total"), 0
    ) in (0,)
    assert attack(first, revision) == []


def test_a_solver_that_proves_nothing_never_publishes_an_unaudited_figure() -> None:
    rng = random.Random(5)
    facts = [fact_from(rng) for _ in range(30)]
    try:
        made = draft(summed(facts), K, [], time_limit=0.0)
    except Refused as refusal:
        assert "solver" in str(refusal) or "nothing more can be hidden" in str(refusal)
        return
    assert attack(made) == []


def test_zeros_are_never_hidden_on_their_own_and_small_figures_always_are() -> None:
    rng = random.Random(2)
    made = draft(summed([fact_from(rng) for _ in range(60)]), K, [])
    shown = Published.read(csv_of(made))
    assert all(v is None or v == 0 or v >= K for v in shown.values.values())
    diagonal = [shown.values[("transitions", level, level)] for level in ("green", "yellow", "red")]
    assert diagonal == [0, 0, 0]  # a structural zero stays published


def test_the_csv_has_one_row_per_published_position_and_the_documented_columns() -> None:
    rng = random.Random(3)
    text = csv_of(draft(summed([fact_from(rng) for _ in range(80)]), K, []))
    lines = text.splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    keys = [tuple(line.split(",")[1:4]) for line in lines[1:]]
    assert len(keys) == len(set(keys))
    tables = {key[0] for key in keys}
    assert {"active_cases", "new_cases", "district", "transitions", "level_changes"} <= tables
    assert ("active_cases", "green", "total") not in keys  # active cases have no year total


def words_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


# The year tables whose categories the report puts in rows (and the levels in columns).
TURNED = ("district", "age_band", "gender", "concern", "channel", "inquirer", "closure_reason", "follow_up")


def test_the_report_reads_back_as_the_csv_with_the_goals_and_whole_words() -> None:
    rng = random.Random(8)
    last_year = replace(
        released(draft(summed([fact_from(rng) for _ in range(150)]), K, []), date(YEAR, 1, 20)), year=YEAR
    )
    made = released(draft(summed([fact_from(rng) for _ in range(180)]), K, []), date(YEAR + 1, 1, 20))
    shown = figures(made, replace(last_year, revision=1))
    text = words_of(annual_report(shown, "da"))
    assert "Strategiens fire mål" in text
    for goal in (
        "Færre radikaliserede borgere",
        "Færre borgere i risiko",
        "Mere aktivt medborgerskab",
        "Mere tryghed",
        "Hvordan sagerne sluttede",  # closures by reason and follow-up outcomes, relapses among them
        "Bekymringen er vendt tilbage",
    ):
        assert goal in text
    assert "Udgivelse 1 for 2026, udgivet 20.01.2027." in text
    for table in shown.tables:  # each row's figures in order, as in the CSV, in Danish number form
        for r, _row in enumerate(table.row_keys):
            values = [number(v, "da") for v in table.cells[r]]
            if table.key in TURNED:
                continue  # turned: checked by column below
            pattern = r"\s".join(re.escape(v) for v in values)
            assert re.search(pattern, text), (table.key, values)
        if table.key in TURNED:
            for c, _column in enumerate(table.column_keys):
                values = [number(table.cells[r][c], "da") for r in range(len(table.row_keys))]
                values.append(number(table.column_totals[c], "da"))
                assert re.search(r"\s".join(re.escape(v) for v in values), text), (table.key, values)
    for whole in (
        "Socialrådgiver",
        "Sundhedsmedarbejder",
        "Klubmedarbejder",
        "Brønshøj-Husum",
        "Ikke vurderet",
    ):
        assert whole in text, whole
    assert not re.search(r"Socialrå\s+dgiver|Sundheds\s+medarbejder", text)


def test_a_draft_says_so_and_a_hidden_chart_figure_is_marked_not_drawn_as_zero() -> None:
    rng = random.Random(4)
    made = draft(summed([fact_from(rng) for _ in range(12)]), K, [])
    text = words_of(annual_report(figures(made), "en", made_on=date(YEAR, 12, 1)))
    assert "DRAFT – NOT FOR PUBLICATION" in text
    assert "Draft of release 1 for 2026, made 01/12/2026." in text
    assert "– hidden figure (not drawn)" in text or "Every figure in this chart is hidden." in text
    assert "There is no release for 2025 to compare with." in text


@pytest.mark.parametrize("k", [3, 5])
def test_a_revision_keeps_the_years_k(k: int) -> None:
    rng = random.Random(9)
    facts = [fact_from(rng) for _ in range(50)]
    first = released(draft(summed(facts), k, []), date(YEAR + 1, 1, 15))
    with pytest.raises(ValueError, match="keeps it"):
        draft(summed(facts), k + 1, [first])
