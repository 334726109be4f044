"""Cases: the consultation editor and its drafts, the assessment wizard, and an assessment's view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from vinkdesk.ui.errors import show_error

if TYPE_CHECKING:
    from vinkdesk.ui.assessment_view import AssessmentView
    from vinkdesk.ui.assessment_wizard import AssessmentWizard
    from vinkdesk.ui.consultation_editor import ConsultationEditor
    from vinkdesk.ui.presenters.context import Context


class CasesPresenter(QObject):
    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = context

    # --- consultations and their drafts --------------------------------------------------------------------

    def open_editor(
        self, case_id: int, consultation_id: int | None = None, draft: dict[str, Any] | None = None
    ) -> ConsultationEditor | None:
        from vinkdesk.ui.consultation_editor import ConsultationEditor

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        page = window.case_page
        if page is None or page.case.id != case_id:
            page = window.open_case(case_id)
        consultation = session.consultation(consultation_id) if consultation_id is not None else None
        if session.user.role.value != "counsellor" or (
            consultation is not None and consultation.author_id != session.user.id
        ):
            return None  # supervisors read; only the author changes a consultation
        editor = ConsultationEditor(session, page.case, consultation, draft, window)
        editor.finished.connect(lambda _result, e=editor: self._editor_closed(e))
        return self.ctx.dialogs.open(editor)

    def _editor_closed(self, editor: ConsultationEditor) -> None:
        window = self.ctx.window
        if not self.ctx.unlocked or window is None:
            return
        page = window.case_page
        if editor.saved is not None and page is not None and page.case.id == editor.case.id:
            page.refresh(select_consultation=editor.saved.id)
            window.reload_cases()
        self.offer_drafts()

    def offer_drafts(self) -> None:
        """The newest unfinished consultation or action, offered in the banner (only its case's ref is
        read)."""
        from vinkdesk.session import ACTION_DRAFT, CONSULTATION_DRAFT

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return
        for kind, case_id, target_id, content in session.drafts():
            if kind not in (CONSULTATION_DRAFT, ACTION_DRAFT) or case_id is None:
                continue
            ref = session.case_ref_of(case_id)  # a ref only, not a view of the case
            if not ref:
                continue
            draft = {"kind": kind, "case_id": case_id, "target_id": target_id, "content": content}
            window.banner.offer(draft, ref)
            return
        window.banner.hide()

    def resume_draft(self, draft: dict[str, Any]) -> None:
        from vinkdesk.session import ACTION_DRAFT

        if draft.get("kind") == ACTION_DRAFT:
            self.resume_action(draft["case_id"], draft["target_id"], draft["content"])
        else:
            self.open_editor(draft["case_id"], draft["target_id"], draft["content"])

    def resume_action(self, case_id: int, action_id: int | None, content: dict[str, Any]) -> None:
        """The action being written when vinkdesk locked, back in its editor on its case (unsaved until the
        user saves it; saving or discarding removes the draft)."""
        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None or session.user.role.value != "counsellor":
            return
        page = window.case_page
        if page is None or page.case.id != case_id:
            page = window.open_case(case_id)
        page.tabs.setCurrentWidget(page.plan_tab)
        page.edit_action_from_draft(action_id, content)

    def discard_draft(self, draft: dict[str, Any]) -> None:
        from vinkdesk.session import CONSULTATION_DRAFT

        session = self.ctx.session
        if session is not None:
            kind = draft.get("kind", CONSULTATION_DRAFT)
            session.discard_draft(kind, case_id=draft["case_id"], target_id=draft["target_id"])
            self.offer_drafts()

    # --- assessments ---------------------------------------------------------------------------------------

    def open_wizard(self, case_id: int) -> AssessmentWizard | None:
        """A new assessment of the case, or the one left half-way, resumed at its page."""
        from vinkdesk.assessment import DefinitionError
        from vinkdesk.session import ASSESSMENT_DRAFT
        from vinkdesk.ui.assessment_wizard import AssessmentWizard

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None or session.user.role.value != "counsellor":
            return None
        page = window.case_page
        case = page.case if page is not None and page.case.id == case_id else session.view_case(case_id)
        draft = session.draft(ASSESSMENT_DRAFT, case_id)
        definitions = self.ctx.definitions
        try:
            definition = (
                definitions.get(draft["definition_id"], int(draft["definition_version"]))
                if draft and "definition_id" in draft
                else definitions.latest()
            )
            previous = session.latest_assessment(case_id)
            previous_definition = (
                definitions.get(previous.definition_id, previous.definition_version) if previous else None
            )
        except DefinitionError as error:
            show_error(window, self.tr("Assessment"), error)
            return None
        wizard = AssessmentWizard(
            session,
            case,
            definition,
            self.ctx.languages.current,
            previous,
            previous_definition,
            draft,
            window,
        )
        wizard.finished.connect(lambda _result, w=wizard: self._wizard_closed(w))
        self.ctx.dialogs.open(wizard)
        wizard.start_at_saved_page()
        return wizard

    def _wizard_closed(self, wizard: AssessmentWizard) -> None:
        window = self.ctx.window
        if not self.ctx.unlocked or window is None:
            return
        page = window.case_page
        if page is not None and page.case.id == wizard.case.id:
            page.refresh()
            if wizard.saved_id is not None:
                page.tabs.setCurrentIndex(2)
        window.reload_cases()

    def show_assessment(self, assessment_id: int) -> AssessmentView | None:
        from vinkdesk.assessment import DefinitionError
        from vinkdesk.ui.assessment_view import AssessmentView

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        detail = session.assessment(assessment_id)
        try:
            definition = self.ctx.definitions.get(detail.definition_id, detail.definition_version)
        except DefinitionError as error:
            show_error(window, self.tr("Assessment"), error)
            return None
        return self.ctx.dialogs.open(AssessmentView(detail, definition, self.ctx.languages.current, window))
