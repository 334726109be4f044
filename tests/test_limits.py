"""Limits and normal forms at the Session boundary, tried on real vault files: a consultation holds at most
100,000 characters, a draft 200,000, a search 200 characters and 20 words; text typed decomposed (NFD) is
stored composed (NFC) and found either way; and `vinkdesk search` prints no terminal control sequence or
bidirectional override from case text, whatever the text holds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.session import CONSULTATION_DRAFT, InvalidInput, Session
from vinkdesk.vault import Home, KdfParams

LIMIT = 100_000
ROOT = Path(__file__).resolve().parents[1]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def text_of(total: int, marker: str) -> dict[str, str]:
    """Notes, advice and next steps of `total` characters together, the notes ending in `marker`."""
    advice, next_steps = "Råd. " * 100, "Næste. " * 100
    body = "x" * (total - len(advice) - len(next_steps) - len(marker) - 1) + " " + marker
    return {"body": body, "advice": advice, "next_steps": next_steps}


def test_a_consultation_holds_at_most_100000_characters_on_add_edit_and_amend(session: Session) -> None:
    case = session.create_case(person_case())
    saved = session.add_consultation(case.id, consultation(**text_of(LIMIT, "Grænseord")))
    assert len(saved.body) + len(saved.advice) + len(saved.next_steps) == LIMIT
    rows_before = len(session.audit_entries())

    with pytest.raises(InvalidInput) as refused:
        session.add_consultation(case.id, consultation(**text_of(LIMIT + 1, "Overord")))
    assert refused.value.field == "consultation_text"
    message = str(refused.value)
    assert "at most 100,000 characters" in message and "100,001" in message and "Shorten" in message
    with pytest.raises(InvalidInput):
        session.update_consultation(saved.id, consultation(**text_of(LIMIT + 1, "Overord")))
    with pytest.raises(InvalidInput):
        session.amend_consultation(saved.id, consultation(**text_of(LIMIT + 1, "Overord")))

    assert [c.id for c in session.consultations(case.id)] == [saved.id]  # nothing new, nothing changed
    assert session.consultation(saved.id).body.endswith("Grænseord")
    assert session.search("Overord") == [] and len(session.search("Grænseord")) == 1
    assert [e.action for e in session.audit_entries()[rows_before:]] == ["search", "search"]


def test_the_limit_counts_characters_as_stored_in_nfc(session: Session) -> None:
    """100,000 "å" typed as a + ring are 200,000 code points, but 100,000 characters once composed."""
    case = session.create_case(person_case())
    typed = nfd("å" * (LIMIT - 10))
    assert len(typed) == 2 * (LIMIT - 10)
    saved = session.add_consultation(case.id, consultation(typed, advice="", next_steps="ten chars."))
    assert saved.body == "å" * (LIMIT - 10)


def test_a_draft_is_bounded_and_a_refused_one_keeps_the_draft_before(session: Session) -> None:
    case = session.create_case(person_case())
    session.save_draft(CONSULTATION_DRAFT, {"body": "Første udkast"}, case_id=case.id)
    with pytest.raises(InvalidInput) as refused:
        session.save_draft(CONSULTATION_DRAFT, {"body": "y" * 200_001}, case_id=case.id)
    assert refused.value.field == "draft" and "at most 200,000 characters" in str(refused.value)
    assert session.draft(CONSULTATION_DRAFT, case.id) == {"body": "Første udkast"}
    session.save_draft(CONSULTATION_DRAFT, {"body": nfd("Søren på Åen")}, case_id=case.id)
    assert session.draft(CONSULTATION_DRAFT, case.id) == {"body": "Søren på Åen"}  # kept in NFC


def test_a_search_holds_at_most_200_characters_and_20_words(session: Session) -> None:
    case = session.create_case(person_case())
    session.add_consultation(
        case.id, consultation("Eleven talte om " + " ".join(f"ord{i}" for i in range(25)))
    )
    rows_before = len(session.audit_entries())

    assert len(session.search(" ".join(f"ord{i}" for i in range(20)))) == 1
    assert session.search("ø" * 200) == []
    for query, says in (
        ("ø" * 201, "at most 200 characters long; this one has 201"),
        (" ".join(f"ord{i}" for i in range(21)), "at most 20 words; this one has 21"),
        ("ord " * 200_000, "at most 200 characters long"),
    ):
        with pytest.raises(InvalidInput) as refused:
            session.search(query)
        assert refused.value.field == "search" and says in str(refused.value)

    searches = session.audit_entries()[rows_before:]
    assert [e.action for e in searches] == ["search", "search"]  # a refused search writes no audit row
    assert max(len(e.detail) for e in searches) <= 200


def test_text_typed_decomposed_is_found_by_a_composed_query_and_the_other_way(
    home: Home, kdf: KdfParams
) -> None:
    created, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)
    case = created.create_case(person_case(alias=nfd("Åse-Café")))
    decomposed = created.add_consultation(case.id, consultation(nfd("Mødet på Åbyhøj café om søsteren")))
    composed = created.add_consultation(case.id, consultation("Blåbærgrød og en fælles løsning"))
    created.lock()

    session = Session.unlock(home, PASSPHRASE)  # read back from the vault file
    try:
        assert session.consultation(decomposed.id).body == "Mødet på Åbyhøj café om søsteren"
        assert session.view_case(case.id).alias == "Åse-Café"
        for query, found in (
            ("Åbyhøj café", decomposed.id),
            (nfd("Åbyhøj café"), decomposed.id),
            ("blåbærgrød", composed.id),
            (nfd("blåbærgrød"), composed.id),
            (nfd("fælles lø"), composed.id),  # the last word as a prefix, typed decomposed
        ):
            assert [h.consultation_id for h in session.search(query)] == [found], query
        assert [s.id for s in session.list_cases(text=nfd("Åse"))] == [case.id]
        assert [s.id for s in session.list_cases(text="Åse-Caf")] == [case.id]
    finally:
        session.lock()


# What a terminal acts on rather than shows: C0 but tab and newline, DEL, C1, and the bidi controls.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_cli_search_prints_no_escape_sequence_or_bidi_override_from_case_text(
    home: Home, kdf: KdfParams
) -> None:
    hostile = (
        "Eleven\x1b[2J\x1b]0;titel\x07 nævnte \u202ekniv\u202c i \x9b31mskolen\x1b[0m og\r \u2067glas\u2069"
        " \u200fsten\u061c\x00\x7f slut"
    )
    session, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    session.add_consultation(case.id, consultation(hostile))
    session.lock()

    command = [str(Path(sys.executable).parent / "vinkdesk"), "search", "--home", str(home.folder), "kniv"]
    env = dict(os.environ, VINKDESK_PASSPHRASE=PASSPHRASE, PYTHONIOENCODING="utf-8")
    result = subprocess.run(command, capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert case.ref.encode() in out and "nævnte".encode() in out and b"skolen" in out
    text = out.decode("utf-8")
    assert UNSAFE.search(text) is None, ascii(text)
    assert b"\x1b" not in out and b"\x07" not in out and b"\r" not in out
    assert text.count("\t") == 2 and text.endswith("\n")

    many = [*command[:-1], *(f"ord{i}" for i in range(21))]
    refused = subprocess.run(many, capture_output=True, cwd=ROOT, env=env, timeout=120, text=True)
    assert refused.returncode == 1 and "at most 20 words" in refused.stderr
