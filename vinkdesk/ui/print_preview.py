"""Printing and saving a report: the PDF is shown from memory (QtPdf), sent to the printer page by page, or
saved where the user chooses after a warning that the file is not encrypted. Nothing goes to a temp folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.vault.errors import VaultError
from vinkdesk.vault.files import Forbidden, write_output


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from an in-memory buffer (keep the buffer alive as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render each page at the printer's resolution and paint it; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(QRect(0, 0, size.width(), size.height()), document.render(page, size))
    finally:
        painter.end()
    return document.pageCount()


class PrintPreview(QDialog):
    """Shows the PDF; Print… and Save as PDF… call back so the Session can audit them."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        on_output: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        forbidden: Forbidden = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self._file_name = file_name
        self._on_output = on_output
        self._forbidden = forbidden  # the vault's home: a saved PDF never lands in it
        self.setWindowTitle(title)
        self.resize(820, 900)
        self.document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(title)
        self.pages = QLabel(self.tr("%1 pages").replace("%1", str(self.document.pageCount())))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        close = QPushButton(self.tr("&Close"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        pages = print_document(self.document, printer)
        if pages:
            self._on_output("print")
        return pages

    def save_with_dialog(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Save as PDF"),
            self.tr(
                "The saved file is not encrypted: anyone who can open the folder can read it. Save it only "
                "where your unit allows, and delete it when it has served its purpose."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self._file_name, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        """Owner-only (0600), refused in the vault's home and on anything but a regular file; the export is
        audited before the file appears under its name, and if that fails no file appears."""
        try:
            write_output(
                path, self.pdf, forbidden=self._forbidden, before_publish=lambda: self._on_output("export")
            )
        except (OSError, VaultError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be saved: %1").replace(
                    "%1", getattr(exc, "strerror", None) or str(exc)
                ),
            )
            return False
        return True
