"""`vinkdesk self-test`: the real windows opened and closed as a counsellor would, for IT after installing.

The passphrase is typed into the real unlock dialog; the main window is awaited until it lists the cases; a
print preview shows a PDF made as the reports are made (reportlab, the embedded fonts, QtPdf) and prints it to
a PDF file; then vinkdesk locks and quits as File → Quit does. One line per step with its time; a failure is
one line naming the step, and the exit status is not 0. No case is opened. Settings go to a throw-away file,
never to the user's own; the vault records the unlock in its access log as it records every unlock."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QImageReader, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

if TYPE_CHECKING:
    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.vault import Home

TIMEOUT_SECONDS = 120.0
ICONS = Path(__file__).resolve().parent / "icons"
_POLL_MS = 20


class SelfTestFailed(Exception):
    """One line: which step failed and why."""


def display_note(environ: Mapping[str, str]) -> str:
    """On Linux without a display (an SSH session, a service): the windows open offscreen, and why."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return ""
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return "no display ($DISPLAY and $WAYLAND_DISPLAY are not set): the windows open offscreen"


class _Steps:
    """The lines of the self-test: each step with the seconds since the step before (the first since the
    command started, Qt's loading included)."""

    def __init__(self, out: TextIO, started: float) -> None:
        self.out = out
        self.started = self._last = started

    def line(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def done(self, name: str, detail: str = "") -> None:
        now = time.perf_counter()
        extra = f"   ({detail})" if detail else ""
        self.line(f"  {name:<19} {now - self._last:6.2f} s{extra}")
        self._last = now

    @property
    def total(self) -> float:
        return time.perf_counter() - self.started


class _Run(QObject):
    """Drives the windows from the event loop: each check runs every few milliseconds until it says done."""

    def __init__(self, app: QApplication, desktop: DesktopApp, timeout: float) -> None:
        super().__init__()
        self.app = app
        self.desktop = desktop
        self.timeout = timeout
        self.deadline = time.perf_counter() + timeout
        self.failure: str | None = None
        self.notes: list[str] = []
        self._waiting_for = ""
        self._check: Callable[[], bool] | None = None
        self._then: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._poll)

    def wait(self, what: str, check: Callable[[], bool], then: Callable[[], None]) -> None:
        """Poll check until it is true, then call then; fail after the timeout."""
        self._waiting_for, self._check, self._then = what, check, then
        self.deadline = time.perf_counter() + self.timeout
        self._timer.start()

    def fail(self, message: str) -> None:
        if self.failure is None:
            self.failure = message
        self._timer.stop()
        for widget in QApplication.topLevelWidgets():
            widget.close()
        self.app.exit(1)  # every event loop, a message box's included

    def _poll(self) -> None:
        if self.failure is not None or self._check is None:
            return
        try:
            self._answer_message_boxes()
            if self._check():
                then, self._check = self._then, None
                self._timer.stop()
                if then is not None:
                    then()
            elif time.perf_counter() > self.deadline:
                self.fail(f"no {self._waiting_for} after {self.timeout:.0f} s")
        except SelfTestFailed as error:
            self.fail(str(error))

    def _answer_message_boxes(self) -> None:
        """A box that would wait for a person (a network-drive warning, a damaged log) is noted by its title
        and answered as Esc would answer it; what it leads to is then seen by the checks."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.notes.append(widget.windowTitle() or "a message")
                button = widget.escapeButton() or widget.defaultButton()
                if button is not None:
                    button.click()
                else:
                    widget.reject()


def _type(widget: QObject, text: str) -> None:
    """Key presses, as the keyboard sends them, into the focused field."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))


def _check_resources(languages_loaded: list[str]) -> str:
    """The translations and icons a bundle must carry; raises SelfTestFailed naming what is missing."""
    names = {Path(path).name for path in languages_loaded}
    if "vinkdesk_da.qm" not in names:
        raise SelfTestFailed("vinkdesk's Danish translation (vinkdesk_da.qm) was not found")
    qt_own = sorted(names & {"qt_da.qm", "qtbase_da.qm"})
    if not qt_own:
        raise SelfTestFailed("Qt's own Danish translation (qtbase_da.qm) was not found")
    icons = sorted(path for path in ICONS.glob("vinkdesk*") if path.suffix in {".svg", ".png", ".ico"})
    if not icons:
        raise SelfTestFailed(f"the icons are missing from {ICONS}")
    unreadable = [path.name for path in icons if QImageReader(str(path)).read().isNull()]
    if unreadable:
        raise SelfTestFailed(
            f"the icon(s) {', '.join(unreadable)} cannot be read (Qt's image plugins missing?)"
        )
    return f"translations vinkdesk_da.qm, {qt_own[0]}; {len(icons)} icons"


def _test_pdf() -> bytes:
    """A one-page PDF made as the reports are made (reportlab, the embedded Vera fonts), holding no case."""
    from reportlab.platypus import Flowable, Paragraph

    from vinkdesk.reports.style import render, styles

    style = styles()
    story: list[Flowable] = [
        Paragraph("vinkdesk self-test", style["title"]),
        Paragraph("Æble, øl og åer: æ ø å Æ Ø Å é ü ł č.", style["body"]),
    ]
    return render(story, "vinkdesk self-test", "self-test", "Side {page} af {pages}", "vinkdesk")


def run_self_test(
    home: Home,
    passphrase: str,
    out: TextIO,
    err: TextIO,
    timeout: float = TIMEOUT_SECONDS,
    started: float | None = None,
) -> int:
    """Open, unlock, show the cases, preview and print a PDF, lock and quit. 0 when every step passed; else
    1, with one line on err. started: the command's start (time.perf_counter()), before Qt was loaded."""
    steps = _Steps(out, time.perf_counter() if started is None else started)
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    try:
        with tempfile.TemporaryDirectory(prefix="vinkdesk-self-test-") as scratch:
            _run(home, passphrase, steps, Path(scratch), timeout)
    except SelfTestFailed as error:
        print(f"vinkdesk self-test: FAILED: {error}", file=err, flush=True)
        return 1
    finally:
        qInstallMessageHandler(previous_handler)
    steps.line(f"vinkdesk self-test: passed in {steps.total:.2f} s")
    return 0


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages as Qt prints them, but for the offscreen platform's notes on what it cannot do (raise a
    window, size hints), which say nothing about vinkdesk."""
    if message.startswith("This plugin does not support"):
        return
    print(message, file=sys.stderr, flush=True)


def _run(home: Home, passphrase: str, steps: _Steps, scratch: Path, timeout: float) -> None:
    from vinkdesk.ui.app import CannotStart, application, take_down
    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.settings import Settings

    if note := display_note(os.environ):
        steps.line(f"  note: {note}")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    existing = QApplication.instance()
    try:  # as for the windows: on Linux, what Qt's X11 plugin needs and the display, before Qt could abort
        app = application(language="en")
    except CannotStart as cannot:
        raise SelfTestFailed(cannot.problem.message) from None
    # A throw-away settings file: the user's language, window place and share stay as they are.
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    languages = Languages(app)
    languages.apply(settings.language)
    resources = _check_resources(languages.loaded())
    steps.done("Qt started", f"Qt {qVersion()}, platform {app.platformName()}; {resources}")

    errors: list[str] = []
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C, met in the event loop
            run.fail("interrupted")
            return
        # Type and place only: the message of an error in the windows could carry case data.
        where = ""
        while trace is not None:
            where = f" in {Path(trace.tb_frame.f_code.co_filename).name}:{trace.tb_lineno}"
            trace = trace.tb_next
        errors.append(f"{kind.__name__}{where}")
        run.fail(f"an unexpected {kind.__name__}{where} in the windows")

    desktop = DesktopApp(home, settings, languages)
    run = _Run(app, desktop, timeout)
    sys.excepthook = hook
    try:
        _drive(app, desktop, run, steps, passphrase)
    finally:
        sys.excepthook = previous_hook
        if desktop.session is not None:  # a failure half-way: the vault is closed all the same
            desktop.lock("quit")
        desktop.worker.drain()
        desktop.deleteLater()
        if isinstance(existing, QApplication):
            for widget in QApplication.topLevelWidgets():
                widget.close()
                widget.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        else:
            take_down(app)  # now, not by Python's teardown: the exit status is the self-test's, not a crash's
    for title in run.notes:
        steps.line(f"  note: a message was shown and closed: {title}")
    if run.failure is not None:
        raise SelfTestFailed(run.failure)
    if errors:
        raise SelfTestFailed(f"an unexpected {errors[0]} in the windows")


def _drive(app: QApplication, desktop: DesktopApp, run: _Run, steps: _Steps, passphrase: str) -> None:
    shown: list[bool] = []

    def on_unlocked() -> None:
        # At once, not at the next poll: the case list may arrive from the worker before that.
        steps.done("unlocked")
        window = desktop.window
        if window is not None:
            window.model.modelReset.connect(lambda: shown.append(True))

    desktop.unlocked.connect(on_unlocked)

    def dialog_open() -> bool:
        dialog = desktop.unlock_dialog
        return dialog is not None and dialog.isVisible()

    def type_passphrase() -> None:
        dialog = desktop.unlock_dialog
        assert dialog is not None
        dialog.passphrase.setFocus()
        _type(dialog.passphrase, passphrase)
        run.wait("answer from the unlock dialog", unlocked_or_refused, entered)

    def unlocked_or_refused() -> bool:
        dialog = desktop.unlock_dialog
        if desktop.window is not None:
            return True
        if dialog is not None and dialog.message.text() and not desktop.worker.busy:
            raise SelfTestFailed(f"the vault did not unlock; the unlock dialog says: {dialog.message.text()}")
        if dialog is None or not dialog.isVisible():
            raise SelfTestFailed("the unlock dialog closed without unlocking")
        return False

    def entered() -> None:
        window = desktop.window
        assert window is not None
        run.wait("case list in the main window", lambda: bool(shown) and window.isVisible(), listed)

    def listed() -> None:
        window = desktop.window
        assert window is not None
        if desktop.autolock.listening_to_desktop:
            locks = "locks with the screen and before sleep"
        else:
            locks = "no screen-lock signal: locks when idle only"
        steps.done("main window", f"{window.model.total} cases listed; {locks}")
        preview()

    def preview() -> None:
        from vinkdesk.ui.print_preview import PrintPreview

        dialog = PrintPreview(
            _test_pdf(), "vinkdesk self-test", "self-test.pdf", lambda _kind: None, desktop.window
        )
        dialog.show()

        def ready() -> bool:
            from PySide6.QtPdf import QPdfDocument

            status = dialog.document.status()
            if status == QPdfDocument.Status.Error:
                raise SelfTestFailed(
                    f"the print preview could not read the PDF ({dialog.document.error().name})"
                )
            return status == QPdfDocument.Status.Ready and dialog.isVisible()

        def printed() -> None:
            pages = dialog.document.pageCount()
            image = dialog.document.render(0, QSize(595, 842))
            if pages != 1 or image.isNull():
                raise SelfTestFailed(f"the print preview shows {pages} page(s) and renders none")
            _print_to_file(dialog.document)
            dialog.close()
            dialog.deleteLater()
            steps.done("print preview", "a PDF shown and printed to a PDF file")
            desktop.quit_app()  # File → Quit: lock (the vault closed, the key forgotten), then end

        run.wait("page in the print preview", ready, lambda: _guarded(run, printed))

    def start() -> None:
        # Waiting first: start() may show a message box (a vault on a network drive) that waits for a person.
        run.wait("unlock dialog", dialog_open, type_passphrase)
        desktop.start()

    QTimer.singleShot(0, lambda: _guarded(run, start))
    app.exec()
    if run.failure is None:
        if desktop.session is not None or desktop.window is not None:
            raise SelfTestFailed("vinkdesk quit without locking")
        steps.done("locked and closed")


def _guarded(run: _Run, step: Callable[[], None]) -> None:
    try:
        step()
    except SelfTestFailed as error:
        run.fail(str(error))


def _print_to_file(document: object) -> None:
    """Qt's PDF printer (the print support the Print… button uses), writing into a temporary file."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from vinkdesk.ui.printing import print_document

    assert isinstance(document, QPdfDocument)
    with tempfile.TemporaryDirectory(prefix="vinkdesk-self-test-print-") as folder:
        target = Path(folder) / "printed.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        try:
            pages = print_document(document, printer)
        except Exception as error:  # noqa: BLE001 - PrintFailed, or what the printer's code raised
            raise SelfTestFailed(f"printing to a PDF file failed ({type(error).__name__})") from None
        if pages != 1 or not target.is_file() or target.stat().st_size == 0:
            raise SelfTestFailed("printing to a PDF file wrote nothing")
