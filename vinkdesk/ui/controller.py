"""The client's life cycle: first run or unlock, the main window, and locking (by hand, when idle, when the
screen locks or the laptop sleeps), after which nothing of a case is left in any window."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from vinkdesk.ui.autolock import AutoLock, ClipboardGuard
from vinkdesk.ui.i18n import Languages
from vinkdesk.ui.settings import Settings
from vinkdesk.ui.unlock_dialog import UnlockDialog
from vinkdesk.ui.worker import DbWorker

if TYPE_CHECKING:
    from datetime import date

    from vinkdesk.assessment import DefinitionRegistry
    from vinkdesk.session import Session
    from vinkdesk.ui.assessment_wizard import AssessmentWizard
    from vinkdesk.ui.consultation_editor import ConsultationEditor
    from vinkdesk.ui.first_run import FirstRunDialog
    from vinkdesk.ui.main_window import MainWindow
    from vinkdesk.ui.print_preview import PrintPreview
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
        self._definitions = definitions
        self.settings = settings
        self.languages = languages
        self.kdf = kdf
        self.worker = DbWorker(self)
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run: FirstRunDialog | None = None
        self.editors: list[ConsultationEditor] = []
        self.wizard: AssessmentWizard | None = None
        self._reopen_case: int | None = None
        self.autolock = AutoLock(idle_ms or settings.idle_minutes * 60_000, self)
        self.autolock.lock_requested.connect(self.lock)
        self.autolock.listen_to_desktop()
        self.clipboard = ClipboardGuard(parent=self)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_MINUTES * 60_000)
        self.sync_timer.timeout.connect(self.sync_in_background)

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
        self.recovery_dialog = dialog
        dialog.accepted.connect(lambda: self._enter(session))
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
        self.session = session
        self.unlock_dialog = None
        self.build_window()
        self.autolock.start()
        self.sync_in_background()  # a pending sync is retried at every unlock, and on a timer
        self.sync_timer.start()
        self.unlocked.emit()
        if session.via_recovery:
            self._ask_new_passphrase()

    def build_window(self) -> MainWindow:
        # The main window's modules load after unlocking, so the unlock dialog appears quickly.
        from vinkdesk.ui.main_window import MainWindow

        assert self.session is not None
        window = MainWindow(self.session, self.worker)
        geometry = self.settings.geometry()
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.lock_requested.connect(lambda: self.lock("manual"))
        window.new_consultation_requested.connect(lambda case_id: self.open_editor(case_id))
        window.open_consultation_requested.connect(lambda case_id, cid: self.open_editor(case_id, cid))
        window.new_assessment_requested.connect(self.open_wizard)
        window.print_summary_requested.connect(self.ask_summary)
        window.sync_requested.connect(self.show_sync_panel)
        window.aggregate_requested.connect(self.show_aggregate)
        window.supervision_requested.connect(self.show_supervision)
        window.access_report_requested.connect(self.preview_access)
        window.open_assessment_requested.connect(self.show_assessment)
        window.language_requested.connect(self.set_language)
        window.idle_minutes_requested.connect(self.ask_idle_minutes)
        window.banner.resume.connect(self._resume_draft)
        window.banner.discard.connect(self._discard_draft)
        self.window = window
        window.show()
        from vinkdesk.session import NotFound

        if self._reopen_case is not None:
            try:
                window.open_case(self._reopen_case)
            except NotFound:
                pass
        self._offer_drafts()
        return window

    def _offer_drafts(self) -> None:
        from vinkdesk.session import CONSULTATION_DRAFT

        assert self.session is not None and self.window is not None
        for kind, case_id, target_id, content in self.session.drafts():
            if kind != CONSULTATION_DRAFT or case_id is None:
                continue
            ref = self.session.case_ref_of(case_id)  # a ref only, not a view of the case
            if not ref:
                continue
            self.window.banner.offer({"case_id": case_id, "target_id": target_id, "content": content}, ref)
            return

    def _resume_draft(self, draft: dict[str, Any]) -> None:
        self.open_editor(draft["case_id"], draft["target_id"], draft["content"])

    def _discard_draft(self, draft: dict[str, Any]) -> None:
        from vinkdesk.session import CONSULTATION_DRAFT

        if self.session is not None:
            self.session.discard_draft(
                CONSULTATION_DRAFT, case_id=draft["case_id"], target_id=draft["target_id"]
            )
            self._offer_drafts()

    # --- editing -------------------------------------------------------------------------------------------

    def open_editor(
        self, case_id: int, consultation_id: int | None = None, draft: dict[str, Any] | None = None
    ) -> ConsultationEditor | None:
        if self.session is None or self.window is None:
            return None
        page = self.window.case_page
        if page is None or page.case.id != case_id:
            page = self.window.open_case(case_id)
        from vinkdesk.ui.consultation_editor import ConsultationEditor

        consultation = self.session.consultation(consultation_id) if consultation_id is not None else None
        if self.session.user.role.value != "counsellor" or (
            consultation is not None and consultation.author_id != self.session.user.id
        ):
            return None  # supervisors read; only the author changes a consultation
        editor = ConsultationEditor(self.session, page.case, consultation, draft, self.window)
        self.editors.append(editor)
        editor.finished.connect(lambda _result, e=editor: self._editor_closed(e))
        editor.open()
        return editor

    def _editor_closed(self, editor: ConsultationEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        if self.session is None or self.session.is_locked or self.window is None:
            return
        page = self.window.case_page
        if editor.saved is not None and page is not None and page.case.id == editor.case.id:
            page.refresh(select_consultation=editor.saved.id)
            self.window.reload_cases()

    # --- assessments ---------------------------------------------------------------------------------------

    @property
    def definitions(self) -> DefinitionRegistry:
        if self._definitions is None:
            from vinkdesk.assessment import shipped_definitions

            self._definitions = shipped_definitions()
        return self._definitions

    def open_wizard(self, case_id: int) -> AssessmentWizard | None:
        """A new assessment of the case, or the one left half-way, resumed at its page."""
        from vinkdesk.assessment import DefinitionError
        from vinkdesk.session import ASSESSMENT_DRAFT
        from vinkdesk.ui.assessment_wizard import AssessmentWizard

        if self.session is None or self.window is None or self.session.user.role.value != "counsellor":
            return None
        session = self.session
        page = self.window.case_page
        case = page.case if page is not None and page.case.id == case_id else session.view_case(case_id)
        draft = session.draft(ASSESSMENT_DRAFT, case_id)
        try:
            definition = (
                self.definitions.get(draft["definition_id"], int(draft["definition_version"]))
                if draft and "definition_id" in draft
                else self.definitions.latest()
            )
            previous = session.latest_assessment(case_id)
            previous_definition = (
                self.definitions.get(previous.definition_id, previous.definition_version)
                if previous
                else None
            )
        except DefinitionError as error:
            QMessageBox.warning(self.window, self.tr("Assessment"), str(error))
            return None
        wizard = AssessmentWizard(
            session,
            case,
            definition,
            self.languages.current,
            previous,
            previous_definition,
            draft,
            self.window,
        )
        self.wizard = wizard
        wizard.finished.connect(lambda _result, w=wizard: self._wizard_closed(w))
        wizard.open()
        wizard.start_at_saved_page()
        return wizard

    def _wizard_closed(self, wizard: AssessmentWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        if self.session is None or self.session.is_locked or self.window is None:
            return
        page = self.window.case_page
        if page is not None and page.case.id == wizard.case.id:
            page.refresh()
            if wizard.saved_id is not None:
                page.tabs.setCurrentIndex(2)
        self.window.reload_cases()

    def show_assessment(self, assessment_id: int) -> None:
        from vinkdesk.assessment import DefinitionError
        from vinkdesk.ui.assessment_view import AssessmentView

        if self.session is None or self.window is None:
            return
        detail = self.session.assessment(assessment_id)
        try:
            definition = self.definitions.get(detail.definition_id, detail.definition_version)
        except DefinitionError as error:
            QMessageBox.warning(self.window, self.tr("Assessment"), str(error))
            return
        self.assessment_view = AssessmentView(detail, definition, self.languages.current, self.window)
        self.assessment_view.open()

    # --- sync ----------------------------------------------------------------------------------------------

    def sync_in_background(self) -> None:
        """Send changed quarters to the share if one is set; a failure leaves them pending (see the panel)."""
        share = self.settings.share_path
        if self.session is None or not share:
            return
        session = self.session
        self.worker.submit(
            lambda: session.sync(Path(share)),
            None,
            lambda error: log.info("sync pending: %s", type(error).__name__),
        )

    def show_sync_panel(self) -> None:
        from vinkdesk.ui.sync_panel import SyncPanel

        if self.session is None:
            return
        self.sync_panel = SyncPanel(self.session, self.worker, self.settings, self.window)
        self.sync_panel.open()

    def show_aggregate(self) -> None:
        from vinkdesk.ui.coordinator_window import CoordinatorDialog

        # A coordinator may have no vault at all: this needs none, so it opens from the unlock and first-run
        # dialogs too.
        self.aggregate_dialog = CoordinatorDialog(self.worker, self.settings, self.window)
        self.aggregate_dialog.lock_requested.connect(self.lock)
        if self.session is None:
            self.autolock.start()  # the coordinator's key is locked away after idle time like a vault's
        self.aggregate_dialog.open()

    # --- supervision and data protection -----------------------------------------------------------------

    def show_supervision(self, which: str) -> QDialog | None:
        from vinkdesk.ui import supervision

        if self.session is None or self.window is None:
            return None
        dialog: QDialog
        if which == "add-supervisor":
            dialog = supervision.AddSupervisorDialog(self.session, self.kdf, self.window)
        elif which == "queue":
            dialog = supervision.ReviewQueueDialog(self.session, self.window)
            dialog.open_case.connect(self.window.open_case)
        elif which == "returned":
            dialog = supervision.ReturnedDialog(self.session, self.window)
            dialog.open_case.connect(self.window.open_case)
        elif which == "audit":
            dialog = supervision.AuditDialog(self.session, self.window)
            dialog.export.connect(
                lambda pdf, title: self._preview_pdf(
                    pdf, self.tr("Audit extract – %1").replace("%1", title), None
                )
            )
        elif which == "retention":
            dialog = supervision.RetentionDialog(self.session, self.window)
            dialog.finished.connect(lambda _r: self.window.reload_cases() if self.window else None)
        else:
            self._ask_periods()
            return None
        self.supervision_dialog = dialog
        dialog.open()
        return dialog

    def _ask_periods(self) -> None:
        assert self.session is not None
        for name, question in (
            ("lock_after_days", self.tr("Lock a consultation this many days after it was written:")),
            ("retention_years", self.tr("Keep closed cases this many years before deletion:")),
            ("audit_retention_years", self.tr("Keep audit rows this many years:")),
            (
                "search_criteria_months",
                self.tr("Keep what was typed into searches in the audit rows this many months:"),
            ),
        ):
            value, ok = QInputDialog.getInt(
                self.window,
                self.tr("Retention and lock periods"),
                question,  # type: ignore[arg-type]
                self.session.setting(name),
                1,
                100,
            )
            if not ok:
                return
            self.session.set_setting(name, value)

    def preview_access(self, case_id: int) -> PrintPreview | None:
        from vinkdesk.reports.access import access_report
        from vinkdesk.ui import labels

        if self.session is None:
            return None
        data = self.session.access_data(case_id)
        session = self.session
        return self._preview_pdf(
            access_report(data, labels.language()),
            self.tr("Right of access – %1").replace("%1", data.case.ref),
            lambda kind: session.record_output(case_id, kind, "right of access"),
        )

    def _preview_pdf(self, pdf: bytes, title: str, on_output: Any) -> PrintPreview:
        from vinkdesk.ui.print_preview import PrintPreview

        preview = PrintPreview(
            pdf, title, "vinkdesk.pdf", on_output or (lambda _kind: None), self.window, forbidden=self.home
        )
        self.preview = preview
        preview.open()
        return preview

    # --- summaries ---------------------------------------------------------------------------------------

    def ask_summary(self, case_id: int) -> None:
        """What to include, then the preview."""
        from vinkdesk.ui.summary_dialog import SummaryDialog

        if self.window is None or self.window.case_page is None:
            return
        page = self.window.case_page
        dialog = SummaryDialog(page.case.opened_on, page.current_consultation(), self.window)
        self.summary_dialog = dialog
        dialog.accepted.connect(lambda: self.preview_summary(case_id, *dialog.choice()))
        dialog.open()

    def preview_summary(
        self,
        case_id: int,
        start: date | None = None,
        end: date | None = None,
        consultation_ids: list[int] | None = None,
    ) -> PrintPreview | None:
        from vinkdesk.reports.summary import consultation_summary
        from vinkdesk.ui import labels
        from vinkdesk.ui.print_preview import PrintPreview

        if self.session is None or self.window is None:
            return None
        session = self.session
        data = session.summary_data(case_id, start, end, consultation_ids)
        pdf = consultation_summary(data, labels.language())
        preview = PrintPreview(
            pdf,
            self.tr("Consultation summary – %1").replace("%1", data.case.ref),
            f"resume-{data.case.ref}.pdf",
            lambda kind: session.record_output(case_id, kind, "consultation summary"),
            self.window,
            forbidden=self.home,
        )
        self.preview = preview
        preview.open()
        return preview

    # --- locking -------------------------------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Keep drafts, clear every view, close the database and forget the key; then ask to unlock."""
        if self.session is None:
            coordinator = getattr(self, "aggregate_dialog", None)
            if coordinator is not None and coordinator.isVisible():
                self.autolock.stop()
                coordinator.reject()  # the coordinator's window forgets its key too
            return
        log.info("locking (%s)", reason)
        self.autolock.stop()
        self.sync_timer.stop()
        for editor in list(self.editors):
            editor.close_for_lock()
        self.editors.clear()
        if self.wizard is not None:
            self.wizard.close_for_lock()
            self.wizard = None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.worker.drain()
        if self.window is not None:
            self.settings.set_geometry(self.window.saveGeometry())
            self._drop_window()
        self.session.lock()
        self.session = None
        self.clipboard.clear_if_ours()
        self.locked.emit()
        if reason != "quit":
            self.show_unlock()

    def quit(self) -> None:
        """When the program quits (however the last window went): lock as Ctrl+L does — drafts kept, the
        database closed with its log written back, the key forgotten — and ask for nothing more."""
        self.lock("quit")

    # --- settings ------------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.languages.apply(language)
        if self.window is not None and self.session is not None:
            self._drop_window()
            self.build_window()

    def _drop_window(self) -> None:
        """Remember which case was open, clear every view of case data, and let the window go."""
        assert self.window is not None
        page = self.window.case_page
        self._reopen_case = page.case.id if page is not None else None
        self.window.clear_case_data()
        self.window.hide()
        self.window.deleteLater()
        self.window = None

    def ask_idle_minutes(self) -> None:
        parent: QWidget | None = self.window
        minutes, ok = QInputDialog.getInt(
            parent,
            self.tr("Auto-lock"),  # type: ignore[arg-type]
            self.tr("Lock vinkdesk after this many idle minutes:"),
            self.settings.idle_minutes,
            1,
            60,
        )
        if ok:
            self.settings.idle_minutes = minutes
            self.autolock.set_idle_ms(minutes * 60_000)

    def _ask_new_passphrase(self) -> None:
        """After a recovery-code unlock the forgotten passphrase is replaced before anything else."""
        assert self.session is not None
        while self.session is not None and self.session.via_recovery:
            text, ok = QInputDialog.getText(
                self.window,
                self.tr("Choose a new passphrase"),
                self.tr(
                    "You opened vinkdesk with the recovery code. Choose a new "
                    "passphrase (at least 10 characters):"
                ),
                echo=QInputDialog.TextEchoMode.Password,
            )  # type: ignore[call-arg]
            if not ok:
                return
            from vinkdesk.vault import VaultError

            try:
                self.session.reset_passphrase(text, self.kdf)
            except VaultError as error:
                QMessageBox.warning(self.window, self.tr("Passphrase not changed"), str(error))
                continue
            self.session.via_recovery = False
            QMessageBox.information(
                self.window,
                self.tr("Passphrase changed"),
                self.tr(
                    "Your new passphrase works from now on. Make a new recovery code in "
                    "Settings when you can."
                ),
            )
