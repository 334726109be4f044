"""The words the windows use for the domain's values (from vinkdesk.domain.labels, in the language chosen),
and the level's mark: a name, a colour and a shape, so a level is never told by colour alone."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

from vinkdesk.domain import (
    AgeBand,
    CaseStatus,
    Channel,
    ConcernType,
    District,
    Gender,
    InquirerRole,
    Level,
    ReferralSource,
    SubjectKind,
)
from vinkdesk.domain import labels as words


def language() -> str:
    """The windows' language, as set by ui.i18n.Languages (the default locale)."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def level_name(level: Level | None) -> str:
    return words.level_name(level, language())


def level_short(level: Level | None) -> str:
    return words.level_short(level, language())


LEVEL_COLOURS = {
    Level.GREEN: QColor("#2e7d32"),
    Level.YELLOW: QColor("#f9a825"),
    Level.RED: QColor("#c62828"),
}


def level_icon(level: Level | None, size: int = 16) -> QIcon:
    """Green a circle, yellow a triangle, red a square: the shape tells the level without the colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if level is None:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#202020"))
    painter.setBrush(LEVEL_COLOURS[level])
    m = 2.0
    if level is Level.GREEN:
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - m, size / 2 - m)
    elif level is Level.YELLOW:
        painter.drawPolygon(
            QPolygonF([QPointF(size / 2, m), QPointF(size - m, size - m), QPointF(m, size - m)])
        )
    else:
        painter.drawRect(int(m), int(m), int(size - 2 * m), int(size - 2 * m))
    painter.end()
    return QIcon(pixmap)


def subject_kind(value: SubjectKind) -> str:
    return words.name(value, language())


def district(value: District) -> str:
    return words.name(value, language())


def age_band(value: AgeBand) -> str:
    return words.name(value, language())


def gender(value: Gender) -> str:
    return words.name(value, language())


def concern_type(value: ConcernType) -> str:
    return words.name(value, language())


def referral_source(value: ReferralSource) -> str:
    return words.name(value, language())


def channel(value: Channel) -> str:
    return words.name(value, language())


def inquirer_role(value: InquirerRole) -> str:
    return words.name(value, language())


def case_status(value: CaseStatus) -> str:
    return words.name(value, language())


def subject_display(kind: SubjectKind, alias: str) -> str:
    """What the list shows for the subject: the alias, "Anonymous", or the group's name."""
    return words.subject(kind, alias, language())


def day_text(day: date) -> str:
    """29.11.2026 in Danish: the one date form of the windows (see domain.labels.day_text)."""
    return words.day_text(day, language())


def clock_text(moment: datetime | time) -> str:
    return words.clock_text(moment, language())


def moment_text(moment: datetime) -> str:
    return words.moment_text(moment, language())


def number_text(value: int | float, decimals: int = 0) -> str:
    return words.number_text(value, language(), decimals)
