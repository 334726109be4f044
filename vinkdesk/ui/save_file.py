"""Asking where to save an unencrypted output (a PDF of case data, the recovery sheet): the file dialog opens
in the user's Documents with a name in the user's language and the day's date, and a folder that a cloud
client synchronises is questioned, naming the service, before anything is written (default: No)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vinkdesk.vault.cloud_folders import COMPANY, cloud_service


def documents_folder(avoid: Path | None = None) -> Path:
    """The user's Documents (on a Danish system often "Dokumenter"), else the home folder; never the
    program's working folder, and never inside avoid (the vault's home)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (Path(found) if found else None, Path.home()):
        if folder is None or not folder.is_dir():
            continue
        if avoid is not None and (folder == avoid or avoid in folder.parents):
            continue
        return folder
    return Path.home()


def file_day(day: date, language: str) -> str:
    """The date in a file name as each language writes it, with hyphens (no dots or slashes in a name):
    29-11-2026 in Danish, 2026-11-29 in English."""
    if language == "da":
        return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


# What each output is called in a file name, per language: the name matches the report's language (the one
# the PDF was made in), and lives here rather than in the .ts because it is data, not a sentence.
FILE_STEMS: dict[str, dict[str, str]] = {
    "summary": {"da": "samtaleresume", "en": "consultation-summary"},
    "access": {"da": "indsigtsrapport", "en": "right-of-access-report"},
    "audit": {"da": "adgangslog-uddrag", "en": "audit-log-extract"},
    "recovery": {"da": "gendannelsesark", "en": "recovery-sheet"},
}


def file_name(kind: str, day: date, language: str, ref: str = "") -> str:
    """The output's name in language, the case ref when there is one, the date: a name that sorts and says
    what it is (samtaleresume-2026-017-29-11-2026.pdf). Characters a file system refuses become "-"."""
    stems = FILE_STEMS[kind]
    parts = [part for part in (stems.get(language, stems["en"]), ref, file_day(day, language)) if part]
    return re.sub(r'[\\/:*?"<>|\s]+', "-", "-".join(parts)) + ".pdf"


def recovery_sheet_advice() -> str:
    """Said before the recovery sheet is saved (and in the preview's warning): where it belongs."""
    return QCoreApplication.translate(
        "SaveFileDialog",
        "Keep the recovery sheet off this laptop: save it on a USB stick (or print it) and keep it locked "
        "away. Anyone who has the sheet and the laptop can open your notes."
    )


class SaveFileDialog(QObject):
    """The note first when there is one (the file is not encrypted; where the recovery sheet belongs), then
    where to save, then (if a cloud client synchronises the folder) whether to save there anyway; emits
    chosen(Path) only for a place the user has settled on. Nothing blocks: a lock closes the dialogs it
    shows like any other, and then nothing is chosen."""

    chosen = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        caption: str,
        proposed: Path,
        *,
        name_filter: str = "",
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._note = note
        self.note_box: QMessageBox | None = None
        self.dialog = QFileDialog(parent, caption, str(proposed.parent))
        self.dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        self.dialog.setNameFilter(name_filter or self.tr("PDF files (*.pdf)"))
        self.dialog.setDefaultSuffix(proposed.suffix.lstrip(".") or "pdf")
        self.dialog.selectFile(proposed.name)
        self.dialog.fileSelected.connect(self._selected)
        self.question: QMessageBox | None = None

    def open(self) -> None:
        if not self._note:
            self.dialog.open()
            return
        self.note_box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.dialog.windowTitle(),
            self._note,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        self.note_box.setDefaultButton(QMessageBox.StandardButton.Ok)
        ok = self.note_box.button(QMessageBox.StandardButton.Ok)
        self.note_box.finished.connect(
            lambda _result, box=self.note_box: self.dialog.open() if box.clickedButton() is ok else None
        )
        self.note_box.open()

    def _selected(self, name: str) -> None:
        if not name:
            return
        path = Path(name)
        service = cloud_service(path)
        if service is None:
            self.chosen.emit(path)
            return
        self.question = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Save in a cloud folder?"),
            self.tr(
                "This folder is synchronised by %1: the file would be copied, unencrypted, to servers run by "
                "%2. Save anyway?"
            )
            .replace("%1", service)
            .replace("%2", COMPANY[service]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent,
        )
        self.question.setInformativeText(
            self.tr(
                "Choose a folder on this computer or a USB stick instead, unless your unit allows this one."
            )
        )
        self.question.setDefaultButton(QMessageBox.StandardButton.No)
        self.question.setEscapeButton(QMessageBox.StandardButton.No)
        yes = self.question.button(QMessageBox.StandardButton.Yes)
        self.question.finished.connect(
            lambda _result, box=self.question: self._answered(box.clickedButton() is yes, path)
        )
        self.question.open()

    def _answered(self, anyway: bool, path: Path) -> None:
        if anyway:
            self.chosen.emit(path)


def ask_where_to_save(
    parent: QWidget,
    caption: str,
    proposed: Path,
    on_chosen: Callable[[Path], object],
    *,
    name_filter: str = "",
    note: str = "",
) -> SaveFileDialog:
    """Open the save flow (note first, if any); on_chosen(path) is called once the user has settled on a
    place. The recovery sheet: note=recovery_sheet_advice()."""
    flow = SaveFileDialog(parent, caption, proposed, name_filter=name_filter, note=note)
    flow.chosen.connect(on_chosen)
    flow.open()
    return flow


__all__ = [
    "SaveFileDialog",
    "ask_where_to_save",
    "documents_folder",
    "file_day",
    "file_name",
    "recovery_sheet_advice",
]
