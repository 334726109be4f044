"""The client's life cycle: first run or unlock, the main window, the language, and locking (by hand from any
window, when idle, when the screen locks or the laptop sleeps), after which nothing of a case is left in any
window or in this object. The features live in small presenters (vinkdesk.ui.presenters), whose dialogs are
all known to one registry that lock empties."""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from vinkdesk.ui.autolock import AutoLock, ClipboardGuard
from vinkdesk.ui.dialogs import Curtain, GlobalKeys, OpenDialogs
from vinkdesk.ui.i18n import Languages
from vinkdesk.ui.presenters.cases import CasesPresenter
from vinkdesk.ui.presenters.context import Context
from vinkdesk.ui.presenters.keys import KeysPresenter
from vinkdesk.ui.presenters.printing import PrintingPresenter
from vinkdesk.ui.presenters.supervision import SupervisionPresenter
from vinkdesk.ui.presenters.sync import SyncPresenter
from vinkdesk.ui.screen import available_area
from vinkdesk.ui.settings import Settings
from vinkdesk.ui.system.capture import CaptureShield
from vinkdesk.ui.system.capture import available as capture_available
from vinkdesk.ui.system.clipboard import CopyKeys
from vinkdesk.ui.unlock_dialog import UnlockDialog
from vinkdesk.ui.worker import DbWorker

if TYPE_CHECKING:
    from vinkdesk.assessment import DefinitionRegistry
    from vinkdesk.session import Session
    from vinkdesk.ui.first_run import FirstRunDialog
    from vinkdesk.ui.main_window import MainWindow, ViewState
    from vinkdesk.vault import Home, KdfParams

log = logging.getLogger(__name__)
SYNC_MINUTES = 30


class DesktopApp(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        home: Home,
        settings: Settings,
        languages: Languages,
        kdf: KdfParams | None = None,
        idle_ms: int | None = None,
        definitions: DefinitionRegistry | None = None,
    ) -> None:
        super().__init__()
        self.home = home
        self.settings = settings
        self.languages = languages
        self.kdf = kdf
        self.worker = DbWorker(self)
        self.dialogs = OpenDialogs(self)
        self.context = Context(home, settings, languages, self.worker, self.dialogs, kdf, definitions)
        self.cases = CasesPresenter(self.context, self)
        self.printing = PrintingPresenter(self.context, self)
        self.supervision = SupervisionPresenter(self.context, self.printing, self)
        self.keys = KeysPresenter(self.context, self)
        self.sync = SyncPresenter(self.context, self)
        self.sync.coordinator_lock_requested.connect(self.lock)
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run: FirstRunDialog | None = None
        # What a lock could not keep (a draft on a full disk), told at the next unlock. (Where the windows
        # stood — case, tab, search, filters — waits in the vault as a VIEW_DRAFT, see _keep_view_state.)
        self._lost_at_lock: list[str] = []
        self.autolock = AutoLock(idle_ms or settings.idle_minutes * 60_000, self)
        self.autolock.lock_requested.connect(self.lock)
        self.autolock.listen_to_desktop()
        self.keys_filter = GlobalKeys(self)
        self.keys_filter.lock_pressed.connect(lambda: self.lock("manual"))
        self.curtain = Curtain(self)
        self.keys_filter.hide_pressed.connect(self.curtain.toggle)
        self.clipboard = ClipboardGuard(parent=self)
        # From the first window on (the unlock dialog too) until quit: copies marked private, windows kept out
        # of screen sharing as the setting says.
        self.copy_keys = CopyKeys(self)
        self.copy_keys.install()
        self.capture = CaptureShield(settings.hide_from_screen_sharing, self)
        self.capture.install()
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_MINUTES * 60_000)
        self.sync_timer.timeout.connect(self.sync.sync_in_background)

    @property
    def session(self) -> Session | None:
        return self.context.session

    @property
    def window(self) -> MainWindow | None:
        return self.context.window

    # --- start, first run, unlock --------------------------------------------------------------------------

    def start(self) -> None:
        for warning in self.home.warnings():
            QMessageBox.warning(None, self.tr("Vault on a network drive"), warning)
        if self.home.has_vault():
            self.show_unlock()
        else:
            from vinkdesk.ui.first_run import FirstRunDialog

            self.first_run = FirstRunDialog(self.home, self.worker, self.kdf)
            self.first_run.created.connect(self._created)
            self.first_run.coordinator_requested.connect(self.show_aggregate)
            self.first_run.rejected.connect(QApplication.quit)
            self.first_run.show()

    def _created(self, session: Session, code: str) -> None:
        from vinkdesk.ui.first_run import RecoveryCodeDialog

        dialog = RecoveryCodeDialog(code, session.user.display_name, self.languages.current, home=self.home)
        dialog.accepted.connect(lambda: self._enter(session))
        self.dialogs.add(dialog)
        dialog.show()

    def show_unlock(self) -> None:
        self.unlock_dialog = UnlockDialog(self.home, self.worker)
        self.unlock_dialog.unlocked.connect(self._enter)
        self.unlock_dialog.coordinator_requested.connect(self.show_aggregate)
        self.unlock_dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog.show()
        self.unlock_dialog.raise_()
        self.unlock_dialog.activateWindow()

    def _unlock_cancelled(self) -> None:
        if self.session is None:
            QApplication.quit()

    def _enter(self, session: Session) -> None:
        self.context.session = session
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
        self.unlock_dialog = None
        window = self.build_window()
        if window.case_page is None:
            window.text_filter.setFocus()  # typing finds a case at once; ↓ goes into the list
        self.autolock.start()
        self.keys_filter.install()
        self.sync.sync_in_background()  # a pending sync is retried at every unlock, and on a timer
        self.sync_timer.start()
        self.unlocked.emit()
        if session.via_recovery:
            self.keys.after_recovery()
        else:
            self.keys.warn_if_restored_before_rotation()
        self._tell_what_the_lock_lost()
        self._tell_what_was_returned(session)
        self._tell_overdue_reviews(session)

    def _tell_what_was_returned(self, session: Session) -> None:
        from vinkdesk.domain import Role

        window = self.window
        if session.user.role is not Role.COUNSELLOR or window is None:
            return

        def show(notice: str | None) -> None:
            if self.window is window:
                window.show_returned(notice)

        supervision = self.supervision
        self.worker.submit(lambda: supervision.returned_notice(session), show)

    def _tell_overdue_reviews(self, session: Session) -> None:
        """How many open cases are overdue for review, in the status bar: pressing it shows them."""
        from vinkdesk.domain import Role

        window = self.window
        if session.user.role is not Role.COUNSELLOR or window is None:
            return

        def show(overdue: list[int]) -> None:
            if self.window is window:
                window.show_overdue_reviews(len(overdue))

        self.worker.submit(session.reviews_overdue, show)

    def _tell_what_the_lock_lost(self) -> None:
        if not self._lost_at_lock or self.window is None:
            return
        lost, self._lost_at_lock = self._lost_at_lock, []
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not everything was kept when vinkdesk locked"),
            "\n\n".join(lost),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.dialogs.open(box)

    def build_window(self) -> MainWindow:
        # The main window's modules load after unlocking, so the unlock dialog appears quickly.
        from vinkdesk.session import NotFound
        from vinkdesk.ui.main_window import MainWindow

        session = self.session
        assert session is not None
        window = MainWindow(session, self.worker)
        self.context.window = window
        self._connect(window)
        self._place(window)
        state = self._take_view_state(session)
        if state is not None:
            try:
                window.restore_view_state(state)
            except NotFound:  # the case went meanwhile (deleted after its retention period)
                pass
        self.cases.offer_drafts()
        return window

    def _connect(self, window: MainWindow) -> None:
        cases, printing, supervision, keys = self.cases, self.printing, self.supervision, self.keys
        window.lock_requested.connect(lambda: self.lock("manual"))
        window.quit_requested.connect(self.quit_app)
        window.hide_requested.connect(self.curtain.toggle)
        window.new_consultation_requested.connect(lambda case_id: cases.open_editor(case_id))
        window.open_consultation_requested.connect(lambda case_id, cid: cases.open_editor(case_id, cid))
        window.new_assessment_requested.connect(cases.open_wizard)
        window.open_assessment_requested.connect(cases.show_assessment)
        window.print_summary_requested.connect(printing.ask_summary)
        window.access_report_requested.connect(printing.ask_access)
        window.sync_requested.connect(self.sync.show_sync_panel)
        window.aggregate_requested.connect(self.show_aggregate)
        window.review_queue_requested.connect(supervision.review_queue)
        window.returned_requested.connect(supervision.returned)
        window.audit_requested.connect(supervision.audit)
        window.retention_requested.connect(supervision.retention)
        window.periods_requested.connect(supervision.periods)
        window.unit_details_requested.connect(self.show_unit_details)
        window.change_passphrase_requested.connect(keys.change_passphrase)
        window.recovery_code_requested.connect(keys.new_recovery_code)
        window.supervisors_requested.connect(keys.supervisors)
        window.rotate_key_requested.connect(keys.rotate_key)
        window.language_requested.connect(self.set_language)
        window.idle_minutes_requested.connect(self.ask_idle_minutes)
        action = window.hide_from_sharing_action
        action.blockSignals(True)
        action.setChecked(self.settings.hide_from_screen_sharing and capture_available())
        action.blockSignals(False)
        window.hide_from_sharing_requested.connect(self.set_hide_from_sharing)
        window.banner.resume.connect(cases.resume_draft)
        window.drafts_changed.connect(cases.offer_drafts)
        window.dialog_opened.connect(self.dialogs.add)
        window.banner.discard.connect(cases.discard_draft)

    def _place(self, window: MainWindow) -> None:
        """The remembered place if it fits this screen; maximised on a screen smaller than the default."""
        geometry = self.settings.geometry()
        if geometry is not None:
            window.restoreGeometry(geometry)
        area = available_area(window)
        small = area.width() < window.DEFAULT_WIDTH or area.height() < window.DEFAULT_HEIGHT
        if geometry is None and small or not area.contains(window.frameGeometry()):
            window.setGeometry(area)  # fits also where no window manager maximises (a bare X session)
            window.showMaximized()
        else:
            window.show()

    def show_aggregate(self) -> None:
        """A coordinator may have no vault at all: the annual report needs none. Its key is locked away after
        idle time like a vault's."""
        self.sync.show_aggregate()
        if self.session is None:
            self.autolock.start()
            self.keys_filter.install()

    # --- locking -------------------------------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Keep drafts, close and delete every dialog, clear every view, close the database and forget the
        key; then ask to unlock."""
        if self.session is None:
            from vinkdesk.ui.coordinator_window import CoordinatorDialog

            if self.dialogs.find(CoordinatorDialog) is not None:
                self.autolock.stop()
                self.keys_filter.remove()
                self.curtain.lift()
                self.dialogs.close_all(keep=(self.unlock_dialog, self.first_run))
            return
        log.info("locking (%s)", reason)
        self.autolock.stop()
        self.keys_filter.remove()
        self.sync_timer.stop()
        self.curtain.lift()
        self._lost_at_lock += self.dialogs.close_all()
        self.worker.drain()
        if self.window is not None:
            self.settings.set_geometry(self.window.saveGeometry())
            self._drop_window()
        if not self.session.is_locked:
            self.session.lock()
        self.context.session = None
        gc.unfreeze()  # what show_cases set apart is collected again, with every case object of the session
        gc.collect()
        self.clipboard.clear_all_if_ours()
        self.locked.emit()
        if reason != "quit":
            self.show_unlock()

    def quit_app(self) -> None:
        """File → Quit or the main window's close button: lock (drafts kept, the vault closed), then end."""
        self.lock("quit")
        self.remove_system_hooks()
        QApplication.quit()

    def quit(self) -> None:
        """When the program quits (however the last window went): lock as Ctrl+L does — drafts kept, the
        database closed with its log written back, the key forgotten — and ask for nothing more."""
        self.lock("quit")
        self.remove_system_hooks()

    def remove_system_hooks(self) -> None:
        """Nothing of vinkdesk stays installed on the application or the system after quit: the session
        and sleep notifications, the copy filter, the screen-sharing filter."""
        self.autolock.stop_listening()
        self.copy_keys.uninstall()
        self.capture.uninstall()

    # --- settings ------------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.languages.apply(language)
        if self.window is not None and self.session is not None:
            self.dialogs.close_all()
            self._drop_window()
            self.build_window()

    def _keep_view_state(self, window: MainWindow) -> None:
        """Where the windows stood (the open case, its tab, the search, the filters) is kept in the vault as a
        draft, so it comes back after the unlock without a search text or case id left in memory while locked.
        Should the vault refuse (a full disk), the view is simply not restored: nothing of a case is lost."""
        from dataclasses import asdict

        from vinkdesk.session import VIEW_DRAFT
        from vinkdesk.vault import VaultError

        session = self.session
        if session is None or session.is_locked:
            return
        try:
            session.save_draft(VIEW_DRAFT, asdict(window.view_state()))
        except VaultError as error:
            log.warning("the view was not kept at the lock (%s)", type(error).__name__)

    def _take_view_state(self, session: Session) -> ViewState | None:
        from vinkdesk.session import VIEW_DRAFT
        from vinkdesk.ui.main_window import ViewState
        from vinkdesk.vault import VaultError

        try:
            content = session.draft(VIEW_DRAFT)
            if content is None:
                return None
            session.discard_draft(VIEW_DRAFT)
            return ViewState(**content)
        except (VaultError, TypeError) as error:  # TypeError: a view kept by another version of vinkdesk
            log.warning("the view kept at the lock was not restored (%s)", type(error).__name__)
            return None

    def _drop_window(self) -> None:
        """Keep where the windows stood (in the vault), clear every view of case data, let the window go."""
        window = self.window
        assert window is not None
        self._keep_view_state(window)
        window.clear_case_data()
        window.hide()
        window.deleteLater()
        self.context.window = None

    def show_unit_details(self) -> QDialog | None:
        """Settings → Unit details: who the right-of-access report names as responsible, kept in the vault."""
        from vinkdesk.ui.unit_details import UnitDetailsDialog

        session, window = self.session, self.window
        if session is None or window is None:
            return None
        return self.dialogs.open(UnitDetailsDialog(session, window))

    def set_hide_from_sharing(self, hide: bool) -> None:
        """Settings → Hide windows from screen sharing: stored, and applied at once to every open window."""
        self.settings.hide_from_screen_sharing = hide
        self.capture.set_enabled(hide)

    def ask_idle_minutes(self) -> None:
        parent: QWidget | None = self.window
        minutes, ok = QInputDialog.getInt(
            parent,
            self.tr("Auto-lock"),
            self.tr("Lock vinkdesk after this many idle minutes:"),
            self.settings.idle_minutes,
            1,
            60,
        )
        if ok:
            self.settings.idle_minutes = minutes
            self.autolock.set_idle_ms(minutes * 60_000)
