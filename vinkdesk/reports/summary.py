"""The consultation summary: the case (only the identity it holds), the level by name, colour and a triangle
figure, the latest assessment's reasons and gaps, the chosen consultations, the open action plan, supervisor
comments and signature lines. Returns PDF bytes; never touches the vault or the disk."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Drawing, Polygon, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vinkdesk.domain import Case, CaseStatus, Level, SummaryData
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import ConcernSource
from vinkdesk.reports.style import (
    BOLD,
    FONT,
    GREY,
    LEVEL_COLOURS,
    escape,
    render,
    styles,
)

TEXT: dict[str, dict[str, Any]] = {
    "da": {
        "title": "Rådgivningsresumé",
        "mark": "FORTROLIGT",
        "page": "Side {page} af {pages}",
        "case": "Sag",
        "subject": "Person (alias)",
        "age_band": "Aldersgruppe",
        "district": "Bydel",
        "concern": "Bekymring",
        "raised_by": "Rejst af",
        "raised": "Rejst",
        "anonymous": "anonym",
        "status": "Status",
        "closed": "Afsluttet {day}",
        "asked": "Hvem henvendte sig",
        "about": {"consultation": "samtale", "assessment": "vurdering"},
        "counsellor": "Rådgiver",
        "period": "Periode",
        "all": "alle samtaler",
        "made": "Udskrevet",
        "by": "af",
        "level": "Niveau",
        "assessed": "vurderet",
        "reasons": "Begrundelse fra seneste vurdering",
        "gaps": "Det ved vi ikke endnu",
        "consultations": "Samtaler",
        "none": "Ingen samtaler i perioden.",
        "notes": "Notat",
        "advice": "Rådgivning givet",
        "next": "Næste skridt",
        "amended": "rettet",
        "min": "min.",
        "plan": "Handleplan (åbne handlinger)",
        "no_actions": "Ingen åbne handlinger.",
        "action": "Handling",
        "responsible": "Ansvarlig",
        "due": "Frist",
        "overdue": "overskredet",
        "comments": "Kommentarer fra leder",
        "signatures": "Underskrifter",
        "sign_counsellor": "Rådgiver",
        "sign_supervisor": "Leder",
        "date": "Dato",
        "footer": "vinkdesk · {ref}",
        "verdict": {"approved": "Godkendt", "returned": "Sendt tilbage", "comment": "Kommentar"},
        "from": "fra",
        "to": "til",
    },
    "en": {
        "title": "Consultation summary",
        "mark": "CONFIDENTIAL",
        "page": "Page {page} of {pages}",
        "case": "Case",
        "subject": "Person (alias)",
        "age_band": "Age band",
        "district": "District",
        "concern": "Concern",
        "raised_by": "Concern raised by",
        "raised": "Raised",
        "anonymous": "anonymous",
        "status": "Status",
        "closed": "Closed {day}",
        "asked": "Who asked",
        "about": {"consultation": "consultation", "assessment": "assessment"},
        "counsellor": "Counsellor",
        "period": "Period",
        "all": "all consultations",
        "made": "Printed",
        "by": "by",
        "level": "Level",
        "assessed": "assessed",
        "reasons": "Reasons from the latest assessment",
        "gaps": "Gaps in what is known",
        "consultations": "Consultations",
        "none": "No consultations in the period.",
        "notes": "Notes",
        "advice": "Advice given",
        "next": "Next steps",
        "amended": "amended",
        "min": "min",
        "plan": "Action plan (open actions)",
        "no_actions": "No open actions.",
        "action": "Action",
        "responsible": "Responsible",
        "due": "Due",
        "overdue": "overdue",
        "comments": "Supervisor comments",
        "signatures": "Signatures",
        "sign_counsellor": "Counsellor",
        "sign_supervisor": "Supervisor",
        "date": "Date",
        "footer": "vinkdesk · {ref}",
        "verdict": {"approved": "Approved", "returned": "Returned", "comment": "Comment"},
        "from": "from",
        "to": "to",
    },
}


def consultation_summary(
    data: SummaryData, language: str = "da", source: ConcernSource | None = None
) -> bytes:
    """The summary as PDF bytes. `source` is who raised the concern (Session.concern_source): the summary
    shows its role and organisation (or that it is anonymous), when and how, never its name or contact."""
    w = TEXT["da" if language == "da" else "en"]
    s = styles()
    case = data.case

    def day(value: date) -> str:
        return words.day_text(value, language)

    period = w["all"]
    if data.start or data.end:
        period = " ".join(
            p
            for p in (
                f"{w['from']} {day(data.start)}" if data.start else "",
                f"{w['to']} {day(data.end)}" if data.end else "",
            )
            if p
        )
    facts = [
        (w["case"], case.ref),
        (w["subject"], words.subject(case.subject_kind, case.alias, language)),
        (w["age_band"], words.name(case.age_band_on(data.made_on), language)),
        (w["district"], words.name(case.district, language)),
        (w["concern"], words.name(case.concern_type, language)),
    ]
    facts += _raised_by(case, source, w, language)
    facts += [(w["counsellor"], data.counsellor)]
    if case.status is CaseStatus.CLOSED and case.closed_on is not None:
        closed = w["closed"].format(day=day(case.closed_on))
        if case.closure_reason is not None:
            closed += f" – {words.name(case.closure_reason, language)}"
        facts.append((w["status"], closed))
    facts += [
        (w["period"], period),
        (w["made"], f"{day(data.made_on)} {w['by']} {data.made_by}"),
    ]
    story: list[Flowable] = [Paragraph(escape(w["title"]), s["title"]), _facts_table(facts, s)]

    level_text = words.level_name(case.level, language)
    assessed = f"{w['assessed']} {day(data.assessed_on)}" if data.assessed_on else ""  # the level says it
    level_block = Table(
        [
            [
                level_figure(case.level, language),
                Paragraph(
                    f"<b>{escape(w['level'])}: {escape(level_text)}</b>"
                    + (f"<br/>{escape(assessed)}" if assessed else ""),
                    s["body"],
                ),
            ]
        ],
        colWidths=[56 * mm, None],
    )
    level_block.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story += [Spacer(1, 4 * mm), level_block]
    if data.reasons:
        story.append(Paragraph(escape(w["reasons"]), s["h3"]))
        story += [Paragraph("• " + escape(_text(r, language)), s["body"]) for r in data.reasons]
    if data.gaps:
        story.append(Paragraph(escape(w["gaps"]), s["h3"]))
        story += [Paragraph("• " + escape(_text(g, language)), s["body"]) for g in data.gaps]

    story.append(Paragraph(escape(w["consultations"]), s["h2"]))
    if not data.consultations:
        story.append(Paragraph(escape(w["none"]), s["body"]))
    for c in data.consultations:
        head = (
            f"{words.moment_text(c.occurred_at, language)} · {words.name(c.channel, language)} · "
            f"{words.name(c.inquirer_role, language)} · {c.duration_minutes} {w['min']}"
        )
        if c.supersedes is not None:
            head += f" · {w['amended']}"
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(escape(head), s["h3"]))
        if c.inquirer_organisation or c.inquirer_contact:
            asked = [words.name(c.inquirer_role, language), c.inquirer_organisation, c.inquirer_contact]
            who = escape(" · ".join(a for a in asked if a))
            story.append(Paragraph(f"<b>{escape(w['asked'])}:</b> {who}", s["body"]))
        for label, text in ((w["notes"], c.body), (w["advice"], c.advice), (w["next"], c.next_steps)):
            if text.strip():
                story.append(Paragraph(f"<b>{escape(label)}:</b> {escape(text)}", s["body"]))

    story.append(Paragraph(escape(w["plan"]), s["h2"]))
    if data.open_actions:
        rows = [
            [Paragraph(f"<b>{escape(x)}</b>", s["cell"]) for x in (w["action"], w["responsible"], w["due"])]
        ]
        for action in data.open_actions:
            due = day(action.due) if action.due else "–"
            if action.overdue_on(data.made_on):
                due = f"<b>{due} ({escape(w['overdue'])})</b>"
            rows.append(
                [
                    Paragraph(escape(action.title), s["cell"]),
                    Paragraph(escape(action.responsible), s["cell"]),
                    Paragraph(due, s["cell"]),
                ]
            )
        table = Table(rows, colWidths=[95 * mm, 40 * mm, None], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, GREY),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(escape(w["no_actions"]), s["body"]))

    if data.comments:
        story.append(Paragraph(escape(w["comments"]), s["h2"]))
        for comment in data.comments:
            verdict = w["verdict"].get(comment.verdict, comment.verdict)
            story.append(
                Paragraph(
                    f"<b>{day(comment.at.date())} · {escape(comment.supervisor)} · {escape(verdict)}</b> "
                    f"({escape(_about(comment.about, w, language))}): {escape(comment.text)}",
                    s["body"],
                )
            )

    story.append(KeepTogether([Paragraph(escape(w["signatures"]), s["h2"]), _signatures(w, s)]))
    return render(story, f"{w['title']} {case.ref}", w["mark"], w["page"], w["footer"].format(ref=case.ref))


def level_figure(
    level: Level | None, language: str, width: float = 52 * mm, height: float = 30 * mm
) -> Drawing:
    """The prevention triangle in three bands (green at the base, red at the top), the case's band drawn
    strongly, pointed at and named beside it; the others pale."""
    drawing = Drawing(width, height)
    tri_w, tri_h = height * 1.05, height
    bands = [(Level.GREEN, 0.0, 1 / 3), (Level.YELLOW, 1 / 3, 2 / 3), (Level.RED, 2 / 3, 1.0)]
    for band, low, high in bands:
        y0, y1 = low * tri_h, high * tri_h
        half0, half1 = tri_w / 2 * (1 - low), tri_w / 2 * (1 - high)
        points = [tri_w / 2 - half0, y0, tri_w / 2 + half0, y0, tri_w / 2 + half1, y1, tri_w / 2 - half1, y1]
        current = band is level
        colour = LEVEL_COLOURS[band.value]
        fill = colour if current else colors.Color(colour.red, colour.green, colour.blue, alpha=0.25)
        drawing.add(
            Polygon(
                points,
                fillColor=fill,
                strokeColor=colors.black if current else GREY,
                strokeWidth=1.6 if current else 0.5,
            )
        )
        if current:
            middle = (y0 + y1) / 2
            tip = tri_w / 2 + (half0 + half1) / 2 + 3
            drawing.add(
                Polygon(
                    [tip, middle, tip + 7, middle + 4, tip + 7, middle - 4],
                    fillColor=colors.black,
                    strokeColor=colors.black,
                )
            )
            drawing.add(
                String(tip + 10, middle - 3.5, words.level_short(band, language), fontName=BOLD, fontSize=10)
            )
    if level is None:  # "Ikke vurderet" beside the pale triangle, on two lines when one does not fit
        text = words.level_short(None, language)
        room = width - tri_w - 6
        lines = [text] if stringWidth(text, FONT, 9) <= room else text.split(" ", 1)
        for n, line in enumerate(lines):
            drawing.add(String(tri_w + 4, tri_h / 2 + 2 - 11 * n, line, fontName=FONT, fontSize=9))
    return drawing


def _raised_by(
    case: Case, source: ConcernSource | None, w: dict[str, Any], language: str
) -> list[tuple[str, str]]:
    """Who raised the concern, as the summary may show it: the kind of source (the case's referral source) and
    its organisation, or that it is anonymous; when and how it was raised. The name and contact stay out."""
    who = [words.name(case.referral_source, language)]
    when: list[str] = []
    if source is not None:
        who += [source.organisation] if source.organisation else []
        who += [w["anonymous"]] if source.anonymous else []
        when += [words.day_text(source.raised_on, language)] if source.raised_on else []
        when += [words.name(source.raised_how, language)] if source.raised_how else []
    rows = [(w["raised_by"], " · ".join(who))]
    return rows + ([(w["raised"], " · ".join(when))] if when else [])


def _facts_table(facts: list[tuple[str, str]], s: dict[str, ParagraphStyle]) -> Table:
    table = Table(
        [[Paragraph(escape(k), s["small"]), Paragraph(escape(v), s["body"])] for k, v in facts],
        colWidths=[32 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _signatures(w: dict[str, Any], s: dict[str, ParagraphStyle]) -> Table:
    line = "_" * 38
    rows = [
        [
            Paragraph(f"{escape(w['sign_counsellor'])}<br/><br/>{line}", s["body"]),
            Paragraph(f"{escape(w['date'])}<br/><br/>{'_' * 16}", s["body"]),
        ],
        [
            Paragraph(f"{escape(w['sign_supervisor'])}<br/><br/>{line}", s["body"]),
            Paragraph(f"{escape(w['date'])}<br/><br/>{'_' * 16}", s["body"]),
        ],
    ]
    table = Table(rows, colWidths=[100 * mm, None])
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


_ABOUT = re.compile(r"(?P<kind>consultation|assessment) (?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})")


def _about(about: str, w: dict[str, Any], language: str) -> str:
    """What a comment is about ("consultation 2026-03-04", as the Session names it) in the report's words."""
    match = _ABOUT.fullmatch(about)
    if match is None:
        return about
    return f"{w['about'][match['kind']]} {words.day_text(date.fromisoformat(match['day']), language)}"


def _text(value: object, language: str) -> str:
    if isinstance(value, dict):
        return str(value.get(language) or value.get("da") or "")
    return str(value)
