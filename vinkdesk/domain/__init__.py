"""The domain's values: enumerations and frozen records. No I/O, no imports from the rest of vinkdesk."""

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
from vinkdesk.domain.records import (
    Action,
    Case,
    CaseSummary,
    Consultation,
    NewCase,
    NewConsultation,
    SearchHit,
    User,
)

__all__ = [
    "Action",
    "AgeBand",
    "Case",
    "CaseStatus",
    "CaseSummary",
    "Channel",
    "ConcernType",
    "Consultation",
    "District",
    "Gender",
    "InquirerRole",
    "Level",
    "NewCase",
    "NewConsultation",
    "ReferralSource",
    "Role",
    "SearchHit",
    "SubjectKind",
    "User",
    "age_band_for",
]
