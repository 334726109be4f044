"""The item models, checked by pytest-qt's model tester and by what they show."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from tests.conftest import consultation, person_case
from vinkdesk.domain import AgeBand, CaseStatus, District, Level, SubjectKind
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.session import AssessmentRecord, Session
from vinkdesk.ui import labels
from vinkdesk.ui.action_plan import DONE, DUE, ActionTableModel
from vinkdesk.ui.case_list import (
    CASE_ID_ROLE,
    DISTRICT,
    LEVEL,
    NEXT_DUE,
    REF,
    SUBJECT,
    CaseFilters,
    CaseTableModel,
)
from vinkdesk.ui.case_page import ConsultationListModel
from vinkdesk.ui.search_panel import HTML_ROLE, SearchResultModel


def fill(session: Session) -> None:
    a = session.create_case(person_case(alias="Ravn-17"))
    b = session.create_case(
        person_case(
            subject_kind=SubjectKind.GROUP,
            alias="Klikken ved torvet",
            birth_year=None,
            age_band=AgeBand.AGE_15_17,
            district=District.VALBY,
        )
    )
    session.save_assessment(
        a.id, AssessmentRecord("prevention-triangle", 1, {"leakage": "present"}, Level.RED, [], [], Level.RED)
    )
    session.add_action(a.id, "Møde med skolen", "Rådgiver", date.today() - timedelta(days=3))
    session.add_action(b.id, "Opfølgning", "Klubben", date.today() + timedelta(days=3))
    session.close_case(b.id, ClosureReason.CONCERN_RESOLVED)
    note = session.add_consultation(
        a.id, consultation("Bekymring om våben i skolen", datetime(2026, 3, 4, 9))
    )
    session.amend_consultation(
        note.id, consultation("Bekymring om en kniv i skolen", datetime(2026, 3, 4, 9))
    )


def test_case_model_passes_the_model_tester_and_shows_level_by_name_and_shape(qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    fill(session)
    model = CaseTableModel()
    model.set_cases(session.list_cases())
    model.set_filters(CaseFilters(status=None))
    qtmodeltester.check(model)
    rows = {model.index(r, REF).data(): r for r in range(model.rowCount())}
    red_row = next(r for r in rows.values() if model.index(r, SUBJECT).data() == "Ravn-17")
    assert model.index(red_row, LEVEL).data() == "Red"
    assert not model.index(red_row, LEVEL).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(red_row, NEXT_DUE).data().startswith("⚠")
    assert "(overdue)" in model.index(red_row, NEXT_DUE).data(Qt.ItemDataRole.AccessibleTextRole)
    group_row = next(r for r in rows.values() if r != red_row)
    assert model.index(group_row, SUBJECT).data() == "Group: Klikken ved torvet"
    # The one name of "no level yet", as the case page says it (never "None" in the list).
    assert model.index(group_row, LEVEL).data() == labels.level_name(None)
    assert (
        model.index(group_row, DISTRICT).data(Qt.ItemDataRole.ToolTipRole)
        == model.index(group_row, DISTRICT).data()
    )  # a column too narrow elides; the tooltip says it whole


def test_case_model_filters_and_sorts_by_itself(qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    fill(session)
    model = CaseTableModel()
    model.set_cases(session.list_cases())
    model.set_filters(CaseFilters(status=None))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.total == 2
    model.set_filters(CaseFilters(status=CaseStatus.OPEN))
    assert model.rowCount() == 1
    model.set_filters(CaseFilters(status=None, level=Level.RED))
    assert [model.index(r, SUBJECT).data() for r in range(model.rowCount())] == ["Ravn-17"]
    model.set_filters(CaseFilters(status=None, level=None))
    assert [model.index(r, SUBJECT).data() for r in range(model.rowCount())] == ["Group: Klikken ved torvet"]
    model.set_filters(CaseFilters(status=None, district=District.VALBY))
    assert model.rowCount() == 1
    model.set_filters(CaseFilters(status=None, text="RAVN"))
    assert model.rowCount() == 1
    model.set_filters(CaseFilters(status=None, mine_id="someone else"))
    assert model.rowCount() == 0
    model.set_filters(CaseFilters(status=None))
    model.sort(LEVEL, Qt.SortOrder.DescendingOrder)
    assert model.index(0, SUBJECT).data() == "Ravn-17"
    model.sort(LEVEL, Qt.SortOrder.AscendingOrder)
    assert model.index(1, SUBJECT).data() == "Ravn-17"
    assert model.row_of(model.index(1, 0).data(CASE_ID_ROLE)) == 1


def test_consultation_model_puts_amended_originals_under_their_amendment(qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    fill(session)
    case_id = next(s.id for s in session.list_cases() if s.alias == "Ravn-17")
    model = ConsultationListModel()
    model.set_consultations(session.consultations(case_id))
    qtmodeltester.check(model)
    texts = [model.index(r).data() for r in range(model.rowCount())]
    assert "kniv" in texts[0] and "amended" in texts[0]
    assert "Earlier version (amended)" in texts[1] and "våben" in texts[1]


def test_search_and_action_models(qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    fill(session)
    hits = SearchResultModel()
    hits.set_hits(session.search("kniv"), "kniv")
    qtmodeltester.check(hits)
    assert hits.rowCount() == 1 and "kniv" in hits.index(0).data() and "[" not in hits.index(0).data()
    assert "<b>kniv</b>" in hits.index(0).data(HTML_ROLE)
    case_id = next(s.id for s in session.list_cases() if s.alias == "Ravn-17")
    actions = ActionTableModel(session)
    actions.set_actions(session.actions(case_id))
    qtmodeltester.check(actions)
    assert "(overdue)" in actions.index(0, DUE).data()
    assert actions.setData(
        actions.index(0, DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert session.actions(case_id)[0].done
    assert "(overdue)" not in actions.index(0, DUE).data()
