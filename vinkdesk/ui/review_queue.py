"""The supervisor's queue of work to approve (oldest first, filtered by counsellor, kind and how long it has
waited, the whole item beside it, the position kept after a verdict) and the counsellor's list of work a
supervisor returned, with the comments in full."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Level
from vinkdesk.session import Session
from vinkdesk.session.reviews import AssessmentUnderReview, Review, ReviewItem
from vinkdesk.ui import labels
from vinkdesk.ui.errors import explain
from vinkdesk.ui.review_detail import ReviewDetail, local, paragraphs
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.vault import VaultError

Index = QModelIndex | QPersistentModelIndex

DATE, CASE, PERSON, KIND, COUNSELLOR = range(5)
COLUMNS = 5
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ANY = ""


@dataclass(frozen=True)
class QueueFilters:
    """Which items the queue shows: one counsellor's (by user id) or all, one kind or both, and only those
    that have waited more than so many days (counted from the date the list shows)."""

    author_id: str = ANY
    kind: str = ANY  # consultation | assessment
    older_than_days: int = 0

    def accepts(self, item: ReviewItem, today: date) -> bool:
        if self.author_id and item.author_id != self.author_id:
            return False
        if self.kind and item.kind != self.kind:
            return False
        return not self.older_than_days or (today - item.at.date()).days > self.older_than_days


class ReviewQueueModel(QAbstractTableModel):
    """The queue's rows: date, case, who the case is about, kind (with the chosen level), counsellor."""

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._all: list[ReviewItem] = []
        self._rows: list[ReviewItem] = []
        self._filters = QueueFilters()
        self._icons = {level: labels.level_icon(level) for level in Level}

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self._all = list(items)
        self._apply()
        self.endResetModel()

    def set_filters(self, filters: QueueFilters) -> None:
        self.beginResetModel()
        self._filters = filters
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._rows = [item for item in self._all if self._filters.accepts(item, self._today)]

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def all_items(self) -> list[ReviewItem]:
        return list(self._all)

    def item_at(self, row: int) -> ReviewItem:
        return self._rows[row]

    def kind_text(self, item: ReviewItem) -> str:
        if item.kind == "consultation":
            return self.tr("Consultation")
        level = Level(item.case_level) if item.case_level else None
        return self.tr("Assessment: %1").replace("%1", labels.level_short(level))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Date"), self.tr("Case"), self.tr("Person"), self.tr("Kind"), self.tr("Counsellor")][
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == DATE:
                return labels.day_text(item.at.date())
            if column == CASE:
                return item.case_ref
            if column == PERSON:
                return labels.subject_display(item.subject_kind, item.alias)
            if column == KIND:
                return self.kind_text(item)
            return item.author
        if role == Qt.ItemDataRole.DecorationRole and column == KIND and item.kind == "assessment":
            return self._icons.get(Level(item.case_level)) if item.case_level else None
        return None


class QueueView(QTableView):
    """The queue's table: whole rows, one at a time, Tab leaves it (arrows move within)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setAlternatingRowColors(True)

    def count(self) -> int:
        """The rows shown (after the filters)."""
        model = self.model()
        return model.rowCount() if model is not None else 0

    def current_row(self) -> int:
        return self.currentIndex().row()


class ReviewQueueDialog(QDialog):
    """Oldest first; the chosen item whole beside the list; approve, return, or comment, and the next item at
    the same place in the list is chosen."""

    open_case = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._names = {u.id: u.display_name for u in session.users()}
        self._detail = ReviewDetail(self._names, self)
        self._seen: dict[tuple[str, int], str] = {}  # read once per item: each read is audited
        self.setWindowTitle(self.tr("Review queue"))
        fit_to_screen(self, 1240, 700)

        self.model = ReviewQueueModel(session.today(), self)
        self.items = QueueView()
        self.items.setModel(self.model)
        self.items.setAccessibleName(self.tr("Work waiting for review, oldest first"))
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The person takes what is left and elides (the whole text in its tooltip); nothing is cut off.
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, width in ((DATE, 90), (CASE, 75), (KIND, 150), (COUNSELLOR, 120)):
            self.items.setColumnWidth(column, width)
        self.items.selectionModel().currentRowChanged.connect(self._chosen)
        self.items.doubleClicked.connect(lambda _index: self._open_case())

        self.counsellor = QComboBox()
        self.counsellor.setAccessibleName(self.tr("Counsellor"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Consultations and assessments"), ANY)
        self.kind.addItem(self.tr("Consultations"), "consultation")
        self.kind.addItem(self.tr("Assessments"), "assessment")
        self.waiting = QComboBox()
        self.waiting.setAccessibleName(self.tr("Waiting"))
        self.waiting.addItem(self.tr("Any time"), 0)
        self.waiting.addItem(self.tr("More than 7 days"), 7)
        self.waiting.addItem(self.tr("More than 30 days"), 30)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Items shown"))
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("Co&unsellor:"), self.counsellor),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Waiting:"), self.waiting),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(12)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chosen work"))
        self.detail.setOpenLinks(False)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment (needed to return or comment)"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setMaximumHeight(80)
        self.comment.setTabChangesFocus(True)
        comment_label = QLabel(self.tr("Co&mment to the counsellor:"))
        comment_label.setBuddy(self.comment)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.return_button = QPushButton(self.tr("&Return with comment"))
        self.comment_button = QPushButton(self.tr("&Comment only"))
        self.case_button = QPushButton(self.tr("&Open the case"))
        self.approve_button.clicked.connect(lambda: self.verdict("approved"))
        self.return_button.clicked.connect(lambda: self.verdict("returned"))
        self.comment_button.clicked.connect(lambda: self.verdict("comment"))
        self.case_button.clicked.connect(self._open_case)
        for button in (self.approve_button, self.return_button, self.comment_button, self.case_button):
            button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(comment_label)
        right_layout.addWidget(self.comment)
        row = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.comment_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.case_button)
        right_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.items)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([540, 680])
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        for first, second in (
            (self.counsellor, self.kind),
            (self.kind, self.waiting),
            (self.waiting, self.items),
            (self.items, self.detail),
            (self.detail, self.comment),
            (self.comment, self.approve_button),
            (self.approve_button, self.return_button),
            (self.return_button, self.comment_button),
            (self.comment_button, self.case_button),
        ):
            QWidget.setTabOrder(first, second)

        self.refresh()
        for combo in (self.counsellor, self.kind, self.waiting):
            combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.items.setFocus()

    # --- the list ------------------------------------------------------------------------------------------

    def filters(self) -> QueueFilters:
        return QueueFilters(
            str(self.counsellor.currentData() or ANY),
            str(self.kind.currentData() or ANY),
            int(self.waiting.currentData() or 0),
        )

    def refresh(self, row: int = 0) -> None:
        """Read the queue again; the item at `row` (or the last one, if fewer remain) is chosen."""
        self.model.set_items(self._session.review_queue())
        self._fill_counsellors()
        self.model.set_filters(self.filters())
        self._after_change(row)

    def _fill_counsellors(self) -> None:
        chosen = str(self.counsellor.currentData() or ANY)
        authors = {item.author_id: item.author for item in self.model.all_items}
        if chosen and chosen not in authors:
            authors[chosen] = self._names.get(chosen, "")
        self.counsellor.blockSignals(True)
        self.counsellor.clear()
        self.counsellor.addItem(self.tr("All counsellors"), ANY)
        for author_id, name in sorted(authors.items(), key=lambda pair: pair[1].casefold()):
            self.counsellor.addItem(name, author_id)
        self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(chosen)))
        self.counsellor.blockSignals(False)

    def _filter(self) -> None:
        self.model.set_filters(self.filters())
        self._after_change(0)

    def _after_change(self, row: int) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count_label.setText(self.tr("%n item(s) waiting", "", total))
        else:
            self.count_label.setText(self.tr("Showing %n of %1", "", shown).replace("%1", str(total)))
        if shown:
            self.items.setCurrentIndex(self.model.index(min(max(row, 0), shown - 1), DATE))
        else:
            empty = (
                self.tr("Nothing is waiting for review.")
                if not total
                else self.tr("Nothing waiting matches these filters.")
            )
            self.detail.setHtml("<p>" + html.escape(empty) + "</p>")
        for button in (self.approve_button, self.return_button, self.comment_button, self.case_button):
            button.setEnabled(shown > 0)

    def current(self) -> ReviewItem | None:
        index = self.items.currentIndex()
        item = index.data(ITEM_ROLE) if index.isValid() else None
        return item if isinstance(item, ReviewItem) else None

    def _chosen(self, *_args: object) -> None:
        item = self.current()
        if item is None:
            return
        key = (item.kind, item.id)
        if key not in self._seen:
            try:
                detail = self._session.review_detail(item.kind, item.id)
            except VaultError as error:
                self.detail.setHtml("<p>" + html.escape(explain(error)) + "</p>")
                return
            if isinstance(detail, AssessmentUnderReview):
                self._seen[key] = self._detail.assessment_html(detail, self._session.definitions)
            else:
                self._seen[key] = self._detail.consultation_html(detail)
        self.detail.setHtml(self._seen[key])

    # --- verdicts ------------------------------------------------------------------------------------------

    def verdict(self, verdict: str) -> None:
        item = self.current()
        if item is None:
            return
        row = self.items.current_row()
        try:
            self._session.review(item.kind, item.id, verdict, self.comment.toPlainText())
        except VaultError as error:
            self._say(explain(error), problem=True)
            return
        self.comment.clear()
        self._seen.pop((item.kind, item.id), None)  # a comment shows among the earlier ones
        done = {
            "approved": self.tr("Approved: %1"),
            "returned": self.tr("Returned with your comment: %1"),
            "comment": self.tr("Comment saved: %1"),
        }[verdict]
        self._say(done.replace("%1", self.describe(item)))
        self.refresh(row)
        self.items.setFocus()

    def describe(self, item: ReviewItem) -> str:
        """'2026-017, consultation of 29.11.2026': what a confirmation names."""
        what = (
            self.tr("consultation of %1") if item.kind == "consultation" else self.tr("assessment of %1")
        ).replace("%1", labels.day_text(item.at.date()))
        return f"{item.case_ref}, {what}"

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if problem else "color: #1b5e20;")
        self.message.setText(("" if problem else "✓ ") + text)

    def _open_case(self) -> None:
        item = self.current()
        if item is not None:
            self.open_case.emit(item.case_id)
            self.accept()


class ReturnedDialog(QDialog):
    """What supervisors returned to this counsellor: a line each, the comment of the chosen one in full."""

    open_case = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Returned to me"))
        fit_to_screen(self, 760, 560)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Work a supervisor returned to you"))
        self.comment = QTextBrowser()
        self.comment.setAccessibleName(self.tr("The supervisor's comment"))
        self.returned = session.returned_to_me()
        for review in self.returned:
            entry = QListWidgetItem(self._line(review))
            entry.setData(Qt.ItemDataRole.UserRole, review)
            self.items.addItem(entry)
        if not self.items.count():
            self.items.addItem(self.tr("Nothing has been returned to you."))
        self.items.currentItemChanged.connect(self._chosen)
        self.items.itemActivated.connect(self._activated)
        self.case_button = QPushButton(self.tr("&Open the case"))
        self.case_button.setEnabled(bool(self.returned))
        self.case_button.clicked.connect(lambda: self._activated(self.items.currentItem()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.case_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("Open a case to amend the consultation or make a new assessment."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.comment, 2)
        layout.addWidget(buttons)
        self.items.setCurrentRow(0)
        self.items.setFocus()

    def _what(self, review: Review) -> str:
        try:
            if review.kind == "consultation":
                day = labels.day_text(self._session.consultation(review.target_id).occurred_at.date())
                return self.tr("consultation of %1").replace("%1", day)
            day = labels.day_text(self._session.assessment(review.target_id).created_at.date())
            return self.tr("assessment of %1").replace("%1", day)
        except VaultError:
            return self.tr("consultation") if review.kind == "consultation" else self.tr("assessment")

    def _line(self, review: Review) -> str:
        ref = self._session.case_ref_of(review.case_id)
        return (
            f"{labels.day_text(local(review.at).date())} · {ref} · {self._what(review)} · {review.supervisor}"
        )

    def _chosen(self, *_args: object) -> None:
        entry = self.items.currentItem()
        review = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if not isinstance(review, Review):
            self.comment.clear()
            return
        head = (
            self.tr("%1 returned your %2 on %3:")
            .replace("%1", review.supervisor)
            .replace("%2", self._what(review))
            .replace("%3", labels.moment_text(local(review.at)))
        )
        ref = self._session.case_ref_of(review.case_id)
        self.comment.setHtml(
            f"<p><b>{html.escape(ref)}</b> · {html.escape(head)}</p><p>{paragraphs(review.text)}</p>"
        )

    def _activated(self, item: QListWidgetItem | None) -> None:
        review = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(review, Review):
            self.open_case.emit(review.case_id)
            self.accept()
