"""The vault's schema and its migrations: ordered steps on PRAGMA user_version, each in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sqlcipher3

from vinkdesk.vault import audit, normal_form
from vinkdesk.vault.errors import SchemaTooNew

Migration = Callable[[Any], None]

V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('counsellor', 'supervisor')),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('person', 'anonymous', 'group')),
    alias TEXT NOT NULL DEFAULT '',
    birth_year INTEGER,
    age_band TEXT NOT NULL,
    gender TEXT NOT NULL,
    district TEXT NOT NULL,
    concern_type TEXT NOT NULL,
    referral_source TEXT NOT NULL,
    counsellor_id TEXT NOT NULL REFERENCES users(id),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed'))
) STRICT;
CREATE INDEX cases_counsellor ON cases(counsellor_id);

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    inquirer_role TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
    body TEXT NOT NULL,
    advice TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    author_id TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    locked_at TEXT,
    supersedes INTEGER UNIQUE REFERENCES consultations(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX consultations_case ON consultations(case_id, occurred_at);

CREATE VIRTUAL TABLE consultations_fts USING fts5(
    body, advice, next_steps,
    content = 'consultations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
);
CREATE TRIGGER consultations_fts_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultations_fts(rowid, body, advice, next_steps)
    VALUES (new.id, new.body, new.advice, new.next_steps);
END;
CREATE TRIGGER consultations_fts_delete AFTER DELETE ON consultations BEGIN
    INSERT INTO consultations_fts(consultations_fts, rowid, body, advice, next_steps)
    VALUES ('delete', old.id, old.body, old.advice, old.next_steps);
END;
CREATE TRIGGER consultations_fts_update AFTER UPDATE OF body, advice, next_steps ON consultations BEGIN
    INSERT INTO consultations_fts(consultations_fts, rowid, body, advice, next_steps)
    VALUES ('delete', old.id, old.body, old.advice, old.next_steps);
    INSERT INTO consultations_fts(rowid, body, advice, next_steps)
    VALUES (new.id, new.body, new.advice, new.next_steps);
END;

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    definition_id TEXT NOT NULL,
    definition_version INTEGER NOT NULL,
    answers TEXT NOT NULL CHECK (json_valid(answers)),
    suggested_level TEXT CHECK (suggested_level IN ('green', 'yellow', 'red')),
    reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
    gaps TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(gaps)),
    chosen_level TEXT CHECK (chosen_level IN ('green', 'yellow', 'red')),
    justification TEXT NOT NULL DEFAULT '',
    author_id TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    finalised_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    review_state TEXT NOT NULL DEFAULT 'pending' CHECK (review_state IN ('pending', 'approved', 'returned'))
) STRICT;
CREATE INDEX assessments_case ON assessments(case_id, status, finalised_at);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    responsible TEXT NOT NULL DEFAULT '',
    due TEXT,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX actions_case ON actions(case_id, done, due);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER REFERENCES consultations(id) ON DELETE CASCADE,
    assessment_id INTEGER REFERENCES assessments(id) ON DELETE CASCADE,
    supervisor_id TEXT NOT NULL REFERENCES users(id),
    verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'returned', 'comment')),
    text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK ((consultation_id IS NULL) <> (assessment_id IS NULL))
) STRICT;

-- Append-only: each row carries the SHA-256 of the previous one, and no row may change or go.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id TEXT NOT NULL,
    action TEXT NOT NULL,
    object_kind TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_object ON audit(object_kind, object_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
    SELECT RAISE(ABORT, 'audit rows never change');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
    SELECT RAISE(ABORT, 'audit rows are never deleted');
END;

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    target_id INTEGER,
    content TEXT NOT NULL CHECK (json_valid(content)),
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX drafts_one_per_target
    ON drafts(user_id, kind, ifnull(case_id, 0), ifnull(target_id, 0));

CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY,
    period TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    payload_hash TEXT NOT NULL,
    synced_at TEXT NOT NULL,
    UNIQUE (period, sequence)
) STRICT;
"""


# v2: the assessment wizard keeps evidence per indicator, and the duty to notify and the police referral
# are recorded with their dates (and the municipality's receipt of a notification).
V2 = """
ALTER TABLE assessments ADD COLUMN evidence TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(evidence));

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('duty-to-notify', 'police-referral')),
    done INTEGER NOT NULL CHECK (done IN (0, 1)),
    done_on TEXT,
    reason TEXT NOT NULL DEFAULT '',
    receipt_on TEXT,
    author_id TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    CHECK ((done = 1 AND done_on IS NOT NULL) OR (done = 0 AND reason <> ''))
) STRICT;
CREATE INDEX notifications_case ON notifications(case_id);
"""


# v3: an assessment records whether its suggestion was undetermined (key factors unknown: not an
# all-clear), so that green chosen on it needs a justification, kept beside it.
V3 = """
ALTER TABLE assessments ADD COLUMN undetermined INTEGER NOT NULL DEFAULT 0 CHECK (undetermined IN (0, 1));
"""


# v4: the audit chain covers a salted digest of each row's detail instead of the detail (chain_version 2), so
# a search criterion can be erased and the chain still verifies; the update guard allows exactly that
# erasure. Rows written before keep their hashing and are sealed by one row of the new format
# (audit.seal_legacy_rows).
V4 = f"""
ALTER TABLE audit ADD COLUMN chain_version INTEGER NOT NULL DEFAULT 1 CHECK (chain_version IN (1, 2));
ALTER TABLE audit ADD COLUMN detail_salt TEXT;
ALTER TABLE audit ADD COLUMN detail_digest TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_criteria ON audit(at) WHERE action = 'search' AND detail <> '';
DROP TRIGGER audit_no_update;
{audit.GUARD_NO_UPDATE};
"""


def _v4(conn: Any) -> None:
    sql_migration(V4)(conn)
    audit.seal_legacy_rows(conn)


def _v5(conn: Any) -> None:
    """v5: text stored before the Session wrote NFC (typed decomposed, "a" + combining ring) is rewritten in
    NFC and the search index follows, so a search, itself NFC, finds it; once, as the version records."""
    normal_form.normalise_stored_text(conn)


# v6: a consultation records who asked besides the role (organisation and a contact: phone or e-mail), never
# counted; a case records the day it was last reopened (closing already kept its day).
V6_COLUMNS = (
    ("consultations", "inquirer_organisation", "TEXT NOT NULL DEFAULT ''"),
    ("consultations", "inquirer_contact", "TEXT NOT NULL DEFAULT ''"),
    ("cases", "reopened_on", "TEXT"),
)


def _v6(conn: Any) -> None:
    """Adds only what is missing: a vault whose version was set back by hand (as tests of older migrations
    do) may already have the columns."""
    for table, column, declaration in V6_COLUMNS:
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


# v7: casework as Danish practice records it. Who raised the concern, apart from the person of concern; every
# sharing with another agency with its legal basis and purpose (the duty-to-notify and police-referral
# decisions that were carried out become such disclosures); the Infohus' decision on a referral and the
# citizen's wish for a course; the next review of a case, why it was closed, and the follow-ups after closing.
V7_COLUMNS = (
    ("cases", "review_on", "TEXT"),
    ("cases", "closure_reason", "TEXT"),
    ("cases", "closure_note", "TEXT NOT NULL DEFAULT ''"),
)
V7 = """
CREATE TABLE IF NOT EXISTS concern_sources (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    organisation TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    raised_on TEXT,
    raised_how TEXT,
    CHECK (anonymous = 0 OR (name = '' AND contact = ''))
) STRICT;

CREATE TABLE IF NOT EXISTS disclosures (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    disclosed_on TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('disclosure', 'duty-to-notify', 'police-referral', 'infohus-referral')),
    agency TEXT NOT NULL,
    recipient_role TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
    shared_text TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL CHECK (legal_basis <> ''),
    basis_text TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL CHECK (purpose <> ''),
    notification_id INTEGER UNIQUE REFERENCES notifications(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    CHECK (legal_basis <> 'other' OR basis_text <> '')
) STRICT;
CREATE INDEX IF NOT EXISTS disclosures_case ON disclosures(case_id, disclosed_on);

CREATE TABLE IF NOT EXISTS infohus_referrals (
    disclosure_id INTEGER PRIMARY KEY REFERENCES disclosures(id) ON DELETE CASCADE,
    decision TEXT CHECK (decision IN ('conversation-offered', 'course-offered', 'no-further-action')),
    decided_on TEXT,
    course_wish TEXT NOT NULL DEFAULT 'not-asked' CHECK (course_wish IN ('yes', 'no', 'not-asked')),
    CHECK ((decision IS NULL) = (decided_on IS NULL))
) STRICT;

CREATE TABLE IF NOT EXISTS follow_ups (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    months INTEGER NOT NULL CHECK (months > 0),
    closed_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    outcome TEXT CHECK (outcome IN ('done', 'concern-returned', 'not-possible')),
    outcome_on TEXT,
    action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL,
    reopened INTEGER NOT NULL DEFAULT 0 CHECK (reopened IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    CHECK ((outcome IS NULL) = (outcome_on IS NULL))
) STRICT;
CREATE INDEX IF NOT EXISTS follow_ups_case ON follow_ups(case_id, due_on);

-- Every closing of a case, kept when it is reopened (the case row holds only the last one).
CREATE TABLE IF NOT EXISTS closings (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    closed_on TEXT NOT NULL,
    reason TEXT,
    note TEXT NOT NULL DEFAULT '',
    reopened_on TEXT,
    reopened_by_follow_up INTEGER NOT NULL DEFAULT 0 CHECK (reopened_by_follow_up IN (0, 1))
) STRICT;
CREATE INDEX IF NOT EXISTS closings_case ON closings(case_id, closed_on);

-- A case's reviews and moved review dates, with what the review found or why it was moved.
CREATE TABLE IF NOT EXISTS case_reviews (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('reviewed', 'moved')),
    day TEXT NOT NULL,
    next_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    author_id TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS case_reviews_case ON case_reviews(case_id, day);
"""

# What a carried-out notification becomes in the disclosures log: its recipient, legal basis and purpose.
NOTIFICATION_DISCLOSURES = {
    "duty-to-notify": (
        "social-services",
        "notification-duty",
        "",
        "Underretning til kommunen efter den skærpede underretningspligt (barnets lov).",
    ),
    "police-referral": (
        "police",
        "other",
        "Henvisning til politiet registreret i vurderingen, før vinkdesk registrerede hjemmel.",
        "Henvisning til politiet efter niveauvurderingen.",
    ),
}


def _v7(conn: Any) -> None:
    for table, column, declaration in V7_COLUMNS:
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
    sql_migration(V7)(conn)
    conn.execute(
        "INSERT INTO closings (case_id, closed_on, reason)"
        " SELECT c.id, c.closed_on, c.closure_reason FROM cases c"
        " WHERE c.status = 'closed' AND c.closed_on IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM closings k WHERE k.case_id = c.id)"
    )
    # What was shared at a notification recorded before the log is not known: no categories and no text, which
    # the windows and the reports show as "not recorded (before the sharing log)". Nothing is made up.
    carried_out = conn.execute(
        "SELECT n.id, n.case_id, n.kind, n.done_on, n.author_id, n.created_at FROM notifications n"
        " WHERE n.done = 1 AND NOT EXISTS (SELECT 1 FROM disclosures d WHERE d.notification_id = n.id)"
        " ORDER BY n.id"
    ).fetchall()
    for notification_id, case_id, kind, done_on, author_id, created_at in carried_out:
        agency, basis, basis_text, purpose = NOTIFICATION_DISCLOSURES[kind]
        conn.execute(
            "INSERT INTO disclosures (case_id, disclosed_on, kind, agency, categories, legal_basis,"
            " basis_text,"
            " purpose, notification_id, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                done_on,
                kind,
                agency,
                "[]",
                basis,
                basis_text,
                purpose,
                notification_id,
                author_id,
                created_at,
            ),
        )


def sql_migration(script: str) -> Migration:
    """A migration made of SQL statements, run one by one inside the migration's transaction."""

    def run(conn: Any) -> None:
        for statement in split_statements(script):
            conn.execute(statement)

    return run


def split_statements(script: str) -> list[str]:
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if sqlcipher3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:60]!r}")
    return statements


MIGRATIONS: tuple[Migration, ...] = (
    sql_migration(V1),
    sql_migration(V2),
    sql_migration(V3),
    _v4,
    _v5,
    _v6,
    _v7,
)
CURRENT_VERSION = len(MIGRATIONS)


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database up to len(migrations); each step commits on its own, or not at all."""
    current = schema_version(conn)
    if current > len(migrations):
        raise SchemaTooNew(
            f"This vault was last used by a newer vinkdesk (schema {current}, this one knows "
            f"{len(migrations)}). "
            "Update vinkdesk to open it."
        )
    for version in range(current, len(migrations)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migrations[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return len(migrations)
