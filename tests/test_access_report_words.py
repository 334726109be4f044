"""The right-of-access report is handed to the person a case is about: it says in words what was assessed and
shared, never a program's ids or stored values (`leakage=present`, `duty-to-notify`, `school`). Read back from
the PDF as the person gets it."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from tests.conftest import consultation, person_case
from vinkdesk.domain import Level
from vinkdesk.reports.access import access_report
from vinkdesk.session import AssessmentRecord, NotificationDecision, Session


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_access_report_says_the_assessment_and_the_sharing_in_words(session: Session) -> None:
    case = session.create_case(person_case())
    session.add_consultation(
        case.id, consultation("Læreren ringede.", advice="Tal med ham.", next_steps="Nyt møde om to uger.")
    )
    assessment_id = session.save_assessment(
        case.id,
        AssessmentRecord(
            "prevention-triangle",
            2,
            {"leakage": "present", "raised_by": "school"},
            Level.YELLOW,
            [],
            [],
            Level.RED,
            justification="Han har gentaget det over for to lærere.",
            evidence={"leakage": {"text": "Sagt til to lærere.", "source": "school"}},
        ),
    )
    session.record_notification(
        case.id, NotificationDecision("duty-to-notify", True, date.today()), assessment_id
    )
    for language, present, leakage, note, duty in (
        (
            "da",
            "Til stede",
            "Fortæller andre, at vedkommende vil skade nogen",
            "Rådgivning givet",
            "Underretning",
        ),
        (
            "en",
            "Present",
            "Tells others of an intent to harm",
            "Advice given",
            "Notification to the municipality",
        ),
    ):
        text = text_of(access_report(session.access_data(case.id), language))
        assert f"{leakage} (lækage): {present}" in text or f"{leakage} (leakage): {present}" in text, language
        assert "Sagt til to lærere." in text and "Han har gentaget det over for to lærere." in text
        assert note in text and "Nyt møde om to uger." in text and duty in text
        # nothing a program wrote for itself: no id=value pairs, no stored kinds or enum values
        assert not re.search(r"\b[a-z_]+=(present|absent|partly|unknown)\b", text), text
        for raw in ("duty-to-notify", "police-referral", "raised_by", "view-case", "create-case"):
            assert raw not in text, (language, raw)
