"""Printing and saving reports: the summary (after asking what it covers), the right-of-access report (after
asking whether the person may see who raised the concern) and the audit extract. Each PDF is made off the UI
thread, then shown in the preview from memory; printing or saving it is audited. The name proposed for saving
is in the user's language with the day's date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from vinkdesk.ui.errors import shown_in
from vinkdesk.ui.save_file import file_name

if TYPE_CHECKING:
    from vinkdesk.domain import AuditLine
    from vinkdesk.ui.presenters.context import Context
    from vinkdesk.ui.print_preview import PrintPreview


T = TypeVar("T")


class PrintingPresenter(QObject):
    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = context

    def ask_summary(self, case_id: int) -> None:
        """What to include, then the preview."""
        from vinkdesk.ui.summary_dialog import SummaryDialog

        window = self.ctx.window
        if window is None or window.case_page is None:
            return
        page = window.case_page
        dialog = SummaryDialog(page.case.opened_on, page.current_consultation(), window)
        dialog.accepted.connect(lambda: self.preview_summary(case_id, *dialog.choice()))
        self.ctx.dialogs.open(dialog)

    def preview_summary(
        self,
        case_id: int,
        start: date | None = None,
        end: date | None = None,
        consultation_ids: list[int] | None = None,
    ) -> None:
        from vinkdesk.ui import labels

        session = self.ctx.session
        if session is None:
            return
        language = labels.language()

        def make() -> tuple[bytes, str]:
            from vinkdesk.reports.summary import consultation_summary

            data = session.summary_data(case_id, start, end, consultation_ids)
            return consultation_summary(data, language, session.concern_source(case_id)), data.case.ref

        def show(result: tuple[bytes, str]) -> None:
            pdf, ref = result
            self._preview(
                pdf,
                self.tr("Consultation summary – %1").replace("%1", ref),
                file_name("summary", date.today(), language, ref),
                lambda kind: session.record_output(case_id, kind, "consultation summary"),
            )

        self._make(make, show, self.tr("Consultation summary"))

    def ask_access(self, case_id: int) -> None:
        """Whether the person may see the name and contact of who raised the concern (the counsellor decides;
        not unless ticked), then the preview."""
        from vinkdesk.ui.access_export import AccessExportDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return
        ref = window.case_page.case.ref if window.case_page is not None else ""
        dialog = AccessExportDialog(
            ref, session.concern_source(case_id), window, session=session, case_id=case_id
        )
        dialog.accepted.connect(lambda: self.preview_access(case_id, dialog.include_source_name()))
        self.ctx.dialogs.open(dialog)

    def preview_access(self, case_id: int, include_source_name: bool = False) -> None:
        from vinkdesk.ui import labels

        session = self.ctx.session
        if session is None:
            return
        language = labels.language()

        def make() -> tuple[bytes, str]:
            from vinkdesk.reports.access import access_report_of

            return access_report_of(session, case_id, language, include_source_name=include_source_name)

        def show(result: tuple[bytes, str]) -> None:
            pdf, ref = result
            self._preview(
                pdf,
                self.tr("Right of access – %1").replace("%1", ref),
                file_name("access", date.today(), language, ref),
                lambda kind: session.record_output(case_id, kind, "right of access"),
            )

        self._make(make, show, self.tr("Right of access"))

    def preview_audit(self, lines: list[AuditLine], title: str, case_id: int | None, scope: str = "") -> None:
        from vinkdesk.ui import labels

        session = self.ctx.session
        if session is None:
            return
        language = labels.language()
        made_by = session.user.display_name

        def make() -> bytes:
            from vinkdesk.reports.access import audit_extract

            return audit_extract(lines, title, language, scope=scope, made_by=made_by)

        self._make(
            make,
            lambda pdf: self._preview(
                pdf,
                self.tr("Audit extract – %1").replace("%1", title),
                file_name("audit", date.today(), language, title if case_id is not None else ""),
                lambda kind: session.record_output(case_id, kind, "audit extract"),
            ),
            self.tr("Audit extract"),
        )

    def _make(self, make: Callable[[], T], show: Callable[[T], object], title: str) -> None:
        """Build the PDF in the worker (the main window shows it is busy); show it if still unlocked."""

        def done(result: T) -> None:
            if self.ctx.unlocked:
                show(result)

        self.ctx.worker.submit(make, done, lambda error: shown_in(self.ctx.window, title)(error))

    def _preview(
        self, pdf: bytes, title: str, proposed_name: str, on_output: Callable[[str], None]
    ) -> PrintPreview:
        from vinkdesk.ui.print_preview import PrintPreview

        preview = PrintPreview(pdf, title, proposed_name, on_output, self.ctx.window, forbidden=self.ctx.home)
        return self.ctx.dialogs.open(preview)
