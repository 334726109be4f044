"""`vinkdesk access` writes a case's right-of-access report, and refuses while the unit's name and contact
details are missing (the report must name the data controller); `vinkdesk summary` says who raised the
concern by role and organisation only. Real commands on a real demo vault, PDFs read back with pypdf."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import PASSPHRASE, person_case
from tests.test_cli import run
from vinkdesk.domain import ReferralSource
from vinkdesk.domain.casework import ClosureReason, ConcernChannel, ConcernSource, UnitDetails
from vinkdesk.session import Session
from vinkdesk.vault import Home


def read_back(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def a_vault(tmp_path: Path) -> tuple[Path, str]:
    """A demo vault with its unit's details cleared (the demo fills them in) and one case whose source is
    known by name."""
    folder = tmp_path / "demo"
    code, _out, err = run("demo", "--home", str(folder), "--cases", "4", "--seed", "7")
    assert code == 0, err
    session = Session.unlock(Home(folder), PASSPHRASE)
    session.set_unit_details(UnitDetails())
    today = session.today()
    case = session.create_case(
        person_case(referral_source=ReferralSource.POLICE, opened_on=today - timedelta(days=30))
    )
    session.set_concern_source(
        case.id,
        ConcernSource(
            organisation="Københavns Politi, Valby",
            name="Hanne Berg",
            contact="hb@politi.example.dk",
            raised_on=today - timedelta(days=31),
            raised_how=ConcernChannel.PHONE,
        ),
    )
    session.close_case(case.id, ClosureReason.MOVED_AWAY, on=today)
    session.lock()
    return folder, case.ref


def test_access_refuses_without_the_units_details_and_says_what_to_fill_in_where(tmp_path: Path) -> None:
    home, ref = a_vault(tmp_path)
    out = tmp_path / "indsigt.pdf"
    code, said, err = run("access", "--home", str(home), "--case", ref, "--out", str(out))
    assert code == 1 and said == "" and not out.exists()
    assert err.startswith("vinkdesk: error: The right-of-access report must name the data controller")
    assert "the unit's name and an address, a phone number or an e-mail" in err
    assert "Settings → Unit details …" in err and "Indstillinger → Enhedens oplysninger …" in err
    assert "Nothing was written." in err and err.count("\n") == 1

    session = Session.unlock(Home(home), PASSPHRASE)
    session.set_unit_details(UnitDetails(name="VINK – Københavns Kommune"))  # a name but no way to reach it
    session.lock()
    code, _said, err = run("access", "--home", str(home), "--case", ref, "--out", str(out))
    assert code == 1 and "lack an address, a phone number or an e-mail" in err and not out.exists()


def test_access_writes_the_report_and_audits_the_export_once_the_unit_is_filled_in(tmp_path: Path) -> None:
    home, ref = a_vault(tmp_path)
    session = Session.unlock(Home(home), PASSPHRASE)
    session.set_unit_details(UnitDetails(name="VINK – Københavns Kommune", email="vink@kk.dk"))
    session.lock()
    out = tmp_path / "indsigt.pdf"
    code, said, err = run("access", "--home", str(home), "--case", ref, "--out", str(out))
    assert code == 0 and f"Right-of-access report of {ref} written to" in said and "not encrypted" in err
    text = read_back(out)
    assert "VINK – Københavns Kommune" in text and "vink@kk.dk" in text
    assert "Grund: Fraflyttet kommunen." in text and "opbevares i 10 år" in text
    assert "Københavns Politi, Valby" in text and "Hanne Berg" not in text  # the name only when decided
    session = Session.unlock(Home(home), PASSPHRASE)
    assert any(e.action == "export" for e in session.audit_entries(session.case_id_of(ref)))
    session.lock()

    english = tmp_path / "access.pdf"
    code, _said, err = run(
        "access",
        "--home",
        str(home),
        "--case",
        ref,
        "--out",
        str(english),
        "--language",
        "en",
        "--include-source-name",
    )
    assert code == 0, err
    text = read_back(english)
    assert "Right of access" in text and "Reason: Moved away." in text
    assert "Name: Hanne Berg" in text and "Contact: hb@politi.example.dk" in text


def test_summary_says_who_raised_the_concern_by_role_and_organisation(tmp_path: Path) -> None:
    home, ref = a_vault(tmp_path)
    out = tmp_path / "resume.pdf"
    code, _said, err = run("summary", "--home", str(home), "--case", ref, "--out", str(out))
    assert code == 0, err
    text = read_back(out)
    assert "Rejst af Politi · Københavns Politi, Valby" in text and "· Telefon" in text
    assert "Hanne Berg" not in text and "hb@politi.example.dk" not in text
