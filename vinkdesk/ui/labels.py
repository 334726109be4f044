"""The words the windows use for the domain's values, translated, and the level's mark: a name, a colour and a
shape, so a level is never told by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
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


def level_name(level: Level | None) -> str:
    return {
        Level.GREEN: QCoreApplication.translate("Labels", "Green – preventive"),
        Level.YELLOW: QCoreApplication.translate("Labels", "Yellow – pre-emptive"),
        Level.RED: QCoreApplication.translate("Labels", "Red – interventive"),
        None: QCoreApplication.translate("Labels", "Not assessed"),
    }[level]


def level_short(level: Level | None) -> str:
    return {
        Level.GREEN: QCoreApplication.translate("Labels", "Green"),
        Level.YELLOW: QCoreApplication.translate("Labels", "Yellow"),
        Level.RED: QCoreApplication.translate("Labels", "Red"),
        None: QCoreApplication.translate("Labels", "None"),
    }[level]


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


def subject_kind(kind: SubjectKind) -> str:
    return {
        SubjectKind.PERSON: QCoreApplication.translate("Labels", "Named person (alias)"),
        SubjectKind.ANONYMOUS: QCoreApplication.translate("Labels", "Anonymous person"),
        SubjectKind.GROUP: QCoreApplication.translate("Labels", "Group"),
    }[kind]


def district(value: District) -> str:
    names = {
        District.INDRE_BY: "Indre By",
        District.OESTERBRO: "Østerbro",
        District.NOERREBRO: "Nørrebro",
        District.VESTERBRO: "Vesterbro/Kongens Enghave",
        District.VALBY: "Valby",
        District.VANLOESE: "Vanløse",
        District.BROENSHOEJ: "Brønshøj-Husum",
        District.BISPEBJERG: "Bispebjerg",
        District.AMAGER_OEST: "Amager Øst",
        District.AMAGER_VEST: "Amager Vest",
    }
    if value is District.OUTSIDE:
        return QCoreApplication.translate("Labels", "Outside the municipality")
    if value is District.UNKNOWN:
        return QCoreApplication.translate("Labels", "Unknown")
    return names[value]


def age_band(value: AgeBand) -> str:
    return {
        AgeBand.UNDER_12: QCoreApplication.translate("Labels", "Under 12"),
        AgeBand.AGE_12_14: QCoreApplication.translate("Labels", "12–14"),
        AgeBand.AGE_15_17: QCoreApplication.translate("Labels", "15–17"),
        AgeBand.AGE_18_24: QCoreApplication.translate("Labels", "18–24"),
        AgeBand.AGE_25_PLUS: QCoreApplication.translate("Labels", "25 and over"),
        AgeBand.UNKNOWN: QCoreApplication.translate("Labels", "Unknown"),
    }[value]


def gender(value: Gender) -> str:
    return {
        Gender.FEMALE: QCoreApplication.translate("Labels", "Female"),
        Gender.MALE: QCoreApplication.translate("Labels", "Male"),
        Gender.OTHER: QCoreApplication.translate("Labels", "Other"),
        Gender.UNKNOWN: QCoreApplication.translate("Labels", "Unknown"),
    }[value]


def concern_type(value: ConcernType) -> str:
    return {
        ConcernType.RIGHT_WING: QCoreApplication.translate("Labels", "Right-wing extremism"),
        ConcernType.LEFT_WING: QCoreApplication.translate("Labels", "Left-wing extremism"),
        ConcernType.MILITANT_ISLAMISM: QCoreApplication.translate("Labels", "Militant Islamism"),
        ConcernType.OTHER_MIXED: QCoreApplication.translate("Labels", "Other or mixed"),
        ConcernType.UNCLEAR: QCoreApplication.translate("Labels", "Unclear"),
    }[value]


def referral_source(value: ReferralSource) -> str:
    return {
        ReferralSource.SCHOOL: QCoreApplication.translate("Labels", "School"),
        ReferralSource.YOUTH_CLUB: QCoreApplication.translate("Labels", "Youth club / SSP"),
        ReferralSource.SOCIAL_SERVICES: QCoreApplication.translate("Labels", "Social services"),
        ReferralSource.FAMILY: QCoreApplication.translate("Labels", "Parents or relatives"),
        ReferralSource.POLICE: QCoreApplication.translate("Labels", "Police"),
        ReferralSource.PROBATION: QCoreApplication.translate("Labels", "Probation service"),
        ReferralSource.SELF: QCoreApplication.translate("Labels", "The person themselves"),
        ReferralSource.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        Channel.PHONE: QCoreApplication.translate("Labels", "Phone"),
        Channel.VISIT: QCoreApplication.translate("Labels", "Visit"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
    }[value]


def inquirer_role(value: InquirerRole) -> str:
    return {
        InquirerRole.TEACHER: QCoreApplication.translate("Labels", "Teacher"),
        InquirerRole.SOCIAL_WORKER: QCoreApplication.translate("Labels", "Social worker"),
        InquirerRole.CLUB_WORKER: QCoreApplication.translate("Labels", "Club worker"),
        InquirerRole.PARENT: QCoreApplication.translate("Labels", "Parent"),
        InquirerRole.POLICE: QCoreApplication.translate("Labels", "Police"),
        InquirerRole.HEALTH: QCoreApplication.translate("Labels", "Health worker"),
        InquirerRole.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def case_status(value: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[value]


def subject_display(kind: SubjectKind, alias: str) -> str:
    """What the list shows for the subject: the alias, "Anonymous", or the group's name."""
    if kind is SubjectKind.ANONYMOUS:
        return QCoreApplication.translate("Labels", "Anonymous")
    if kind is SubjectKind.GROUP:
        return QCoreApplication.translate("Labels", "Group: %1").replace("%1", alias)
    return alias
