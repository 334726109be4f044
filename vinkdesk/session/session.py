"""The Session: the one gate to personal data. It checks the role and writes the audit row in the same
transaction as every act it records. Its acts are grouped by subject in `cases` and `assessments`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vinkdesk.domain import Role, SummaryData, SupervisorComment, User
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.session.assessments import AssessmentRecord, NotificationDecision, TickedAction
from vinkdesk.session.audit_view import AuditActs
from vinkdesk.session.core import ASSESSMENT_DRAFT
from vinkdesk.session.errors import InvalidInput
from vinkdesk.session.limits import draft_json
from vinkdesk.session.protection import ProtectionActs
from vinkdesk.session.sync import SyncActs, strip_sync_identity
from vinkdesk.vault import Home, KdfParams, Vault, key_history
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault.backup import write_backup
from vinkdesk.vault.database import translate_errors
from vinkdesk.vault.errors import SlotRefused
from vinkdesk.vault.files import check_output, write_output
from vinkdesk.vault.key_history import RestoredBeforeRotation
from vinkdesk.vault.keys import KeysFile, KeySlot, new_recovery_code
from vinkdesk.vault.normal_form import nfc
from vinkdesk.vault.vault import Progress, check_passphrase

RESTORED_KEY = "restored_before_rotation"  # meta: what the key history said of this restored copy


class Session(ProtectionActs, SyncActs, AuditActs):
    """An unlocked vault and the user who unlocked it."""

    @classmethod
    def create(
        cls, home: Home, display_name: str, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[Session, str]:
        vault, recovery_code = Vault.create(home, nfc(display_name), passphrase, kdf)
        return cls(vault), recovery_code

    @classmethod
    def unlock(cls, home: Home, passphrase: str) -> Session:
        session = cls(Vault.unlock(home, passphrase))
        with session._write():
            session._audit(AuditAction.UNLOCK, detail="recovery code" if session.via_recovery else "")
            session._note_restored_copy()
        session.upkeep()  # old search criteria erased; a deletion's scrub held up by a reader finished
        return session

    # --- a copy restored from before a key rotation --------------------------------------------------------

    @property
    def restored_before_rotation(self) -> RestoredBeforeRotation | None:
        """Set when this vault was restored from a backup made before its data key was replaced (removing a
        supervisor, a passphrase reset, rotate-key): the rotations it missed, the removed slots that open it
        again (`returned`, while they are in vault.keys) and whether it is still under the old key. `lines(
        "da" | "en")` says what that means and what to do. None for every other vault, and once the returned
        slots are gone and the key has been rotated since."""
        kept = self._meta(RESTORED_KEY)
        if not kept:
            return None
        with self._lock:
            found = RestoredBeforeRotation.from_json(kept, self._vault.slots, self._vault.key_id)
        return None if found is None or found.settled else found

    def _note_restored_copy(self) -> None:
        """At unlock, inside its transaction: keep what the home's key history says of this vault's key (a
        copy restored from before a rotation, or put back by hand), audited the first time; forget it once it
        is settled."""
        vault = self._vault
        found = key_history.missed(self.home.folder, vault.vault_id, vault.key_id, vault.slots)
        if found is not None:
            record = found.to_json()
            if self._meta(RESTORED_KEY) != record:
                self._set_meta(RESTORED_KEY, record)
                self._audit(
                    AuditAction.RESTORED_BEFORE_ROTATION, detail=f"{len(found.rotations)} rotation(s) missed"
                )
        elif self._meta(RESTORED_KEY) and self.restored_before_rotation is None:
            self._db.execute("DELETE FROM meta WHERE key = ?", (RESTORED_KEY,))

    # --- users and key slots -------------------------------------------------------------------------------

    def add_supervisor(self, display_name: str, passphrase: str, kdf: KdfParams | None = None) -> User:
        """A supervisor's own slot on this vault; the supervisor types their passphrase."""
        self._require(Role.COUNSELLOR, "add a supervisor")
        name = nfc(display_name).strip()
        if not name:
            raise InvalidInput("display_name", "Enter the supervisor's name.")
        if any(u.display_name == name and u.role == Role.SUPERVISOR for u in self.supervisors()):
            raise InvalidInput(
                "display_name", f"There is already a supervisor named {name}; choose another name."
            )
        user = User(uuid.uuid4().hex, name, Role.SUPERVISOR)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO users (id, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                (user.id, user.display_name, user.role.value, audit_log.now_utc()),
            )
            self._audit(AuditAction.ADD_SLOT, "user", user.id, "supervisor")
            # Written inside the transaction: if the keys file cannot be written, the user is not added.
            self._vault.add_slot(user.id, "supervisor", name, passphrase, kdf)
        return user

    def supervisors(self) -> list[User]:
        """The supervisors who can open this vault now (those with a key slot)."""
        with self._lock:
            holders = {s.user_id for s in self._vault.slots if s.role == "supervisor"}
        return [u for u in self.users() if u.role == Role.SUPERVISOR and u.id in holders]

    def remove_supervisor(self, name_or_id: str, progress: Progress | None = None) -> User:
        """Take a supervisor's slot away and rotate the key, so that their passphrase, with any old copy of
        vault.keys, opens nothing written from now on."""
        self._require(Role.COUNSELLOR, "remove a supervisor")
        wanted = nfc(name_or_id).strip()
        found = [u for u in self.supervisors() if wanted in (u.id, u.display_name)]
        if not found:
            raise InvalidInput("name", f"There is no supervisor named {wanted} on this vault.")
        user = found[0]

        def without(keys: KeysFile, _seal: object) -> KeysFile:
            return keys.without_slots(s.slot_id for s in keys.slots if s.user_id == user.id)

        self._rotate(f"remove-supervisor {user.id}", without, progress)
        return user

    def rotate_key(self, progress: Progress | None = None) -> None:
        """A new data key for vault.db and every remaining slot (see Vault.rotate_key)."""
        self._require(Role.COUNSELLOR, "rotate the vault's key")
        self._rotate("rotate-key", None, progress)

    def _rotate(
        self,
        reason: str,
        change: Callable[[KeysFile, Callable[..., KeySlot]], KeysFile] | None,
        progress: Progress | None,
    ) -> None:
        with self._lock:
            self._vault.rotate_key(reason, change, progress)
            # Recorded in the rotated vault (and in .vault.key-history beside it, should this row be cut off).
            with self._write():
                self._audit(AuditAction.ROTATE_KEY, "user", self.user.id, reason.split(" ")[0])
                self._note_restored_copy()  # a restored copy's finding is settled by now, or is left standing

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        with self._lock:
            self._vault.change_passphrase(old, new, kdf)
            with self._write():
                self._audit(AuditAction.CHANGE_PASSPHRASE, "user", self.user.id)

    def reset_passphrase(
        self, new: str, kdf: KdfParams | None = None, progress: Progress | None = None
    ) -> str:
        """After unlocking with the recovery code: a new passphrase in place of the forgotten one, a new key
        (the used code and any old copy of vault.keys open only the old one) and a new recovery code, all in
        one journaled step. Returns the new code, to be shown once."""
        if not self.via_recovery:
            raise InvalidInput("passphrase", "Change your passphrase with your current one instead.")
        check_passphrase(new)
        user_id = self.user.id
        code = new_recovery_code()

        def reset(keys: KeysFile, seal: Callable[..., KeySlot]) -> KeysFile:
            forgotten = [s for s in keys.slots if s.user_id == user_id and s.role != "recovery"]
            if not forgotten:
                raise SlotRefused("There is no passphrase slot for this user to reset.")
            old_codes = [s.slot_id for s in keys.slots if s.role == "recovery"]
            role, shown, params = forgotten[0].role, forgotten[0].display_name, kdf or forgotten[0].kdf
            keys = keys.replacing([s.slot_id for s in forgotten], seal(user_id, role, shown, new, params))
            return keys.replacing(old_codes, seal(user_id, "recovery", "", code, params))

        with self._lock:
            with self._write():
                self._audit(AuditAction.RESET_PASSPHRASE, "user", self.user.id)
            self._rotate("reset-passphrase", reset, progress)
        self.via_recovery = False
        return code

    def new_recovery_code(self, kdf: KdfParams | None = None) -> str:
        self._require(Role.COUNSELLOR, "make a new recovery code")
        with self._lock:
            code = self._vault.new_recovery_code(kdf)
            with self._write():
                self._audit(AuditAction.NEW_RECOVERY_CODE, "user", self.user.id)
        return code

    def finish_assessment(
        self,
        case_id: int,
        record: AssessmentRecord,
        actions: Sequence[TickedAction | str] = (),
        decisions: Sequence[NotificationDecision] = (),
        at: datetime | None = None,
    ) -> int:
        """The wizard's last step, all or nothing: the assessment, the recommended actions the counsellor
        ticked, and the decisions on the duty to notify and the police referral. A ticked recommended action
        is due the assessment's day plus the horizon its definition gives it; a plain title has no due day."""
        day = at.date() if at is not None else self.today()
        with self._write():
            assessment_id = self.save_assessment(case_id, record, at)
            for action in actions:
                if isinstance(action, TickedAction):
                    due = self._action_due(record, action.action_id, day)
                    self.add_action(case_id, action.title, due=due, assessment_id=assessment_id)
                else:
                    self.add_action(case_id, action, assessment_id=assessment_id)
            for decision in decisions:
                self.record_notification(case_id, decision, assessment_id)
            self._discard_draft_in(ASSESSMENT_DRAFT, case_id)
        return assessment_id

    # --- drafts --------------------------------------------------------------------------------------------

    def save_draft(
        self, kind: str, content: dict[str, Any], case_id: int | None = None, target_id: int | None = None
    ) -> None:
        """Unfinished work, kept inside the vault so an empty battery loses at most seconds; past
        limits.DRAFT_LIMIT characters it is refused and the draft saved before stays."""
        stored = draft_json(content)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO drafts (user_id, kind, case_id, target_id, content, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, kind, ifnull(case_id, 0), "
                "ifnull(target_id, 0))"
                " DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at",
                (
                    self.user.id,
                    kind,
                    case_id,
                    target_id,
                    stored,
                    audit_log.now_utc(),
                ),
            )

    def drafts(self) -> list[tuple[str, int | None, int | None, dict[str, Any]]]:
        """This user's surviving drafts: (kind, case id, target id, content)."""
        return [
            (r[0], r[1], r[2], json.loads(r[3]))
            for r in self._read(
                "SELECT kind, case_id, target_id, content FROM drafts WHERE user_id = ? ORDER BY "
                "updated_at DESC",
                (self.user.id,),
            )
        ]

    def draft(
        self, kind: str, case_id: int | None = None, target_id: int | None = None
    ) -> dict[str, Any] | None:
        for found_kind, found_case, found_target, content in self.drafts():
            if (found_kind, found_case, found_target) == (kind, case_id, target_id):
                return content
        return None

    def _discard_draft_in(self, kind: str, case_id: int | None) -> None:
        self._db.execute(
            "DELETE FROM drafts WHERE user_id = ? AND kind = ? AND ifnull(case_id, 0) = ?",
            (self.user.id, kind, case_id or 0),
        )

    def discard_draft(self, kind: str, case_id: int | None = None, target_id: int | None = None) -> None:
        with self._write() as conn:
            conn.execute(
                "DELETE FROM drafts WHERE user_id = ? AND kind = ? AND ifnull(case_id, 0) = ?"
                " AND ifnull(target_id, 0) = ?",
                (self.user.id, kind, case_id or 0, target_id or 0),
            )

    # --- what leaves the vault: summaries, prints and exports ----------------------------------------------

    def summary_data(
        self,
        case_id: int,
        start: date | None = None,
        end: date | None = None,
        consultation_ids: Sequence[int] | None = None,
    ) -> SummaryData:
        """The content of a consultation summary: one consultation, a period, or all (current versions)."""
        if start and end and start > end:
            raise InvalidInput("period", "The period ends before it starts.")
        case = self.view_case(case_id)
        chosen = [
            c
            for c in self.consultations(case_id, include_history=False)
            if (start is None or c.occurred_at.date() >= start)
            and (end is None or c.occurred_at.date() <= end)
            and (consultation_ids is None or c.id in consultation_ids)
        ]
        latest = self.latest_assessment(case_id)
        names = {u.id: u.display_name for u in self.users()}
        return SummaryData(
            case=case,
            counsellor=names.get(case.counsellor_id, ""),
            start=start,
            end=end,
            consultations=tuple(sorted(chosen, key=lambda c: (c.occurred_at, c.id))),
            open_actions=tuple(a for a in self.actions(case_id) if not a.done),
            reasons=tuple(latest.reasons) if latest else (),
            gaps=tuple(latest.gaps) if latest else (),
            assessed_on=latest.created_at.date() if latest else None,
            comments=tuple(self.supervisor_comments(case_id)),
            made_on=self.today(),
            made_by=self.user.display_name,
        )

    def supervisor_comments(self, case_id: int) -> list[SupervisorComment]:
        names = {u.id: u.display_name for u in self.users()}
        found = self._read(
            "SELECT r.created_at, r.supervisor_id, r.verdict, r.text, k.occurred_at, a.created_at"
            " FROM reviews r LEFT JOIN consultations k ON k.id = r.consultation_id"
            " LEFT JOIN assessments a ON a.id = r.assessment_id"
            " WHERE k.case_id = ? OR a.case_id = ? ORDER BY r.created_at",
            (case_id, case_id),
        )
        return [
            SupervisorComment(
                datetime.fromisoformat(r[0]),
                names.get(r[1], ""),
                r[2],
                r[3],
                f"consultation {r[4][:10]}" if r[4] else f"assessment {str(r[5])[:10]}",
            )
            for r in found
        ]

    def record_output(self, case_id: int | None, kind: str, detail: str = "") -> None:
        """Audit that case data left the vault: "print" or "export" (a PDF saved to a file). case_id None is
        an output about no single case (an audit extract over every case)."""
        if kind not in ("print", "export"):
            raise InvalidInput("kind", f"Unknown kind of output: {kind}.")
        with self._write():
            if case_id is None:
                self._audit(AuditAction(kind), "", "", detail)
            else:
                self._audit(AuditAction(kind), "case", case_id, detail)

    def export(self, case_id: int, detail: str, data: bytes, out: Path) -> Path:
        """Save case data (a summary, a right-of-access report) to a file the user chose. Refused
        (OutputRefused) on or inside the vault's home, on its files, or on anything but a regular file. The
        export row is committed before the file appears under its name; if it cannot be, no file appears."""
        return write_output(
            out,
            data,
            forbidden=self.home,
            before_publish=lambda: self.record_output(case_id, "export", detail),
        )

    # --- whole-vault acts ----------------------------------------------------------------------------------

    def backup(self, out: Path) -> Path:
        """An encrypted backup file (0600) at out; refused on or inside the vault's home and on anything but a
        regular file. The backup row is committed first; the WAL is written back after."""
        check_output(out, forbidden=self.home)
        with self._write():
            self._audit(AuditAction.BACKUP)
        keys_bytes = self.home.keys_path.read_bytes()
        vault_id = self._read("SELECT value FROM meta WHERE key = 'vault_id'")[0][0]
        device = self.known_device()
        with self._lock, translate_errors(self.home.db_path):
            return write_backup(
                self._db,
                keys_bytes,
                vault_id,
                out,
                lambda conn, schema: strip_sync_identity(conn, schema, device),
                forbidden=self.home,
            )
