"""PDFs read back as a reader would: the mark and "page x of y" on every page, Danish letters intact, long
text flowing over pages with nothing cut, only the chosen consultations, and no identity beyond the case's."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from pypdf import PdfReader

from tests.conftest import consultation, person_case
from vinkdesk.domain import AgeBand, District, Level, ReferralSource, SubjectKind
from vinkdesk.domain.casework import ClosureReason, ConcernChannel, ConcernSource
from vinkdesk.reports.recovery_sheet import recovery_sheet
from vinkdesk.reports.summary import consultation_summary
from vinkdesk.session import AssessmentRecord, Session


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def assessed_case(session: Session, **changes: object) -> int:
    case = session.create_case(person_case(**changes))
    session.save_assessment(
        case.id,
        AssessmentRecord(
            "prevention-triangle",
            1,
            {"leakage": "partly"},
            Level.YELLOW,
            [],  # the Session works out the reasons and gaps itself
            [],
            Level.YELLOW,
        ),
    )
    return case.id


def test_every_page_is_marked_and_numbered_and_long_text_flows_uncut(session: Session) -> None:
    case_id = assessed_case(session, alias="Ærø-Åse")
    long_note = " ".join(
        f"Sætning {i} om skolegården, fællesskabet og de voksne på Nørrebro." for i in range(120)
    )
    for day in range(1, 6):
        session.add_consultation(
            case_id, consultation(long_note + f" Slutord-{day}.", datetime(2026, 3, day, 10))
        )
    pdf = consultation_summary(session.summary_data(case_id), "da")
    texts = pages(pdf)
    assert len(texts) >= 5
    for number, text in enumerate(texts, start=1):
        assert "FORTROLIGT" in text
        assert f"Side {number} af {len(texts)}" in text
    everything = flat(" ".join(texts))
    for day in range(1, 6):
        assert f"Slutord-{day}." in everything  # the end of every note made it onto a page
    assert "Ærø-Åse" in everything and "Nørrebro" in everything and "æ" in everything
    assert "Gul – foregribende" in everything
    assert "Der er delvise tegn på advarselsadfærd, som bør følges tæt." in everything
    assert "Der mangler viden om beskyttende faktorer: 9 af 9 faktorer er ukendte" in everything
    assert "Underskrifter" in texts[-1]


def test_only_the_chosen_period_is_printed(session: Session) -> None:
    case_id = assessed_case(session)
    session.add_consultation(case_id, consultation("Tidlig samtale om fodbold", datetime(2026, 1, 10, 9)))
    session.add_consultation(case_id, consultation("Samtale i perioden om klubben", datetime(2026, 3, 4, 9)))
    session.add_consultation(case_id, consultation("Sen samtale om sommerferien", datetime(2026, 6, 1, 9)))
    text = flat(
        " ".join(
            pages(
                consultation_summary(session.summary_data(case_id, date(2026, 3, 1), date(2026, 3, 31)), "da")
            )
        )
    )
    assert "Samtale i perioden om klubben" in text
    assert "fodbold" not in text and "sommerferien" not in text
    assert "fra 01.03.2026 til 31.03.2026" in text


def test_an_anonymous_case_shows_no_alias_and_english_follows_the_language(session: Session) -> None:
    case = session.create_case(
        person_case(subject_kind=SubjectKind.ANONYMOUS, alias="", birth_year=None, age_band=AgeBand.AGE_15_17)
    )
    session.add_consultation(case.id, consultation("En lærer spørger anonymt til råd."))
    data = session.summary_data(case.id)
    text = flat(" ".join(pages(consultation_summary(data, "en"))))
    assert "Person (alias) Anonymous" in text and "CONFIDENTIAL" in text and "Page 1 of 1" in text
    assert "Age band 15–17" in text and "Concern raised by School" in text
    assert "Not assessed" in text
    assert "Ravn" not in text


def test_an_amended_consultation_prints_its_current_version_only(session: Session) -> None:
    case_id = assessed_case(session)
    first = session.add_consultation(case_id, consultation("Første ordlyd med en fejl"))
    session.amend_consultation(first.id, consultation("Rettet ordlyd uden fejl"))
    text = flat(" ".join(pages(consultation_summary(session.summary_data(case_id), "da"))))
    assert "Rettet ordlyd uden fejl" in text and "Første ordlyd" not in text and "rettet" in text


def test_the_header_names_age_band_district_concern_and_referrer_and_dates_read_danish(
    session: Session,
) -> None:
    case_id = assessed_case(session, alias="Ravn-17", birth_year=2010, district=District.VALBY)
    session.add_consultation(
        case_id,
        consultation(
            "Læreren ringede om billeder i klassens chat.",
            datetime(2026, 11, 3, 14, 5),
            inquirer_organisation="Valby Skole",
            inquirer_contact="ane.laerer@valbyskole.dk",
        ),
    )
    session.add_consultation(case_id, consultation("Kort opfølgning uden kontakt.", datetime(2026, 11, 5, 9)))
    session.add_action(case_id, "Møde med skolen", "Ane", date(2026, 12, 1))
    session.close_case(case_id, ClosureReason.CONCERN_RESOLVED, on=date(2026, 11, 20))
    data = session.summary_data(case_id)
    pdf = consultation_summary(data, "da")
    text = flat(" ".join(pages(pdf)))
    age_band = {16: "15–17", 17: "15–17"}.get(data.case.age_on(data.made_on) or 0, "18–24")
    for shown in (
        "Person (alias) Ravn-17",
        f"Aldersgruppe {age_band}",
        "Bydel Valby",
        "Bekymring Højreekstremisme",
        "Rejst af Skole",
        "Status Afsluttet 20.11.2026 – Bekymringen er løst",
        f"Udskrevet {data.made_on:%d.%m.%Y}",
        "03.11.2026 14.05 · Møde · Lærer · 45 min.",
        "Hvem henvendte sig: Lærer · Valby Skole · ane.laerer@valbyskole.dk",
        "Rådgivning givet: Hold dialogen åben.",
        "Møde med skolen Ane 01.12.2026",
    ):
        assert shown in text, shown
    assert text.count("Hvem henvendte sig") == 1  # only where more than the role was written
    assert not re.search(r"20[0-9]{2}-[0-9]{2}-[0-9]{2}", text)  # no ISO date anywhere


def test_the_summary_says_who_raised_the_concern_by_role_and_organisation_never_by_name(
    session: Session,
) -> None:
    case = session.create_case(person_case(referral_source=ReferralSource.POLICE))
    session.set_concern_source(
        case.id,
        ConcernSource(
            organisation="Københavns Politi, Valby",
            name="Hanne Berg",
            contact="hb@politi.example.dk",
            raised_on=date(2026, 3, 1),
            raised_how=ConcernChannel.PHONE,
        ),
    )
    for language, shown in (
        ("da", ("Rejst af Politi · Københavns Politi, Valby", "Rejst 01.03.2026 · Telefon")),
        ("en", ("Concern raised by Police · Københavns Politi, Valby", "Raised 01/03/2026 · Phone")),
    ):
        pdf = consultation_summary(session.summary_data(case.id), language, session.concern_source(case.id))
        text = flat(" ".join(pages(pdf)))
        assert all(part in text for part in shown), (language, text[:400])
        assert "Hanne Berg" not in text and "hb@politi.example.dk" not in text
    session.set_concern_source(
        case.id, ConcernSource(anonymous=True, organisation="", raised_how=ConcernChannel.HOTLINE)
    )
    text = flat(
        " ".join(
            pages(consultation_summary(session.summary_data(case.id), "da", session.concern_source(case.id)))
        )
    )
    assert "Rejst af Politi · anonym" in text
    assert "Rejst Den nationale hotline (via Infohuset)" in text
    unrecorded = session.create_case(person_case())
    text = flat(" ".join(pages(consultation_summary(session.summary_data(unrecorded.id), "da", None))))
    assert "Rejst af Skole" in text and "Rejst " not in text.replace("Rejst af", "")


def test_a_case_not_assessed_says_so_beside_the_triangle(session: Session) -> None:
    case = session.create_case(person_case())
    text = flat(pages(consultation_summary(session.summary_data(case.id), "da"))[0])
    assert "Niveau: Ikke vurderet" in text and "Ikke vurderet" in text.replace("Niveau: Ikke vurderet", "")


def test_the_recovery_sheet_carries_the_code_in_readable_groups() -> None:
    code = "AB12C-DEFGH-JK34M-NPQRS-TVWXY"
    [text] = pages(recovery_sheet(code, "Åse Ørnbøl", "da"))
    assert all(group in text for group in code.split("-"))
    assert "Åse Ørnbøl" in text and "FORTROLIGT" in text and re.search(r"Side 1 af 1", text)
