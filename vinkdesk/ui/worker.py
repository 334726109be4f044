"""One background worker for database work (unlock, loading the case list, search), results back on the UI
thread by signal, so the windows never freeze."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Relay(QObject):
    """Lives in the UI thread; the worker's signals reach it queued, and it calls the callbacks there."""

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_failed: Callable[[Exception], None] | None,
        finished: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self._finished = finished
        self.cancelled = False

    @Slot(object)
    def deliver(self, result: object) -> None:
        if self.cancelled:
            return
        try:
            if self._on_done:
                self._on_done(result)
        finally:
            self._finished(self)

    @Slot(object)
    def fail(self, error: object) -> None:
        if self.cancelled:
            return
        try:
            if self._on_failed:
                self._on_failed(error if isinstance(error, Exception) else RuntimeError(str(error)))
            else:
                log.error("background work failed: %s", type(error).__name__)
        finally:
            self._finished(self)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class DbWorker(QObject):
    """A single thread, so database work runs one piece at a time and in the order asked."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: dict[_Relay, _Signals] = {}

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
    ) -> None:
        signals = _Signals()
        relay = _Relay(on_done, on_failed, self._finished)
        signals.done.connect(relay.deliver)
        signals.failed.connect(relay.fail)
        self._running[relay] = signals
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        task = _Task(work, signals)
        task.setAutoDelete(True)
        self._pool.start(task)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self) -> None:
        """Block until the queue is empty (used when locking and in tests)."""
        self._pool.waitForDone()

    def drain(self) -> None:
        """Finish what runs and drop every result not yet delivered: after a lock no stale result (a search,
        a case list) may reach a window."""
        self._pool.waitForDone()
        for relay in list(self._running):
            relay.cancelled = True
            self._finished(relay)

    def _finished(self, relay: _Relay) -> None:
        self._running.pop(relay, None)
        relay.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)
