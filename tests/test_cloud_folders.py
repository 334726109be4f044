"""Which cloud client synchronises a folder: real folders made as each client makes them, the environment the
OneDrive client sets, Dropbox's info.json; and folders no client touches, which must not be flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vinkdesk.vault.cloud_folders import DROPBOX, GOOGLE_DRIVE, ICLOUD, ONEDRIVE, cloud_service

NO_CLIENT: dict[str, str] = {}


def made(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


@pytest.mark.parametrize("variable", ["OneDrive", "OneDriveCommercial", "OneDriveConsumer"])
def test_a_folder_the_onedrive_client_names_in_the_environment(tmp_path: Path, variable: str) -> None:
    # Redirected Documents live under an organisation's folder whose name says nothing of OneDrive here.
    root = made(tmp_path / "Kommunen")
    documents = made(root / "Dokumenter")
    assert cloud_service(documents / "samtaleresume.pdf", {variable: str(root)}) == ONEDRIVE
    assert cloud_service(root, {variable: str(root)}) == ONEDRIVE
    assert cloud_service(made(tmp_path / "Kommunen-arkiv") / "a.pdf", {variable: str(root)}) is None


@pytest.mark.parametrize("name", ["OneDrive", "OneDrive - Københavns Kommune", "OneDrive-Personal"])
def test_onedrive_folders_by_their_names(tmp_path: Path, name: str) -> None:
    folder = made(tmp_path / name / "Dokumenter" / "Sager")
    assert cloud_service(folder / "resume.pdf", NO_CLIENT) == ONEDRIVE


def test_a_dropbox_folder_by_its_marker_file(tmp_path: Path) -> None:
    root = made(tmp_path / "Arbejde")
    (root / ".dropbox").write_text("{}")
    assert cloud_service(made(root / "Rapporter") / "resume.pdf", NO_CLIENT) == DROPBOX
    assert cloud_service(tmp_path / "resume.pdf", NO_CLIENT) is None


def test_a_dropbox_folder_named_in_dropboxs_info_json(tmp_path: Path) -> None:
    home = made(tmp_path / "home")
    business = made(tmp_path / "Firmamappe")
    info = made(home / ".dropbox") / "info.json"
    info.write_text(json.dumps({"business": {"path": str(business), "host": 1}}))
    # ~/.dropbox is Dropbox's settings folder, not a synchronised root: the home folder itself is not flagged.
    assert cloud_service(business / "indsigt.pdf", {"HOME": str(home)}) == DROPBOX
    assert cloud_service(home / "indsigt.pdf", {"HOME": str(home)}) is None


@pytest.mark.parametrize("name", ["Dropbox", "Dropbox (Kommunen)"])
def test_dropbox_folders_by_their_names(tmp_path: Path, name: str) -> None:
    assert cloud_service(made(tmp_path / name) / "a.pdf", NO_CLIENT) == DROPBOX


@pytest.mark.parametrize(
    "parts",
    [("Google Drive",), ("GoogleDrive-ane@example.org", "My Drive"), ("G", "Mit drev"), ("GoogleDrive",)],
)
def test_google_drive_folders(tmp_path: Path, parts: tuple[str, ...]) -> None:
    assert cloud_service(made(tmp_path.joinpath(*parts)) / "a.pdf", NO_CLIENT) == GOOGLE_DRIVE


def test_a_google_drive_mirror_by_its_marker(tmp_path: Path) -> None:
    root = made(tmp_path / "Spejlet")
    made(root / ".tmp.drivedownload")
    assert cloud_service(root / "a.pdf", NO_CLIENT) == GOOGLE_DRIVE


@pytest.mark.parametrize(
    "parts", [("Library", "Mobile Documents", "com~apple~CloudDocs", "Documents"), ("iCloudDrive",)]
)
def test_icloud_folders(tmp_path: Path, parts: tuple[str, ...]) -> None:
    assert cloud_service(made(tmp_path.joinpath(*parts)) / "a.pdf", NO_CLIENT) == ICLOUD


def test_a_link_into_a_synchronised_folder_counts_as_that_folder(tmp_path: Path) -> None:
    synced = made(tmp_path / "Dropbox" / "Dokumenter")
    link = tmp_path / "Dokumenter"
    link.symlink_to(synced, target_is_directory=True)
    assert cloud_service(link / "a.pdf", NO_CLIENT) == DROPBOX


def test_an_ordinary_documents_folder_or_usb_stick_is_not_flagged(tmp_path: Path) -> None:
    documents = made(tmp_path / "home" / "Documents")
    stick = made(tmp_path / "media" / "USB-STIK")
    env = {"HOME": str(tmp_path / "home"), "OneDrive": ""}
    assert cloud_service(documents / "samtaleresume.pdf", env) is None
    assert cloud_service(stick / "gendannelsesark.pdf", env) is None
