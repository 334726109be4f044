"""Assessments through the Session: whole records, notifications and their receipts, the weekday deadline,
and reading an assessment with the definition version it was made under after a v2 exists."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import person_case
from vinkdesk.assessment import (
    DefinitionRegistry,
    Rating,
    changes,
    choice_problem,
    is_minor,
    prompts_due,
    read,
    shipped_definitions,
    suggest,
)
from vinkdesk.assessment.registry import RESOURCES
from vinkdesk.domain import AgeBand, Level, add_weekdays
from vinkdesk.session import AssessmentRecord, InvalidInput, NotificationDecision, Session

DEFINITION = shipped_definitions().latest()


def v2_registry(tmp_path: Path) -> DefinitionRegistry:
    """A v2 beside the shipped v1: one indicator renamed, one removed, one added."""
    doc = json.loads((RESOURCES / "prevention-triangle.v1.json").read_text(encoding="utf-8"))
    v2 = copy.deepcopy(doc)
    v2["version"] = 2
    engagement = next(s for s in v2["steps"] if s["id"] == "engagement")
    engagement["indicators"][0]["label"] = {"da": "Krænkelse (ny ordlyd)", "en": "Grievance (new wording)"}
    engagement["indicators"] = [i for i in engagement["indicators"] if i["id"] != "opportunistic"]
    engagement["indicators"].append(
        {"id": "online_echo", "label": {"da": "Ekkokamre online", "en": "Online echo"}, "tags": ["risk"]}
    )
    folder = tmp_path / "assessments"
    folder.mkdir()
    (folder / "prevention-triangle.v1.json").write_text(json.dumps(doc), encoding="utf-8")
    (folder / "prevention-triangle.v2.json").write_text(json.dumps(v2), encoding="utf-8")
    return DefinitionRegistry(folder)


def test_weekdays_skip_the_weekend() -> None:
    friday = date(2026, 11, 27)
    assert add_weekdays(friday, 1) == date(2026, 11, 30)
    assert add_weekdays(friday, 6) == date(2026, 12, 7)


def test_duty_to_notify_receipt_is_flagged_after_six_weekdays(session: Session) -> None:
    case = session.create_case(person_case(birth_year=2011))
    note = session.record_notification(
        case.id, NotificationDecision("duty-to-notify", True, date(2026, 11, 2))
    )
    assert note.receipt_due() == date(2026, 11, 10)
    assert not note.receipt_overdue_on(date(2026, 11, 10))
    assert note.receipt_overdue_on(date(2026, 11, 11))
    received = session.record_receipt(note.id, date(2026, 11, 9))
    assert received.receipt_on == date(2026, 11, 9) and not received.receipt_overdue_on(date(2026, 12, 1))
    with pytest.raises(InvalidInput):
        session.record_notification(case.id, NotificationDecision("duty-to-notify", False, reason=" "))
    refused = session.record_notification(
        case.id, NotificationDecision("police-referral", False, reason="Politiet kender sagen.")
    )
    assert refused.reason == "Politiet kender sagen." and not refused.receipt_overdue_on(date(2030, 1, 1))
    assert [n.kind for n in session.notifications(case.id)] == ["duty-to-notify", "police-referral"]
    assert [e.action for e in session.audit_entries(case.id)][-3:] == [
        "record-notification",
        "record-receipt",
        "record-notification",
    ]


def test_finish_assessment_is_all_or_nothing(session: Session) -> None:
    case = session.create_case(person_case())
    record = AssessmentRecord("prevention-triangle", 1, {"leakage": "present"}, Level.RED, [], [], Level.RED)
    with pytest.raises(InvalidInput):
        session.finish_assessment(
            case.id, record, ["Drøft sagen"], [NotificationDecision("police-referral", True, None)]
        )
    assert session.assessments(case.id) == [] and session.actions(case.id) == []
    assessment_id = session.finish_assessment(
        case.id, record, ["Drøft sagen"], [NotificationDecision("police-referral", True, date(2026, 3, 3))]
    )
    assert [a.assessment_id for a in session.actions(case.id)] == [assessment_id]
    assert session.view_case(case.id).level is Level.RED
    assert session.latest_assessment(case.id).answers == {"leakage": "present"}


def test_rules_for_the_summary_page() -> None:
    assert choice_problem(Level.YELLOW, None, "") == "choose-level"
    assert choice_problem(Level.YELLOW, Level.RED, "  ") == "justify"
    assert choice_problem(Level.YELLOW, Level.RED, "Ny viden fra politiet") is None
    assert choice_problem(Level.YELLOW, Level.YELLOW, "") is None
    assert is_minor(15, AgeBand.UNKNOWN) is True and is_minor(19, AgeBand.AGE_15_17) is False
    assert is_minor(None, AgeBand.AGE_12_14) is True and is_minor(None, AgeBand.UNKNOWN) is None
    assert prompts_due(DEFINITION, Level.YELLOW, True) == ["duty_to_notify"]
    assert prompts_due(DEFINITION, Level.YELLOW, None) == ["duty_to_notify"]  # unknown age: the safer reading
    assert prompts_due(DEFINITION, Level.YELLOW, False) == []
    assert prompts_due(DEFINITION, Level.RED, False) == ["police_referral"]
    assert prompts_due(DEFINITION, Level.GREEN, True) == [
        "duty_to_notify"
    ]  # the duty does not wait for a level
    assert prompts_due(DEFINITION, Level.GREEN, False) == []
    # green on an undetermined suggestion (key factors unknown) needs a justification; other levels do not
    assert choice_problem(Level.GREEN, Level.GREEN, "", undetermined=True) == "justify-undetermined"
    assert choice_problem(Level.GREEN, Level.GREEN, "Skolen kender ham godt", undetermined=True) is None
    assert choice_problem(Level.GREEN, Level.YELLOW, "", undetermined=True) == "justify"
    assert choice_problem(Level.YELLOW, Level.YELLOW, "", undetermined=True) is None


def test_the_session_refuses_undetermined_green_without_a_justification(session: Session) -> None:
    case = session.create_case(person_case())
    suggestion = suggest(DEFINITION, {"grievance": "present"})  # all else unknown
    assert suggestion.undetermined and suggestion.level is Level.GREEN
    record = AssessmentRecord(
        DEFINITION.id,
        DEFINITION.version,
        {"grievance": "present"},
        suggestion.level,
        [{"da": r.da, "en": r.en} for r in suggestion.reasons],
        [],
        Level.GREEN,
        undetermined=True,
    )
    with pytest.raises(InvalidInput, match="green is not an all-clear"):
        session.save_assessment(case.id, record)
    assert session.latest_assessment(case.id) is None  # nothing was written
    saved = session.save_assessment(
        case.id, dataclasses.replace(record, justification="Forældre og skole beskriver ingen advarselstegn.")
    )
    stored = session.assessment(saved)
    assert stored.undetermined and stored.chosen_level is Level.GREEN
    assert stored.reasons[0]["da"].startswith("Ikke afgjort")
    draft = session.save_assessment(case.id, dataclasses.replace(record, final=False))  # a draft may wait
    assert not session.assessment(draft).final


def test_a_v1_assessment_opens_with_v1_words_and_changes_are_counted_into_v2(session: Session) -> None:
    registry = shipped_definitions()
    v1, v2 = registry.get("prevention-triangle", 1), registry.get("prevention-triangle", 2)
    case = session.create_case(person_case())
    before = {
        "harmful_means": "partly",
        "access_networks": "present",
        "group_influence": "present",
        "grievance": "present",
        "leakage": "present",
    }
    first = session.save_assessment(
        case.id, AssessmentRecord(v1.id, v1.version, before, Level.RED, [], [], Level.RED)
    )
    stored = session.assessment(first)
    made_with = registry.get(stored.definition_id, stored.definition_version)
    rows = {
        row.indicator.id: row for _, step in read(made_with, stored.answers, stored.evidence) for row in step
    }
    assert rows["harmful_means"].indicator.label.da == "Accepterer skadelige midler"  # v1's words, as made
    assert v2.indicator("harmful_means").label.da == "Accepterer vold eller trusler som middel"
    assert rows["access_networks"].indicator.label.da == "Adgang til netværk, penge eller udstyr"
    assert "target_identified" not in rows
    now = {
        "harmful_means": "present",
        "access_weapons": "present",
        "grievance": "present",
        "leakage": "present",
    }
    found = {c.indicator_id: (c.before, c.after) for c in changes(made_with, stored.answers, v2, now)}
    assert found["harmful_means"] == (Rating.PARTLY, Rating.PRESENT)  # same meaning, same id, across versions
    assert found["access_networks"] == (Rating.PRESENT, None)  # meaning changed: a new id in v2
    assert found["access_weapons"] == (None, Rating.PRESENT)
    assert found["group_influence"] == (Rating.PRESENT, None)
    assert found["target_identified"] == (None, Rating.UNKNOWN)
    assert "grievance" not in found and "leakage" not in found


def test_an_assessment_made_under_v1_reads_correctly_after_v2_is_added(
    session: Session, tmp_path: Path
) -> None:
    registry = v2_registry(tmp_path)
    assert registry.versions() == [1, 2] and registry.latest().version == 2
    v1 = registry.get("prevention-triangle", 1)
    case = session.create_case(person_case())
    answers = {"grievance": "present", "opportunistic": "partly", "leakage": "absent"}
    suggestion = suggest(v1, answers)
    assessment_id = session.save_assessment(
        case.id,
        AssessmentRecord(
            v1.id,
            v1.version,
            answers,
            suggestion.level,
            [],
            [],
            suggestion.level,
            evidence={"grievance": {"text": "Fortalt af læreren", "source": "school"}},
        ),
    )

    stored = session.assessment(assessment_id)
    made_with = registry.get(stored.definition_id, stored.definition_version)
    steps = dict((title.en, rows) for title, rows in read(made_with, stored.answers, stored.evidence))
    engagement = {row.indicator.id: row for row in steps["Engagement"]}
    assert engagement["grievance"].indicator.label.da == "Oplevet uretfærdighed eller krænkelse"  # v1 words
    assert engagement["grievance"].rating is Rating.PRESENT
    assert (
        engagement["grievance"].evidence == "Fortalt af læreren"
        and engagement["grievance"].source.da == "Skole"
    )
    assert engagement["opportunistic"].rating is Rating.PARTLY  # gone in v2, still read under v1

    v2 = registry.latest()
    now = {"grievance": "present", "online_echo": "present"}
    found = {c.indicator_id: (c.before, c.after) for c in changes(made_with, stored.answers, v2, now)}
    assert found["online_echo"] == (None, Rating.PRESENT)
    assert found["opportunistic"] == (Rating.PARTLY, None)
    assert "grievance" not in found
