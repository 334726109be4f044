"""Sync and the annual report: the background sync of changed quarters, the sync panel, and the coordinator's
window (which needs no vault, so it opens from the unlock and first-run dialogs too)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from vinkdesk.ui.errors import explain

if TYPE_CHECKING:
    from vinkdesk.ui.coordinator_window import CoordinatorDialog
    from vinkdesk.ui.presenters.context import Context
    from vinkdesk.ui.sync_panel import SyncPanel

log = logging.getLogger(__name__)


class SyncPresenter(QObject):
    coordinator_lock_requested = Signal(str)

    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.last_failure = ""

    def sync_in_background(self) -> None:
        """Send changed quarters to the share if one is set; a failure leaves them pending, and is shown in
        the status bar and (stored by the Session) in the sync panel."""
        share = self.ctx.settings.share_path
        session = self.ctx.session
        if session is None or not share:
            return
        self.ctx.worker.submit(lambda: session.sync(Path(share)), self._synced, self._sync_failed)

    def _synced(self, _result: object) -> None:
        self.last_failure = ""

    def _sync_failed(self, error: Exception) -> None:
        log.warning("background sync failed: %s", type(error).__name__)
        self.last_failure = explain(error)
        first_line = self.last_failure.splitlines()[0] if self.last_failure else ""
        self.ctx.status(self.tr("Counts not synced: %1 See Tools → Sync.").replace("%1", first_line), 0)

    def show_sync_panel(self) -> SyncPanel | None:
        from vinkdesk.ui.sync_panel import SyncPanel

        session = self.ctx.session
        if session is None:
            return None
        panel = SyncPanel(session, self.ctx.worker, self.ctx.settings, self.ctx.window, self.last_failure)
        return self.ctx.dialogs.open(panel)

    def show_aggregate(self) -> CoordinatorDialog:
        from vinkdesk.ui.coordinator_window import CoordinatorDialog

        dialog = CoordinatorDialog(self.ctx.worker, self.ctx.settings, self.ctx.window)
        dialog.lock_requested.connect(self.coordinator_lock_requested.emit)
        return self.ctx.dialogs.open(dialog)
