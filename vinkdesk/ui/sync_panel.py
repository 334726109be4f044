"""The sync panel: the share folder, enrolment both ways (this laptop's fingerprint, the coordinator's
confirmed by typing it), each quarter's state (synced, pending, failed and why), the exact payload as readable
tables before anything is written, and Sync now."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import labels as words
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.errors import explain
from vinkdesk.ui.forms import typed_path
from vinkdesk.ui.screen import fit_to_screen
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


def quarter_text(period: str) -> str:
    """2026Q3 as the user reads a quarter: "3. kvartal 2026" in Danish, "Q3 2026" in English."""
    year, found, quarter = period.partition("Q")
    if not found or not (year.isdigit() and quarter.isdigit()):
        return period
    return (
        QCoreApplication.translate("SyncPanel", "Q%1 %2", "a quarter: its number, then the year")
        .replace("%1", quarter)
        .replace("%2", year)
    )


def _count(value: int) -> str:
    return labels.number_text(value)


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
        "closed_by_reason": QCoreApplication.translate("SyncPanel", "Closed cases by reason"),
        "follow_ups_by_outcome": QCoreApplication.translate("SyncPanel", "Follow-ups by outcome"),
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
            f"<h2>{html.escape(quarter_text(payload.period))}</h2><p style='color:#555'>"
            + html.escape(
                QCoreApplication.translate(
                    "SyncPanel",
                    "Sent from this computer (%1), signed and sealed so only the coordinator can open it.",
                ).replace("%1", payload.device)
            )
            + "<br>"
            + html.escape(
                QCoreApplication.translate(
                    "SyncPanel",
                    "Also inside: the audit trail's head (row %1, digest %2), as a witness against "
                    "later changes to the trail.",
                )
                .replace("%1", _count(payload.audit_head.row))
                .replace("%2", payload.audit_head.digest[:16] + "…")
            )
            + (
                "<br>"
                + html.escape(
                    QCoreApplication.translate(
                        "SyncPanel", "Restored from a backup of the laptop %1."
                    ).replace("%1", payload.restored_from)
                )
                if payload.restored_from
                else ""
            )
            + "</p>"
        )
        flat_rows = "".join(
            f"<tr><td>{html.escape(titles[name])}</td>"
            + "".join(f"<td align='right'>{_count(payload.tables[name][level])}</td>" for level in LEVELS)
            + "</tr>"
            for name in FLAT
        )
        head = "".join(f"<th>{html.escape(level_name(level))}</th>" for level in LEVELS)
        parts.append(
            f"<table border='1' cellspacing='0' cellpadding='3'><tr><th></th>{head}</tr>{flat_rows}</table>"
        )
        for name in [*DIMENSIONS, "transitions"]:
            if name not in payload.tables:  # a table a payload of an earlier schema had not got
                continue
            columns = list(payload.tables[name][LEVELS[0]])
            title = f"<h4>{html.escape(titles[name])}</h4><table border='1' cellspacing='0' cellpadding='3'>"
            if len(columns) > 7:  # many categories (districts): one row each, levels across
                header = "".join(f"<th>{html.escape(level_name(level))}</th>" for level in LEVELS)
                body = "".join(
                    f"<tr><th align='left'>{html.escape(_column_name(name, c))}</th>"
                    + "".join(
                        f"<td align='right'>{_count(payload.tables[name][level][c])}</td>" for level in LEVELS
                    )
                    + "</tr>"
                    for c in columns
                )
            else:
                header = "".join(f"<th>{html.escape(_column_name(name, c))}</th>" for c in columns)
                body = "".join(
                    f"<tr><th>{html.escape(level_name(level))}</th>"
                    + "".join(
                        f"<td align='right'>{_count(payload.tables[name][level][c])}</td>" for c in columns
                    )
                    + "</tr>"
                    for level in LEVELS
                )
            parts.append(f"{title}<tr><th></th>{header}</tr>{body}</table>")
    return "".join(parts)


class SyncPanel(QDialog):
    def __init__(
        self,
        session: Session,
        worker: DbWorker,
        settings: Settings,
        parent: QWidget | None = None,
        last_failure: str = "",
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self._settings = settings
        self._last_failure = last_failure  # why the last background sync failed, in the user's language
        self.setWindowTitle(self.tr("Sync anonymised counts"))
        fit_to_screen(self, 760, 600)
        intro = QLabel(
            self.tr(
                "Only counts leave this laptop: no names, case numbers, notes or dates finer than "
                "a quarter. They are sealed so that only the coordinator can open them, and the coordinator "
                "sums every enrolled laptop's counts into the annual report."
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
        self.device = QLabel()
        self.device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device.setWordWrap(True)
        self.coordinator = QLabel()
        self.coordinator.setWordWrap(True)
        self.fingerprint = QLineEdit()
        self.fingerprint.setAccessibleName(self.tr("The coordinator's fingerprint"))
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.confirm_button = QPushButton(self.tr("C&onfirm"))
        self.confirm_button.clicked.connect(self.confirm_coordinator)
        self.fingerprint.returnPressed.connect(self.confirm_coordinator)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.fingerprint, 1)
        confirm_row.addWidget(self.confirm_button)
        trust = QGroupBox(self.tr("Enrolment"))
        trust_layout = QVBoxLayout(trust)
        trust_layout.addWidget(self.device)
        trust_layout.addWidget(self.coordinator)
        trust_layout.addLayout(confirm_row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Quarter"), self.tr("State"), self.tr("Details")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Quarters"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self.tr("Show &what leaves this laptop…"))
        self.show_button.clicked.connect(self.show_payloads)
        self.payload_view: PayloadView | None = None
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(close)
        for button in (browse, self.confirm_button, self.show_button, self.sync_button, close):
            button.setAutoDefault(False)  # Enter in a field must not press a button (a file dialog) behind it
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(share_row)
        layout.addWidget(trust)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """The quarters' state and the enrolment, gathered in the worker (the counts take a moment on a large
        vault), then shown."""
        session = self._session

        def gather() -> tuple[Any, str, str | None, str | None]:
            return (
                session.sync_status(),
                session.device_fingerprint(),
                session.replaced_device(),
                session.pinned_coordinator(),
            )

        self._worker.submit(gather, self._show_state, lambda error: self.message.setText(explain(error)))

    def _show_state(self, gathered: tuple[Any, str, str | None, str | None]) -> None:
        rows, fingerprint, replaced, pinned = gathered
        states = {"synced": self.tr("Synced"), "pending": self.tr("Pending"), "failed": self.tr("Failed")}
        self.table.setRowCount(len(rows))
        failed = any(state.state == "failed" for state in rows)
        for r, state in enumerate(reversed(rows)):
            # The stored reason is the core's English: it is the tooltip, for whoever helps; the row says in
            # the user's language that the last try failed, and the message below says why.
            detail = (explain_text() if state.detail else "") or (
                self.tr("sequence %1").replace("%1", str(state.sequence)) if state.sequence else ""
            )
            text = states[state.state] if state.state != "failed" else "⚠ " + states["failed"]
            for c, value in enumerate((quarter_text(state.period), text, detail)):
                item = QTableWidgetItem(value)
                if state.detail:
                    item.setToolTip(state.detail)
                self.table.setItem(r, c, item)
        if failed and not self.message.text():
            self.message.setText(
                self._last_failure
                or self.tr("The last sync could not be finished. Press Sync now to try again and see why.")
            )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        device = self.tr(
            "This laptop's fingerprint: <b>%1</b> — read it to the coordinator, who enrols it."
        ).replace("%1", html.escape(fingerprint))
        if replaced:
            device += "<br>" + html.escape(
                self.tr(
                    "This vault was restored from a backup of the laptop %1: ask the coordinator to "
                    "enrol this "
                    "laptop as its replacement."
                ).replace("%1", replaced)
            )
        self.device.setText(device)
        if pinned:
            self.coordinator.setText(
                self.tr("Coordinator confirmed: <b>%1</b>.").replace("%1", html.escape(pinned))
            )
        else:
            self.coordinator.setText(
                html.escape(
                    self.tr(
                        "The coordinator is not confirmed yet, so nothing is sent. Ask the "
                        "coordinator to read "
                        "out their fingerprint and type it here:"
                    )
                )
            )
        self.fingerprint.setVisible(not pinned)
        self.confirm_button.setVisible(not pinned)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Share folder"), self.share.text())
        if folder:
            self.share.setText(folder)

    def show_payloads(self) -> None:
        session = self._session
        self.show_button.setEnabled(False)
        self._worker.submit(
            lambda: payload_html(session.sync_payloads()), self._show_payloads, self._payloads_failed
        )

    def _show_payloads(self, content: str) -> None:
        self.show_button.setEnabled(True)
        if self.isVisible():
            self.payload_view = PayloadView(content, self)
            self.payload_view.open()

    def _payloads_failed(self, error: Exception) -> None:
        self.show_button.setEnabled(True)
        self.message.setText(explain(error))

    def confirm_coordinator(self) -> None:
        share = typed_path(self.share.text())
        if not share:
            self.message.setText(self.tr("Choose the share folder first."))
            self.share.setFocus()
            return
        typed = self.fingerprint.text()
        session = self._session
        self._settings.share_path = share
        self._worker.submit(
            lambda: session.pin_coordinator(Path(share), typed), self._confirmed, self._failed
        )

    def _confirmed(self, fingerprint: Any) -> None:
        self.message.setText(
            self.tr("The coordinator %1 is confirmed. Sync now sends the counts.").replace(
                "%1", str(fingerprint)
            )
        )
        self.refresh()
        self.sync_button.setFocus()

    def sync_now(self) -> None:
        share = typed_path(self.share.text())
        if not share:
            self.message.setText(self.tr("Choose the share folder first."))
            self.share.setFocus()
            return
        self._settings.share_path = share
        self.sync_button.setEnabled(False)
        self.message.setText(self.tr("Syncing…"))
        session = self._session
        self._worker.submit(lambda: session.sync(Path(share)), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.sync_button.setEnabled(True)
        self.message.setText(self.tr("%n quarter(s) sealed and added to the share.", "", len(result.written)))
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.sync_button.setEnabled(True)
        self.message.setText(self.tr("Not synced: %1").replace("%1", explain(error)))
        self.refresh()


def explain_text() -> str:
    """What a quarter's row says when its last try failed (the reason is below the table and in its tip)."""
    return QCoreApplication.translate(
        "SyncPanel", "The last try failed; it is tried again at the next sync. See the message below."
    )


class PayloadView(QDialog):
    def __init__(self, content: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What leaves this laptop"))
        fit_to_screen(self, 760, 640)
        self.browser = QTextBrowser()
        self.browser.setHtml(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
