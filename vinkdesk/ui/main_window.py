"""The main window: the case list with its filters, search over consultations, and the open case."""

from __future__ import annotations

import gc
import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import CaseStatus, CaseSummary, District, Level, Role
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.case_list import (
    ANY,
    CASE_ID_ROLE,
    COLUMNS,
    DISTRICT,
    LAST_CONSULTATION,
    LEVEL,
    NEXT_DUE,
    REF,
    REVIEW,
    STATUS,
    SUBJECT,
    CaseFilters,
    CaseTableModel,
    kept_sorting,
)
from vinkdesk.ui.case_page import CasePage
from vinkdesk.ui.dialogs import HIDE_SCREEN_KEY, LOCK_KEY
from vinkdesk.ui.errors import explain
from vinkdesk.ui.new_case_dialog import NewCaseDialog
from vinkdesk.ui.search_panel import SearchPanel
from vinkdesk.ui.system.capture import available as capture_available
from vinkdesk.ui.worker import DbWorker

NEW_CONSULTATION_KEY = "Ctrl+Shift+N"


@dataclass(frozen=True)
class ViewState:
    """What the counsellor was looking at, kept across a lock inside the vault (a draft of kind VIEW_DRAFT;
    never in memory while locked, never in the settings): the open case, its tab, the search, the filters."""

    case_id: int | None
    tab: int
    search: str
    status: int
    level: int
    district: int
    mine: bool
    find: str
    overdue: bool = False  # the filter "review overdue"
    sort_column: int = REF  # the case list's sort (a view kept by an older vinkdesk: the newest first)
    sort_order: int = 1  # Qt.SortOrder: 0 ascending, 1 descending


class EmptyState(QFrame):
    """The right half with no case chosen: how to find or open a case, and the keys for it."""

    def __init__(self, counsellor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setStyleSheet("#emptyState { background: palette(base); border: 1px solid palette(mid); }")
        rows = [
            (
                self.tr("Find a case"),
                self.tr(
                    "Type its ref or the person's alias in the find field (Ctrl+K); ↓ or Enter takes "
                    "you into the list."
                ),
            ),
            (
                self.tr("Search what was written"),
                self.tr("Search the text of every consultation (Ctrl+F); Enter on a hit opens it."),
            ),
        ]
        if counsellor:
            rows.insert(
                1,
                (
                    self.tr("Open a new case"),
                    self.tr("New case (Ctrl+N). In an open case, Ctrl+Shift+N starts a consultation."),
                ),
            )
        rows.append(
            (
                self.tr("Leaving the computer?"),
                self.tr("Lock with Ctrl+L; F12 hides the screen at once. F1 lists every shortcut."),
            )
        )
        body = "".join(
            f"<p style='margin-top:12px'><b>{html.escape(title)}</b><br>{html.escape(text)}</p>"
            for title, text in rows
        )
        heading = html.escape(self.tr("No case chosen"))
        self.text = QLabel(f"<h3 style='margin:0'>{heading}</h3>" + body)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(460)  # a fixed width, so the wrapped text gets the height it needs
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.text.setFont(font)
        self.text.setMinimumHeight(self.text.heightForWidth(460))  # all of it, never the last lines cut
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class DraftBanner(QFrame):
    """Offers back a draft that survived a lock or a crash, without blocking the window."""

    resume = Signal(dict)
    discard = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("DraftBanner { background: #fff8e1; border: 1px solid #f9a825; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Continue writing"))
        self.discard_button = QPushButton(self.tr("&Discard draft"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)
        self._draft: dict[str, object] = {}
        self.resume_button.clicked.connect(lambda: self._finish(self.resume))
        self.discard_button.clicked.connect(lambda: self._finish(self.discard))
        self.hide()

    def offer(self, draft: dict[str, object], case_ref: str) -> None:
        self._draft = draft
        if draft.get("kind") == "action":
            text = self.tr(
                "An unsaved action for case %1 was kept when vinkdesk locked. Continue writing it?"
            )
        else:
            text = self.tr(
                "An unsaved consultation for case %1 was kept when vinkdesk locked. Continue writing it?"
            )
        self.text.setText(text.replace("%1", case_ref))
        self.show()

    def _finish(self, signal: SignalInstance) -> None:
        draft, self._draft = self._draft, {}
        self.hide()
        signal.emit(draft)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()  # Quit, or the window's close button: lock as Ctrl+L does, then end
    new_consultation_requested = Signal(int)
    drafts_changed = Signal()  # the banner is to offer what drafts there are now
    dialog_opened = Signal(QDialog)  # a case page's dialog, for the registry of open dialogs
    new_assessment_requested = Signal(int)
    print_summary_requested = Signal(int)
    access_report_requested = Signal(int)
    open_assessment_requested = Signal(int)
    open_consultation_requested = Signal(int, int)
    language_requested = Signal(str)
    idle_minutes_requested = Signal()
    hide_from_sharing_requested = Signal(bool)  # Settings → Hide windows from screen sharing, checked or not
    sync_requested = Signal()
    aggregate_requested = Signal()
    hide_requested = Signal()
    review_queue_requested = Signal()
    returned_requested = Signal()
    audit_requested = Signal()
    retention_requested = Signal()
    periods_requested = Signal()
    unit_details_requested = Signal()
    change_passphrase_requested = Signal()
    recovery_code_requested = Signal()
    supervisors_requested = Signal()
    rotate_key_requested = Signal()

    DEFAULT_WIDTH = 1280
    DEFAULT_HEIGHT = 800

    def __init__(self, session: Session, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._worker = worker
        self.case_page: CasePage | None = None
        self.new_case_dialog: NewCaseDialog | None = None
        self.setWindowTitle("vinkdesk")
        self.resize(self.DEFAULT_WIDTH, self.DEFAULT_HEIGHT)

        self.model = CaseTableModel(self, today=session.today)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the case page, as a user expects
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(REF, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)  # wrapping first left only "Gruppe: …" of a group's name
        self._size_columns()
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("Open cases"), CaseStatus.OPEN)
        self.status_filter.addItem(self.tr("Closed cases"), CaseStatus.CLOSED)
        self.status_filter.addItem(self.tr("All cases"), None)
        self.level_filter = QComboBox()
        self.level_filter.setAccessibleName(self.tr("Level filter"))
        self.level_filter.addItem(self.tr("All levels"), ANY)
        for level in Level:
            self.level_filter.addItem(labels.level_icon(level), labels.level_short(level), level)
        self.level_filter.addItem(labels.level_name(None), None)
        self.district_filter = QComboBox()
        self.district_filter.setAccessibleName(self.tr("District filter"))
        self.district_filter.addItem(self.tr("All districts"), None)
        for district in District:
            self.district_filter.addItem(labels.district(district), district)
        # Mnemonics of the main window may not repeat those of the case page beside it (Consultations i,
        # Assessments a, Reviews w, …) or of the menu bar: one target per letter (tests/ui/test_mnemonics.py).
        self.mine_filter = QCheckBox(self.tr("&Mine only"))
        self.overdue_filter = QCheckBox(self.tr("Overdue reviews onl&y"))
        self.overdue_filter.setToolTip(self.tr("Only the open cases whose review date has passed"))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Find by ref or alias…"))
        self.text_filter.setAccessibleName(self.tr("Find by ref or alias"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.installEventFilter(self)  # ↓ into the list
        self.text_filter.returnPressed.connect(self._open_first_match)
        for combo in (self.status_filter, self.level_filter, self.district_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.mine_filter.toggled.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self.apply_filters)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")

        self.new_case_button = QPushButton(self.tr("New cas&e"))
        self.new_case_button.setEnabled(session.user.role is Role.COUNSELLOR)
        self.new_case_button.clicked.connect(self.new_case)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.level_filter)
        filters.addWidget(self.district_filter)
        filters.addWidget(self.mine_filter)
        filters.addWidget(self.overdue_filter)
        filters.addStretch(1)
        self.search = SearchPanel(session, worker, subject_of=self.model.subject_of)
        self.search.open_consultation.connect(self.open_consultation)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QHBoxLayout()
        title = QLabel("<b>" + self.tr("Cases") + "</b>")
        heading.addWidget(title)
        heading.addWidget(self.count_label, 1)
        heading.addWidget(self.new_case_button)
        left_layout.addLayout(heading)
        left_layout.addWidget(self.text_filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(QLabel("<b>" + self.tr("Search in consultations") + "</b>"))
        left_layout.addWidget(self.search)

        self.placeholder = EmptyState(session.user.role is Role.COUNSELLOR)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([700, 580])

        self.banner = DraftBanner()
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(6, 6, 6, 6)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(splitter, 1)
        self.setCentralWidget(content)
        role = self.tr("counsellor") if session.user.role is Role.COUNSELLOR else self.tr("supervisor")
        self.user_label = QLabel(
            self.tr("Signed in as %1 (%2)").replace("%1", session.user.display_name).replace("%2", role)
        )
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a moving bar: the worker is busy (a report, a check, a deletion)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self._busy_delay = QTimer(self)
        self._busy_delay.setSingleShot(True)
        self._busy_delay.setInterval(300)  # quick work shows nothing
        self._busy_delay.timeout.connect(self.busy.show)
        worker.busy_changed.connect(self._worker_busy)
        # Work a supervisor returned, told at unlock until the counsellor opens it (Tools → Returned to me).
        self.returned_notice = QPushButton()
        self.returned_notice.setFlat(True)
        self.returned_notice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.returned_notice.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.returned_notice.clicked.connect(self.returned_notice.hide)
        self.returned_notice.clicked.connect(self.returned_requested.emit)
        self.returned_requested.connect(self.returned_notice.hide)
        self.returned_notice.hide()
        # Open cases overdue for review, told at unlock; pressing it (or the filter's Alt-key) shows them.
        self.review_notice = QPushButton()
        self.review_notice.setFlat(True)
        self.review_notice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.review_notice.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.review_notice.clicked.connect(self.show_overdue)
        self.review_notice.hide()
        self.statusBar().addPermanentWidget(self.returned_notice)
        self.statusBar().addPermanentWidget(self.review_notice)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_menus()
        self.table.setColumnHidden(STATUS, self.status_filter.currentData() is not None)
        self.reload_cases()

    # --- menus ---------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_case_action = self._action(
            self.tr("&New case…"), QKeySequence.StandardKey.New, self.new_case
        )
        self.new_case_action.setEnabled(self.session.user.role is Role.COUNSELLOR)
        file_menu.addAction(self.new_case_action)
        self.new_consultation_action = self._action(
            self.tr("New &consultation…"), NEW_CONSULTATION_KEY, self.new_consultation
        )
        self.new_consultation_action.setEnabled(self.session.user.role is Role.COUNSELLOR)
        file_menu.addAction(self.new_consultation_action)
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock now"), LOCK_KEY, self.lock_requested.emit)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit_requested.emit)
        )

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.hide_action = self._action(self.tr("&Hide screen"), HIDE_SCREEN_KEY, self.hide_requested.emit)
        view_menu.addAction(self.hide_action)
        view_menu.addAction(
            self._action(self.tr("&Search in consultations"), "Ctrl+F", lambda: self.search.box.setFocus())
        )
        view_menu.addAction(
            self._action(self.tr("&Find case"), "Ctrl+K", lambda: self.text_filter.setFocus())
        )
        view_menu.addAction(
            self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.reload_cases)
        )

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.addAction(self._action("Dansk", None, lambda: self.language_requested.emit("da")))
        language_menu.addAction(self._action("English", None, lambda: self.language_requested.emit("en")))
        settings_menu.addAction(
            self._action(self.tr("&Auto-lock after…"), None, self.idle_minutes_requested.emit)
        )
        self.hide_from_sharing_action = self._sharing_action()
        settings_menu.addAction(self.hide_from_sharing_action)
        settings_menu.setToolTipsVisible(True)
        counsellor = self.session.user.role is Role.COUNSELLOR
        settings_menu.addSeparator()
        settings_menu.addAction(
            self._action(self.tr("&Change passphrase…"), None, self.change_passphrase_requested.emit)
        )
        for text, signal in (
            (self.tr("New &recovery code…"), self.recovery_code_requested),
            (self.tr("&Supervisors…"), self.supervisors_requested),
            (self.tr("Replace the vault's &key…"), self.rotate_key_requested),
            (self.tr("Re&tention and lock periods…"), self.periods_requested),
            (self.tr("&Unit details…"), self.unit_details_requested),
        ):
            action = self._action(text, None, signal.emit)
            action.setEnabled(counsellor)
            settings_menu.addAction(action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        tools_menu.addAction(
            self._action(self.tr("&Sync anonymised counts…"), None, self.sync_requested.emit)
        )
        tools_menu.addAction(
            self._action(self.tr("&Annual report (coordinator)…"), None, self.aggregate_requested.emit)
        )
        tools_menu.addSeparator()
        for text, signal, allowed in (
            (self.tr("&Review queue…"), self.review_queue_requested, not counsellor),
            (self.tr("Returned to &me…"), self.returned_requested, counsellor),
            (self.tr("Audit &log…"), self.audit_requested, not counsellor),
            (self.tr("&Delete after the retention period…"), self.retention_requested, counsellor),
        ):
            action = self._action(text, None, signal.emit)
            action.setEnabled(allowed)
            tools_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts))

    def _sharing_action(self) -> QAction:
        """Checked: vinkdesk's windows stay out of screen sharing and screenshots. The controller sets the
        stored state; on Linux the item is greyed out and says why."""
        action = QAction(self.tr("Hide &windows from screen sharing"), self)
        action.setCheckable(True)
        action.toggled.connect(self.hide_from_sharing_requested.emit)
        if capture_available():
            action.setToolTip(
                self.tr("Teams, Zoom and screenshots leave vinkdesk's windows out while this is on.")
            )
        else:
            action.setText(self.tr("Hide &windows from screen sharing (not possible on Linux)"))
            action.setEnabled(False)
            action.setToolTip(
                self.tr(
                    "Linux cannot hide windows from screen sharing. A Wayland desktop asks you before a "
                    "program may share your screen; on an X11 desktop any program can see it. Close what "
                    "shows a case before you share your screen."
                )
            )
        action.setStatusTip(action.toolTip())
        return action

    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """↓ in the find field goes into the list, on the case already chosen or the first one found."""
        if watched is self.text_filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self._into_list()
                return True
        return super().eventFilter(watched, event)

    def _into_list(self) -> bool:
        if self.model.rowCount() == 0:
            return False
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.table.currentIndex().isValid():
            self._select_row(0)
        return True

    def _open_first_match(self) -> None:
        """Enter in the find field opens the first (or only) case found, and leaves the cursor in the list."""
        if self.model.rowCount() == 0:
            return
        self._select_row(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def new_consultation(self) -> None:
        """Ctrl+Shift+N: a consultation on the open case (the presenters open the editor)."""
        if self.session.user.role is not Role.COUNSELLOR:
            return
        if self.case_page is None:
            self.statusBar().showMessage(
                self.tr("Open a case first: a consultation belongs to a case."), 6000
            )
            return
        self.new_consultation_requested.emit(self.case_page.case.id)

    def view_state(self) -> ViewState:
        page = self.case_page
        return ViewState(
            case_id=page.case.id if page is not None else None,
            tab=page.tabs.currentIndex() if page is not None else 0,
            search=self.search.box.text(),
            status=self.status_filter.currentIndex(),
            level=self.level_filter.currentIndex(),
            district=self.district_filter.currentIndex(),
            mine=self.mine_filter.isChecked(),
            find=self.text_filter.text(),
            overdue=self.overdue_filter.isChecked(),
            sort_column=self.model.sorting()[0],
            sort_order=self.model.sorting()[1].value,
        )

    def restore_view_state(self, state: ViewState) -> None:
        """Back as it was before the lock: filters, find text, search, the case and its tab."""
        self.status_filter.setCurrentIndex(state.status)
        self.level_filter.setCurrentIndex(state.level)
        self.district_filter.setCurrentIndex(state.district)
        self.mine_filter.setChecked(state.mine)
        self.overdue_filter.setChecked(state.overdue)
        self.table.sortByColumn(*kept_sorting(state.sort_column, state.sort_order))
        self.text_filter.setText(state.find)
        if state.search:
            self.search.box.setText(state.search)
            self.search.run_search()
        if state.case_id is not None:
            page = self.open_case(state.case_id)
            page.tabs.setCurrentIndex(state.tab)

    def shortcuts_text(self) -> str:
        rows = [
            ("Ctrl+L", self.tr("Lock vinkdesk now: the notes close and the key is forgotten")),
            (
                HIDE_SCREEN_KEY,
                self.tr("Hide the screen at once (someone looking over your shoulder); again to show"),
            ),
            ("Ctrl+N", self.tr("New case")),
            (NEW_CONSULTATION_KEY, self.tr("New consultation on the open case")),
            ("Ctrl+K", self.tr("Find a case by ref or alias")),
            ("↓ / Enter", self.tr("From the find field: into the list / open the first case found")),
            ("Ctrl+F", self.tr("Search in consultations")),
            ("F5", self.tr("Refresh the case list")),
            ("Enter", self.tr("Open the chosen consultation or search hit")),
            ("Alt+↓", self.tr("In a date field: choose the day in a calendar")),
            ("F1", self.tr("In the assessment: its own keys (1–4 set a rating)")),
        ]
        return (
            "<table>"
            + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
            + "</table><p>"
            + self.tr(
                "vinkdesk also locks by itself after a few idle minutes (Settings), and "
                "when the screen locks or the computer sleeps."
            )
            + "</p>"
        )

    def show_returned(self, notice: str | None) -> None:
        """'1 assessment returned to you', in the status bar until opened (or Tools → Returned to me)."""
        if not notice:
            self.returned_notice.hide()
            return
        self.returned_notice.setText("⚑ " + notice + " – " + self.tr("open"))
        self.returned_notice.setToolTip(self.tr("Tools → Returned to me…"))
        self.returned_notice.show()

    def show_overdue_reviews(self, count: int) -> None:
        """'3 cases overdue for review – show them', in the status bar until shown or no longer true."""
        if count <= 0:
            self.review_notice.hide()
            return
        native = QKeySequence.SequenceFormat.NativeText
        key = QKeySequence.mnemonic(self.overdue_filter.text()).toString(native)
        # The key is in the text: the notice is for the eyes, the filter's Alt-key for the hands.
        told = self.tr("%n case(s) overdue for review", "", count)
        self.review_notice.setText("⚑ " + told + " – " + self.tr("show them") + f" ({key})")
        self.review_notice.setToolTip(
            self.tr("Shows the open cases whose review date has passed: the filter “%1” (%2)")
            .replace("%1", self.overdue_filter.text().replace("&", ""))
            .replace("%2", key)
        )
        self.review_notice.setAccessibleName(self.review_notice.text())
        self.review_notice.show()

    def show_overdue(self) -> None:
        """The notice pressed: every open case overdue for review, whatever the filters showed before; the
        cursor in the list (↓ takes the first)."""
        for combo in (self.status_filter, self.level_filter, self.district_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)  # open cases, all levels, all districts
            combo.blockSignals(False)
        self.mine_filter.blockSignals(True)
        self.mine_filter.setChecked(False)
        self.mine_filter.blockSignals(False)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self.overdue_filter.blockSignals(True)
        self.overdue_filter.setChecked(True)
        self.overdue_filter.blockSignals(False)
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_text())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """The window's close button quits as File → Quit does: through the lock, which keeps every open
        editor's text as a draft and closes the vault at rest; never a hidden main window left behind an open
        dialog."""
        event.ignore()
        self.quit_requested.emit()

    def _worker_busy(self, busy: bool) -> None:
        if busy:
            self._busy_delay.start()
        else:
            self._busy_delay.stop()
            self.busy.hide()

    # --- cases ---------------------------------------------------------------------------------------------

    def reload_cases(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        session = self.session
        self._worker.submit(
            session.list_cases, self.show_cases, lambda e: self.count_label.setText(explain(e))
        )

    def _size_columns(self) -> None:
        """Widths from the font, once (measuring 10,000 rows' contents would cost a second). Who and the
        district share what is left and elide, their tooltips whole; the list never scrolls sideways, so no
        column is cut off at the pane's edge on a 1366-pixel screen."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        day = labels.day_text(date(2026, 12, 31))
        samples = {
            REF: "2026-0000",
            LEVEL: "▲ "
            + max([*(labels.level_short(level) for level in Level), labels.level_name(None)], key=len),
            LAST_CONSULTATION: day,
            NEXT_DUE: "⚠ " + day,
            REVIEW: "⚠ " + day,
            STATUS: max((labels.case_status(status) for status in CaseStatus), key=len),
        }
        for column in range(COLUMNS):
            title = self.model.title(column)
            if column in (SUBJECT, DISTRICT):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            sample = metrics.horizontalAdvance(samples[column])
            if column in (LAST_CONSULTATION, NEXT_DUE, REVIEW) and " " in title:
                # A date column is as wide as a date: a longer name ("Næste gennemgang") takes two lines,
                # leaving the room to who and where.
                if metrics.horizontalAdvance(title) + 14 > sample:
                    self.model.two_line.add(column)
                    title = max(title.rsplit(" ", 1), key=metrics.horizontalAdvance)
            width = max(sample, metrics.horizontalAdvance(title) + 14)
            self.table.setColumnWidth(column, width + 24)
        # A name on two lines is measured whole by the header's eliding ("Næste\ngennemg…"): no eliding then
        # (the columns are as wide as their longest line).
        elide = Qt.TextElideMode.ElideNone if self.model.two_line else Qt.TextElideMode.ElideRight
        header.setTextElideMode(elide)

    def show_cases(self, cases: list[CaseSummary]) -> None:
        current = self.case_page.case.id if self.case_page else None
        self.model.set_cases(cases)
        self._update_count()
        if not self.review_notice.isHidden():  # reviewed or closed meanwhile: the notice says what is true
            self.show_overdue_reviews(self.model.overdue_reviews())
        if current is not None:
            self._select_row_of(current)
        # The list and the window are the long-lived objects of an unlocked session: set them apart from the
        # collector's full passes, which otherwise walk all of them now and then on the UI thread (tens of
        # ms each on a 10,000-case vault). Lock unfreezes and collects, so nothing of a case outlives it.
        gc.freeze()

    def apply_filters(self) -> None:
        level = self.level_filter.currentData()
        status = self.status_filter.currentData()
        district = self.district_filter.currentData()
        current = self.case_page.case.id if self.case_page else None
        self.model.set_filters(
            CaseFilters(
                status=CaseStatus(status) if status else None,
                level=ANY if level == ANY else (Level(level) if level else None),
                district=District(district) if district else None,
                mine_id=self.session.user.id if self.mine_filter.isChecked() else None,
                text=self.text_filter.text(),
                review_overdue_on=self.model.today() if self.overdue_filter.isChecked() else None,
            )
        )
        if self.overdue_filter.isChecked():
            self.review_notice.hide()  # told and shown: the list says the rest
        self._update_count()
        # With one status chosen the column would say the same on every row: its room goes to who and where.
        self.table.setColumnHidden(STATUS, status is not None)
        if current is not None:
            self._select_row_of(current)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2")
            .replace("%1", labels.number_text(self.model.rowCount()))
            .replace("%2", labels.number_text(self.model.total))
        )

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if case_id is not None and (self.case_page is None or self.case_page.case.id != case_id):
            self.open_case(case_id)

    def _select_row_of(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def open_case(self, case_id: int) -> CasePage:
        if self.case_page is not None:
            self.case_page.clear()
            self.right.removeWidget(self.case_page)
            self.case_page.deleteLater()
        self.case_page = CasePage(self.session, case_id)
        self.case_page.new_consultation.connect(self.new_consultation_requested)
        self.case_page.new_assessment.connect(self.new_assessment_requested)
        self.case_page.print_summary.connect(self.print_summary_requested)
        self.case_page.access_report.connect(self.access_report_requested)
        self.case_page.open_assessment.connect(self.open_assessment_requested)
        self.case_page.open_consultation.connect(self.open_consultation_requested)
        self.case_page.case_changed.connect(lambda _id: self.reload_cases())
        self.case_page.drafts_changed.connect(self.drafts_changed)
        self.case_page.dialog_opened.connect(self.dialog_opened)
        self.right.addWidget(self.case_page)
        self.right.setCurrentWidget(self.case_page)
        self._select_row_of(case_id)
        return self.case_page

    def open_consultation(self, case_id: int, consultation_id: int) -> None:
        page = (
            self.case_page
            if self.case_page and self.case_page.case.id == case_id
            else self.open_case(case_id)
        )
        page.select_consultation(consultation_id)
        page.timeline.setFocus()

    def new_case(self) -> None:
        if self.session.user.role is not Role.COUNSELLOR:
            return
        self.new_case_dialog = NewCaseDialog(self.session, self)
        self.new_case_dialog.accepted.connect(self._case_created)
        self.new_case_dialog.open()

    def _case_created(self) -> None:
        dialog = self.new_case_dialog
        if dialog is None or dialog.created_case is None or self.session.is_locked:
            return
        self.status_filter.setCurrentIndex(0)
        self.text_filter.clear()
        self.open_case(dialog.created_case.id)
        self.reload_cases()

    def clear_case_data(self) -> None:
        """Drop every piece of case data from every view (before the window goes, on lock)."""
        self.banner.hide()
        self.search.clear()
        self.model.clear()
        if self.case_page is not None:
            self.case_page.clear()
        self.right.setCurrentWidget(self.placeholder)
