"""The casework's values in Danish and English, for the windows, the reports and the audit log alike."""

from __future__ import annotations

from enum import StrEnum

from vinkdesk.domain.casework import (
    Agency,
    ClosureCount,
    ClosureReason,
    ConcernChannel,
    CourseWish,
    DataCategory,
    DisclosureKind,
    FollowUpOutcome,
    InfohusDecision,
)
from vinkdesk.domain.labels import Words, pick

WORDS: dict[StrEnum, Words] = {
    ConcernChannel.PHONE: ("Telefon", "Phone"),
    ConcernChannel.MEETING: ("Møde", "Meeting"),
    ConcernChannel.EMAIL: ("E-mail", "E-mail"),
    ConcernChannel.LETTER: ("Brev", "Letter"),
    ConcernChannel.HOTLINE: (
        "Den nationale hotline (via Infohuset)",
        "The national hotline (through the Infohus)",
    ),
    ConcernChannel.INFOHUS: ("Infohuset", "The Infohus"),
    ConcernChannel.OTHER: ("Andet", "Other"),
    Agency.INFOHUS: ("Infohuset", "The Infohus"),
    Agency.POLICE: ("Politiet", "The police"),
    Agency.SOCIAL_SERVICES: ("Socialforvaltningen", "Social services"),
    Agency.SCHOOL: ("Skolen", "The school"),
    Agency.PET_VIA_INFOHUS: ("PET (via Infohuset)", "PET (through the Infohus)"),
    Agency.HEALTH: ("Sundhedsvæsenet", "Health services"),
    Agency.OTHER: ("Anden myndighed", "Another agency"),
    DataCategory.IDENTITY: ("Identitet (navn, alder, adresse)", "Identity (name, age, address)"),
    DataCategory.CONCERN: ("Bekymringen", "The concern"),
    DataCategory.ASSESSMENT: ("Vurderingen af niveau", "The level assessment"),
    DataCategory.CONSULTATIONS: ("Noter fra samtaler", "Notes from consultations"),
    DataCategory.FAMILY: ("Familie og netværk", "Family and network"),
    DataCategory.OTHER: ("Andet", "Other"),
    DisclosureKind.DISCLOSURE: ("Deling af oplysninger", "Information shared"),
    DisclosureKind.DUTY_TO_NOTIFY: ("Underretning til kommunen", "Notification to the municipality"),
    DisclosureKind.POLICE_REFERRAL: ("Henvisning til politiet", "Referral to the police"),
    DisclosureKind.INFOHUS_REFERRAL: ("Henvisning til Infohuset", "Referral to the Infohus"),
    InfohusDecision.CONVERSATION: ("Tilbud om samtale", "Conversation offered"),
    InfohusDecision.COURSE: ("Tilbud om individuelt forløb", "Individual course offered"),
    InfohusDecision.NO_FURTHER_ACTION: ("Ingen videre handling", "No further action"),
    CourseWish.YES: ("Ja, ønsker et forløb", "Yes, wants a course"),
    CourseWish.NO: ("Nej, ønsker ikke et forløb", "No, does not want a course"),
    CourseWish.NOT_ASKED: ("Ikke spurgt", "Not asked"),
    ClosureReason.CONCERN_NOT_CONFIRMED: ("Bekymringen blev ikke bekræftet", "Concern not confirmed"),
    ClosureReason.CONCERN_RESOLVED: ("Bekymringen er løst", "Concern resolved"),
    ClosureReason.REFERRED_INFOHUS: ("Henvist til Infohuset", "Referred to the Infohus"),
    ClosureReason.REFERRED_OTHER: ("Henvist til en anden indsats", "Referred to another service"),
    ClosureReason.MOVED_AWAY: ("Fraflyttet kommunen", "Moved away"),
    ClosureReason.NO_CONTACT: ("Kontakt ikke mulig", "No contact possible"),
    ClosureReason.OTHER: ("Anden grund", "Other reason"),
    ClosureCount.CONCERN_NOT_CONFIRMED: ("Bekymringen blev ikke bekræftet", "Concern not confirmed"),
    ClosureCount.CONCERN_RESOLVED: ("Bekymringen er løst", "Concern resolved"),
    ClosureCount.REFERRED_INFOHUS: ("Henvist til Infohuset", "Referred to the Infohus"),
    ClosureCount.REFERRED_OTHER: ("Henvist til en anden indsats", "Referred to another service"),
    ClosureCount.MOVED_AWAY: ("Fraflyttet kommunen", "Moved away"),
    ClosureCount.NO_CONTACT: ("Kontakt ikke mulig", "No contact possible"),
    ClosureCount.OTHER: ("Anden grund", "Other reason"),
    ClosureCount.NOT_RECORDED: ("Ingen grund registreret", "No reason recorded"),
    FollowUpOutcome.DONE: (
        "Fulgt op – bekymringen er ikke vendt tilbage",
        "Followed up – the concern has not returned",
    ),
    FollowUpOutcome.CONCERN_RETURNED: ("Bekymringen er vendt tilbage", "The concern has returned"),
    FollowUpOutcome.NOT_POSSIBLE: ("Opfølgning ikke mulig", "Follow-up not possible"),
}


def word(value: StrEnum, language: str) -> str:
    """The value as people say it."""
    return pick(WORDS[value], language)


def value_word(text: str, language: str) -> str | None:
    """A stored value (e.g. "concern-resolved") in words; None if it is no such value."""
    for value, words in WORDS.items():
        if value.value == text:
            return pick(words, language)
    return None


def follow_up_words(months: int, language: str) -> str:
    return pick(
        ("Opfølgning {months} måneder efter afslutning", "Follow-up {months} months after closing"), language
    ).format(months=months)
