"""Writing a release (or a draft) as the report's two files: the PDF and the CSV with the same figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vinkdesk.reports.annual import annual_report
from vinkdesk.sync.publish import Release, figures, report_names, to_csv
from vinkdesk.vault.files import write_atomically


def write_report(
    made: Release, previous: Release | None, out: Path, language: str, today: date | None = None
) -> tuple[Path, Path]:
    """aarsrapport-YEAR(.pdf, .csv) in `out` (English: annual-report-YEAR); a draft's names say so.
    Raises OSError where the folder or a file cannot be written (nothing half-written is left)."""
    out.mkdir(parents=True, exist_ok=True)
    published = figures(made, previous)
    pdf, csv = (out / name for name in report_names(made.year, language, made.released is None))
    write_atomically(pdf, annual_report(published, language, today))
    write_atomically(csv, to_csv(published).encode("utf-8"))
    return pdf, csv
