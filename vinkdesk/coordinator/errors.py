"""Errors of the coordinator's home, light to import (the command line names them before any crypto loads)."""

from __future__ import annotations


class CoordinatorError(Exception):
    """Something the coordinator must act on; the message says what."""
