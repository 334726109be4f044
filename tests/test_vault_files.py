"""vault.db on disk: encrypted, pragmas in force, and clean errors for damaged files or folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.session import Session
from vinkdesk.vault import HomeNotWritable, KdfParams, SchemaTooNew, Vault, VaultCorrupt, VaultNotFound
from vinkdesk.vault.database import PRAGMAS
from vinkdesk.vault.files import filesystem_type, is_network_path
from vinkdesk.vault.home import Home, resolve_home


def filled_vault(home: Home, kdf: KdfParams, notes: int = 60) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    with session.batch():
        for i in range(notes):
            session.add_consultation(
                case.id, consultation(f"Samtale nummer {i} om skolen og fritiden. " * 20)
            )
    session.lock()


def snapshot(home: Home) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.folder.iterdir())}


def test_every_pragma_is_in_force_after_unlock(home: Home, kdf: KdfParams) -> None:
    Vault.create(home, "Ane", PASSPHRASE, kdf)[0].lock()
    vault = Vault.unlock(home, PASSPHRASE)
    conn = vault.connection
    for name, _value, expected in PRAGMAS:
        assert conn.execute(f"PRAGMA {name}").fetchone()[0] == expected, name
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    vault.lock()


def test_extension_loading_is_never_enabled(home: Home, kdf: KdfParams) -> None:
    vault, _ = Vault.create(home, "Ane", PASSPHRASE, kdf)
    with pytest.raises(sqlcipher3.OperationalError, match="not authorized"):
        vault.connection.execute("SELECT load_extension('/lib/x86_64-linux-gnu/libm.so.6')")
    vault.lock()


def test_vault_db_is_not_a_plain_sqlite_file(home: Home, kdf: KdfParams) -> None:
    filled_vault(home, kdf, notes=3)
    assert not home.db_path.read_bytes().startswith(b"SQLite format 3")
    plain = sqlcipher3.connect(str(home.db_path))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_lock_closes_the_database_and_wipes_the_key(home: Home, kdf: KdfParams) -> None:
    vault, _ = Vault.create(home, "Ane", PASSPHRASE, kdf)
    key_buffer = vault._data_key
    assert key_buffer is not None and any(key_buffer)
    vault.lock()
    assert not any(key_buffer)
    assert not vault.is_open
    from vinkdesk.vault import VaultLocked

    with pytest.raises(VaultLocked):
        vault.connection  # noqa: B018


@pytest.mark.parametrize(
    ("damage", "detail"),
    [
        (lambda data: b"", "empty"),
        (lambda data: os.urandom(len(data)), "cannot be read"),
        (lambda data: data[:100] + bytes([data[100] ^ 0x01]) + data[101:], "cannot be read"),
    ],
    ids=["empty", "random-bytes", "flipped-byte-first-page"],
)
def test_damaged_database_gives_a_clean_error_and_nothing_is_written(
    home: Home,
    kdf: KdfParams,
    damage,
    detail: str,  # type: ignore[no-untyped-def]
) -> None:
    filled_vault(home, kdf, notes=3)
    home.db_path.write_bytes(damage(home.db_path.read_bytes()))
    before = snapshot(home)
    with pytest.raises(VaultCorrupt, match=detail) as caught:
        Vault.unlock(home, PASSPHRASE)
    assert "vault.db" in str(caught.value) and "backup" in str(caught.value)
    assert snapshot(home) == before


def test_flipped_byte_in_a_later_page_is_reported_cleanly(home: Home, kdf: KdfParams) -> None:
    filled_vault(home, kdf)
    data = bytearray(home.db_path.read_bytes())
    page_size = 4096
    assert len(data) > 20 * page_size
    data[15 * page_size + 1000] ^= 0x40
    home.db_path.write_bytes(bytes(data))
    session = Session.unlock(home, PASSPHRASE)
    from vinkdesk.session import verify

    problems = verify(session)
    assert any("vault.db" in p for p in problems)
    # Reading every consultation touches the damaged page: a clean VaultCorrupt naming the file, not a crash.
    with pytest.raises(VaultCorrupt, match="vault.db.*backup"):
        for summary in session.list_cases():
            session.consultations(summary.id)
    session.lock()


def test_missing_vault_and_missing_database(home: Home, kdf: KdfParams) -> None:
    with pytest.raises(VaultNotFound, match="vinkdesk init"):
        Vault.unlock(home, PASSPHRASE)
    filled_vault(home, kdf, notes=1)
    home.db_path.unlink()
    with pytest.raises(VaultCorrupt, match="missing.*backup"):
        Vault.unlock(home, PASSPHRASE)


def test_home_that_cannot_be_written_is_refused_clearly(tmp_path: Path, kdf: KdfParams) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(HomeNotWritable, match="Cannot write in the vault folder"):
        Vault.create(Home(blocker / "home"), "Ane", PASSPHRASE, kdf)
    with pytest.raises(HomeNotWritable):
        Vault.create(Home(Path("/proc/vinkdesk-home")), "Ane", PASSPHRASE, kdf)


def test_network_file_systems_are_recognised() -> None:
    mountinfo = (
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        "40 22 0:45 / /mnt/share rw,relatime shared:30 - cifs //server/share rw,vers=3.0\n"
        "41 22 0:46 / /home/ane/nfs rw - nfs4 server:/export rw\n"
    )
    assert filesystem_type(Path("/home/ane/notes"), mountinfo) == "ext4"
    assert is_network_path(Path("/mnt/share/vinkdesk"), mountinfo)
    assert is_network_path(Path("/home/ane/nfs/vault"), mountinfo)
    assert not is_network_path(Path("/home/ane/local"), mountinfo)
    assert is_network_path(Path("\\\\server\\share\\vinkdesk"))
    warning = Home(Path("/mnt/share/vinkdesk")).warnings(mountinfo)
    assert len(warning) == 1 and "network file system" in warning[0]
    assert Home(Path("/home/ane/vinkdesk")).warnings(mountinfo) == []


def test_home_is_resolved_from_argument_then_environment(tmp_path: Path) -> None:
    assert resolve_home(str(tmp_path / "a"), {"VINKDESK_HOME": str(tmp_path / "b")}).folder == tmp_path / "a"
    assert resolve_home(None, {"VINKDESK_HOME": str(tmp_path / "b")}).folder == tmp_path / "b"
    assert "vinkdesk" in str(resolve_home(None, {}).folder)


def test_a_vault_from_a_newer_vinkdesk_is_refused_without_change(home: Home, kdf: KdfParams) -> None:
    vault, _ = Vault.create(home, "Ane", PASSPHRASE, kdf)
    vault.connection.execute("PRAGMA user_version = 99")
    vault.lock()
    before = snapshot(home)
    with pytest.raises(SchemaTooNew, match="newer vinkdesk"):
        Vault.unlock(home, PASSPHRASE)
    assert snapshot(home) == before


def test_keys_and_database_of_different_vaults_are_refused(tmp_path: Path, kdf: KdfParams) -> None:
    first, second = Home(tmp_path / "one"), Home(tmp_path / "two")
    Vault.create(first, "Ane", PASSPHRASE, kdf)[0].lock()
    Vault.create(second, "Ane", PASSPHRASE, kdf)[0].lock()
    shutil.copy(second.db_path, first.db_path)
    with pytest.raises(VaultCorrupt, match="does not belong|another vault|cannot be read"):
        Vault.unlock(first, PASSPHRASE)
