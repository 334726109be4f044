"""The Session gate: the one way to personal data (an unlocked vault and the user who unlocked it).

Names are loaded on first use (PEP 562), like vinkdesk.vault, so the windows start without the crypto stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vinkdesk.lazy import lazy_attributes

if TYPE_CHECKING:
    from vinkdesk.session.assessments import AssessmentRecord, AssessmentSummary, NotificationDecision
    from vinkdesk.session.core import ACTION_DRAFT, ASSESSMENT_DRAFT, CONSULTATION_DRAFT, VIEW_DRAFT
    from vinkdesk.session.errors import InvalidInput, NotFound, PermissionDenied
    from vinkdesk.session.session import Session
    from vinkdesk.session.verify import verify

_WHERE = {
    "InvalidInput": "vinkdesk.session.errors",
    "NotFound": "vinkdesk.session.errors",
    "PermissionDenied": "vinkdesk.session.errors",
    "ACTION_DRAFT": "vinkdesk.session.core",
    "ASSESSMENT_DRAFT": "vinkdesk.session.core",
    "CONSULTATION_DRAFT": "vinkdesk.session.core",
    "VIEW_DRAFT": "vinkdesk.session.core",
    "NotificationDecision": "vinkdesk.session.assessments",
    "AssessmentRecord": "vinkdesk.session.assessments",
    "AssessmentSummary": "vinkdesk.session.assessments",
    "Session": "vinkdesk.session.session",
    "verify": "vinkdesk.session.verify",
}

__all__ = [
    "ACTION_DRAFT",
    "ASSESSMENT_DRAFT",
    "NotificationDecision",
    "AssessmentRecord",
    "AssessmentSummary",
    "CONSULTATION_DRAFT",
    "VIEW_DRAFT",
    "InvalidInput",
    "NotFound",
    "PermissionDenied",
    "Session",
    "verify",
]


__getattr__ = lazy_attributes(__name__, _WHERE, globals())
