"""The engine on the shipped definition: deterministic, monotone in risk and protection, every rule reachable,
unknowns reported as gaps and never read as absent."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vinkdesk.assessment import AnswerError, Rating, load_definition, shipped_definitions, suggest
from vinkdesk.assessment.registry import RESOURCES
from vinkdesk.domain import Level

DEFINITION = shipped_definitions().latest()
INDICATORS = list(DEFINITION.indicators())
RISK_LIKE = [i.id for i in INDICATORS if {"risk", "warning", "capability"} & set(i.tags)]
PROTECTIVE = [i.id for i in INDICATORS if "protective" in i.tags]
ORDERED = [Rating.ABSENT, Rating.PARTLY, Rating.PRESENT]

answers_strategy = st.fixed_dictionaries({i.id: st.sampled_from(list(Rating)) for i in INDICATORS})


def test_the_public_api_as_scripts_use_it() -> None:
    definition = load_definition(RESOURCES / "prevention-triangle.v1.json")
    assert {"id", "tags"} <= set(vars(next(definition.indicators())))
    suggestion = suggest(definition, {"leakage": "present", "raised_by": "school", "age": 15})
    assert suggestion.level == "red" and suggestion.level is Level.RED
    assert "lækage" in " ".join(r.da for r in suggestion.reasons)
    assert "leakage" in " ".join(r.en for r in suggestion.reasons)


def test_covers_the_established_domains() -> None:
    steps = {s.id: s for s in DEFINITION.steps}
    assert list(steps)[0] == "context" and list(steps)[-1] == "summary"
    assert len(steps["engagement"].indicators) == 13 and len(steps["intent"].indicators) == 6
    warning = {i.id for i in DEFINITION.with_tag("warning")}
    assert {"leakage", "fixation", "identification", "last_resort", "pathway", "direct_threat"} <= warning
    assert len(PROTECTIVE) >= 8
    assert {q.id for q in DEFINITION.questions()} == {"raised_by", "what_happened", "why_now", "age"}


def test_nothing_known_suggests_green_but_reports_every_gap() -> None:
    suggestion = suggest(DEFINITION, {})
    assert suggestion.level is Level.GREEN
    assert {gap.step_id for gap in suggestion.gaps} == {"engagement", "intent", "capability", "protective"}
    assert "Ukendt tælles ikke som fraværende" in suggestion.gaps[0].text.da


def test_all_absent_has_no_gaps_and_a_few_unknowns_are_no_gap() -> None:
    answers = {i.id: "absent" for i in INDICATORS}
    assert suggest(DEFINITION, answers).gaps == ()
    answers["grievance"] = "unknown"
    assert suggest(DEFINITION, answers).gaps == ()


def test_a_warning_behaviour_present_suggests_red_and_partly_yellow() -> None:
    base = {i.id: "absent" for i in INDICATORS}
    for warning in DEFINITION.with_tag("warning"):
        assert suggest(DEFINITION, {**base, warning.id: "present"}).level is Level.RED
        assert suggest(DEFINITION, {**base, warning.id: "partly"}).level is Level.YELLOW


def test_bad_answers_name_the_indicator() -> None:
    with pytest.raises(AnswerError, match="'leakage'"):
        suggest(DEFINITION, {"leakage": "yes"})


@given(answers_strategy)
@settings(max_examples=300, deadline=None)
def test_deterministic(answers: dict[str, Rating]) -> None:
    assert suggest(DEFINITION, answers) == suggest(DEFINITION, dict(reversed(list(answers.items()))))


@given(answers_strategy, st.sampled_from(RISK_LIKE), st.data())
@settings(max_examples=500, deadline=None)
def test_raising_a_risk_warning_or_capability_rating_never_lowers_the_level(answers, indicator, data) -> None:  # type: ignore[no-untyped-def]
    low = data.draw(st.sampled_from(ORDERED[:-1]))
    high = data.draw(st.sampled_from(ORDERED[ORDERED.index(low) + 1 :]))
    before = suggest(DEFINITION, {**answers, indicator: low}).level
    after = suggest(DEFINITION, {**answers, indicator: high}).level
    assert after.rank >= before.rank


@given(answers_strategy, st.sampled_from(PROTECTIVE), st.data())
@settings(max_examples=500, deadline=None)
def test_raising_a_protective_rating_never_raises_the_level(answers, indicator, data) -> None:  # type: ignore[no-untyped-def]
    low = data.draw(st.sampled_from(ORDERED[:-1]))
    high = data.draw(st.sampled_from(ORDERED[ORDERED.index(low) + 1 :]))
    before = suggest(DEFINITION, {**answers, indicator: low}).level
    after = suggest(DEFINITION, {**answers, indicator: high}).level
    assert after.rank <= before.rank


def test_every_rule_is_reachable_by_some_answers() -> None:
    rng = random.Random(2026)
    reached: dict[str, dict[str, str]] = {}
    # Sparse answers (a few factors present, most absent) reach the quieter rules; dense ones the louder.
    for density in (0.02, 0.05, 0.1, 0.2, 0.4):
        for _ in range(3000):
            answers = {
                i.id: rng.choices(
                    ["absent", "partly", "present", "unknown"], weights=[1 - density, density, density, 0.1]
                )[0]
                for i in INDICATORS
            }
            reached.setdefault(suggest(DEFINITION, answers).rule_id, answers)
    assert set(reached) == {rule.id for rule in DEFINITION.rules}
    for rule_id, answers in reached.items():
        assert suggest(DEFINITION, answers).rule_id == rule_id


def test_every_level_has_advice_actions_and_the_prompts_are_set() -> None:
    for level in Level:
        assert DEFINITION.guidance[level].advice.da and DEFINITION.guidance[level].actions
    notify = DEFINITION.prompts["duty_to_notify"]
    assert (
        notify.levels == {Level.YELLOW, Level.RED} and notify.under_age == 18 and notify.receipt_weekdays == 6
    )
    assert DEFINITION.prompts["police_referral"].levels == {Level.RED}
