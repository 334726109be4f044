"""Why a sync sends nothing though the share can be reached: the coordinator's key is not confirmed, has
changed, or cannot be used. Each carries the fingerprints, so the windows can say it in the user's
language."""

from __future__ import annotations


class SyncRefused(Exception):
    """Nothing was sent; the message says why and what to do."""


class CoordinatorNotConfirmed(SyncRefused):
    def __init__(self, found: str) -> None:
        super().__init__(
            f"The coordinator's key on the share has the fingerprint {found}. Before the first sync, "
            f"compare it "
            "with the fingerprint the coordinator reads out to you and confirm it (sync panel, or "
            "'vinkdesk sync --confirm-coordinator FINGERPRINT'). Nothing was sent."
        )
        self.found = found


class CoordinatorMismatch(SyncRefused):
    def __init__(self, typed: str, found: str) -> None:
        super().__init__(
            f"The fingerprint you confirmed ({typed}) is not that of the coordinator's key on the share "
            f"({found}). Nothing was sent and nothing was pinned: call the coordinator and compare again."
        )
        self.typed, self.found = typed, found


class CoordinatorChanged(SyncRefused):
    def __init__(self, pinned: str, found: str) -> None:
        super().__init__(
            f"The coordinator's key on the share has changed: this laptop trusts {pinned}, the share "
            f"now holds "
            f"{found}. Nothing was sent. Call the coordinator: if they did not replace their key, someone "
            "else put this one there."
        )
        self.pinned, self.found = pinned, found


class CoordinatorKeyUnusable(SyncRefused):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The coordinator's key on the share cannot be used ({detail}). Nothing was sent; tell the "
            "coordinator."
        )
        self.detail = detail
