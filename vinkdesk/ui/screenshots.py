"""`make screenshots`: render the main windows offscreen from a throwaway demo vault into PNG files, so the
README shows what a counsellor sees. Run as `python -m vinkdesk.ui.screenshots OUT_DIR`."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from vinkdesk.assessment import Rating  # noqa: E402
from vinkdesk.demo import populate  # noqa: E402
from vinkdesk.session import Session  # noqa: E402
from vinkdesk.ui.controller import DesktopApp  # noqa: E402
from vinkdesk.ui.first_run import FirstRunDialog, RecoveryCodeDialog  # noqa: E402
from vinkdesk.ui.i18n import Languages  # noqa: E402
from vinkdesk.ui.settings import Settings  # noqa: E402
from vinkdesk.ui.worker import DbWorker  # noqa: E402
from vinkdesk.vault import FLOOR, Home  # noqa: E402

PASSPHRASE = "skærmbilleder til vejledningen"
SUPERVISOR = "lederens egen lange sætning"
COORDINATOR = "koordinatorens egen lange sætning"


def settle(app: QApplication, desktop: DesktopApp | None = None) -> None:
    for _ in range(5):
        if desktop is not None:
            desktop.worker.wait()
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def _annual_page(coordinator: Any, share: Path, path: Path, language: str) -> None:
    """The first page of the coordinator's annual report from the demo vault's sealed counts: last year
    released, this year's draft compared with it."""
    from vinkdesk.reports.annual import annual_report
    from vinkdesk.sync.publish import figures
    from vinkdesk.ui.print_preview import load_pdf

    year = date.today().year
    if not coordinator.releases(year - 1):
        coordinator.make_draft(share, year - 1, 5)
        coordinator.release(year - 1, few_laptops_accepted=True)
    _result, made, _earlier = coordinator.make_draft(share, year, 5)
    pdf = annual_report(figures(made, coordinator.previous_release(year)), language)
    document, _buffer = load_pdf(pdf)
    size = document.pagePointSize(0)
    document.render(0, QSize(int(size.width() * 1.4), int(size.height() * 1.4))).save(str(path))
    print(path)


def _casework(app: QApplication, desktop: DesktopApp, out: Path, language: str) -> None:
    """Issue 17's pictures: a case page on its Sharing tab (a red case referred to the Infohus), the closing
    dialog with its reason, and the first page of the right-of-access report."""
    from vinkdesk.reports.access import access_report_of
    from vinkdesk.ui.case_closing import CaseClosingDialog
    from vinkdesk.ui.print_preview import load_pdf

    session, window = desktop.session, desktop.window
    assert session is not None and window is not None
    referred = next(
        s.id
        for s in window.model._all
        if s.status.value == "open" and any(d.infohus is not None for d in session.disclosures(s.id))
    )
    page = window.open_case(referred)
    page.tabs.setCurrentWidget(page.sharing_tab)
    page.setParent(None)
    page.resize(1100, 720)
    page.show()
    settle(app, desktop)
    page.disclosures_view.selectRow(0)
    settle(app, desktop)
    save(page, out / "case-page-sharing.png")
    closing = CaseClosingDialog(session, session.view_case(referred), window)
    closing.reason.setCurrentIndex(closing.reason.findData("referred-infohus"))
    closing.show()
    settle(app, desktop)
    save(closing, out / "closing-dialog.png")
    closing.reject()
    document, _buffer = load_pdf(access_report_of(session, referred, language)[0])
    size = document.pagePointSize(0)
    document.render(0, QSize(int(size.width() * 1.4), int(size.height() * 1.4))).save(
        str(out / "access-report.png")
    )
    print(out / "access-report.png")


def _key_dialogs(app: QApplication, desktop: DesktopApp, out: Path) -> None:
    """Settings: change passphrase, supervisors, retention periods; and the new passphrase after a recovery
    unlock (the same dialog in its reset form)."""
    from vinkdesk.ui.key_dialogs import NewPassphraseDialog

    change = desktop.keys.change_passphrase()
    assert change is not None
    change.current.setText("x" * 12)
    change.passphrase.setText("ravn kaffe")
    change.repeat.setText("ravn kaffe")
    settle(app, desktop)
    save(change, out / "change-passphrase.png")
    change.reject()
    assert desktop.session is not None
    reset = NewPassphraseDialog(desktop.session, desktop.worker, FLOOR, "reset", desktop.window)
    reset.passphrase.setText("ravn kaffe cykel")
    reset.show()
    settle(app, desktop)
    save(reset, out / "new-passphrase-after-recovery.png")
    reset.close()
    supervisors = desktop.keys.supervisors()
    assert supervisors is not None
    settle(app, desktop)
    save(supervisors, out / "supervisors.png")
    supervisors.reject()
    periods = desktop.supervision.periods()
    assert periods is not None
    settle(app, desktop)
    save(periods, out / "retention-periods.png")
    periods.reject()
    settle(app, desktop)


def main(out: Path, language: str = "da") -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    languages = Languages(app)
    languages.apply(language)
    with tempfile.TemporaryDirectory(prefix="vinkdesk-shots-") as tmp:
        home = Home(Path(tmp) / "vault")
        # A throwaway vault of synthetic data: the minimum KDF keeps the rendering quick.
        session, code = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
        populate(session, 80, seed=4, today=date.today())
        session.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
        session.lock()

        first = FirstRunDialog(Home(Path(tmp) / "empty"), DbWorker())
        first.name.setText("Ane Rådgiver")
        first.passphrase.setText("ravn kaffe cykel tirsdag")
        first.repeat.setText("ravn kaffe cykel tirsdag")
        first.show()
        settle(app)
        save(first, out / "first-run.png")
        first.close()
        recovery = RecoveryCodeDialog(code, "Ane Rådgiver", language)
        recovery.show()
        settle(app)
        save(recovery, out / "recovery-code.png")
        recovery.close()

        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        desktop = DesktopApp(home, settings, languages, kdf=FLOOR)
        desktop.start()
        dialog = desktop.unlock_dialog
        assert dialog is not None
        settle(app)
        save(dialog, out / "unlock.png")
        dialog.passphrase.setText(PASSPHRASE)
        dialog._try_unlock()  # noqa: SLF001 - what the button does
        settle(app, desktop)
        window = desktop.window
        assert window is not None
        window.resize(1366, 768)  # a 13-inch municipal laptop
        settle(app, desktop)
        case_id = next(
            s.id
            for s in window.model._all
            if s.level is not None and s.level.value == "yellow" and s.subject_kind.value == "person"
        )
        page = window.open_case(case_id)
        settle(app, desktop)
        save(window, out / "main-window.png")
        page.setParent(None)
        page.resize(900, 720)
        page.tabs.setCurrentIndex(1)
        page.show()
        settle(app, desktop)
        save(page, out / "case-page.png")
        page.tabs.setCurrentIndex(0)
        editor = desktop.cases.open_editor(case_id)
        assert editor is not None
        editor.body.setPlainText(
            "Klasselæreren ringer, fordi eleven i frikvartererne taler om, at 'de andre' skal smides ud, "
            "og har vist klassekammerater videoer fra en udenlandsk gruppe. Eleven har haft meget fravær "
            "siden efterårsferien. Forældrene er ikke kontaktet endnu."
        )
        editor.advice.setPlainText("Rådgav læreren om at tale nysgerrigt med eleven og inddrage forældrene.")
        editor.next_steps.setPlainText("Møde med forældre, lærer og AKT-vejleder i næste uge.")
        editor.flush_draft()
        settle(app, desktop)
        save(editor, out / "consultation-editor.png")
        editor.reject()

        window.open_case(case_id)
        wizard = desktop.cases.open_wizard(case_id)
        assert wizard is not None
        settle(app, desktop)
        wizard.next()
        settle(app, desktop)
        save(wizard, out / "assessment-wizard.png")
        for indicators in wizard.indicator_pages:
            for row in indicators.rows:
                row.set_rating(Rating.ABSENT if "protective" not in row.indicator.tags else Rating.PRESENT)
        rows = {row.indicator.id: row for indicators in wizard.indicator_pages for row in indicators.rows}
        rows["us_and_them"].set_rating(Rating.PRESENT)
        rows["extremist_group_influence"].set_rating(Rating.PARTLY)
        rows["dehumanising"].set_rating(Rating.PARTLY)
        rows["leakage"].set_rating(Rating.PARTLY)
        rows["leakage"].evidence.setText("Har sagt til en klassekammerat, at 'der snart sker noget'")
        rows["trusted_adult"].set_rating(Rating.UNKNOWN)
        while wizard.currentPage() is not wizard.summary:
            wizard.next()
        settle(app, desktop)
        save(wizard, out / "assessment-summary.png")
        wizard.reject()

        other = next(s.id for s in window.model._all if s.id != case_id and s.subject_kind.value == "person")
        window.open_case(other)
        wizard = desktop.cases.open_wizard(other)
        assert wizard is not None
        while wizard.currentPage() is not wizard.summary:  # nothing rated: undetermined, not an all-clear
            wizard.next()
        settle(app, desktop)
        save(wizard, out / "assessment-undetermined.png")
        wizard.reject()

        from vinkdesk.ui.print_preview import PrintPreview

        desktop.printing.preview_summary(case_id)
        settle(app, desktop)
        preview = desktop.dialogs.find(PrintPreview)
        assert preview is not None
        page_size = preview.document.pagePointSize(0)
        image = preview.document.render(0, QSize(int(page_size.width() * 1.6), int(page_size.height() * 1.6)))
        image.save(str(out / "summary.png"))
        print(out / "summary.png")
        preview.reject()

        _key_dialogs(app, desktop, out)
        _casework(app, desktop, out, language)

        from vinkdesk.coordinator.home import Coordinator

        share = Path(tmp) / "share"
        share.mkdir()
        coordinator, _code = Coordinator.create(
            Path(tmp) / "coordinator", share, "Koordinationsenheden", COORDINATOR, FLOOR
        )
        panel = desktop.sync.show_sync_panel()
        assert panel is not None
        settle(app, desktop)
        panel.share.setText(str(share))
        panel.fingerprint.setText(coordinator.fingerprint)
        settle(app, desktop)
        save(panel, out / "sync-panel-confirm.png")
        panel.confirm_coordinator()
        settle(app, desktop)
        save(panel, out / "sync-panel.png")
        panel.show_payloads()
        settle(app, desktop)
        assert panel.payload_view is not None
        save(panel.payload_view, out / "what-leaves.png")
        panel.payload_view.reject()
        panel.reject()
        assert desktop.session is not None
        desktop.session.sync(share)
        coordinator.enrol(desktop.session.device_fingerprint(), "Rådgiver 1")
        stranger = Path(tmp) / "stranger"
        second, _ = Session.create(Home(stranger), "Anden", PASSPHRASE, FLOOR)
        populate(second, 5, 3, date.today())
        second.pin_coordinator(share, coordinator.fingerprint)
        second.sync(share)
        second.lock()
        _annual_page(coordinator, share, out / "annual-report.png", language)
        coordinator.lock()
        desktop.lock()
        settle(app, desktop)
        from vinkdesk.ui.coordinator_window import CoordinatorDialog

        desktop.show_aggregate()
        annual = desktop.dialogs.find(CoordinatorDialog)
        assert annual is not None
        annual.home.setText(str(Path(tmp) / "coordinator"))
        annual.share.setText(str(share))
        annual.out.setText(str(Path(tmp) / "report"))
        annual.passphrase.setText(COORDINATOR)
        annual.open_home()
        settle(app, desktop)
        annual.run()
        settle(app, desktop)
        save(annual, out / "coordinator.png")
        annual.reject()
        settle(app, desktop)

        dialog = desktop.unlock_dialog
        assert dialog is not None
        dialog.passphrase.setText(SUPERVISOR)
        dialog._try_unlock()  # noqa: SLF001 - what the button does
        settle(app, desktop)
        queue = desktop.supervision.review_queue()
        assert queue is not None
        queue.resize(1366, 728)
        settle(app, desktop)
        model = queue.model
        assessments = [r for r in range(model.rowCount()) if model.item_at(r).kind == "assessment"]
        if assessments:  # an assessment shows the most of what a supervisor weighs
            queue.items.setCurrentIndex(model.index(assessments[0], 0))
            settle(app, desktop)
        save(queue, out / "review-queue.png")
        queue.reject()
        desktop.lock()
        settle(app, desktop)


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"),
        sys.argv[2] if len(sys.argv) > 2 else "da",
    )
