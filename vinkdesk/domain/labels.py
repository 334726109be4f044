"""The words for the domain's values in Danish and English: one source for the windows and the reports."""

from __future__ import annotations

from datetime import date, datetime, time
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
    ReviewKind,
)
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
    SubjectKind,
)

Words = tuple[str, str]  # (Danish, English)

LEVEL_NAMES: dict[Level | None, Words] = {
    Level.GREEN: ("Grøn – forebyggende", "Green – preventive"),
    Level.YELLOW: ("Gul – foregribende", "Yellow – pre-emptive"),
    Level.RED: ("Rød – indgribende", "Red – interventive"),
    None: ("Ikke vurderet", "Not assessed"),
}
LEVEL_SHORT: dict[Level | None, Words] = {
    Level.GREEN: ("Grøn", "Green"),
    Level.YELLOW: ("Gul", "Yellow"),
    Level.RED: ("Rød", "Red"),
    None: ("Ikke vurderet", "Not assessed"),  # one name for "no level yet", short or long
}
# Every value by its enumeration and value: members of different enumerations with the same value ("other",
# "unknown") are different words, which a dict keyed by the members themselves (equal as strings) would merge.
_WORDS: tuple[tuple[StrEnum, Words], ...] = (
    (SubjectKind.PERSON, ("Person med alias", "Person with an alias")),
    (SubjectKind.ANONYMOUS, ("Anonym person", "Anonymous person")),
    (SubjectKind.GROUP, ("Gruppe", "Group")),
    (District.INDRE_BY, ("Indre By", "Indre By")),
    (District.OESTERBRO, ("Østerbro", "Østerbro")),
    (District.NOERREBRO, ("Nørrebro", "Nørrebro")),
    (District.VESTERBRO, ("Vesterbro/Kongens Enghave", "Vesterbro/Kongens Enghave")),
    (District.VALBY, ("Valby", "Valby")),
    (District.VANLOESE, ("Vanløse", "Vanløse")),
    (District.BROENSHOEJ, ("Brønshøj-Husum", "Brønshøj-Husum")),
    (District.BISPEBJERG, ("Bispebjerg", "Bispebjerg")),
    (District.AMAGER_OEST, ("Amager Øst", "Amager Øst")),
    (District.AMAGER_VEST, ("Amager Vest", "Amager Vest")),
    (District.OUTSIDE, ("Uden for kommunen", "Outside the municipality")),
    (District.UNKNOWN, ("Ukendt", "Unknown")),
    (AgeBand.UNDER_12, ("Under 12", "Under 12")),
    (AgeBand.AGE_12_14, ("12–14", "12–14")),
    (AgeBand.AGE_15_17, ("15–17", "15–17")),
    (AgeBand.AGE_18_24, ("18–24", "18–24")),
    (AgeBand.AGE_25_PLUS, ("25 og derover", "25 and over")),
    (AgeBand.UNKNOWN, ("Ukendt", "Unknown")),
    (Gender.FEMALE, ("Kvinde", "Female")),
    (Gender.MALE, ("Mand", "Male")),
    (Gender.OTHER, ("Andet", "Other")),
    (Gender.UNKNOWN, ("Ukendt", "Unknown")),
    (ConcernType.RIGHT_WING, ("Højreekstremisme", "Right-wing extremism")),
    (ConcernType.LEFT_WING, ("Venstreekstremisme", "Left-wing extremism")),
    (ConcernType.MILITANT_ISLAMISM, ("Militant islamisme", "Militant Islamism")),
    (ConcernType.OTHER_MIXED, ("Andet eller blandet", "Other or mixed")),
    (ConcernType.UNCLEAR, ("Uklart", "Unclear")),
    (ReferralSource.SCHOOL, ("Skole", "School")),
    (ReferralSource.YOUTH_CLUB, ("Ungdomsklub / SSP", "Youth club / SSP")),
    (ReferralSource.SOCIAL_SERVICES, ("Socialforvaltning", "Social services")),
    (ReferralSource.FAMILY, ("Forældre eller pårørende", "Parents or relatives")),
    (ReferralSource.POLICE, ("Politi", "Police")),
    (ReferralSource.PROBATION, ("Kriminalforsorgen", "Probation service")),
    (ReferralSource.SELF, ("Personen selv", "The person themselves")),
    (ReferralSource.OTHER, ("Andet", "Other")),
    (Channel.MEETING, ("Møde", "Meeting")),
    (Channel.PHONE, ("Telefon", "Phone")),
    (Channel.VISIT, ("Besøg", "Visit")),
    (Channel.EMAIL, ("E-mail", "E-mail")),
    (InquirerRole.TEACHER, ("Lærer", "Teacher")),
    (InquirerRole.SOCIAL_WORKER, ("Socialrådgiver", "Social worker")),
    (InquirerRole.CLUB_WORKER, ("Klubmedarbejder", "Club worker")),
    (InquirerRole.PARENT, ("Forælder", "Parent")),
    (InquirerRole.POLICE, ("Politi", "Police")),
    (InquirerRole.HEALTH, ("Sundhedsmedarbejder", "Health worker")),
    (InquirerRole.OTHER, ("Andet", "Other")),
    (CaseStatus.OPEN, ("Åben", "Open")),
    (CaseStatus.CLOSED, ("Afsluttet", "Closed")),
    # the casework (domain.casework)
    (ConcernChannel.PHONE, ("Telefon", "Phone")),
    (ConcernChannel.MEETING, ("Møde", "Meeting")),
    (ConcernChannel.EMAIL, ("E-mail", "E-mail")),
    (ConcernChannel.LETTER, ("Brev", "Letter")),
    (ConcernChannel.HOTLINE, (
        "Den nationale hotline (via Infohuset)",
        "The national hotline (through the Infohus)",
    )),
    (ConcernChannel.INFOHUS, ("Infohuset", "The Infohus")),
    (ConcernChannel.OTHER, ("Andet", "Other")),
    (Agency.INFOHUS, ("Infohuset", "The Infohus")),
    (Agency.POLICE, ("Politiet", "The police")),
    (Agency.SOCIAL_SERVICES, ("Socialforvaltningen", "Social services")),
    (Agency.SCHOOL, ("Skolen", "The school")),
    (Agency.PET_VIA_INFOHUS, ("PET (via Infohuset)", "PET (through the Infohus)")),
    (Agency.PROBATION, ("Kriminalforsorgen", "The Prison and Probation Service")),
    (Agency.OTHER_MUNICIPALITY, ("En anden kommune", "Another municipality")),
    (Agency.HEALTH, ("Sundhedsvæsenet", "Health services")),
    (Agency.OTHER, ("Anden myndighed", "Another agency")),
    (DataCategory.IDENTITY, ("Identitet (navn, alder, adresse)", "Identity (name, age, address)")),
    (DataCategory.CONCERN, ("Bekymringen", "The concern")),
    (DataCategory.ASSESSMENT, ("Vurderingen af niveau", "The level assessment")),
    (DataCategory.CONSULTATIONS, ("Noter fra samtaler", "Notes from consultations")),
    (DataCategory.FAMILY, ("Familie og netværk", "Family and network")),
    (DataCategory.OTHER, ("Andet", "Other")),
    (DisclosureKind.DISCLOSURE, ("Deling af oplysninger", "Information shared")),
    (DisclosureKind.DUTY_TO_NOTIFY, ("Underretning til kommunen", "Notification to the municipality")),
    (DisclosureKind.POLICE_REFERRAL, ("Henvisning til politiet", "Referral to the police")),
    (DisclosureKind.INFOHUS_REFERRAL, ("Henvisning til Infohuset", "Referral to the Infohus")),
    (InfohusDecision.CONVERSATION, ("Tilbud om samtale", "Conversation offered")),
    (InfohusDecision.COURSE, ("Tilbud om individuelt forløb", "Individual course offered")),
    (InfohusDecision.NO_FURTHER_ACTION, ("Ingen videre handling", "No further action")),
    (CourseWish.YES, ("Ja, ønsker et forløb", "Yes, wants a course")),
    (CourseWish.NO, ("Nej, ønsker ikke et forløb", "No, does not want a course")),
    (CourseWish.NOT_ASKED, ("Ikke spurgt", "Not asked")),
    (ClosureReason.CONCERN_NOT_CONFIRMED, ("Bekymringen blev ikke bekræftet", "Concern not confirmed")),
    (ClosureReason.CONCERN_RESOLVED, ("Bekymringen er løst", "Concern resolved")),
    (ClosureReason.CITIZEN_DECLINES, (
        "Borgeren ønsker ikke (videre) forløb",
        "The citizen wants no (further) course",
    )),
    (ClosureReason.REFERRED_INFOHUS, ("Henvist til Infohuset", "Referred to the Infohus")),
    (ClosureReason.HANDED_TO_POLICE, ("Overgået til politiet/PET", "Taken over by the police/PET")),
    (ClosureReason.REFERRED_OTHER, ("Henvist til en anden indsats", "Referred to another service")),
    (ClosureReason.MOVED_AWAY, ("Fraflyttet kommunen", "Moved away")),
    (ClosureReason.NO_CONTACT, ("Kontakt ikke mulig", "No contact possible")),
    (ClosureReason.OTHER, ("Anden grund", "Other reason")),
    (ClosureCount.CONCERN_NOT_CONFIRMED, ("Bekymringen blev ikke bekræftet", "Concern not confirmed")),
    (ClosureCount.CONCERN_RESOLVED, ("Bekymringen er løst", "Concern resolved")),
    (ClosureCount.CITIZEN_DECLINES, (
        "Borgeren ønsker ikke (videre) forløb",
        "The citizen wants no (further) course",
    )),
    (ClosureCount.REFERRED_INFOHUS, ("Henvist til Infohuset", "Referred to the Infohus")),
    (ClosureCount.HANDED_TO_POLICE, ("Overgået til politiet/PET", "Taken over by the police/PET")),
    (ClosureCount.REFERRED_OTHER, ("Henvist til en anden indsats", "Referred to another service")),
    (ClosureCount.MOVED_AWAY, ("Fraflyttet kommunen", "Moved away")),
    (ClosureCount.NO_CONTACT, ("Kontakt ikke mulig", "No contact possible")),
    (ClosureCount.OTHER, ("Anden grund", "Other reason")),
    (ClosureCount.NOT_RECORDED, ("Ingen grund registreret", "No reason recorded")),
    (ReviewKind.REVIEWED, ("Gennemgået", "Reviewed")),
    (ReviewKind.MOVED, ("Gennemgang flyttet", "Review moved")),
    (FollowUpOutcome.DONE, (
        "Fulgt op – bekymringen er ikke vendt tilbage",
        "Followed up – the concern has not returned",
    )),
    (FollowUpOutcome.CONCERN_RETURNED, ("Bekymringen er vendt tilbage", "The concern has returned")),
    (FollowUpOutcome.NOT_POSSIBLE, ("Opfølgning ikke mulig", "Follow-up not possible")),
)
NAMES: dict[tuple[type[StrEnum], str], Words] = {(type(value), value.value): words for value, words in _WORDS}
ANONYMOUS: Words = ("Anonym", "Anonymous")
GROUP: Words = ("Gruppe: {name}", "Group: {name}")


def pick(words: Words, language: str) -> str:
    """The Danish or the English of a pair."""

    return words[0] if language == "da" else words[1]


def name(value: StrEnum, language: str) -> str:
    return pick(NAMES[(type(value), value.value)], language)


def level_name(level: Level | None, language: str) -> str:
    return pick(LEVEL_NAMES[level], language)


def level_short(level: Level | None, language: str) -> str:
    return pick(LEVEL_SHORT[level], language)


def subject(kind: SubjectKind, alias: str, language: str) -> str:
    """Only the identity the case holds: the alias, "anonymous", or the group's name."""
    if kind is SubjectKind.ANONYMOUS:
        return pick(ANONYMOUS, language)
    if kind is SubjectKind.GROUP:
        return pick(GROUP, language).format(name=alias)
    return alias


# One date form per language, everywhere (lists, dialogs, PDFs): Danish writes 29.11.2026 and 14.05 (Dansk
# Sprognævn's numeric forms); English the same order with slashes and a colon, never the ISO form.
def day_text(day: date, language: str) -> str:
    return f"{day:%d.%m.%Y}" if language == "da" else f"{day:%d/%m/%Y}"


def clock_text(moment: datetime | time, language: str) -> str:
    return f"{moment:%H.%M}" if language == "da" else f"{moment:%H:%M}"


def moment_text(moment: datetime, language: str) -> str:
    """A point in time on the local wall clock: '29.11.2026 14.05' (an aware time is shown in local time)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{day_text(moment.date(), language)} {clock_text(moment, language)}"


def number_text(value: int | float, language: str, decimals: int = 0) -> str:
    """Danish groups thousands with '.' and writes the decimal comma: 10.000 and 2,5."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".") if language == "da" else text
