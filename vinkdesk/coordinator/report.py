"""Writing a release (or a draft) as the report's two files: the PDF and the CSV with the same figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vinkdesk.reports.annual import annual_report
from vinkdesk.sync.publish import Release, figures, report_names, to_csv
from vinkdesk.vault.files import Forbidden, check_output_folder, write_output


def write_report(
    made: Release,
    previous: Release | None,
    out: Path,
    language: str,
    today: date | None = None,
    *,
    forbidden: Forbidden = None,
) -> tuple[Path, Path]:
    """aarsrapport-YEAR(.pdf, .csv) in `out` (English: annual-report-YEAR); a draft's names say so. Each is
    owner-only (0600), written to a temp file and renamed; OutputRefused when `out` is on or inside
    `forbidden` (the coordinator's home) or a name is taken by anything but a regular file. Raises OSError
    where the folder or a file cannot be written (nothing half-written is left)."""
    check_output_folder(out, forbidden=forbidden)
    out.mkdir(parents=True, exist_ok=True)
    published = figures(made, previous)
    pdf, csv = (out / name for name in report_names(made.year, language, made.released is None))
    write_output(pdf, annual_report(published, language, today), forbidden=forbidden)
    write_output(csv, to_csv(published).encode("utf-8"), forbidden=forbidden)
    return pdf, csv
