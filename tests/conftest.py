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
