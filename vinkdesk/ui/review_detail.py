"""What the supervisor reads beside the review queue: a consultation with every field it has, or an
assessment's summary (levels, reasons, ratings with evidence, what is not known yet, the justification of an
override, the duties recorded and what changed since the case's previous assessment), as HTML."""

from __future__ import annotations

import html
from datetime import datetime
from functools import cached_property

from PySide6.QtCore import QObject

from vinkdesk.assessment import RATING_NAMES, Definition, DefinitionError, DefinitionRegistry, Rating
from vinkdesk.assessment.reading import changes, read
from vinkdesk.domain import Case, Consultation, Level
from vinkdesk.session.reviews import AssessmentUnderReview, ConsultationUnderReview, Review
from vinkdesk.ui import labels
from vinkdesk.ui.assessment_view import stored_text

e = html.escape
MUTED = "color:#555"
LEVEL_COLOURS = {Level.GREEN: "#2e7d32", Level.YELLOW: "#8a6100", Level.RED: "#c62828"}
LEVEL_MARKS = {Level.GREEN: "●", Level.YELLOW: "▲", Level.RED: "■"}  # the shape tells it without colour


def local(moment: datetime) -> datetime:
    """Times the vault keeps in UTC (reviews) shown on the laptop's clock; naive ones are local already."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment


def who_asked(consultation: Consultation) -> str:
    """The role, with the organisation and the contact where the consultation holds them."""
    return ", ".join(
        text
        for text in (
            labels.inquirer_role(consultation.inquirer_role),
            consultation.inquirer_organisation,
            consultation.inquirer_contact,
        )
        if text
    )


def paragraphs(text: str) -> str:
    return "<br>".join(e(line) for line in text.strip().splitlines())


class ReviewDetail(QObject):
    """Renders one item of the queue; names maps user ids to display names."""

    def __init__(self, names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names

    # --- shared parts ------------------------------------------------------------------------------------

    @cached_property
    def words(self) -> dict[str, str]:
        """The headings and phrases written inside the HTML below, translated here where lupdate can see them
        (it does not look inside f-strings)."""
        return {
            "Case": self.tr("Case"),
            "What supervisors said before": self.tr("What supervisors said before"),
            "Nothing written": self.tr("Nothing written"),
            "This is an amendment.": self.tr("This is an amendment."),
            "The same text as the version after it.": self.tr("The same text as the version after it."),
            "Chosen level:": self.tr("Chosen level:"),
            "Suggested level:": self.tr("Suggested level:"),
            "not an all-clear: key factors are unknown": self.tr("not an all-clear: key factors are unknown"),
            "Why this level was suggested": self.tr("Why this level was suggested"),
            "What we do not know yet": self.tr("What we do not know yet"),
            "Nothing recorded with this assessment.": self.tr("Nothing recorded with this assessment."),
            "Duty to notify and police referral": self.tr("Duty to notify and police referral"),
            "Changes": self.tr("Changes"),
            "This is the case’s first assessment.": self.tr("This is the case’s first assessment."),
            "Level": self.tr("Level"),
            "Level unchanged:": self.tr("Level unchanged:"),
            "No factor rated differently.": self.tr("No factor rated differently."),
            "Ratings and what they rest on": self.tr("Ratings and what they rest on"),
            "Unknown:": self.tr("Unknown:"),
        }

    def case_line(self, case: Case) -> str:
        who = labels.subject_display(case.subject_kind, case.alias)
        level = self.level_text(case.level)
        return (
            f"<p style='{MUTED}'>{e(self.words['Case'])} <b>{e(case.ref)}</b> – {e(who)}"
            f" · {level} · {e(labels.concern_type(case.concern_type))}"
            f" · {e(labels.district(case.district))}</p>"
        )

    def level_text(self, level: Level | None) -> str:
        if level is None:
            return e(labels.level_name(None))
        return (
            f"<span style='color:{LEVEL_COLOURS[level]}'>{LEVEL_MARKS[level]}</span>"
            f" {e(labels.level_name(level))}"
        )

    def _verdict(self, verdict: str) -> str:
        return {
            "approved": self.tr("Approved"),
            "returned": self.tr("Returned"),
            "comment": self.tr("Comment"),
        }.get(verdict, verdict)

    def earlier_reviews(self, reviews: list[Review]) -> str:
        if not reviews:
            return ""
        items = "".join(
            f"<li>{e(labels.moment_text(local(r.at)))} · {e(r.supervisor)}"
            f" · <b>{e(self._verdict(r.verdict))}</b>"
            + (f"<br>{paragraphs(r.text)}" if r.text else "")
            + "</li>"
            for r in reviews
        )
        return f"<h4>{e(self.words['What supervisors said before'])}</h4><ul>{items}</ul>"

    @staticmethod
    def section(title: str, body: str) -> str:
        return f"<h4 style='margin-bottom:2px'>{e(title)}</h4><p style='margin-top:0'>{body}</p>"

    # --- a consultation ----------------------------------------------------------------------------------

    def consultation_html(self, detail: ConsultationUnderReview) -> str:
        k = detail.consultation
        none = f"<i style='{MUTED}'>{e(self.words['Nothing written'])}</i>"
        title = self.tr("Consultation of %1").replace("%1", labels.moment_text(k.occurred_at))
        minutes = self.tr("%n minute(s)", "", k.duration_minutes)
        facts = [
            (
                self.tr("Written by"),
                f"{self._names.get(k.author_id, '')}, {labels.moment_text(local(k.created_at))}",
            ),
            (self.tr("Channel"), labels.channel(k.channel)),
            (self.tr("Who asked"), who_asked(k)),
            (self.tr("Duration"), minutes),
        ]
        rows = "".join(
            f"<tr><td style='{MUTED}; padding-right:12px'>{e(name)}</td><td>{e(value)}</td></tr>"
            for name, value in facts
        )
        parts = [
            f"<h3>{e(title)}</h3>",
            self.case_line(detail.case),
            f"<table cellpadding='1'>{rows}</table>",
        ]
        if detail.earlier:
            parts.append(
                f"<p><b>{e(self.words['This is an amendment.'])}</b> "
                + e(self.tr("Below the current text: what the earlier version said where it differs."))
                + "</p>"
            )
        parts += [
            self.section(self.tr("Note"), paragraphs(k.body) or none),
            self.section(self.tr("Advice given"), paragraphs(k.advice) or none),
            self.section(self.tr("Next steps"), paragraphs(k.next_steps) or none),
        ]
        newer = k
        for older in detail.earlier:
            parts.append(self._version(older, newer))
            newer = older
        parts.append(self.earlier_reviews(detail.reviews))
        return "".join(parts)

    def _version(self, older: Consultation, newer: Consultation) -> str:
        head = self.tr("Earlier version, written %1").replace(
            "%1", labels.moment_text(local(older.created_at))
        )
        fields = [
            (
                self.tr("Date and time"),
                labels.moment_text(older.occurred_at),
                labels.moment_text(newer.occurred_at),
            ),
            (self.tr("Channel"), labels.channel(older.channel), labels.channel(newer.channel)),
            (self.tr("Who asked"), who_asked(older), who_asked(newer)),
            (
                self.tr("Duration"),
                self.tr("%n minute(s)", "", older.duration_minutes),
                self.tr("%n minute(s)", "", newer.duration_minutes),
            ),
            (self.tr("Note"), older.body, newer.body),
            (self.tr("Advice given"), older.advice, newer.advice),
            (self.tr("Next steps"), older.next_steps, newer.next_steps),
        ]
        differing = "".join(
            f"<li><b>{e(name)}:</b> {paragraphs(before) or '–'}</li>"
            for name, before, after in fields
            if before != after
        )
        if not differing:
            differing = f"<li>{e(self.words['The same text as the version after it.'])}</li>"
        return f"<h4 style='{MUTED}'>{e(head)}</h4><ul style='{MUTED}'>{differing}</ul>"

    # --- an assessment -----------------------------------------------------------------------------------

    def assessment_html(self, detail: AssessmentUnderReview, definitions: DefinitionRegistry) -> str:
        language = labels.language()
        a = detail.assessment
        title = self.tr("Assessment of %1").replace("%1", labels.moment_text(a.created_at))
        author = self.tr("Made by %1").replace("%1", self._names.get(a.author_id, ""))
        parts = [f"<h3>{e(title)}</h3>", self.case_line(detail.case), f"<p style='{MUTED}'>{e(author)}</p>"]
        overridden = a.chosen_level != a.suggested_level
        parts.append(
            f"<p><b>{e(self.words['Chosen level:'])}</b> {self.level_text(a.chosen_level)}<br>"
            f"<b>{e(self.words['Suggested level:'])}</b> {self.level_text(a.suggested_level)}"
            + (
                f" <i>({e(self.words['not an all-clear: key factors are unknown'])})</i>"
                if a.undetermined
                else ""
            )
            + "</p>"
        )
        if overridden or a.justification:
            heading = (
                self.tr("Why another level than the one suggested")
                if overridden
                else self.tr("Justification")
            )
            body = paragraphs(a.justification) or f"<i>{e(self.words['Nothing written'])}</i>"
            parts.append(
                "<table width='100%' cellpadding='6' style='background:#fff4e5; border:1px solid #e0a040'>"
                f"<tr><td><b>{e(heading)}</b><br>{body}</td></tr></table>"
            )
        try:
            definition: Definition | None = definitions.get(a.definition_id, a.definition_version)
        except DefinitionError:
            definition = None
        parts.append(self._changes(detail, definition, definitions))
        parts.append(self._duties(detail))
        if a.reasons:
            reasons = "".join(f"<li>{e(stored_text(r, language))}</li>" for r in a.reasons)
            parts.append(f"<h4>{e(self.words['Why this level was suggested'])}</h4><ul>{reasons}</ul>")
        if a.gaps:
            gaps = "".join(f"<li>{e(stored_text(g, language))}</li>" for g in a.gaps)
            parts.append(f"<h4>{e(self.words['What we do not know yet'])}</h4><ul>{gaps}</ul>")
        if definition is None:
            parts.append(
                "<p>"
                + e(
                    self.tr(
                        "The definition %1 version %2 is not installed here, so the ratings cannot be shown."
                    )
                    .replace("%1", a.definition_id)
                    .replace("%2", str(a.definition_version))
                )
                + "</p>"
            )
        else:
            parts.append(self._ratings(detail, definition, language))
        parts.append(self.earlier_reviews(detail.reviews))
        return "".join(parts)

    def _duties(self, detail: AssessmentUnderReview) -> str:
        kinds = {
            "duty-to-notify": self.tr("Notification to the municipality"),
            "police-referral": self.tr("Referral to the police-led cooperation"),
        }
        items = []
        for note in detail.notifications:
            kind = kinds.get(note.kind, note.kind)
            if note.done and note.done_on is not None:
                text = self.tr("%1: done %2").replace("%1", kind).replace("%2", labels.day_text(note.done_on))
                if note.receipt_on is not None:
                    text += " · " + self.tr("receipt %1").replace("%1", labels.day_text(note.receipt_on))
            else:
                text = self.tr("%1: not done – %2").replace("%1", kind).replace("%2", note.reason)
            items.append(f"<li>{e(text)}</li>")
        if not items:
            items.append(
                f"<li style='{MUTED}'>{e(self.words['Nothing recorded with this assessment.'])}</li>"
            )
        return f"<h4>{e(self.words['Duty to notify and police referral'])}</h4><ul>{''.join(items)}</ul>"

    def _changes(
        self, detail: AssessmentUnderReview, definition: Definition | None, definitions: DefinitionRegistry
    ) -> str:
        previous = detail.previous
        if previous is None:
            first = e(self.words["This is the case’s first assessment."])
            return f"<h4>{e(self.words['Changes'])}</h4><p>{first}</p>"
        language = labels.language()
        head = self.tr("Changed since the assessment of %1").replace(
            "%1", labels.day_text(previous.created_at.date())
        )
        items = []
        if previous.chosen_level != detail.assessment.chosen_level:
            items.append(
                f"<li><b>{e(self.words['Level'])}:</b> {self.level_text(previous.chosen_level)} → "
                f"{self.level_text(detail.assessment.chosen_level)}</li>"
            )
        else:
            items.append(
                f"<li>{e(self.words['Level unchanged:'])} "
                f"{self.level_text(detail.assessment.chosen_level)}</li>"
            )
        try:
            before_definition = definitions.get(previous.definition_id, previous.definition_version)
        except DefinitionError:
            before_definition = None
        if definition is not None and before_definition is not None:
            found = changes(before_definition, previous.answers, definition, detail.assessment.answers)
            for change in found:
                before = RATING_NAMES[change.before](language) if change.before else self.tr("(new)")
                after = RATING_NAMES[change.after](language) if change.after else self.tr("(removed)")
                strong = change.after is Rating.PRESENT
                arrow = f"{e(before)} → {'<b>' if strong else ''}{e(after)}{'</b>' if strong else ''}"
                items.append(f"<li>{e(change.label(language))}: {arrow}</li>")
            if not found:
                items.append(f"<li>{e(self.words['No factor rated differently.'])}</li>")
        return f"<h4>{e(head)}</h4><ul>{''.join(items)}</ul>"

    def _ratings(self, detail: AssessmentUnderReview, definition: Definition, language: str) -> str:
        a = detail.assessment
        parts = [f"<h4>{e(self.words['Ratings and what they rest on'])}</h4>"]
        for step_title, readings in read(definition, a.answers, a.evidence):
            known = [r for r in readings if r.rating is not Rating.UNKNOWN]
            unknown = [r for r in readings if r.rating is Rating.UNKNOWN]
            parts.append(f"<p style='margin-bottom:0'><b>{e(step_title(language))}</b></p>")
            if known:
                parts.append("<table cellpadding='2' style='margin-left:8px'>")
                for row in known:
                    name = e(RATING_NAMES[row.rating](language))
                    if row.rating is Rating.PRESENT:
                        name = f"<b>{name}</b>"
                    note = e(row.evidence) + (f" ({e(row.source(language))})" if row.source else "")
                    parts.append(
                        f"<tr><td>{e(row.indicator.label(language))}</td>"
                        f"<td style='padding:0 8px'>{name}</td>"
                        f"<td style='{MUTED}'>{note}</td></tr>"
                    )
                parts.append("</table>")
            if unknown:
                names = ", ".join(e(r.indicator.label(language)) for r in unknown)
                parts.append(
                    f"<p style='{MUTED}; margin:2px 0 0 8px'>{e(self.words['Unknown:'])} {names}</p>"
                )
        return "".join(parts)
