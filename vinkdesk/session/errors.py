"""Errors of the Session gate."""

from __future__ import annotations

from vinkdesk.vault.errors import VaultError


class PermissionDenied(VaultError):
    """The current user's role does not allow the act; nothing was written."""


class InvalidInput(VaultError):
    """Input that cannot be saved as it is; field names which one, the message says what to do."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFound(VaultError):
    pass
