"""What the presenters share: the vault's home, settings, the worker, the dialog registry, and — only while
unlocked — the Session and the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from vinkdesk.ui.dialogs import OpenDialogs

if TYPE_CHECKING:
    from vinkdesk.assessment import DefinitionRegistry
    from vinkdesk.session import Session
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.main_window import MainWindow
    from vinkdesk.ui.settings import Settings
    from vinkdesk.ui.worker import DbWorker
    from vinkdesk.vault import Home, KdfParams


class Context:
    def __init__(
        self,
        home: Home,
        settings: Settings,
        languages: Languages,
        worker: DbWorker,
        dialogs: OpenDialogs,
        kdf: KdfParams | None,
        definitions: DefinitionRegistry | None,
    ) -> None:
        self.home = home
        self.settings = settings
        self.languages = languages
        self.worker = worker
        self.dialogs = dialogs
        self.kdf = kdf
        self._definitions = definitions
        self.session: Session | None = None
        self.window: MainWindow | None = None

    @property
    def definitions(self) -> DefinitionRegistry:
        if self._definitions is None:
            from vinkdesk.assessment import shipped_definitions

            self._definitions = shipped_definitions()
        return self._definitions

    @property
    def unlocked(self) -> bool:
        return self.session is not None and not self.session.is_locked and self.window is not None

    def status(self, text: str, milliseconds: int = 8_000) -> None:
        """A line in the main window's status bar (a background sync's failure, a print sent)."""
        if self.window is not None:
            self.window.statusBar().showMessage(text, milliseconds)


class ProgressRelay(QObject):
    """Carries a core Progress callback (called in the worker thread) to the UI thread as a signal."""

    progressed = Signal(float)

    def __call__(self, fraction: float) -> None:
        self.progressed.emit(fraction)
