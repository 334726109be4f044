"""A backup made before a key rotation says so when restored (issue 13, point 2): restored over a vault whose
key was replaced since (a supervisor removed, a passphrase reset, rotate-key), the old key and what the
rotation shut out come back with it. An outsider judges the real commands by their output and the files on
disk: the key slots are opened with tests/outsider_keys.py (nothing of vinkdesk), and the manifest is read
with zipfile. Only the set-up runs in-process, for the fast key derivation of new slots."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.outsider_keys import data_keys, db_opens_with, opens
from vinkdesk.cli import Console, main
from vinkdesk.vault.kdf import FLOOR  # only for the Console that sets up: fast key derivation

PASS = "Kaffe og kage 2026 lang"
SUPERVISOR = "Bo har sin egen lange sætning"
NEW_PASS = "En helt ny adgangssætning 2027"
CLI = str(Path(sys.executable).parent / "vinkdesk")


def setup_cli(*argv: object, **environ: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"VINKDESK_PASSPHRASE": PASS, **environ}, out=out, err=err, kdf=FLOOR)
    assert main([str(a) for a in argv], console) == 0, err.getvalue()
    return out.getvalue()


def vinkdesk(*argv: object, secret: str = PASS, **environ: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *(str(a) for a in argv)],
        env={**os.environ, "VINKDESK_PASSPHRASE": secret, **environ},
        capture_output=True,
        text=True,
        timeout=120,
    )


def ok(run: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert run.returncode == 0, run.stdout + run.stderr
    return run


def the_key(home: Path, secret: str) -> bytes:
    (key,) = opens(home / "vault.keys", secret)
    return key


def move_aside(home: Path, aside: Path) -> None:
    """What restore's refusal says to do: vault.db and vault.keys away, the rest of the folder left."""
    refused = vinkdesk("restore", "--from", aside.parent / "none.vinkdesk", "--home", home)
    assert refused.returncode == 1 and "move the existing vault.db and vault.keys away" in refused.stderr
    assert ".vault.key-history" in refused.stderr  # ... and leave the history where it is
    aside.mkdir()
    for name in ("vault.db", "vault.keys"):
        (home / name).rename(aside / name)


def today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


@pytest.fixture
def with_supervisor(tmp_path: Path) -> tuple[Path, Path]:
    """A vault with a supervisor, and a backup of it taken by the real command."""
    home = tmp_path / "home"
    setup_cli("init", "--home", home, "--name", "Ane Rådgiver")
    setup_cli("supervisor", "add", "--home", home, "--name", "Bo Tilsyn", VINKDESK_NEW_PASSPHRASE=SUPERVISOR)
    backup = tmp_path / "before.vinkdesk"
    ok(vinkdesk("backup", "--home", home, "--out", backup))
    return home, backup


def test_the_manifest_names_the_vault_and_its_data_key(with_supervisor: tuple[Path, Path]) -> None:
    home, backup = with_supervisor
    with zipfile.ZipFile(backup) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        keys = json.loads(archive.read("vault.keys"))
    live = json.loads((home / "vault.keys").read_bytes())
    assert manifest["vault_id"] == keys["vault_id"] == live["vault_id"]
    assert manifest["key_id"] == keys["key_id"] == live["key_id"] and len(manifest["key_id"]) >= 16


def test_a_backup_from_before_a_supervisor_was_removed_says_so_and_the_removal_must_be_made_again(
    with_supervisor: tuple[Path, Path], tmp_path: Path
) -> None:
    home, backup = with_supervisor
    old_key = the_key(home, PASS)
    ok(vinkdesk("supervisor", "remove", "--home", home, "--name", "Bo Tilsyn"))
    assert opens(home / "vault.keys", SUPERVISOR) == []  # removed, the key rotated
    move_aside(home, tmp_path / "aside")

    run = ok(vinkdesk("restore", "--from", backup, "--home", home))
    out = run.stdout
    assert "restored from a backup made before its key was replaced" in out
    assert today() in out and "a supervisor was removed" in out  # when, and why
    assert "Bo Tilsyn" in out and "can open this vault again" in out
    assert f"vinkdesk supervisor remove --home {home} --name 'Bo Tilsyn'" in out  # what to do

    # Why the warning is needed: the removed supervisor's passphrase opens the restored copy again.
    assert the_key(home, SUPERVISOR) == old_key and db_opens_with(home / "vault.db", old_key)
    as_supervisor = ok(vinkdesk("audit", "--home", home, secret=SUPERVISOR))
    assert "restored-before-rotation" in as_supervisor.stdout  # the finding is in the audit trail
    # Every unlock says it until it is settled.
    unlocked = ok(vinkdesk("search", "--home", home, "noget"))
    assert "vinkdesk: warning:" in unlocked.stderr and "Bo Tilsyn" in unlocked.stderr

    # Replacing the key alone does not do: the restored slot is resealed with the rest.
    ok(vinkdesk("rotate-key", "--home", home))
    assert opens(home / "vault.keys", SUPERVISOR) != []
    assert "Bo Tilsyn" in ok(vinkdesk("search", "--home", home, "noget")).stderr

    # Removing the supervisor again settles it.
    ok(vinkdesk("supervisor", "remove", "--home", home, "--name", "Bo Tilsyn"))
    assert opens(home / "vault.keys", SUPERVISOR) == []
    refused = vinkdesk("audit", "--home", home, secret=SUPERVISOR)
    assert refused.returncode == 1 and "does not open" in refused.stderr
    backup_keys = zipfile.ZipFile(backup).read("vault.keys")
    assert not db_opens_with(home / "vault.db", data_keys(backup_keys, SUPERVISOR)[0])
    assert ok(vinkdesk("search", "--home", home, "noget")).stderr == "No consultation matches.\n"


def test_a_backup_restored_where_its_key_was_never_replaced_says_nothing(
    with_supervisor: tuple[Path, Path], tmp_path: Path
) -> None:
    home, backup = with_supervisor
    ok(vinkdesk("supervisor", "remove", "--home", home, "--name", "Bo Tilsyn"))
    # Into a fresh folder: no history knows this vault.
    elsewhere = tmp_path / "elsewhere"
    run = ok(vinkdesk("restore", "--from", backup, "--home", elsewhere))
    assert run.stdout == f"Restored the vault into {elsewhere}; unlock it with the passphrases it had.\n"
    assert ok(vinkdesk("search", "--home", elsewhere, "noget")).stderr == "No consultation matches.\n"
    # A backup made after the rotation, restored into the home whose history holds it: nothing missed.
    after = tmp_path / "after.vinkdesk"
    ok(vinkdesk("backup", "--home", home, "--out", after))
    move_aside(home, tmp_path / "aside")
    run = ok(vinkdesk("restore", "--from", after, "--home", home))
    assert run.stdout == f"Restored the vault into {home}; unlock it with the passphrases it had.\n"
    assert ok(vinkdesk("search", "--home", home, "noget")).stderr == "No consultation matches.\n"


def test_a_backup_from_before_rotate_key_says_to_rotate_again(tmp_path: Path) -> None:
    home = tmp_path / "home"
    setup_cli("init", "--home", home, "--name", "Ane Rådgiver")
    backup = tmp_path / "before.vinkdesk"
    ok(vinkdesk("backup", "--home", home, "--out", backup))
    old_key = the_key(home, PASS)
    ok(vinkdesk("rotate-key", "--home", home))
    move_aside(home, tmp_path / "aside")

    out = ok(vinkdesk("restore", "--from", backup, "--home", home)).stdout
    assert "before its key was replaced" in out and "the key was replaced" in out
    assert f"vinkdesk rotate-key --home {home}" in out
    # Any copy of vault.keys from before (this backup's own) opens the restored vault.db again.
    assert db_opens_with(home / "vault.db", old_key)
    ok(vinkdesk("rotate-key", "--home", home))
    assert not db_opens_with(home / "vault.db", old_key)
    assert ok(vinkdesk("search", "--home", home, "noget")).stderr == "No consultation matches.\n"


def test_a_backup_from_before_a_passphrase_reset_brings_back_the_old_passphrase_and_code(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    printed = setup_cli("init", "--home", home, "--name", "Ane Rådgiver")
    code = printed.splitlines()[-1].strip()
    backup = tmp_path / "before.vinkdesk"
    ok(vinkdesk("backup", "--home", home, "--out", backup))
    # The passphrase forgotten: unlocked with the recovery code, a new passphrase, a new code, a new key.
    reset = setup_cli(
        "passphrase", "--home", home, VINKDESK_PASSPHRASE=code, VINKDESK_NEW_PASSPHRASE=NEW_PASS
    )
    new_code = reset.splitlines()[-1].strip()
    assert opens(home / "vault.keys", PASS) == [] and opens(home / "vault.keys", code) == []
    move_aside(home, tmp_path / "aside")

    out = ok(vinkdesk("restore", "--from", backup, "--home", home)).stdout
    assert "the passphrase was reset with the recovery code" in out
    assert "The passphrase and the recovery code replaced on" in out and "open this vault again" in out
    assert f"vinkdesk passphrase --home {home}" in out
    # The old passphrase and the used code open the restored copy; the new ones do not.
    assert opens(home / "vault.keys", PASS) and opens(home / "vault.keys", code)
    assert opens(home / "vault.keys", NEW_PASS) == [] and opens(home / "vault.keys", new_code) == []

    # Reset again, as the restore says: the used code, a new passphrase.
    setup_cli("passphrase", "--home", home, VINKDESK_PASSPHRASE=code, VINKDESK_NEW_PASSPHRASE=NEW_PASS)
    assert opens(home / "vault.keys", PASS) == [] and opens(home / "vault.keys", code) == []
    found = ok(vinkdesk("search", "--home", home, "noget", secret=NEW_PASS))
    assert found.stderr == "No consultation matches.\n"
