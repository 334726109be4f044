"""The right-of-access report answers article 15 whole, read back from the PDF with pypdf as the person gets
it: every section the article asks for besides the data, the disclosures with date, recipient and legal basis,
the concern's source within what may be told (its name only where the counsellor decided so)."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import person_case
from vinkdesk.domain.casework import (
    Agency,
    ConcernChannel,
    ConcernSource,
    DataCategory,
    NewDisclosure,
    UnitDetails,
)
from vinkdesk.reports.access import access_report
from vinkdesk.session import Session
from vinkdesk.session.assessments import NotificationDecision

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


def test_a_report_without_unit_details_says_where_to_fill_them_in(session: Session) -> None:
    case = session.create_case(person_case(opened_on=date.today() - timedelta(days=3)))
    text = text_of(access_report(session.access_data(case.id)))
    assert "Indstillinger" in text and "ikke delt med andre myndigheder" in text
