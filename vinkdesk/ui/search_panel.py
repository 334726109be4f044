"""Search over consultation text: a box that searches as you type (off the UI thread), and the hits with the
case's ref and alias and their snippets, the matching words in bold; activating a hit opens the
consultation."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import SearchHit
from vinkdesk.session import Session
from vinkdesk.session.search import snippet_parts
from vinkdesk.ui import labels
from vinkdesk.ui.errors import explain
from vinkdesk.ui.worker import DbWorker

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the hit as escaped rich text, the matches in bold
PAGE = 100


def no_subject(_case_id: int) -> str:
    return ""


class SearchResultModel(QAbstractListModel):
    """The hits: 'ref · alias · date' over the snippet. The snippet is the user's own text: every piece of it
    is escaped, and only the bold around a match is markup."""

    def __init__(self, parent: QObject | None = None, subject_of: Callable[[int], str] = no_subject) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._query = ""
        self._subject_of = subject_of

    def set_hits(self, hits: list[SearchHit], query: str = "") -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._query = query
        self.endResetModel()

    def _heading(self, hit: SearchHit) -> str:
        who = self._subject_of(hit.case_id)
        return " · ".join(
            part for part in (hit.case_ref, who, labels.day_text(hit.occurred_at.date())) if part
        )

    def _parts(self, hit: SearchHit) -> list[tuple[str, bool]]:
        return snippet_parts(" ".join(hit.snippet.split()), self._query)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            snippet = "".join(text for text, _match in self._parts(hit))
            return f"{self._heading(hit)}\n{snippet}"
        if role == HTML_ROLE:
            snippet = "".join(
                f"<b>{html.escape(text)}</b>" if match else html.escape(text)
                for text, match in self._parts(hit)
            )
            return f"<span style='color:#555'>{html.escape(self._heading(hit))}</span><br>{snippet}"
        if role == HIT_ROLE:
            return hit
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE (already escaped by the model) wrapped to the view's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(self._view.viewport().width() - 2, 50))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        document = self._document(item, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        painter.save()
        rect = item.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchPanel(QWidget):
    open_consultation = Signal(int, int)  # case id, consultation id

    def __init__(
        self,
        session: Session,
        worker: DbWorker,
        parent: QWidget | None = None,
        subject_of: Callable[[int], str] = no_subject,
    ) -> None:
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
        self.model = SearchResultModel(self, subject_of)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when the pane changes width
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.box.installEventFilter(self)  # ↓ into the hits
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.results.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)

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
            lambda hits: self._show(request, hits, text),
            lambda error: self._show_error(request, error),
        )

    def _show(self, request: int, hits: list[SearchHit], query: str = "") -> None:
        if request != self._request:
            return  # the user typed on; a newer search is under way
        self.model.set_hits(hits, query)
        self.results.setVisible(True)
        if not hits:
            self.status.setText(self.tr("No consultation matches."))
        elif len(hits) >= PAGE:
            self.status.setText(
                self.tr("The newest %1 matches; add a word to narrow the search.").replace(
                    "%1", labels.number_text(PAGE)
                )
            )
        else:
            self.status.setText(self.tr("%n result(s)", "", len(hits)))

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
