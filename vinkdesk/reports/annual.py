"""The coordinator's annual report: totals by level and quarter, the year's tables by district, age band,
gender, concern, channel, who asked and level changes, a chart, the suppression rule, and what was counted and
rejected (by count and reason; no device named). Figures arrive already protected."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from vinkdesk.domain import (
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
}
TEXT: dict[str, dict[str, Any]] = {
    "da": {
        "title": "Årsopgørelse {year}: anonymiserede tal",
        "mark": "ANONYMISERET",
        "page": "Side {page} af {pages}",
        "intro": "Tallene er lagt sammen fra {devices} tilmeldte computeres forseglede kvartalsopgørelser "
        "({files} kvartaler). De indeholder ingen navne, sagsnumre, fritekst eller datoer finere end "
        "et kvartal.",
        "rule": "Diskretionsregel: et tal fra 1 til {k1} vises som «<{k}». Tal markeret «x» er "
        "skjult, så de skjulte "
        "tal ikke kan regnes ud af række- og kolonnetotaler.",
        "total": "I alt",
        "level": "Niveau",
        "unassessed": "Ikke vurderet",
        "tables": {
            "quarterly_active": "Aktive sager pr. kvartal efter niveau",
            "quarterly_new": "Nye sager pr. kvartal efter niveau",
            "quarterly_closed": "Afsluttede sager pr. kvartal efter niveau",
            "district": "Nye sager i året efter niveau og bydel",
            "age_band": "Nye sager i året efter niveau og alder",
            "gender": "Nye sager i året efter niveau og køn",
            "concern": "Nye sager i året efter niveau og bekymringstype",
            "channel": "Samtaler i året efter niveau og kanal",
            "inquirer": "Samtaler i året efter niveau og hvem der henvendte sig",
            "transitions": "Niveauskift i året (fra række til kolonne)",
        },
        "chart": "Aktive sager pr. kvartal (skjulte tal vises som 0)",
        "chart_new": "Nye sager pr. kvartal (skjulte tal vises som 0)",
        "files": "Filer",
        "counted": "Talt med: {files} kvartal(er) fra {devices} computer(e).",
        "rejected": "Ikke talt med som de ligger i fællesmappen: {count} fund (hver fil er nævnt med navn og "
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
        "title": "Annual figures {year}: anonymised counts",
        "mark": "ANONYMISED",
        "page": "Page {page} of {pages}",
        "intro": "The figures are summed from {devices} enrolled laptops' sealed quarterly counts ({files} "
        "quarters). They hold no names, case refs, free text or dates finer than a quarter.",
        "rule": "Disclosure rule: a figure from 1 to {k1} is shown as «<{k}». Figures marked «x» "
        "are hidden so that "
        "the hidden figures cannot be worked out from row and column totals.",
        "total": "Total",
        "level": "Level",
        "unassessed": "Not assessed",
        "tables": {
            "quarterly_active": "Active cases per quarter by level",
            "quarterly_new": "New cases per quarter by level",
            "quarterly_closed": "Closed cases per quarter by level",
            "district": "New cases in the year by level and district",
            "age_band": "New cases in the year by level and age",
            "gender": "New cases in the year by level and gender",
            "concern": "New cases in the year by level and concern",
            "channel": "Consultations in the year by level and channel",
            "inquirer": "Consultations in the year by level and who asked",
            "transitions": "Level changes in the year (from row to column)",
        },
        "chart": "Active cases per quarter (hidden figures drawn as 0)",
        "chart_new": "New cases per quarter (hidden figures drawn as 0)",
        "files": "Files",
        "counted": "Counted: {files} quarters from {devices} laptops.",
        "rejected": "Not counted as they stand on the share: {count} findings (the coordinator's list names "
        "each "
        "file and its reason).",
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


def annual_report(figures: AnnualFigures, language: str = "da") -> bytes:
    w = TEXT["da" if language == "da" else "en"]
    s = styles()
    story: list[Flowable] = [
        Paragraph(escape(w["title"].format(year=figures.year)), s["title"]),
        Paragraph(
            escape(w["intro"].format(devices=figures.devices_counted, files=figures.files_counted)), s["body"]
        ),
        Paragraph(escape(w["rule"].format(k=figures.k, k1=figures.k - 1)), s["body"]),
    ]
    by_key = {t.key: t for t in figures.tables}
    for key, caption in (("quarterly_active", w["chart"]), ("quarterly_new", w["chart_new"])):
        if key in by_key:
            story += [
                Spacer(1, 3 * mm),
                Paragraph(escape(caption), s["h3"]),
                _chart(by_key[key], w, language),
            ]

    for table in figures.tables:
        story.append(
            KeepTogether(
                [
                    Paragraph(escape(w["tables"].get(table.key, table.key)), s["h2"]),
                    _table(table, w, language, s),
                ]
            )
        )
    story.append(Paragraph(escape(w["files"]), s["h2"]))
    story.append(
        Paragraph(
            escape(w["counted"].format(files=figures.files_counted, devices=figures.devices_counted)),
            s["body"],
        )
    )
    rejected = sum(count for _reason, count in figures.rejections)
    if rejected:
        story.append(Paragraph(escape(w["rejected"].format(count=rejected)), s["body"]))
        rows = [
            [
                Paragraph(f"<b>{escape(w['reason'])}</b>", s["cell"]),
                Paragraph(f"<b>{escape(w['count'])}</b>", s["cell"]),
            ]
        ]
        rows += [
            [Paragraph(escape(w["kinds"].get(reason, reason)), s["cell"]), Paragraph(str(count), s["cell"])]
            for reason, count in figures.rejections
        ]
        reasons = Table(rows, colWidths=[130 * mm, None])
        reasons.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY)]))
        story.append(reasons)
    else:
        story.append(Paragraph(escape(w["none_rejected"]), s["body"]))
    return render(
        story, w["title"].format(year=figures.year), w["mark"], w["page"], f"vinkdesk · {figures.year}"
    )


def _row_label(key: str, w: dict[str, Any], language: str) -> str:
    return w["unassessed"] if key == "unassessed" else words.level_short(Level(key), language)


def _column_label(table: PublishedTable, key: str, w: dict[str, Any], language: str) -> str:
    if table.key.startswith("quarterly"):
        return key[4:]
    if table.key == "transitions":
        return _row_label(key, w, language)
    return words.name(COLUMN_ENUMS[table.key](key), language)


def _table(table: PublishedTable, w: dict[str, Any], language: str, s: dict[str, ParagraphStyle]) -> Table:
    """Levels as rows; a table with many categories (districts) is turned so the categories are the rows."""
    head = ParagraphStyle("head", parent=s["cell"], fontName=BOLD, fontSize=7.5, leading=9)
    number = ParagraphStyle("num", parent=s["cell"], fontSize=8, leading=10, alignment=2)
    levels = [_row_label(key, w, language) for key in table.row_keys]
    categories = [_column_label(table, key, w, language) for key in table.column_keys]
    grid = [list(row) for row in table.cells]
    row_totals, column_totals = list(table.row_totals), list(table.column_totals)
    corner = w["level"]
    row_names, column_names = levels, categories
    if len(categories) > 7:
        grid = [list(column) for column in zip(*grid, strict=True)]
        row_names, column_names = categories, levels
        row_totals, column_totals = column_totals, row_totals
        corner = ""
    header = [Paragraph(escape(corner), head)]
    header += [Paragraph(escape(name), head) for name in column_names]
    header.append(Paragraph(escape(w["total"]), head))
    rows: list[list[Any]] = [header]
    for r, name in enumerate(row_names):
        rows.append(
            [Paragraph(escape(name), s["cell"])]
            + [Paragraph(escape(v), number) for v in grid[r]]
            + [Paragraph(f"<b>{escape(row_totals[r])}</b>", number)]
        )
    rows.append(
        [Paragraph(f"<b>{escape(w['total'])}</b>", s["cell"])]
        + [Paragraph(f"<b>{escape(v)}</b>", number) for v in column_totals]
        + [Paragraph(f"<b>{escape(table.total)}</b>", number)]
    )
    first = 46 * mm if len(categories) > 7 else 26 * mm
    available = PAGE[0] - 2 * MARGIN - first
    width = available / (len(column_names) + 1)
    result = Table(rows, colWidths=[first] + [width] * (len(column_names) + 1), repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, GREY),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f5f5f5")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return result


def _chart(table: PublishedTable, w: dict[str, Any], language: str) -> Drawing:
    drawing = Drawing(170 * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = int(12 * mm), int(10 * mm), int(110 * mm), int(46 * mm)
    chart.data = [[int(v) if v.isdigit() else 0 for v in row] for row in table.cells]
    chart.categoryAxis.categoryNames = [key[4:] for key in table.column_keys]
    chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.valueMin = 0
    palette = {
        "green": LEVEL_COLOURS["green"],
        "yellow": LEVEL_COLOURS["yellow"],
        "red": LEVEL_COLOURS["red"],
        "unassessed": colors.HexColor("#9e9e9e"),
    }
    for index, key in enumerate(table.row_keys):
        chart.bars[index].fillColor = palette[key]
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = int(128 * mm), int(52 * mm)
    legend.fontName = FONT
    legend.columnMaximum = 4
    legend.colorNamePairs = [(palette[key], _row_label(key, w, language)) for key in table.row_keys]
    drawing.add(legend)
    return drawing
