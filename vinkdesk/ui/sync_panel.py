"""The sync panel: the share folder, each quarter's state (synced, pending, failed and why), the exact payload
as readable tables before anything is written, and Sync now; and the coordinator's annual report."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import labels as words
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.settings import Settings
from vinkdesk.ui.worker import DbWorker


def _column_name(table: str, key: str) -> str:
    from vinkdesk.sync.counts import DIMENSIONS

    language = labels.language()
    if table == "transitions":
        return level_name(key)
    enum = DIMENSIONS.get(table)
    return words.name(enum(key), language) if enum else key


def level_name(key: str) -> str:
    from vinkdesk.domain import Level

    if key == "unassessed":
        return words.level_name(None, labels.language())
    return words.level_short(Level(key), labels.language())


def payload_html(payloads: list[Any]) -> str:
    """The payloads as readable tables: exactly the figures that will be written, nothing else."""
    from vinkdesk.sync.counts import DIMENSIONS, FLAT, LEVELS

    titles = {
        "active_cases": QCoreApplication.translate("SyncPanel", "Active cases"),
        "new_cases": QCoreApplication.translate("SyncPanel", "New cases"),
        "closed_cases": QCoreApplication.translate("SyncPanel", "Closed cases"),
        "new_by_district": QCoreApplication.translate("SyncPanel", "New cases by district"),
        "new_by_age_band": QCoreApplication.translate("SyncPanel", "New cases by age"),
        "new_by_gender": QCoreApplication.translate("SyncPanel", "New cases by gender"),
        "new_by_concern": QCoreApplication.translate("SyncPanel", "New cases by concern"),
        "consultations_by_channel": QCoreApplication.translate("SyncPanel", "Consultations by channel"),
        "consultations_by_inquirer": QCoreApplication.translate("SyncPanel", "Consultations by who asked"),
        "transitions": QCoreApplication.translate("SyncPanel", "Level changes (from row to column)"),
    }
    if not payloads:
        return (
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "SyncPanel", "Nothing has changed since the last sync: nothing would be written."
                )
            )
            + "</p>"
        )
    parts = []
    for payload in payloads:
        parts.append(
            f"<h2>{html.escape(payload.period)}</h2><p style='color:#555'>"
            + html.escape(
                QCoreApplication.translate("SyncPanel", "Device %1, sequence %2, signed.")
                .replace("%1", payload.device[:8] + "…")
                .replace("%2", str(payload.sequence))
            )
            + "</p>"
        )
        flat_rows = "".join(
            f"<tr><td>{html.escape(titles[name])}</td>"
            + "".join(f"<td align='right'>{payload.tables[name][level]}</td>" for level in LEVELS)
            + "</tr>"
            for name in FLAT
        )
        head = "".join(f"<th>{html.escape(level_name(level))}</th>" for level in LEVELS)
        parts.append(
            f"<table border='1' cellspacing='0' cellpadding='3'><tr><th></th>{head}</tr>{flat_rows}</table>"
        )
        for name in [*DIMENSIONS, "transitions"]:
            columns = list(payload.tables[name][LEVELS[0]])
            title = f"<h4>{html.escape(titles[name])}</h4><table border='1' cellspacing='0' cellpadding='3'>"
            if len(columns) > 7:  # many categories (districts): one row each, levels across
                header = "".join(f"<th>{html.escape(level_name(level))}</th>" for level in LEVELS)
                body = "".join(
                    f"<tr><th align='left'>{html.escape(_column_name(name, c))}</th>"
                    + "".join(f"<td align='right'>{payload.tables[name][level][c]}</td>" for level in LEVELS)
                    + "</tr>"
                    for c in columns
                )
            else:
                header = "".join(f"<th>{html.escape(_column_name(name, c))}</th>" for c in columns)
                body = "".join(
                    f"<tr><th>{html.escape(level_name(level))}</th>"
                    + "".join(f"<td align='right'>{payload.tables[name][level][c]}</td>" for c in columns)
                    + "</tr>"
                    for level in LEVELS
                )
            parts.append(f"{title}<tr><th></th>{header}</tr>{body}</table>")
    return "".join(parts)


class SyncPanel(QDialog):
    def __init__(
        self, session: Session, worker: DbWorker, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self._settings = settings
        self.setWindowTitle(self.tr("Sync anonymised counts"))
        self.resize(720, 520)
        intro = QLabel(
            self.tr(
                "Only counts leave this laptop: no names, case numbers, notes or dates finer than "
                "a quarter. The coordinator sums every device's counts into the annual report."
            )
        )
        intro.setWordWrap(True)
        self.share = QLineEdit(settings.share_path)
        self.share.setAccessibleName(self.tr("Share folder"))
        self.share.setPlaceholderText(self.tr("The unit's network folder"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        share_row = QHBoxLayout()
        share_row.addWidget(QLabel(self.tr("Share folder:")))
        share_row.addWidget(self.share, 1)
        share_row.addWidget(browse)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Quarter"), self.tr("State"), self.tr("Details")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Quarters"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Show what leaves this laptop…"))
        self.show_button.clicked.connect(self.show_payloads)
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(share_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        states = {"synced": self.tr("Synced"), "pending": self.tr("Pending"), "failed": self.tr("Failed")}
        rows = self._session.sync_status()
        self.table.setRowCount(len(rows))
        for r, state in enumerate(reversed(rows)):
            detail = state.detail or (
                self.tr("sequence %1").replace("%1", str(state.sequence)) if state.sequence else ""
            )
            text = states[state.state] if state.state != "failed" else "⚠ " + states["failed"]
            for c, value in enumerate((state.period, text, detail)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Share folder"), self.share.text())
        if folder:
            self.share.setText(folder)

    def show_payloads(self) -> None:
        self.payload_view = PayloadView(payload_html(self._session.sync_payloads()), self)
        self.payload_view.open()

    def sync_now(self) -> None:
        share = self.share.text().strip()
        if not share:
            self.message.setText(self.tr("Choose the share folder first."))
            return
        self._settings.share_path = share
        self.sync_button.setEnabled(False)
        self.message.setText(self.tr("Syncing…"))
        session = self._session
        self._worker.submit(lambda: session.sync(Path(share)), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.sync_button.setEnabled(True)
        self.message.setText(
            self.tr("%1 quarter(s) written to the share.").replace("%1", str(len(result.written)))
        )
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.sync_button.setEnabled(True)
        from vinkdesk.sync.share import ShareUnavailable

        if isinstance(error, ShareUnavailable):
            reason = self.tr(
                "the share folder cannot be reached or written; the quarters stay pending and are "
                "tried again later."
            )
        else:
            reason = str(error)
        self.message.setText(self.tr("Not synced: %1").replace("%1", reason))
        self.refresh()


class PayloadView(QDialog):
    def __init__(self, content: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What leaves this laptop"))
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setHtml(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class AggregateDialog(QDialog):
    """The coordinator's annual report from the share; needs no vault."""

    def __init__(self, worker: DbWorker, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.setWindowTitle(self.tr("Annual report (coordinator)"))
        self.share = QLineEdit(settings.share_path)
        self.share.setAccessibleName(self.tr("Share folder"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.out = QLineEdit(str(Path.home()))
        self.out.setAccessibleName(self.tr("Folder for the report"))
        self.k = QSpinBox()
        self.k.setRange(2, 20)
        self.k.setValue(5)
        self.k.setAccessibleName(self.tr("Smallest figure shown"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Share folder:"), self.share)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Write the report to:"), self.out)
        form.addRow(self.tr("Hide figures below:"), self.k)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make report"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def run(self) -> None:
        from vinkdesk.ui import labels as ui_labels

        share, out, year, k = (
            Path(self.share.text()),
            Path(self.out.text()),
            self.year.value(),
            self.k.value(),
        )
        language = ui_labels.language()
        self.message.setText(self.tr("Reading the share…"))

        def work() -> tuple[int, int, int]:
            from vinkdesk.reports.annual import annual_report
            from vinkdesk.sync.aggregate import aggregate
            from vinkdesk.sync.publish import figures, to_csv
            from vinkdesk.vault.files import write_atomically

            if not share.is_dir():
                raise FileNotFoundError(f"The share {share} cannot be reached.")
            result = aggregate(share, year)
            published = figures(result, k)
            out.mkdir(parents=True, exist_ok=True)
            write_atomically(out / "annual-report.pdf", annual_report(published, language))
            write_atomically(out / "annual-report.csv", to_csv(published).encode("utf-8"))
            return published.files_counted, published.devices_counted, len(result.rejections)

        self._worker.submit(work, self._done, lambda e: self.message.setText(str(e)))

    def _done(self, counts: tuple[int, int, int]) -> None:
        files, devices, rejected = counts
        self.message.setText(
            self.tr("Counted %1 files from %2 devices; %3 rejected. The report is in %4.")
            .replace("%1", str(files))
            .replace("%2", str(devices))
            .replace("%3", str(rejected))
            .replace("%4", self.out.text())
        )
