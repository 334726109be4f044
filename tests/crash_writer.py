"""A child process for the crash tests: writes consultations in a loop and reports each committed one.

Run as `python -m tests.crash_writer HOME`; the passphrase comes from VINKDESK_PASSPHRASE.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime

from vinkdesk.domain import Channel, InquirerRole, NewConsultation
from vinkdesk.session import Session
from vinkdesk.vault import Home


def main() -> None:
    session = Session.unlock(Home(__import__("pathlib").Path(sys.argv[1])), os.environ["VINKDESK_PASSPHRASE"])
    case_id = session.list_cases()[0].id
    start = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    for n in range(start, start + 100_000):
        session.add_consultation(
            case_id,
            NewConsultation(
                occurred_at=datetime(2026, 5, 1, 9, 0),
                channel=Channel.PHONE,
                inquirer_role=InquirerRole.PARENT,
                duration_minutes=10,
                body=f"Hemmelig optegnelse markør{n:06d} om Ravn-17 og hans bror.",
            ),
        )
        print(n, flush=True)  # only after the commit has returned


if __name__ == "__main__":
    main()
