"""The demo's casework after the outside review of issue 17: a made-up unit fills the unit's details (so a
demo's right-of-access report names a data controller), who raised each concern is a made-up person of their
own per case in an organisation that fits the role, every sharing names a recipient of that agency on a basis
that fits it, and a small demo already shows the new recipients, closure reasons and notes. The same seed
gives the same casework."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import PASSPHRASE
from vinkdesk.demo import DEMO_UNIT, populate
from vinkdesk.domain import ReferralSource
from vinkdesk.domain.casework import (
    Agency,
    ClosureReason,
    ReviewKind,
    basis_fits_recipient,
    course_against_wish,
)
from vinkdesk.reports.access import unit_details_missing
from vinkdesk.session import Session
from vinkdesk.vault import FLOOR, Home

TODAY = date(2026, 12, 7)


def demo(folder: Path, cases: int = 40, seed: int = 1) -> Session:
    session, _code = Session.create(Home(folder), "Ane Rådgiver", PASSPHRASE, FLOOR)
    session._today = TODAY
    populate(session, cases, seed, TODAY)
    return session


def casework(session: Session) -> list[tuple[object, ...]]:
    """All of the casework a person would see, case by case, in a form two vaults can be compared by."""
    shown: list[tuple[object, ...]] = []
    for summary in sorted(session.list_cases(), key=lambda c: c.ref):
        shown.append(
            (
                summary.ref,
                session.concern_source(summary.id),
                [(d.disclosed_on, d.agency, d.recipient_role, d.legal_basis, d.purpose, d.infohus)
                 for d in session.disclosures(summary.id)],
                [(k.closed_on, k.reason, k.note, k.reopened_on) for k in session.closings(summary.id)],
                [(r.kind, r.day, r.next_on, r.note) for r in session.review_history(summary.id)],
                [(f.months, f.outcome, f.note) for f in session.follow_ups(summary.id)],
            )
        )  # fmt: skip
    return shown


def source_names(session: Session) -> set[str]:
    sources = (session.concern_source(summary.id) for summary in session.list_cases())
    return {source.name for source in sources if source is not None and source.name}


def test_the_demo_names_a_fictitious_unit_and_sources_that_fit_their_roles(tmp_path: Path) -> None:
    session = demo(tmp_path / "a")
    unit = session.unit_details()
    assert unit == DEMO_UNIT and not unit_details_missing(unit)
    assert "fiktiv" in unit.name and unit.email.endswith(".example.dk") and not unit.phone

    sources = []
    for summary in session.list_cases():
        role = session.view_case(summary.id).referral_source
        source = session.concern_source(summary.id)
        assert source is not None
        sources.append((role, source))
        if source.contact:
            assert source.contact.endswith(".example.dk") and source.name
    named = [source.name for _role, source in sources if source.name]
    assert len(named) >= 15 and len(set(named)) == len(named)  # each case its own person
    for role, source in sources:
        organisation = source.organisation
        if role is ReferralSource.POLICE:
            assert organisation.startswith("Københavns Politi, lokalpolitiet")
        elif role is ReferralSource.SCHOOL:
            assert organisation.endswith(" Skole")
        elif role is ReferralSource.PROBATION:
            assert organisation.startswith("Kriminalforsorgen")
        elif role in (ReferralSource.FAMILY, ReferralSource.SELF, ReferralSource.OTHER):
            assert organisation == ""
        if role is ReferralSource.SELF or source.anonymous:
            assert not source.name and not source.contact
    session.lock()


def test_every_sharing_fits_its_recipient_and_the_new_values_are_all_seen(tmp_path: Path) -> None:
    session = demo(tmp_path / "a")
    agencies: set[Agency] = set()
    reasons: set[ClosureReason | None] = set()
    review_notes = moved_reasons = follow_up_notes = 0
    for summary in session.list_cases():
        for disclosure in session.disclosures(summary.id):
            agencies.add(disclosure.agency)
            assert basis_fits_recipient(disclosure.agency, disclosure.legal_basis)
            if disclosure.agency is Agency.POLICE:
                assert "Skole" not in disclosure.recipient_role  # the review's "Politiet (Skoleleder)"
            if disclosure.infohus is not None:
                assert not course_against_wish(disclosure.infohus.decision, disclosure.infohus.course_wish)
        for closing in session.closings(summary.id):
            reasons.add(closing.reason)
            if closing.reason is ClosureReason.OTHER:
                assert closing.note
        for review in session.review_history(summary.id):
            if review.kind is ReviewKind.REVIEWED:
                review_notes += bool(review.note)
            else:
                moved_reasons += bool(review.note)
        follow_up_notes += sum(bool(f.note) for f in session.follow_ups(summary.id) if f.outcome is not None)
    assert {Agency.PROBATION, Agency.OTHER_MUNICIPALITY, Agency.PET_VIA_INFOHUS} <= agencies
    assert {
        ClosureReason.MOVED_AWAY,
        ClosureReason.HANDED_TO_POLICE,
        ClosureReason.CITIZEN_DECLINES,
        ClosureReason.OTHER,
    } <= reasons
    assert review_notes > 0 and moved_reasons > 0 and follow_up_notes > 0
    session.lock()


def test_the_same_seed_gives_the_same_casework_and_another_seed_other_people(tmp_path: Path) -> None:
    first, again, other = demo(tmp_path / "a"), demo(tmp_path / "b"), demo(tmp_path / "c", seed=2)
    assert casework(first) == casework(again)
    assert source_names(first) != source_names(other)
    for session in (first, again, other):
        session.lock()
