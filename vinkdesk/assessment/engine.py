"""The pure engine: ratings in, a suggested level with its reasons and the gaps in the information out.

The first rule whose condition holds gives the level. Unknown ratings never count as absent: they count for no
rule's "present" or "absent", are reported as gaps, are named beside any suggestion below red, and when too
many key items are unknown (the definition's `undetermined` rule) the suggestion is marked undetermined: not
an all-clear.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from vinkdesk.assessment.definition import (
    RATING_NAMES,
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
CRITICAL_NAMES = 6  # an undetermined suggestion names this many critical unknowns, then "…"
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
    undetermined: bool = False  # key items unknown beyond the definition's threshold: not an all-clear
    critical_unknowns: tuple[str, ...] = ()  # unknown key items, the most critical first


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
            break
    else:  # pragma: no cover - the parser guarantees a fallback rule
        raise AssertionError("a validated definition always ends with a fallback rule")
    critical = critical_unknowns(definition, ratings)
    below_red = rule.level is not Level.RED
    undetermined = (
        below_red
        and definition.undetermined is not None
        and len(critical) >= definition.undetermined.min_unknown
    )
    reasons: list[Text] = []
    if undetermined:
        assert definition.undetermined is not None
        reasons.append(_fill(definition.undetermined.message, definition, critical, CRITICAL_NAMES))
    reasons.append(rule.reason)
    if evidence:
        reasons.append(_based_on(definition, evidence, ratings))
    if below_red and definition.unknown_note is not None:
        referenced = _referenced(definition)
        unknown = [
            i.id for i in definition.indicators() if i.id in referenced and ratings[i.id] is Rating.UNKNOWN
        ]
        if unknown:
            ordered = list(critical) + [i for i in unknown if i not in critical]
            reasons.append(_fill(definition.unknown_note, definition, tuple(ordered), GAP_NAMES))
    return Suggestion(
        rule.level, rule.id, tuple(reasons), gaps(definition, ratings), evidence, undetermined, critical
    )


def critical_unknowns(definition: Definition, ratings: Mapping[str, Rating]) -> tuple[str, ...]:
    """The definition's key items that are unknown, ordered by the priority of their key tags (warning
    behaviours before the rest, as the definition lists them)."""
    if definition.undetermined is None:
        return ()
    found: list[str] = []
    for tag in definition.undetermined.key_tags:
        for indicator in definition.with_tag(tag):
            if ratings.get(indicator.id, Rating.UNKNOWN) is Rating.UNKNOWN and indicator.id not in found:
                found.append(indicator.id)
    return tuple(found)


def _fill(template: Text, definition: Definition, ids: tuple[str, ...], limit: int) -> Text:
    named = [definition.indicator(i) for i in ids]
    return Text(
        *(
            getattr(template, language).format(
                unknown=str(len(ids)), indicators=_names(named, language, limit)
            )
            for language in ("da", "en")
        )
    )


def _based_on(definition: Definition, evidence: tuple[str, ...], ratings: Mapping[str, Rating]) -> Text:
    """The indicators that made the rule hold, each with the rating it was given."""
    parts = {
        language: "; ".join(
            f"{getattr(definition.indicator(i).label, language).lower()}"
            f" – {getattr(RATING_NAMES[ratings[i]], language).lower()}"
            for i in evidence
        )
        for language in ("da", "en")
    }
    return Text(BASED_ON.da.format(indicators=parts["da"]), BASED_ON.en.format(indicators=parts["en"]))


def _referenced(definition: Definition) -> set[str]:
    """Every indicator some rule looks at (by tag or by id); the others do not move the suggestion."""
    found: set[str] = set()

    def walk(condition: Condition) -> None:
        if isinstance(condition, CountAtLeast):
            if condition.tag:
                found.update(i.id for i in definition.with_tag(condition.tag))
            found.update(condition.indicator_ids)
        elif isinstance(condition, AllOf | AnyOf):
            for item in condition.items:
                walk(item)
        elif isinstance(condition, Not):
            walk(condition.item)

    for rule in definition.rules:
        walk(rule.when)
    return found


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
                                step=getattr(step.title, language).lower(),  # mid-sentence
                                unknown=len(unknown),
                                total=len(step.indicators),
                                indicators=_names(unknown, language, GAP_NAMES),
                            )
                            for language in ("da", "en")
                        )
                    ),
                )
            )
    return tuple(found)


def _names(indicators: list[Indicator], language: str, limit: int) -> str:
    # Labels may hold commas themselves ("planning, preparing …"): the list is kept apart by semicolons.
    named = "; ".join(getattr(i.label, language).lower() for i in indicators[:limit])
    return named + ("; …" if len(indicators) > limit else "")


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
