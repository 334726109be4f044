"""The right-of-access report (everything held about the person of a case) and the audit extract."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from vinkdesk.assessment.definition import RATING_NAMES, DefinitionError, Rating
from vinkdesk.assessment.reading import read
from vinkdesk.assessment.registry import DefinitionRegistry, shipped_definitions
from vinkdesk.domain import AccessData, AssessmentDetail, AuditLine
from vinkdesk.domain import labels as words
from vinkdesk.domain.audit_words import action_name, detail_text
from vinkdesk.reports.style import GREY, escape, render, styles

TEXT: dict[str, dict[str, str]] = {
    "da": {
        "access": "Indsigt: alt, hvad der er registreret i sag {ref}",
        "mark": "FORTROLIGT",
        "page": "Side {page} af {pages}",
        "facts": "Sagens oplysninger",
        "consultations": "Samtaler (alle versioner)",
        "assessments": "Vurderinger",
        "actions": "Handleplan",
        "reviews": "Lederens gennemgang",
        "notifications": "Underretninger og henvisninger",
        "accesses": "Adgang til sagen",
        "none": "Intet registreret.",
        "amends": "rettelse af en tidligere version",
        "earlier": "tidligere version",
        "made": "Udskrevet {day} af {who}",
        "audit": "Uddrag af adgangsloggen",
        "scope": "Udvalgt",
        "when": "Tidspunkt",
        "who": "Hvem",
        "what": "Handling",
        "concerns": "Gælder",
        "detail": "Detalje",
        "subject": "Person (alias)",
        "district": "Bydel",
        "concern": "Bekymring",
        "opened": "Oprettet",
        "closed": "Afsluttet",
        "level": "Niveau",
        "counsellor": "Rådgiver",
        "done": "udført",
        "age": "Alder",
        "referral": "Henvendelse fra",
        "note": "Notat",
        "advice": "Rådgivning givet",
        "next": "Næste skridt",
        "min": "min.",
        "chosen": "Valgt niveau",
        "suggested": "Foreslået niveau",
        "why_other": "Begrundelse for et andet niveau end det foreslåede",
        "unknown": "Ukendt",
        "duty-to-notify": "Underretning til kommunen",
        "police-referral": "Henvisning til politiet",
        "sent": "sendt {day}",
        "not_sent": "ikke sendt",
        "receipt": "kvittering {day}",
    },
    "en": {
        "access": "Right of access: everything held in case {ref}",
        "mark": "CONFIDENTIAL",
        "page": "Page {page} of {pages}",
        "facts": "Case facts",
        "consultations": "Consultations (every version)",
        "assessments": "Assessments",
        "actions": "Action plan",
        "reviews": "Supervisor reviews",
        "notifications": "Notifications and referrals",
        "accesses": "Access to the case",
        "none": "Nothing held.",
        "amends": "amends an earlier version",
        "earlier": "earlier version",
        "made": "Printed {day} by {who}",
        "audit": "Audit extract",
        "scope": "Chosen",
        "when": "When",
        "who": "Who",
        "what": "Action",
        "concerns": "Concerning",
        "detail": "Detail",
        "subject": "Subject",
        "district": "District",
        "concern": "Concern",
        "opened": "Opened",
        "closed": "Closed",
        "level": "Level",
        "counsellor": "Counsellor",
        "done": "done",
        "age": "Age",
        "referral": "Referred by",
        "note": "Note",
        "advice": "Advice given",
        "next": "Next steps",
        "min": "min",
        "chosen": "Chosen level",
        "suggested": "Suggested level",
        "why_other": "Why another level than the suggested one",
        "unknown": "Unknown",
        "duty-to-notify": "Notification to the municipality",
        "police-referral": "Referral to the police",
        "sent": "sent {day}",
        "not_sent": "not sent",
        "receipt": "receipt {day}",
    },
}


def access_report(data: AccessData, language: str = "da") -> bytes:
    w = TEXT["da" if language == "da" else "en"]
    s = styles()
    case = data.case
    story: list[Flowable] = [
        Paragraph(escape(w["access"].format(ref=case.ref)), s["title"]),
        Paragraph(
            escape(w["made"].format(day=words.day_text(data.made_on, language), who=data.made_by)), s["small"]
        ),
        Paragraph(escape(w["facts"]), s["h2"]),
    ]
    facts = [
        (w["subject"], words.subject(case.subject_kind, case.alias, language)),
        (w["level"], words.level_name(case.level, language)),
        (w["district"], words.name(case.district, language)),
        (w["age"], words.name(case.age_band, language)),
        (w["concern"], words.name(case.concern_type, language)),
        (w["referral"], words.name(case.referral_source, language)),
        (w["counsellor"], data.counsellor),
        (w["opened"], words.day_text(case.opened_on, language)),
        (w["closed"], words.day_text(case.closed_on, language) if case.closed_on else "–"),
    ]
    story.append(_grid([[k, v] for k, v in facts], [40 * mm, None], s, header=False))
    story.append(Paragraph(escape(w["consultations"]), s["h2"]))
    for c in data.consultations or ():
        head = (
            f"{words.moment_text(c.occurred_at, language)} · {words.name(c.channel, language)} · "
            f"{words.name(c.inquirer_role, language)}"
            # the asker's organisation, not their contact: whose phone number the person may see is the
            # counsellor's decision under the access rules, not the report's
            + (f", {c.inquirer_organisation}" if c.inquirer_organisation else "")
        )
        if c.supersedes is not None:
            head += f" · {w['amends']}"
        if c.superseded_by is not None:
            head += f" · {w['earlier']}"
        head += f" · {c.duration_minutes} {w['min']}"
        story.append(Paragraph(escape(head), s["h3"]))
        for label, text in ((w["note"], c.body), (w["advice"], c.advice), (w["next"], c.next_steps)):
            if text.strip():
                story.append(Paragraph(f"<b>{escape(label)}</b>", s["small"]))
                story.append(Paragraph(escape(text), s["body"]))
    if not data.consultations:
        story.append(Paragraph(escape(w["none"]), s["body"]))
    story.append(Paragraph(escape(w["assessments"]), s["h2"]))
    for a in data.assessments:
        story += _assessment(a, w, s, language)
    if not data.assessments:
        story.append(Paragraph(escape(w["none"]), s["body"]))
    story.append(Paragraph(escape(w["actions"]), s["h2"]))
    story.append(
        _lines(
            [
                f"{a.title} · {a.responsible} · {words.day_text(a.due, language) if a.due else '–'}"
                + (f" · {w['done']}" if a.done else "")
                for a in data.actions
            ],
            w,
            s,
        )
    )
    story.append(Paragraph(escape(w["reviews"]), s["h2"]))
    story.append(
        _lines(
            [
                " · ".join(
                    part
                    for part in (
                        words.day_text(r.at, language),
                        r.supervisor,
                        _verdict(r.verdict, language),
                        r.text,
                    )
                    if part
                )
                for r in data.reviews
            ],
            w,
            s,
        )
    )
    story.append(Paragraph(escape(w["notifications"]), s["h2"]))
    story.append(
        _lines(
            [
                " · ".join(
                    part
                    for part in (
                        w.get(n.kind, n.kind),
                        w["sent"].format(day=words.day_text(n.done_on, language))
                        if n.done_on
                        else w["not_sent"],
                        w["receipt"].format(day=words.day_text(n.receipt_on, language))
                        if n.receipt_on
                        else "",
                        n.reason,
                    )
                    if part
                )
                for n in data.notifications
            ],
            w,
            s,
        )
    )
    story.append(Paragraph(escape(w["accesses"]), s["h2"]))
    rows = [[w["when"], w["who"], w["what"]]] + [
        [words.moment_text(e.at, language), e.user, action_name(e.action, language)] for e in data.accesses
    ]
    story.append(_grid(rows, [40 * mm, 60 * mm, None], s))
    return _build(story, w, f"vinkdesk · {case.ref}", w["access"].format(ref=case.ref))


@lru_cache(maxsize=1)
def _definitions() -> DefinitionRegistry:
    return shipped_definitions()


def _assessment(a: AssessmentDetail, w: dict[str, str], s: Any, language: str) -> list[Flowable]:
    """One assessment as the person reads it: the levels, the justification, and every rating in words with
    what it rests on (the factors not known listed apart); never an id or a stored value."""
    chosen = words.level_name(a.chosen_level, language)
    head = f"{words.day_text(a.created_at, language)} · {w['chosen']}: {chosen}"
    if a.suggested_level != a.chosen_level:
        head += f" · {w['suggested']}: {words.level_name(a.suggested_level, language)}"
    out: list[Flowable] = [Paragraph(escape(head), s["h3"])]
    if a.justification:
        out.append(Paragraph(f"<b>{escape(w['why_other'])}</b>", s["small"]))
        out.append(Paragraph(escape(a.justification), s["body"]))
    try:
        definition = _definitions().get(a.definition_id, a.definition_version)
    except DefinitionError:  # made with a form this program does not have: the ratings as stored
        out.append(
            Paragraph(escape(", ".join(f"{k}: {v}" for k, v in sorted(a.answers.items()))), s["small"])
        )
        return out
    for question in definition.questions():
        value = a.answers.get(question.id)
        if value in (None, ""):
            continue
        shown = next((o.label(language) for o in question.options if o.id == value), str(value))
        out.append(Paragraph(f"<b>{escape(question.label(language))}</b> {escape(shown)}", s["small"]))
    for step_title, readings in read(definition, a.answers, a.evidence):
        known = [r for r in readings if r.rating is not Rating.UNKNOWN]
        unknown = [r for r in readings if r.rating is Rating.UNKNOWN]
        if not known and not unknown:
            continue
        out.append(Paragraph(f"<b>{escape(step_title(language))}</b>", s["small"]))
        for r in known:
            line = f"{r.indicator.label(language)}: {RATING_NAMES[r.rating](language)}"
            if r.evidence:
                line += f" – {r.evidence}" + (f" ({r.source(language)})" if r.source else "")
            out.append(Paragraph(escape(line), s["small"]))
        if unknown:
            names = ", ".join(r.indicator.label(language) for r in unknown)
            out.append(Paragraph(escape(f"{w['unknown']}: {names}"), s["small"]))
    return out


def _verdict(verdict: str, language: str) -> str:
    names = {
        "approved": ("godkendt", "approved"),
        "returned": ("sendt tilbage", "returned"),
        "comment": ("kommentar", "comment"),
    }
    pair = names.get(verdict)
    return verdict if pair is None else pair[0 if language == "da" else 1]


def audit_extract(
    lines: list[AuditLine], title: str, language: str = "da", *, scope: str = "", made_by: str = ""
) -> bytes:
    """The audit rows shown, newest first, in words: when (on the local clock), who, what was done (the
    action's name, never its stored value), on what, and the detail (a column only when a row has one).
    Under the title: who printed it and when, and the filters it was made with (scope), so no reader takes
    an extract for the whole log."""
    w = TEXT["da" if language == "da" else "en"]
    s = styles()
    ordered = sorted(lines, key=lambda line: line.number, reverse=True)
    details = [_detail(line, language) for line in ordered]
    with_detail = any(details)
    rows = [["#", w["when"], w["who"], w["what"], w["concerns"]] + ([w["detail"]] if with_detail else [])]
    rows += [
        [
            str(line.number),
            words.moment_text(line.at, language),
            line.user,
            action_name(line.action, language),
            line.object,
        ]
        + ([detail] if with_detail else [])
        for line, detail in zip(ordered, details, strict=True)
    ]
    widths: list[Any] = [12 * mm, 26 * mm, 28 * mm, 40 * mm, 34 * mm, None]
    if not with_detail:
        widths = [12 * mm, 28 * mm, 34 * mm, 50 * mm, None]
    story: list[Flowable] = [Paragraph(escape(f"{w['audit']}: {title}"), s["title"])]
    if made_by:
        made = w["made"].format(day=words.day_text(date.today(), language), who=made_by)
        story.append(Paragraph(escape(made), s["small"]))
    if scope:
        story.append(Paragraph(escape(f"{w['scope']}: {scope}"), s["small"]))
    story += [Spacer(1, 2 * mm), _grid(rows, widths, s)]
    return _build(story, w, "vinkdesk", w["audit"])


def _detail(line: AuditLine, language: str) -> str:
    """A search row's criterion is erased after its time or with the case it named: say so, show nothing.
    (audit_view.audit_lines says it already; an extract of lines made otherwise says it here.)"""
    return detail_text(line.action, line.detail, language) if line.action == "search" else line.detail


def _lines(items: list[str], w: dict[str, str], s: dict[str, Any]) -> Flowable:
    if not items:
        return Paragraph(escape(w["none"]), s["body"])
    return _grid([[item] for item in items], [None], s, header=False)


def _grid(rows: list[list[str]], widths: list[Any], s: dict[str, Any], header: bool = True) -> Table:
    table = Table(
        [[Paragraph(escape(cell), s["cell"]) for cell in row] for row in rows],
        colWidths=widths,
        repeatRows=1 if header else 0,
    )
    style: list[Any] = [("GRID", (0, 0), (-1, -1), 0.3, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
    table.setStyle(TableStyle(style))
    return table


def _build(story: list[Flowable], w: dict[str, str], footer: str, title: str) -> bytes:
    return render(story, title, w["mark"], w["page"], footer)
