"""Cases, consultations (with amendments), full-text search and the action plan, through the Session."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any

from vinkdesk.domain import (
    Action,
    AgeBand,
    Case,
    CaseStatus,
    CaseSummary,
    Consultation,
    District,
    Level,
    NewCase,
    NewConsultation,
    Role,
    SearchHit,
    SubjectKind,
)
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.domain.inquirer import CONTACT_LIMIT, ORGANISATION_LIMIT, looks_like_contact
from vinkdesk.session import rows
from vinkdesk.session.casework import CaseworkActs, insert_closing
from vinkdesk.session.core import EARLIEST_BIRTH_YEAR
from vinkdesk.session.errors import InvalidInput, NotFound, PermissionDenied
from vinkdesk.session.limits import check_consultation_text
from vinkdesk.session.search import SEARCH_SQL, fts_query, search_text
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault.normal_form import nfc


def _in_nfc(new: NewConsultation) -> NewConsultation:
    """The consultation's text as it is stored and searched: in NFC."""
    return dataclasses.replace(
        new,
        body=nfc(new.body),
        advice=nfc(new.advice),
        next_steps=nfc(new.next_steps),
        inquirer_organisation=nfc(new.inquirer_organisation).strip(),
        inquirer_contact=nfc(new.inquirer_contact).strip(),
    )


class CaseActs(CaseworkActs):
    # --- cases ---------------------------------------------------------------------------------------------

    def create_case(self, new: NewCase) -> Case:
        self._require(Role.COUNSELLOR, "open a case")
        new = dataclasses.replace(new, alias=nfc(new.alias))
        opened_on = new.opened_on or self.today()
        age_band = self._validate_case(new, opened_on)
        with self._write() as conn:
            ref = self._next_ref(conn, opened_on.year)
            cursor = conn.execute(
                "INSERT INTO cases (ref, subject_kind, alias, birth_year, age_band, gender, "
                "district, concern_type,"
                " referral_source, counsellor_id, opened_on, review_on, status) VALUES (?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, 'open')",
                (
                    ref,
                    new.subject_kind.value,
                    new.alias.strip(),
                    new.birth_year,
                    age_band.value,
                    new.gender.value,
                    new.district.value,
                    new.concern_type.value,
                    new.referral_source.value,
                    self.user.id,
                    opened_on.isoformat(),
                    self.default_review_day(None, opened_on).isoformat(),
                ),
            )
            case_id = cursor.lastrowid
            self._audit(AuditAction.CREATE_CASE, "case", case_id)
        return self._case(case_id)

    def _validate_case(self, new: NewCase, opened_on: date) -> AgeBand:
        if opened_on > self.today():
            raise InvalidInput("opened_on", "A case cannot be opened on a future date.")
        if new.subject_kind is SubjectKind.PERSON:
            if not new.alias.strip():
                raise InvalidInput("alias", "Give the person an alias (never the real name).")
            if new.birth_year is None:
                raise InvalidInput(
                    "birth_year", "Enter the birth year, or choose 'anonymous' if it is not known."
                )
        if new.subject_kind is SubjectKind.GROUP and not new.alias.strip():
            raise InvalidInput("alias", "Give the group a name that does not identify anyone.")
        if new.birth_year is not None:
            if not EARLIEST_BIRTH_YEAR <= new.birth_year <= opened_on.year:
                raise InvalidInput(
                    "birth_year",
                    f"The birth year must lie between {EARLIEST_BIRTH_YEAR} and {opened_on.year}.",
                )
            return AgeBand.UNKNOWN if new.age_band is None else new.age_band
        if new.age_band is None:
            raise InvalidInput(
                "age_band", "Choose an age band (or 'unknown') for an anonymous subject or a group."
            )
        return new.age_band

    @staticmethod
    def _next_ref(conn: Any, year: int) -> str:
        row = conn.execute(
            "SELECT max(CAST(substr(ref, 6) AS INTEGER)) FROM cases WHERE ref LIKE ?", (f"{year}-%",)
        ).fetchone()
        return f"{year}-{(row[0] or 0) + 1:03d}"

    def view_case(self, case_id: int) -> Case:
        """The case, with an audit row saying this user looked at it."""
        case = self._case(case_id)
        with self._write():
            self._audit(AuditAction.VIEW_CASE, "case", case_id)
        return case

    def case_by_ref(self, ref: str) -> Case:
        found = self._read("SELECT id FROM cases WHERE ref = ?", (ref.strip(),))
        if not found:
            raise NotFound(f"There is no case with the reference {ref.strip()} in this vault.")
        return self.view_case(found[0][0])

    def list_cases(
        self,
        *,
        status: CaseStatus | None = None,
        level: Level | None = None,
        district: District | None = None,
        mine: bool = False,
        text: str = "",
    ) -> list[CaseSummary]:
        """The case list with its filters; text matches the start of the ref or of the alias."""
        where, params = [], []
        if status is not None:
            where.append("c.status = ?")
            params.append(status.value)
        if district is not None:
            where.append("c.district = ?")
            params.append(district.value)
        if mine:
            where.append("c.counsellor_id = ?")
            params.append(self.user.id)
        if text.strip():
            pattern = nfc(text.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(c.ref LIKE ? ESCAPE '\\' OR c.alias LIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        sql = f"SELECT {rows.SUMMARY_COLUMNS} FROM cases c"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.opened_on DESC, c.id DESC"
        summaries = [rows.summary_from_row(r) for r in self._read(sql, params)]
        if level is not None:
            summaries = [s for s in summaries if s.level == level]
        return summaries

    def close_case(
        self, case_id: int, reason: ClosureReason | None, on: date | None = None, note: str = ""
    ) -> Case:
        """Close the case for a reason on the day given (today when none): the counts take the case as closed
        in that day's quarter, so a day in an earlier quarter is counted there. The day lies neither before
        the case was opened or its last consultation, nor in the future. A yellow or red case gets its
        follow-ups 6 and 12 months on, as actions."""
        self._require(Role.COUNSELLOR, "close a case")
        closed_on = on or self.today()
        case = self._case(case_id)
        if case.status is CaseStatus.CLOSED:
            raise InvalidInput("status", "This case is already closed.")
        if reason is None:
            raise InvalidInput("closure_reason", "Choose why the case is closed.")
        reason = ClosureReason(reason)
        note = nfc(note).strip()
        if reason is ClosureReason.OTHER and not note:
            raise InvalidInput("closure_note", "Write the reason for closing in a few words.")
        if len(note) > 1000:
            raise InvalidInput("closure_note", "Keep the reason under 1000 characters.")
        earliest = self.earliest_closing_day(case_id)
        if closed_on < case.opened_on:
            raise InvalidInput("closed_on", "A case cannot close before it was opened.")
        if closed_on < earliest:
            raise InvalidInput(
                "closed_on", "A case cannot close before its last consultation. Choose a later day."
            )
        if closed_on > self.today():
            raise InvalidInput("closed_on", "A case cannot be closed on a future date.")
        with self._write() as conn:
            conn.execute(
                "UPDATE cases SET status = 'closed', closed_on = ?, review_on = NULL, closure_reason = ?,"
                " closure_note = ? WHERE id = ?",
                (closed_on.isoformat(), reason.value, note, case_id),
            )
            insert_closing(conn, case_id, closed_on, reason, note)
            self._schedule_follow_ups(conn, case_id, case.level, closed_on, reason)
            self._audit(AuditAction.CLOSE_CASE, "case", case_id, reason.value)
        return self._case(case_id)

    def earliest_closing_day(self, case_id: int) -> date:
        """The first day the case may be closed on: its opening day, or the day of its last consultation."""
        case = self._case(case_id)
        last = self._read("SELECT max(occurred_at) FROM consultations WHERE case_id = ?", (case_id,))
        if last and last[0][0]:
            return max(case.opened_on, datetime.fromisoformat(last[0][0]).date())
        return case.opened_on

    def reopen_case(self, case_id: int, on: date | None = None) -> Case:
        """Reopen a closed case on the day given (today when none), neither before it was closed nor in the
        future. The case counts as active again, from its opening on."""
        self._require(Role.COUNSELLOR, "reopen a case")
        reopened_on = on or self.today()
        case = self._case(case_id)
        if case.status is not CaseStatus.CLOSED:
            raise InvalidInput("status", "This case is open already.")
        if case.closed_on is not None and reopened_on < case.closed_on:
            raise InvalidInput("reopened_on", "A case cannot be reopened before the day it was closed.")
        if reopened_on > self.today():
            raise InvalidInput("reopened_on", "A case cannot be reopened on a future date.")
        with self._write() as conn:
            self._reopen(conn, case_id, case.level, reopened_on)
        return self._case(case_id)

    # --- consultations -------------------------------------------------------------------------------------

    def add_consultation(self, case_id: int, new: NewConsultation) -> Consultation:
        self._require(Role.COUNSELLOR, "write a consultation")
        self._case(case_id)
        new = _in_nfc(new)
        self._validate_consultation(new)
        with self._write() as conn:
            consultation_id = self._insert_consultation(conn, case_id, new, supersedes=None)
            self._audit(AuditAction.CREATE_CONSULTATION, "consultation", consultation_id, f"case {case_id}")
        return self.consultation(consultation_id)

    def update_consultation(self, consultation_id: int, new: NewConsultation) -> Consultation:
        """Edit in place while the consultation is open and unreviewed; once locked or reviewed, write an
        amendment that keeps the original (supersedes)."""
        new = _in_nfc(new)
        current = self._changeable(consultation_id, new)
        reviewed = self._read("SELECT 1 FROM reviews WHERE consultation_id = ? LIMIT 1", (current.id,))
        if self.is_locked_consultation(current) or reviewed:
            return self._amend(current, new)  # a reviewed text stays as the supervisor saw it
        with self._write() as conn:
            conn.execute(
                "UPDATE consultations SET occurred_at = ?, channel = ?, inquirer_role = ?,"
                " duration_minutes = ?, body = ?, advice = ?, next_steps = ?, inquirer_organisation = ?,"
                " inquirer_contact = ? WHERE id = ?",
                (
                    new.occurred_at.isoformat(timespec="minutes"),
                    new.channel.value,
                    new.inquirer_role.value,
                    new.duration_minutes,
                    new.body,
                    new.advice,
                    new.next_steps,
                    new.inquirer_organisation,
                    new.inquirer_contact,
                    current.id,
                ),
            )
            self._audit(AuditAction.EDIT_CONSULTATION, "consultation", current.id)
        return self.consultation(current.id)

    def amend_consultation(self, consultation_id: int, new: NewConsultation) -> Consultation:
        """Always an amendment: a new version that supersedes the original, which stays as history."""
        new = _in_nfc(new)
        return self._amend(self._changeable(consultation_id, new), new)

    def _changeable(self, consultation_id: int, new: NewConsultation) -> Consultation:
        """The consultation, if this user may change it and `new` can be saved; else the reason why not."""
        self._require(Role.COUNSELLOR, "change a consultation")
        current = self.consultation(consultation_id)
        if current.superseded_by is not None:
            raise InvalidInput(
                "consultation", "This version has already been amended; amend the latest version."
            )
        if current.author_id != self.user.id:
            raise PermissionDenied("Only the author of a consultation can change it.")
        self._validate_consultation(new)
        return current

    def _amend(self, current: Consultation, new: NewConsultation) -> Consultation:
        with self._write() as conn:
            new_id = self._insert_consultation(conn, current.case_id, new, supersedes=current.id)
            self._audit(AuditAction.AMEND_CONSULTATION, "consultation", new_id, f"amends {current.id}")
        return self.consultation(new_id)

    def is_locked_consultation(self, consultation: Consultation) -> bool:
        if consultation.locked_at is not None:
            return True
        return (
            consultation.created_at.date() + timedelta(days=self.setting("lock_after_days")) <= self.today()
        )

    def _validate_consultation(self, new: NewConsultation) -> None:
        if not new.body.strip():
            raise InvalidInput("body", "Write what the consultation was about before saving.")
        if not 0 <= new.duration_minutes <= 24 * 60:
            raise InvalidInput("duration_minutes", "The duration must be between 0 and 1440 minutes.")
        if new.occurred_at.date() > self.today() + timedelta(days=1):
            raise InvalidInput("occurred_at", "A consultation cannot lie in the future.")
        check_consultation_text(new.body, new.advice, new.next_steps)
        if len(new.inquirer_organisation) > ORGANISATION_LIMIT:
            raise InvalidInput(
                "inquirer_organisation",
                f"Shorten the organisation to at most {ORGANISATION_LIMIT} characters.",
            )
        if len(new.inquirer_contact) > CONTACT_LIMIT or not looks_like_contact(new.inquirer_contact):
            raise InvalidInput(
                "inquirer_contact",
                "Write the contact as a phone number (at least 8 digits) or an e-mail address, or leave it "
                "empty.",
            )

    def _insert_consultation(
        self, conn: Any, case_id: int, new: NewConsultation, supersedes: int | None
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO consultations (case_id, occurred_at, channel, inquirer_role, duration_minutes, body,"
            " advice, next_steps, author_id, created_at, supersedes, inquirer_organisation, inquirer_contact)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                new.occurred_at.isoformat(timespec="minutes"),
                new.channel.value,
                new.inquirer_role.value,
                new.duration_minutes,
                new.body,
                new.advice,
                new.next_steps,
                self.user.id,
                audit_log.now_utc(),
                supersedes,
                new.inquirer_organisation,
                new.inquirer_contact,
            ),
        )
        return int(cursor.lastrowid)

    def consultation(self, consultation_id: int) -> Consultation:
        found = self._read(
            f"SELECT {rows.CONSULTATION_COLUMNS} FROM consultations k WHERE k.id = ?", (consultation_id,)
        )
        if not found:
            raise NotFound(f"There is no consultation {consultation_id} in this vault.")
        return rows.consultation_from_row(found[0])

    def consultations(self, case_id: int, *, include_history: bool = True) -> list[Consultation]:
        """A case's consultations, newest first; amended originals included unless include_history is
        False."""
        sql = f"SELECT {rows.CONSULTATION_COLUMNS} FROM consultations k WHERE k.case_id = ?"
        if not include_history:
            sql += " AND NOT EXISTS (SELECT 1 FROM consultations n WHERE n.supersedes = k.id)"
        sql += " ORDER BY k.occurred_at DESC, k.id DESC"
        return [rows.consultation_from_row(r) for r in self._read(sql, (case_id,))]

    def search(self, text: str, *, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """Current versions of consultations containing every word (newest written first); audited with the
        criterion."""
        text = search_text(text)
        query = fts_query(text)
        if query is None:
            return []
        with self._write():
            self._audit(AuditAction.SEARCH, detail=text.strip())
        found = self._read(SEARCH_SQL, (query, limit, offset))
        return [SearchHit(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4]) for r in found]

    # --- actions -------------------------------------------------------------------------------------------

    def add_action(
        self,
        case_id: int,
        title: str,
        responsible: str = "",
        due: date | None = None,
        assessment_id: int | None = None,
    ) -> Action:
        self._require(Role.COUNSELLOR, "add to the action plan")
        title, responsible = nfc(title), nfc(responsible)
        if not title.strip():
            raise InvalidInput("title", "Describe the action before adding it.")
        self._case(case_id)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO actions (case_id, assessment_id, title, responsible, due, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    assessment_id,
                    title.strip(),
                    responsible.strip(),
                    due.isoformat() if due else None,
                    audit_log.now_utc(),
                ),
            )
            self._audit(AuditAction.CREATE_ACTION, "action", cursor.lastrowid, f"case {case_id}")
        return self.action(int(cursor.lastrowid))

    def update_action(
        self,
        action_id: int,
        *,
        title: str | None = None,
        responsible: str | None = None,
        due: date | None = None,
        clear_due: bool = False,
        done: bool | None = None,
    ) -> Action:
        self._require(Role.COUNSELLOR, "change the action plan")
        title = None if title is None else nfc(title)
        responsible = None if responsible is None else nfc(responsible)
        current = self.action(action_id)
        if title is not None and not title.strip():
            raise InvalidInput("title", "An action needs a description.")
        new_due = None if clear_due else (due or current.due)
        with self._write() as conn:
            conn.execute(
                "UPDATE actions SET title = ?, responsible = ?, due = ?, done = ? WHERE id = ?",
                (
                    (title or current.title).strip(),
                    (current.responsible if responsible is None else responsible),
                    new_due.isoformat() if new_due else None,
                    int(current.done if done is None else done),
                    action_id,
                ),
            )
            self._audit(AuditAction.UPDATE_ACTION, "action", action_id, f"case {current.case_id}")
        return self.action(action_id)

    def action(self, action_id: int) -> Action:
        found = self._read(f"SELECT {rows.ACTION_COLUMNS} FROM actions WHERE id = ?", (action_id,))
        if not found:
            raise NotFound(f"There is no action {action_id} in this vault.")
        return rows.action_from_row(found[0])

    def actions(self, case_id: int) -> list[Action]:
        return [
            rows.action_from_row(r)
            for r in self._read(
                f"SELECT {rows.ACTION_COLUMNS} FROM actions WHERE case_id = ? ORDER BY done, due "
                f"IS NULL, due, id",
                (case_id,),
            )
        ]
