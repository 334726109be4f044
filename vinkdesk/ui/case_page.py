"""One case: its header (with the next review), who raised the concern (apart from the person of concern),
the consultations newest first with amendments as history, the action plan (follow-ups after a closing
among its actions), the assessments with their level over time, and every sharing of the case's
information with another agency."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Case, CaseStatus, Consultation, Role, SubjectKind
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import (
    CaseReview,
    Closing,
    ConcernSource,
    Disclosure,
    DisclosureKind,
    FollowUp,
)
from vinkdesk.domain.casework_words import follow_up_words
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.action_plan import ACTION_ROLE, FOLLOW_UP_ROLE, ActionDialog, ActionTableModel
from vinkdesk.ui.case_closing import CaseClosingDialog
from vinkdesk.ui.concern_source import ConcernSourceDialog
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.disclosures import (
    DISCLOSURE_ROLE,
    DisclosureDialog,
    DisclosureTableModel,
    InfohusOutcomeDialog,
    disclosure_html,
)
from vinkdesk.ui.errors import guard
from vinkdesk.ui.follow_up import FollowUpDialog
from vinkdesk.ui.review_date import ReviewDialog

Index = QModelIndex | QPersistentModelIndex
CONSULTATION_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsultationListModel(QAbstractListModel):
    """Newest first; each amended original follows the version that replaced it, marked as history."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Consultation] = []

    def set_consultations(self, consultations: list[Consultation]) -> None:
        by_id = {c.id: c for c in consultations}
        ordered: list[Consultation] = []
        for current in (c for c in consultations if c.superseded_by is None):
            ordered.append(current)
            earlier = current.supersedes
            while earlier is not None and earlier in by_id:
                ordered.append(by_id[earlier])
                earlier = by_id[earlier].supersedes
        self.beginResetModel()
        self._rows = ordered
        self.endResetModel()

    def row_of(self, consultation_id: int) -> int | None:
        for row, consultation in enumerate(self._rows):
            if consultation.id == consultation_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        minutes = self.tr("min")
        if role == CONSULTATION_ROLE:
            return c
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            head = (
                f"{labels.moment_text(c.occurred_at)} · {labels.channel(c.channel)} · "
                f"{labels.inquirer_role(c.inquirer_role)} · {c.duration_minutes} {minutes}"
            )
            first_line = " ".join(c.body.split())
            if len(first_line) > 140:
                first_line = first_line[:139] + "…"
            if c.superseded_by is not None:
                return "    ↳ " + self.tr("Earlier version (amended)") + f" – {head}\n    {first_line}"
            if c.supersedes is not None:
                head += " · " + self.tr("amended")
            return f"{head}\n{first_line}"
        if role == Qt.ItemDataRole.ForegroundRole and c.superseded_by is not None:
            return QBrush(QColor("#666666"))
        return None


class LinesModel(QAbstractListModel):
    """Lines of text, each whole as its tooltip and for a screen reader (the case's reviews and closings)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[str] = []

    def set_lines(self, lines: list[str]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[str]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._lines[index.row()]
        return None


class LinesView(QListView):
    """The lines, wrapped at the view's width, as high as its first three (the rest by scrolling): the
    tabs below keep their room, and no line is cut off at the side."""

    ROWS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit(self) -> None:
        model = self.model()
        rows = min(self.ROWS, model.rowCount()) if model is not None else 0
        self.doItemsLayout()  # the rows as wrapped at the present width
        height = sum(self.visualRect(model.index(row, 0)).height() for row in range(rows)) if rows else 0
        self.setFixedHeight(max(height, self.fontMetrics().lineSpacing()) + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


def _hint(text: str) -> QLabel:
    """What an empty pane says instead of showing nothing: what goes there and how to add the first."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #555; padding: 24px;")
    return label


def _with_hint(content: QWidget, hint: QLabel) -> QStackedWidget:
    """The pane (index 0) or, while it has nothing to show, its hint (index 1)."""
    stack = QStackedWidget()
    stack.addWidget(content)
    stack.addWidget(hint)
    return stack


class CasePage(QWidget):
    new_consultation = Signal(int)  # case id
    new_assessment = Signal(int)  # case id
    print_summary = Signal(int)  # case id
    access_report = Signal(int)  # case id
    open_assessment = Signal(int)  # assessment id
    open_consultation = Signal(int, int)  # case id, consultation id
    case_changed = Signal(int)
    drafts_changed = Signal()  # an action editor closed: a draft may have been kept or used up
    dialog_opened = Signal(QDialog)  # for the registry of open dialogs (the lock closes them all)

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case: Case = session.view_case(case_id)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setAccessibleName(self.tr("Case"))
        self.level_mark = QLabel()
        writer = session.user.role is Role.COUNSELLOR
        self.reviewed_button = QPushButton(self.tr("Mar&k reviewed…"))
        self.reviewed_button.setToolTip(
            self.tr("The case was reviewed: the next review follows from its level")
        )
        self.reviewed_button.clicked.connect(lambda: self._review(moving=False))
        self.move_review_button = QPushButton(self.tr("Move review day…"))
        self.move_review_button.setToolTip(self.tr("Choose another day for the next review"))
        self.move_review_button.clicked.connect(lambda: self._review(moving=True))
        for button in (self.reviewed_button, self.move_review_button):
            button.setEnabled(writer)
        self.review_dialog: ReviewDialog | None = None
        # The case's course beside its review date: each review (what it found, or why it was moved) and
        # each closing (why) and reopening, newest first; a few lines high, the rest by scrolling.
        self.history_box = QGroupBox(self.tr("Reviews and closings"))
        self.history_model = LinesModel(self)
        self.history = LinesView()
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("Reviews and closings, newest first"))
        self.history.setFrameShape(QFrame.Shape.NoFrame)
        self.history.setStyleSheet("QListView { background: transparent; }")
        history_layout = QVBoxLayout(self.history_box)
        history_layout.setContentsMargins(8, 2, 8, 4)
        history_layout.addWidget(self.history)
        # Who raised the concern, in a box of its own: never the person of concern.
        self.concern_box = QGroupBox(self.tr("The concern"))
        self.concern_text = QLabel()
        self.concern_text.setTextFormat(Qt.TextFormat.RichText)
        self.concern_text.setWordWrap(True)
        self.concern_text.setAccessibleName(self.tr("Who raised the concern"))
        self.concern_button = QPushButton(self.tr("Edit…"))
        self.concern_button.setToolTip(self.tr("Record who raised the concern, and when and how"))
        self.concern_button.setAccessibleName(self.tr("Edit who raised the concern"))
        self.concern_button.setEnabled(writer)
        self.concern_button.clicked.connect(self._edit_concern_source)
        self.concern_dialog: ConcernSourceDialog | None = None
        concern_row = QHBoxLayout(self.concern_box)
        concern_row.setContentsMargins(8, 2, 8, 4)
        concern_row.addWidget(self.concern_text, 1)
        concern_row.addWidget(self.concern_button, 0, Qt.AlignmentFlag.AlignTop)
        # No Alt-letter: Ctrl+Shift+N is its key everywhere, and its N went to the Sharing tab, the one letter
        # of the page left to give (every other is taken: tests/ui/test_mnemonics.py).
        self.new_button = QPushButton(self.tr("New consultation"))
        self.new_button.setToolTip(self.tr("Record a consultation on this case (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(lambda: self.new_consultation.emit(self.case.id))
        self.summary_button = QPushButton(self.tr("Print s&ummary…"))
        self.summary_button.clicked.connect(lambda: self.print_summary.emit(self.case.id))
        self.access_button = QPushButton(self.tr("Ri&ght-of-access report (PDF)…"))
        self.access_button.setToolTip(
            self.tr("Everything the vault holds about this case, for the person's right of access")
        )
        self.access_button.clicked.connect(lambda: self.access_report.emit(self.case.id))
        # Closing changes the case and the statistics: kept apart from the buttons that only print or save.
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._close_or_reopen)
        self.closing_dialog: CaseClosingDialog | None = None
        self.new_button.setEnabled(writer)
        self.close_button.setEnabled(writer)

        self.consultations = ConsultationListModel(self)
        self.timeline = QListView()
        self.timeline.setModel(self.consultations)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        self.timeline.setAccessibleName(self.tr("Consultations, newest first"))
        self.timeline.selectionModel().currentChanged.connect(self._show_consultation)
        self.timeline.activated.connect(self._activated)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chosen consultation"))
        self.detail.setOpenLinks(False)
        notes_split = QSplitter(Qt.Orientation.Vertical)
        notes_split.addWidget(self.timeline)
        notes_split.addWidget(self.detail)
        notes_split.setSizes([260, 300])
        hint = (
            self.tr("No consultations yet. Press Ctrl+Shift+N to record the first.")
            if writer
            else self.tr("No consultations yet.")
        )
        self.notes_hint = _hint(hint)
        notes = _with_hint(notes_split, self.notes_hint)
        self.notes_stack = notes

        self.actions_model = ActionTableModel(session if writer else None, self)
        self.actions_view = QTableView()
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.actions_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.actions_view.verticalHeader().hide()
        self.actions_view.setAccessibleName(self.tr("Action plan"))
        self.actions_view.activated.connect(self._edit_action)
        self.add_action_button = add_action = QPushButton(self.tr("Add act&ion"))
        add_action.setEnabled(writer)
        add_action.clicked.connect(self._add_action)
        self.action_dialog: ActionDialog | None = None  # the action editor this page opened last
        self.follow_up_button = QPushButton(self.tr("Record follo&w-up…"))
        self.follow_up_button.setToolTip(
            self.tr("How the follow-up after the closing went (the chosen action must be a follow-up)")
        )
        self.follow_up_button.setEnabled(False)
        self.follow_up_button.clicked.connect(self._record_follow_up)
        self.follow_up_dialog: FollowUpDialog | None = None
        self.actions_view.selectionModel().currentChanged.connect(lambda *_: self._action_chosen())
        self.plan_tab = plan = QWidget()
        plan_layout = QVBoxLayout(plan)
        self.plan_hint = _hint(
            self.tr(
                "No actions yet. Add action adds the first one; when an assessment is saved, you can take "
                "over the actions it recommends."
            )
            if writer
            else self.tr("No actions yet.")
        )
        self.plan_stack = _with_hint(self.actions_view, self.plan_hint)
        plan_layout.addWidget(self.plan_stack)
        # The chosen follow-up whole: how it went, on which day, and the counsellor's note.
        self.follow_up_detail = QLabel()
        self.follow_up_detail.setTextFormat(Qt.TextFormat.RichText)
        self.follow_up_detail.setWordWrap(True)
        self.follow_up_detail.setAccessibleName(self.tr("The chosen follow-up"))
        self.follow_up_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_up_detail.hide()
        plan_layout.addWidget(self.follow_up_detail)
        plan_row = QHBoxLayout()
        plan_row.addWidget(add_action)
        plan_row.addWidget(self.follow_up_button)
        plan_row.addStretch(1)
        plan_layout.addLayout(plan_row)

        self.assessments = QListWidget()
        self.assessments.setAccessibleName(self.tr("Assessments"))
        self.assessments.itemActivated.connect(
            lambda item: self.open_assessment.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.level_history = QLabel()
        self.level_history.setWordWrap(True)
        self.new_assessment_button = QPushButton(self.tr("Ne&w assessment…"))
        self.new_assessment_button.setEnabled(writer)
        self.new_assessment_button.clicked.connect(lambda: self.new_assessment.emit(self.case.id))
        self.duties = QListWidget()
        self.duties.setAccessibleName(self.tr("Duty to notify and referrals"))
        self.duties.setWordWrap(True)  # a decision's reason is read whole, never behind a sideways scroll bar
        self.duties.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.duties.setMaximumHeight(110)
        self.receipt_date = DateField(date.today())
        self.receipt_date.setMaximumDate(date.today())
        self.receipt_date.setAccessibleName(self.tr("Receipt date"))
        self.receipt_button = QPushButton(self.tr("Record receipt"))
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(self._record_receipt)
        self.duties.currentItemChanged.connect(self._duty_chosen)
        assessed = QWidget()
        assessed_layout = QVBoxLayout(assessed)
        assessed_layout.addWidget(self.level_history)
        self.assessments_hint = _hint(
            self.tr(
                "Not assessed yet. New assessment walks you through the first assessment of the level, "
                "factor by factor."
            )
            if writer
            else self.tr("Not assessed yet.")
        )
        self.assessments_stack = _with_hint(self.assessments, self.assessments_hint)
        assessed_layout.addWidget(self.assessments_stack, 1)
        assessed_layout.addWidget(QLabel("<b>" + self.tr("Duty to notify and referrals") + "</b>"))
        assessed_layout.addWidget(self.duties)
        assessed_row = QHBoxLayout()
        assessed_row.addWidget(self.new_assessment_button)
        assessed_row.addWidget(self.receipt_button)
        assessed_row.addWidget(self.receipt_date)
        assessed_row.addStretch(1)
        assessed_layout.addLayout(assessed_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(notes, self.tr("Consu&ltations"))
        self.tabs.addTab(plan, self.tr("Action &plan"))
        self.tabs.addTab(assessed, self.tr("&Assessments"))
        self.reviews = QListWidget()
        self.reviews.setAccessibleName(self.tr("Supervisor reviews"))
        self.reviews.setWordWrap(True)  # a supervisor's comment is read whole
        self.reviews.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addTab(self.reviews, self.tr("&Reviews"))
        self.sharing_tab = self._build_sharing(writer)
        self.tabs.addTab(self.sharing_tab, self.tr("Shari&ng"))

        top = QHBoxLayout()
        top.addWidget(self.level_mark, 0, Qt.AlignmentFlag.AlignTop)
        about = QVBoxLayout()
        about.addWidget(self.header)
        self.review_row = QWidget()
        review_buttons = QHBoxLayout(self.review_row)
        review_buttons.setContentsMargins(0, 0, 0, 0)
        review_buttons.addWidget(self.reviewed_button)
        review_buttons.addWidget(self.move_review_button)
        review_buttons.addStretch(1)
        about.addWidget(self.review_row)
        about.addStretch(1)
        top.addLayout(about, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.access_button)
        buttons.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        buttons.addWidget(line)
        buttons.addWidget(self.close_button)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.history_box)
        layout.addWidget(self.concern_box)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _build_sharing(self, writer: bool) -> QWidget:
        """The disclosures log: a table oldest first, the chosen one whole under it, and the buttons."""
        self.disclosures_model = DisclosureTableModel(self._session.legal_bases(), self)
        self.disclosures_view = view = QTableView()
        view.setModel(self.disclosures_model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setAccessibleName(self.tr("Information shared, oldest first"))
        view.activated.connect(self._disclosure_activated)
        view.selectionModel().currentChanged.connect(lambda *_: self._disclosure_chosen())
        self.disclosure_detail = QTextBrowser()
        self.disclosure_detail.setAccessibleName(self.tr("The chosen sharing"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(view)
        split.addWidget(self.disclosure_detail)
        split.setSizes([150, 210])
        self.sharing_hint = _hint(
            self.tr(
                "No information about this case has been shared with another agency. Record sharing… "
                "records each time you share, with its legal basis and purpose."
            )
            if writer
            else self.tr("No information about this case has been shared with another agency.")
        )
        self.sharing_stack = _with_hint(split, self.sharing_hint)
        self.disclosure_button = QPushButton(self.tr("Record shar&ing…"))
        self.disclosure_button.setToolTip(
            self.tr("Record information shared with another agency, or a referral to the Infohus")
        )
        self.disclosure_button.setEnabled(writer)
        self.disclosure_button.clicked.connect(self._record_disclosure)
        self.disclosure_dialog: DisclosureDialog | None = None
        self.infohus_button = QPushButton(self.tr("Infohus decision…"))
        self.infohus_button.setToolTip(
            self.tr("The Infohus' decision on the chosen referral, and the citizen's wish for a course")
        )
        self.infohus_button.setEnabled(False)
        self.infohus_button.clicked.connect(self._record_infohus_outcome)
        self.infohus_dialog: InfohusOutcomeDialog | None = None
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        tab_layout.addWidget(self.sharing_stack, 1)
        row = QHBoxLayout()
        row.addWidget(self.disclosure_button)
        row.addWidget(self.infohus_button)
        row.addStretch(1)
        tab_layout.addLayout(row)
        return tab

    def refresh(self, select_consultation: int | None = None) -> None:
        self.case = self._session._case(self.case.id)  # noqa: SLF001 - already audited as viewed on open
        self._fill_header()
        self.consultations.set_consultations(self._session.consultations(self.case.id))
        self.notes_stack.setCurrentIndex(0 if self.consultations.rowCount() else 1)
        self.actions_model.set_actions(
            self._session.actions(self.case.id), self._session.follow_ups(self.case.id)
        )
        self._action_chosen()
        self.plan_stack.setCurrentIndex(0 if self.actions_model.rowCount() else 1)
        self.actions_view.resizeColumnsToContents()
        self.actions_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.assessments.clear()
        history = self._session.assessments(self.case.id)
        for assessment in reversed(history):
            level = assessment.chosen_level or assessment.suggested_level
            text = f"{labels.day_text(assessment.created_at.date())} – {labels.level_name(level)}"
            if not assessment.final:
                text += " " + self.tr("(draft)")
            item = QListWidgetItem(labels.level_icon(level), text)
            item.setData(Qt.ItemDataRole.UserRole, assessment.id)
            self.assessments.addItem(item)
        self.assessments_stack.setCurrentIndex(0 if history else 1)
        self.level_history.setVisible(bool(history))  # with none, the hint says it
        finals = [a for a in history if a.final and a.chosen_level is not None]
        self.level_history.setText(
            self.tr("Level over time:")
            + " "
            + " → ".join(
                f"{labels.day_text(a.created_at.date())} {labels.level_short(a.chosen_level)}" for a in finals
            )
            if finals
            else self.tr("Not assessed yet.")
        )
        self._fill_duties()
        self._fill_reviews()
        self._fill_concern()
        self._fill_disclosures()
        row = self.consultations.row_of(select_consultation) if select_consultation is not None else 0
        if row is not None and self.consultations.rowCount():
            self.timeline.setCurrentIndex(self.consultations.index(row))
        else:
            self.detail.clear()

    def select_consultation(self, consultation_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        row = self.consultations.row_of(consultation_id)
        if row is not None:
            self.timeline.setCurrentIndex(self.consultations.index(row))

    def current_consultation(self) -> Consultation | None:
        value = self.timeline.currentIndex().data(CONSULTATION_ROLE)
        return value if isinstance(value, Consultation) else None

    def _fill_header(self) -> None:
        c = self.case
        age = c.age_on(date.today())
        age_text = self.tr("%n year(s)", "", age) if age is not None else labels.age_band(c.age_band)
        who = labels.subject_display(c.subject_kind, c.alias)
        status = labels.case_status(c.status)
        if c.status is CaseStatus.CLOSED and c.closed_on:
            status += f" {labels.day_text(c.closed_on)}"
        elif c.reopened_on is not None:
            status += " " + self.tr("(reopened %1)").replace("%1", labels.day_text(c.reopened_on))
        counsellor = next((u.display_name for u in self._session.users() if u.id == c.counsellor_id), "")
        closings = self._session.closings(c.id)
        reviews = self._session.review_history(c.id)
        rows = [
            (self.tr("Level"), labels.level_name(c.level)),
            (self.tr("Age"), age_text),
            (self.tr("District"), labels.district(c.district)),
            (self.tr("Concern"), labels.concern_type(c.concern_type)),
            (self.tr("Referred by"), labels.referral_source(c.referral_source)),
            (self.tr("Counsellor"), counsellor),
            (self.tr("Opened"), labels.day_text(c.opened_on)),
            (self.tr("Status"), status),
        ]
        if c.status is CaseStatus.CLOSED and closings and closings[-1].reopened_on is None:
            rows.append((self.tr("Why closed"), self._closing_reason(closings[-1])))
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:10px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        open_case = c.status is CaseStatus.OPEN
        if open_case and c.review_on is not None:
            review = html.escape(labels.day_text(c.review_on))
            if c.review_overdue_on(self._session.today()):
                overdue = html.escape(self.tr("overdue"))
                review = f"<span style='color:#b00020'><b>⚠ {review} – {overdue}</b></span>"
            next_review = html.escape(self.tr("Next review"))
            cells += f"<tr><td style='color:#555;padding-right:10px'>{next_review}</td><td>{review}</td></tr>"
        self.review_row.setVisible(open_case)
        self._fill_history(closings, reviews)
        kind = "" if c.subject_kind is SubjectKind.PERSON else f" ({labels.subject_kind(c.subject_kind)})"
        self.header.setText(
            f"<h2 style='margin:0'>{html.escape(c.ref)} – {html.escape(who)}"
            f"{html.escape(kind)}</h2><table>{cells}</table>"
        )
        self.level_mark.setPixmap(labels.level_icon(c.level, 40).pixmap(40, 40))
        self.level_mark.setToolTip(labels.level_name(c.level))
        self.level_mark.setAccessibleName(labels.level_name(c.level))
        closed = c.status is CaseStatus.CLOSED
        self.close_button.setText(self.tr("Re&open case…") if closed else self.tr("Cl&ose case…"))
        self.close_button.setToolTip(
            self.tr("Asks for the day the case was reopened, and makes it active again")
            if closed
            else self.tr("Asks for the closing day; a closed case counts as closed in the statistics")
        )

    # --- the case's course: reviews, closings, reopenings ---------------------------------------------------

    def _closing_reason(self, closing: Closing) -> str:
        """Why the case was closed, in words; the counsellor's own words for "other"."""
        if closing.reason is None:
            return self.tr("No reason recorded (closed before vinkdesk asked)")
        reason = words.name(closing.reason, labels.language())
        return f"{reason}: {closing.note}" if closing.note else reason

    def _fill_history(self, closings: list[Closing], reviews: list[CaseReview]) -> None:
        """Newest first; a closing and the reopening that ended it are two lines, each on its own day. On
        one day the closings and reopenings keep the order they happened in (closed, reopened, closed again),
        and a review comes before them (a closed case is not reviewed)."""
        entries: list[tuple[date, int, str]] = []
        for number, closing in enumerate(closings):  # oldest first, as the session gives them
            closed = self.tr("Closed: %1").replace("%1", self._closing_reason(closing))
            line = f"{labels.day_text(closing.closed_on)} · {closed}"
            entries.append((closing.closed_on, 2 * number + 1, line))
            if closing.reopened_on is not None:
                reopened = (
                    self.tr("Reopened: the concern returned at a follow-up")
                    if closing.reopened_by_follow_up
                    else self.tr("Reopened")
                )
                day = labels.day_text(closing.reopened_on)
                entries.append((closing.reopened_on, 2 * number + 2, f"{day} · {reopened}"))
        for review in reviews:
            entries.append((review.day, 0, self._review_line(review)))
        newest_first = sorted(entries, key=lambda e: (e[0], e[1]), reverse=True)
        self.history_model.set_lines([text for _day, _order, text in newest_first])
        self.history_box.setVisible(bool(entries))
        self.history.fit()

    def _review_line(self, review: CaseReview) -> str:
        kind = words.name(review.kind, labels.language())
        following = self.tr("next review %1").replace("%1", labels.day_text(review.next_on))
        text = f"{labels.day_text(review.day)} · {kind} · {following}"
        if review.note:
            text += f" – {review.note}"
        return text

    def _show_consultation(self, current: QModelIndex, _previous: QModelIndex) -> None:
        consultation = current.data(CONSULTATION_ROLE)
        if not isinstance(consultation, Consultation):
            self.detail.clear()
            return
        c = consultation
        minutes = self.tr("min")
        parts = [
            f"<p><b>{html.escape(labels.moment_text(c.occurred_at))}</b> · "
            f"{html.escape(labels.channel(c.channel))} · "
            f"{html.escape(labels.inquirer_role(c.inquirer_role))} · {c.duration_minutes} {minutes}</p>"
        ]
        if c.inquirer_organisation or c.inquirer_contact:  # the role alone is in the line above
            asked = [labels.inquirer_role(c.inquirer_role), c.inquirer_organisation, c.inquirer_contact]
            who_asked = html.escape(self.tr("Who asked:"))
            parts.append(f"<p><b>{who_asked}</b> {html.escape(' · '.join(a for a in asked if a))}</p>")
        if c.superseded_by is not None:
            history = html.escape(self.tr("This is an earlier version, kept as history."))
            parts.append(f"<p><i>{history}</i></p>")
        for title, text in (
            (self.tr("Notes"), c.body),
            (self.tr("Advice given"), c.advice),
            (self.tr("Next steps"), c.next_steps),
        ):
            if text.strip():
                body = html.escape(text).replace("\n", "<br>")
                parts.append(f"<h4>{html.escape(title)}</h4><p>{body}</p>")
        self.detail.setHtml("".join(parts))

    def _activated(self, index: QModelIndex) -> None:
        consultation = index.data(CONSULTATION_ROLE)
        if isinstance(consultation, Consultation) and consultation.superseded_by is None:
            self.open_consultation.emit(self.case.id, consultation.id)

    def _fill_reviews(self) -> None:
        self.reviews.clear()
        verdicts = {
            "approved": self.tr("Approved"),
            "returned": self.tr("Returned"),
            "comment": self.tr("Comment"),
        }
        kinds = {"consultation": self.tr("consultation"), "assessment": self.tr("assessment")}
        for review in reversed(self._session.reviews(self.case.id)):
            text = (
                f"{labels.day_text(review.at.date())} · {review.supervisor} · {verdicts[review.verdict]} "
                f"({kinds[review.kind]})" + (f": {review.text}" if review.text else "")
            )
            item = QListWidgetItem(("⚠ " if review.verdict == "returned" else "") + text)
            self.reviews.addItem(item)
        if not self.reviews.count():
            self.reviews.addItem(self.tr("No supervisor has reviewed this case yet."))

    def _fill_duties(self) -> None:
        self.duties.clear()
        today = date.today()
        for note in self._session.notifications(self.case.id):
            kind = (
                self.tr("Notification to the municipality")
                if note.kind == "duty-to-notify"
                else self.tr("Referral to the police-led cooperation")
            )
            if not note.done:
                text = f"{kind}: " + self.tr("not done – %1").replace("%1", note.reason)
            else:
                text = f"{kind}: {labels.day_text(note.done_on) if note.done_on else ''}"
                if note.kind == "duty-to-notify":
                    if note.receipt_on:
                        text += " · " + self.tr("receipt %1").replace("%1", labels.day_text(note.receipt_on))
                    elif note.receipt_overdue_on(today):
                        due = note.receipt_due()
                        text = (
                            "⚠ "
                            + text
                            + " · "
                            + self.tr("no receipt: it was due %1").replace(
                                "%1", labels.day_text(due) if due else ""
                            )
                        )
                    else:
                        text += " · " + self.tr("awaiting receipt")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, note)
            if text.startswith("⚠"):
                item.setForeground(QBrush(QColor("#b00020")))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.duties.addItem(item)

    def _duty_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        note = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.receipt_button.setEnabled(
            note is not None
            and note.kind == "duty-to-notify"
            and note.done
            and note.receipt_on is None
            and self._session.user.role is Role.COUNSELLOR
        )

    def _record_receipt(self) -> None:
        item = self.duties.currentItem()
        note = item.data(Qt.ItemDataRole.UserRole) if item else None
        if note is None:
            return
        if not self.receipt_date.acceptable():
            self.receipt_date.setFocus()  # the field says why under it
            return
        received = self.receipt_date.date()
        session = self._session
        if (
            guard(self, self.tr("Receipt not recorded"), lambda: session.record_receipt(note.id, received))
            is None
        ):
            return
        self.refresh()

    def _close_or_reopen(self) -> None:
        """Ask first: the dialog says what closing (or reopening) does and takes the day."""
        self.closing_dialog = CaseClosingDialog(self._session, self.case, self)
        self.closing_dialog.finished.connect(self._closing_finished)
        self.closing_dialog.open()

    def _closing_finished(self, result: int) -> None:
        if self._session.is_locked:
            return
        if result == CaseClosingDialog.DialogCode.Accepted:
            self.refresh()
            self.case_changed.emit(self.case.id)
        self.activateWindow()
        self.close_button.setFocus()  # back where the keyboard was, closed or not

    def _add_action(self) -> None:
        self._open_action_dialog(ActionDialog(self._session, self.case.id, parent=self))

    def _edit_action(self, index: QModelIndex) -> None:
        action = self.actions_model.index(index.row(), 0).data(ACTION_ROLE)
        if action is None or self._session.user.role is not Role.COUNSELLOR:
            return
        follow_up = self.actions_model.index(index.row(), 0).data(FOLLOW_UP_ROLE)
        if follow_up is not None:  # a follow-up is recorded (how it went), not edited as an action
            if follow_up.outcome is None:
                self._record_follow_up()
            return
        self._open_action_dialog(ActionDialog(self._session, self.case.id, action, parent=self))

    def edit_action_from_draft(self, action_id: int | None, draft: dict[str, Any]) -> ActionDialog:
        """Back to the action being written when vinkdesk locked (a new one, or one of this case's)."""
        action = None
        if action_id is not None:
            action = next((a for a in self._session.actions(self.case.id) if a.id == action_id), None)
        dialog = ActionDialog(self._session, self.case.id, action, parent=self, draft=draft)
        self._open_action_dialog(dialog)
        return dialog

    def _open_action_dialog(self, dialog: ActionDialog) -> None:
        self.action_dialog = dialog
        dialog.accepted.connect(self._action_saved)
        dialog.finished.connect(lambda _result: self.drafts_changed.emit())  # kept as a draft, or used up
        dialog.open()

    def _action_saved(self) -> None:
        if not self._session.is_locked:
            self.refresh()
            self.case_changed.emit(self.case.id)

    def clear(self) -> None:
        """Forget every piece of case data shown (used when locking)."""
        self.duties.clear()
        self.reviews.clear()
        self.level_history.clear()
        self.concern_text.clear()
        self.history_model.set_lines([])
        self.follow_up_detail.clear()
        self.disclosures_model.set_disclosures([])
        self.disclosure_detail.clear()
        self.consultations.set_consultations([])
        self.actions_model.set_actions([])
        self.assessments.clear()
        self.detail.clear()
        self.header.clear()

    # --- who raised the concern ----------------------------------------------------------------------------

    def _fill_concern(self) -> None:
        self.concern_text.setText(
            "<br>".join(self._concern_lines(self._session.concern_source(self.case.id)))
        )

    def _concern_lines(self, source: ConcernSource | None) -> list[str]:
        """Who raised it (the role is the case's "referred by"), then when and how."""
        language = labels.language()
        role = labels.referral_source(self.case.referral_source)
        not_recorded = self.tr("When and how it was raised is not recorded.")
        if source is None:
            who = [role]
            when = not_recorded
        else:
            anonymous = self.tr("Anonymous") if source.anonymous else ""
            who = [role, source.organisation, anonymous, source.name, source.contact]
            parts = []
            if source.raised_on is not None:
                parts.append(labels.day_text(source.raised_on))
            if source.raised_how is not None:
                parts.append(words.name(source.raised_how, language))
            when = self.tr("Raised: %1").replace("%1", " · ".join(parts)) if parts else not_recorded
        raised_by = self.tr("Raised by:")
        return [
            f"<b>{html.escape(raised_by)}</b> {html.escape(' · '.join(w for w in who if w))}",
            f"<span style='color:#555'>{html.escape(when)}</span>",
        ]

    def _edit_concern_source(self) -> None:
        self.concern_dialog = ConcernSourceDialog(self._session, self.case, self)
        self._open_casework(self.concern_dialog, self.concern_button)

    # --- the next review -----------------------------------------------------------------------------------

    def _review(self, moving: bool) -> None:
        self.review_dialog = ReviewDialog(self._session, self.case, moving, self)
        self._open_casework(self.review_dialog, self.move_review_button if moving else self.reviewed_button)

    # --- the disclosures log -------------------------------------------------------------------------------

    def _fill_disclosures(self, select: int | None = None) -> None:
        current = self._chosen_disclosure()
        self.disclosures_model.set_disclosures(self._session.disclosures(self.case.id))
        rows = self.disclosures_model.rowCount()
        self.sharing_stack.setCurrentIndex(0 if rows else 1)
        view = self.disclosures_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, widest in ((1, 150), (2, 130), (3, 130)):
            view.setColumnWidth(column, min(view.columnWidth(column), widest))
        wanted = select if select is not None else current.id if current is not None else None
        row = self.disclosures_model.row_of(wanted) if wanted is not None else None
        if row is None and rows:
            row = rows - 1  # the newest: the one just recorded, most often
        if row is not None:
            view.setCurrentIndex(self.disclosures_model.index(row, 0))
        self._disclosure_chosen()

    def _chosen_disclosure(self) -> Disclosure | None:
        value = self.disclosures_view.currentIndex().data(DISCLOSURE_ROLE)
        return value if isinstance(value, Disclosure) else None

    def _disclosure_chosen(self) -> None:
        chosen = self._chosen_disclosure()
        if chosen is None:
            self.disclosure_detail.clear()
        else:
            basis = next((b for b in self._session.legal_bases() if b.id == chosen.legal_basis), None)
            self.disclosure_detail.setHtml(disclosure_html(chosen, basis))
        self.infohus_button.setEnabled(
            chosen is not None
            and chosen.kind is DisclosureKind.INFOHUS_REFERRAL
            and self._session.user.role is Role.COUNSELLOR
        )

    def _disclosure_activated(self, _index: QModelIndex) -> None:
        if self.infohus_button.isEnabled():
            self._record_infohus_outcome()

    def _record_disclosure(self) -> None:
        self.disclosure_dialog = DisclosureDialog(self._session, self.case, self)
        self._open_casework(self.disclosure_dialog, self.disclosure_button)

    def _record_infohus_outcome(self) -> None:
        chosen = self._chosen_disclosure()
        if chosen is None or chosen.kind is not DisclosureKind.INFOHUS_REFERRAL:
            return
        self.infohus_dialog = InfohusOutcomeDialog(self._session, self.case, chosen, self)
        self._open_casework(self.infohus_dialog, self.disclosures_view)

    # --- follow-ups after a closing ------------------------------------------------------------------------

    def _chosen_follow_up(self) -> Any:
        index = self.actions_view.currentIndex()
        if not index.isValid():
            return None
        return self.actions_model.index(index.row(), 0).data(FOLLOW_UP_ROLE)

    def _action_chosen(self) -> None:
        follow_up = self._chosen_follow_up()
        self.follow_up_button.setEnabled(
            follow_up is not None and follow_up.outcome is None and self._session.user.role is Role.COUNSELLOR
        )
        if isinstance(follow_up, FollowUp):
            self.follow_up_detail.setText(self._follow_up_html(follow_up))
            self.follow_up_detail.show()
        else:
            self.follow_up_detail.clear()
            self.follow_up_detail.hide()

    def _follow_up_html(self, follow_up: FollowUp) -> str:
        """The follow-up as recorded: when it was due, how it went and on which day, the note."""
        language = labels.language()
        title = html.escape(follow_up_words(follow_up.months, language))
        due = html.escape(self.tr("due %1").replace("%1", labels.day_text(follow_up.due_on)))
        if follow_up.outcome is None:
            pending = html.escape(self.tr("not recorded yet"))
            return f"<b>{title}</b> · {due} · {pending}"
        outcome = html.escape(words.name(follow_up.outcome, language))
        day = html.escape(labels.day_text(follow_up.outcome_on)) if follow_up.outcome_on else ""
        text = f"<b>{title}</b> · {day}: {outcome}"
        if follow_up.note:
            note = html.escape(self.tr("Note:"))
            text += f"<br><span style='color:#555'>{note}</span> " + html.escape(follow_up.note).replace(
                "\n", "<br>"
            )
        return text

    def _record_follow_up(self) -> None:
        follow_up = self._chosen_follow_up()
        if follow_up is None or follow_up.outcome is not None:
            return
        self.follow_up_dialog = FollowUpDialog(self._session, self.case, follow_up, self)
        self._open_casework(self.follow_up_dialog, self.actions_view)

    # --- the casework dialogs ------------------------------------------------------------------------------

    def _open_casework(self, dialog: QDialog, back_to: QWidget) -> None:
        """Open one of the casework dialogs window-modal; once it saved, show the case as it is now, and
        put the keyboard back where it was."""
        dialog.finished.connect(lambda result: self._casework_finished(result, back_to))
        self.dialog_opened.emit(dialog)
        dialog.open()

    def _casework_finished(self, result: int, back_to: QWidget) -> None:
        if self._session.is_locked:
            return
        if result == QDialog.DialogCode.Accepted:
            self.refresh()
            self.case_changed.emit(self.case.id)
        self.activateWindow()
        if back_to.isVisible() and back_to.isEnabled():
            back_to.setFocus()
