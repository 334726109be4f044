"""Synthetic, realistic demo data in Danish: a made-up unit (plainly fictitious, on example.dk), cases over
every district, subject kind and level, with consultations, assessments and action plans, who raised each
concern (a made-up person of an organisation that fits the role), what was shared with whom and on what
basis, reviews with their notes, closings with their reasons and follow-ups with theirs. The same seed and day
give the same vault content."""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import cache

from vinkdesk.assessment import Definition, shipped_definitions, suggest
from vinkdesk.domain import (
    AgeBand,
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
    labels,
)
from vinkdesk.domain.casework import (
    Agency,
    ClosureReason,
    ConcernChannel,
    ConcernSource,
    CourseWish,
    DataCategory,
    DisclosureKind,
    FollowUpOutcome,
    InfohusDecision,
    NewDisclosure,
    UnitDetails,
)
from vinkdesk.session import AssessmentRecord, NotificationDecision, Session

# The unit the right-of-access report names as data controller: made up, and says so.
DEMO_UNIT = UnitDetails(
    name="VINK Demoby – fiktiv enhed til demonstration",
    address="Eksempelvej 1, 9999 Demoby",
    email="vink@demoby.example.dk",
    dpo="Databeskyttelsesrådgiveren, dpo@demoby.example.dk",
)

_ALIAS_WORDS = (
    "Ravn",
    "Lærke",
    "Bøg",
    "Egern",
    "Odder",
    "Måge",
    "Hjort",
    "Skræppe",
    "Birk",
    "Ørn",
    "Mejse",
    "Fyr",
    "Sæl",
    "Glente",
    "Rønnebær",
    "Spurv",
    "Hassel",
    "Musvåge",
    "Tjørn",
    "Ælling",
    "Vibe",
    "Gran",
    "Krage",
    "Lind",
)
_GROUP_WORDS = ("Gruppen ved", "Vennekredsen fra", "Drengegruppen i", "Pigegruppen i", "Klikken ved")
_PLACES = ("skolegården", "klubben", "stationen", "boldburet", "ungdomsklubben", "biblioteket", "torvet")

_WORRIES = {
    ConcernType.RIGHT_WING: (
        "deler memes med nationalistiske symboler i klassens chat",
        "taler om at 'forsvare danskheden' og har lavet tegninger med runer",
        "er begyndt at gå med tøj fra et mærke, der bruges i højreekstreme miljøer",
        "har sagt, at indvandrere er en 'invasion', der skal stoppes",
    ),
    ConcernType.LEFT_WING: (
        "har deltaget i en demonstration, hvor der blev kastet med sten",
        "taler om, at politiet er fjenden, og at hærværk er berettiget",
        "har hængt plakater op med opfordring til 'direkte aktion'",
    ),
    ConcernType.MILITANT_ISLAMISM: (
        "har delt videoer fra en militant prædikant og isolerer sig fra vennerne",
        "siger, at demokrati er forbudt, og har skiftet omgangskreds på kort tid",
        "har spurgt en lærer om rejser til et konfliktområde",
    ),
    ConcernType.OTHER_MIXED: (
        "er optaget af konspirationsteorier og taler om en kommende 'opgør'",
        "skifter mellem forskellige ekstreme forestillinger og søger fællesskab online",
        "har rost et skoleskyderi i udlandet i et opslag",
    ),
    ConcernType.UNCLEAR: (
        "har ændret adfærd markant og udtrykker vrede mod samfundet",
        "trækker sig fra undervisningen og bruger meget tid i lukkede onlinefora",
        "har skrevet en stil med voldelige billeder, som læreren er bekymret for",
    ),
}
_INQUIRERS = ("En lærer", "En klubmedarbejder", "En socialrådgiver", "En forælder", "En SSP-konsulent")
_OBSERVATIONS = (
    "Den unge har haft en svær tid efter forældrenes skilsmisse.",
    "Klasselæreren beskriver en tidligere glad og udadvendt elev.",
    "Der er ikke kendskab til kontakt med organiserede miljøer.",
    "Familien er bekymret og ønsker at samarbejde.",
    "Den unge har et godt forhold til sin fodboldtræner.",
    "Fraværet er steget i de seneste måneder.",
    "Den unge har fortalt en pædagog, at han føler sig overset.",
    "Der er oplysninger om kontakt til ældre personer i et kendt miljø.",
    "Den unge har fået nyt arbejde i weekenden og virker mere rolig.",
    "Forældrene har svært ved at nå den unge og er selv utrygge.",
)
_ADVICE = (
    "Rådgav læreren om at holde dialogen åben og spørge nysgerrigt ind til holdningerne.",
    "Anbefalede et møde med forældrene sammen med skolens AKT-vejleder.",
    "Aftalte at klubben styrker den unges tilknytning til fritidsaktiviteter.",
    "Vejledte om underretningspligten og hvordan en underretning udformes.",
    "Anbefalede kontakt til SSP og en mentor med erfaring fra området.",
    "Gav råd om at undgå konfrontation og i stedet bygge tillid.",
    "Aftalte at tale med den unge om kildekritik og fællesskaber online.",
)
_NEXT_STEPS = (
    "Opfølgende telefonsamtale med læreren om to uger.",
    "Møde med forældre og skole i næste måned.",
    "Ny vurdering efter møde med SSP.",
    "Klubben melder tilbage efter weekendens aktiviteter.",
    "Drøftes på næste koordinationsmøde.",
)
_ACTIONS = (
    ("Møde med forældrene", "Rådgiver"),
    ("Aftale om mentor", "SSP"),
    ("Opfølgning med klasselærer", "Skolen"),
    ("Underretning til kommunen", "Skolen"),
    ("Henvisning til kriminalpræventivt samarbejde", "Rådgiver"),
    ("Fritidsjob eller klubtilbud", "Klubben"),
)
_LEVEL_WEIGHTS = ((Level.GREEN, 5), (Level.YELLOW, 4), (Level.RED, 1))


def generate_supervisor_passphrase() -> str:
    words = (
        "ankel",
        "bølge",
        "citron",
        "dug",
        "fjord",
        "gåde",
        "hvede",
        "iris",
        "jolle",
        "kløver",
        "lampe",
        "mørtel",
        "nælde",
        "oase",
        "pære",
        "rabarber",
        "sommer",
        "tåge",
        "uld",
        "vante",
        "ørred",
        "ærme",
    )
    return "-".join(secrets.choice(words) for _ in range(5))


_ORGANISATIONS = {  # role: (organisation, the mailbox's first part)
    InquirerRole.TEACHER: ("{district} Skole", "laerer"),
    InquirerRole.SOCIAL_WORKER: ("Børne- og Ungdomsforvaltningen, {district}", "socialraadgiver"),
    InquirerRole.CLUB_WORKER: ("Ungdomsklubben {district}", "klub"),
    InquirerRole.POLICE: ("Københavns Politi, SSP", "ssp"),
    InquirerRole.HEALTH: ("Sundhedsplejen {district}", "sundhedspleje"),
}


def _who_asked(role: InquirerRole, district: District) -> tuple[str, str]:
    """A made-up organisation and a contact on the example.dk domain (no real address), for roles that have
    an organisation; a parent or "other" gives none."""
    if role not in _ORGANISATIONS:
        return "", ""
    pattern, mailbox = _ORGANISATIONS[role]
    outside = district in (District.OUTSIDE, District.UNKNOWN)
    place = "Frederiksberg" if outside else labels.name(district, "da")
    domain = "".join(
        ch for ch in place.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") if ch.isalpha()
    )
    return pattern.format(district=place), f"{mailbox}@{domain}.example.dk"


def _ratings_towards(rng: random.Random, level: Level, definition: Definition) -> dict[str, str]:
    """Ratings a counsellor might give a case of this level: more risk present towards red, fewer
    protective factors, and some unknowns."""
    present = {Level.GREEN: 0.04, Level.YELLOW: 0.22, Level.RED: 0.4}[level]
    answers = {}
    for indicator in definition.indicators():
        protective = "protective" in indicator.tags
        warning = "warning" in indicator.tags
        chance = (
            (0.6 - present) if protective else (present * (0.25 if warning and level is not Level.RED else 1))
        )
        roll = rng.random()
        if roll < 0.1:
            answers[indicator.id] = "unknown"
        elif roll < 0.1 + chance:
            answers[indicator.id] = "present"
        elif roll < 0.1 + chance * 1.5:
            answers[indicator.id] = "partly"
        else:
            answers[indicator.id] = "absent"
    return answers


def populate(
    session: Session,
    cases: int,
    seed: int,
    today: date,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Write demo cases through the Session (the same gate as real data), in batches."""
    rng = random.Random(seed)
    definition = shipped_definitions().latest()
    session.set_unit_details(DEMO_UNIT)
    showcase = list(_SHOWCASE_CLOSINGS)
    batch = 200
    for start in range(0, cases, batch):
        with session.batch():
            for index in range(start, min(cases, start + batch)):
                case_id, level = _one_case(session, rng, today, index, definition, showcase)
                # The casework draws from a generator of its own: the rest of a seed's vault stays as it was.
                _casework(
                    session, random.Random(f"{seed}:{index}"), today, case_id, level, _person(seed, index)
                )
        if progress:
            progress(min(cases, start + batch))


def _one_case(
    session: Session,
    rng: random.Random,
    today: date,
    index: int,
    definition: Definition,
    showcase: list[ClosureReason],
) -> tuple[int, Level]:
    # The first cases walk through every district, subject kind, concern and level, so that even a small
    # demo shows them all; after that the mix is random with realistic weights.
    kind = rng.choices(list(SubjectKind), weights=(6, 3, 1))[0]
    opened = today - timedelta(days=rng.randint(0, 730))
    concern = rng.choice(list(ConcernType))
    district = rng.choice(list(District))
    if index < len(District):
        district = list(District)[index]
        kind = list(SubjectKind)[index % len(SubjectKind)]
        concern = list(ConcernType)[index % len(ConcernType)]
    gender = rng.choices(list(Gender), weights=(3, 6, 1, 1))[0]
    if kind is SubjectKind.PERSON:
        age = rng.choices(range(11, 30), weights=[1, 2, 4, 6, 8, 8, 7, 6, 5, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1])[0]
        new = NewCase(
            kind,
            district,
            concern,
            rng.choice(list(ReferralSource)),
            gender,
            alias=f"{rng.choice(_ALIAS_WORDS)}-{rng.randint(10, 99)}",
            birth_year=opened.year - age,
            opened_on=opened,
        )
    elif kind is SubjectKind.ANONYMOUS:
        new = NewCase(
            kind,
            district,
            concern,
            rng.choice(list(ReferralSource)),
            gender,
            age_band=rng.choice(list(AgeBand)),
            opened_on=opened,
        )
    else:
        new = NewCase(
            kind,
            district,
            concern,
            rng.choice(list(ReferralSource)),
            Gender.UNKNOWN,
            alias=f"{rng.choice(_GROUP_WORDS)} {rng.choice(_PLACES)}",
            age_band=rng.choice((AgeBand.AGE_12_14, AgeBand.AGE_15_17, AgeBand.AGE_18_24)),
            opened_on=opened,
        )
    case = session.create_case(new)
    level = rng.choices([lv for lv, _ in _LEVEL_WEIGHTS], weights=[w for _, w in _LEVEL_WEIGHTS])[0]
    if index < len(District):
        level = list(Level)[index % len(Level)]
    span = max(1, (today - opened).days)
    # A case that closes had its consultations in the first third of its time, so that closed cases reach
    # their follow-ups 6 and 12 months on.
    closes = rng.random() < 0.25 and span > 180
    if closes:
        span //= 3
    count = rng.randint(6, 15)
    moments = sorted(opened + timedelta(days=rng.randint(0, span)) for _ in range(count))
    for day in moments:
        moment = datetime.combine(day, time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))))
        worry = rng.choice(_WORRIES[concern])
        observations = " ".join(rng.sample(_OBSERVATIONS, 2))
        body = f"{rng.choice(_INQUIRERS)} henvender sig, fordi den unge {worry}. {observations}"
        channel, role = rng.choice(list(Channel)), rng.choice(list(InquirerRole))
        organisation, contact = _who_asked(role, district)  # no draw of rng: the same seed, the same vault
        session.add_consultation(
            case.id,
            NewConsultation(
                occurred_at=moment,
                channel=channel,
                inquirer_role=role,
                duration_minutes=rng.choice((15, 30, 45, 60, 90)),
                body=body,
                advice=rng.choice(_ADVICE),
                next_steps=rng.choice(_NEXT_STEPS),
                inquirer_organisation=organisation,
                inquirer_contact=contact,
            ),
        )
    assessed_on = datetime.combine(moments[0], time(16, 0))
    answers = _ratings_towards(rng, level, definition)
    suggestion = suggest(definition, answers)
    chosen, justification = suggestion.level, ""
    if rng.random() < 0.08:
        chosen = rng.choice([lv for lv in Level if lv is not suggestion.level])
        justification = "Samlet vurdering på baggrund af oplysninger fra netværksmødet."
    if suggestion.undetermined and chosen is Level.GREEN and not justification:
        justification = (
            "Grønt trods ukendte forhold: skole og forældre beskriver ingen advarselstegn; følges op."
        )
    age_then = case.age_on(assessed_on.date())
    assessment_id = session.save_assessment(
        case.id,
        AssessmentRecord(
            definition_id=definition.id,
            definition_version=definition.version,
            answers={**answers, "raised_by": new.referral_source.value},
            suggested_level=suggestion.level,
            reasons=[{"da": r.da, "en": r.en} for r in suggestion.reasons],
            gaps=[{"da": g.text.da, "en": g.text.en} for g in suggestion.gaps],
            chosen_level=chosen,
            justification=justification,
            undetermined=suggestion.undetermined,
        ),
        at=assessed_on,
    )
    # The duty to notify is asked for every minor at every level; at green it is mostly answered "not needed".
    if age_then is not None and age_then < 18 and (chosen is not Level.GREEN or rng.random() < 0.2):
        notified = assessed_on.date() + timedelta(days=rng.randint(0, 3))
        note = session.record_notification(
            case.id, NotificationDecision("duty-to-notify", True, min(notified, today)), assessment_id
        )
        if rng.random() < 0.7:
            session.record_receipt(note.id, min(today, notified + timedelta(days=rng.randint(1, 9))))
    elif age_then is not None and age_then < 18:
        session.record_notification(
            case.id,
            NotificationDecision(
                "duty-to-notify",
                False,
                reason="Ingen grund til at antage, at barnet har behov for særlig støtte.",
            ),
            assessment_id,
        )
    for title, responsible in rng.sample(_ACTIONS, rng.randint(1, 3)):
        due = assessed_on.date() + timedelta(days=rng.randint(7, 90))
        action = session.add_action(case.id, title, responsible, due, assessment_id)
        if due < today and rng.random() < 0.7:
            session.update_action(action.id, done=True)
    if closes:
        closed_on = min(today, moments[-1] + timedelta(days=14))
        reason = random.Random(f"{case.ref}:{closed_on}").choices(
            list(_CLOSURE_WEIGHTS[chosen]), weights=list(_CLOSURE_WEIGHTS[chosen].values())
        )[0]
        if showcase:  # the first closings show the reasons a small demo would otherwise miss
            reason = showcase.pop(0)
        why = "Familien har selv bedt om at afslutte forløbet." if reason is ClosureReason.OTHER else ""
        session.close_case(case.id, reason, on=closed_on, note=why)
    return case.id, chosen


# Why cases close, by level: green ones mostly on a concern that was not confirmed, red ones by referral.
_CLOSURE_WEIGHTS = {
    Level.GREEN: {
        ClosureReason.CONCERN_NOT_CONFIRMED: 6,
        ClosureReason.CONCERN_RESOLVED: 4,
        ClosureReason.CITIZEN_DECLINES: 1,
        ClosureReason.MOVED_AWAY: 1,
        ClosureReason.NO_CONTACT: 1,
        ClosureReason.OTHER: 1,
    },
    Level.YELLOW: {
        ClosureReason.CONCERN_RESOLVED: 6,
        ClosureReason.CITIZEN_DECLINES: 2,
        ClosureReason.REFERRED_INFOHUS: 2,
        ClosureReason.REFERRED_OTHER: 2,
        ClosureReason.HANDED_TO_POLICE: 1,
        ClosureReason.MOVED_AWAY: 1,
        ClosureReason.NO_CONTACT: 1,
        ClosureReason.OTHER: 1,
    },
    Level.RED: {
        ClosureReason.REFERRED_INFOHUS: 5,
        ClosureReason.HANDED_TO_POLICE: 2,
        ClosureReason.CONCERN_RESOLVED: 2,
        ClosureReason.CITIZEN_DECLINES: 1,
        ClosureReason.REFERRED_OTHER: 2,
        ClosureReason.MOVED_AWAY: 1,
        ClosureReason.OTHER: 1,
    },
}
# The first closings of a demo, whatever their level: handed to another municipality, taken over by the
# police/PET (each with its sharing), ended by the citizen, closed for a reason in the counsellor's words.
_SHOWCASE_CLOSINGS = (
    ClosureReason.MOVED_AWAY,
    ClosureReason.HANDED_TO_POLICE,
    ClosureReason.CITIZEN_DECLINES,
    ClosureReason.OTHER,
)
# Who raised the concern: an organisation that fits the role (a police source is a police district's local
# police, never a school), with a mailbox on example.dk. A parent, the person themself or "other" has none.
_SOURCE_ORGANISATIONS = {  # role: (organisation, the mailbox's domain)
    ReferralSource.SCHOOL: ("{place} Skole", "{place}skole"),
    ReferralSource.YOUTH_CLUB: ("Ungdomsklubben {place} (SSP)", "ungdomsklub-{place}"),
    ReferralSource.SOCIAL_SERVICES: ("Børne- og Ungdomsforvaltningen, {place}", "buf"),
    ReferralSource.POLICE: ("Københavns Politi, lokalpolitiet {place}", "politi"),
    ReferralSource.PROBATION: ("Kriminalforsorgen i Frihed, København", "kriminalforsorgen"),
}
_FIRST_NAMES = (
    "Hanne", "Jonas", "Mette", "Ali", "Sofie", "Peter", "Line", "Kasper", "Fatima", "Rasmus",
    "Camilla", "Mads", "Nadia", "Thomas", "Ida", "Omar", "Louise", "Henrik", "Sara", "Mikkel",
)  # fmt: skip
_SURNAMES = (
    "Berg", "Krogh", "Lund", "Haddad", "Winther", "Dam", "Holm", "Bech", "Nørgaard", "Yilmaz",
    "Vestergaard", "Kjær", "Ahmadi", "Friis", "Skov", "Brandt", "Thomsen", "Møller", "Ebbesen", "Lauritsen",
)  # fmt: skip
# Who received information, as the recipient's role in that agency.
_RECIPIENT_ROLES = {
    Agency.SCHOOL: "Skoleleder",
    Agency.SOCIAL_SERVICES: "Sagsbehandler, Børne- og Ungdomsforvaltningen",
    Agency.POLICE: "SSP-betjent, lokalpolitiet",
    Agency.PROBATION: "KSP-kontakt, Kriminalforsorgen i Frihed",
    Agency.OTHER_MUNICIPALITY: "Sagsbehandler i tilflytningskommunen",
    Agency.PET_VIA_INFOHUS: "Infohusets koordinator",
}
_REVIEW_NOTES = (
    "Skolen melder om stabilt fremmøde; mentorforløbet fortsætter.",
    "Ingen nye bekymrende opslag; forældrene deltager i møderne.",
    "Den unge har fået fritidsjob; planen fortsætter uændret.",
    "Fortsat kontakt til miljøet; drøftes på næste SSP-møde.",
    "",
)
_MOVED_REASONS = (
    "Afventer netværksmøde med skole og forældre.",
    "Mentor er på ferie; gennemgås efter mødet med den unge.",
)
_FOLLOW_UP_NOTES = {
    FollowUpOutcome.DONE: "Skolen oplyser, at den unge trives og møder stabilt.",
    FollowUpOutcome.CONCERN_RETURNED: "Ny henvendelse fra skolen om opslag i klassens chat.",
    FollowUpOutcome.NOT_POSSIBLE: "Familien er fraflyttet; ingen kontakt mulig.",
}


def _ascii(text: str) -> str:
    folded = text.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return "".join(ch for ch in folded if ch.isalnum() or ch in ".-")


@cache
def _names(seed: int) -> tuple[str, ...]:
    """Every made-up name once, in the seed's order: case after case gets its own."""
    names = [f"{first} {last}" for first in _FIRST_NAMES for last in _SURNAMES]
    random.Random(f"{seed}:names").shuffle(names)
    return tuple(names)


def _person(seed: int, index: int) -> str:
    names = _names(seed)
    return names[index % len(names)]


def _place(district: District) -> str:
    if district in (District.OUTSIDE, District.UNKNOWN):
        return "Frederiksberg"
    return labels.name(district, "da")


def _casework(
    session: Session, rng: random.Random, today: date, case_id: int, level: Level, person: str
) -> None:
    """Who raised the concern, what was shared with whom and on what basis, Infohus referrals, the reviews
    of open cases and the follow-ups after closed ones."""
    case = session.view_case(case_id)
    today = min(today, session.today())
    last = case.closed_on or today  # nothing is shared after a case closed
    source = case.referral_source
    anonymous = source in (ReferralSource.FAMILY, ReferralSource.OTHER) and rng.random() < 0.4
    named = not anonymous and source is not ReferralSource.SELF and rng.random() < 0.7
    place = _place(case.district)
    organisation, domain = _SOURCE_ORGANISATIONS.get(source, ("", ""))
    organisation = organisation.format(place=place)
    contact = ""
    if named and domain:
        contact = f"{_ascii(person.replace(' ', '.'))}@{_ascii(domain.format(place=place))}.example.dk"
    session.set_concern_source(
        case_id,
        ConcernSource(
            anonymous=anonymous,
            organisation=organisation,
            name=person if named else "",
            contact=contact,
            raised_on=case.opened_on - timedelta(days=rng.randint(0, 6)),
            raised_how=ConcernChannel.HOTLINE
            if anonymous
            else rng.choice([ConcernChannel.PHONE, ConcernChannel.MEETING, ConcernChannel.EMAIL]),
        ),
    )
    minor = (age := case.age_on(case.opened_on)) is not None and age < 18
    first_day = case.opened_on + timedelta(days=rng.randint(3, 30))
    if level is not Level.GREEN and first_day <= last and rng.random() < 0.5:
        agency = rng.choice(
            [Agency.SCHOOL, Agency.SOCIAL_SERVICES, Agency.POLICE]
            if minor
            else [Agency.SOCIAL_SERVICES, Agency.POLICE, Agency.PROBATION]
        )
        # About a child, the school and social services exchange under barnets lov § 136; the police and
        # probation under retsplejeloven § 115 (SSP/KSP).
        child_exchange = minor and agency in (Agency.SCHOOL, Agency.SOCIAL_SERVICES)
        session.record_disclosure(
            case_id,
            NewDisclosure(
                disclosed_on=first_day,
                agency=agency,
                recipient_role=_RECIPIENT_ROLES[agency],
                legal_basis="children-exchange-136" if child_exchange else "crime-prevention-115",
                purpose="Koordinere den forebyggende indsats omkring den unge i SSP-samarbejdet."
                if minor
                else "Koordinere den kriminalpræventive indsats i KSP-samarbejdet.",
                categories=(DataCategory.CONCERN, DataCategory.ASSESSMENT),
                shared_text="Bekymringens art og den aftalte indsats; ingen samtalenoter.",
            ),
        )
    referral_day = case.opened_on + timedelta(days=rng.randint(7, 45))
    if level is Level.RED and referral_day <= last and rng.random() < 0.6:
        referral = session.record_disclosure(
            case_id,
            NewDisclosure(
                disclosed_on=referral_day,
                agency=Agency.INFOHUS,
                kind=DisclosureKind.INFOHUS_REFERRAL,
                recipient_role="Infohusets koordinator",
                legal_basis="crime-prevention-115",
                purpose="Drøftelse på Infohusets møde og tjek i parternes registre.",
                categories=(DataCategory.IDENTITY, DataCategory.CONCERN, DataCategory.ASSESSMENT),
            ),
            course_wish=rng.choice(list(CourseWish)),
        )
        decided = referral_day + timedelta(days=14)
        if decided <= today:
            assert referral.infohus is not None
            wish = referral.infohus.course_wish
            # An individual course is offered only to a citizen who wants one.
            decisions = [
                d for d in InfohusDecision if d is not InfohusDecision.COURSE or wish is CourseWish.YES
            ]
            session.record_infohus_outcome(referral.id, rng.choice(decisions), decided, wish)
    case = session.view_case(case_id)
    if case.closed_on is None:
        if rng.random() < 0.75:  # most open cases were reviewed lately; the rest are overdue
            reviewed = max(case.opened_on, today - timedelta(days=rng.randint(0, 20)))
            session.mark_reviewed(case_id, reviewed, note=rng.choice(_REVIEW_NOTES))
            if rng.random() < 0.2:  # put off, with the reason a supervisor would ask for
                current = session.view_case(case_id).review_on or session.today()
                later = max(current, session.today()) + timedelta(days=14)
                session.set_review_date(case_id, later, reason=rng.choice(_MOVED_REASONS))
        return
    _handed_over(session, case_id, case.closed_on, case.closure_reason)
    for follow_up in session.follow_ups(case_id):
        if follow_up.due_on > today or session.view_case(case_id).closed_on is None:
            break
        outcome = rng.choices(list(FollowUpOutcome), weights=(7, 1, 2))[0]
        session.record_follow_up(follow_up.id, outcome, follow_up.due_on, note=_FOLLOW_UP_NOTES[outcome])


def _handed_over(session: Session, case_id: int, closed_on: date, reason: ClosureReason | None) -> None:
    """A case that moved away is handed to the new municipality, one taken over by the police/PET to PET
    through the Infohus: each a sharing on the day of the closing, with its basis."""
    if reason is ClosureReason.MOVED_AWAY:
        new = NewDisclosure(
            disclosed_on=closed_on,
            agency=Agency.OTHER_MUNICIPALITY,
            recipient_role=_RECIPIENT_ROLES[Agency.OTHER_MUNICIPALITY],
            legal_basis="consent",
            purpose="Overlevering af indsatsen til den kommune, borgeren er flyttet til.",
            categories=(DataCategory.CONCERN,),
            shared_text="Bekymringens art og den hidtidige indsats, efter samtykke fra borgeren.",
        )
    elif reason is ClosureReason.HANDED_TO_POLICE:
        new = NewDisclosure(
            disclosed_on=closed_on,
            agency=Agency.PET_VIA_INFOHUS,
            recipient_role=_RECIPIENT_ROLES[Agency.PET_VIA_INFOHUS],
            legal_basis="crime-prevention-115",
            purpose="Politiet og PET overtager sagen; den kommunale indsats afsluttes.",
            categories=(DataCategory.IDENTITY, DataCategory.CONCERN, DataCategory.ASSESSMENT),
        )
    else:
        return
    session.record_disclosure(case_id, new)
