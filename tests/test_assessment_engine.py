"""The engine on the shipped definition (v2): deterministic, monotone in risk and protection, red only on
planning, a pattern of warning behaviours, or milieu and violence together; a single warning behaviour is
"act today", never red; unknowns are never read as absent and too many make the suggestion undetermined."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vinkdesk.assessment import AnswerError, Rating, load_definition, shipped_definitions, suggest
from vinkdesk.assessment.registry import RESOURCES
from vinkdesk.domain import Level

DEFINITION = shipped_definitions().latest()
INDICATORS = list(DEFINITION.indicators())
IDS = [i.id for i in INDICATORS]
RAISING = {"risk", "warning", "planning", "means", "intent", "milieu", "violence", "extremism"}
RISK_LIKE = [i.id for i in INDICATORS if RAISING & set(i.tags)]
PROTECTIVE = [i.id for i in INDICATORS if "protective" in i.tags]
WARNING = [i.id for i in DEFINITION.with_tag("warning")]
PLANNING = [i.id for i in DEFINITION.with_tag("planning")]
KEY = {i.id for tag in ("planning", "warning", "milieu", "violence") for i in DEFINITION.with_tag(tag)}
SPECIFIC = {"extremism", "warning", "planning", "milieu", "violence", "intent"}
ORDERED = [Rating.ABSENT, Rating.PARTLY, Rating.PRESENT]
ABSENT = {i: "absent" for i in IDS}

answers_strategy = st.fixed_dictionaries({i: st.sampled_from(list(Rating)) for i in IDS})


def reasons(answers: dict[str, str]) -> str:
    return " ".join(r.da for r in suggest(DEFINITION, answers).reasons)


def test_v2_is_the_default_and_v1_still_reads_as_before() -> None:
    assert DEFINITION.version == 2 and shipped_definitions().versions() == [1, 2]
    v1 = load_definition(RESOURCES / "prevention-triangle.v1.json")
    suggestion = suggest(v1, {"leakage": "present", "raised_by": "school", "age": 15})
    assert suggestion.level is Level.RED and not suggestion.undetermined  # v1's own rule, unchanged
    assert "lækage" in " ".join(r.da for r in suggestion.reasons)
    assert "leakage" in " ".join(r.en for r in suggestion.reasons)


def test_covers_the_instruments_items() -> None:
    steps = {s.id: s for s in DEFINITION.steps}
    assert list(steps)[0] == "context" and list(steps)[-1] == "summary"
    assert {q.id for q in DEFINITION.questions()} == {"raised_by", "what_happened", "why_now", "age"}
    # TRAP-18's proximal warning behaviours (pathway as planning, with travel) and VERA-2R's target identified
    assert set(WARNING) == {
        "fixation",
        "identification",
        "novel_aggression",
        "energy_burst",
        "leakage",
        "last_resort",
        "direct_threat",
        "target_identified",
    }
    assert set(PLANNING) == {"pathway", "travel_plans"}
    # the four distal characteristics v1 missed, VERA-2R's material and forced involvement, and disengagement
    assert {"virtual_community", "failure_to_affiliate", "thwarted_goals", "changed_thinking"} <= set(IDS)
    assert {"extremist_material", "forced_involvement"} <= set(IDS)
    assert {i.id for i in DEFINITION.with_tag("disengagement")} == {
        "reinterprets_ideology",
        "changed_view_of_other",
        "exit_programme",
    }
    assert {"reinterprets_ideology", "changed_view_of_other", "exit_programme"} <= set(PROTECTIVE)
    assert "risk" not in DEFINITION.indicator("political_change").tags
    assert [i.id for i in DEFINITION.with_tag("milieu")] == ["milieu_contact"]
    assert {i.id for i in DEFINITION.with_tag("means")} == {
        "knowledge_skills",
        "access_weapons",
        "criminal_history",
    }
    assert all("risk" in i.tags for i in DEFINITION.with_tag("means"))
    assert {i.id for i in DEFINITION.with_tag("violence")} == {"harmful_means", "harmful_objectives"}


def test_the_danish_words_are_plain_and_do_not_label_the_person() -> None:
    labels = {i.id: i.label.da for i in INDICATORS}
    assert labels["harmful_means"] == "Accepterer vold eller trusler som middel"
    assert labels["harmful_objectives"] == "Har som mål at skade andre"
    assert labels["criminal_history"] == "Tidligere kriminalitet, især vold"
    assert labels["stable_family"] == "Støttende familie eller nære voksne"
    assert labels["access_weapons"] == "Adgang til våben, penge eller udstyr"
    for item in ("family_friends", "extremist_group_influence", "over_identification", "milieu_contact"):
        assert "ekstremistisk" in labels[item]
    doc = json.loads((RESOURCES / "prevention-triangle.v2.json").read_text(encoding="utf-8"))
    minors_only = doc["prompts"].pop("duty_to_notify")["text"]["da"]  # shown for under-18s: the law's words
    assert "barnet eller den unge" in minors_only
    text = json.dumps(doc, ensure_ascii=False)
    for calque in (
        "Skadelige midler",
        "Skadelige mål",
        "Kriminel fortid",
        "Stabil familie",
        "den unge",  # adults are assessed too: "personen"
        "våbenkultur",
    ):
        assert calque not in text
    assert "bemærkning i en diskussion" in DEFINITION.indicator("last_resort").help.da
    assert "Jagt" in DEFINITION.indicator("identification").help.da


def test_everything_unknown_is_undetermined_and_never_an_all_clear() -> None:
    suggestion = suggest(DEFINITION, {})
    assert suggestion.undetermined and suggestion.level is Level.GREEN
    assert {gap.step_id for gap in suggestion.gaps} == {
        "engagement",
        "intent",
        "capability",
        "warning",
        "protective",
    }
    said = " ".join(r.da for r in suggestion.reasons)
    assert said.startswith("Ikke afgjort – ukendt er ikke det samme som grønt")
    assert "Ingen individuel bekymring" not in said
    # warning behaviours are named before the rest
    first = suggestion.critical_unknowns[: len(PLANNING) + len(WARNING)]
    assert set(first) == set(PLANNING) | set(WARNING)
    assert suggestion.critical_unknowns.index("milieu_contact") > suggestion.critical_unknowns.index(
        "leakage"
    )
    assert (
        "først og fremmest om: undersøger, planlægger eller forbereder en voldshandling; planer om at rejse"
        in said
    )


def test_leakage_pathway_threat_and_last_resort_unknown_is_undetermined() -> None:
    answers = {**ABSENT, **{i: "unknown" for i in ("leakage", "pathway", "direct_threat", "last_resort")}}
    suggestion = suggest(DEFINITION, answers)
    assert suggestion.undetermined and suggestion.level is Level.GREEN
    assert "ukendt" in reasons(answers).lower()
    two_unknown = {**ABSENT, "leakage": "unknown", "pathway": "unknown"}
    below = suggest(DEFINITION, two_unknown)
    assert not below.undetermined  # under the definition's threshold: green, but the unknowns are named
    said = " ".join(r.da for r in below.reasons)
    assert "Ukendt regnes ikke som »ikke til stede«. Ikke vurderet (2)" in said


def test_all_absent_is_green_with_no_gap_and_no_unknown_note() -> None:
    suggestion = suggest(DEFINITION, ABSENT)
    assert suggestion.level is Level.GREEN and suggestion.gaps == () and not suggestion.undetermined
    assert "Ukendt" not in reasons(ABSENT)


def test_a_single_warning_behaviour_is_act_today_never_red() -> None:
    for warning in WARNING:
        alone = suggest(DEFINITION, {**ABSENT, warning: "present"})
        assert (alone.level, alone.rule_id) == (Level.YELLOW, "act-today"), warning
        assert "Handl i dag" in alone.reasons[0].da and "trusselsvurdering" in alone.reasons[0].da
        protected = {**ABSENT, **{p: "present" for p in PROTECTIVE}, warning: "present"}
        assert suggest(DEFINITION, protected).level is Level.YELLOW  # protection does not wave it away
        assert suggest(DEFINITION, {**ABSENT, warning: "partly"}).level is Level.YELLOW


def test_red_needs_planning_a_pattern_or_milieu_and_violence() -> None:
    for item in PLANNING:
        assert suggest(DEFINITION, {**ABSENT, item: "present"}).rule_id == "planning-or-travel"
    assert suggest(DEFINITION, {**ABSENT, "leakage": "present", "fixation": "present"}).level is Level.RED
    for partner in ("milieu_contact", "access_weapons", "harmful_means"):
        answers = {**ABSENT, "direct_threat": "present", partner: "present"}
        assert suggest(DEFINITION, answers).level is Level.RED, partner
    assert suggest(
        DEFINITION, {**ABSENT, "milieu_contact": "present", "harmful_objectives": "present"}
    ).level is (Level.RED)
    assert suggest(DEFINITION, {**ABSENT, "milieu_contact": "present"}).level is Level.YELLOW
    # v1's "capability and intent": criminal history + us-and-them + over-identification is no longer red
    v1_red = {
        **ABSENT,
        "criminal_history": "present",
        "us_and_them": "present",
        "over_identification": "present",
    }
    assert suggest(DEFINITION, v1_red).level is Level.YELLOW
    lone = {**v1_red, "harmful_means": "present"}
    assert suggest(DEFINITION, lone).rule_id == "means-violence-and-intent"


def test_every_reason_names_the_ratings_that_made_it() -> None:
    answers = {**ABSENT, "direct_threat": "present", "harmful_means": "present"}
    said = reasons(answers)
    assert (
        "direkte fremsat trussel – til stede" in said
        and "accepterer vold eller trusler som middel – til stede" in said
    )
    partly = {**ABSENT, "us_and_them": "partly", "dehumanising": "present"}
    assert "vi-og-dem-tænkning – delvist til stede" in reasons(partly)
    protected = {
        **ABSENT,
        **{p: "present" for p in PROTECTIVE},
        "us_and_them": "partly",
        "dehumanising": "present",
    }
    suggestion = suggest(DEFINITION, protected)
    assert suggestion.rule_id == "protection-outweighs"
    said = " ".join(r.da for r in suggestion.reasons)
    assert "tager afstand fra vold – til stede" in said and "vi-og-dem-tænkning – delvist til stede" in said


def test_generic_needs_alone_never_make_yellow() -> None:
    generic = [i.id for i in INDICATORS if "risk" in i.tags and not SPECIFIC & set(i.tags)]
    assert {"excitement", "status", "mental_health", "transition", "criminal_history"} <= set(generic)
    assert suggest(DEFINITION, {**ABSENT, **{g: "present" for g in generic}}).level is Level.GREEN


def test_bad_answers_name_the_indicator() -> None:
    with pytest.raises(AnswerError, match="'leakage'"):
        suggest(DEFINITION, {"leakage": "yes"})


@given(answers_strategy)
@settings(max_examples=300, deadline=None)
def test_deterministic(answers: dict[str, Rating]) -> None:
    assert suggest(DEFINITION, answers) == suggest(DEFINITION, dict(reversed(list(answers.items()))))


@given(answers_strategy, st.sampled_from(RISK_LIKE), st.data())
@settings(max_examples=800, deadline=None)
def test_raising_a_risk_warning_means_or_intent_rating_never_lowers_the_level(
    answers, indicator, data
) -> None:  # type: ignore[no-untyped-def]
    low = data.draw(st.sampled_from(ORDERED[:-1]))
    high = data.draw(st.sampled_from(ORDERED[ORDERED.index(low) + 1 :]))
    before = suggest(DEFINITION, {**answers, indicator: low}).level
    after = suggest(DEFINITION, {**answers, indicator: high}).level
    assert after.rank >= before.rank


@given(answers_strategy, st.sampled_from(PROTECTIVE), st.data())
@settings(max_examples=800, deadline=None)
def test_raising_a_protective_rating_never_raises_the_level(answers, indicator, data) -> None:  # type: ignore[no-untyped-def]
    low = data.draw(st.sampled_from(ORDERED[:-1]))
    high = data.draw(st.sampled_from(ORDERED[ORDERED.index(low) + 1 :]))
    before = suggest(DEFINITION, {**answers, indicator: low}).level
    after = suggest(DEFINITION, {**answers, indicator: high}).level
    assert after.rank <= before.rank


@given(answers_strategy, st.sampled_from(WARNING))
@settings(max_examples=800, deadline=None)
def test_a_single_warning_behaviour_alone_is_never_red(answers, warning) -> None:  # type: ignore[no-untyped-def]
    """One warning behaviour present and nothing present that red pairs it with (planning, another warning
    behaviour, milieu, means, violence-accepting attitude): whatever else is rated, never red."""
    pairs = (
        set(PLANNING)
        | set(WARNING)
        | {i.id for t in ("milieu", "means", "violence") for i in DEFINITION.with_tag(t)}
    )
    calmed = {i: (Rating.PARTLY if r is Rating.PRESENT and i in pairs else r) for i, r in answers.items()}
    assert suggest(DEFINITION, {**calmed, warning: Rating.PRESENT}).level is not Level.RED


@given(answers_strategy)
@settings(max_examples=500, deadline=None)
def test_key_items_all_unknown_is_undetermined_below_red(answers) -> None:  # type: ignore[no-untyped-def]
    suggestion = suggest(DEFINITION, {**answers, **{k: Rating.UNKNOWN for k in KEY}})
    assert suggestion.undetermined or suggestion.level is Level.RED
    assert suggestion.level is not Level.RED or not suggestion.undetermined


@given(answers_strategy)
@settings(max_examples=500, deadline=None)
def test_protection_never_cancels_red(answers) -> None:  # type: ignore[no-untyped-def]
    if suggest(DEFINITION, answers).level is Level.RED:
        assert suggest(DEFINITION, {**answers, **{p: Rating.PRESENT for p in PROTECTIVE}}).level is Level.RED


@given(answers_strategy)
@settings(max_examples=500, deadline=None)
def test_a_reason_never_treats_an_unknown_rating_as_absent(answers) -> None:  # type: ignore[no-untyped-def]
    """Any suggestion below red with an unknown rating that a rule looks at says so; no reason names an
    unknown factor as if it were rated."""
    suggestion = suggest(DEFINITION, answers)
    said = " ".join(r.da for r in suggestion.reasons)
    assert all(answers[i] is not Rating.UNKNOWN for i in suggestion.evidence)
    based_on = [r.da for r in suggestion.reasons if r.da.startswith("Det bygger på")]
    assert not any("– ukendt" in r for r in based_on)
    if suggestion.level is not Level.RED and any(
        answers[i] is Rating.UNKNOWN for i in IDS if "context" not in DEFINITION.indicator(i).tags
    ):
        assert "Ukendt regnes ikke som »ikke til stede«" in said


def test_every_rule_is_reachable_by_some_answers() -> None:
    rng = random.Random(2026)
    reached: dict[str, dict[str, str]] = {}
    # Each group of items gets its own density, so that quiet rules (one partly sign beside strong protection)
    # and loud ones (a pattern of warning behaviours) are both met.
    groups = sorted({i.tags[0] for i in INDICATORS})
    for _ in range(20000):
        density = {g: rng.choice((0.0, 0.03, 0.1, 0.3, 0.7, 0.95)) for g in groups}
        answers = {}
        for indicator in INDICATORS:
            d = density[indicator.tags[0]]
            answers[indicator.id] = rng.choices(
                ["absent", "partly", "present", "unknown"], weights=[1 - d, d / 2, d / 2, 0.03]
            )[0]
        reached.setdefault(suggest(DEFINITION, answers).rule_id, answers)
    assert set(reached) == {rule.id for rule in DEFINITION.rules}
    for rule_id, answers in reached.items():
        assert suggest(DEFINITION, answers).rule_id == rule_id


def test_guidance_opens_red_with_acute_danger_and_names_the_infohus() -> None:
    red, yellow, green = (DEFINITION.guidance[level] for level in (Level.RED, Level.YELLOW, Level.GREEN))
    assert red.advice.da.startswith("Ved akut fare: ring 112 eller kontakt politiet nu")
    assert red.actions[0].title.da.startswith("Ved akut fare: ring 112")
    assert "Infohuset" in red.advice.da and "koordinationsenheden" not in json.dumps(
        json.loads((RESOURCES / "prevention-triangle.v2.json").read_text(encoding="utf-8")),
        ensure_ascii=False,
    )
    assert "2 uger" not in " ".join(a.title.da for a in red.actions)
    assert any("tovholder for Infohuset" in a.title.da for a in yellow.actions)
    parents = next(a for a in yellow.actions if a.id == "parents-meeting").title.da
    assert "familien er i miljøet" in parents and "æresrelateret" in parents and "advare" in parents
    assert "personen" in green.actions[0].title.da


def test_the_duty_to_notify_is_asked_for_every_minor_at_every_level() -> None:
    notify = DEFINITION.prompts["duty_to_notify"]
    assert notify.levels == set(Level) and notify.under_age == 18 and notify.receipt_weekdays == 6
    for words in (
        "Pligten er personlig",
        "offentlig tjeneste eller offentligt hverv",
        "Uanset niveau",
        "grund til at antage",
        "politiet",
    ):
        assert words in notify.text.da
    assert DEFINITION.prompts["police_referral"].levels == {Level.RED}
    assert DEFINITION.prompts["police_referral"].text.da.startswith("Ved akut fare: ring 112")


def test_a_few_partial_signs_are_followed_up_at_green_and_named() -> None:
    one = suggest(DEFINITION, {**ABSENT, "harmful_means": "partly"})  # a remark in a debate, not stood by
    assert (one.level, one.rule_id) == (Level.GREEN, "signs-to-follow")
    said = " ".join(r.da for r in one.reasons)
    assert "accepterer vold eller trusler som middel – delvist til stede" in said
    two = {**ABSENT, "us_and_them": "partly", "extremist_material": "partly"}
    assert suggest(DEFINITION, two).rule_id == "signs-to-follow"
    assert suggest(DEFINITION, {**two, "us_and_them": "present"}).rule_id == "intent-signs"
    assert suggest(DEFINITION, {**two, "dehumanising": "partly"}).rule_id == "intent-signs"
    assert (
        suggest(DEFINITION, {**ABSENT, "harmful_means": "present"}).rule_id == "violence-accepting-attitude"
    )


def test_close_ties_to_a_milieu_are_yellow_whatever_the_protection() -> None:
    strong = {p: "present" for p in PROTECTIVE}
    for tie in ("family_friends", "extremist_group_influence", "forced_involvement", "virtual_community"):
        assert suggest(DEFINITION, {**ABSENT, **strong, tie: "present"}).rule_id == "extremist-ties", tie
        assert suggest(DEFINITION, {**ABSENT, tie: "partly"}).level is Level.GREEN, tie
    pressed = {**ABSENT, **strong, "family_friends": "partly", "forced_involvement": "partly"}
    assert suggest(DEFINITION, pressed).rule_id == "extremist-ties"
