"""Search over consultation text: a box that searches as you type (off the UI thread), and the hits with
their snippets; activating a hit opens the consultation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from vinkdesk.domain import SearchHit
from vinkdesk.session import Session
from vinkdesk.ui.errors import explain
from vinkdesk.ui.worker import DbWorker

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            snippet = " ".join(hit.snippet.split())
            return f"{hit.case_ref} · {hit.occurred_at:%Y-%m-%d}\n{snippet}"
        if role == HIT_ROLE:
            return hit
        return None


class SearchPanel(QWidget):
    open_consultation = Signal(int, int)  # case id, consultation id

    def __init__(self, session: Session, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self._request = 0
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search in consultations…"))
        self.box.setAccessibleName(self.tr("Search in consultations"))
        self.box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        self.model = SearchResultModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setMaximumHeight(280)
        self.results.activated.connect(self._activated)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self._debounce.start())
        self.box.returnPressed.connect(self.run_search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.results.hide()

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.box.text().strip()
        self._request += 1
        request = self._request
        if len(text) < 2:
            self.model.set_hits([])
            self.results.hide()
            self.status.setText("")
            return
        self.status.setText(self.tr("Searching…"))
        session = self._session
        self._worker.submit(
            lambda: session.search(text, limit=PAGE),
            lambda hits: self._show(request, hits),
            lambda error: self._show_error(request, error),
        )

    def _show(self, request: int, hits: list[SearchHit]) -> None:
        if request != self._request:
            return  # the user typed on; a newer search is under way
        self.model.set_hits(hits)
        self.results.setVisible(True)
        if not hits:
            self.status.setText(self.tr("No consultation matches."))
        elif len(hits) >= PAGE:
            self.status.setText(
                self.tr("The newest %1 matches; add a word to narrow the search.").replace("%1", str(PAGE))
            )
        else:
            self.status.setText(self.tr("%1 matches").replace("%1", str(len(hits))))

    def _show_error(self, request: int, error: Exception) -> None:
        if request != self._request:
            return
        # a limit, or a locked or damaged vault: said in the user's language
        self.status.setText(explain(error))

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.open_consultation.emit(hit.case_id, hit.consultation_id)

    def clear(self) -> None:
        self._request += 1
        self.box.clear()
        self.model.set_hits([])
