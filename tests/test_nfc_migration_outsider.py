"""Text stored before the Session wrote NFC is found by today's searches (issue 13, point 10): a vault of the
previous schema (4) whose rows were written decomposed ("o" + combining diaeresis, "a" + combining ring) is
rewritten in NFC once, at the first unlock of a program with schema 5, and its search index follows.

Judged as an outsider: the rows are written, and read back, with raw SQL through sqlcipher3 and the data key
opened by tests/outsider_keys.py (nothing of vinkdesk); the search and the check are the real commands run as
processes. Only the demo vault is made in-process, for the fast key derivation."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from tests.outsider_keys import opens
from vinkdesk.cli import Console, main
from vinkdesk.vault.kdf import FLOOR  # only for the Console that makes the vault: fast key derivation
from vinkdesk.vault.schema import CURRENT_VERSION

PASS = "Kaffe og kage 2026 lang"
CLI = str(Path(sys.executable).parent / "vinkdesk")
WORD = "Hörsåltrappe"  # in no demo text
NAME = "Rädgiver Åse"
DECOMPOSED_WORD = unicodedata.normalize("NFD", WORD)
DECOMPOSED_NAME = unicodedata.normalize("NFD", NAME)


def vinkdesk(*argv: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *(str(a) for a in argv)],
        env=dict(os.environ, VINKDESK_PASSPHRASE=PASS),
        capture_output=True,
        text=True,
        timeout=120,
    )


@contextmanager
def raw(home: Path) -> Iterator[Any]:
    """vault.db opened with the data key, as anyone holding it could."""
    (key,) = opens(home / "vault.keys", PASS)
    conn = sqlcipher3.connect(str(home / "vault.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
    finally:
        conn.close()  # the last connection: the WAL is written back


def matches(conn: Any, word: str) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM consultations_fts WHERE consultations_fts MATCH ?", (f'"{word.lower()}"',)
        ).fetchone()[0]
    )


def test_text_stored_decomposed_by_an_older_program_is_found_after_the_upgrade(tmp_path: Path) -> None:
    home = tmp_path / "home"
    console = Console(environ={"VINKDESK_PASSPHRASE": PASS}, out=io.StringIO(), err=io.StringIO(), kdf=FLOOR)
    assert main(["demo", "--home", str(home), "--cases", "3"], console) == 0

    # As the program before schema 5 could leave it: decomposed text in every kind of typed field.
    with raw(home) as conn:
        case_id, consultation_id = conn.execute(
            "SELECT k.case_id, k.id FROM consultations k WHERE NOT EXISTS"
            " (SELECT 1 FROM consultations n WHERE n.supersedes = k.id) ORDER BY k.id LIMIT 1"
        ).fetchone()
        ref = conn.execute("SELECT ref FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        user_id = conn.execute("SELECT id FROM users WHERE role = 'counsellor'").fetchone()[0]
        conn.execute("BEGIN")
        conn.execute(
            "UPDATE consultations SET body = body || ' ' || ?, advice = ? WHERE id = ?",
            (DECOMPOSED_WORD, f"Tal med {DECOMPOSED_NAME}.", consultation_id),
        )
        conn.execute("UPDATE cases SET alias = ? WHERE id = ?", (DECOMPOSED_NAME, case_id))
        conn.execute(
            "INSERT INTO actions (case_id, title, responsible, created_at) VALUES (?, ?, ?, '2026-03-01')",
            (case_id, f"Møde på {DECOMPOSED_WORD}", DECOMPOSED_NAME),
        )
        conn.execute(
            "INSERT INTO drafts (user_id, kind, case_id, content, updated_at)"
            " VALUES (?, 'consultation', ?, ?, '2026-03-01')",
            (
                user_id,
                case_id,
                json.dumps({"body": DECOMPOSED_WORD}),
            ),  # ASCII JSON: the letters as \\u escapes
        )
        conn.execute("PRAGMA user_version = 4")
        conn.execute("COMMIT")
        assert matches(conn, WORD) == 0  # the bug: the composed word is not in the index
        assert matches(conn, DECOMPOSED_WORD) == 1

    search = vinkdesk("search", "--home", home, WORD)  # the first unlock of this program upgrades
    assert search.returncode == 0, search.stderr
    assert [line.split("\t")[0] for line in search.stdout.splitlines()] == [ref]
    typed_decomposed = vinkdesk("search", "--home", home, DECOMPOSED_WORD)
    assert [line.split("\t")[0] for line in typed_decomposed.stdout.splitlines()] == [ref]

    with raw(home) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION  # 5 and every later one
        body, advice = conn.execute(
            "SELECT body, advice FROM consultations WHERE id = ?", (consultation_id,)
        ).fetchone()
        assert body.endswith(" " + WORD) and advice == f"Tal med {NAME}."
        assert conn.execute("SELECT alias FROM cases WHERE id = ?", (case_id,)).fetchone()[0] == NAME
        assert conn.execute(
            "SELECT title, responsible FROM actions WHERE case_id = ? AND created_at = '2026-03-01'",
            (case_id,),
        ).fetchall() == [(f"Møde på {WORD}", NAME)]
        (content,) = conn.execute("SELECT content FROM drafts WHERE case_id = ?", (case_id,)).fetchone()
        assert json.loads(content) == {"body": WORD}
        assert matches(conn, WORD) == 1 and matches(conn, DECOMPOSED_WORD) == 0  # the index followed
        nothing_else = conn.execute(
            "SELECT count(*) FROM consultations WHERE body <> ? AND body LIKE ?", (body, f"%{WORD}%")
        ).fetchone()[0]
        assert nothing_else == 0

    check = vinkdesk("verify", "--home", home)  # the search index and the audit chain still hold
    assert check.returncode == 0, check.stdout + check.stderr

    # Once: the version records it, and a later unlock does not read every row again.
    with raw(home) as conn:
        conn.execute("UPDATE cases SET alias = ? WHERE id = ?", (DECOMPOSED_NAME, case_id))
    assert vinkdesk("search", "--home", home, WORD).returncode == 0
    with raw(home) as conn:
        assert (
            conn.execute("SELECT alias FROM cases WHERE id = ?", (case_id,)).fetchone()[0] == DECOMPOSED_NAME
        )
