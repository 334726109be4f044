"""Sending a report to the printer without holding up the windows: where the print service takes PDF (CUPS's
lp on Linux and macOS) the PDF itself goes to it through a pipe, as vector pages; elsewhere its pages are
rendered at no more than 300 dpi (grey for a grey printer) and painted on the QPrinter. Both in a background
thread; nothing is written to a temp folder."""

from __future__ import annotations

import itertools
import logging
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

MAX_DPI = 300  # sharp on paper; 1200 dpi made a 3-page summary a 17 MB job that took 10 s
BAND_ROWS = 256  # rows painted per call: each call holds Python's lock for milliseconds, not a whole page
LP_TIMEOUT_S = 60  # lp only queues the job; it answers in well under a second when CUPS is running

_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


class PrintFailed(Exception):
    """The print service or the printer refused the job; the message is its own (technical) words."""


@dataclass(frozen=True)
class Destination:
    """What the print dialog chose, read from the QPrinter on the UI thread. The printer itself goes along
    for the pages painted on it; the UI thread does not touch it while the job runs."""

    printer_name: str = ""
    copies: int = 1
    collate: bool = True
    grey: bool = False
    sides: str | None = None  # IPP's words; None: the printer's own default
    pages: tuple[int, int] | None = None  # first and last page, counted from 1; None: every page
    to_file: bool = False  # a PDF printer writing to a file the program named
    printer: QPrinter | None = field(default=None, compare=False, repr=False)


def destination_of(printer: QPrinter) -> Destination:
    chosen_range = printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0
    return Destination(
        printer_name=printer.printerName(),
        copies=max(1, printer.copyCount()),
        collate=printer.collateCopies(),
        grey=printer.colorMode() == QPrinter.ColorMode.GrayScale,
        sides=_SIDES.get(printer.duplex()),
        pages=(printer.fromPage(), max(printer.fromPage(), printer.toPage())) if chosen_range else None,
        to_file=printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName()),
        printer=printer,
    )


def print_service() -> str | None:
    """lp, where the system's print service takes a PDF as it is (CUPS, on Linux and macOS)."""
    return None if sys.platform == "win32" else shutil.which("lp")


def lp_command(lp: str, destination: Destination, title: str) -> list[str]:
    command = [lp]
    if destination.printer_name:
        command += ["-d", destination.printer_name]
    command += ["-n", str(destination.copies), "-t", title]
    if destination.copies > 1:
        command += ["-o", "collate=true" if destination.collate else "collate=false"]
    if destination.sides is not None:
        command += ["-o", f"sides={destination.sides}"]
    if destination.grey:
        command += ["-o", "print-color-mode=monochrome"]
    if destination.pages is not None:
        command += ["-P", f"{destination.pages[0]}-{destination.pages[1]}"]
    return command


def send_to_print_service(lp: str, pdf: bytes, destination: Destination, title: str) -> None:
    """The PDF's bytes through a pipe to lp: the print service gets vector pages and no file is written."""
    try:
        done = subprocess.run(
            lp_command(lp, destination, title),
            input=pdf,
            capture_output=True,
            timeout=LP_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PrintFailed(f"lp did not answer within {LP_TIMEOUT_S} s") from exc
    except OSError as exc:
        raise PrintFailed(f"lp could not be started: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        log.warning("the print service refused a job (lp exit status %d)", done.returncode)
        said = done.stderr.decode("utf-8", errors="replace").strip()
        raise PrintFailed(said or f"lp exit status {done.returncode}")


def load_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from an in-memory buffer (keep the buffer alive as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)  # type: ignore[arg-type]  # the stub wants a QObject; Qt takes None too
    document.load(buffer)
    return document, buffer


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    on_page: Callable[[int, int], None] | None = None,
) -> int:
    """Render each page at the printer's resolution but never above 300 dpi, grey where the printer prints
    grey, and paint it; returns the pages printed (0 if the printer could not be opened). Only the pages of
    the printer's page range, if it has one. Safe off the UI thread: it paints on the printer and on images
    only (Qt allows both in any thread)."""
    numbers = _page_numbers(document.pageCount(), printer)
    dpi = min(printer.resolution(), MAX_DPI)
    grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
    painter = QPainter()
    if not numbers or not painter.begin(printer):
        return 0
    # Lossless (Flate): text stays sharp; JPEG blurs its edges and is no smaller for a page of text.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for index, number in enumerate(numbers):
            if index:
                printer.newPage()
            _paint_page(painter, document, number, area.size(), dpi / printer.resolution(), grey)
            if on_page is not None:
                on_page(index + 1, len(numbers))
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintFailed("the printer stopped before the last page")
    return len(numbers)


def _page_numbers(count: int, printer: QPrinter) -> list[int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), max(printer.fromPage(), printer.toPage())
        return [n for n in range(first - 1, last) if n < count]
    return list(range(count))


def _paint_page(
    painter: QPainter, document: QPdfDocument, number: int, area: QSize, ratio: float, grey: bool
) -> None:
    """The page scaled to fit the printable area, centred across it, rendered at ratio × the printer's pixels
    and painted in bands of rows on a white ground."""
    points = document.pagePointSize(number)
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QSize(round(points.width() * scale), round(points.height() * scale))
    pixels = QSize(max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio)))
    left = (area.width() - target.width()) // 2
    page = document.render(number, pixels)  # transparent where the page is blank
    for top in range(0, pixels.height(), BAND_ROWS):
        rows = min(BAND_ROWS, pixels.height() - top)
        band = QImage(pixels.width(), rows, QImage.Format.Format_RGB32)
        band.fill(Qt.GlobalColor.white)
        flatten = QPainter(band)
        flatten.drawImage(0, 0, page, 0, top, pixels.width(), rows)
        flatten.end()
        if grey:
            band = band.convertToFormat(QImage.Format.Format_Grayscale8)
        # Edges rounded from the same formula, so neighbouring bands meet without a gap or an overlap.
        y0 = top * target.height() // pixels.height()
        y1 = (top + rows) * target.height() // pixels.height()
        painter.drawImage(QRect(left, y0, target.width(), y1 - y0), band)


@dataclass(frozen=True)
class Printed:
    pages: int  # the pages painted; 0 when the print service took the PDF as a whole
    by_print_service: bool  # the PDF itself went to lp


@dataclass
class _Job:
    on_done: Callable[[Printed], None]
    on_failed: Callable[[Exception], None]
    thread: threading.Thread
    helpers: tuple[QObject, ...]  # the job's own document and buffer, deleted on the UI thread
    outcome: tuple[bool, object] | None = None


class PrintWorker(QObject):
    """One print job at a time, each in a thread of its own that ends with it (so its memory is reused by the
    next one, not kept by an idle thread); its progress and outcome come back to the UI thread by queued
    signal. The job's thread creates no QObject and touches none but the job's own document."""

    progress = Signal(int, int)  # pages painted, pages in all; (0, 0) while the print service takes the PDF
    _progressed = Signal(int, int, int)  # token, pages painted, pages in all
    _settled = Signal(int)  # token; the outcome waits in the job

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._progressed.connect(self._relay, Qt.ConnectionType.QueuedConnection)
        self._settled.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def submit(
        self,
        pdf: bytes,
        destination: Destination,
        title: str,
        on_done: Callable[[Printed], None],
        on_failed: Callable[[Exception], None],
    ) -> bool:
        """Start the job; True if the print service takes the PDF itself (the pages are then not counted)."""
        if self._jobs:
            raise RuntimeError("a print job is already running")
        token = next(self._tokens)
        jobs, progressed, settled = self._jobs, self._progressed, self._settled
        lp = print_service()
        by_print_service = lp is not None and not destination.to_file
        helpers: tuple[QObject, ...] = ()
        work: Callable[[], Printed]
        if lp is not None and by_print_service:

            def work() -> Printed:
                send_to_print_service(lp, pdf, destination, title)
                return Printed(0, by_print_service=True)

        else:
            printer = destination.printer
            if printer is None:
                raise ValueError("painting the pages needs the QPrinter")
            document, buffer = load_pdf(pdf, self)  # made here, on the UI thread, owned by the worker
            helpers = (document, buffer)

            def work() -> Printed:
                pages = print_document(
                    document, printer, lambda done, total: progressed.emit(token, done, total)
                )
                if not pages:
                    raise PrintFailed("the printer could not be opened")
                return Printed(pages, by_print_service=False)

        def run() -> None:
            outcome: tuple[bool, object]
            try:
                outcome = (True, work())
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
                outcome = (False, exc)
            jobs[token].outcome = outcome
            try:
                settled.emit(token)
            except RuntimeError:  # the worker went with its window; wait() has delivered already
                log.debug("print job settled after its window closed")

        thread = threading.Thread(target=run, name="vinkdesk-print")
        self._jobs[token] = _Job(on_done, on_failed, thread, helpers)
        thread.start()
        return by_print_service

    def wait(self) -> None:
        """Block until the job in hand ends and deliver its outcome now: a window closing (or the vault
        locking) while a page is on its way still gets the outcome, and the print its audit row."""
        for token, job in list(self._jobs.items()):
            job.thread.join()
            self._deliver(token)

    @Slot(int, int, int)
    def _relay(self, token: int, done: int, total: int) -> None:
        if token in self._jobs:
            self.progress.emit(done, total)

    @Slot(int)
    def _deliver(self, token: int) -> None:
        job = self._jobs.get(token)
        if job is None or job.outcome is None:  # delivered by wait() already
            return
        del self._jobs[token]
        for helper in job.helpers:
            helper.deleteLater()
        succeeded, payload = job.outcome
        if succeeded and isinstance(payload, Printed):
            job.on_done(payload)
        else:
            job.on_failed(payload if isinstance(payload, Exception) else RuntimeError(type(payload).__name__))
