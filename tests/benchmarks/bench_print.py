"""Print benchmarks: a 3-page consultation summary printed from the preview through the raster path to a PDF
printer that asks for 1200 dpi — wall time from Print to the audit call, the largest pause of the UI thread
meanwhile (a 5-ms heartbeat), the job's size — beside making the same PDF with reportlab alone (same run).

`python -m tests.benchmarks.bench_print` runs these alone."""

from __future__ import annotations

import io
import os
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QTimer  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.benchmarks.harness import Report, Result, median, p95, timings_ms  # noqa: E402
from vinkdesk.domain import (  # noqa: E402
    Channel,
    ConcernType,
    District,
    InquirerRole,
    NewCase,
    NewConsultation,
    ReferralSource,
    SubjectKind,
    SummaryData,
)
from vinkdesk.reports.summary import consultation_summary  # noqa: E402
from vinkdesk.session import Session  # noqa: E402
from vinkdesk.vault import FLOOR, Home  # noqa: E402

REPEAT = 9
WARMUP = 2
HEARTBEAT_MS = 5


def summary_data(folder: Path) -> SummaryData:
    """A case with three consultations long enough for a 3-page summary."""
    session, _ = Session.create(Home(folder / "vault"), "Bench Rådgiver", "benchmark passphrase", FLOOR)
    case = session.create_case(
        NewCase(
            SubjectKind.PERSON,
            District.NOERREBRO,
            ConcernType.UNCLEAR,
            ReferralSource.SCHOOL,
            alias="Ravn-20",
            birth_year=2010,
            opened_on=date(2026, 1, 5),
        )
    )
    note = " ".join(f"Sætning {i} om skolegården, fællesskabet og de voksne på Nørrebro." for i in range(40))
    for i in range(3):
        session.add_consultation(
            case.id,
            NewConsultation(
                occurred_at=datetime(2026, 1, 6, 9) + timedelta(days=7 * i),
                channel=Channel.MEETING,
                inquirer_role=InquirerRole.TEACHER,
                duration_minutes=45,
                body=note,
                advice="Hold dialogen åben og inddrag forældrene.",
                next_steps="Opfølgning om to uger.",
            ),
        )
    data = session.summary_data(case.id)
    session.lock()
    return data


def print_once(app: QApplication, pdf: bytes, out: Path, grey: bool) -> tuple[float, float, float, float]:
    """Print from a preview as the Print button does, the UI thread running its event loop meanwhile:
    (ms from Print to the audit call, the UI thread's CPU ms meanwhile, the longest ms between two
    heartbeats, MB written)."""
    from vinkdesk.ui.print_preview import PrintPreview

    loop = QEventLoop()
    ended: list[float] = []

    def audited(_kind: str) -> None:
        ended.append(time.perf_counter())
        loop.quit()

    preview = PrintPreview(pdf, "Rådgivningsresumé – bench", "bench.pdf", audited)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    if grey:
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    began, ui_began = time.perf_counter(), time.thread_time()
    ticks.append(began)
    preview.print_to(printer)
    loop.exec()
    ui_busy = time.thread_time() - ui_began
    heartbeat.stop()
    ticks.append(ended[0])
    pause = max(b - a for a, b in zip(ticks, ticks[1:], strict=False))
    preview.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    size = out.stat().st_size / 1_000_000
    out.unlink()
    return (ended[0] - began) * 1000, ui_busy * 1000, pause * 1000, size


def run(report: Report) -> None:
    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication([])
    with tempfile.TemporaryDirectory(prefix="vinkdesk-bench-print-") as tmp:
        data = summary_data(Path(tmp))
        pdf = consultation_summary(data, "da")
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 3
        baseline = median(timings_ms(lambda: consultation_summary(data, "da"), repeat=15))
        for grey, kind in ((False, "colour"), (True, "grey")):
            walls, busy, pauses, sizes = [], [], [], []
            for i in range(WARMUP + REPEAT):
                wall, ui_busy, pause, size = print_once(app, pdf, Path(tmp) / "printed.pdf", grey)
                if i >= WARMUP:
                    walls.append(wall)
                    busy.append(ui_busy)
                    pauses.append(pause)
                    sizes.append(size)
            job = median(walls)
            report.add(
                Result(
                    f"print 3-page summary, 300-dpi raster ({kind})",
                    job,
                    p95(walls),
                    "ms",
                    target="median ≤ 2000 ms",
                    baseline=baseline,
                    ratio=job / baseline,
                    met=job <= 2000,
                    note="baseline: the same PDF made by reportlab",
                )
            )
            report.add(
                Result(
                    f"  UI thread's CPU time in that print ({kind})",
                    median(busy),
                    p95(busy),
                    "ms",
                    target="< 10 % of the job",
                    met=median(busy) < job / 10,
                    note="the rest runs in the print thread",
                )
            )
            report.add(
                Result(
                    f"  longest UI-thread pause in that print ({kind})",
                    median(pauses),
                    max(pauses),
                    "ms",
                    target="max < 1/4 of the job",
                    met=max(pauses) < job / 4,
                    note=f"{HEARTBEAT_MS}-ms heartbeat; p95 column is the max",
                )
            )
            report.add(
                Result(
                    f"  size of that print job ({kind})",
                    median(sizes),
                    max(sizes),
                    "MB",
                    target="< 5 MB",
                    met=max(sizes) < 5,
                    note="p95 column is the max",
                )
            )


if __name__ == "__main__":
    only = Report()
    run(only)
    only.print_table()
