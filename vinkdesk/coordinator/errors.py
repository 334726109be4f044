"""Errors of the coordinator's home, light to import (the command line names them before any crypto loads)."""

from __future__ import annotations


class CoordinatorError(Exception):
    """Something the coordinator must act on; the message says what."""


class ReleaseRefused(CoordinatorError):
    """No pattern of hidden figures passes the audit: nothing of the year can be published now."""
