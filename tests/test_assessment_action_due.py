"""A recommended action ticked when an assessment is finished is due the assessment's day plus the horizon its
definition gives it (issue 15, point 5), so the case's "next due" shows it; an action the definition does not
recommend at the chosen level is refused and nothing is saved."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.conftest import person_case
from vinkdesk.assessment import shipped_definitions
from vinkdesk.domain import Level
from vinkdesk.session import AssessmentRecord, InvalidInput, NotificationDecision, Session
from vinkdesk.session.assessments import TickedAction

DEFINITION = shipped_definitions().latest()
RED = {"leakage": "present", "direct_threat": "present"}


def ticked(level: Level) -> list[TickedAction]:
    return [TickedAction(a.id, a.title.da) for a in DEFINITION.guidance[level].actions]


def red_record() -> AssessmentRecord:
    return AssessmentRecord(DEFINITION.id, DEFINITION.version, RED, Level.RED, [], [], Level.RED)


def test_each_ticked_action_is_due_after_its_horizon_and_the_case_shows_the_next(session: Session) -> None:
    case = session.create_case(person_case())
    made = datetime(2026, 11, 27, 14, 5)  # a Friday
    police = [NotificationDecision("police-referral", True, date(2026, 11, 27))]
    session.finish_assessment(case.id, red_record(), ticked(Level.RED), police, at=made)
    due = {a.title: a.due for a in session.actions(case.id)}
    assert due == {
        "Ved akut fare: ring 112 eller kontakt politiet med det samme": date(2026, 11, 27),
        "Drøft sagen med Infohuset i dag": date(2026, 11, 27),
        "Henvis sagen til det politiledede forebyggelsessamarbejde via Infohuset": date(2026, 11, 28),
        "Tæt koordineret mentor- eller exitforløb": date(2026, 12, 11),
        "Aftal løbende opfølgning med Infohuset, og vurdér igen ved enhver ændring": date(2026, 12, 4),
    }
    [row] = [c for c in session.list_cases() if c.id == case.id]
    assert row.next_action_due == date(2026, 11, 27)


def test_follow_up_in_four_to_six_weeks_is_due_in_five(session: Session) -> None:
    case = session.create_case(person_case())
    record = AssessmentRecord(
        DEFINITION.id, DEFINITION.version, {}, Level.GREEN, [], [], Level.GREEN, "Kendt"
    )
    follow_up = next(a for a in DEFINITION.guidance[Level.GREEN].actions if a.id == "follow-up")
    session.finish_assessment(
        case.id, record, [TickedAction("follow-up", follow_up.title.en)], at=datetime(2026, 3, 2, 9, 0)
    )
    [action] = session.actions(case.id)
    assert action.title == "Follow-up with the professional in 4–6 weeks" and action.due == date(2026, 4, 6)


def test_an_action_not_recommended_at_the_chosen_level_saves_nothing(session: Session) -> None:
    case = session.create_case(person_case())
    police = [NotificationDecision("police-referral", True, date(2026, 11, 27))]
    with pytest.raises(InvalidInput) as refused:
        session.finish_assessment(
            case.id, red_record(), [TickedAction("leisure-offer", "Fritidstilbud")], police
        )  # a green action on a red assessment
    assert refused.value.field == "actions"
    assert session.assessments(case.id) == [] and session.actions(case.id) == []


def test_an_action_typed_by_the_counsellor_has_no_due_date(session: Session) -> None:
    case = session.create_case(person_case())
    police = [NotificationDecision("police-referral", True, date(2026, 11, 27))]
    session.finish_assessment(case.id, red_record(), ["Ring til skolen"], police)
    [action] = session.actions(case.id)
    assert action.title == "Ring til skolen" and action.due is None
