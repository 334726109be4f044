"""The command line: the real commands on a real vault, passphrase from the environment, one-line errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vinkdesk.cli import Console, main
from vinkdesk.session import Session
from vinkdesk.vault import FLOOR, Home

ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str, passphrase: str | None = PASSPHRASE) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    environ = {"VINKDESK_PASSPHRASE": passphrase} if passphrase else {}
    code = main(list(argv), Console(environ=environ, out=out, err=err, kdf=FLOOR, prompt=_no_prompt))
    return code, out.getvalue(), err.getvalue()


def _no_prompt(text: str) -> str:
    raise AssertionError("the tests never type at a prompt")


@pytest.fixture
def demo_home(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    code, out, err = run("demo", "--home", str(folder), "--cases", "12", "--seed", "7")
    assert code == 0, err
    return folder


def test_init_prints_the_recovery_code_once_and_the_vault_opens(tmp_path: Path) -> None:
    code, out, err = run("init", "--home", str(tmp_path / "v"), "--name", "Ane Rådgiver")
    assert code == 0 and err == ""
    recovery = out.split("\n")[2].strip()
    assert len(recovery) == 29 and recovery.count("-") == 4
    session = Session.unlock(Home(tmp_path / "v"), recovery)
    assert session.user.display_name == "Ane Rådgiver" and session.via_recovery
    session.lock()
    code, out, err = run("init", "--home", str(tmp_path / "v"), "--name", "Ane")
    assert code == 1 and err.startswith("vinkdesk: error: There is already a vault") and err.count("\n") == 1


def test_demo_is_varied_and_the_same_for_the_same_seed(tmp_path: Path) -> None:
    def content(folder: Path) -> list[tuple[str, str, str, list[str]]]:
        session = Session.unlock(Home(folder), PASSPHRASE)
        cases = sorted(session.list_cases(), key=lambda s: s.ref)
        result = [
            (c.ref, c.alias, c.district.value, [k.body for k in session.consultations(c.id)]) for c in cases
        ]
        session.lock()
        return result

    for name in ("a", "b"):
        assert run("demo", "--home", str(tmp_path / name), "--cases", "30", "--seed", "3")[0] == 0
    first = content(tmp_path / "a")
    assert first == content(tmp_path / "b")
    assert len(first) == 30
    assert len({c[2] for c in first}) == 12  # every district, the two outside ones included
    assert sum(len(c[3]) for c in first) >= 30 * 6
    assert len({body for c in first for body in c[3]}) > 100


def test_demo_adds_a_supervisor_whose_passphrase_is_printed(demo_home: Path, tmp_path: Path) -> None:
    code, out, err = run("demo", "--home", str(tmp_path / "x"), "--cases", "2")
    supervisor_passphrase = next(
        line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("Supervisor passphrase")
    )
    session = Session.unlock(Home(tmp_path / "x"), supervisor_passphrase)
    assert session.user.role.value == "supervisor"
    session.lock()


def test_search_prints_ref_date_and_snippet(demo_home: Path) -> None:
    code, out, err = run("search", "--home", str(demo_home), "henvender")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines
    ref, day, snippet = lines[0].split("\t")
    assert ref[:4].isdigit() and ref[4] == "-" and len(day) == 10 and "[henvender]" in snippet


def test_verify_passes_then_names_a_tampered_audit_row(demo_home: Path) -> None:
    code, out, err = run("verify", "--home", str(demo_home))
    assert code == 0 and out.startswith("ok:")
    session = Session.unlock(Home(demo_home), PASSPHRASE)
    conn = session._vault.connection
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail = 'rewritten' WHERE id = 5")
    session.lock()
    code, out, err = run("verify", "--home", str(demo_home))
    assert code == 1
    assert "audit: row 5 has been changed since it was written" in out
    # First what it means and what to do, then the technical line.
    assert out.startswith("Row 5 of the audit log was edited after it was written.\n")
    assert "restore from a backup" in out


def test_wrong_passphrase_and_missing_vault_are_one_line_errors(demo_home: Path, tmp_path: Path) -> None:
    code, out, err = run("search", "--home", str(demo_home), "x", passphrase="forkert forkert")
    assert code == 1 and err == (
        "vinkdesk: error: The passphrase does not open this vault. Check the keyboard layout and Caps Lock.\n"
    )
    code, out, err = run("verify", "--home", str(tmp_path / "nothing"))
    assert code == 1 and "vinkdesk init" in err and err.count("\n") == 1
    code, out, err = run("verify", "--home", str(demo_home), passphrase=None)
    assert code == 1 and "VINKDESK_PASSPHRASE" in err


def test_backup_while_in_use_then_restore_opens_with_the_same_passphrases(
    demo_home: Path, tmp_path: Path
) -> None:
    in_use = Session.unlock(Home(demo_home), PASSPHRASE)  # the client still has it open
    refs = sorted(s.ref for s in in_use.list_cases())
    code, out, err = run("backup", "--home", str(demo_home), "--out", str(tmp_path / "backup.vinkdesk"))
    assert code == 0, err
    in_use.lock()
    data = (tmp_path / "backup.vinkdesk").read_bytes()
    assert b"Ravn" not in data and b"henvender" not in data

    code, out, err = run(
        "restore", "--from", str(tmp_path / "backup.vinkdesk"), "--home", str(tmp_path / "r")
    )
    assert code == 0, err
    restored = Session.unlock(Home(tmp_path / "r"), PASSPHRASE)
    assert sorted(s.ref for s in restored.list_cases()) == refs
    restored.lock()
    assert run("verify", "--home", str(tmp_path / "r"))[0] == 0

    code, out, err = run("restore", "--from", str(tmp_path / "backup.vinkdesk"), "--home", str(demo_home))
    assert code == 1 and "already a vault" in err
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 0xFF
    (tmp_path / "bad.vinkdesk").write_bytes(bytes(damaged))
    code, out, err = run("restore", "--from", str(tmp_path / "bad.vinkdesk"), "--home", str(tmp_path / "r2"))
    assert code == 1 and "damaged" in err
    assert not Home(tmp_path / "r2").has_vault()


def test_the_installed_command_and_main_py_agree_and_never_take_a_passphrase_argument(tmp_path: Path) -> None:
    env = dict(os.environ, VINKDESK_PASSPHRASE=PASSPHRASE)
    for command in ([sys.executable, "main.py"], [str(Path(sys.executable).parent / "vinkdesk")]):
        result = subprocess.run([*command, "--help"], capture_output=True, text=True, cwd=ROOT, env=env)
        assert result.returncode == 0 and "VINKDESK_PASSPHRASE" in result.stdout
        for sub in ("init", "demo", "search", "summary", "verify", "backup", "restore"):
            assert sub in result.stdout
        bad = subprocess.run(
            [*command, "init", "--home", str(tmp_path / "v"), "--name", "Ane", "--passphrase", "x"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert bad.returncode == 2 and "unrecognized arguments" in bad.stderr


def test_summary_writes_a_pdf_of_the_case_and_audits_the_export(demo_home: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    session = Session.unlock(Home(demo_home), PASSPHRASE)
    ref = sorted(s.ref for s in session.list_cases())[0]
    session.lock()
    code, out, err = run("summary", "--home", str(demo_home), "--case", ref, "--out", str(tmp_path / "s.pdf"))
    assert code == 0 and "not encrypted" in err
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "s.pdf").pages)
    assert ref in text and "FORTROLIGT" in text and "Rådgivningsresumé" in text
    session = Session.unlock(Home(demo_home), PASSPHRASE)
    assert any(e.action == "export" for e in session.audit_entries())
    session.lock()
    code, out, err = run(
        "summary", "--home", str(demo_home), "--case", "1999-001", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "no case with the reference 1999-001" in err and not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as stopped:
        run("summary", "--home", str(demo_home), "--case", ref, "--from", "2026-13-01", "--out", "x.pdf")
    assert stopped.value.code == 2  # argparse: usage and the reason on stderr


def test_the_coordinator_and_a_laptop_enrol_each_other_by_phone_then_sync_and_aggregate(
    demo_home: Path, tmp_path: Path
) -> None:
    share, coordinator = tmp_path / "share", str(tmp_path / "coordinator")
    share.mkdir()
    code, out, err = run("sync", "--home", str(demo_home), "--share", str(share), "--dry-run")
    assert code == 0 and '"schema": "vinkdesk.counts/3"' in out and "nothing was written" in err
    assert list(share.iterdir()) == []
    code, out, err = run(
        "coordinator", "init", "--home", coordinator, "--share", str(share), "--name", "Enheden"
    )
    assert code == 0, err
    read_out = out.split("(read it out to each counsellor): ")[1].split()[0]
    code, out, err = run("sync", "--home", str(demo_home), "--share", str(share))
    assert code == 1 and read_out in err and "Nothing was sent" in err
    code, out, err = run(
        "sync",
        "--home",
        str(demo_home),
        "--share",
        str(share),
        "--confirm-coordinator",
        "0000-0000-0000-0000-0000-0000",
    )
    assert code == 1 and "is not that of the coordinator's key" in err
    code, out, err = run(
        "sync", "--home", str(demo_home), "--share", str(share), "--confirm-coordinator", read_out.lower()
    )
    assert code == 0 and out.count(".vks") >= 1, err
    code, out, err = run("sync", "--home", str(demo_home), "--share", str(tmp_path / "unplugged"))
    assert code == 1 and "cannot be reached" in err
    code, out, err = run("sync", "--home", str(demo_home), "--show-device")
    device = out.splitlines()[0].rsplit(" ", 1)[1]
    assert code == 0 and read_out in out
    year = str(__import__("datetime").date.today().year)
    report = [
        "aggregate",
        "--home",
        coordinator,
        "--share",
        str(share),
        "--year",
        year,
        "--out",
        str(tmp_path / "r"),
    ]
    code, out, err = run(*report)
    assert code == 0 and f"unenrolled: device {device}" in out
    code, out, err = run(
        "coordinator", "enrol", "--home", coordinator, "--device", device, "--label", "Rådgiver 3"
    )
    assert code == 0 and "Rådgiver 3" in out
    code, out, err = run(
        "coordinator", "enrol", "--home", coordinator, "--device", "not-a-print", "--label", "x"
    )
    assert code == 1 and "is not a device fingerprint" in err and err.count("\n") == 1
    code, out, err = run(*report)
    assert code == 0 and "Counted" in out and "unenrolled" not in out, out
    assert "Draft of release 1" in out and "Warning: Only 1 laptop reported" in out, out
    assert (tmp_path / "r" / f"aarsrapport-{year}-udkast.pdf").read_bytes().startswith(b"%PDF")
    draft_csv = (tmp_path / "r" / f"aarsrapport-{year}-udkast.csv").read_text()
    header, *lines = draft_csv.splitlines()
    assert header == "year,table,row,column,value,revision,status"
    assert lines and all(line.endswith(",1,draft") for line in lines)
    release = ("coordinator", "release", "--home", coordinator, "--year", year, "--out", str(tmp_path / "p"))
    code, out, err = run(*release)
    assert code == 1 and "Only 1 laptop reported" in err and "--accept-few-laptops" in err, err
    assert not (tmp_path / "p" / f"aarsrapport-{year}.pdf").exists()
    code, out, err = run(*release, "--accept-few-laptops", "--language", "en")
    assert code == 0 and f"Release 1 of {year} released" in out, err
    # The release publishes exactly the draft that was looked at, now marked released on every line.
    published = (tmp_path / "p" / f"annual-report-{year}.csv").read_text()
    assert published == draft_csv.replace(",draft\n", ",released\n")
    code, out, err = run(*release, "--accept-few-laptops")
    assert code == 1 and "no draft" in err, err
    code, out, err = run("coordinator", "releases", "--home", coordinator)
    assert code == 0 and f"{year}\trevision 1" in out
    code, out, err = run(*report, passphrase="wrong passphrase!")
    assert code == 1 and err.startswith("vinkdesk: error:")
    witness = tmp_path / "witness.json"
    code, out, err = run(
        "coordinator", "witness", "--home", coordinator, "--device", device, "--out", str(witness)
    )
    assert code == 0 and witness.exists()
    code, out, err = run("verify", "--home", str(demo_home), "--anchor", str(witness))
    assert code == 0 and "still holds" in out, out


def test_audit_prints_the_trail_for_a_supervisor_and_refuses_a_counsellor(tmp_path: Path) -> None:
    code, out, err = run("demo", "--home", str(tmp_path / "d"), "--cases", "3")
    supervisor = next(line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("Supervisor"))
    session = Session.unlock(Home(tmp_path / "d"), PASSPHRASE)
    ref = sorted(s.ref for s in session.list_cases())[0]
    session.lock()
    code, out, err = run("audit", "--home", str(tmp_path / "d"), "--case", ref, passphrase=supervisor)
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines() if line]
    assert rows and all(len(row) == 7 for row in rows)
    numbers = [int(row[0]) for row in rows]
    assert numbers == sorted(numbers, reverse=True)  # newest first
    # The stored action for scripts, then the words; the case by its ref, never its row id.
    created = [row for row in rows if row[3] == "create-case"]
    assert created and created[0][4] == "Created a case" and created[0][5] == f"Case {ref}"
    assert all(row[5] != "case 1" and "case " not in row[6] for row in rows)
    code, out, err = run(
        "audit", "--home", str(tmp_path / "d"), "--case", ref, "--language", "da", passphrase=supervisor
    )
    rows = [line.split("\t") for line in out.splitlines() if line]
    assert ["Oprettede en sag", f"Sag {ref}"] in [row[4:6] for row in rows]
    assert any(row[5].startswith("Samtale ") and row[5].endswith(f" i sag {ref}") for row in rows)
    code, out, err = run(
        "audit", "--home", str(tmp_path / "d"), "--since", "2999-01-01", passphrase=supervisor
    )
    assert code == 0 and out.strip() == ""
    code, out, err = run("audit", "--home", str(tmp_path / "d"))
    assert code == 1 and "Only a supervisor" in err
