"""The right-of-access report and the consultation summary go to citizens and partners on paper: no word the
program itself prints may hold a character the reports' font (Bitstream Vera) cannot draw, which prints as an
empty box (the "→" of "Indstillinger → Enhedens oplysninger" did). Checked twice: every string the two
reports can print against the font's own character map, and real reports from a vault read back with pypdf
(a glyph the font lacks comes back as U+0000)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

import vinkdesk.assessment
from tests.conftest import consultation, person_case
from vinkdesk.assessment.definition import RATING_NAMES
from vinkdesk.domain import Level, labels
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.audit_words import action_name
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
from vinkdesk.domain.casework_words import follow_up_words
from vinkdesk.reports import access, summary
from vinkdesk.reports.style import missing_glyphs, printable_characters
from vinkdesk.session import AssessmentRecord, NotificationDecision, Session


def strings_in(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(item, f"{where}.{key}")
    elif isinstance(value, (list, tuple)):
        for n, item in enumerate(value):
            yield from strings_in(item, f"{where}[{n}]")


def printed_by_the_program() -> Iterator[tuple[str, str]]:
    """Every string of the program's own the two reports can print, with where it comes from."""
    for name, table in (
        ("access.TEXT", access.TEXT),
        ("access.ARTICLE_15", access.ARTICLE_15),
        ("access.SOURCE_WORDS", access.SOURCE_WORDS),
        ("access.DISCLOSURE_WORDS", access.DISCLOSURE_WORDS),
        ("summary.TEXT", summary.TEXT),
    ):
        yield from strings_in(table, name)
    for (kind, value), pair in labels.NAMES.items():
        yield from strings_in(pair, f"labels.NAMES[{kind.__name__}.{value}]")
    for table_name in ("LEVEL_NAMES", "LEVEL_SHORT", "ANONYMOUS", "GROUP"):
        yield from strings_in(getattr(labels, table_name), f"labels.{table_name}")
    for language in ("da", "en"):
        for months in (6, 12):
            yield "follow_up_words", follow_up_words(months, language)
        for rating, text in RATING_NAMES.items():
            yield f"RATING_NAMES[{rating}]", text(language)
        for action in AuditAction:
            yield f"action_name({action.value})", action_name(action.value, language)
    folder = Path(vinkdesk.assessment.__file__).parent / "definitions"
    for path in sorted(folder.glob("*.json")):  # titles, questions, options, indicators, legal bases, reasons
        yield from strings_in(json.loads(path.read_text(encoding="utf-8")), path.name)


def test_the_font_check_sees_what_vera_lacks() -> None:
    assert missing_glyphs("Indstillinger → Enhedens oplysninger ✓") == {"→", "✓"}
    assert missing_glyphs("Æbleø på Ærø – «§ 115» … 33 19 32 00\n") == set()
    assert {"æ", "ø", "å", "Æ", "Ø", "Å", "§", "–", "…", "«", "»", "·", "•"} <= printable_characters()


def test_every_string_the_access_report_and_the_summary_can_print_is_in_the_font() -> None:
    found = {where: missing_glyphs(text) for where, text in printed_by_the_program()}
    assert len(found) > 500  # the walk did reach the definitions and the labels
    assert {where: gaps for where, gaps in found.items() if gaps} == {}


def read_back(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def full_case(session: Session) -> int:
    """A case that makes every part of both reports print: source, every kind of sharing, decisions not to
    notify, an assessment, reviews, a closing with each reason's words, a reopening, follow-ups with notes."""
    today = session.today()
    session.set_unit_details(
        UnitDetails(name="VINK – Københavns Kommune", address="Rådhuspladsen 1", email="vink@kk.dk")
    )
    case = session.create_case(person_case(opened_on=today - timedelta(days=60)))
    session.set_concern_source(
        case.id,
        ConcernSource(
            organisation="Nørrebro Skole",
            raised_on=today - timedelta(days=61),
            raised_how=ConcernChannel.HOTLINE,
        ),
    )
    session.add_consultation(case.id, consultation("Samtale med skolen.", when=None))
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
            evidence={"leakage": {"text": "Sagt til to lærere.", "source": "school"}},
        ),
    )
    for n, agency in enumerate(Agency):
        basis = "notification-duty" if agency is Agency.SOCIAL_SERVICES else "children-exchange-136"
        session.record_disclosure(
            case.id,
            NewDisclosure(
                disclosed_on=today - timedelta(days=50 - n),
                agency=agency,
                legal_basis=basis,
                purpose="Koordinere støtten.",
                categories=tuple(DataCategory),
            ),
        )
    session.record_notification(
        case.id,
        NotificationDecision("police-referral", done=False, reason="Ikke nødvendigt – skolen følger op."),
    )
    session.mark_reviewed(case.id, on=today - timedelta(days=30), note="Ro på.")
    session.close_case(case.id, ClosureReason.OTHER, on=today - timedelta(days=20), note="Flyttet.")
    first = session.follow_ups(case.id)[0]
    session.record_follow_up(
        first.id, FollowUpOutcome.CONCERN_RETURNED, on=today - timedelta(days=10), note="Igen."
    )
    return case.id


@pytest.mark.parametrize("language", ["da", "en"])
def test_real_reports_read_back_without_a_box(session: Session, full_case: int, language: str) -> None:
    pdf, _ref = access.access_report_of(session, full_case, language)
    text = read_back(pdf)
    assert "\x00" not in text and missing_glyphs(text) == set()
    assert ("Kriminalforsorgen" if language == "da" else "Prison and Probation Service") in text
    summary_pdf = summary.consultation_summary(
        session.summary_data(full_case), language, session.concern_source(full_case)
    )
    text = read_back(summary_pdf)
    assert "\x00" not in text and missing_glyphs(text) == set()


def test_a_report_without_the_units_details_prints_no_instruction_and_no_box(session: Session) -> None:
    case = session.create_case(person_case(opened_on=session.today() - timedelta(days=3)))
    for language in ("da", "en"):
        text = read_back(access.access_report_of(session, case.id, language)[0])
        assert "\x00" not in text and missing_glyphs(text) == set()
        assert "Indstillinger" not in text and "Settings" not in text
