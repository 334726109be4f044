"""The right-of-access report and the audit extract. The report answers article 15 of the GDPR whole: first
what the article asks besides the data (the controller, purposes and legal basis, categories, recipients from
the disclosures log, retention, rights, complaint, source, no automated decision), in plain words; then
everything held about the person of the case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from vinkdesk.assessment.definition import RATING_NAMES, DefinitionError, Rating
from vinkdesk.assessment.reading import read
from vinkdesk.assessment.registry import DEFAULT_ID as DEFAULT_DEFINITION
from vinkdesk.assessment.registry import DefinitionRegistry, shipped_definitions
from vinkdesk.domain import AccessData, AssessmentDetail, AuditLine, CaseStatus, Notification
from vinkdesk.domain import labels as words
from vinkdesk.domain.audit_words import action_name, detail_text
from vinkdesk.domain.casework import (
    Agency,
    CaseReview,
    Closing,
    ClosureCount,
    ConcernSource,
    Disclosure,
    FollowUp,
    UnitDetails,
)
from vinkdesk.domain.casework_words import follow_up_words, word
from vinkdesk.reports.style import GREY, escape, render, styles

TEXT: dict[str, dict[str, str]] = {
    "da": {
        "access": "Indsigt: alt, hvad der er registreret i sag {ref}",
        "mark": "FORTROLIGT",
        "page": "Side {page} af {pages}",
        "facts": "Sagens oplysninger",
        "consultations": "Samtaler (alle versioner)",
        "assessments": "Vurderinger",
        "actions": "Handleplan",
        "reviews": "Lederens gennemgang",
        "notifications": "Beslutninger om ikke at underrette eller henvise",
        "not_made": "ikke foretaget",
        "why_not": "Begrundelse",
        "source": "Hvem der rejste bekymringen",
        "disclosures": "Oplysninger delt med andre myndigheder",
        "follow_ups": "Opfølgning efter afslutningen",
        "due": "planlagt {day}",
        "accesses": "Adgang til sagen",
        "none": "Intet registreret.",
        "amends": "rettelse af en tidligere version",
        "earlier": "tidligere version",
        "made": "Udskrevet {day} af {who}",
        "audit": "Uddrag af adgangsloggen",
        "scope": "Udvalgt",
        "when": "Tidspunkt",
        "who": "Hvem",
        "what": "Handling",
        "concerns": "Gælder",
        "detail": "Detalje",
        "subject": "Person (alias)",
        "district": "Bydel",
        "concern": "Bekymring",
        "opened": "Oprettet",
        "status": "Status",
        "closed_on": "Afsluttet {day}",
        "open_reopened": "Åben, genåbnet {day}",
        "next_review": "Næste gennemgang",
        "case_reviews": "Gennemgang af sagen",
        "review_next": "næste gennemgang {day}",
        "closings": "Afslutning og genåbning",
        "closing": "Afsluttet {day}. Grund: {reason}",
        "reopened": "Genåbnet {day}",
        "returned": "bekymringen vendte tilbage ved opfølgningen",
        "level": "Niveau",
        "counsellor": "Rådgiver",
        "done": "udført",
        "age": "Alder",
        "referral": "Henvendelse fra",
        "note": "Notat",
        "advice": "Rådgivning givet",
        "next": "Næste skridt",
        "min": "min.",
        "chosen": "Valgt niveau",
        "suggested": "Foreslået niveau",
        "why_other": "Begrundelse for et andet niveau end det foreslåede",
        "unknown": "Ukendt",
        "duty-to-notify": "Underretning til kommunen",
        "police-referral": "Henvisning til politiet",
    },
    "en": {
        "access": "Right of access: everything held in case {ref}",
        "mark": "CONFIDENTIAL",
        "page": "Page {page} of {pages}",
        "facts": "Case facts",
        "consultations": "Consultations (every version)",
        "assessments": "Assessments",
        "actions": "Action plan",
        "reviews": "Supervisor reviews",
        "notifications": "Decisions not to notify or refer",
        "not_made": "not made",
        "why_not": "Reason",
        "source": "Who raised the concern",
        "disclosures": "Information shared with other agencies",
        "follow_ups": "Follow-up after closing",
        "due": "due {day}",
        "accesses": "Access to the case",
        "none": "Nothing held.",
        "amends": "amends an earlier version",
        "earlier": "earlier version",
        "made": "Printed {day} by {who}",
        "audit": "Audit extract",
        "scope": "Chosen",
        "when": "When",
        "who": "Who",
        "what": "Action",
        "concerns": "Concerning",
        "detail": "Detail",
        "subject": "Subject",
        "district": "District",
        "concern": "Concern",
        "opened": "Opened",
        "status": "Status",
        "closed_on": "Closed {day}",
        "open_reopened": "Open, reopened {day}",
        "next_review": "Next review",
        "case_reviews": "Reviews of the case",
        "review_next": "next review {day}",
        "closings": "Closing and reopening",
        "closing": "Closed {day}. Reason: {reason}",
        "reopened": "Reopened {day}",
        "returned": "the concern had returned at the follow-up",
        "level": "Level",
        "counsellor": "Counsellor",
        "done": "done",
        "age": "Age",
        "referral": "Referred by",
        "note": "Note",
        "advice": "Advice given",
        "next": "Next steps",
        "min": "min",
        "chosen": "Chosen level",
        "suggested": "Suggested level",
        "why_other": "Why another level than the suggested one",
        "unknown": "Unknown",
        "duty-to-notify": "Notification to the municipality",
        "police-referral": "Referral to the police",
    },
}


@dataclass(frozen=True)
class CaseHistory:
    """What the report shows beside AccessData: every closing of the case with its reason and reopening, the
    case's review history, and how long the access log is kept (Settings). Session.closings,
    Session.review_history and the setting "audit_retention_years" hold them; access_report_of gathers
    them."""

    closings: tuple[Closing, ...] = ()
    reviews: tuple[CaseReview, ...] = ()
    audit_retention_years: int | None = None


class AccessSource(Protocol):
    """What the report reads from the Session (the Session itself: the reports do not import it)."""

    def access_data(self, case_id: int, *, include_source_name: bool = False) -> AccessData: ...

    def closings(self, case_id: int) -> list[Closing]: ...

    def review_history(self, case_id: int) -> list[CaseReview]: ...

    def setting(self, name: str) -> int: ...


def case_history(session: AccessSource, case_id: int) -> CaseHistory:
    return CaseHistory(
        closings=tuple(session.closings(case_id)),
        reviews=tuple(session.review_history(case_id)),
        audit_retention_years=session.setting("audit_retention_years"),
    )


def access_report_of(
    session: AccessSource, case_id: int, language: str = "da", *, include_source_name: bool = False
) -> tuple[bytes, str]:
    """The right-of-access report of a case with all it shows, and the case's ref: what the windows and the
    command line print."""
    data = session.access_data(case_id, include_source_name=include_source_name)
    return access_report(data, language, case_history(session, case_id)), data.case.ref


def unit_details_missing(unit: UnitDetails) -> bool:
    """The report cannot name the data controller and how to reach it (articles 13 and 15): no name, or
    neither address, phone nor e-mail. The windows and the command line refuse to export it then."""
    return not unit.name.strip() or not any(part.strip() for part in (unit.address, unit.phone, unit.email))


def access_report(data: AccessData, language: str = "da", history: CaseHistory | None = None) -> bytes:
    """The report as PDF bytes. Without `history` the closings are the case's last one only, there is no
    review history, and the access log's retention is not said: give it (access_report_of does)."""
    language = "da" if language == "da" else "en"
    w = TEXT[language]
    s = styles()
    case = data.case
    if history is None:
        history = _history_of_case(data)
    story: list[Flowable] = [
        Paragraph(escape(w["access"].format(ref=case.ref)), s["title"]),
        Paragraph(
            escape(w["made"].format(day=words.day_text(data.made_on, language), who=data.made_by)), s["small"]
        ),
    ]
    story += _article_15(data, language, s, history)
    story.append(Paragraph(escape(w["facts"]), s["h2"]))
    status = words.name(case.status, language)
    if case.status is CaseStatus.CLOSED and case.closed_on is not None:
        status = w["closed_on"].format(day=words.day_text(case.closed_on, language))
    elif case.reopened_on is not None:
        status = w["open_reopened"].format(day=words.day_text(case.reopened_on, language))
    facts = [
        (w["subject"], words.subject(case.subject_kind, case.alias, language)),
        (w["level"], words.level_name(case.level, language)),
        (w["district"], words.name(case.district, language)),
        (w["age"], words.name(case.age_band, language)),
        (w["concern"], words.name(case.concern_type, language)),
        (w["referral"], words.name(case.referral_source, language)),
        (w["counsellor"], data.counsellor),
        (w["opened"], words.day_text(case.opened_on, language)),
        (w["status"], status),
    ]
    if case.status is CaseStatus.OPEN and case.review_on is not None:
        facts.append((w["next_review"], words.day_text(case.review_on, language)))
    story.append(_grid([[k, v] for k, v in facts], [40 * mm, None], s, header=False))
    if history.reviews:
        story.append(Paragraph(escape(w["case_reviews"]), s["h2"]))
        story.append(_lines([_review_line(r, w, language) for r in history.reviews], w, s))
    if history.closings:
        story.append(Paragraph(escape(w["closings"]), s["h2"]))
        story.append(_lines([_closing_text(c, w, language) for c in history.closings], w, s))
    if data.follow_ups:
        story.append(Paragraph(escape(w["follow_ups"]), s["h2"]))
        story.append(_lines([_follow_up_line(f, w, language) for f in data.follow_ups], w, s))
    story.append(Paragraph(escape(w["consultations"]), s["h2"]))
    for c in data.consultations or ():
        head = (
            f"{words.moment_text(c.occurred_at, language)} · {words.name(c.channel, language)} · "
            f"{words.name(c.inquirer_role, language)}"
            # the asker's organisation, not their contact: whose phone number the person may see is the
            # counsellor's decision under the access rules, not the report's
            + (f", {c.inquirer_organisation}" if c.inquirer_organisation else "")
        )
        if c.supersedes is not None:
            head += f" · {w['amends']}"
        if c.superseded_by is not None:
            head += f" · {w['earlier']}"
        head += f" · {c.duration_minutes} {w['min']}"
        story.append(Paragraph(escape(head), s["h3"]))
        for label, text in ((w["note"], c.body), (w["advice"], c.advice), (w["next"], c.next_steps)):
            if text.strip():
                story.append(Paragraph(f"<b>{escape(label)}</b>", s["small"]))
                story.append(Paragraph(escape(text), s["body"]))
    if not data.consultations:
        story.append(Paragraph(escape(w["none"]), s["body"]))
    story.append(Paragraph(escape(w["assessments"]), s["h2"]))
    for a in data.assessments:
        story += _assessment(a, w, s, language)
    if not data.assessments:
        story.append(Paragraph(escape(w["none"]), s["body"]))
    story.append(Paragraph(escape(w["actions"]), s["h2"]))
    story.append(
        _lines(
            [
                " · ".join(
                    part
                    for part in (
                        a.title,
                        a.responsible,
                        words.day_text(a.due, language) if a.due else "–",
                        w["done"] if a.done else "",
                    )
                    if part
                )
                for a in data.actions
            ],
            w,
            s,
        )
    )
    story.append(Paragraph(escape(w["reviews"]), s["h2"]))
    story.append(
        _lines(
            [
                " · ".join(
                    part
                    for part in (
                        words.day_text(r.at, language),
                        r.supervisor,
                        _verdict(r.verdict, language),
                        r.text,
                    )
                    if part
                )
                for r in data.reviews
            ],
            w,
            s,
        )
    )
    story.append(Paragraph(escape(w["source"]), s["h2"]))
    story.append(_lines(_source_lines(data.concern_source, case, data.source_name_included, language), w, s))
    receipts = {n.id: n.receipt_on for n in data.notifications if n.receipt_on is not None}
    shared = [
        _disclosure(d, language, s, receipts.get(d.notification_id or 0)) for d in data.disclosures
    ] or [Paragraph(escape(w["none"]), s["body"])]
    # The heading goes over with the first sharing: a heading's keepWithNext does not hold before a
    # KeepTogether, and each sharing is one.
    story.append(KeepTogether([Paragraph(escape(w["disclosures"]), s["h2"]), shared[0]]))
    story += shared[1:]
    # Notifications and referrals carried out are sharings above; here only the decisions not to, with why.
    not_made = [_not_made_line(n, w) for n in data.notifications if not n.done]
    if not_made:
        story.append(Paragraph(escape(w["notifications"]), s["h2"]))
        story.append(_lines(not_made, w, s))
    story.append(Paragraph(escape(w["accesses"]), s["h2"]))
    rows = [[w["when"], w["who"], w["what"]]] + [
        [words.moment_text(e.at, language), e.user, action_name(e.action, language)] for e in data.accesses
    ]
    story.append(_grid(rows, [40 * mm, 60 * mm, None], s))
    return _build(story, w, f"vinkdesk · {case.ref}", w["access"].format(ref=case.ref))


# --- what article 15 asks besides the data ----------------------------------------------------------------

ARTICLE_15: dict[str, dict[str, str]] = {
    "da": {
        "heading": "Din ret til indsigt",
        "intro": "Du har ret til at vide, hvilke oplysninger der behandles om dig, hvorfor, og hvad du "
        "kan gøre "
        "(databeskyttelsesforordningens artikel 15). Først kommer det, loven kræver ud over selve "
        "oplysningerne; derefter alt, hvad der er registreret i sagen.",
        "controller": "Den dataansvarlige",
        "no_unit": "Enhedens navn og kontaktoplysninger står ikke i denne udskrift. Spørg den kommune, "
        "der har givet dig rapporten.",
        "dpo": "Databeskyttelsesrådgiver: {dpo}",
        "purposes": "Formål og retsgrundlag",
        "purposes_text": "Oplysningerne behandles for at forebygge ekstremisme og radikalisering: for "
        "at rådgive "
        "fagfolk og forældre, vurdere hvor alvorlig en bekymring er, og koordinere en forebyggende indsats. "
        "Det sker som led i kommunens myndighedsopgaver (databeskyttelsesforordningens artikel 6, stk. 1, "
        "litra e, og for følsomme oplysninger artikel 9, stk. 2, litra g, samt databeskyttelseslovens §§ 7 "
        "og 8). Deling med andre myndigheder sker kun med den hjemmel, der står ved hver deling nedenfor.",
        "categories": "Hvilke slags oplysninger",
        "categories_text": "Almindelige oplysninger (alias, aldersgruppe, bydel, køn); hvad bekymringen "
        "drejer "
        "sig om, og hvem der rejste den; noter fra samtaler med fagfolk, forældre og dig; vurderinger af "
        "bekymringens niveau; handleplan og opfølgning; delinger med andre myndigheder. Det kan omfatte "
        "følsomme oplysninger om politisk eller religiøs overbevisning og oplysninger om strafbare forhold.",
        "recipients": "Modtagere",
        "no_recipients": "Oplysningerne om dig er ikke delt med andre myndigheder.",
        "recipients_text": "Oplysningerne er delt med: {list}. Hver deling står med dato, hjemmel og formål "
        "under «Oplysninger delt med andre myndigheder».",
        "statistics": "Kommunens årsrapport indeholder kun anonymiserede tal uden navne, sagsnumre eller "
        "datoer finere end et kvartal.",
        "retention": "Hvor længe oplysningerne opbevares",
        "retention_text": "Sagen opbevares i {years} år, efter at den er afsluttet, og slettes derefter.",
        "audit_retention": "Adgangsloggen, der viser, hvem der har set eller ændret sagen og hvornår, "
        "opbevares i {years} år.",
        "rights": "Dine rettigheder",
        "rights_text": "Du kan bede om at få forkerte oplysninger rettet (artikel 16) og om at få "
        "oplysninger "
        "slettet (artikel 17), du kan bede om, at behandlingen begrænses (artikel 18), og du kan gøre "
        "indsigelse mod behandlingen (artikel 21). Kontakt den dataansvarlige ovenfor.",
        "complaint": "Klage",
        "complaint_text": "Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, "
        "dt@datatilsynet.dk, telefon 33 19 32 00, www.datatilsynet.dk.",
        "origin": "Hvor oplysningerne kommer fra",
        "origin_text": "Oplysningerne kommer fra samtaler med fagfolk, forældre og dig selv og fra "
        "rådgiverens "
        "egne vurderinger.",
        "automated": "Ingen automatiske afgørelser",
        "automated_text": "Programmet foreslår et niveau ud fra rådgiverens registreringer. Forslaget er en "
        "støtte til rådgiverens faglige skøn: rådgiveren vælger niveauet og begrunder et andet valg. Der "
        "træffes ingen afgørelse alene på grundlag af automatisk behandling (artikel 22).",
    },
    "en": {
        "heading": "Your right of access",
        "intro": "You have the right to know what information is processed about you, why, and what you can "
        "do (article 15 of the General Data Protection Regulation). First comes what the law requires "
        "besides the information itself; then everything held in the case.",
        "controller": "The data controller",
        "no_unit": "The unit's name and contact details are missing from this print. Ask the municipality "
        "that gave you the report.",
        "dpo": "Data protection officer: {dpo}",
        "purposes": "Purposes and legal basis",
        "purposes_text": "The information is processed to prevent extremism and radicalisation: to advise "
        "professionals and parents, to assess how serious a concern is, and to coordinate preventive work. "
        "This is part of the municipality's public tasks (GDPR article 6(1)(e), and for sensitive "
        "information article 9(2)(g), with sections 7 and 8 of the Danish Data Protection Act). Information "
        "is shared with other agencies only on the legal basis given with each sharing below.",
        "categories": "Kinds of information",
        "categories_text": "General information (alias, age band, district, gender); what the concern "
        "is about "
        "and who raised it; notes from consultations with professionals, parents and you; assessments of "
        "the concern's level; the action plan and follow-up; sharing with other agencies. This may include "
        "sensitive information on political or religious beliefs and information on criminal offences.",
        "recipients": "Recipients",
        "no_recipients": "The information about you has not been shared with other agencies.",
        "recipients_text": "The information was shared with: {list}. Each sharing is listed with its date, "
        "legal basis and purpose under «Information shared with other agencies».",
        "statistics": "The municipality's annual report holds only anonymised figures, without names, case "
        "references or dates finer than a quarter.",
        "retention": "How long the information is kept",
        "retention_text": "The case is kept for {years} years after it is closed, and then deleted.",
        "audit_retention": "The access log, which shows who has seen or changed the case and when, is kept "
        "for {years} years.",
        "rights": "Your rights",
        "rights_text": "You can ask for wrong information to be corrected (article 16) and for "
        "information to "
        "be erased (article 17), you can ask for the processing to be restricted (article 18), and you can "
        "object to the processing (article 21). Contact the data controller above.",
        "complaint": "Complaints",
        "complaint_text": "You can complain to the Danish Data Protection Agency (Datatilsynet), Carl "
        "Jacobsens "
        "Vej 35, 2500 Valby, Denmark, dt@datatilsynet.dk, phone +45 33 19 32 00, www.datatilsynet.dk.",
        "origin": "Where the information comes from",
        "origin_text": "The information comes from consultations with professionals, parents and yourself, "
        "and from the counsellor's own assessments.",
        "automated": "No automated decisions",
        "automated_text": "The program suggests a level from what the counsellor records. The suggestion "
        "supports the counsellor's professional judgement: the counsellor chooses the level and justifies "
        "another choice. No decision is taken by automated processing alone (article 22).",
    },
}


def _article_15(data: AccessData, language: str, s: dict[str, Any], history: CaseHistory) -> list[Flowable]:
    """The sections article 15 asks for besides the data, each heading kept with its text."""
    t = ARTICLE_15[language]
    flat = _article_15_parts(data, language, s, t, history)
    kept: list[Flowable] = []
    section: list[Flowable] = []
    for part in flat:
        if getattr(part, "style", None) is s["h3"] and section:
            kept.append(KeepTogether(section))
            section = []
        section.append(part)
    kept.append(KeepTogether(section))
    return kept


def _article_15_parts(
    data: AccessData, language: str, s: dict[str, Any], t: dict[str, str], history: CaseHistory
) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(escape(t["heading"]), s["h2"]),
        Paragraph(escape(t["intro"]), s["body"]),
        Paragraph(escape(t["controller"]), s["h3"]),
    ]
    out += [Paragraph(escape(line), s["body"]) for line in _unit_lines(data.unit, t)]
    out += [Paragraph(escape(t["purposes"]), s["h3"]), Paragraph(escape(t["purposes_text"]), s["body"])]
    out += [Paragraph(escape(t["categories"]), s["h3"]), Paragraph(escape(t["categories_text"]), s["body"])]
    out.append(Paragraph(escape(t["recipients"]), s["h3"]))
    agencies = list(dict.fromkeys(_in_sentence(d.agency, language) for d in data.disclosures))
    said = t["recipients_text"].format(list=", ".join(agencies)) if agencies else t["no_recipients"]
    out += [Paragraph(escape(said), s["body"]), Paragraph(escape(t["statistics"]), s["body"])]
    out += [
        Paragraph(escape(t["retention"]), s["h3"]),
        Paragraph(escape(_retention(t, data.retention_years, history.audit_retention_years)), s["body"]),
        Paragraph(escape(t["rights"]), s["h3"]),
        Paragraph(escape(t["rights_text"]), s["body"]),
        Paragraph(escape(t["complaint"]), s["h3"]),
        Paragraph(escape(t["complaint_text"]), s["body"]),
        Paragraph(escape(t["origin"]), s["h3"]),
    ]
    for line in _source_lines(data.concern_source, data.case, data.source_name_included, language):
        out.append(Paragraph(escape(line), s["body"]))
    out += [
        Paragraph(escape(t["origin_text"]), s["body"]),
        Paragraph(escape(t["automated"]), s["h3"]),
        Paragraph(escape(t["automated_text"]), s["body"]),
    ]
    return out


def _retention(t: dict[str, str], years: int, audit_years: int | None) -> str:
    said = t["retention_text"].format(years=years)
    if audit_years is not None:
        said += " " + t["audit_retention"].format(years=audit_years)
    return said


# Agencies whose name is a common noun, written in lower case inside a sentence ("… delt med: Politiet, en
# anden kommune"; "… shared with: the police, social services").
_COMMON_NOUNS = {
    "da": {Agency.OTHER_MUNICIPALITY, Agency.OTHER},
    "en": {Agency.OTHER_MUNICIPALITY, Agency.OTHER, Agency.SOCIAL_SERVICES, Agency.HEALTH},
}


def _in_sentence(agency: Agency, language: str) -> str:
    name = word(agency, language)
    if language == "en" and name.startswith("The "):
        return "the " + name[4:]
    return name[:1].lower() + name[1:] if agency in _COMMON_NOUNS[language] else name


def _unit_lines(unit: UnitDetails, t: dict[str, str]) -> list[str]:
    if unit.is_empty():
        return [t["no_unit"]]
    lines = [part for part in (unit.name, unit.address) if part]
    contact = " · ".join(part for part in (unit.phone, unit.email) if part)
    if contact:
        lines.append(contact)
    if unit.dpo:
        lines.append(t["dpo"].format(dpo=unit.dpo))
    return lines


SOURCE_WORDS = {
    "da": {
        "raised": "Bekymringen blev rejst af: {role}",
        "anonymous": "anonymt",
        "on": "den {day}",
        "name": "Navn: {name}",
        "contact": "Kontakt: {contact}",
        "none": "Det er ikke registreret, hvem der rejste bekymringen; henvendelsen kom fra: {role}.",
    },
    "en": {
        "raised": "The concern was raised by: {role}",
        "anonymous": "anonymously",
        "on": "on {day}",
        "name": "Name: {name}",
        "contact": "Contact: {contact}",
        "none": "Who raised the concern is not recorded; the referral came from: {role}.",
    },
}


def _source_lines(source: ConcernSource | None, case: Any, include_name: bool, language: str) -> list[str]:
    """Who raised the concern, within what the person may be told: the kind of source (role, organisation,
    anonymous, when and how); the name and contact only where the counsellor decided so when exporting."""
    t = SOURCE_WORDS[language]
    role = words.name(case.referral_source, language)
    if source is None:
        return [t["none"].format(role=role)]
    parts = [t["raised"].format(role=role)]
    if source.organisation:
        parts.append(source.organisation)
    if source.anonymous:
        parts.append(t["anonymous"])
    if source.raised_on is not None:
        parts.append(t["on"].format(day=words.day_text(source.raised_on, language)))
    if source.raised_how is not None:
        parts.append(word(source.raised_how, language).lower())
    lines = [", ".join(parts) + "."]
    if include_name and not source.anonymous:
        if source.name:
            lines.append(t["name"].format(name=source.name))
        if source.contact:
            lines.append(t["contact"].format(contact=source.contact))
    return lines


def _disclosure(d: Disclosure, language: str, s: dict[str, Any], receipt_on: date | None = None) -> Flowable:
    """One sharing: when, with whom, what, on which legal basis and why (with the Infohus' decision, and the
    municipality's receipt of a notification)."""
    basis_name = _basis_title(d.legal_basis, language)
    if d.basis_text:
        basis_name += f": {d.basis_text}"
    recipient = word(d.agency, language) + (f" ({d.recipient_role})" if d.recipient_role else "")
    what = ", ".join(word(c, language).lower() for c in d.categories)
    if d.shared_text:
        what = f"{what} – {d.shared_text}" if what else d.shared_text
    t = DISCLOSURE_WORDS[language]
    # A notification recorded before the sharing log held no record of what it shared: say so, invent nothing.
    rows = [[t["shared"], what or t["not_recorded"]], [t["basis"], basis_name], [t["purpose"], d.purpose]]
    if receipt_on is not None:
        rows.append([t["receipt"], t["receipt_on"].format(day=words.day_text(receipt_on, language))])
    if d.infohus is not None:
        decision = t["pending"]
        if d.infohus.decision is not None and d.infohus.decided_on is not None:
            decision = (
                f"{word(d.infohus.decision, language)}, {words.day_text(d.infohus.decided_on, language)}"
            )
        rows += [[t["decision"], decision], [t["wish"], word(d.infohus.course_wish, language)]]
    head = f"{words.day_text(d.disclosed_on, language)} · {word(d.kind, language)} · {recipient}"
    return KeepTogether([Paragraph(escape(head), s["h3"]), _grid(rows, [40 * mm, None], s, header=False)])


DISCLOSURE_WORDS = {
    "da": {
        "shared": "Hvad der blev delt",
        "basis": "Hjemmel",
        "purpose": "Formål",
        "decision": "Infohusets beslutning",
        "pending": "Ikke truffet endnu",
        "wish": "Ønske om et forløb",
        "not_recorded": "Ikke registreret (registreret før delingsloggen)",
        "receipt": "Kvittering",
        "receipt_on": "Kommunen bekræftede modtagelsen {day}",
    },
    "en": {
        "shared": "What was shared",
        "basis": "Legal basis",
        "purpose": "Purpose",
        "decision": "The Infohus' decision",
        "pending": "Not made yet",
        "wish": "Wish for a course",
        "not_recorded": "Not recorded (recorded before the sharing log)",
        "receipt": "Receipt",
        "receipt_on": "The municipality confirmed receipt on {day}",
    },
}


def _follow_up_line(f: FollowUp, w: dict[str, str], language: str) -> str:
    head = follow_up_words(f.months, language)
    if f.outcome is None or f.outcome_on is None:
        return f"{head} · {w['due'].format(day=words.day_text(f.due_on, language))}"
    line = f"{head} · {words.day_text(f.outcome_on, language)} · {word(f.outcome, language)}"
    return f"{line} – {f.note}" if f.note else line


def _review_line(r: CaseReview, w: dict[str, str], language: str) -> str:
    """A review of the case, or its review moved: the day, which, the next review, and what was found or why
    it was moved."""
    parts = [
        words.day_text(r.day, language),
        word(r.kind, language),
        w["review_next"].format(day=words.day_text(r.next_on, language)),
    ]
    return " · ".join(parts + ([r.note] if r.note else []))


def _closing_text(c: Closing, w: dict[str, str], language: str) -> str:
    """One closing: the day and the reason in words (none recorded before vinkdesk asked), the note; and its
    reopening, if any, with whether the concern had returned at a follow-up."""
    reason = word(c.reason, language) if c.reason is not None else word(ClosureCount.NOT_RECORDED, language)
    text = w["closing"].format(day=words.day_text(c.closed_on, language), reason=reason)
    text = _sentence(text + (f" – {c.note}" if c.note else ""))
    if c.reopened_on is not None:
        text += " " + w["reopened"].format(day=words.day_text(c.reopened_on, language))
        text += (f": {w['returned']}" if c.reopened_by_follow_up else "") + "."
    return text


def _sentence(text: str) -> str:
    """`text` ended with a full stop, unless it ends with one (or a question or exclamation mark) already."""
    text = text.rstrip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _history_of_case(data: AccessData) -> CaseHistory:
    """Without the Session's history: the case's last closing, as the case holds it."""
    case = data.case
    if case.status is not CaseStatus.CLOSED or case.closed_on is None:
        return CaseHistory()
    last = Closing(0, case.id, case.closed_on, case.closure_reason, case.closure_note, None, False)
    return CaseHistory(closings=(last,))


def _not_made_line(n: Notification, w: dict[str, str]) -> str:
    return f"{w.get(n.kind, n.kind)}: {w['not_made']}. {w['why_not']}: {n.reason}"


def _basis_title(basis_id: str, language: str) -> str:
    """The legal basis's title from the definitions (the latest that has it), never its id."""
    registry = _definitions()
    for version in reversed(registry.versions()):
        basis = registry.get(DEFAULT_DEFINITION, version).legal_basis(basis_id)
        if basis is not None:
            return basis.title(language)
    return basis_id


@lru_cache(maxsize=1)
def _definitions() -> DefinitionRegistry:
    return shipped_definitions()


def _assessment(a: AssessmentDetail, w: dict[str, str], s: Any, language: str) -> list[Flowable]:
    """One assessment as the person reads it: the levels, the justification, and every rating in words with
    what it rests on (the factors not known listed apart); never an id or a stored value."""
    chosen = words.level_name(a.chosen_level, language)
    head = f"{words.day_text(a.created_at, language)} · {w['chosen']}: {chosen}"
    if a.suggested_level != a.chosen_level:
        head += f" · {w['suggested']}: {words.level_name(a.suggested_level, language)}"
    out: list[Flowable] = [Paragraph(escape(head), s["h3"])]
    if a.justification:
        out.append(Paragraph(f"<b>{escape(w['why_other'])}</b>", s["small"]))
        out.append(Paragraph(escape(a.justification), s["body"]))
    try:
        definition = _definitions().get(a.definition_id, a.definition_version)
    except DefinitionError:  # made with a form this program does not have: the ratings as stored
        out.append(
            Paragraph(escape(", ".join(f"{k}: {v}" for k, v in sorted(a.answers.items()))), s["small"])
        )
        return out
    for question in definition.questions():
        value = a.answers.get(question.id)
        if value in (None, ""):
            continue
        shown = next((o.label(language) for o in question.options if o.id == value), str(value))
        out.append(Paragraph(f"<b>{escape(question.label(language))}</b> {escape(shown)}", s["small"]))
    for step_title, readings in read(definition, a.answers, a.evidence):
        known = [r for r in readings if r.rating is not Rating.UNKNOWN]
        unknown = [r for r in readings if r.rating is Rating.UNKNOWN]
        if not known and not unknown:
            continue
        out.append(Paragraph(f"<b>{escape(step_title(language))}</b>", s["small"]))
        for r in known:
            line = f"{r.indicator.label(language)}: {RATING_NAMES[r.rating](language)}"
            if r.evidence:
                line += f" – {r.evidence}" + (f" ({r.source(language)})" if r.source else "")
            out.append(Paragraph(escape(line), s["small"]))
        if unknown:
            names = ", ".join(r.indicator.label(language) for r in unknown)
            out.append(Paragraph(escape(f"{w['unknown']}: {names}"), s["small"]))
    return out


def _verdict(verdict: str, language: str) -> str:
    names = {
        "approved": ("godkendt", "approved"),
        "returned": ("sendt tilbage", "returned"),
        "comment": ("kommentar", "comment"),
    }
    pair = names.get(verdict)
    return verdict if pair is None else pair[0 if language == "da" else 1]


def audit_extract(
    lines: list[AuditLine], title: str, language: str = "da", *, scope: str = "", made_by: str = ""
) -> bytes:
    """The audit rows shown, newest first, in words: when (on the local clock), who, what was done (the
    action's name, never its stored value), on what, and the detail (a column only when a row has one).
    Under the title: who printed it and when, and the filters it was made with (scope), so no reader takes
    an extract for the whole log."""
    w = TEXT["da" if language == "da" else "en"]
    s = styles()
    ordered = sorted(lines, key=lambda line: line.number, reverse=True)
    details = [_detail(line, language) for line in ordered]
    with_detail = any(details)
    rows = [["#", w["when"], w["who"], w["what"], w["concerns"]] + ([w["detail"]] if with_detail else [])]
    rows += [
        [
            str(line.number),
            words.moment_text(line.at, language),
            line.user,
            action_name(line.action, language),
            line.object,
        ]
        + ([detail] if with_detail else [])
        for line, detail in zip(ordered, details, strict=True)
    ]
    widths: list[Any] = [12 * mm, 26 * mm, 28 * mm, 40 * mm, 34 * mm, None]
    if not with_detail:
        widths = [12 * mm, 28 * mm, 34 * mm, 50 * mm, None]
    story: list[Flowable] = [Paragraph(escape(f"{w['audit']}: {title}"), s["title"])]
    if made_by:
        made = w["made"].format(day=words.day_text(date.today(), language), who=made_by)
        story.append(Paragraph(escape(made), s["small"]))
    if scope:
        story.append(Paragraph(escape(f"{w['scope']}: {scope}"), s["small"]))
    story += [Spacer(1, 2 * mm), _grid(rows, widths, s)]
    return _build(story, w, "vinkdesk", w["audit"])


def _detail(line: AuditLine, language: str) -> str:
    """A search row's criterion is erased after its time or with the case it named: say so, show nothing.
    (audit_view.audit_lines says it already; an extract of lines made otherwise says it here.)"""
    return detail_text(line.action, line.detail, language) if line.action == "search" else line.detail


def _lines(items: list[str], w: dict[str, str], s: dict[str, Any]) -> Flowable:
    if not items:
        return Paragraph(escape(w["none"]), s["body"])
    return _grid([[item] for item in items], [None], s, header=False)


def _grid(rows: list[list[str]], widths: list[Any], s: dict[str, Any], header: bool = True) -> Table:
    table = Table(
        [[Paragraph(escape(cell), s["cell"]) for cell in row] for row in rows],
        colWidths=widths,
        repeatRows=1 if header else 0,
    )
    style: list[Any] = [("GRID", (0, 0), (-1, -1), 0.3, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
    table.setStyle(TableStyle(style))
    return table


def _build(story: list[Flowable], w: dict[str, str], footer: str, title: str) -> bytes:
    return render(story, title, w["mark"], w["page"], footer)
