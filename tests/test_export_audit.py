"""A summary leaves the vault only with its audit row: the export row is committed before the file appears
under its name, and when the row cannot be written (a full disk, as SQLite says it) no file is left. The
audit extract reads newest first, in words."""

from __future__ import annotations

import io
import re
import stat
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.reports.summary import consultation_summary
from vinkdesk.session import Session
from vinkdesk.vault import Home, KdfParams, VaultError

SUPERVISOR = "bo leders lange sætning"


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


def test_the_audit_extract_reads_newest_first_in_words(home: Home, kdf: KdfParams) -> None:
    from vinkdesk.reports.access import audit_extract
    from vinkdesk.session.audit_view import audit_lines

    counsellor, _ = Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)
    counsellor.add_supervisor("Bo Leder", SUPERVISOR, kdf)
    case = counsellor.create_case(person_case())
    counsellor.add_consultation(case.id, consultation("Samtale.", datetime(2026, 11, 29, 14, 5)))
    counsellor.close_case(case.id, ClosureReason.CONCERN_RESOLVED)
    counsellor.lock()
    supervisor = Session.unlock(home, SUPERVISOR)
    entries = supervisor.audit_log(case_id=case.id)
    pdf = audit_extract(audit_lines(entries, supervisor.audit_names(entries), "da"), case.ref, "da")
    supervisor.lock()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Uddrag af adgangsloggen" in text
    # Newest first: the closing before the consultation before the creation.
    closed, wrote, created = (
        text.index(w) for w in ("Afsluttede en sag", "Skrev en samtale", "Oprettede en sag")
    )
    assert closed < wrote < created
    assert f"Samtale 29.11.2026 i sag {case.ref}" in text and f"Sag {case.ref}" in text
    assert not any(a.value in text for a in AuditAction if "-" in a.value)  # no stored value
    assert "Ane Rådgiver" in text and re.search(r"\d\d\.\d\d\.\d{4} \d\d\.\d\d", text)  # Danish time
    assert not re.search(r"\d{4}-\d\d-\d\d", text)
