"""A real X server for the tests that need one (the start-up check's X11 path, the PRIMARY selection):
Xvfb on a free display it chooses itself, stopped afterwards."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def xvfb_display() -> Iterator[str]:
    """":N" of a fresh Xvfb at 1366×768, which accepts clients once this yields."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1366x768x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as ready:
            yield ":" + ready.readline().strip()  # written once the server accepts clients
    finally:
        server.terminate()
        server.wait(timeout=30)
