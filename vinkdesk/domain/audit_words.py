"""The audit log in words people read, in Danish and English: one table for the windows, the command line and
the audit extract. Every AuditAction has a name here (a test fails otherwise); the objects and details the
log names are told as "Samtale 29.11.2026 i sag 2026-017", never as row ids; and what a check of the vault
found is told as a sentence with what to do, the core's English kept as a detail line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.casework import (
    ClosureReason,
    CourseWish,
    DisclosureKind,
    FollowUpOutcome,
    InfohusDecision,
)
from vinkdesk.domain.casework_words import word
from vinkdesk.domain.labels import Words, day_text, number_text, pick

ACTION_NAMES: dict[AuditAction, Words] = {
    AuditAction.CREATE_VAULT: ("Tog vinkdesk i brug", "Started using vinkdesk"),
    AuditAction.UNLOCK: ("Åbnede notaterne", "Unlocked the vault"),
    AuditAction.VIEW_CASE: ("Åbnede en sag", "Opened a case"),
    AuditAction.SEARCH: ("Søgte", "Searched"),
    AuditAction.CREATE_CASE: ("Oprettede en sag", "Created a case"),
    AuditAction.CLOSE_CASE: ("Afsluttede en sag", "Closed a case"),
    AuditAction.REOPEN_CASE: ("Genåbnede en sag", "Reopened a case"),
    AuditAction.CREATE_CONSULTATION: ("Skrev en samtale", "Wrote a consultation"),
    AuditAction.EDIT_CONSULTATION: ("Rettede en samtale", "Edited a consultation"),
    AuditAction.AMEND_CONSULTATION: (
        "Rettede en låst samtale (ny version)",
        "Amended a locked consultation (new version)",
    ),
    AuditAction.CREATE_ASSESSMENT: ("Gemte en vurdering", "Saved an assessment"),
    AuditAction.RECORD_NOTIFICATION: (
        "Registrerede en underretning eller henvisning",
        "Recorded a notification or referral",
    ),
    AuditAction.RECORD_RECEIPT: (
        "Registrerede kommunens kvittering",
        "Recorded the municipality's receipt",
    ),
    AuditAction.CREATE_ACTION: ("Tilføjede en opgave til handleplanen", "Added a task to the action plan"),
    AuditAction.UPDATE_ACTION: ("Rettede en opgave i handleplanen", "Updated a task in the action plan"),
    AuditAction.PRINT: ("Udskrev", "Printed"),
    AuditAction.EXPORT: ("Gemte som PDF-fil", "Saved as a PDF file"),
    AuditAction.DELETE_CASE: ("Slettede en sag", "Deleted a case"),
    AuditAction.ERASE_CRITERIA: ("Slettede gamle søgeord", "Erased old search words"),
    AuditAction.PURGE_AUDIT: ("Slettede gamle rækker i adgangsloggen", "Removed old rows from the audit log"),
    AuditAction.SEAL_AUDIT: ("Forseglede ældre rækker i adgangsloggen", "Sealed older rows of the audit log"),
    AuditAction.CHANGE_SETTING: ("Ændrede en indstilling", "Changed a setting"),
    AuditAction.REVIEW_APPROVED: ("Godkendte", "Approved"),
    AuditAction.REVIEW_RETURNED: ("Sendte tilbage til rådgiveren", "Returned to the counsellor"),
    AuditAction.REVIEW_COMMENT: ("Skrev en kommentar", "Wrote a comment"),
    AuditAction.VIEW_AUDIT: ("Læste adgangsloggen", "Read the audit log"),
    AuditAction.RESTORED_BEFORE_ROTATION: (
        "Opdagede en sikkerhedskopi fra før et nøgleskift",
        "Found a backup from before a key change",
    ),
    AuditAction.ADD_SLOT: ("Gav en leder adgang", "Added a supervisor's passphrase"),
    AuditAction.ROTATE_KEY: ("Skiftede nøglen til notaterne", "Replaced the vault's key"),
    AuditAction.CHANGE_PASSPHRASE: ("Skiftede adgangssætning", "Changed the passphrase"),
    AuditAction.RESET_PASSPHRASE: (
        "Valgte ny adgangssætning med gendannelseskoden",
        "Reset the passphrase with the recovery code",
    ),
    AuditAction.NEW_RECOVERY_CODE: ("Lavede en ny gendannelseskode", "Made a new recovery code"),
    AuditAction.BACKUP: ("Tog en sikkerhedskopi", "Made a backup"),
    AuditAction.PIN_COORDINATOR: ("Godkendte koordinatorens nøgle", "Trusted the coordinator's key"),
    AuditAction.SYNC: ("Sendte tal til koordinatoren", "Sent figures to the coordinator"),
    AuditAction.SYNC_IDENTITY: (
        "Lavede en ny nøgle til at sende tal",
        "Made a new key for sending figures",
    ),
    AuditAction.SET_CONCERN_SOURCE: (
        "Registrerede, hvem der rejste bekymringen",
        "Recorded who raised the concern",
    ),
    AuditAction.RECORD_DISCLOSURE: ("Registrerede en deling af oplysninger", "Recorded information shared"),
    AuditAction.RECORD_INFOHUS_OUTCOME: (
        "Registrerede Infohusets beslutning",
        "Recorded the Infohus' decision",
    ),
    AuditAction.SET_REVIEW_DATE: ("Flyttede sagens næste gennemgang", "Moved the case's next review"),
    AuditAction.CASE_REVIEWED: ("Gennemgik sagen", "Reviewed the case"),
    AuditAction.RECORD_FOLLOW_UP: ("Registrerede en opfølgning", "Recorded a follow-up"),
}

# The actions whose detail is a value of one of the casework's enumerations.
_CASEWORK_DETAILS: dict[str, tuple[type[StrEnum], ...]] = {
    AuditAction.CLOSE_CASE: (ClosureReason,),
    AuditAction.RECORD_DISCLOSURE: (DisclosureKind,),
    AuditAction.RECORD_INFOHUS_OUTCOME: (InfohusDecision, CourseWish),
    AuditAction.RECORD_FOLLOW_UP: (FollowUpOutcome,),
}
_DAY_DETAILS = (AuditAction.SET_REVIEW_DATE, AuditAction.CASE_REVIEWED)


def action_name(action: str, language: str) -> str:
    """What an action is called, e.g. 'Åbnede en sag'. A value no AuditAction has (none is ever written)
    is shown as stored rather than hidden."""
    try:
        return pick(ACTION_NAMES[AuditAction(action)], language)
    except ValueError:
        return action


def actions_by_name(language: str) -> list[tuple[str, AuditAction]]:
    """Every action with its name, sorted by the name (a window sorts again by its locale's rules)."""
    return sorted(((action_name(a, language), a) for a in AuditAction), key=lambda pair: pair[0].casefold())


# --- the objects a row names -----------------------------------------------------------------------------

OBJECT_WORDS: dict[str, Words] = {
    "case": ("Sag {ref}", "Case {ref}"),
    "deleted case": ("Slettet sag", "Deleted case"),
    "consultation": ("Samtale {day} i sag {ref}", "Consultation of {day} in case {ref}"),
    "deleted consultation": ("Samtale i en slettet sag", "Consultation in a deleted case"),
    "assessment": ("Vurdering {day} i sag {ref}", "Assessment of {day} in case {ref}"),
    "deleted assessment": ("Vurdering i en slettet sag", "Assessment in a deleted case"),
    "action": ("Opgave i handleplanen for sag {ref}", "Task in the action plan of case {ref}"),
    "deleted action": ("Opgave i en slettet sag", "Task in a deleted case"),
    "unknown user": ("Ukendt bruger", "Unknown user"),
    "nobody": ("vinkdesk selv", "vinkdesk itself"),
}


def object_text(kind: str, language: str, ref: str | None = None, day: date | None = None) -> str:
    """A case, consultation, assessment or task as people know it; ref None means its case was deleted."""
    if ref is None:
        return pick(OBJECT_WORDS[f"deleted {kind}"], language)
    shown_day = day_text(day, language) if day is not None else ""
    return pick(OBJECT_WORDS[kind], language).format(ref=ref, day=shown_day).replace("  ", " ")


def words(key: str, language: str) -> str:
    return pick(OBJECT_WORDS[key], language)


# --- the details a row keeps -----------------------------------------------------------------------------

DETAIL_WORDS: dict[str, Words] = {
    "recovery code": ("med gendannelseskoden", "with the recovery code"),
    "supervisor": ("som leder", "as supervisor"),
    "remove-supervisor": ("fordi en leder blev fjernet", "because a supervisor was removed"),
    "rotate-key": ("efter ønske", "as asked"),
    "reset-passphrase": ("efter en ny adgangssætning", "after a passphrase reset"),
    "consultation summary": ("samtaleresumé", "consultation summary"),
    "right of access": ("indsigtsrapport", "right-of-access report"),
    "audit extract": ("uddrag af adgangsloggen", "audit extract"),
    "duty-to-notify": ("underretning til kommunen", "notification to the municipality"),
    "police-referral": ("henvisning til politiet", "referral to the police"),
    "nothing changed": ("intet nyt at sende", "nothing new to send"),
    "erased": ("(søgekriteriet er slettet)", "(search criterion erased)"),
    "amends": ("retter samtalen fra {day}", "amends the consultation of {day}"),
    "amends deleted": ("retter en tidligere version", "amends an earlier version"),
    "rows before": ("{count} rækker fra før {day}", "{count} rows from before {day}"),
    "criteria before": ("{count} søgeord fra før {day}", "{count} search words from before {day}"),
    "rotations missed": ("nøgleskift, der mangler: {count}", "key changes missed: {count}"),
    "sealed through": ("rækkerne til og med nr. {row}", "the rows up to no. {row}"),
    "setting": ("{name}: {value}", "{name}: {value}"),
    "next review": ("næste gennemgang {day}", "next review {day}"),
    "unit details": ("enhedens navn og kontaktoplysninger", "the unit's name and contact details"),
    "concern returned": ("bekymringen er vendt tilbage", "the concern returned"),
}

SETTING_NAMES: dict[str, Words] = {
    "lock_after_days": ("Samtaler låses efter (dage)", "Consultations lock after (days)"),
    "retention_years": ("Sager opbevares (år)", "Cases are kept (years)"),
    "audit_retention_years": ("Adgangsloggen opbevares (år)", "The audit log is kept (years)"),
    "search_criteria_months": ("Søgeord opbevares (måneder)", "Search words are kept (months)"),
}

_COUNT_BEFORE = re.compile(r"(\d+) (rows|search criteria) before (\d{4}-\d{2}-\d{2})")
_ROTATIONS = re.compile(r"(\d+) rotation\(s\) missed")
_SETTING = re.compile(r"([a-z_]+)=(\d+)")


def detail_text(action: str, detail: str, language: str) -> str:
    """A row's detail in words where the log keeps a fixed phrase or a value of the program's own; what a
    person typed (a search) and fingerprints are kept as they are. The details naming a case or a
    consultation are told by the session (audit_view), which knows their refs."""
    if action == AuditAction.SEARCH and not detail:
        return pick(DETAIL_WORDS["erased"], language)
    if action == AuditAction.SEARCH or not detail:
        return detail
    if detail in DETAIL_WORDS:
        return pick(DETAIL_WORDS[detail], language)
    for enum in _CASEWORK_DETAILS.get(action, ()):
        if detail in {value.value for value in enum}:
            return word(enum(detail), language)
    if action in _DAY_DETAILS and re.fullmatch(r"\d{4}-\d{2}-\d{2}", detail):
        day = day_text(date.fromisoformat(detail), language)
        return pick(DETAIL_WORDS["next review"], language).format(day=day)
    if action == AuditAction.SEAL_AUDIT and (through := re.search(r'"through":\s*(\d+)', detail)):
        return pick(DETAIL_WORDS["sealed through"], language).format(row=through.group(1))
    if found := _COUNT_BEFORE.fullmatch(detail):
        key = "rows before" if found.group(2) == "rows" else "criteria before"
        count = number_text(int(found.group(1)), language)
        day = day_text(date.fromisoformat(found.group(3)), language)
        return pick(DETAIL_WORDS[key], language).format(count=count, day=day)
    if found := _ROTATIONS.fullmatch(detail):
        return pick(DETAIL_WORDS["rotations missed"], language).format(count=found.group(1))
    if action == AuditAction.CHANGE_SETTING and (found := _SETTING.fullmatch(detail)):
        name = SETTING_NAMES.get(found.group(1))
        shown = pick(name, language) if name else found.group(1)
        return pick(DETAIL_WORDS["setting"], language).format(name=shown, value=found.group(2))
    return detail


def amends_text(language: str, day: date | None) -> str:
    """The detail of an amendment: which consultation it amends (None: its case was deleted)."""
    if day is None:
        return pick(DETAIL_WORDS["amends deleted"], language)
    return pick(DETAIL_WORDS["amends"], language).format(day=day_text(day, language))


# --- what a check of the vault found ---------------------------------------------------------------------


class ProblemKind(StrEnum):
    """The kinds of problem a check of the vault finds (session/verify.py and vault/audit.py)."""

    ROWS_MISSING = "rows-missing"  # rows gone from inside the log
    LINK_BROKEN = "link-broken"  # a row no longer links to the one before it: one changed or removed
    ROW_CHANGED = "row-changed"  # a row's content no longer matches its hash
    OLD_ROWS_CHANGED = "old-rows-changed"  # rows from before the upgrade no longer match their seal
    GUARD = "guard"  # a guard trigger that keeps rows from changing is missing or not vinkdesk's own
    FILE_DAMAGED = "file-damaged"  # encryption pages or SQLite's structure damaged, or unreadable
    LINKS_MISSING = "links-missing"  # a row points to a row that is not there (foreign keys)
    SEARCH_INDEX = "search-index"  # the search index does not match the consultations


PROBLEM_WORDS: dict[ProblemKind, Words] = {
    ProblemKind.ROWS_MISSING: (
        "Der mangler rækker i adgangsloggen før række {row}: nogen har slettet dem uden om vinkdesk.",
        "Rows are missing from the audit log before row {row}: someone deleted them outside vinkdesk.",
    ),
    ProblemKind.LINK_BROKEN: (
        "Adgangsloggen er ændret lige før række {row}: en række er rettet eller slettet.",
        "The audit log was changed just before row {row}: a row was edited or deleted.",
    ),
    ProblemKind.ROW_CHANGED: (
        "Række {row} i adgangsloggen er rettet, efter at den blev skrevet.",
        "Row {row} of the audit log was edited after it was written.",
    ),
    ProblemKind.OLD_ROWS_CHANGED: (
        "Ældre rækker i adgangsloggen er rettet, efter at de blev forseglet.",
        "Older rows of the audit log were edited after they were sealed.",
    ),
    ProblemKind.GUARD: (
        "Beskyttelsen, der forhindrer, at adgangsloggen rettes, er fjernet eller ændret.",
        "The protection that keeps the audit log from being edited was removed or changed.",
    ),
    ProblemKind.FILE_DAMAGED: (
        "Filen med dine notater er beskadiget.",
        "The file that holds your notes is damaged.",
    ),
    ProblemKind.LINKS_MISSING: (
        "Noget i dine notater henviser til noget, der ikke findes længere.",
        "Something in your notes refers to something that no longer exists.",
    ),
    ProblemKind.SEARCH_INDEX: (
        "Søgningen passer ikke længere med samtalerne, så søgninger kan give forkerte svar.",
        "The search no longer matches the consultations, so searches can give wrong answers.",
    ),
}

CHECK_WORDS: dict[str, Words] = {
    "whole": ("Loggen er hel og uændret.", "The log is whole and unchanged."),
    "tampered": (
        "Tag en kopi af mappen med dine notater, som den er nu, gendan fra en sikkerhedskopi fra før "
        "ændringen, og kontakt IT-supporten og den databeskyttelsesansvarlige.",
        "Copy the folder with your notes as it is now, restore from a backup made before the change, and "
        "contact IT support and the data protection officer.",
    ),
    "damaged": (
        "Gendan fra din seneste sikkerhedskopi, og kontakt IT-supporten.",
        "Restore from your latest backup and contact IT support.",
    ),
    "detail": ("Teknisk:", "Technical:"),
}

# The log itself was altered: a person did it, so it is told as tampering (copy, restore, report).
TAMPERING = frozenset(
    {
        ProblemKind.ROWS_MISSING,
        ProblemKind.LINK_BROKEN,
        ProblemKind.ROW_CHANGED,
        ProblemKind.OLD_ROWS_CHANGED,
        ProblemKind.GUARD,
    }
)


@dataclass(frozen=True)
class Problem:
    """One thing a check found: its kind, the audit row it concerns (0: none), and the core's English."""

    kind: ProblemKind
    row: int
    detail: str


def check_result(problems: list[Problem], language: str) -> list[str]:
    """What a check found, as sentences people read: 'Loggen er hel og uændret.' when nothing was found;
    otherwise one sentence per kind of problem (at its first row), then what to do."""
    if not problems:
        return [pick(CHECK_WORDS["whole"], language)]
    said: list[str] = []
    for kind in ProblemKind:
        found = [p for p in problems if p.kind is kind]
        if not found:
            continue
        row = min((p.row for p in found if p.row), default=0)
        said.append(pick(PROBLEM_WORDS[kind], language).format(row=row))
    tampered = any(p.kind in TAMPERING for p in problems)
    said.append(pick(CHECK_WORDS["tampered" if tampered else "damaged"], language))
    return said


def detail_label(language: str) -> str:
    return pick(CHECK_WORDS["detail"], language)
