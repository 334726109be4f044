"""The audit log for supervisors: newest first, in plain words (what was done, to which case, by whom),
filtered by any action, its chain checked with the result said in words, an extract exported."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import AuditLine
from vinkdesk.domain import labels as words
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.audit_words import Problem, action_name, check_result, detail_label
from vinkdesk.session import NotFound, Session
from vinkdesk.ui import labels
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.errors import explain
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.ui.worker import DbWorker

DETAIL_LINES = 5  # of the core's English, under the words: enough to tell IT support where to look


def _shown(line: AuditLine, language: str) -> tuple[str, ...]:
    """A row's cells: number, when (the windows' date form), who, what, what it concerns, detail."""
    return (
        str(line.number),
        words.moment_text(line.at, language),
        line.user,
        action_name(line.action, language),
        line.object,
        line.detail,
    )


class AuditModel(QAbstractTableModel):
    """The rows as text, made in the worker: a long log shows without an item per cell."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 4 and text:
            return text  # a long object or detail is cut at the window's edge
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class AuditDialog(QDialog):
    """For supervisors: filter by case, user, any action and a first day; the rows newest first; check the
    log (in the worker: seconds on a large vault) and say what was found in words; export an extract."""

    export = Signal(object, str, object, str)  # the lines shown, a title, the case id or None, the filters

    def __init__(self, session: Session, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self._case_id: int | None = None
        language = labels.language()
        self.setWindowTitle(self.tr("Audit log"))
        fit_to_screen(self, 1100, 620)
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Case ref"))
        self.case.setAccessibleName(self.tr("Case ref"))
        self.case.setMinimumWidth(self.case.fontMetrics().horizontalAdvance("2026-0000") + 24)
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.user.addItem(self.tr("Everyone"), "")
        for user in session.users():
            self.user.addItem(user.display_name, user.id)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("Every action"), "")
        collator = QCollator(QLocale())
        named = sorted(
            ((action_name(a, language), a) for a in AuditAction),
            key=lambda pair: collator.sortKey(pair[0]),
        )
        for name, value in named:
            self.action.addItem(name, value.value)
        self.action.setMaxVisibleItems(20)
        since_label = QLabel(self.tr("&from"))
        self.since = DateField(date.today() - timedelta(days=91))
        self.since.setAccessibleName(self.tr("From"))
        since_label.setBuddy(self.since)
        self.show_button = show = QPushButton(self.tr("&Show"))
        show.setDefault(True)  # Enter in a filter shows the rows
        show.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.case)
        filters.addWidget(self.user)
        filters.addWidget(self.action, 1)
        filters.addWidget(since_label)
        filters.addWidget(self.since)
        filters.addWidget(show)
        self.model = AuditModel(
            ["#", self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Concerning"), self.tr("Detail")],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # widths from the newest rows, fast
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.count = QLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.technical = QLabel()
        self.technical.setWordWrap(True)
        self.technical.setStyleSheet("color: #555;")
        self.technical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.technical.hide()
        self.message = self.outcome  # where the dialog says what happened (tests and older callers read it)
        self.verify_button = verify_button = QPushButton(self.tr("&Check the log"))
        verify_button.setAutoDefault(False)
        verify_button.clicked.connect(self.verify_chain)
        self.export_button = export_button = QPushButton(self.tr("&Export as PDF…"))
        export_button.setAutoDefault(False)
        export_button.clicked.connect(self.export_pdf)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(verify_button)
        bottom.addWidget(export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.outcome)
        layout.addWidget(self.technical)
        self.lines: list[AuditLine] = []
        self._loading = self._again = False
        self._asked_ref = ""
        self.refresh()
        self.case.setFocus()

    @property
    def loading(self) -> bool:
        """The rows asked for are still being read."""
        return self._loading

    def refresh(self) -> None:
        """Read the rows the filters ask for in the worker (a long log takes a second), then show them."""
        if self._loading:
            self._again = True  # asked again meanwhile: read once more with the filters as they are then
            return
        from vinkdesk.session.audit_view import audit_lines

        session, language = self._session, labels.language()
        ref = self.case.text().strip()
        user_id, action = self.user.currentData() or None, self.action.currentData() or None
        since = self.since.date()

        def read() -> tuple[int | None, list[AuditLine], list[tuple[str, ...]]]:
            case_id = session.case_id_of(ref) if ref else None
            entries = session.audit_log(case_id=case_id, user_id=user_id, action=action, since=since)
            lines = audit_lines(entries, session.audit_names(entries), language)
            return case_id, lines, [_shown(line, language) for line in lines]

        self._loading, self._again, self._asked_ref = True, False, ref
        self.count.setText(self.tr("Reading the log…"))
        self._worker.submit(read, self._read, self._read_failed)

    def _read(self, result: tuple[int | None, list[AuditLine], list[tuple[str, ...]]]) -> None:
        self._loading = False
        if self._again:
            self.refresh()
            return
        self._case_id, self.lines, rows = result
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        # "Concerning" and the detail share what is left and elide (the whole text in the tooltip), so the
        # table never needs a sideways scroll bar on a laptop's screen.
        header = self.table.horizontalHeader()
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.count.setText(self.tr("%n row(s), newest first", "", len(rows)))
        self._say("")

    def _read_failed(self, error: Exception) -> None:
        self._loading = False
        if self._again:
            self.refresh()
            return
        self._case_id, self.lines = None, []
        self.model.set_rows([])  # what was shown answered other filters
        self.count.setText("")
        if isinstance(error, NotFound) and self._asked_ref:
            self._say(
                self.tr("There is no case %1. Check the ref, or empty the field to see every case.").replace(
                    "%1", self._asked_ref
                )
            )
            return
        self._say(explain(error))

    def _say(self, text: str, technical: list[str] | None = None) -> None:
        """A sentence people read; under it, for a problem, the first lines of the core's English."""
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))
        lines = list(technical or [])
        if len(lines) > DETAIL_LINES:
            lines = [*lines[:DETAIL_LINES], self.tr("… and %n more", "", len(lines) - DETAIL_LINES)]
        if lines:
            lines.insert(0, detail_label(labels.language()))
        self.technical.setText("\n".join(lines))
        self.technical.setVisible(bool(lines))

    def verify_chain(self) -> None:
        from vinkdesk.session.verify import check

        self.verify_button.setEnabled(False)
        self._say(self.tr("Checking the log and the file with your notes…"))
        session = self._session
        self._worker.submit(lambda: check(session), self._verified, self._verify_failed)

    def _verified(self, problems: list[Problem]) -> None:
        self.verify_button.setEnabled(True)
        language = labels.language()
        said = check_result(problems, language)
        if not problems:
            self._say("✓ " + said[0])
            return
        self._say("⚠ " + " ".join(said), [p.detail for p in problems])

    def _verify_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self._say(explain(error))

    def export_pdf(self) -> None:
        title = self.case.text().strip() or self.tr("all cases")
        # what the extract holds, so no reader takes it for the whole log
        scope = " · ".join(
            (
                self.tr("from %1").replace("%1", labels.day_text(self.since.date())),
                self.user.currentText(),
                self.action.currentText(),
            )
        )
        self.export.emit(list(self.lines), title, self._case_id, scope)
