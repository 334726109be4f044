"""The Session gate: the one way to personal data (an unlocked vault and the user who unlocked it)."""

from vinkdesk.session.errors import InvalidInput, NotFound, PermissionDenied
from vinkdesk.session.session import AssessmentRecord, AssessmentSummary, Session
from vinkdesk.session.verify import verify

__all__ = [
    "AssessmentRecord",
    "AssessmentSummary",
    "InvalidInput",
    "NotFound",
    "PermissionDenied",
    "Session",
    "verify",
]
