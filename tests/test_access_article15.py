"""The right-of-access report answers article 15 whole, read back from the PDF with pypdf as the person gets
it: every section the article asks for besides the data, the disclosures with date, recipient and legal basis,
the concern's source within what may be told (its name only where the counsellor decided so)."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE, old_case, person_case
from vinkdesk.domain import CaseStatus, Level
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import (
    Agency,
    ClosureReason,
    ConcernChannel,
    ConcernSource,
    DataCategory,
    FollowUpOutcome,
    NewDisclosure,
    UnitDetails,
)
from vinkdesk.reports.access import access_report, access_report_of, unit_details_missing
from vinkdesk.session import AssessmentRecord, Session
from vinkdesk.session.assessments import NotificationDecision
from vinkdesk.vault import Home, KdfParams, Vault
from vinkdesk.vault.schema import MIGRATIONS

SECTIONS = {
    "da": (
        "Din ret til indsigt",
        "Den dataansvarlige",
        "Formål og retsgrundlag",
        "Hvilke slags oplysninger",
        "Modtagere",
        "Hvor længe oplysningerne opbevares",
        "Dine rettigheder",
        "Klage",
        "Datatilsynet",
        "Hvor oplysningerne kommer fra",
        "Ingen automatiske afgørelser",
        "Oplysninger delt med andre myndigheder",
    ),
    "en": (
        "Your right of access",
        "The data controller",
        "Purposes and legal basis",
        "Kinds of information",
        "Recipients",
        "How long the information is kept",
        "Your rights",
        "Complaints",
        "Datatilsynet",
        "Where the information comes from",
        "No automated decisions",
        "Information shared with other agencies",
    ),
}


def text_of(pdf: bytes) -> str:
    """The report's text as a reader's tool extracts it, with line breaks and hyphenless wraps joined."""
    raw = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", raw)


@pytest.fixture
def shared_case(session: Session) -> int:
    today = session.today()
    case = session.create_case(person_case(alias="Sara", opened_on=today - timedelta(days=40)))
    session.set_concern_source(
        case.id,
        ConcernSource(
            organisation="Nørrebro Skole",
            name="Hanne Berg",
            contact="hb@example.dk",
            raised_on=today - timedelta(days=41),
            raised_how=ConcernChannel.PHONE,
        ),
    )
    session.record_disclosure(
        case.id,
        NewDisclosure(
            disclosed_on=today - timedelta(days=20),
            agency=Agency.SCHOOL,
            recipient_role="Skoleleder",
            legal_basis="other",
            basis_text="Forvaltningslovens § 28, stk. 2",
            purpose="Skolen skal kunne støtte eleven.",
            categories=(DataCategory.CONCERN,),
        ),
    )
    session.record_notification(
        case.id, NotificationDecision("duty-to-notify", done=True, on=today - timedelta(days=10))
    )
    session.set_unit_details(
        UnitDetails(
            name="VINK – Københavns Kommune",
            address="Rådhuspladsen 1, 1599 København V",
            phone="33 66 33 66",
            email="vink@kk.dk",
            dpo="databeskyttelse@kk.dk",
        )
    )
    return case.id


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_article_15_section_and_every_disclosure_is_in_the_pdf(
    session: Session, shared_case: int, language: str
) -> None:
    text = text_of(access_report(session.access_data(shared_case), language))
    for section in SECTIONS[language]:
        assert section in text, section
    assert "VINK – Københavns Kommune" in text and "vink@kk.dk" in text and "databeskyttelse@kk.dk" in text
    today = session.today()
    for days, recipient in ((20, "Skole" if language == "da" else "school"), (10, "ocial")):
        day = today - timedelta(days=days)
        shown = day.strftime("%d.%m.%Y") if language == "da" else None
        if shown:
            assert shown in text
        assert recipient in text
    assert "Forvaltningslovens § 28, stk. 2" in text  # a basis written out
    basis = "Underretning efter barnets lov" if language == "da" else "Notification under the Children's Act"
    assert basis in text  # the notification is a disclosure with its basis
    years = "5 år" if language == "da" else "5 years"
    assert years in text  # the retention period from the settings


def test_the_sources_name_only_where_the_counsellor_decided_and_never_for_an_anonymous_one(
    session: Session, shared_case: int
) -> None:
    told = text_of(access_report(session.access_data(shared_case)))
    assert "Nørrebro Skole" in told and "Hanne Berg" not in told and "hb@example.dk" not in told
    named = text_of(access_report(session.access_data(shared_case, include_source_name=True)))
    assert "Hanne Berg" in named and "hb@example.dk" in named
    session.set_concern_source(shared_case, ConcernSource(anonymous=True, raised_how=ConcernChannel.HOTLINE))
    anonymous = text_of(access_report(session.access_data(shared_case, include_source_name=True)))
    assert "anonymt" in anonymous and "Hanne Berg" not in anonymous


def test_a_report_without_unit_details_gives_the_citizen_no_instruction_meant_for_the_counsellor(
    session: Session,
) -> None:
    """The windows and the command line refuse to export it; a report made anyway (a preview) says what the
    citizen can do, never where in vinkdesk to click."""
    case = session.create_case(person_case(opened_on=date.today() - timedelta(days=3)))
    assert unit_details_missing(session.unit_details())
    text = text_of(access_report_of(session, case.id)[0])
    assert "Indstillinger" not in text and "→" not in text
    assert (
        "Spørg den kommune, der har givet dig rapporten" in text and "ikke delt med andre myndigheder" in text
    )
    for partial in (UnitDetails(name="VINK"), UnitDetails(email="vink@kk.dk"), UnitDetails(dpo="dpo@kk.dk")):
        assert unit_details_missing(partial), partial
    assert not unit_details_missing(UnitDetails(name="VINK", phone="33 66 33 66"))


# --- the case's course: closings and reopenings, reviews, follow-ups (review17 defects 1 and 7) ----------


def red_case(session: Session, days_open: int = 90) -> int:
    case = session.create_case(
        person_case(alias="Ravn", opened_on=session.today() - timedelta(days=days_open))
    )
    session.save_assessment(
        case.id,
        AssessmentRecord(
            "prevention-triangle",
            2,
            {"leakage": "present", "raised_by": "school"},
            Level.YELLOW,
            [],
            [],
            Level.RED,
            justification="Gentaget over for to lærere.",
        ),
    )
    return case.id


def day(d: date, language: str) -> str:
    return words.day_text(d, language)


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_closing_with_its_reason_and_every_reopening_is_in_the_report(
    session: Session, language: str
) -> None:
    today = session.today()
    case_id = red_case(session)
    text = text_of(access_report_of(session, case_id, language)[0])
    assert "Afsluttet –" not in text and "Closed –" not in text  # an open case has no closing day
    assert ("Afslutning og genåbning" if language == "da" else "Closing and reopening") not in text

    first_closed, returned = today - timedelta(days=30), today - timedelta(days=10)
    session.close_case(case_id, ClosureReason.OTHER, on=first_closed, note="Familien flyttede til Aarhus.")
    six_months = session.follow_ups(case_id)[0]
    session.record_follow_up(
        six_months.id, FollowUpOutcome.CONCERN_RETURNED, on=returned, note="Skolen i Aarhus ringede igen."
    )
    assert session.view_case(case_id).status is CaseStatus.OPEN  # reopened by the follow-up
    text = text_of(access_report_of(session, case_id, language)[0])
    if language == "da":
        assert (
            f"Afsluttet {day(first_closed, 'da')}. Grund: Anden grund – Familien flyttede til Aarhus." in text
        )
        assert f"Genåbnet {day(returned, 'da')}: bekymringen vendte tilbage ved opfølgningen." in text
        assert f"Status Åben, genåbnet {day(returned, 'da')}" in text
        assert "Bekymringen er vendt tilbage – Skolen i Aarhus ringede igen." in text  # the follow-up's note
    else:
        assert (
            f"Closed {day(first_closed, 'en')}. Reason: Other reason – Familien flyttede til Aarhus." in text
        )
        assert f"Reopened {day(returned, 'en')}: the concern had returned at the follow-up." in text
        assert "The concern has returned – Skolen i Aarhus ringede igen." in text

    session.close_case(case_id, ClosureReason.CITIZEN_DECLINES, on=today)
    text = text_of(access_report_of(session, case_id, language)[0])
    both = (
        (
            f"Afsluttet {day(first_closed, 'da')}. Grund: Anden grund",
            f"Afsluttet {day(today, 'da')}. Grund: Borgeren ønsker ikke (videre) forløb.",
        )
        if language == "da"
        else (
            f"Closed {day(first_closed, 'en')}. Reason: Other reason",
            f"Closed {day(today, 'en')}. Reason: The citizen wants no (further) course.",
        )
    )
    assert all(part in text for part in both)  # the first closing is kept beside the second
    assert text.index(both[0]) < text.index(both[1])


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_next_review_the_review_history_and_the_access_logs_retention_from_the_settings(
    session: Session, language: str
) -> None:
    today = session.today()
    case_id = red_case(session)
    session.mark_reviewed(case_id, on=today - timedelta(days=7), note="Skolen melder ro.")
    reviewed_next = session.view_case(case_id).review_on
    assert reviewed_next is not None
    later = reviewed_next + timedelta(weeks=3)
    session.set_review_date(case_id, later, reason="Familien er på ferie.")
    session.set_setting("audit_retention_years", 7)
    text = text_of(access_report_of(session, case_id, language)[0])
    if language == "da":
        assert f"Næste gennemgang {day(later, 'da')}" in text
        assert f"{day(today - timedelta(days=7), 'da')} · Gennemgået · næste gennemgang " in text
        assert "Skolen melder ro." in text
        assert f"Gennemgang flyttet · næste gennemgang {day(later, 'da')} · Familien er på ferie." in text
        assert (
            "Adgangsloggen, der viser, hvem der har set eller ændret sagen og hvornår, opbevares i 7 år."
            in text
        )
        assert "kommunens regler" not in text
    else:
        assert f"Next review {day(later, 'en')}" in text
        assert f"Review moved · next review {day(later, 'en')} · Familien er på ferie." in text
        assert (
            "The access log, which shows who has seen or changed the case and when, is kept for 7 years."
            in text
        )
        assert "rules for logging" not in text


# --- decisions not to notify; no disclosure twice (defect 4) ---------------------------------------------


def test_carried_out_notifications_are_sharings_only_and_decisions_not_to_are_listed_with_why(
    session: Session, shared_case: int
) -> None:
    [notification] = session.notifications(shared_case)
    session.record_receipt(notification.id, session.today() - timedelta(days=8))
    text = text_of(access_report_of(session, shared_case)[0])
    sharing = text.split("Oplysninger delt med andre myndigheder")[-1].split("Adgang til sagen")[0]
    assert "Beslutninger om" not in text and "Intet registreret" not in sharing
    assert text.count(" · Underretning til kommunen · ") == 1  # once, as the sharing it was
    assert f"Kommunen bekræftede modtagelsen {day(session.today() - timedelta(days=8), 'da')}" in text

    session.record_notification(
        shared_case, NotificationDecision("police-referral", done=False, reason="Skolen følger selv op.")
    )
    text = text_of(access_report_of(session, shared_case)[0])
    assert "Beslutninger om ikke at underrette eller henvise" in text
    assert "Henvisning til politiet: ikke foretaget. Begrundelse: Skolen følger selv op." in text
    assert text.count("Skolen følger selv op.") == 1 and text.count(" · Underretning til kommunen · ") == 1
    english = text_of(access_report_of(session, shared_case, "en")[0])
    assert "Decisions not to notify or refer" in english
    assert "Referral to the police: not made. Reason: Skolen følger selv op." in english


# --- a vault from before the sharing log (defect 5) ------------------------------------------------------


def test_a_notification_from_before_the_sharing_log_shares_what_is_not_recorded_and_invents_nothing(
    home: Home, kdf: KdfParams
) -> None:
    vault, _ = Vault.create(home, "Ane", PASSPHRASE, kdf, migrations=MIGRATIONS[:6])
    conn = vault.connection
    user_id = conn.execute("SELECT id FROM users").fetchone()[0]
    new = person_case()
    conn.execute("BEGIN IMMEDIATE")
    case_id = old_case(conn, user_id, new, "2026-001", date(2026, 3, 2), date(2026, 4, 1))
    conn.execute(
        "INSERT INTO notifications (case_id, kind, done, done_on, reason, author_id, created_at)"
        " VALUES (?, 'duty-to-notify', 1, '2026-03-05', '', ?, '2026-03-05T10:00:00+00:00')",
        (case_id, user_id),
    )
    conn.execute("COMMIT")
    vault.lock()
    session = Session.unlock(home, PASSPHRASE)  # migrates
    try:
        text = text_of(access_report_of(session, case_id)[0])
        assert "Hvad der blev delt Ikke registreret (registreret før delingsloggen)" in text
        assert "identitet" not in text.lower().split("oplysninger delt med andre myndigheder")[-1]
        assert "Afsluttet 01.04.2026. Grund: Ingen grund registreret." in text
        english = text_of(access_report_of(session, case_id, "en")[0])
        assert "What was shared Not recorded (recorded before the sharing log)" in english
        assert "Closed 01/04/2026. Reason: No reason recorded." in english
    finally:
        session.lock()


# --- practice's recipients, bases and closure reasons in words (review17 defect 12) -----------------------


@pytest.mark.parametrize("language", ["da", "en"])
def test_new_recipients_the_136_basis_and_new_closure_reasons_print_in_words(
    session: Session, language: str
) -> None:
    today = session.today()
    case = session.create_case(person_case(opened_on=today - timedelta(days=30)))
    for days, agency, basis in (
        (20, Agency.PROBATION, "children-exchange-136"),
        (10, Agency.OTHER_MUNICIPALITY, "crime-prevention-115"),
    ):
        session.record_disclosure(
            case.id,
            NewDisclosure(
                disclosed_on=today - timedelta(days=days),
                agency=agency,
                legal_basis=basis,
                purpose="Koordinere støtten.",
                categories=(DataCategory.CONCERN,),
            ),
        )
    session.close_case(case.id, ClosureReason.HANDED_TO_POLICE, on=today)
    text = text_of(access_report_of(session, case.id, language)[0])
    expected = {
        "da": (
            "Kriminalforsorgen",
            "· En anden kommune",
            "delt med: Kriminalforsorgen, en anden kommune.",
            "Barnets lov § 136 (tidl. servicelovens § 49 b) – udveksling om børn og unge",
            "Grund: Overgået til politiet/PET.",
        ),
        "en": (
            "· The Prison and Probation Service",
            "· Another municipality",
            "shared with: the Prison and Probation Service, another municipality.",
            "Children's Act s. 136 (formerly Social Services Act s. 49 b) – exchange about children",
            "Reason: Taken over by the police/PET.",
        ),
    }[language]
    for shown in expected:
        assert shown in text, shown
    for stored in ("children-exchange-136", "probation", "other-municipality", "handed-to-police"):
        assert stored not in text


HEADINGS = (
    "facts",
    "case_reviews",
    "closings",
    "follow_ups",
    "consultations",
    "assessments",
    "actions",
    "reviews",
    "source",
    "disclosures",
    "notifications",
    "accesses",
)


def test_no_section_heading_is_left_alone_at_the_foot_of_a_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A heading at the bottom of a page with its content on the next reads as an empty section (the outside
    review found "Oplysninger delt med andre myndigheder" so). Every report of a demo vault, page by page."""
    from tests.test_cli import run
    from vinkdesk.reports.access import TEXT

    code, _out, err = run("demo", "--home", str(tmp_path / "demo"), "--seed", "3")
    assert code == 0, err
    session = Session.unlock(Home(tmp_path / "demo"), PASSPHRASE)
    headings = {TEXT["da"][key] for key in HEADINGS}
    pages = 0
    for case in session.list_cases():
        pdf, ref = access_report_of(session, case.id, "da")
        reader = PdfReader(io.BytesIO(pdf))
        for number, page in enumerate(reader.pages[:-1], start=1):
            lines = [line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]
            body = [
                line
                for line in lines
                if line != "FORTROLIGT" and not line.startswith(("vinkdesk ·", "Side "))
            ]
            assert body and body[-1] not in headings, (ref, number, body[-3:])
            pages += 1
    assert pages > 40  # the demo's reports run over pages: the check had something to look at
