"""The pure engine: ratings in, a suggested level with its reasons and the gaps in the information out.

The first rule whose condition holds gives the level. Unknown ratings never count as absent: they count for no
rule's "present" and are reported as gaps instead.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from vinkdesk.assessment.definition import (
    AllOf,
    Always,
    AnyOf,
    Condition,
    CountAtLeast,
    Definition,
    Indicator,
    Not,
    Rating,
    Text,
)
from vinkdesk.domain import Level

GAP_NAMES = 4  # a gap names this many unknown factors, then "…"
GAP_NAMES = 4  # a gap names this many unknown factors, then "…"
BASED_ON = Text("Det bygger på: {indicators}.", "Based on: {indicators}.")


class AnswerError(ValueError):
    """An answer that is not a rating; the message names the indicator."""


@dataclass(frozen=True)
class Gap:
    step_id: str
    indicator_ids: tuple[str, ...]
    text: Text


@dataclass(frozen=True)
class Suggestion:
    level: Level
    rule_id: str
    reasons: tuple[Text, ...]
    gaps: tuple[Gap, ...]
    evidence: tuple[str, ...]  # the indicators that made the rule hold


def ratings_of(definition: Definition, answers: Mapping[str, object]) -> dict[str, Rating]:
    """Every indicator's rating; an indicator with no answer is unknown. Context answers are ignored here."""
    ratings = {}
    for indicator in definition.indicators():
        value = answers.get(indicator.id)
        if value is None or value == "":
            ratings[indicator.id] = Rating.UNKNOWN
            continue
        try:
            ratings[indicator.id] = Rating(str(value))
        except ValueError:
            raise AnswerError(
                f"answer for '{indicator.id}' is {value!r}; use 'absent', 'partly', 'present' or 'unknown'"
            ) from None
    return ratings


def suggest(definition: Definition, answers: Mapping[str, object]) -> Suggestion:
    ratings = ratings_of(definition, answers)
    for rule in definition.rules:
        holds, evidence = _holds(definition, rule.when, ratings)
        if holds:
            reasons = [rule.reason]
            if evidence:
                labels_da = ", ".join(definition.indicator(i).label.da.lower() for i in evidence)
                labels_en = ", ".join(definition.indicator(i).label.en.lower() for i in evidence)
                reasons.append(
                    Text(BASED_ON.da.format(indicators=labels_da), BASED_ON.en.format(indicators=labels_en))
                )
            return Suggestion(rule.level, rule.id, tuple(reasons), gaps(definition, ratings), evidence)
    raise AssertionError("a validated definition always ends with a fallback rule")


def gaps(definition: Definition, ratings: Mapping[str, Rating]) -> tuple[Gap, ...]:
    """Steps where so much is unknown that the suggestion stands on thin ground."""
    found = []
    rule = definition.gaps
    for step in definition.steps:
        if not step.indicators:
            continue
        unknown = [i for i in step.indicators if ratings.get(i.id, Rating.UNKNOWN) is Rating.UNKNOWN]
        needed = max(rule.min_unknown, math.ceil(rule.min_fraction * len(step.indicators)))
        if unknown and len(unknown) >= min(needed, len(step.indicators)):
            found.append(
                Gap(
                    step.id,
                    tuple(i.id for i in unknown),
                    Text(
                        *(
                            getattr(rule.message, language).format(
                                step=getattr(step.title, language),
                                unknown=len(unknown),
                                total=len(step.indicators),
                                indicators=_names(unknown, language),
                            )
                            for language in ("da", "en")
                        )
                    ),
                )
            )
    return tuple(found)


def _names(indicators: list[Indicator], language: str) -> str:
    named = ", ".join(getattr(i.label, language).lower() for i in indicators[:GAP_NAMES])
    return named + (", …" if len(indicators) > GAP_NAMES else "")


def _holds(
    definition: Definition, condition: Condition, ratings: Mapping[str, Rating]
) -> tuple[bool, tuple[str, ...]]:
    """Whether the condition holds, and the indicators that made it hold (for the reasons)."""
    if isinstance(condition, Always):
        return True, ()
    if isinstance(condition, CountAtLeast):
        pool = (
            [i.id for i in definition.with_tag(condition.tag)] if condition.tag else condition.indicator_ids
        )
        matching = tuple(
            dict.fromkeys(i for i in pool if ratings.get(i, Rating.UNKNOWN) in condition.ratings)
        )
        return len(matching) >= condition.count, matching
    if isinstance(condition, AllOf):
        evidence: list[str] = []
        for item in condition.items:
            holds, found = _holds(definition, item, ratings)
            if not holds:
                return False, ()
            evidence += found
        return True, tuple(dict.fromkeys(evidence))
    if isinstance(condition, AnyOf):
        for item in condition.items:
            holds, found = _holds(definition, item, ratings)
            if holds:
                return True, found
        return False, ()
    if isinstance(condition, Not):
        holds, _ = _holds(definition, condition.item, ratings)
        return not holds, ()
    raise TypeError(f"unknown condition {condition!r}")
