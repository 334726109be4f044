"""The narrow projection of a case that the counts are made from: no note, no alias, no ref, no name, no
date finer than a quarter. The vault produces it; vinkdesk.sync never sees more."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vinkdesk.domain.casework import FollowUpOutcome
from vinkdesk.domain.enums import AgeBand, Channel, ConcernType, District, Gender, InquirerRole, Level

# ASCII digits only and matched in full: "２０２６Q1" or "2026Q1\n" is no quarter.
QUARTER = re.compile(r"(?P<year>[0-9]{4})Q(?P<quarter>[1-4])")


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def quarter_start(period: str) -> date:
    match = QUARTER.fullmatch(period)
    if not match:
        raise ValueError(f"{period!r} is not a quarter like 2026Q3")
    return date(int(match["year"]), 3 * (int(match["quarter"]) - 1) + 1, 1)


def quarters_between(first: str, last: str) -> list[str]:
    """Every quarter from first to last, both included."""
    found = []
    year, quarter = int(first[:4]), int(first[5])
    while f"{year}Q{quarter}" <= last:
        found.append(f"{year}Q{quarter}")
        quarter += 1
        if quarter == 5:
            year, quarter = year + 1, 1
    return found


@dataclass(frozen=True)
class CaseFact:
    district: District
    age_band: AgeBand  # at opening
    gender: Gender
    concern_type: ConcernType
    opened: str  # quarter
    closed: str | None  # quarter
    levels: tuple[tuple[str, Level], ...]  # each final assessment's chosen level, oldest first
    contacts: tuple[tuple[str, Channel, InquirerRole], ...]  # one per current consultation, by quarter
    closure_reason: str | None = None  # the last closing's reason (a ClosureReason value); None: not recorded
    follow_ups: tuple[tuple[str, FollowUpOutcome], ...] = ()  # each recorded follow-up outcome, by quarter

    def level_at_end_of(self, period: str) -> Level | None:
        level = None
        for quarter, chosen in self.levels:
            if quarter <= period:
                level = chosen
        return level

    def active_in(self, period: str) -> bool:
        return self.opened <= period and (self.closed is None or self.closed >= period)
