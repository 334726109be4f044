"""The coordinator's annual report: the strategy's four goals year over year, charts of active and new cases
drawn from published figures only, the year's tables, how figures are hidden, and what was counted and
rejected (by count and reason; no device named). Figures arrive already protected and audited; every
hidden figure reads "–", whether it is small or hides another."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from vinkdesk.domain import (
    SUPPRESSED,
    AgeBand,
    AnnualFigures,
    Channel,
    ConcernType,
    District,
    Gender,
    InquirerRole,
    Level,
    PublishedTable,
)
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import ClosureCount, FollowUpOutcome
from vinkdesk.reports.style import (
    BOLD,
    FONT,
    GREY,
    LEVEL_COLOURS,
    MARGIN,
    PAGE,
    escape,
    render,
    styles,
)

COLUMN_ENUMS: dict[str, Any] = {
    "district": District,
    "age_band": AgeBand,
    "gender": Gender,
    "concern": ConcernType,
    "channel": Channel,
    "inquirer": InquirerRole,
    "closure_reason": ClosureCount,
    "follow_up": FollowUpOutcome,
}
PALETTE = {**LEVEL_COLOURS, "unassessed": colors.HexColor("#9e9e9e")}
TEXT: dict[str, dict[str, Any]] = {
    "da": {
        "title": "Årsrapport {year}: anonymiserede tal",
        "mark": "ANONYMISERET",
        "draft_mark": "UDKAST – MÅ IKKE OFFENTLIGGØRES",
        "page": "Side {page} af {pages}",
        "release": "Udgivelse 1 for {year}, udgivet {date}.",
        "revision": "Revision {revision} for {year}, udgivet {date}. Den erstatter de tidligere udgivelser "
        "for året; den er revideret sammen med dem, så heller ikke ændringerne kan føres tilbage til "
        "enkeltsager.",
        "draft": "Udkast til {what} for {year}, lavet {date}. Det er ikke offentliggjort; tallene kan ændre "
        "sig, før koordinatoren udgiver det.",
        "first": "udgivelse 1",
        "next": "revision {revision}",
        "intro": "Tallene er lagt sammen fra de forseglede kvartalsopgørelser fra {devices} ({files} i alt). "
        "De indeholder ingen navne, sagsnumre, fritekst eller datoer finere end et kvartal.",
        "rule": "Skjulte tal vises som «–». Et tal fra 1 til {k1} er altid skjult, og flere tal er "
        "skjult, så "
        "intet skjult tal kan regnes ud af totalerne, af de andre tabeller eller af tidligere udgivelser for "
        "året – heller ikke med et heltalsprogram. Hvert skjult tal kan for en læser have mindst {k} "
        "forskellige værdier. Et «–» siger ikke, om tallet er lille.",
        "goals": "Strategiens fire mål",
        "goal5": "Hvordan sagerne sluttede",
        "goal5_text": "Hvorfor sager blev afsluttet i året (alle niveauer), og hvordan opfølgningen 6 og 12 "
        "måneder efter afslutningen af gule og røde sager gik i året. «Bekymringen er vendt tilbage» er et "
        "tilbagefald.",
        "older": "{files} kom fra computere med en ældre vinkdesk: deres afsluttede sager står som «Ingen "
        "grund registreret», og deres opfølgninger er ikke med.",
        "goals_intro": "Strategien sætter byen fire mål. Her er, hvad årets tal siger om hvert af dem, "
        "sammen "
        "med sidste års udgivelse. En ændring vises kun, hvor begge års tal er offentliggjort.",
        "no_previous": "Der er ingen udgivelse for {year} at sammenligne med.",
        "goal1": "1. Færre radikaliserede borgere",
        "goal1_text": "Sager på rødt niveau (indgribende): aktive ved årets udgang, nye og afsluttede i "
        "året.",
        "goal2": "2. Færre borgere i risiko for radikalisering",
        "goal2_text": "Sager på gult niveau (foregribende): aktive ved årets udgang, nye og afsluttede "
        "i året.",
        "goal3": "3. Mere aktivt medborgerskab",
        "goal3_text": "Rådgivning på grønt niveau (forebyggende) til fagfolk og forældre, efter hvem der "
        "henvendte sig (samtaler i året).",
        "goal4": "4. Mere tryghed",
        "goal4_text": "Niveauskift i året: sager, der gik et niveau ned eller blev afsluttet, og sager, "
        "der gik "
        "et niveau op.",
        "figure": "Tal",
        "change": "Ændring",
        "active_end": "Aktive ved årets udgang",
        "new": "Nye i året",
        "closed": "Afsluttede i året",
        "down": "Gik et niveau ned",
        "up": "Gik et niveau op",
        "closed_all": "Afsluttede sager (alle niveauer)",
        "green_total": "Samtaler på grønt niveau i alt",
        "level_changes_rows": {"down": "Gik et niveau ned", "up": "Gik et niveau op"},
        "year_column": "I året",
        "charts": "Sager pr. kvartal",
        "chart_active": "Aktive sager pr. kvartal efter niveau",
        "chart_new": "Nye sager pr. kvartal efter niveau",
        "chart_hidden": "– skjult tal (ikke tegnet)",
        "chart_all_hidden": "Alle tal i denne figur er skjult.",
        "tables_heading": "Årets tabeller",
        "footnote": "– skjult tal.",
        "total": "I alt",
        "level": "Niveau",
        "unassessed": "Ikke vurderet",
        "from": "Fra \\ til",
        "tables": {
            "active_cases": "Aktive sager pr. kvartal efter niveau",
            "new_cases": "Nye sager pr. kvartal efter niveau",
            "closed_cases": "Afsluttede sager pr. kvartal efter niveau",
            "district": "Nye sager i året efter bydel og niveau",
            "age_band": "Nye sager i året efter alder og niveau",
            "gender": "Nye sager i året efter køn og niveau",
            "concern": "Nye sager i året efter bekymringstype og niveau",
            "channel": "Samtaler i året efter kanal og niveau",
            "inquirer": "Samtaler i året efter hvem der henvendte sig og niveau",
            "transitions": "Niveauskift i året (fra række til kolonne)",
            "level_changes": "Niveauskift i året: ned og op",
            "closure_reason": "Afsluttede sager i året efter grund og niveau",
            "follow_up": "Opfølgning efter afsluttede sager i året efter udfald og niveau",
        },
        "files": "Filer",
        "counted": "Talt med: {files} fra {devices}.",
        "quarters": ("{n} kvartalsopgørelse", "{n} kvartalsopgørelser"),
        "computers": ("{n} tilmeldt computer", "{n} tilmeldte computere"),
        "findings": ("{n} fund", "{n} fund"),
        "rejected": "Ikke talt med som de ligger i fællesmappen: {count} (hver fil er nævnt med navn og "
        "årsag i koordinatorens liste).",
        "none_rejected": "Alle filer i fællesmappen blev talt med.",
        "reason": "Årsag",
        "count": "Antal",
        "kinds": {
            "damaged": "ikke en gyldig forseglet fil (beskadiget, forfalsket eller forkert form)",
            "unenrolled": "fra en computer, der ikke er tilmeldt",
            "retired": "fra en udfaset computer",
            "future": "for et kvartal efter i dag",
            "temp": "midlertidig fil (skrivning i gang eller afbrudt)",
            "old-plain": "gamle uforseglede filer (vinkdesk.counts/1), som aldrig tælles med",
            "gap": "hul: filer forsvundet eller ikke modtaget (koordinatorens kopi tæller)",
            "rollback": "tilbagerulning: et lavere løbenummer end set før (koordinatorens kopi tæller)",
            "conflict": "konflikt: samme løbenummer med forskelligt indhold",
            "folder": "mappen med forseglede filer blev afvist",
            "restored": "en gendannet computer tilmeldt ved siden af den, den kom fra (ikke talt med)",
            "home": "koordinatorens hjemmemappe er ældre end et kontrolpunkt i fællesmappen",
        },
    },
    "en": {
        "title": "Annual report {year}: anonymised figures",
        "mark": "ANONYMISED",
        "draft_mark": "DRAFT – NOT FOR PUBLICATION",
        "page": "Page {page} of {pages}",
        "release": "Release 1 for {year}, published {date}.",
        "revision": "Revision {revision} for {year}, published {date}. It replaces the earlier releases "
        "of the "
        "year; it was audited together with them, so that not even the changes can be traced to single "
        "cases.",
        "draft": "Draft of {what} for {year}, made {date}. It is not published; the figures may change "
        "before "
        "the coordinator releases it.",
        "first": "release 1",
        "next": "revision {revision}",
        "intro": "The figures are summed from the sealed quarterly counts of {devices} ({files} in all). "
        "They hold no names, case refs, free text or dates finer than a quarter.",
        "rule": "Hidden figures read «–». A figure from 1 to {k1} is always hidden, and more are hidden so "
        "that no hidden figure can be worked out from the totals, the other tables or the year's earlier "
        "releases — not even with an integer programme. To a reader, each hidden figure can take at least "
        "{k} different values. A «–» does not say whether the figure is small.",
        "goals": "The strategy's four goals",
        "goal5": "How cases ended",
        "goal5_text": "Why cases were closed in the year (all levels), and how the follow-ups 6 and 12 "
        "months after closing a yellow or red case went in the year. «The concern has returned» is a "
        "relapse.",
        "older": "{files} came from laptops with an older vinkdesk: their closed cases read «No reason "
        "recorded», and their follow-ups are not included.",
        "goals_intro": "The strategy sets the city four goals. This is what the year's figures say "
        "about each, "
        "beside last year's release. A change is shown only where both years' figures are published.",
        "no_previous": "There is no release for {year} to compare with.",
        "goal1": "1. Fewer radicalised citizens",
        "goal1_text": "Cases at the red level (interventive): active at the end of the year, new and "
        "closed in "
        "the year.",
        "goal2": "2. Fewer citizens at risk of radicalisation",
        "goal2_text": "Cases at the yellow level (pre-emptive): active at the end of the year, new and "
        "closed "
        "in the year.",
        "goal3": "3. More active citizenship",
        "goal3_text": "Advice at the green level (preventive) to professionals and parents, by who asked "
        "(consultations in the year).",
        "goal4": "4. More safety",
        "goal4_text": "Level changes in the year: cases that moved down a level or were closed, and "
        "cases that "
        "moved up a level.",
        "figure": "Figure",
        "change": "Change",
        "active_end": "Active at the end of the year",
        "new": "New in the year",
        "closed": "Closed in the year",
        "down": "Moved down a level",
        "up": "Moved up a level",
        "closed_all": "Closed cases (all levels)",
        "green_total": "Consultations at the green level, total",
        "level_changes_rows": {"down": "Moved down a level", "up": "Moved up a level"},
        "year_column": "In the year",
        "charts": "Cases per quarter",
        "chart_active": "Active cases per quarter by level",
        "chart_new": "New cases per quarter by level",
        "chart_hidden": "– hidden figure (not drawn)",
        "chart_all_hidden": "Every figure in this chart is hidden.",
        "tables_heading": "The year's tables",
        "footnote": "– hidden figure.",
        "total": "Total",
        "level": "Level",
        "unassessed": "Not assessed",
        "from": "From \\ to",
        "tables": {
            "active_cases": "Active cases per quarter by level",
            "new_cases": "New cases per quarter by level",
            "closed_cases": "Closed cases per quarter by level",
            "district": "New cases in the year by district and level",
            "age_band": "New cases in the year by age and level",
            "gender": "New cases in the year by gender and level",
            "concern": "New cases in the year by concern and level",
            "channel": "Consultations in the year by channel and level",
            "inquirer": "Consultations in the year by who asked and level",
            "transitions": "Level changes in the year (from row to column)",
            "level_changes": "Level changes in the year: down and up",
            "closure_reason": "Cases closed in the year by reason and level",
            "follow_up": "Follow-ups after closed cases in the year by outcome and level",
        },
        "files": "Files",
        "counted": "Counted: {files} from {devices}.",
        "quarters": ("{n} quarterly count", "{n} quarterly counts"),
        "computers": ("{n} enrolled laptop", "{n} enrolled laptops"),
        "findings": ("{n} finding", "{n} findings"),
        "rejected": "Not counted as they stand on the share: {count} (the coordinator's list names "
        "each file and its reason).",
        "none_rejected": "Every file on the share was counted.",
        "reason": "Reason",
        "count": "Count",
        "kinds": {
            "damaged": "not a valid sealed file (damaged, forged or malformed)",
            "unenrolled": "from a laptop that is not enrolled",
            "retired": "from a retired laptop",
            "future": "for a quarter after today",
            "temp": "temp file (a write in progress or interrupted)",
            "old-plain": "old unsealed files (vinkdesk.counts/1), never counted",
            "gap": "gap: files vanished or not received (the coordinator's copy counts)",
            "rollback": "rollback: a lower sequence than seen before (the coordinator's copy counts)",
            "conflict": "conflict: one sequence with different content",
            "folder": "the folder of sealed files was refused",
            "restored": "a restored laptop enrolled beside the one it came from (not counted)",
            "home": "the coordinator's home is older than a checkpoint on the share",
        },
    },
}


def number(text: str, language: str) -> str:
    """A published figure in the report's language: 1.234 in Danish, 1,234 in English; "–" stays."""
    if not text.lstrip("-").isdigit():
        return text
    return words.number_text(int(text), language)


def counted(n: int, forms: tuple[str, str], language: str) -> str:
    """n with its noun in the right number: "1 tilmeldt computer", "3 tilmeldte computere"."""
    return (forms[0] if n == 1 else forms[1]).format(n=words.number_text(n, language))


def day(when: date, language: str) -> str:
    """The one date form of every window and PDF (20.01.2027 in Danish)."""
    return words.day_text(when, language)


def annual_report(figures: AnnualFigures, language: str = "da", made_on: date | None = None) -> bytes:
    language = "da" if language == "da" else "en"
    w = TEXT[language]
    s = styles()
    story: list[Flowable] = [
        Paragraph(escape(w["title"].format(year=figures.year)), s["title"]),
        Paragraph(escape(_release_line(figures, w, language, made_on or date.today())), s["mark"]),
        Paragraph(
            escape(
                w["intro"].format(
                    devices=counted(figures.devices_counted, w["computers"], language),
                    files=number(str(figures.files_counted), language),
                )
            ),
            s["body"],
        ),
        Paragraph(escape(w["rule"].format(k=figures.k, k1=figures.k - 1)), s["body"]),
    ]
    story += _goals(figures, w, language, s)
    story.append(Paragraph(escape(w["charts"]), s["h2"]))
    for key, caption in (("active_cases", w["chart_active"]), ("new_cases", w["chart_new"])):
        table = figures.table(key)
        if table is not None:
            story.append(KeepTogether([Paragraph(escape(caption), s["h3"]), _chart(table, w, language, s)]))
    story.append(Paragraph(escape(w["tables_heading"]), s["h2"]))
    for table in figures.tables:
        story.append(
            KeepTogether(
                [
                    Paragraph(escape(w["tables"].get(table.key, table.key)), s["h3"]),
                    _table(table, w, language, s),
                    Paragraph(escape(w["footnote"]), s["small"]),
                ]
            )
        )
    story += _files(figures, w, language, s)
    mark = w["mark"] if figures.released else w["draft_mark"]
    return render(story, w["title"].format(year=figures.year), mark, w["page"], f"vinkdesk · {figures.year}")


def _release_line(figures: AnnualFigures, w: dict[str, Any], language: str, made_on: date) -> str:
    if figures.released is None:
        what = w["first"] if figures.revision == 1 else w["next"].format(revision=figures.revision)
        return str(w["draft"].format(what=what, year=figures.year, date=day(made_on, language)))
    when = day(figures.released, language)
    if figures.revision == 1:
        return str(w["release"].format(year=figures.year, date=when))
    return str(w["revision"].format(revision=figures.revision, year=figures.year, date=when))


def _cell(figures: AnnualFigures | None, table: str, row: str, column: str | int) -> str | None:
    """A published figure as text ("–" where hidden); None where the release has no such table. A column
    given as a number is counted from the end (-1: the last quarter)."""
    if figures is None:
        return None
    found = figures.table(table)
    if found is None:
        return None
    if isinstance(column, int):
        column = found.column_keys[column]
    if row == "total" and column == "total":
        return found.total or None
    if row == "total":
        return found.column_totals[found.column_keys.index(column)] if found.column_totals else None
    r = found.row_keys.index(row)
    if column == "total":
        return found.row_totals[r] if found.row_totals else None
    return found.cells[r][found.column_keys.index(column)]


def _goals(
    figures: AnnualFigures, w: dict[str, Any], language: str, s: dict[str, ParagraphStyle]
) -> list[Flowable]:
    before = figures.previous
    story: list[Flowable] = [
        Paragraph(escape(w["goals"]), s["h2"]),
        Paragraph(escape(w["goals_intro"]), s["body"]),
    ]
    if before is None:
        story.append(Paragraph(escape(w["no_previous"].format(year=figures.year - 1)), s["small"]))
    cases: list[tuple[str, str, str | int]] = [
        (w["active_end"], "active_cases", -1),
        (w["new"], "new_cases", "total"),
        (w["closed"], "closed_cases", "total"),
    ]
    ended: list[tuple[str, str, str, str | int]] = [
        (words.name(reason, language), "closure_reason", "total", reason.value) for reason in ClosureCount
    ]
    ended += [
        (words.name(outcome, language), "follow_up", "total", outcome.value) for outcome in FollowUpOutcome
    ]
    goals: list[tuple[str, str, list[tuple[str, str, str, str | int]]]] = [
        (w["goal1"], w["goal1_text"], [(label, table, "red", col) for label, table, col in cases]),
        (w["goal2"], w["goal2_text"], [(label, table, "yellow", col) for label, table, col in cases]),
        (
            w["goal3"],
            w["goal3_text"],
            [(words.name(role, language), "inquirer", "green", role.value) for role in InquirerRole]
            + [(w["green_total"], "inquirer", "green", "total")],
        ),
        (
            w["goal4"],
            w["goal4_text"],
            [
                (w["down"], "level_changes", "down", "year"),
                (w["closed_all"], "closed_cases", "total", "total"),
                (w["up"], "level_changes", "up", "year"),
            ],
        ),
        (
            w["goal5"],
            w["goal5_text"]
            + (
                " " + w["older"].format(files=counted(figures.older_files, w["quarters"], language))
                if figures.older_files
                else ""
            ),
            ended,
        ),
    ]
    head = _head_style(s)
    num = _number_style(s)
    for title, text, rows in goals:
        grid: list[list[Any]] = [
            [
                Paragraph(escape(w["figure"]), head),
                Paragraph(str(figures.year), head),
                Paragraph(str(figures.year - 1), head),
                Paragraph(escape(w["change"]), head),
            ]
        ]
        for label, table, row, column in rows:
            now, then = _cell(figures, table, row, column), _cell(before, table, row, column)
            grid.append(
                [
                    Paragraph(escape(label), _label_style(s)),
                    Paragraph(escape(number(now or SUPPRESSED, language)), num),
                    Paragraph(escape(number(then, language) if then else ""), num),
                    Paragraph(escape(_change(now, then, language)), num),
                ]
            )
        layout = Table(grid, colWidths=[80 * mm, 25 * mm, 25 * mm, 25 * mm], repeatRows=1)
        layout.setStyle(_table_style(last_row_total=False))
        story.append(
            KeepTogether([Paragraph(escape(title), s["h3"]), Paragraph(escape(text), s["small"]), layout])
        )
    return story


def _change(now: str | None, then: str | None, language: str) -> str:
    """The change from last year, only where both figures are published."""
    if not now or not then or not now.isdigit() or not then.isdigit():
        return ""
    difference = int(now) - int(then)
    if difference == 0:
        return "0"
    sign = "+" if difference > 0 else "−"
    return sign + number(str(abs(difference)), language)


def _row_label(key: str, w: dict[str, Any], language: str) -> str:
    return w["unassessed"] if key == "unassessed" else words.level_short(Level(key), language)


def _head_style(s: dict[str, ParagraphStyle]) -> ParagraphStyle:
    """Headers wrap between words, never inside one."""
    return ParagraphStyle("head", parent=s["cell"], fontName=BOLD, fontSize=7.5, leading=9, splitLongWords=0)


def _label_style(s: dict[str, ParagraphStyle]) -> ParagraphStyle:
    return ParagraphStyle("label", parent=s["cell"], fontSize=8, leading=10, splitLongWords=0)


def _number_style(s: dict[str, ParagraphStyle]) -> ParagraphStyle:
    return ParagraphStyle("num", parent=s["cell"], fontSize=8, leading=10, alignment=2)


def _table_style(last_row_total: bool = True) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.3, GREY),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if last_row_total:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f5f5f5")))
    return TableStyle(commands)


def _table(table: PublishedTable, w: dict[str, Any], language: str, s: dict[str, ParagraphStyle]) -> Table:
    """Quarters and level changes keep levels as rows; the year tables put their categories in rows and the
    levels in the columns, so every header is a short word that fits."""
    head, label, num = _head_style(s), _label_style(s), _number_style(s)
    cells = [list(row) for row in table.cells]
    if table.key in COLUMN_ENUMS:
        enum = COLUMN_ENUMS[table.key]
        row_names = [words.name(enum(key), language) for key in table.column_keys]
        column_names = [_row_label(key, w, language) for key in table.row_keys]
        grid = [list(column) for column in zip(*cells, strict=True)]
        row_totals, column_totals = list(table.column_totals), list(table.row_totals)
        corner = ""
    elif table.key == "level_changes":
        row_names = [w["level_changes_rows"][key] for key in table.row_keys]
        column_names = [w["year_column"]]
        grid, row_totals, column_totals, corner = cells, [], [], ""
    else:
        row_names = [_row_label(key, w, language) for key in table.row_keys]
        if table.key == "transitions":
            column_names = [_row_label(key, w, language) for key in table.column_keys]
            corner = w["from"]
        else:
            column_names = [key[4:] for key in table.column_keys]
            corner = w["level"]
        grid, row_totals, column_totals = cells, list(table.row_totals), list(table.column_totals)
    header = [Paragraph(escape(corner), head)] + [Paragraph(escape(n), head) for n in column_names]
    if row_totals:
        header.append(Paragraph(escape(w["total"]), head))
    rows: list[list[Any]] = [header]
    for r, name in enumerate(row_names):
        line = [Paragraph(escape(name), label)] + [
            Paragraph(escape(number(v, language)), num) for v in grid[r]
        ]
        if row_totals:
            line.append(Paragraph(f"<b>{escape(number(row_totals[r], language))}</b>", num))
        rows.append(line)
    if column_totals:
        line = [Paragraph(f"<b>{escape(w['total'])}</b>", label)]
        line += [Paragraph(f"<b>{escape(number(v, language))}</b>", num) for v in column_totals]
        if row_totals:
            line.append(Paragraph(f"<b>{escape(number(table.total, language))}</b>", num))
        rows.append(line)
    first = 52 * mm
    columns = len(rows[0]) - 1
    width = min(24 * mm, (PAGE[0] - 2 * MARGIN - first) / columns)
    result = Table(rows, colWidths=[first] + [width] * columns, repeatRows=1, hAlign="LEFT")
    result.setStyle(_table_style(last_row_total=bool(column_totals)))
    return result


def _chart(table: PublishedTable, w: dict[str, Any], language: str, s: dict[str, ParagraphStyle]) -> Flowable:
    """Grouped bars of published figures; a hidden figure is marked "–" in its place, never drawn as 0."""
    values: list[list[int | None]] = [[int(v) if v.isdigit() else None for v in row] for row in table.cells]
    shown = [v for row in values for v in row if v is not None]
    if not shown:
        return Paragraph(escape(w["chart_all_hidden"]), s["small"])
    top = _nice_top(max(shown))
    width, height = 170 * mm, 64 * mm
    left, bottom, plot_w, plot_h = 14 * mm, 10 * mm, 118 * mm, 48 * mm
    drawing = Drawing(width, height)
    for step in range(5):
        value = top * step / 4
        y = bottom + plot_h * step / 4
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.4))
        drawing.add(String(left - 2, y - 2.5, number(str(int(value)), language), fontName=FONT, fontSize=7,
                           textAnchor="end"))  # fmt: skip
    groups = len(table.column_keys)
    group_w = plot_w / groups
    bar_w = group_w * 0.8 / len(table.row_keys)
    for g, quarter in enumerate(table.column_keys):
        x0 = left + g * group_w + group_w * 0.1
        drawing.add(String(x0 + group_w * 0.4, bottom - 8, quarter[4:], fontName=FONT, fontSize=8,
                           textAnchor="middle"))  # fmt: skip
        for r, key in enumerate(table.row_keys):
            x = x0 + r * bar_w
            count = values[r][g]
            if count is None:
                drawing.add(String(x + bar_w / 2, bottom + 1.5, SUPPRESSED, fontName=BOLD, fontSize=9,
                                   fillColor=GREY, textAnchor="middle"))  # fmt: skip
            elif count:
                bar = Rect(x, bottom, bar_w * 0.9, plot_h * count / top)
                bar.fillColor, bar.strokeColor = PALETTE[key], None
                drawing.add(bar)
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=GREY, strokeWidth=0.6))
    legend_x, legend_y = left + plot_w + 6 * mm, bottom + plot_h - 4
    for r, key in enumerate(table.row_keys):
        y = legend_y - r * 11
        swatch = Rect(legend_x, y, 7, 7)
        swatch.fillColor, swatch.strokeColor = PALETTE[key], None
        drawing.add(swatch)
        drawing.add(String(legend_x + 10, y + 1, _row_label(key, w, language), fontName=FONT, fontSize=8))
    drawing.add(String(legend_x, legend_y - len(table.row_keys) * 11 - 2, w["chart_hidden"], fontName=FONT,
                       fontSize=7, fillColor=GREY))  # fmt: skip
    return drawing


def _nice_top(value: int) -> int:
    """The axis' top: a round number at or above the largest bar, at least 4 so the ticks are whole."""
    top = 4
    while top < value:
        top = top * 2 if str(top)[0] in "14" else top * 5 // 2
    return top


def _files(
    figures: AnnualFigures, w: dict[str, Any], language: str, s: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(escape(w["files"]), s["h2"]),
        Paragraph(
            escape(
                w["counted"].format(
                    files=counted(figures.files_counted, w["quarters"], language),
                    devices=counted(figures.devices_counted, w["computers"], language),
                )
            ),
            s["body"],
        ),
    ]
    rejected = sum(count for _reason, count in figures.rejections)
    if not rejected:
        story.append(Paragraph(escape(w["none_rejected"]), s["body"]))
        return story
    story.append(
        Paragraph(escape(w["rejected"].format(count=counted(rejected, w["findings"], language))), s["body"])
    )
    rows = [
        [
            Paragraph(f"<b>{escape(w['reason'])}</b>", s["cell"]),
            Paragraph(f"<b>{escape(w['count'])}</b>", s["cell"]),
        ]
    ]
    rows += [
        [
            Paragraph(escape(w["kinds"].get(reason, reason)), s["cell"]),
            Paragraph(number(str(count), language), s["cell"]),
        ]
        for reason, count in figures.rejections
    ]
    reasons = Table(rows, colWidths=[130 * mm, None])
    reasons.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY)]))
    story.append(reasons)
    return story
