"""Turning the vault's rows into domain records, and the SQL that selects them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from vinkdesk.domain import (
    Action,
    AgeBand,
    Case,
    CaseStatus,
    CaseSummary,
    Channel,
    ConcernType,
    Consultation,
    District,
    Gender,
    InquirerRole,
    Level,
    ReferralSource,
    SubjectKind,
)
from vinkdesk.domain.casework import ClosureReason

# The case's level is the chosen level of its latest final assessment.
LEVEL_OF_CASE = (
    "(SELECT a.chosen_level FROM assessments a WHERE a.case_id = c.id AND a.status = 'final'"
    " ORDER BY a.finalised_at DESC, a.id DESC LIMIT 1)"
)

CASE_COLUMNS = (
    "c.id, c.ref, c.subject_kind, c.alias, c.birth_year, c.age_band, c.gender, c.district, c.concern_type,"
    f" c.referral_source, c.counsellor_id, c.opened_on, c.closed_on, c.status, {LEVEL_OF_CASE},"
    " c.reopened_on, c.review_on, c.closure_reason, c.closure_note"
)

SUMMARY_COLUMNS = (
    f"c.id, c.ref, c.subject_kind, c.alias, {LEVEL_OF_CASE}, c.district, c.status, c.counsellor_id,"
    " (SELECT max(k.occurred_at) FROM consultations k WHERE k.case_id = c.id),"
    " (SELECT min(t.due) FROM actions t WHERE t.case_id = c.id AND t.done = 0 AND t.due IS NOT NULL),"
    " c.review_on"
)

CONSULTATION_COLUMNS = (
    "k.id, k.case_id, k.occurred_at, k.channel, k.inquirer_role, k.duration_minutes, k.body, k.advice,"
    " k.next_steps, k.author_id, k.created_at, k.locked_at, k.supersedes,"
    " (SELECT n.id FROM consultations n WHERE n.supersedes = k.id),"
    " k.inquirer_organisation, k.inquirer_contact"
)

ACTION_COLUMNS = "id, case_id, assessment_id, title, responsible, due, done"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _level(text: str | None) -> Level | None:
    return Level(text) if text else None


def case_from_row(row: Any) -> Case:
    opened = _day(row[11])
    assert opened is not None
    return Case(
        id=row[0],
        ref=row[1],
        subject_kind=SubjectKind(row[2]),
        alias=row[3],
        birth_year=row[4],
        age_band=AgeBand(row[5]),
        gender=Gender(row[6]),
        district=District(row[7]),
        concern_type=ConcernType(row[8]),
        referral_source=ReferralSource(row[9]),
        counsellor_id=row[10],
        opened_on=opened,
        closed_on=_day(row[12]),
        status=CaseStatus(row[13]),
        level=_level(row[14]),
        reopened_on=_day(row[15]),
        review_on=_day(row[16]),
        closure_reason=ClosureReason(row[17]) if row[17] else None,
        closure_note=row[18],
    )


def summary_from_row(row: Any) -> CaseSummary:
    return CaseSummary(
        id=row[0],
        ref=row[1],
        subject_kind=SubjectKind(row[2]),
        alias=row[3],
        level=_level(row[4]),
        district=District(row[5]),
        status=CaseStatus(row[6]),
        counsellor_id=row[7],
        last_consultation=_moment(row[8]),
        next_action_due=_day(row[9]),
        review_on=_day(row[10]),
    )


def consultation_from_row(row: Any) -> Consultation:
    occurred, created = _moment(row[2]), _moment(row[10])
    assert occurred is not None and created is not None
    return Consultation(
        id=row[0],
        case_id=row[1],
        occurred_at=occurred,
        channel=Channel(row[3]),
        inquirer_role=InquirerRole(row[4]),
        duration_minutes=row[5],
        body=row[6],
        advice=row[7],
        next_steps=row[8],
        author_id=row[9],
        created_at=created,
        locked_at=_moment(row[11]),
        supersedes=row[12],
        superseded_by=row[13],
        inquirer_organisation=row[14],
        inquirer_contact=row[15],
    )


def action_from_row(row: Any) -> Action:
    return Action(
        id=row[0],
        case_id=row[1],
        assessment_id=row[2],
        title=row[3],
        responsible=row[4],
        due=_day(row[5]),
        done=bool(row[6]),
    )
