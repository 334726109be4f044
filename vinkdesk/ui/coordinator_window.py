"""The coordinator's window: open (or create) the coordinator's own home, enrol and retire laptops by the
fingerprints read out over the phone, and make the annual report with every file not counted listed by name
and reason. It needs no vault, so it opens from the unlock and first-run dialogs too."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.ui import labels
from vinkdesk.ui.errors import explain
from vinkdesk.ui.forms import typed_path
from vinkdesk.ui.save_file import documents_folder
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.ui.settings import Settings
from vinkdesk.ui.worker import DbWorker


def _language() -> str:
    return labels.language()


def _day(value: object) -> str:
    """A day the coordinator's home keeps (a date, or its ISO text) as the user reads dates: 29.11.2026."""
    if isinstance(value, date):
        return labels.day_text(value)
    try:
        return labels.day_text(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def kind_name(kind: str) -> str:
    names = {
        "damaged": QCoreApplication.translate("Coordinator", "not read"),
        "unenrolled": QCoreApplication.translate("Coordinator", "not enrolled"),
        "retired": QCoreApplication.translate("Coordinator", "retired device"),
        "future": QCoreApplication.translate("Coordinator", "quarter in the future"),
        "temp": QCoreApplication.translate("Coordinator", "temp file"),
        "old-plain": QCoreApplication.translate("Coordinator", "old unsealed files"),
        "gap": QCoreApplication.translate("Coordinator", "gap"),
        "rollback": QCoreApplication.translate("Coordinator", "rollback"),
        "conflict": QCoreApplication.translate("Coordinator", "conflict"),
        "folder": QCoreApplication.translate("Coordinator", "folder refused"),
        "restored": QCoreApplication.translate("Coordinator", "restored beside its original"),
        "home": QCoreApplication.translate("Coordinator", "home older than the share"),
    }
    return names.get(kind, kind)


def finding_text(kind: str, subject: str, reason: str) -> str:
    """A finding in the user's language: what it is, what it means and what to do; the core's own detail
    (English, with file names) beneath."""
    meaning = {
        "damaged": QCoreApplication.translate(
            "Coordinator",
            "Not a valid sealed file (damaged, forged or not written by vinkdesk): not counted.",
        ),
        "unenrolled": QCoreApplication.translate(
            "Coordinator",
            "From a laptop that is not enrolled: not counted. Enrol it only after its counsellor has "
            "read this "
            "fingerprint to you.",
        ),
        "retired": QCoreApplication.translate("Coordinator", "From a retired laptop: not counted."),
        "future": QCoreApplication.translate("Coordinator", "For a quarter after today: not counted."),
        "temp": QCoreApplication.translate(
            "Coordinator", "A temp file: a write in progress, or one that was interrupted. Not counted."
        ),
        "old-plain": QCoreApplication.translate(
            "Coordinator",
            "Files of the old unsealed format: never counted, and readable by anyone with access to "
            "the share. "
            "Ask the share's administrator to delete them.",
        ),
        "gap": QCoreApplication.translate(
            "Coordinator",
            "Files seen before are gone from the share, or none have arrived. Where the coordinator "
            "kept a copy, "
            "the copy counts.",
        ),
        "rollback": QCoreApplication.translate(
            "Coordinator",
            "The share holds an older sequence than one seen before (a rollback or a deleted file). The "
            "coordinator's own copy counts.",
        ),
        "conflict": QCoreApplication.translate(
            "Coordinator",
            "One sequence with two different contents: was this vault copied to a second laptop? Neither is "
            "counted; a copy the coordinator accepted earlier still counts.",
        ),
        "folder": QCoreApplication.translate(
            "Coordinator",
            "The folder of sealed files was refused (a link, or not a folder). Ask the share's "
            "administrator.",
        ),
        "restored": QCoreApplication.translate(
            "Coordinator",
            "A laptop restored from another enrolled laptop's backup: both would count the same cases, so it "
            "is not counted. Enrol it as that laptop's replacement if it is one.",
        ),
        "home": QCoreApplication.translate(
            "Coordinator",
            "Your home is older than a checkpoint it left on the share: it was restored or swapped. Restore "
            "its newest backup, or find out who changed it.",
        ),
    }.get(kind, "")
    if subject.startswith("device "):  # the core names a laptop by its fingerprint
        subject = QCoreApplication.translate("Coordinator", "computer %1").replace("%1", subject[7:])
    if not meaning:
        return f"{kind_name(kind)} — {subject}\n{reason}"
    # the core's own words (English, with the file names) as a detail for whoever supports vinkdesk
    detail = QCoreApplication.translate("Coordinator", "Technical detail: %1").replace("%1", reason)
    return f"{kind_name(kind)} — {subject}\n{meaning}\n{detail}"


def _folder_row(edit: QLineEdit, parent: QWidget, title: str) -> QHBoxLayout:
    def choose() -> None:
        folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
        if folder:
            edit.setText(folder)

    button = QPushButton(QCoreApplication.translate("Coordinator", "Choose…"))
    button.setAccessibleName(title)
    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class CoordinatorDialog(QDialog):
    lock_requested = Signal(str)  # Ctrl+L here too: the window closes and its key is forgotten

    def __init__(self, worker: DbWorker, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.lock_requested.emit("manual"))
        self._worker = worker
        self._settings = settings
        self.coordinator: Any = None
        self._draft: Any = None  # the draft made in this window (exact sums inside): forgotten at close
        self.setWindowTitle(self.tr("Coordinator: enrolment and annual report"))
        fit_to_screen(self, 1040, 720)
        self.home = QLineEdit(settings.coordinator_home)
        self.home.setAccessibleName(self.tr("The coordinator's home folder"))
        self.home.setPlaceholderText(self.tr("A folder on your own disk, never on the share"))
        self.share = QLineEdit(settings.share_path)
        self.share.setAccessibleName(self.tr("Share folder"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The coordinator's passphrase"))
        self.passphrase.returnPressed.connect(self.open_home)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_home)
        self.create_button = QPushButton(self.tr("Create a coordinator &home…"))
        self.create_button.clicked.connect(self.show_create)
        access = QFormLayout()
        access.addRow(
            self.tr("Coordinator's home:"), _folder_row(self.home, self, self.tr("Coordinator's home"))
        )
        access.addRow(self.tr("Share folder:"), _folder_row(self.share, self, self.tr("Share folder")))
        access.addRow(self.tr("Passphrase:"), self.passphrase)
        access_buttons = QHBoxLayout()
        access_buttons.addWidget(self.open_button)
        access_buttons.addStretch(1)
        access_buttons.addWidget(self.create_button)
        access.addRow(access_buttons)
        # Creating a home: a name and the passphrase twice.
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("The coordination unit's name"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("The passphrase again"))
        self.make_button = QPushButton(self.tr("&Create and publish the key"))
        self.make_button.clicked.connect(self.create_home)
        self.create_box = QGroupBox(self.tr("New coordinator home"))
        create_form = QFormLayout(self.create_box)
        create_form.addRow(self.tr("Unit's name:"), self.name)
        create_form.addRow(self.tr("Passphrase again:"), self.repeat)
        create_form.addRow(self.make_button)
        self.create_box.hide()
        # Enrolment.
        self.identity = QLabel()
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.devices = QTableWidget(0, 3)
        self.devices.setHorizontalHeaderLabels([self.tr("Fingerprint"), self.tr("Label"), self.tr("State")])
        self.devices.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.devices.verticalHeader().hide()
        self.devices.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.devices.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.devices.setAccessibleName(self.tr("Enrolled laptops"))
        self.device = QLineEdit()
        self.device.setAccessibleName(self.tr("The laptop's fingerprint"))
        self.device.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.label = QLineEdit()
        self.device.returnPressed.connect(lambda: self.label.setFocus())
        self.label.setAccessibleName(self.tr("Label"))
        self.label.setPlaceholderText(self.tr("e.g. Counsellor 3"))
        self.replaces = QLineEdit()
        self.replaces.setAccessibleName(self.tr("Replaces (fingerprint, only for a restored vault)"))
        self.label.returnPressed.connect(self.enrol)
        self.replaces.returnPressed.connect(self.enrol)
        self.enrol_button = QPushButton(self.tr("&Enrol"))
        self.enrol_button.clicked.connect(self.enrol)
        self.retire_button = QPushButton(self.tr("&Retire the chosen laptop"))
        self.retire_button.clicked.connect(self.retire)
        enrol_form = QFormLayout()
        enrol_form.addRow(self.tr("Laptop's fingerprint:"), self.device)
        enrol_form.addRow(self.tr("Label:"), self.label)
        enrol_form.addRow(self.tr("Replaces (restored vault):"), self.replaces)
        enrol_buttons = QHBoxLayout()
        enrol_buttons.addWidget(self.enrol_button)
        enrol_buttons.addStretch(1)
        enrol_buttons.addWidget(self.retire_button)
        enrol_form.addRow(enrol_buttons)
        self.enrolment = QGroupBox(self.tr("Laptops"))
        enrolment_layout = QVBoxLayout(self.enrolment)
        enrolment_layout.addWidget(self.identity)
        enrolment_layout.addWidget(self.devices, 1)
        enrolment_layout.addLayout(enrol_form)
        # The report.
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.out = QLineEdit(str(documents_folder()))  # the user's Documents, not the program's folder
        self.out.setAccessibleName(self.tr("Folder for the report"))
        self.k = QSpinBox()
        self.k.setRange(2, 20)
        self.k.setValue(5)
        self.k.setAccessibleName(self.tr("Smallest figure shown"))
        self.report_button = QPushButton(self.tr("&Make a draft"))
        self.report_button.clicked.connect(self.run)
        self.release_button = QPushButton(self.tr("Re&lease the draft…"))
        self.release_button.clicked.connect(self.release)
        self.release_button.setEnabled(False)
        self.findings = QPlainTextEdit()
        self.findings.setReadOnly(True)
        self.findings.setAccessibleName(self.tr("Files not counted, and why"))
        report_form = QFormLayout()
        report_form.addRow(self.tr("Year:"), self.year)
        report_form.addRow(
            self.tr("Write the report to:"), _folder_row(self.out, self, self.tr("Report folder"))
        )
        report_form.addRow(self.tr("Hide figures below:"), self.k)
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.report_button)
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.release_button)
        report_form.addRow(report_buttons)
        self.report = QGroupBox(self.tr("Annual report"))
        report_layout = QVBoxLayout(self.report)
        report_layout.addLayout(report_form)
        report_layout.addWidget(self.findings, 1)
        working = QHBoxLayout()
        working.addWidget(self.enrolment, 1)
        working.addWidget(self.report, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(access)
        layout.addWidget(self.create_box)
        layout.addLayout(working, 1)
        layout.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(
                False
            )  # Enter in a field does what the field says, never a button behind it
        self._set_open(False)
        (self.passphrase if self.home.text() else self.home).setFocus()

    # --- opening and creating ------------------------------------------------------------------------------

    def _set_open(self, is_open: bool) -> None:
        self.enrolment.setEnabled(is_open)
        self.report.setEnabled(is_open)

    def open_home(self) -> None:
        folder, passphrase = Path(typed_path(self.home.text())), self.passphrase.text()
        if not typed_path(self.home.text()) or not passphrase:
            self.message.setText(self.tr("Give the coordinator's home folder and passphrase."))
            return
        self.message.setText(self.tr("Opening…"))
        self.open_button.setEnabled(False)

        def work() -> Any:
            from vinkdesk.coordinator.home import Coordinator  # with scipy: imported off the UI thread

            return Coordinator.unlock(folder, passphrase)

        self._worker.submit(work, self._opened, self._failed)

    def show_create(self) -> None:
        self.create_box.show()
        self.name.setFocus()

    def create_home(self) -> None:
        folder, share = Path(typed_path(self.home.text())), Path(typed_path(self.share.text()))
        name, passphrase = self.name.text(), self.passphrase.text()
        if not typed_path(self.home.text()) or not typed_path(self.share.text()):
            self.message.setText(self.tr("Give the coordinator's home folder and the share folder."))
            return
        if passphrase != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ; nothing was created."))
            return
        self.message.setText(self.tr("Creating…"))

        def work() -> tuple[Any, str]:
            from vinkdesk.coordinator.home import Coordinator  # with scipy: imported off the UI thread

            return Coordinator.create(folder, share, name, passphrase)

        self._worker.submit(work, self._created, self._failed)

    def _created(self, made: tuple[Any, str]) -> None:
        coordinator, code = made
        self.create_box.hide()
        self._opened(coordinator)
        self.message.setText(
            self.tr(
                "Created. Read your fingerprint %1 out to each counsellor. Your recovery code, shown "
                "only now: %2 "
                "— write it down and keep it locked away."
            )
            .replace("%1", coordinator.fingerprint)
            .replace("%2", code)
        )

    def _opened(self, coordinator: Any) -> None:
        if self.coordinator is not None:
            self.coordinator.lock()
        self.coordinator = coordinator
        self.passphrase.clear()
        self.repeat.clear()
        self.open_button.setEnabled(True)
        self._settings.coordinator_home = typed_path(self.home.text())
        if typed_path(self.share.text()):
            self._settings.share_path = typed_path(self.share.text())
        self._set_open(True)
        self.message.setText(self.tr("Opened."))
        self.refresh()
        self.device.setFocus()

    def _failed(self, error: Exception) -> None:
        self.open_button.setEnabled(True)
        self.report_button.setEnabled(True)
        self.release_button.setEnabled(self._draft is not None)
        self.message.setText(explain(error))

    # --- enrolment -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        coordinator = self.coordinator
        self.identity.setText(
            self.tr("Your fingerprint (read it to each counsellor): <b>%1</b>").replace(
                "%1", html.escape(coordinator.fingerprint)
            )
        )
        devices = coordinator.devices()
        self.devices.setRowCount(len(devices))
        for r, device in enumerate(devices):
            if device.replaced_by:
                state = self.tr("replaced by %1").replace("%1", device.replaced_by)
            elif device.retired_on:
                state = self.tr("retired %1").replace("%1", _day(device.retired_on))
            else:
                state = self.tr("enrolled %1").replace("%1", _day(device.enrolled_on))
            for c, value in enumerate((device.fingerprint, device.label, state)):
                self.devices.setItem(r, c, QTableWidgetItem(value))
        self.devices.resizeColumnsToContents()
        self.devices.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def enrol(self) -> None:
        try:
            entry = self.coordinator.enrol(
                self.device.text(), self.label.text(), self.replaces.text().strip() or None
            )
        except Exception as error:  # noqa: BLE001 - shown to the coordinator, nothing was changed
            self.message.setText(explain(error))
            return
        self.message.setText(
            self.tr("Enrolled %1 as %2.").replace("%1", entry.fingerprint).replace("%2", entry.label)
        )
        for edit in (self.device, self.label, self.replaces):
            edit.clear()
        self.refresh()
        self.device.setFocus()

    def retire(self) -> None:
        row = self.devices.currentRow()
        chosen = self.devices.item(row, 0) if row >= 0 else None
        if chosen is None:
            self.message.setText(self.tr("Choose the laptop to retire in the list first."))
            self.devices.setFocus()
            return
        fingerprint = chosen.text()
        try:
            entry = self.coordinator.retire(fingerprint)
        except Exception as error:  # noqa: BLE001 - shown to the coordinator
            self.message.setText(explain(error))
            return
        self.message.setText(
            self.tr("Retired %1: what it sent before still counts, nothing new from it is taken.").replace(
                "%1", entry.fingerprint
            )
        )
        self.refresh()

    # --- the report ----------------------------------------------------------------------------------------

    def run(self) -> None:
        """Read the share and make the year's draft: audited with every earlier release of the year, written
        as aarsrapport-YEAR-udkast.pdf/.csv, and kept in the home for release."""
        share, out, year, k = (
            Path(self.share.text()),
            Path(self.out.text()),
            self.year.value(),
            self.k.value(),
        )
        language = _language()
        coordinator = self.coordinator
        self.message.setText(self.tr("Reading the share and auditing what would be published…"))
        self.report_button.setEnabled(False)
        self.release_button.setEnabled(False)

        def work() -> Any:
            from vinkdesk.coordinator.report import write_report
            from vinkdesk.sync.publish import summary

            if not share.is_dir():
                raise FileNotFoundError(2, f"The share {share} cannot be reached.")
            result, made, earlier = coordinator.make_draft(share, year, k)
            previous = coordinator.previous_release(year)
            pdf, _csv = write_report(made, previous, out, language, forbidden=coordinator.folder)
            return result, made, summary(made, earlier), pdf

        self._worker.submit(work, self._drafted, self._failed)

    def _drafted(self, done: Any) -> None:
        from vinkdesk.sync.publish import SAFE_LAPTOPS

        result, made, numbers, pdf = done
        self.report_button.setEnabled(True)
        self.release_button.setEnabled(True)
        self.findings.setPlainText(
            "\n\n".join(finding_text(f.kind, f.subject, f.reason) for f in result.findings)
            or self.tr("Every file on the share was counted.")
        )
        what = self._which(made.revision)
        if made.revision > 1:
            what += " " + self.tr("(audited together with the earlier releases)")
        shown = numbers.figures - numbers.hidden
        text = " ".join(
            (
                self.tr("Draft of %1 for %2:").replace("%1", what).replace("%2", str(made.year)),
                self.tr("counted %n laptop-quarter(s)", "", made.files),
                self.tr("from %n laptop(s);", "", made.devices),
                self.tr("%n finding(s) listed.", "", len(result.findings)),
                self.tr("It would publish %1 of %2 figures (%n hidden).", "", numbers.hidden)
                .replace("%1", labels.number_text(shown))
                .replace("%2", labels.number_text(numbers.figures)),
                self.tr("The draft is %1 — look at it, then release it.").replace("%1", str(pdf)),
            )
        )
        if made.devices < SAFE_LAPTOPS:
            text += " " + self.tr(
                "Only %n laptop(s) reported: releasing will ask you to accept the risk.", "", made.devices
            )
        self.message.setText(text)
        self._draft = made
        self.refresh()

    def release(self) -> None:
        """Freeze the draft as the year's release (or revision), after a confirmation that names what it
        means, and the risk where fewer than three laptops reported."""
        from PySide6.QtWidgets import QMessageBox

        from vinkdesk.sync.publish import SAFE_LAPTOPS

        made = self._draft
        if made is None:
            self.message.setText(self.tr("Make a draft first and look at it."))
            return
        question = (
            self.tr(
                "Publish the draft as %1 of %2? It is kept in the coordinator's archive; any later change to "
                "%2 becomes a revision, audited together with it."
            )
            .replace("%1", self._which(made.revision))
            .replace("%2", str(made.year))
        )
        few = made.devices < SAFE_LAPTOPS
        if few:
            question += "\n\n" + self.tr(
                "Only %n laptop(s) reported this year. With fewer than three, each counsellor's own caseload "
                "stands out in the figures: a reader who knows who reported can read them as that "
                "counsellor's cases. Release only if the unit accepts that risk.",
                "",
                made.devices,
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning if few else QMessageBox.Icon.Question,
            self.tr("Release"),
            question,
            parent=self,
        )
        publish = box.addButton(
            self.tr("Release anyway") if few else self.tr("Release"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter never publishes by accident
        box.exec()
        if box.clickedButton() is not publish:
            self.message.setText(self.tr("Nothing was released."))
            return
        out, year, language, coordinator = Path(self.out.text()), made.year, _language(), self.coordinator
        self.release_button.setEnabled(False)

        def work() -> Any:
            from vinkdesk.coordinator.report import write_report
            from vinkdesk.vault.files import check_output_folder

            check_output_folder(out, forbidden=coordinator.folder)  # before the release is made
            out.mkdir(parents=True, exist_ok=True)
            frozen, previous = coordinator.release(year, few_laptops_accepted=few)
            return frozen, write_report(frozen, previous, out, language, forbidden=coordinator.folder)

        self._worker.submit(work, self._released, self._failed)

    def _released(self, done: Any) -> None:
        frozen, (pdf, csv) = done
        self._draft = None
        self.message.setText(
            self.tr("Released %1 of %2 on %3 and kept in the archive. Wrote %4 and %5.")
            .replace("%1", self._which(frozen.revision))
            .replace("%2", str(frozen.year))
            .replace("%3", _day(frozen.released))
            .replace("%4", str(pdf))
            .replace("%5", str(csv))
        )

    def _which(self, revision: int) -> str:
        """The year's first release is "release 1", a later one "revision N"."""
        return self.tr("release 1") if revision == 1 else self.tr("revision %1").replace("%1", str(revision))

    def done(self, code: int) -> None:  # noqa: D102 - forget the key whenever the window goes
        if self.coordinator is not None:
            self.coordinator.lock()
            self.coordinator = None
        self._draft = None
        super().done(code)
