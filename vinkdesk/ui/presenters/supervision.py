"""Supervision and data protection: the review queue, work returned to the counsellor, the audit trail,
deleting after the retention period, and the retention and lock periods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from vinkdesk.session import Session
    from vinkdesk.ui.audit_log import AuditDialog
    from vinkdesk.ui.data_protection import PeriodsDialog, RetentionDialog
    from vinkdesk.ui.presenters.context import Context
    from vinkdesk.ui.presenters.printing import PrintingPresenter
    from vinkdesk.ui.supervision import ReturnedDialog, ReviewQueueDialog


class SupervisionPresenter(QObject):
    def __init__(self, context: Context, printing: PrintingPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self._printing = printing

    def review_queue(self) -> ReviewQueueDialog | None:
        from vinkdesk.ui.supervision import ReviewQueueDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        dialog = ReviewQueueDialog(session, window)
        dialog.open_case.connect(window.open_case)
        return self.ctx.dialogs.open(dialog)

    def returned_notice(self, session: Session) -> str | None:
        """What to tell a counsellor at unlock about work supervisors returned ("2 consultations and 1
        assessment returned to you"); None when nothing waits (and for a supervisor)."""
        returned = session.returned_to_me()
        consultations = sum(1 for review in returned if review.kind == "consultation")
        assessments = len(returned) - consultations
        parts = []
        if consultations:
            parts.append(self.tr("%n consultation(s)", "", consultations))
        if assessments:
            parts.append(self.tr("%n assessment(s)", "", assessments))
        if not parts:
            return None
        what = (
            parts[0]
            if len(parts) == 1
            else self.tr("%1 and %2").replace("%1", parts[0]).replace("%2", parts[1])
        )
        return self.tr("%1 returned to you").replace("%1", what)

    def returned(self) -> ReturnedDialog | None:
        from vinkdesk.ui.supervision import ReturnedDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        dialog = ReturnedDialog(session, window)
        dialog.open_case.connect(window.open_case)
        return self.ctx.dialogs.open(dialog)

    def audit(self) -> AuditDialog | None:
        from vinkdesk.ui.audit_log import AuditDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        dialog = AuditDialog(session, self.ctx.worker, window)
        dialog.export.connect(self._printing.preview_audit)
        return self.ctx.dialogs.open(dialog)

    def retention(self) -> RetentionDialog | None:
        from vinkdesk.ui.data_protection import RetentionDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        dialog = RetentionDialog(session, self.ctx.worker, window)
        dialog.finished.connect(lambda _r: self._reload_cases())
        return self.ctx.dialogs.open(dialog)

    def _reload_cases(self) -> None:
        if self.ctx.unlocked and self.ctx.window is not None:
            self.ctx.window.reload_cases()

    def periods(self) -> PeriodsDialog | None:
        from vinkdesk.ui.data_protection import PeriodsDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        return self.ctx.dialogs.open(PeriodsDialog(session, window))
