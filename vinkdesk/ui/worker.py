"""One background worker for database work (unlock, loading the case list, search), results back on the UI
thread by signal, so the windows never freeze.

The worker thread touches no Qt object it does not own: it runs plain Python and emits one long-lived signal
of the worker (which lives in the UI thread) with a token. No per-task QObject is created in one thread and
destroyed in the other, which is what made Qt crash now and then."""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class _Pending:
    on_done: Callable[[Any], object] | None  # what it returns is not used
    on_failed: Callable[[Exception], None] | None
    future: Future[None]


class DbWorker(QObject):
    """A single thread, so database work runs one piece at a time and in the order asked."""

    busy_changed = Signal(bool)
    _settled = Signal(int, bool, object)  # token, succeeded, result or exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vinkdesk-db")
        weakref.finalize(self, self._pool.shutdown, wait=False)
        self._tokens = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._settled.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], object] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
    ) -> None:
        token = next(self._tokens)
        settled = self._settled

        def run() -> None:
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
                settled.emit(token, False, exc)
            else:
                settled.emit(token, True, result)

        self._pending[token] = _Pending(on_done, on_failed, self._pool.submit(run))
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self) -> None:
        """Block until the queue is empty (used when locking and in tests)."""
        while futures := [p.future for p in self._pending.values() if not p.future.done()]:
            wait_for(futures)

    def drain(self) -> None:
        """Finish what runs and drop every result not yet delivered: after a lock no stale result (a search,
        a case list) may reach a window."""
        self.wait()
        if self._pending:
            self._pending.clear()
            self.busy_changed.emit(False)

    @Slot(int, bool, object)
    def _deliver(self, token: int, succeeded: bool, payload: object) -> None:
        pending = self._pending.get(token)
        if pending is None:  # dropped by drain()
            return
        try:
            if succeeded:
                if pending.on_done:
                    pending.on_done(payload)
            elif pending.on_failed:
                pending.on_failed(payload if isinstance(payload, Exception) else RuntimeError(str(payload)))
            else:
                log.error("background work failed: %s", type(payload).__name__)
        finally:
            if self._pending.pop(token, None) is not None and not self._pending:
                self.busy_changed.emit(False)
