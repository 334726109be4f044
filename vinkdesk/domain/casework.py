"""Casework as Danish practice records it: who raised the concern (kept apart from the person of concern),
every sharing of information with another agency and its legal basis, the Infohus' decision on a referral,
the next review of a case, why a case was closed and how its follow-ups went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class ConcernChannel(StrEnum):
    """How the concern reached the unit."""

    PHONE = "phone"
    MEETING = "meeting"
    EMAIL = "email"
    LETTER = "letter"
    HOTLINE = "hotline"  # the national hotline, passed on through the Infohus
    INFOHUS = "infohus"
    OTHER = "other"


class Agency(StrEnum):
    """Who received information about the case."""

    INFOHUS = "infohus"
    POLICE = "police"
    SOCIAL_SERVICES = "social-services"
    SCHOOL = "school"
    PET_VIA_INFOHUS = "pet-via-infohus"
    PROBATION = "probation"  # Kriminalforsorgen, the KSP partner
    OTHER_MUNICIPALITY = "other-municipality"  # e.g. where the citizen moved to
    HEALTH = "health"
    OTHER = "other"


class DataCategory(StrEnum):
    """What kind of information was shared."""

    IDENTITY = "identity"
    CONCERN = "concern"
    ASSESSMENT = "assessment"
    CONSULTATIONS = "consultations"
    FAMILY = "family"
    OTHER = "other"


class DisclosureKind(StrEnum):
    DISCLOSURE = "disclosure"
    DUTY_TO_NOTIFY = "duty-to-notify"  # recorded with the assessment's duty to notify
    POLICE_REFERRAL = "police-referral"  # recorded with the assessment's police referral
    INFOHUS_REFERRAL = "infohus-referral"


class InfohusDecision(StrEnum):
    CONVERSATION = "conversation-offered"
    COURSE = "course-offered"
    NO_FURTHER_ACTION = "no-further-action"


class CourseWish(StrEnum):
    """The citizen's own wish for an individual course: recorded, never assumed."""

    YES = "yes"
    NO = "no"
    NOT_ASKED = "not-asked"


class ClosureReason(StrEnum):
    CONCERN_NOT_CONFIRMED = "concern-not-confirmed"
    CONCERN_RESOLVED = "concern-resolved"
    CITIZEN_DECLINES = "citizen-declines"  # participation is voluntary: the citizen wants no (further) course
    REFERRED_INFOHUS = "referred-infohus"
    HANDED_TO_POLICE = "handed-to-police"  # the police (or PET) took the matter over
    REFERRED_OTHER = "referred-other-service"
    MOVED_AWAY = "moved-away"
    NO_CONTACT = "no-contact"
    OTHER = "other"


class ClosureCount(StrEnum):
    """What a closure is counted by: its reason (domain.casework.ClosureReason), or that it was closed before
    vinkdesk asked for one. Every closed case has exactly one, so the row totals are the closed cases'."""

    CONCERN_NOT_CONFIRMED = "concern-not-confirmed"
    CONCERN_RESOLVED = "concern-resolved"
    CITIZEN_DECLINES = "citizen-declines"  # participation is voluntary: the citizen wants no (further) course
    REFERRED_INFOHUS = "referred-infohus"
    HANDED_TO_POLICE = "handed-to-police"  # the police (or PET) took the matter over
    REFERRED_OTHER = "referred-other-service"
    MOVED_AWAY = "moved-away"
    NO_CONTACT = "no-contact"
    OTHER = "other"
    NOT_RECORDED = "not-recorded"


class FollowUpOutcome(StrEnum):
    DONE = "done"  # followed up: the concern has not returned
    CONCERN_RETURNED = "concern-returned"
    NOT_POSSIBLE = "not-possible"


FOLLOW_UP_MONTHS = (6, 12)  # after closing a yellow or red case
# A concern that was never confirmed is not followed up, whatever the level the case had on paper.
NOT_FOLLOWED_UP = frozenset({ClosureReason.CONCERN_NOT_CONFIRMED})

# The legal bases (ids in the assessment definition's legal_bases) that only fit a sharing with the
# municipality's own social services (or the municipality a child moved to): a notification under the
# Children's Act goes to the municipality, never to the police or the school.
MUNICIPALITY_ONLY_BASES = frozenset({"notification-duty"})
MUNICIPALITY_AGENCIES = frozenset({Agency.SOCIAL_SERVICES, Agency.OTHER_MUNICIPALITY})


def basis_fits_recipient(agency: Agency, legal_basis: str) -> bool:
    """False where the basis cannot carry a sharing with that recipient (the window asks before saving)."""
    return legal_basis not in MUNICIPALITY_ONLY_BASES or agency in MUNICIPALITY_AGENCIES


def course_against_wish(decision: InfohusDecision | None, wish: CourseWish) -> bool:
    """An individual course is offered only if the citizen wants it: True where the record says otherwise."""
    return decision is InfohusDecision.COURSE and wish is not CourseWish.YES


class ReviewKind(StrEnum):
    REVIEWED = "reviewed"  # the case was reviewed; the next review follows from its level
    MOVED = "moved"  # the next review was moved to another day


@dataclass(frozen=True)
class CaseReview:
    """One entry of a case's review history."""

    id: int
    case_id: int
    kind: ReviewKind
    day: date  # the day reviewed, or the day the review was moved
    next_on: date  # the next review after this entry
    note: str  # what the review found, or why the review was moved
    author_id: str


@dataclass(frozen=True)
class Closing:
    """One closing of a case, kept when the case is reopened."""

    id: int
    case_id: int
    closed_on: date
    reason: ClosureReason | None  # None: closed before vinkdesk asked why
    note: str
    reopened_on: date | None
    reopened_by_follow_up: bool  # the concern returned at a follow-up


@dataclass(frozen=True)
class UnitDetails:
    """The unit as the right-of-access report names it: the data controller and how to reach it (Settings)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    dpo: str = ""  # the municipality's data protection officer: a name, an e-mail or a phone

    def is_empty(self) -> bool:
        return not any((self.name, self.address, self.phone, self.email, self.dpo))


@dataclass(frozen=True)
class ConcernSource:
    """Who raised the concern: never the person of concern. Its role is the case's referral source; an
    anonymous source has no name and no contact."""

    anonymous: bool = False
    organisation: str = ""
    name: str = ""
    contact: str = ""
    raised_on: date | None = None
    raised_how: ConcernChannel | None = None


@dataclass(frozen=True)
class NewDisclosure:
    """One sharing of information about a case with another agency, as the counsellor records it."""

    disclosed_on: date
    agency: Agency
    legal_basis: str  # an id from the assessment definition's legal_bases
    purpose: str
    categories: tuple[DataCategory, ...] = ()
    shared_text: str = ""  # what was shared, in the counsellor's words
    recipient_role: str = ""  # e.g. "SSP-konsulent", "sagsbehandler"
    basis_text: str = ""  # the basis in words: required where the basis asks for it ("other")
    kind: DisclosureKind = DisclosureKind.DISCLOSURE


@dataclass(frozen=True)
class InfohusOutcome:
    decision: InfohusDecision | None = None
    decided_on: date | None = None
    course_wish: CourseWish = CourseWish.NOT_ASKED


@dataclass(frozen=True)
class Disclosure:
    id: int
    case_id: int
    disclosed_on: date
    agency: Agency
    legal_basis: str
    purpose: str
    categories: tuple[DataCategory, ...]
    shared_text: str
    recipient_role: str
    basis_text: str
    kind: DisclosureKind
    author_id: str
    created_at: datetime
    notification_id: int | None = None
    infohus: InfohusOutcome | None = None  # for an Infohus referral


@dataclass(frozen=True)
class FollowUp:
    id: int
    case_id: int
    months: int
    due_on: date
    closed_on: date  # the closing it follows
    outcome: FollowUpOutcome | None
    outcome_on: date | None
    action_id: int | None
    reopened: bool  # the concern returned and the case was reopened from here
    note: str = ""  # how it went, in the counsellor's words
