"""Reading a stored assessment with the definition version it was made under, what changed since the previous
one indicator by indicator, and the checks the wizard's summary page asks before it finishes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vinkdesk.assessment.definition import Definition, Indicator, Rating, Text
from vinkdesk.domain import AgeBand, Level

MINOR_BANDS = {AgeBand.UNDER_12, AgeBand.AGE_12_14, AgeBand.AGE_15_17}


@dataclass(frozen=True)
class IndicatorReading:
    indicator: Indicator
    rating: Rating
    evidence: str
    source: Text | None


@dataclass(frozen=True)
class Change:
    indicator_id: str
    label: Text
    before: Rating | None  # None: the indicator was not in the earlier definition
    after: Rating | None  # None: no longer in this definition


def rating(answers: Mapping[str, Any], indicator_id: str) -> Rating:
    try:
        return Rating(str(answers.get(indicator_id) or "unknown"))
    except ValueError:
        return Rating.UNKNOWN


def read(
    definition: Definition, answers: Mapping[str, Any], evidence: Mapping[str, Any]
) -> list[tuple[Text, list[IndicatorReading]]]:
    """Each step's indicators with their ratings, evidence and source, in the words of `definition`."""
    steps = []
    for step in definition.steps:
        if not step.indicators:
            continue
        rows = []
        for indicator in step.indicators:
            note = evidence.get(indicator.id) or {}
            source = definition.source(str(note.get("source", ""))) if isinstance(note, dict) else None
            rows.append(
                IndicatorReading(
                    indicator,
                    rating(answers, indicator.id),
                    str(note.get("text", "")) if isinstance(note, dict) else "",
                    source.label if source else None,
                )
            )
        steps.append((step.title, rows))
    return steps


def changes(
    before_definition: Definition, before: Mapping[str, Any], definition: Definition, after: Mapping[str, Any]
) -> list[Change]:
    """Indicator by indicator, what differs between an earlier assessment and this one (by indicator id, so it
    works across definition versions)."""
    earlier = {i.id: i for i in before_definition.indicators()}
    found = []
    for indicator in definition.indicators():
        now = rating(after, indicator.id)
        if indicator.id not in earlier:
            found.append(Change(indicator.id, indicator.label, None, now))
        elif rating(before, indicator.id) != now:
            found.append(Change(indicator.id, indicator.label, rating(before, indicator.id), now))
    current = {i.id for i in definition.indicators()}
    for indicator_id, indicator in earlier.items():
        if indicator_id not in current:
            found.append(Change(indicator_id, indicator.label, rating(before, indicator_id), None))
    return found


def is_minor(age: int | None, age_band: AgeBand, under_age: int = 18) -> bool | None:
    """True or False when the age or the band tells; None when nothing is known."""
    if age is not None:
        return age < under_age
    if age_band in MINOR_BANDS:
        return True
    if age_band is AgeBand.UNKNOWN:
        return None
    return False


def prompts_due(definition: Definition, level: Level, minor: bool | None) -> list[str]:
    """Which prompts the summary must ask: the duty to notify for a (possible) minor at the prompt's levels,
    and the police referral at red. An unknown age is treated as a minor: the duty is the safer reading."""
    due = []
    notify = definition.prompts.get("duty_to_notify")
    if notify and level in notify.levels and minor is not False:
        due.append("duty_to_notify")
    referral = definition.prompts.get("police_referral")
    if referral and level in referral.levels:
        due.append("police_referral")
    return due


def choice_problem(
    suggested: Level | None, chosen: Level | None, justification: str, undetermined: bool = False
) -> str | None:
    """What stops the counsellor's choice from being saved: None when it can be. Green on an undetermined
    suggestion (key factors unknown) needs a justification as much as another level does; with nothing
    suggested there is no other level to justify."""
    if chosen is None:
        return "choose-level"
    if justification.strip():
        return None
    if suggested is not None and chosen != suggested:
        return "justify"
    if undetermined and chosen is Level.GREEN:
        return "justify-undetermined"
    return None
