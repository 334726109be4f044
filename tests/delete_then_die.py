"""A child process for the deletion tests: unlocks, deletes one case and is SIGKILLed the moment the deletion
has committed, before its scrub begins.

Run as `python -m tests.delete_then_die HOME CASE_ID`; the passphrase comes from VINKDESK_PASSPHRASE.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from vinkdesk.session import Session
from vinkdesk.vault import Home, scrub


def die(conn: Any, wait_seconds: float = 0.0) -> bool:
    os.kill(os.getpid(), signal.SIGKILL)
    return False  # never reached


def main() -> None:
    session = Session.unlock(Home(Path(sys.argv[1])), os.environ["VINKDESK_PASSPHRASE"])
    scrub.scrub = die  # the scrub is the first thing after the commit
    session.delete_case(int(sys.argv[2]))


if __name__ == "__main__":
    main()
