"""The audit log in words: every action has a name in Danish and English, the rows name cases by their ref
(and a deleted case as deleted), users by their name, newest first; a check's findings are sentences."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.audit_words import (
    ACTION_NAMES,
    PROBLEM_WORDS,
    Problem,
    ProblemKind,
    action_name,
    actions_by_name,
    check_result,
    detail_text,
)
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.session import Session
from vinkdesk.session.audit_view import audit_lines
from vinkdesk.vault import FLOOR, Home

SUPERVISOR = "bo leders lange sætning"
NEW_PASSPHRASE = "en helt ny og lang sætning"


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_action_has_its_own_words_in_both_languages(language: str) -> None:
    named = {action: action_name(action, language) for action in AuditAction}
    missing = [a.value for a in AuditAction if a not in ACTION_NAMES]
    assert missing == [], f"no words for {missing}"
    for action, name in named.items():
        assert name.strip() and name != action.value, action
        assert name[0].isupper(), name
    assert len(set(named.values())) == len(named), "two actions read the same"
    assert [a for _n, a in actions_by_name(language)] == sorted(
        AuditAction, key=lambda a: named[a].casefold()
    )


def test_every_kind_of_problem_has_a_sentence_in_both_languages() -> None:
    assert set(PROBLEM_WORDS) == set(ProblemKind)
    for kind in ProblemKind:
        for language in ("da", "en"):
            said = check_result([Problem(kind, 7, "core English")], language)
            assert len(said) == 2 and all(s.endswith(".") for s in said)
            assert "core English" not in " ".join(said)  # the core's English is a detail line, not the words


def test_a_check_that_found_nothing_says_the_log_is_whole() -> None:
    assert check_result([], "da") == ["Loggen er hel og uændret."]
    assert check_result([], "en") == ["The log is whole and unchanged."]
    said = check_result(
        [
            Problem(ProblemKind.ROW_CHANGED, 41, "audit: row 41 has been changed since it was written"),
            Problem(ProblemKind.ROW_CHANGED, 44, "audit: row 44 has been changed since it was written"),
        ],
        "da",
    )
    assert said[0] == "Række 41 i adgangsloggen er rettet, efter at den blev skrevet."
    assert "sikkerhedskopi" in said[1] and "kontakt" in said[1]


def test_details_the_program_writes_are_told_in_words() -> None:
    assert (
        detail_text("purge-audit", "1200 rows before 2016-01-01", "da") == "1.200 rækker fra før 01.01.2016"
    )
    assert detail_text("change-setting", "retention_years=5", "da") == "Sager opbevares (år): 5"
    assert detail_text("unlock", "recovery code", "en") == "with the recovery code"
    assert detail_text("search", "", "da") == "(søgekriteriet er slettet)"
    assert detail_text("search", "recovery code", "da") == "recovery code"  # what was typed stays as typed


def test_the_supervisor_reads_refs_names_and_words_newest_first(home: Home) -> None:
    counsellor, _ = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    supervisor_user = counsellor.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
    kept = counsellor.create_case(person_case(alias="Ravn-17"))
    talk = counsellor.add_consultation(
        kept.id, consultation("Samtale med læreren.", datetime(2026, 11, 29, 14, 5))
    )
    counsellor.close_case(kept.id, ClosureReason.CONCERN_RESOLVED, on=date(2026, 12, 1))
    gone = counsellor.create_case(person_case(alias="Krage-3"))
    counsellor.add_consultation(gone.id, consultation("Slettes.", datetime(2026, 11, 30, 9)))
    counsellor.delete_case(gone.id)
    counsellor.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, FLOOR)
    counsellor.lock()

    supervisor = Session.unlock(home, SUPERVISOR)
    entries = supervisor.audit_log()
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    before = len(supervisor.audit_entries())
    names = supervisor.audit_names(entries)
    assert len(supervisor.audit_entries()) == before  # naming the objects is no act of its own
    lines = audit_lines(entries, names, "da")
    by_action = {line.action: line for line in reversed(lines)}  # the newest row of each action
    assert by_action["close-case"].object == f"Sag {kept.ref}"
    consultation_objects = {line.object for line in lines if line.action == "create-consultation"}
    assert consultation_objects == {f"Samtale 29.11.2026 i sag {kept.ref}", "Samtale i en slettet sag"}
    assert by_action["delete-case"].object == "Slettet sag"
    assert by_action["change-passphrase"].object == "Ane Rådgiver"
    assert by_action["add-slot"].object == "Bo Leder" and by_action["add-slot"].detail == "som leder"
    shown = "\n".join(f"{line.user}\t{line.object}\t{line.detail}" for line in lines)
    assert supervisor_user.id not in shown and counsellor.user.id not in shown
    assert f"consultation {talk.id}" not in shown and "case " not in shown and gone.ref not in shown
    assert "Krage-3" not in shown and "Ravn-17" not in shown  # refs and days, never an alias
    english = audit_lines(entries, names, "en")
    assert f"Consultation of 29/11/2026 in case {kept.ref}" in {line.object for line in english}
    supervisor.lock()
