"""Frozen records passed between the Session and its callers: cases, consultations, actions, search hits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from vinkdesk.domain.casework import ClosureReason, ConcernSource, Disclosure, FollowUp, UnitDetails
from vinkdesk.domain.enums import (
    AgeBand,
    CaseStatus,
    Channel,
    ConcernType,
    District,
    Gender,
    InquirerRole,
    Level,
    ReferralSource,
    Role,
    SubjectKind,
    age_band_for,
)


@dataclass(frozen=True)
class User:
    id: str
    display_name: str
    role: Role


@dataclass(frozen=True)
class NewCase:
    """What a counsellor enters to open a case. An anonymous subject has an age band, not a birth year."""

    subject_kind: SubjectKind
    district: District
    concern_type: ConcernType
    referral_source: ReferralSource
    gender: Gender = Gender.UNKNOWN
    alias: str = ""
    birth_year: int | None = None
    age_band: AgeBand | None = None
    opened_on: date | None = None


@dataclass(frozen=True)
class Case:
    id: int
    ref: str
    subject_kind: SubjectKind
    alias: str
    birth_year: int | None
    age_band: AgeBand
    gender: Gender
    district: District
    concern_type: ConcernType
    referral_source: ReferralSource
    counsellor_id: str
    opened_on: date
    closed_on: date | None
    status: CaseStatus
    level: Level | None
    reopened_on: date | None = None  # the last reopening of a case once closed
    review_on: date | None = None  # the next review of an open case
    closure_reason: ClosureReason | None = None  # why it was closed (the last closing)
    closure_note: str = ""  # the reason in words, for "other": never counted

    def review_overdue_on(self, day: date) -> bool:
        return self.status is CaseStatus.OPEN and self.review_on is not None and self.review_on < day

    def age_band_on(self, day: date) -> AgeBand:
        """The age band on a given day: from the birth year when known, else as entered."""
        if self.birth_year is None:
            return self.age_band
        return age_band_for(self.age_on(day))

    def age_on(self, day: date) -> int | None:
        """Age in whole years on a day, counted from 1 July of the birth year (only the year is held)."""
        if self.birth_year is None:
            return None
        return day.year - self.birth_year - (1 if (day.month, day.day) < (7, 1) else 0)


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    ref: str
    subject_kind: SubjectKind
    alias: str
    level: Level | None
    district: District
    status: CaseStatus
    counsellor_id: str
    last_consultation: datetime | None
    next_action_due: date | None
    review_on: date | None = None

    def review_overdue_on(self, day: date) -> bool:
        return self.status is CaseStatus.OPEN and self.review_on is not None and self.review_on < day


@dataclass(frozen=True)
class NewConsultation:
    occurred_at: datetime
    channel: Channel
    inquirer_role: InquirerRole
    duration_minutes: int
    body: str
    advice: str = ""
    next_steps: str = ""
    inquirer_organisation: str = ""  # who asked: never counted, never logged
    inquirer_contact: str = ""  # a phone number or an e-mail address


@dataclass(frozen=True)
class Consultation:
    id: int
    case_id: int
    occurred_at: datetime
    channel: Channel
    inquirer_role: InquirerRole
    duration_minutes: int
    body: str
    advice: str
    next_steps: str
    author_id: str
    created_at: datetime
    locked_at: datetime | None
    supersedes: int | None
    superseded_by: int | None
    inquirer_organisation: str = ""  # who asked: never counted, never logged
    inquirer_contact: str = ""


@dataclass(frozen=True)
class Action:
    id: int
    case_id: int
    assessment_id: int | None
    title: str
    responsible: str
    due: date | None
    done: bool

    def overdue_on(self, day: date) -> bool:
        return not self.done and self.due is not None and self.due < day


@dataclass(frozen=True)
class SearchHit:
    case_ref: str
    consultation_id: int
    case_id: int
    occurred_at: datetime
    snippet: str


def add_weekdays(day: date, weekdays: int) -> date:
    """The date `weekdays` working days (Monday to Friday) after day; public holidays are not counted out."""
    current = day
    left = weekdays
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


@dataclass(frozen=True)
class Notification:
    """A recorded decision on the duty to notify (skærpet underretningspligt) or the police referral."""

    id: int
    case_id: int
    assessment_id: int | None
    kind: str  # duty-to-notify | police-referral
    done: bool
    done_on: date | None
    reason: str
    receipt_on: date | None
    receipt_weekdays: int | None = None  # from the assessment definition's duty to notify; None: no deadline

    def receipt_due(self) -> date | None:
        if self.kind != "duty-to-notify" or not self.done or self.done_on is None:
            return None
        if self.receipt_weekdays is None:
            return None
        return add_weekdays(self.done_on, self.receipt_weekdays)

    def receipt_overdue_on(self, day: date) -> bool:
        """The municipality has not confirmed receipt within the weekdays the definition gives it."""
        due = self.receipt_due()
        return due is not None and self.receipt_on is None and day > due


@dataclass(frozen=True)
class AssessmentDetail:
    id: int
    case_id: int
    definition_id: str
    definition_version: int
    answers: dict[str, Any]
    evidence: dict[str, Any]
    suggested_level: Level | None
    reasons: list[Any]
    gaps: list[Any]
    chosen_level: Level | None
    justification: str
    author_id: str
    created_at: datetime
    final: bool
    undetermined: bool = False  # the suggestion was not an all-clear: key factors were unknown


@dataclass(frozen=True)
class SupervisorComment:
    at: datetime
    supervisor: str
    verdict: str  # approved | returned | comment
    text: str
    about: str  # e.g. "consultation 2026-03-04" or "assessment 2026-03-05"


@dataclass(frozen=True)
class SummaryData:
    """What a consultation summary shows; the Session gathers it, the report only lays it out."""

    case: Case
    counsellor: str
    start: date | None
    end: date | None
    consultations: tuple[Consultation, ...]  # current versions in the period, oldest first
    open_actions: tuple[Action, ...]
    reasons: tuple[Any, ...]  # the latest assessment's reasons: {"da": …, "en": …} or text
    gaps: tuple[Any, ...]
    assessed_on: date | None
    comments: tuple[SupervisorComment, ...]
    made_on: date
    made_by: str


SUPPRESSED = "–"  # every hidden figure, small or hiding another, looks the same


@dataclass(frozen=True)
class PublishedTable:
    """A level × category table as published: every figure is text, hidden ones shown as SUPPRESSED."""

    key: str  # active_cases, new_cases, closed_cases, district, …, transitions, level_changes
    row_keys: tuple[str, ...]  # levels (green, yellow, red, unassessed), or down/up for level changes
    column_keys: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]
    row_totals: tuple[str, ...]  # empty where the table has none (active cases per quarter)
    column_totals: tuple[str, ...]
    total: str  # "" where the table has no row totals


@dataclass(frozen=True)
class AnnualFigures:
    year: int
    k: int
    tables: tuple[PublishedTable, ...]
    devices_counted: int
    files_counted: int
    rejections: tuple[tuple[str, int], ...]  # (reason, how many files)
    revision: int = 1  # 1 is the year's first release; later ones are revisions
    released: date | None = None  # None: a draft, not published
    previous: AnnualFigures | None = None  # the latest release of the year before, to compare with
    older_files: int = 0  # counted files from laptops not yet updated: no closure reasons, no follow-ups

    def table(self, key: str) -> PublishedTable | None:
        return next((t for t in self.tables if t.key == key), None)


@dataclass(frozen=True)
class AccessEvent:
    at: datetime
    user: str
    action: str


@dataclass(frozen=True)
class AccessData:
    """Everything the vault holds about one case, for a person's right of access."""

    case: Case
    counsellor: str
    consultations: tuple[Consultation, ...]  # every version, oldest first
    assessments: tuple[AssessmentDetail, ...]
    actions: tuple[Action, ...]
    reviews: tuple[SupervisorComment, ...]
    notifications: tuple[Notification, ...]
    accesses: tuple[AccessEvent, ...]
    made_on: date
    made_by: str
    concern_source: ConcernSource | None = None
    disclosures: tuple[Disclosure, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    retention_years: int = 5
    unit: UnitDetails = UnitDetails()
    source_name_included: bool = False  # the counsellor decided that the person may see who raised it


@dataclass(frozen=True)
class AuditLine:
    """One audit row as people read it: when, who, what, on which object, and the detail."""

    number: int
    at: datetime
    user: str
    action: str
    object: str
    detail: str
