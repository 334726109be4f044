"""Casework through the Session: who raised the concern, the disclosures log (every sharing with another
agency, with its legal basis and purpose), Infohus referrals and their outcome, review dates, and the
follow-ups after a yellow or red case is closed."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from vinkdesk.assessment.definition import Definition, LegalBasis
from vinkdesk.domain import CaseStatus, Level, Role
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.casework import (
    FOLLOW_UP_MONTHS,
    NOT_FOLLOWED_UP,
    Agency,
    CaseReview,
    Closing,
    ClosureReason,
    ConcernChannel,
    ConcernSource,
    CourseWish,
    DataCategory,
    Disclosure,
    DisclosureKind,
    FollowUp,
    FollowUpOutcome,
    InfohusDecision,
    InfohusOutcome,
    NewDisclosure,
    ReviewKind,
    UnitDetails,
)
from vinkdesk.domain.inquirer import CONTACT_LIMIT, ORGANISATION_LIMIT, looks_like_contact
from vinkdesk.session.core import SessionCore
from vinkdesk.session.errors import InvalidInput, NotFound
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault.normal_form import nfc

NAME_LIMIT = 200
TEXT_LIMIT = 4000  # what was shared, the purpose, a basis written out
UNIT_FIELDS = ("name", "address", "phone", "email", "dpo")
DEFAULT_REVIEW_WEEKS = {"green": 12, "yellow": 8, "red": 4, "unassessed": 4}

DISCLOSURE_COLUMNS = (
    "d.id, d.case_id, d.disclosed_on, d.agency, d.legal_basis, d.purpose, d.categories, d.shared_text,"
    " d.recipient_role, d.basis_text, d.kind, d.author_id, d.created_at, d.notification_id,"
    " i.decision, i.decided_on, i.course_wish, i.disclosure_id"
)
DISCLOSURES = "disclosures d LEFT JOIN infohus_referrals i ON i.disclosure_id = d.id"
FOLLOW_UP_COLUMNS = "id, case_id, months, due_on, closed_on, outcome, outcome_on, action_id, reopened, note"


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day where the month is shorter (31 August + 6 → 28/29
    February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - every month has a 28th


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _disclosure_from_row(row: Any) -> Disclosure:
    disclosed = _day(row[2])
    assert disclosed is not None
    infohus = None
    if row[17] is not None:
        infohus = InfohusOutcome(
            decision=InfohusDecision(row[14]) if row[14] else None,
            decided_on=_day(row[15]),
            course_wish=CourseWish(row[16]),
        )
    return Disclosure(
        id=row[0],
        case_id=row[1],
        disclosed_on=disclosed,
        agency=Agency(row[3]),
        legal_basis=row[4],
        purpose=row[5],
        categories=tuple(DataCategory(c) for c in json.loads(row[6])),
        shared_text=row[7],
        recipient_role=row[8],
        basis_text=row[9],
        kind=DisclosureKind(row[10]),
        author_id=row[11],
        created_at=datetime.fromisoformat(row[12]),
        notification_id=row[13],
        infohus=infohus,
    )


def _follow_up_from_row(row: Any) -> FollowUp:
    due, closed = _day(row[3]), _day(row[4])
    assert due is not None and closed is not None
    return FollowUp(
        id=row[0],
        case_id=row[1],
        months=row[2],
        due_on=due,
        closed_on=closed,
        outcome=FollowUpOutcome(row[5]) if row[5] else None,
        outcome_on=_day(row[6]),
        action_id=row[7],
        reopened=bool(row[8]),
        note=row[9],
    )


class CaseworkActs(SessionCore):
    # --- the concern and its source ------------------------------------------------------------------------

    def concern_source(self, case_id: int) -> ConcernSource | None:
        """Who raised the concern (its role is the case's referral source); None: not recorded."""
        self._case(case_id)
        found = self._read(
            "SELECT anonymous, organisation, name, contact, raised_on, raised_how FROM concern_sources"
            " WHERE case_id = ?",
            (case_id,),
        )
        if not found:
            return None
        row = found[0]
        return ConcernSource(
            anonymous=bool(row[0]),
            organisation=row[1],
            name=row[2],
            contact=row[3],
            raised_on=_day(row[4]),
            raised_how=ConcernChannel(row[5]) if row[5] else None,
        )

    def set_concern_source(self, case_id: int, source: ConcernSource) -> ConcernSource:
        """Record who raised the concern. An anonymous source keeps no name and no contact: giving one is
        refused rather than silently dropped."""
        self._require(Role.COUNSELLOR, "record who raised the concern")
        case = self._case(case_id)
        organisation = nfc(source.organisation).strip()
        name = nfc(source.name).strip()
        contact = nfc(source.contact).strip()
        if source.anonymous and (name or contact):
            raise InvalidInput(
                "name", "An anonymous source has no name or contact: empty those fields, or untick anonymous."
            )
        if len(organisation) > ORGANISATION_LIMIT:
            raise InvalidInput(
                "organisation", f"Keep the organisation under {ORGANISATION_LIMIT} characters."
            )
        if len(name) > NAME_LIMIT:
            raise InvalidInput("name", f"Keep the name under {NAME_LIMIT} characters.")
        if len(contact) > CONTACT_LIMIT or (contact and not looks_like_contact(contact)):
            raise InvalidInput("contact", "Write the contact as a phone number or an e-mail address.")
        if source.raised_on is not None and source.raised_on > self.today():
            raise InvalidInput("raised_on", "The concern cannot have been raised in the future.")
        if source.raised_on is not None and source.raised_on > case.opened_on:
            raise InvalidInput("raised_on", "A concern is raised before its case is opened, or on that day.")
        with self._write() as conn:
            conn.execute(
                "INSERT INTO concern_sources (case_id, anonymous, organisation, name, contact, raised_on,"
                " raised_how) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET"
                " anonymous = excluded.anonymous, organisation = excluded.organisation, name = excluded.name,"
                " contact = excluded.contact, raised_on = excluded.raised_on,"
                " raised_how = excluded.raised_how",
                (
                    case_id,
                    int(source.anonymous),
                    organisation,
                    name,
                    contact,
                    source.raised_on.isoformat() if source.raised_on else None,
                    source.raised_how.value if source.raised_how else None,
                ),
            )
            self._audit(AuditAction.SET_CONCERN_SOURCE, "case", case_id)
        found = self.concern_source(case_id)
        assert found is not None
        return found

    # --- the unit, as the right-of-access report names it -------------------------------------------------

    def unit_details(self) -> UnitDetails:
        return UnitDetails(**{field: self._meta(f"unit:{field}") for field in UNIT_FIELDS})

    def set_unit_details(self, details: UnitDetails) -> UnitDetails:
        """The unit's name and contact details (Settings): the data controller the access report names."""
        values = {field: nfc(getattr(details, field)).strip() for field in UNIT_FIELDS}
        for field, value in values.items():
            if len(value) > NAME_LIMIT:
                raise InvalidInput(field, f"Keep this under {NAME_LIMIT} characters.")
        if values["email"] and not looks_like_contact(values["email"]):
            raise InvalidInput("email", "Write an e-mail address, such as vink@kk.dk.")
        if values["phone"] and not looks_like_contact(values["phone"]):
            raise InvalidInput("phone", "Write a phone number, such as 33 66 33 66.")
        with self._write():
            for field, value in values.items():
                self._set_meta(f"unit:{field}", value)
            self._audit(AuditAction.CHANGE_SETTING, detail="unit details")
        return self.unit_details()

    # --- the disclosures log -------------------------------------------------------------------------------

    def _sharing_definition(self) -> Definition:
        return self.definitions.latest()

    def legal_bases(self) -> tuple[LegalBasis, ...]:
        """The legal bases a disclosure may rest on, from the current assessment definition."""
        return self._sharing_definition().legal_bases

    def record_disclosure(
        self, case_id: int, new: NewDisclosure, course_wish: CourseWish | None = None
    ) -> Disclosure:
        """Record one sharing of information about the case. Refused without a legal basis from the list,
        without the basis written out where the basis asks for it, or without a purpose."""
        self._require(Role.COUNSELLOR, "record a disclosure")
        case = self._case(case_id)
        checked = self._checked_disclosure(new, case.opened_on)
        with self._write() as conn:
            disclosure_id = insert_disclosure(conn, case_id, checked, self.user.id)
            if checked.kind is DisclosureKind.INFOHUS_REFERRAL:
                conn.execute(
                    "INSERT INTO infohus_referrals (disclosure_id, course_wish) VALUES (?, ?)",
                    (disclosure_id, (course_wish or CourseWish.NOT_ASKED).value),
                )
            self._audit(AuditAction.RECORD_DISCLOSURE, "case", case_id, checked.kind.value)
        return self.disclosure(disclosure_id)

    def _checked_disclosure(self, new: NewDisclosure, opened_on: date) -> NewDisclosure:
        basis = self._sharing_definition().legal_basis(new.legal_basis) if new.legal_basis else None
        if basis is None:
            raise InvalidInput("legal_basis", "Choose the legal basis for sharing: no sharing without one.")
        basis_text = nfc(new.basis_text).strip()
        if basis.needs_text and not basis_text:
            raise InvalidInput(
                "basis_text", "Write the legal basis out: the act and section, and why it applies."
            )
        purpose = nfc(new.purpose).strip()
        if not purpose:
            raise InvalidInput("purpose", "Write the purpose of sharing: why the recipient needs it.")
        shared_text = nfc(new.shared_text).strip()
        recipient_role = nfc(new.recipient_role).strip()
        for field, value, limit in (
            ("purpose", purpose, TEXT_LIMIT),
            ("shared_text", shared_text, TEXT_LIMIT),
            ("basis_text", basis_text, TEXT_LIMIT),
            ("recipient_role", recipient_role, NAME_LIMIT),
        ):
            if len(value) > limit:
                raise InvalidInput(field, f"Keep this under {limit} characters.")
        if not new.categories and not shared_text:
            raise InvalidInput(
                "categories", "Say what was shared: tick a kind of information or describe it."
            )
        if new.disclosed_on > self.today():
            raise InvalidInput("disclosed_on", "A disclosure cannot be recorded for a future date.")
        if new.disclosed_on < opened_on:
            raise InvalidInput("disclosed_on", "A disclosure cannot lie before the case was opened.")
        if new.kind is DisclosureKind.INFOHUS_REFERRAL and new.agency is not Agency.INFOHUS:
            raise InvalidInput("agency", "A referral to the Infohus goes to the Infohus.")
        return NewDisclosure(
            disclosed_on=new.disclosed_on,
            agency=Agency(new.agency),
            legal_basis=basis.id,
            purpose=purpose,
            categories=tuple(dict.fromkeys(DataCategory(c) for c in new.categories)),
            shared_text=shared_text,
            recipient_role=recipient_role,
            basis_text=basis_text if basis.needs_text else "",
            kind=DisclosureKind(new.kind),
        )

    def disclosure(self, disclosure_id: int) -> Disclosure:
        found = self._read(f"SELECT {DISCLOSURE_COLUMNS} FROM {DISCLOSURES} WHERE d.id = ?", (disclosure_id,))
        if not found:
            raise NotFound(f"There is no disclosure {disclosure_id} in this vault.")
        return _disclosure_from_row(found[0])

    def disclosures(self, case_id: int) -> list[Disclosure]:
        """Every sharing of the case's information, oldest first."""
        return [
            _disclosure_from_row(r)
            for r in self._read(
                f"SELECT {DISCLOSURE_COLUMNS} FROM {DISCLOSURES} WHERE d.case_id = ?"
                " ORDER BY d.disclosed_on, d.id",
                (case_id,),
            )
        ]

    def record_infohus_outcome(
        self,
        disclosure_id: int,
        decision: InfohusDecision | None,
        decided_on: date | None,
        course_wish: CourseWish,
    ) -> Disclosure:
        """The Infohus' decision on a referral (and its day), and the citizen's own wish for a course."""
        self._require(Role.COUNSELLOR, "record the Infohus' decision")
        current = self.disclosure(disclosure_id)
        if current.kind is not DisclosureKind.INFOHUS_REFERRAL:
            raise InvalidInput("decision", "Only a referral to the Infohus has an Infohus decision.")
        if (decision is None) != (decided_on is None):
            raise InvalidInput("decided_on", "Give the Infohus' decision together with its date.")
        if decided_on is not None and decided_on < current.disclosed_on:
            raise InvalidInput("decided_on", "The Infohus cannot decide before the referral.")
        if decided_on is not None and decided_on > self.today():
            raise InvalidInput("decided_on", "The decision's date cannot lie in the future.")
        with self._write() as conn:
            conn.execute(
                "INSERT INTO infohus_referrals (disclosure_id, decision, decided_on, course_wish)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (disclosure_id) DO UPDATE SET decision = excluded.decision,"
                " decided_on = excluded.decided_on, course_wish = excluded.course_wish",
                (
                    disclosure_id,
                    decision.value if decision else None,
                    decided_on.isoformat() if decided_on else None,
                    CourseWish(course_wish).value,
                ),
            )
            self._audit(
                AuditAction.RECORD_INFOHUS_OUTCOME,
                "case",
                current.case_id,
                decision.value if decision else CourseWish(course_wish).value,
            )
        return self.disclosure(disclosure_id)

    # --- review dates --------------------------------------------------------------------------------------

    def review_weeks(self, level: Level | None) -> int:
        """Weeks from an assessment (or the opening) to the next review, as the definition sets them."""
        weeks = self._sharing_definition().review_weeks or DEFAULT_REVIEW_WEEKS
        return weeks[level.value if level is not None else "unassessed"]

    def default_review_day(self, level: Level | None, start: date) -> date:
        return start + timedelta(weeks=self.review_weeks(level))

    def set_review_date(self, case_id: int, day: date, reason: str = "") -> None:
        """Move an open case's next review to `day` (today or later). Moving it later needs a reason: a
        postponed review is what a supervisor asks about."""
        self._require(Role.COUNSELLOR, "set a review date")
        case = self._case(case_id)
        reason = nfc(reason).strip()
        if case.status is not CaseStatus.OPEN:
            raise InvalidInput("review_on", "A closed case has no review date: reopen it first.")
        if day < self.today():
            raise InvalidInput("review_on", "Choose today or a later day for the next review.")
        if case.review_on is not None and day > case.review_on and not reason:
            raise InvalidInput("review_reason", "Write why the review is moved later.")
        if len(reason) > 1000:
            raise InvalidInput("review_reason", "Keep the reason under 1000 characters.")
        with self._write() as conn:
            conn.execute("UPDATE cases SET review_on = ? WHERE id = ?", (day.isoformat(), case_id))
            self._insert_review(conn, case_id, ReviewKind.MOVED, self.today(), day, reason)
            self._audit(AuditAction.SET_REVIEW_DATE, "case", case_id, day.isoformat())

    def mark_reviewed(self, case_id: int, on: date | None = None, note: str = "") -> date:
        """The case was reviewed on `on` (today when none): its next review follows from its level."""
        self._require(Role.COUNSELLOR, "review a case")
        case = self._case(case_id)
        day = on or self.today()
        note = nfc(note).strip()
        if case.status is not CaseStatus.OPEN:
            raise InvalidInput("review_on", "Only an open case is reviewed.")
        if day > self.today() or day < case.opened_on:
            raise InvalidInput("reviewed_on", "Choose a day between the opening and today.")
        if len(note) > 2000:
            raise InvalidInput("review_note", "Keep the note under 2000 characters.")
        following = self.default_review_day(case.level, day)
        with self._write() as conn:
            conn.execute("UPDATE cases SET review_on = ? WHERE id = ?", (following.isoformat(), case_id))
            self._insert_review(conn, case_id, ReviewKind.REVIEWED, day, following, note)
            self._audit(AuditAction.CASE_REVIEWED, "case", case_id, following.isoformat())
        return following

    def _insert_review(
        self, conn: Any, case_id: int, kind: ReviewKind, day: date, next_on: date, note: str
    ) -> None:
        conn.execute(
            "INSERT INTO case_reviews (case_id, kind, day, next_on, note, author_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                kind.value,
                day.isoformat(),
                next_on.isoformat(),
                note,
                self.user.id,
                audit_log.now_utc(),
            ),
        )

    def review_history(self, case_id: int) -> list[CaseReview]:
        """The case's reviews and moved review dates, oldest first."""
        self._case(case_id)
        return [
            CaseReview(
                id=int(r[0]),
                case_id=int(r[1]),
                kind=ReviewKind(r[2]),
                day=date.fromisoformat(r[3]),
                next_on=date.fromisoformat(r[4]),
                note=r[5],
                author_id=r[6],
            )
            for r in self._read(
                "SELECT id, case_id, kind, day, next_on, note, author_id FROM case_reviews WHERE case_id = ?"
                " ORDER BY day, id",
                (case_id,),
            )
        ]

    def closings(self, case_id: int) -> list[Closing]:
        """Every closing of the case, oldest first, with its reason and whether (and how) it was reopened."""
        self._case(case_id)
        return [
            Closing(
                id=int(r[0]),
                case_id=int(r[1]),
                closed_on=date.fromisoformat(r[2]),
                reason=ClosureReason(r[3]) if r[3] else None,
                note=r[4],
                reopened_on=_day(r[5]),
                reopened_by_follow_up=bool(r[6]),
            )
            for r in self._read(
                "SELECT id, case_id, closed_on, reason, note, reopened_on, reopened_by_follow_up"
                " FROM closings WHERE case_id = ? ORDER BY closed_on, id",
                (case_id,),
            )
        ]

    def reviews_overdue(self) -> list[int]:
        """The open cases whose review date has passed, oldest review first."""
        return [
            int(r[0])
            for r in self._read(
                "SELECT id FROM cases WHERE status = 'open' AND review_on IS NOT NULL AND review_on < ?"
                " ORDER BY review_on, id",
                (self.today().isoformat(),),
            )
        ]

    def _fill_review_dates(self) -> int:
        """Give every open case without a review date one (a vault from before v7): its last final
        assessment's day (or its opening) plus the weeks of its level, but never before the day of the update
        plus those weeks — vinkdesk asked for no reviews before, so none is overdue on the first day."""
        missing = self._read(
            "SELECT c.id, c.opened_on, (SELECT a.chosen_level FROM assessments a WHERE a.case_id = c.id AND"
            " a.status = 'final' ORDER BY a.finalised_at DESC, a.id DESC LIMIT 1), (SELECT"
            " max(a.finalised_at) FROM assessments a WHERE a.case_id = c.id AND a.status = 'final')"
            " FROM cases c WHERE c.status = 'open' AND c.review_on IS NULL"
        )
        if not missing:
            return 0
        with self._write() as conn:
            for case_id, opened_on, level, finalised_at in missing:
                start = (
                    datetime.fromisoformat(finalised_at).date()
                    if finalised_at
                    else date.fromisoformat(opened_on)
                )
                day = self.default_review_day(Level(level) if level else None, max(start, self.today()))
                conn.execute("UPDATE cases SET review_on = ? WHERE id = ?", (day.isoformat(), case_id))
        return len(missing)

    # --- follow-up after closing ---------------------------------------------------------------------------

    def _schedule_follow_ups(
        self, conn: Any, case_id: int, level: Level | None, closed_on: date, reason: ClosureReason
    ) -> None:
        """A yellow or red case is followed up 6 and 12 months after closing: each check is an action too. A
        concern that was not confirmed is not followed up."""
        if level not in (Level.YELLOW, Level.RED) or reason in NOT_FOLLOWED_UP:
            return
        for months in FOLLOW_UP_MONTHS:
            due = add_months(closed_on, months)
            cursor = conn.execute(
                "INSERT INTO actions (case_id, title, responsible, due, done, created_at)"
                " VALUES (?, ?, '', ?, 0, ?)",
                (case_id, follow_up_title(months), due.isoformat(), audit_log.now_utc()),
            )
            conn.execute(
                "INSERT INTO follow_ups (case_id, months, closed_on, due_on, action_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (case_id, months, closed_on.isoformat(), due.isoformat(), int(cursor.lastrowid)),
            )

    def follow_ups(self, case_id: int) -> list[FollowUp]:
        return [
            _follow_up_from_row(r)
            for r in self._read(
                f"SELECT {FOLLOW_UP_COLUMNS} FROM follow_ups WHERE case_id = ? ORDER BY due_on, id",
                (case_id,),
            )
        ]

    def follow_up(self, follow_up_id: int) -> FollowUp:
        found = self._read(f"SELECT {FOLLOW_UP_COLUMNS} FROM follow_ups WHERE id = ?", (follow_up_id,))
        if not found:
            raise NotFound(f"There is no follow-up {follow_up_id} in this vault.")
        return _follow_up_from_row(found[0])

    def follow_up_for_action(self, action_id: int) -> FollowUp | None:
        found = self._read(f"SELECT {FOLLOW_UP_COLUMNS} FROM follow_ups WHERE action_id = ?", (action_id,))
        return _follow_up_from_row(found[0]) if found else None

    def record_follow_up(
        self, follow_up_id: int, outcome: FollowUpOutcome, on: date | None = None, note: str = ""
    ) -> FollowUp:
        """How the follow-up went. Its action is done. A concern that returned reopens the case (if it is
        closed) on that day, and the follow-up keeps the link."""
        self._require(Role.COUNSELLOR, "record a follow-up")
        current = self.follow_up(follow_up_id)
        day = on or self.today()
        if current.outcome is not None:
            raise InvalidInput("outcome", "This follow-up is recorded already.")
        if day < current.closed_on or day > self.today():
            raise InvalidInput("outcome_on", "Choose a day between the closing and today.")
        outcome = FollowUpOutcome(outcome)
        note = nfc(note).strip()
        if len(note) > 2000:
            raise InvalidInput("follow_up_note", "Keep the note under 2000 characters.")
        case = self._case(current.case_id)
        reopen = outcome is FollowUpOutcome.CONCERN_RETURNED and case.status is CaseStatus.CLOSED
        with self._write() as conn:
            conn.execute(
                "UPDATE follow_ups SET outcome = ?, outcome_on = ?, reopened = ?, note = ? WHERE id = ?",
                (outcome.value, day.isoformat(), int(reopen), note, follow_up_id),
            )
            if current.action_id is not None:
                conn.execute("UPDATE actions SET done = 1 WHERE id = ?", (current.action_id,))
            self._audit(AuditAction.RECORD_FOLLOW_UP, "case", current.case_id, outcome.value)
            if reopen:
                self._reopen(conn, case.id, case.level, day, by_follow_up=True)
        return self.follow_up(follow_up_id)

    def _reopen(
        self, conn: Any, case_id: int, level: Level | None, day: date, by_follow_up: bool = False
    ) -> None:
        """The case is open again from `day`: its pending follow-ups go, its last closing ends that day (and
        is kept), its next review follows from its level. By hand, or because the concern returned at a
        follow-up."""
        cancel_pending_follow_ups(conn, case_id)
        mark_reopened(conn, case_id, day, by_follow_up)
        review = self.default_review_day(level, day)
        conn.execute(
            "UPDATE cases SET status = 'open', closed_on = NULL, reopened_on = ?, review_on = ? WHERE id = ?",
            (day.isoformat(), review.isoformat(), case_id),
        )
        self._audit(AuditAction.REOPEN_CASE, "case", case_id, "concern returned" if by_follow_up else "")


# What a carried-out duty to notify or police referral is as a disclosure, unless the counsellor says else.
NOTIFICATION_SHARING = {
    "duty-to-notify": (
        Agency.SOCIAL_SERVICES,
        DisclosureKind.DUTY_TO_NOTIFY,
        "notification-duty",
        "Underretning til kommunen efter den skærpede underretningspligt.",
    ),
    "police-referral": (
        Agency.POLICE,
        DisclosureKind.POLICE_REFERRAL,
        "crime-prevention-115",
        "Henvisning til politiet efter niveauvurderingen, for at forebygge kriminalitet.",
    ),
}


def notification_disclosure(decision: Any) -> NewDisclosure:
    """The disclosure a carried-out notification decision (session.assessments.NotificationDecision) is."""
    agency, kind, basis, purpose = NOTIFICATION_SHARING[decision.kind]
    assert decision.on is not None
    return NewDisclosure(
        disclosed_on=decision.on,
        agency=agency,
        legal_basis=decision.legal_basis or basis,
        basis_text=decision.basis_text,
        purpose=decision.purpose or purpose,
        categories=(DataCategory.IDENTITY, DataCategory.CONCERN, DataCategory.ASSESSMENT),
        kind=kind,
    )


def cancel_pending_follow_ups(conn: Any, case_id: int) -> None:
    """A case open again is not followed up after its earlier closing: the checks not yet made go, with
    their actions (closing it again plans new ones)."""
    pending = conn.execute(
        "SELECT id, action_id FROM follow_ups WHERE case_id = ? AND outcome IS NULL", (case_id,)
    ).fetchall()
    for follow_up_id, action_id in pending:
        conn.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up_id,))
        if action_id is not None:
            conn.execute("DELETE FROM actions WHERE id = ? AND done = 0", (action_id,))


def mark_reopened(conn: Any, case_id: int, day: date, by_follow_up: bool = False) -> None:
    """The case's last closing ends on `day` (its row is kept: why it was closed stays on record)."""
    conn.execute(
        "UPDATE closings SET reopened_on = ?, reopened_by_follow_up = ? WHERE id = (SELECT id FROM closings"
        " WHERE case_id = ? AND reopened_on IS NULL ORDER BY closed_on DESC, id DESC LIMIT 1)",
        (day.isoformat(), int(by_follow_up), case_id),
    )


def insert_closing(conn: Any, case_id: int, closed_on: date, reason: ClosureReason, note: str) -> None:
    conn.execute(
        "INSERT INTO closings (case_id, closed_on, reason, note) VALUES (?, ?, ?, ?)",
        (case_id, closed_on.isoformat(), reason.value, note),
    )


def follow_up_title(months: int) -> str:
    """The action's title, in the working language (actions are the counsellor's own text)."""
    return f"Opfølgning {months} måneder efter afslutning"


def insert_disclosure(
    conn: Any, case_id: int, new: NewDisclosure, author_id: str, notification_id: int | None = None
) -> int:
    cursor = conn.execute(
        "INSERT INTO disclosures (case_id, disclosed_on, kind, agency, recipient_role, categories,"
        " shared_text,"
        " legal_basis, basis_text, purpose, notification_id, author_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            new.disclosed_on.isoformat(),
            new.kind.value,
            new.agency.value,
            new.recipient_role,
            json.dumps([c.value for c in new.categories]),
            new.shared_text,
            new.legal_basis,
            new.basis_text,
            new.purpose,
            notification_id,
            author_id,
            audit_log.now_utc(),
        ),
    )
    return int(cursor.lastrowid)
