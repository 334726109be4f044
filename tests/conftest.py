"""Shared fixtures: every test gets a fresh home folder; vaults use the minimum KDF parameters for speed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from vinkdesk.domain import (  # noqa: E402
    Channel,
    ConcernType,
    District,
    Gender,
    InquirerRole,
    Level,
    NewCase,
    NewConsultation,
    ReferralSource,
    SubjectKind,
)
from vinkdesk.session import Session  # noqa: E402
from vinkdesk.vault import FLOOR, Home, KdfParams  # noqa: E402

PASSPHRASE = "Kærlighed og kaffe 2026"


@pytest.fixture
def kdf() -> KdfParams:
    return FLOOR


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path / "home")


@pytest.fixture
def session(home: Home, kdf: KdfParams) -> Iterator[Session]:
    created, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)
    yield created
    created.lock()


def person_case(**changes: object) -> NewCase:
    values: dict[str, object] = dict(
        subject_kind=SubjectKind.PERSON,
        district=District.NOERREBRO,
        concern_type=ConcernType.RIGHT_WING,
        referral_source=ReferralSource.SCHOOL,
        gender=Gender.MALE,
        alias="Ravn-17",
        birth_year=2010,
        opened_on=date(2026, 3, 2),
    )
    values.update(changes)
    return NewCase(**values)  # type: ignore[arg-type]


def consultation(body: str, when: datetime | None = None, **changes: object) -> NewConsultation:
    values: dict[str, object] = dict(
        occurred_at=when or datetime(2026, 3, 4, 10, 30),
        channel=Channel.MEETING,
        inquirer_role=InquirerRole.TEACHER,
        duration_minutes=45,
        body=body,
        advice="Hold dialogen åben.",
        next_steps="Opfølgning om to uger.",
    )
    values.update(changes)
    return NewConsultation(**values)  # type: ignore[arg-type]


def assess(session: Session, case_id: int, level: Level, when: date) -> None:
    """A final assessment of the case at the level given, on that day at 10.00, as the counsellor chose it."""
    from datetime import time

    from vinkdesk.assessment import shipped_definitions
    from vinkdesk.session.assessments import AssessmentRecord

    definition = shipped_definitions().latest()
    record = AssessmentRecord(
        definition_id=definition.id,
        definition_version=definition.version,
        answers={},
        suggested_level=None,
        reasons=[],
        gaps=[],
        chosen_level=level,
        justification="Vurderet ud fra samtalerne med skolen og familien.",
    )
    session.save_assessment(case_id, record, at=datetime.combine(when, time(10, 0)))


def old_case(
    conn: object, user_id: str, new: NewCase, ref: str, opened_on: date, closed_on: date | None = None
) -> int:
    """A case written straight into a vault made by an older vinkdesk, in the columns every schema version
    has (for the migration tests: the Session of today would write columns added later)."""
    cursor = conn.execute(  # type: ignore[attr-defined]
        "INSERT INTO cases (ref, subject_kind, alias, birth_year, age_band, gender, district, concern_type,"
        " referral_source, counsellor_id, opened_on, closed_on, status)"
        " VALUES (?, ?, ?, ?, 'unknown', ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ref,
            new.subject_kind.value,
            new.alias,
            new.birth_year,
            new.gender.value,
            new.district.value,
            new.concern_type.value,
            new.referral_source.value,
            user_id,
            opened_on.isoformat(),
            closed_on.isoformat() if closed_on else None,
            "closed" if closed_on else "open",
        ),
    )
    return int(cursor.lastrowid)
