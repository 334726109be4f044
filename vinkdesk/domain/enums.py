"""Enumerations of the field: levels of the prevention triangle, roles, districts, age bands and the rest."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    GREEN = "green"  # forebyggende
    YELLOW = "yellow"  # foregribende
    RED = "red"  # indgribende

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]


_LEVEL_RANK = {Level.GREEN: 0, Level.YELLOW: 1, Level.RED: 2}


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    SUPERVISOR = "supervisor"


class SubjectKind(StrEnum):
    PERSON = "person"
    ANONYMOUS = "anonymous"
    GROUP = "group"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class District(StrEnum):
    INDRE_BY = "indre-by"
    OESTERBRO = "oesterbro"
    NOERREBRO = "noerrebro"
    VESTERBRO = "vesterbro-kongens-enghave"
    VALBY = "valby"
    VANLOESE = "vanloese"
    BROENSHOEJ = "broenshoej-husum"
    BISPEBJERG = "bispebjerg"
    AMAGER_OEST = "amager-oest"
    AMAGER_VEST = "amager-vest"
    OUTSIDE = "outside"
    UNKNOWN = "unknown"


class AgeBand(StrEnum):
    UNDER_12 = "under-12"
    AGE_12_14 = "12-14"
    AGE_15_17 = "15-17"
    AGE_18_24 = "18-24"
    AGE_25_PLUS = "25-plus"
    UNKNOWN = "unknown"


class ConcernType(StrEnum):
    RIGHT_WING = "right-wing"
    LEFT_WING = "left-wing"
    MILITANT_ISLAMISM = "militant-islamism"
    OTHER_MIXED = "other-mixed"
    UNCLEAR = "unclear"


class ReferralSource(StrEnum):
    SCHOOL = "school"
    YOUTH_CLUB = "youth-club-ssp"
    SOCIAL_SERVICES = "social-services"
    FAMILY = "family"
    POLICE = "police"
    PROBATION = "probation"
    SELF = "self"
    OTHER = "other"


class Channel(StrEnum):
    MEETING = "meeting"
    PHONE = "phone"
    VISIT = "visit"
    EMAIL = "email"


class InquirerRole(StrEnum):
    TEACHER = "teacher"
    SOCIAL_WORKER = "social-worker"
    CLUB_WORKER = "club-worker"
    PARENT = "parent"
    POLICE = "police"
    HEALTH = "health"
    OTHER = "other"


# The role of the one who asks, as the case's referral source suggests it: the default "who asked" of a new
# consultation. A source with no such role (probation, the person themselves, other) suggests "other".
INQUIRER_FOR_REFERRAL = {
    ReferralSource.SCHOOL: InquirerRole.TEACHER,
    ReferralSource.YOUTH_CLUB: InquirerRole.CLUB_WORKER,
    ReferralSource.SOCIAL_SERVICES: InquirerRole.SOCIAL_WORKER,
    ReferralSource.FAMILY: InquirerRole.PARENT,
    ReferralSource.POLICE: InquirerRole.POLICE,
}


def inquirer_role_for(source: ReferralSource) -> InquirerRole:
    return INQUIRER_FOR_REFERRAL.get(source, InquirerRole.OTHER)


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


def age_band_for(age: int | None) -> AgeBand:
    """The count's age band for an age in whole years (None when not known)."""
    if age is None or age < 0:
        return AgeBand.UNKNOWN
    if age < 12:
        return AgeBand.UNDER_12
    if age <= 14:
        return AgeBand.AGE_12_14
    if age <= 17:
        return AgeBand.AGE_15_17
    if age <= 24:
        return AgeBand.AGE_18_24
    return AgeBand.AGE_25_PLUS
