"""Report benchmarks: the consultation summary of a case with 20 consultations."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from tests.benchmarks.harness import Report, Result, median, p95, timings_ms
from vinkdesk.domain import (
    Channel,
    ConcernType,
    District,
    InquirerRole,
    NewCase,
    NewConsultation,
    ReferralSource,
    SubjectKind,
)
from vinkdesk.reports.summary import consultation_summary
from vinkdesk.session import Session
from vinkdesk.vault import FLOOR, Home


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory(prefix="vinkdesk-bench-reports-") as tmp:
        session, _ = Session.create(
            Home(Path(tmp) / "vault"), "Bench Rådgiver", "benchmark passphrase", FLOOR
        )
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
        start = datetime(2026, 1, 6, 9)
        for i in range(20):
            session.add_consultation(
                case.id,
                NewConsultation(
                    occurred_at=start + timedelta(days=3 * i),
                    channel=Channel.MEETING,
                    inquirer_role=InquirerRole.TEACHER,
                    duration_minutes=45,
                    body=(
                        "Læreren fortæller om elevens uge: fravær, konflikter i frikvarteret "
                        "og nye venner uden for skolen. " * 6
                    ),
                    advice="Hold dialogen åben og inddrag forældrene.",
                    next_steps="Opfølgning om to uger.",
                ),
            )
        data = session.summary_data(case.id)
        samples = timings_ms(lambda: consultation_summary(data, "da"), repeat=30)
        report.add(
            Result(
                "summary PDF of a case with 20 consultations",
                median(samples),
                p95(samples),
                "ms",
                target="median < 100 ms",
                met=median(samples) < 100,
            )
        )
        gather = timings_ms(lambda: session.summary_data(case.id), repeat=30)
        report.add(
            Result("gathering the summary's data through the Session", median(gather), p95(gather), "ms")
        )
        session.lock()
