"""The counts of one quarter, made from case facts alone: level × one dimension at most, new and closed cases,
consultations by channel and by who asked, level transitions, closures by reason and follow-up outcomes."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from vinkdesk.domain import AgeBand, CaseFact, Channel, ConcernType, District, Gender, InquirerRole, Level
from vinkdesk.domain.casework import ClosureCount, FollowUpOutcome

LEVELS = ("green", "yellow", "red", "unassessed")
DIMENSIONS: dict[str, type[StrEnum]] = {
    "new_by_district": District,
    "new_by_age_band": AgeBand,
    "new_by_gender": Gender,
    "new_by_concern": ConcernType,
    "consultations_by_channel": Channel,
    "consultations_by_inquirer": InquirerRole,
    "closed_by_reason": ClosureCount,  # schema /3: in the quarter of closing, by the level then
    "follow_ups_by_outcome": FollowUpOutcome,  # schema /3: in the quarter of the outcome, by the level then
}
ADDED_IN_3 = ("closed_by_reason", "follow_ups_by_outcome")  # a /2 payload has not got these
FLAT = ("active_cases", "new_cases", "closed_cases")
TABLES = (*FLAT, *DIMENSIONS, "transitions")

Tables = dict[str, dict[str, Any]]


def level_key(level: Level | None) -> str:
    return level.value if level is not None else "unassessed"


def empty_tables() -> Tables:
    tables: Tables = {name: dict.fromkeys(LEVELS, 0) for name in FLAT}
    for name, enum in DIMENSIONS.items():
        tables[name] = {level: dict.fromkeys((v.value for v in enum), 0) for level in LEVELS}
    tables["transitions"] = {level: dict.fromkeys(LEVELS, 0) for level in LEVELS}
    return tables


def quarter_counts(facts: Iterable[CaseFact], period: str) -> Tables:
    tables = empty_tables()
    for fact in facts:
        level = level_key(fact.level_at_end_of(period))
        if fact.active_in(period):
            _add(tables["active_cases"], level)
        if fact.opened == period:
            _add(tables["new_cases"], level)
            _add2(tables["new_by_district"], level, fact.district.value)
            _add2(tables["new_by_age_band"], level, fact.age_band.value)
            _add2(tables["new_by_gender"], level, fact.gender.value)
            _add2(tables["new_by_concern"], level, fact.concern_type.value)
        if fact.closed == period:
            _add(tables["closed_cases"], level)
            reason = fact.closure_reason or ClosureCount.NOT_RECORDED.value
            _add2(tables["closed_by_reason"], level, reason)
        for quarter, outcome in fact.follow_ups:
            if quarter == period:
                _add2(tables["follow_ups_by_outcome"], level, outcome.value)
        for quarter, channel, inquirer in fact.contacts:
            if quarter == period:
                _add2(tables["consultations_by_channel"], level, channel.value)
                _add2(tables["consultations_by_inquirer"], level, inquirer.value)
        before = "unassessed"
        for quarter, chosen in fact.levels:
            if quarter < period:
                before = chosen.value
            elif quarter == period:
                if chosen.value != before:
                    _add2(tables["transitions"], before, chosen.value)
                before = chosen.value
    return tables


def has_data(tables: Tables) -> bool:
    def total(value: Any) -> int:
        return sum(total(v) for v in value.values()) if isinstance(value, dict) else int(value)

    return any(total(tables[name]) for name in TABLES)


def _add(table: dict[str, Any], key: str) -> None:
    table[key] += 1


def _add2(table: dict[str, Any], row: str, column: str) -> None:
    table[row][column] += 1
