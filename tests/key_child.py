"""A child process for the key kill tests: `python -m tests.key_child HOME ACT`, passphrase from
VINKDESK_PASSPHRASE, the new one from VINKDESK_NEW_PASSPHRASE. Prints "done" when the act returned."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vinkdesk.session import Session
from vinkdesk.vault import FLOOR, Home


def main() -> None:
    home = Home(Path(sys.argv[1]))
    session = Session.unlock(home, os.environ["VINKDESK_PASSPHRASE"])
    print("open", flush=True)
    if sys.argv[2] == "passphrase":
        session.change_passphrase(
            os.environ["VINKDESK_PASSPHRASE"], os.environ["VINKDESK_NEW_PASSPHRASE"], FLOOR
        )
    elif sys.argv[2] == "rotate":
        session.rotate_key()
    elif sys.argv[2] == "supervisor":
        session.add_supervisor(sys.argv[3], os.environ["VINKDESK_NEW_PASSPHRASE"], FLOOR)
    session.lock()
    print("done", flush=True)


if __name__ == "__main__":
    main()
