"""A summary leaves the vault only with its audit row: the export row is committed before the file appears
under its name, and when the row cannot be written (a full disk, as SQLite says it) no file is left."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.conftest import consultation, person_case
from vinkdesk.reports.summary import consultation_summary
from vinkdesk.session import Session
from vinkdesk.vault import VaultError


def test_a_summary_whose_export_row_cannot_be_written_is_not_left_on_disk(
    session: Session, tmp_path: Path
) -> None:
    case = session.create_case(person_case())
    session.add_consultation(case.id, consultation("Samtale om skolegården."))
    pdf = consultation_summary(session.summary_data(case.id), "da")
    views = [e.action for e in session.audit_entries(case.id)].count("view-case")
    assert views == 1  # one summary, one view of the case

    connection = session._vault.connection  # noqa: SLF001 - the test breaks the audit on purpose
    connection.execute(
        "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON audit WHEN NEW.action = 'export'"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises((VaultError, OSError)):
        session.export(case.id, "consultation summary", pdf, out / "resume.pdf")
    assert list(out.iterdir()) == []  # neither the PDF nor a temp file
    assert "export" not in [e.action for e in session.audit_entries(case.id)]

    connection.execute("DROP TRIGGER full_disk")
    written = session.export(case.id, "consultation summary", pdf, out / "resume.pdf")
    assert written.read_bytes() == pdf and stat.S_IMODE(written.stat().st_mode) == 0o600
    actions = [e.action for e in session.audit_entries(case.id)]
    assert actions.count("export") == 1 and actions.count("view-case") == 1
