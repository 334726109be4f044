"""The print preview: the PDF shown from memory (QtPdf), sent to the printer in the background with its
progress and outcome in the preview's status line (printing.py), or saved where the user chooses after a
warning that the file is not encrypted (save_file.py: Documents proposed, cloud folders questioned). Nothing
goes to a temp folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.ui.errors import show_error
from vinkdesk.ui.printing import (
    Destination,
    Printed,
    PrintFailed,
    PrintWorker,
    destination_of,
    load_pdf,
    print_document,
)
from vinkdesk.ui.save_file import SaveFileDialog, ask_where_to_save, documents_folder
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.vault.errors import VaultError
from vinkdesk.vault.files import Forbidden, write_output

__all__ = ["Destination", "PrintPreview", "load_pdf", "print_document"]


class PrintPreview(QDialog):
    """Shows the PDF; Print… and Save as PDF… call back (on_output) so the Session can audit them. file_name
    is the name proposed when saving (in the user's Documents unless it is a full path); save_advice, when
    given, is what the user reads before choosing where (the recovery sheet's "keep it off the laptop")."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        on_output: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        forbidden: Forbidden = None,
        save_advice: str = "",
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self._file_name = file_name
        self._save_advice = save_advice
        self.saving: SaveFileDialog | None = None  # the warning, file dialog and cloud question of a save
        self._on_output = on_output
        self._forbidden = forbidden  # the vault's home: a saved PDF never lands in it
        self.setWindowTitle(title)
        fit_to_screen(self, 820, 900, 0.9)  # Print, Save and Close stay on a 768-pixel-high screen
        self.document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(title)
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.status = QLabel()  # how the print is going, and that it went
        self.status.setAccessibleName(self.tr("Print status"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(120)
        self.progress.setAccessibleName(self.tr("Print progress"))
        self.progress.hide()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button.clicked.connect(self.reject)
        self.printing = PrintWorker(self)
        self.printing.progress.connect(self._progressed)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addSpacing(12)
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    # --- printing ------------------------------------------------------------------------------------------

    def ask_destination(self) -> Destination | None:
        """The system's print dialog: the one part a test cannot drive offscreen, so it stays this small."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        # A PDF file comes from Save as PDF…, which warns that it is not encrypted and keeps it out of the
        # vault's folder; the dialog's own print-to-file would do neither.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return destination_of(printer)

    def print_with_dialog(self) -> None:
        if self.printing.busy:
            return
        destination = self.ask_destination()
        if destination is not None:
            self.print_to(destination)

    def print_to(self, target: QPrinter | Destination) -> None:
        """Send the report to the printer in the background: the PDF itself to the print service where it
        takes PDF, else its pages painted on the printer. The preview shows the progress, then that it was
        sent (audited as "print") or why not. Closing the preview waits for a job on its way."""
        destination = target if isinstance(target, Destination) else destination_of(target)
        by_print_service = self.printing.submit(
            self.pdf, destination, self.windowTitle(), self._printed, self._not_printed
        )
        self.print_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first page is counted
        self.progress.show()
        self.status.setText(
            self.tr("Sending to the printer…")
            if by_print_service
            else self.tr("Preparing the pages for the printer…")
        )

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(
                self.tr("Preparing page %1 of %2 for the printer…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

    def _finished(self, text: str) -> None:
        self.progress.hide()
        self.print_button.setEnabled(True)
        self.status.setText(text)

    def _printed(self, _printed: Printed) -> None:
        # As before: the print first, then its audit row; closing the preview waits for both.
        self._finished(self.tr("Sent to the printer."))
        try:
            self._on_output("print")
        except Exception as error:  # noqa: BLE001 - shown to the user in their language
            show_error(self, self.tr("Printed, but not recorded"), error)

    def _not_printed(self, error: Exception) -> None:
        self._finished(self.tr("Not printed."))
        if not isinstance(error, PrintFailed):
            show_error(self, self.tr("Not printed"), error)
            return
        QMessageBox.warning(
            self,
            self.tr("Not printed"),
            self.tr(
                "The report was not printed: the printer or the print service refused it. Check that the "
                "printer is switched on and connected, or choose another printer, and try again."
            )
            + f"\n({error})",
        )

    def done(self, result: int) -> None:
        # However the preview closes (Close, Esc, the lock), a print on its way ends and is audited first.
        self.printing.wait()
        super().done(result)

    # --- saving --------------------------------------------------------------------------------------------

    def save_with_dialog(self) -> None:
        """The warning (or the recovery sheet's advice), where, and a cloud folder questioned: nothing here
        waits in an event loop of its own, so a lock closes each step like any other dialog."""
        self.saving = ask_where_to_save(
            self,
            self.tr("Save as PDF"),
            self.proposed_path(),
            self.save_to,
            note=self._save_advice
            or self.tr(
                "The saved file is not encrypted: anyone who can open the folder can read it. Save it only "
                "where your unit allows, and delete it when it has served its purpose."
            ),
        )

    def proposed_path(self) -> Path:
        name = Path(self._file_name)
        if name.is_absolute():
            return name
        forbidden = self._forbidden
        avoid = forbidden if isinstance(forbidden, Path) or forbidden is None else forbidden.folder
        return documents_folder(avoid) / name

    def save_to(self, path: Path) -> bool:
        """Owner-only (0600), refused in the vault's home and on anything but a regular file; the export is
        audited before the file appears under its name, and if that fails no file appears."""
        try:
            write_output(
                path, self.pdf, forbidden=self._forbidden, before_publish=lambda: self._on_output("export")
            )
        except (OSError, VaultError) as exc:
            show_error(self, self.tr("Not saved"), exc)
            return False
        return True
