"""The Session is the authority on assessments: it works the suggestion out itself from the stored answers,
refuses a definition it does not have, asks for the justification whenever the chosen level is not its own
suggestion, and its definitions give the deadline for the municipality's receipt of a notification."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, person_case
from vinkdesk.assessment import DefinitionRegistry, shipped_definitions, suggest
from vinkdesk.assessment.registry import RESOURCES
from vinkdesk.domain import Level, add_weekdays
from vinkdesk.session import AssessmentRecord, InvalidInput, NotificationDecision, Session
from vinkdesk.vault import Home, KdfParams, Vault

V2 = shipped_definitions().get("prevention-triangle", 2)


def record(
    answers: dict[str, str], suggested: Level | None, chosen: Level | None, **more: object
) -> AssessmentRecord:
    return AssessmentRecord(V2.id, V2.version, answers, suggested, [], [], chosen, **more)  # type: ignore[arg-type]


def registry_with_receipt_weekdays(tmp_path: Path, weekdays: int) -> DefinitionRegistry:
    """The shipped definitions, but v2 gives the municipality `weekdays` days to confirm a notification."""
    folder = tmp_path / "definitions"
    folder.mkdir()
    for name in ("prevention-triangle.v1.json", "prevention-triangle.v2.json"):
        doc = json.loads((RESOURCES / name).read_text(encoding="utf-8"))
        if name.endswith("v2.json"):
            doc["prompts"]["duty_to_notify"]["receipt_weekdays"] = weekdays
        (folder / name).write_text(json.dumps(doc), encoding="utf-8")
    return DefinitionRegistry(folder)


def test_a_warning_behaviour_cannot_be_saved_as_green_without_a_justification(session: Session) -> None:
    """The attack: leakage rated present, the caller claims green was suggested and chooses green."""
    case = session.create_case(person_case())
    forged = AssessmentRecord(
        V2.id,
        V2.version,
        {"leakage": "present"},
        Level.GREEN,
        ["all clear"],
        [],
        Level.GREEN,
        undetermined=False,
    )
    with pytest.raises(InvalidInput) as refused:
        session.save_assessment(case.id, forged)
    assert refused.value.field == "justification"
    assert "another level than the one suggested" in str(refused.value)
    with pytest.raises(InvalidInput):
        session.finish_assessment(case.id, forged, ["Drøft sagen"])
    assert session.assessments(case.id) == [] and session.actions(case.id) == []
    assert "create-assessment" not in [e.action for e in session.audit_entries(case.id)]


def test_the_stored_suggestion_is_the_sessions_own(session: Session) -> None:
    case = session.create_case(person_case())
    answers = {"leakage": "present", "grievance": "partly"}
    own = suggest(V2, answers)
    assert own.level is Level.YELLOW and own.undetermined  # one warning behaviour: act today, not red
    saved = session.save_assessment(
        case.id,
        AssessmentRecord(
            V2.id,
            V2.version,
            answers,
            Level.GREEN,
            [{"da": "alt vel", "en": "all clear"}],
            [],
            Level.YELLOW,
            undetermined=False,
        ),
    )
    stored = session.assessment(saved)
    assert stored.suggested_level is Level.YELLOW and stored.chosen_level is Level.YELLOW
    assert stored.reasons == [{"da": r.da, "en": r.en} for r in own.reasons]
    assert stored.gaps == [{"da": g.text.da, "en": g.text.en} for g in own.gaps] != []
    assert stored.undetermined is True and stored.justification == ""
    draft = session.save_assessment(case.id, record(answers, Level.RED, None, final=False))
    assert session.assessment(draft).suggested_level is Level.YELLOW  # a draft too holds the Session's own


def test_a_level_equal_to_the_sessions_suggestion_needs_no_justification(session: Session) -> None:
    """The caller's (wrong) suggestion cannot make the Session ask for a justification it does not need."""
    case = session.create_case(person_case())
    saved = session.save_assessment(
        case.id, record({"leakage": "present", "fixation": "present"}, Level.GREEN, Level.RED)
    )
    stored = session.assessment(saved)
    assert stored.suggested_level is Level.RED and stored.chosen_level is Level.RED
    assert session.view_case(case.id).level is Level.RED
    with pytest.raises(InvalidInput) as refused:  # and another level than its own does need one
        session.save_assessment(
            case.id, record({"leakage": "present", "fixation": "present"}, Level.RED, Level.YELLOW)
        )
    assert refused.value.field == "justification"


@pytest.mark.parametrize(("definition_id", "version"), [("p", 1), ("prevention-triangle", 99), ("", 2)])
def test_an_unknown_definition_is_refused(session: Session, definition_id: str, version: int) -> None:
    case = session.create_case(person_case())
    with pytest.raises(InvalidInput) as refused:
        session.save_assessment(
            case.id, AssessmentRecord(definition_id, version, {}, Level.GREEN, [], [], Level.GREEN, "fordi")
        )
    assert refused.value.field == "definition_id"
    assert f"no assessment definition {definition_id!r} version {version}" in str(refused.value)
    assert "nothing was saved" in str(refused.value)
    assert session.assessments(case.id) == []


def test_an_answer_that_is_not_a_rating_is_refused(session: Session) -> None:
    case = session.create_case(person_case())
    with pytest.raises(InvalidInput) as refused:
        session.save_assessment(
            case.id, record({"leakage": "maybe"}, Level.GREEN, Level.GREEN, justification="x")
        )
    assert refused.value.field == "answers" and "leakage" in str(refused.value)
    assert session.assessments(case.id) == []


def test_the_receipt_deadline_comes_from_the_definition(home: Home, kdf: KdfParams, tmp_path: Path) -> None:
    created, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)
    case = created.create_case(person_case(birth_year=2011))
    created.lock()
    friday = date(2026, 11, 27)
    session = Session(Vault.unlock(home, PASSPHRASE), definitions=registry_with_receipt_weekdays(tmp_path, 2))
    try:
        session.finish_assessment(
            case.id,
            record({"leakage": "partly"}, None, Level.YELLOW),
            decisions=[NotificationDecision("duty-to-notify", True, friday)],
        )
        on_its_own = session.record_notification(
            case.id, NotificationDecision("duty-to-notify", True, friday)
        )
        for note in (session.notifications(case.id)[0], on_its_own):
            assert note.receipt_weekdays == 2
            assert note.receipt_due() == add_weekdays(friday, 2) == date(2026, 12, 1)
            assert note.receipt_overdue_on(date(2026, 12, 2)) and not note.receipt_overdue_on(
                date(2026, 12, 1)
            )
    finally:
        session.lock()
    shipped = Session.unlock(home, PASSPHRASE)  # the shipped v2 says six weekdays
    try:
        note = shipped.notifications(case.id)[0]
        assert note.receipt_weekdays == 6 and note.receipt_due() == add_weekdays(friday, 6)
        assert not note.receipt_overdue_on(date(2026, 12, 2))
    finally:
        shipped.lock()


def test_a_definition_without_a_receipt_deadline_flags_nothing(
    home: Home, kdf: KdfParams, tmp_path: Path
) -> None:
    folder = tmp_path / "definitions"
    folder.mkdir()
    doc = json.loads((RESOURCES / "prevention-triangle.v2.json").read_text(encoding="utf-8"))
    del doc["prompts"]["duty_to_notify"]["receipt_weekdays"]
    (folder / "prevention-triangle.v2.json").write_text(json.dumps(doc), encoding="utf-8")
    created, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)
    created.lock()
    session = Session(Vault.unlock(home, PASSPHRASE), definitions=DefinitionRegistry(folder))
    try:
        long_ago = date.today() - timedelta(days=400)
        case = session.create_case(person_case(birth_year=2011, opened_on=long_ago))
        note = session.record_notification(case.id, NotificationDecision("duty-to-notify", True, long_ago))
        assert note.receipt_weekdays is None and note.receipt_due() is None
        assert not note.receipt_overdue_on(date.today())
    finally:
        session.lock()
