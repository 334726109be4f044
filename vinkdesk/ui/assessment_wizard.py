"""The level-assessment wizard: one page per step of the definition, rated by keyboard or mouse, left and
resumed at any page (the draft lives in the vault), ending in a summary where the counsellor decides. No key
or button closes it over unsaved answers without asking.

By keyboard each factor's rating is one tab stop that lands on the rating it has (a fresh factor: Unknown);
1–4 set absent, partly, present or unknown, ← → step the rating, ↑ ↓ go to the previous or next factor, and
Tab goes on to the factor's evidence and source. Focus alone never changes a rating, and Space does nothing on
a rating, so no key press records "absent" that the counsellor did not choose."""

from __future__ import annotations

import html
import logging
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vinkdesk.assessment import (
    RATING_NAMES,
    Definition,
    Rating,
    Suggestion,
    changes,
    choice_problem,
    is_minor,
    prompts_due,
    suggest,
)
from vinkdesk.assessment.definition import Indicator, Question, RecommendedAction, Step
from vinkdesk.domain import AssessmentDetail, Case, Level
from vinkdesk.session import ASSESSMENT_DRAFT, AssessmentRecord, NotificationDecision, Session
from vinkdesk.session.assessments import TickedAction
from vinkdesk.ui import labels
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.errors import explain
from vinkdesk.ui.leaving import SAVE_AND_CLOSE_KEYS, Leaving, ask_before_leaving, close_asks, escape_asks
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.vault.errors import VaultError

log = logging.getLogger(__name__)

RATINGS = (Rating.ABSENT, Rating.PARTLY, Rating.PRESENT, Rating.UNKNOWN)
# The digit that sets each rating, in the order the ratings stand on the screen.
RATING_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def rating_keys_text(language: str) -> str:
    """'1 Absent · 2 Partly · 3 Present · 4 Unknown', in the words the ratings show."""
    return " · ".join(f"{number} {RATING_NAMES[value](language)}" for number, value in enumerate(RATINGS, 1))


class RatingChoice(QWidget):
    """A factor's rating as one tab stop. Its four radio buttons take the mouse but never the focus; the
    keys go to this widget: 1–4 set a rating, ← → step it, ↑ ↓ ask the page for the previous or next factor.
    Getting the focus changes nothing, and Space does nothing (on a radio button it would have checked the
    one under the focus ring, which was "absent")."""

    moved = Signal(int)  # -1 up, +1 down: the page moves the focus to that factor
    changed = Signal()

    def __init__(self, label: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._language = language
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.buttons: dict[Rating, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        for number, value in enumerate(RATINGS):
            button = QRadioButton(RATING_NAMES[value](language))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop: this widget, not each button
            button.setToolTip(self.tr("Key %1").replace("%1", str(number + 1)))
            self.group.addButton(button, number)
            self.buttons[value] = button
            layout.addWidget(button)
        self.group.idToggled.connect(self._toggled)
        self.setAccessibleDescription(
            self.tr("1–4 or ← → set the rating (%1); ↑ ↓ go to the previous or next factor.").replace(
                "%1", rating_keys_text(language)
            )
        )

    def rating(self) -> Rating:
        return RATINGS[max(self.group.checkedId(), 0)]

    def set_rating(self, rating: Rating) -> None:
        self.buttons[rating].setChecked(True)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.setAccessibleName(f"{self._label}: {RATING_NAMES[self.rating()](self._language)}")
            self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, command = event.key(), bool(event.modifiers() & _COMMAND_MODIFIERS)
        index = RATINGS.index(self.rating())
        if not command and key in RATING_KEYS:
            self.set_rating(RATINGS[RATING_KEYS[Qt.Key(key)]])
        elif not command and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                step = -step
            self.set_rating(RATINGS[min(max(index + step, 0), len(RATINGS) - 1)])
        elif not command and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif not command and key == Qt.Key.Key_Space:
            pass  # never a rating by Space: the counsellor says which one by 1–4 or the arrows
        else:
            super().keyPressEvent(event)  # Enter (Next), Esc, Tab and the shortcuts go on to the wizard
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.hasFocus():  # the focus ring round the whole rating, not one button
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            painter.end()


class TickLabel(QLabel):
    """A check box's text that wraps: a click on it toggles the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._box.toggle()
        self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class WrappingScrollArea(QScrollArea):
    """Scrolls down, never sideways: its widget takes the pane's width and is as tall as its wrapped texts
    need at that width. (A plain scroll area sizes its widget by the size hint, not height-for-width: a
    wrapped help text got one line's height and the rating row was drawn over its second line, and long
    lines ran off to the right behind a sideways scroll bar.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        width = self.viewport().width()
        if inner is not None and layout is not None and width > 0 and layout.hasHeightForWidth():
            inner.setMinimumHeight(layout.heightForWidth(width))


class RatingRow(QFrame):
    """One indicator: its rating (one tab stop, see RatingChoice), evidence and its source."""

    def __init__(
        self,
        indicator: Indicator,
        definition: Definition,
        language: str,
        previous: Rating | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"<b>{html.escape(indicator.label(language))}</b>")
        title.setWordWrap(True)
        title.setToolTip(indicator.help(language))
        helper = QLabel(indicator.help(language))
        helper.setWordWrap(True)
        helper.setStyleSheet("color: #555;")
        self.choice = RatingChoice(indicator.label(language), language)
        self.group = self.choice.group
        self.buttons = self.choice.buttons
        buttons = QHBoxLayout()
        buttons.addWidget(self.choice)
        buttons.addStretch(1)
        self.previous = QLabel()
        self.previous.setStyleSheet("color: #6a4f00;")
        if previous is not None:
            self.previous.setText(self.tr("Last time: %1").replace("%1", RATING_NAMES[previous](language)))
        buttons.addWidget(self.previous)
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("What do you base it on? (optional)"))
        self.evidence.setAccessibleName(self.tr("Evidence for %1").replace("%1", indicator.label(language)))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source for %1").replace("%1", indicator.label(language)))
        self.source.addItem(self.tr("Source…"), "")
        for option in definition.sources:
            self.source.addItem(option.label(language), option.id)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence, 1)
        evidence_row.addWidget(self.source)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(helper)
        layout.addLayout(buttons)
        layout.addLayout(evidence_row)
        self.set_rating(Rating.UNKNOWN)  # never silently absent: unknown until the counsellor says otherwise

    def rating(self) -> Rating:
        return self.choice.rating()

    def set_rating(self, rating: Rating) -> None:
        self.choice.set_rating(rating)

    def note(self) -> dict[str, str] | None:
        text, source = self.evidence.text().strip(), str(self.source.currentData() or "")
        return {"text": text, "source": source} if text or source else None

    def set_note(self, note: dict[str, Any]) -> None:
        self.evidence.setText(str(note.get("text", "")))
        index = self.source.findData(str(note.get("source", "")))
        self.source.setCurrentIndex(max(index, 0))


class ContextPage(QWizardPage):
    def __init__(self, step: Step, language: str) -> None:
        super().__init__()
        self.step = step
        self.setTitle(step.title(language))
        intro = QLabel(step.intro(language))
        intro.setWordWrap(True)
        self.fields: dict[str, QWidget] = {}
        form = QGridLayout()
        for row, question in enumerate(step.questions):
            label = QLabel(question.label(language))
            widget = self._widget(question, language)
            label.setBuddy(widget)
            widget.setAccessibleName(question.label(language))
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, row, 1)
            self.fields[question.id] = widget
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)

    def _widget(self, question: Question, language: str) -> QWidget:
        if question.kind == "choice":
            combo = QComboBox()
            combo.addItem("–", "")
            for option in question.options:
                combo.addItem(option.label(language), option.id)
            return combo
        if question.kind == "number":
            spin = QSpinBox()
            spin.setRange((question.minimum or 0) - 1, question.maximum or 99)
            spin.setSpecialValueText(self.tr("not known"))
            spin.setValue(spin.minimum())
            return spin
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setMaximumHeight(90)
        return text

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for question_id, widget in self.fields.items():
            if isinstance(widget, QComboBox) and widget.currentData():
                values[question_id] = widget.currentData()
            elif isinstance(widget, QSpinBox) and widget.value() != widget.minimum():
                values[question_id] = widget.value()
            elif isinstance(widget, QPlainTextEdit) and widget.toPlainText().strip():
                values[question_id] = widget.toPlainText().strip()
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        for question_id, widget in self.fields.items():
            value = values.get(question_id)
            if value is None:
                continue
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QSpinBox) and isinstance(value, int):
                widget.setValue(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))


class IndicatorPage(QWizardPage):
    """One step's indicators. Its rows are built when the page first shows, a few at a time between events
    (building a page's dozen rows at once froze the windows for a tenth of a second), or all at once when
    asked for. Until a row is built the page keeps what it was given (a draft), and an unbuilt indicator is
    unknown."""

    FIRST_ROWS = 2  # built at once, so the page shows with its first question and the focus on it
    ROWS_PER_STEP = 2

    def __init__(
        self, step: Step, definition: Definition, language: str, previous: dict[str, Any] | None
    ) -> None:
        super().__init__()
        self.step = step
        self._definition = definition
        self._language = language
        self._previous = previous
        self._built: list[RatingRow] = []
        self._pending_ratings: dict[str, Rating] = {}
        self._pending_notes: dict[str, dict[str, Any]] = {}
        self._more = QTimer(self)  # the page's own, so it stops when the page goes
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._build_more)
        self.setTitle(step.title(language))
        intro = QLabel(step.intro(language))
        intro.setWordWrap(True)
        self.keys_hint = QLabel(
            self.tr(
                "1–4 or ← → set the rating (%1); ↑ ↓ go to the previous or next factor, Tab to its evidence. "
                "A factor you do not rate stays unknown. F1 lists every key."
            ).replace("%1", rating_keys_text(language))
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: #444;")
        self._inner = QWidget()
        self._inner_layout = QVBoxLayout(self._inner)
        self._inner_layout.addStretch(1)
        self._scroll = scroll = WrappingScrollArea()
        scroll.setWidget(self._inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from factor to factor, not to the pane
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keys_hint)
        layout.addWidget(scroll, 1)

    @property
    def complete(self) -> bool:
        return len(self._built) == len(self.step.indicators)

    @property
    def rows(self) -> list[RatingRow]:
        """Every row, built now if they are not yet."""
        self._build(len(self.step.indicators))
        return self._built

    def _build(self, count: int) -> None:
        previous = self._previous
        for indicator in self.step.indicators[len(self._built) : count]:
            before = Rating(previous[indicator.id]) if previous and indicator.id in previous else None
            row = RatingRow(indicator, self._definition, self._language, before)
            row.set_rating(self._pending_ratings.get(indicator.id, Rating.UNKNOWN))
            note = self._pending_notes.get(indicator.id)
            if note is not None:
                row.set_note(note)
            row.choice.moved.connect(lambda step, row=row: self._move(row, step))
            self._inner_layout.insertWidget(self._inner_layout.count() - 1, row)  # above the stretch
            if self._inner.isVisible():
                row.show()  # at once: a layout shows a widget added to a visible page only later
            self._built.append(row)
        self._scroll.fit_height()

    def focus_first(self) -> None:
        if not self._built:
            self._build(self.FIRST_ROWS)
        self._built[0].choice.setFocus(Qt.FocusReason.TabFocusReason)

    def _move(self, row: RatingRow, step: int) -> None:
        """↑ ↓ on a factor's rating: the focus to the previous or next factor's rating, shown in the pane."""
        index = self._built.index(row) + step
        if index >= len(self._built) and not self.complete:
            self._build(index + 1)
        if 0 <= index < len(self._built):
            target = self._built[index]
            target.choice.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(target)

    def _build_more(self) -> None:
        if not self.complete:
            self._build(len(self._built) + self.ROWS_PER_STEP)
            self._more.start()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if not self._built:
            self._build(self.FIRST_ROWS)
        self._more.start()

    def ratings(self) -> dict[str, Rating]:
        built = {row.indicator.id: row.rating() for row in self._built}
        return {
            i.id: built.get(i.id, self._pending_ratings.get(i.id, Rating.UNKNOWN))
            for i in self.step.indicators
        }

    def notes(self) -> dict[str, dict[str, Any]]:
        built = {row.indicator.id for row in self._built}
        notes = {key: note for key, note in self._pending_notes.items() if key not in built}
        notes.update({row.indicator.id: note for row in self._built if (note := row.note()) is not None})
        return notes

    def set_state(self, ratings: dict[str, Rating], notes: dict[str, dict[str, Any]]) -> None:
        self._pending_ratings = dict(ratings)
        self._pending_notes = dict(notes)
        for row in self._built:
            row.set_rating(ratings.get(row.indicator.id, Rating.UNKNOWN))
            if row.indicator.id in notes:
                row.set_note(notes[row.indicator.id])


class SummaryPage(QWizardPage):
    def __init__(self, step: Step, wizard: AssessmentWizard) -> None:
        super().__init__()
        self.step = step
        self._wizard = wizard
        language = wizard.language
        self.setTitle(step.title(language))
        self.suggestion: Suggestion | None = None
        self.suggested = QLabel()
        self.suggested.setWordWrap(True)
        self.suggested.setAccessibleName(self.tr("Suggested level"))
        self.mark = QLabel()
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.level_buttons: dict[Level, QRadioButton] = {}
        self.level_group = QButtonGroup(self)
        level_box = QGroupBox(self.tr("Your decision"))
        level_layout = QVBoxLayout(level_box)
        for level in Level:
            button = QRadioButton(labels.level_name(level))
            button.setIcon(labels.level_icon(level))
            self.level_group.addButton(button)
            self.level_buttons[level] = button
            level_layout.addWidget(button)
            button.toggled.connect(self._level_changed)
        self.justification = QPlainTextEdit()
        self.justification.setPlaceholderText(
            self.tr("Explain why you choose another level than the one suggested")
        )
        self.justification.setAccessibleName(self.tr("Justification"))
        self.justification.setTabChangesFocus(True)
        self.justification.setMaximumHeight(80)
        level_layout.addWidget(self.justification)
        self.actions_box = QGroupBox(self.tr("Add to the action plan"))
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.action_boxes: list[QWidget] = []  # the level's advice, then a row per action
        self.action_ticks: list[tuple[QCheckBox, RecommendedAction]] = []
        self.prompts_box = QGroupBox(self.tr("Duties"))
        self.prompts_layout = QVBoxLayout(self.prompts_box)
        self.prompt_widgets: dict[str, tuple[QRadioButton, DateField, QRadioButton, QLineEdit]] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        top = QHBoxLayout()
        top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.suggested, 1)
        inner_layout.addLayout(top)
        inner_layout.addWidget(self.changes)
        inner_layout.addWidget(level_box)
        inner_layout.addWidget(self.actions_box)
        inner_layout.addWidget(self.prompts_box)
        inner_layout.addStretch(1)
        self._scroll = scroll = WrappingScrollArea()
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802
        wizard, language = self._wizard, self._wizard.language
        self.suggestion = suggest(wizard.definition, wizard.answers())
        s = self.suggestion
        title, gaps = html.escape(self.tr("Suggested level")), html.escape(self.tr("What we do not know yet"))
        if s.undetermined:
            head = self.tr("Not determined: unknown is not the same as green. Gather information.")
            rated = self.tr("On what is rated: %1").replace("%1", labels.level_name(s.level))
            parts = [f"<h3>⚠ {html.escape(head)}</h3><p><b>{html.escape(rated)}</b></p>"]
        else:
            parts = [f"<h3>{title}: {html.escape(labels.level_name(s.level))}</h3>"]
        shown = s.reasons[1:] if s.undetermined else s.reasons  # the first says what the heading and list say
        parts += [f"<p>{html.escape(reason(language))}</p>" for reason in shown]
        if s.undetermined:  # every key item still unknown, the most critical first
            first = html.escape(self.tr("Find out first"))
            items = "".join(
                f"<li>{html.escape(wizard.definition.indicator(i).label(language))}</li>"
                for i in s.critical_unknowns
            )
            parts.append(f"<p><b>{first}:</b></p><ol>{items}</ol>")
        if s.gaps:
            parts.append(f"<p><b>{gaps}</b></p>")
            parts += [f"<p>⚠ {html.escape(gap.text(language))}</p>" for gap in s.gaps]
        self.suggested.setText("".join(parts))
        if s.undetermined:  # never a green mark on what is not known
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.mark.setPixmap(icon.pixmap(48, 48))
            self.mark.setAccessibleName(self.tr("Not determined"))
        else:
            self.mark.setPixmap(labels.level_icon(s.level, 48).pixmap(48, 48))
            self.mark.setAccessibleName(labels.level_name(s.level))
        self.changes.setText(self._changes_text())
        chosen = wizard.draft_choice or s.level
        self.level_buttons[chosen].setChecked(True)
        self._level_changed()
        self._scroll.fit_height()

    def _changes_text(self) -> str:
        wizard, language = self._wizard, self._wizard.language
        if wizard.previous is None or wizard.previous_definition is None:
            return self.tr("This is the case's first assessment.")
        found = changes(
            wizard.previous_definition, wizard.previous.answers, wizard.definition, wizard.answers()
        )
        head = self.tr("Changed since the assessment of %1:").replace(
            "%1", labels.day_text(wizard.previous.created_at.date())
        )
        if not found:
            return head + " " + self.tr("nothing.")
        items = []
        for change in found:
            before = RATING_NAMES[change.before](language) if change.before else self.tr("(new)")
            after = RATING_NAMES[change.after](language) if change.after else self.tr("(removed)")
            label = html.escape(change.label(language))
            items.append(f"<li>{label}: {html.escape(before)} → {html.escape(after)}</li>")
        return f"<b>{html.escape(head)}</b><ul>{''.join(items)}</ul>"

    def chosen_level(self) -> Level | None:
        for level, button in self.level_buttons.items():
            if button.isChecked():
                return level
        return None

    def _level_changed(self, *_args: object) -> None:
        if self.suggestion is None:
            return
        level = self.chosen_level()
        if level is None:
            return
        wizard, language = self._wizard, self._wizard.language
        undetermined_green = self.suggestion.undetermined and level is Level.GREEN
        self.justification.setEnabled(level != self.suggestion.level or undetermined_green)
        self.justification.setPlaceholderText(
            self.tr("Why green is right although key factors are unknown")
            if undetermined_green and level == self.suggestion.level
            else self.tr("Explain why you choose another level than the one suggested")
        )
        for box in self.action_boxes:
            box.setParent(None)
        self.action_boxes = []
        guidance = wizard.definition.guidance[level]
        advice = QLabel(guidance.advice(language))
        advice.setWordWrap(True)
        self.action_boxes.append(advice)
        self.actions_layout.addWidget(advice)
        self.action_ticks = []
        for action in guidance.actions:
            # The title wraps in a label beside the box (a check box's own text cannot wrap, and a long
            # action ran off the page's right edge); a click on it ticks the box, as on the box's own text.
            box = QCheckBox()
            box.setAccessibleName(action.title(language))
            box.setChecked(True)
            title = TickLabel(action.title(language), box)
            due = QLabel(self.due_text(action))
            due.setStyleSheet("color: #444;")
            box.setAccessibleDescription(due.text())
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(title, 1)
            row_layout.addWidget(due, 0, Qt.AlignmentFlag.AlignTop)
            self.action_boxes.append(row)
            self.action_ticks.append((box, action))
            self.actions_layout.addWidget(row)
        self._build_prompts(level)

    @staticmethod
    def due_day(action: RecommendedAction) -> date:
        """The day a ticked action falls due when the assessment is saved today, as the Session sets it."""
        return date.today() + timedelta(days=action.horizon_days)

    def due_text(self, action: RecommendedAction) -> str:
        day = labels.day_text(self.due_day(action))
        if action.horizon_days == 0:
            return self.tr("due today, %1").replace("%1", day)
        return self.tr("due %1").replace("%1", day)

    def _build_prompts(self, level: Level) -> None:
        wizard, language = self._wizard, self._wizard.language
        wizard.draft_prompts.update(self.prompt_state())  # what was entered comes back with the duty
        while self.prompts_layout.count():
            item = self.prompts_layout.takeAt(0)
            holder = item.widget() if item is not None else None
            if holder is not None:
                holder.setParent(None)
        self.prompt_widgets = {}
        due = prompts_due(wizard.definition, level, wizard.minor())
        self.prompts_box.setVisible(bool(due))
        words = {
            "duty_to_notify": (
                self.tr("The municipality was notified on"),
                self.tr("Not notified, because"),
            ),
            "police_referral": (self.tr("Referred on"), self.tr("Not referred, because")),
        }
        for name in due:
            text = QLabel(wizard.definition.prompts[name].text(language))
            text.setWordWrap(True)
            done = QRadioButton(words[name][0])
            on = DateField(date.today())  # typed digits: 29112026, 29.11
            on.setMaximumDate(date.today())
            on.setAccessibleName(words[name][0])
            not_done = QRadioButton(words[name][1])
            reason = QLineEdit()
            reason.setAccessibleName(words[name][1])
            group = QButtonGroup(self)
            group.addButton(done)
            group.addButton(not_done)
            row_done, row_not = QHBoxLayout(), QHBoxLayout()
            row_done.addWidget(done)
            row_done.addWidget(on)
            row_done.addStretch(1)
            row_not.addWidget(not_done)
            row_not.addWidget(reason, 1)
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.addWidget(text)
            holder_layout.addLayout(row_done)
            holder_layout.addLayout(row_not)
            self.prompts_layout.addWidget(holder)
            self.prompt_widgets[name] = (done, on, not_done, reason)
            entered = wizard.draft_prompts.get(name)
            if isinstance(entered, dict):
                done.setChecked(bool(entered.get("done")))
                not_done.setChecked(bool(entered.get("not_done")))
                try:
                    on.setDate(date.fromisoformat(str(entered.get("on", ""))))
                except ValueError:
                    pass  # no day kept: today stays
                reason.setText(str(entered.get("reason", "")))

    def prompt_state(self) -> dict[str, dict[str, Any]]:
        """What is entered for each duty shown, as the draft keeps it."""
        state: dict[str, dict[str, Any]] = {}
        for name, (done, on, not_done, reason) in self.prompt_widgets.items():
            if done.isChecked() or not_done.isChecked() or reason.text():
                state[name] = {
                    "done": done.isChecked(),
                    "on": on.date().isoformat(),
                    "not_done": not_done.isChecked(),
                    "reason": reason.text(),
                }
        return state

    def decisions(self) -> list[NotificationDecision] | str:
        """The decisions on the prompts, or the name of the prompt still unanswered."""
        found = []
        kinds = {"duty_to_notify": "duty-to-notify", "police_referral": "police-referral"}
        for name, (done, on, not_done, reason) in self.prompt_widgets.items():
            if done.isChecked() and on.acceptable():
                found.append(NotificationDecision(kinds[name], True, on.date()))
            elif not_done.isChecked() and reason.text().strip():
                found.append(NotificationDecision(kinds[name], False, reason=reason.text().strip()))
            else:
                return name
        return found

    def ticked_actions(self) -> list[TickedAction]:
        """The recommended actions ticked, each due its horizon after the assessment."""
        ticked = [(box, action) for box, action in self.action_ticks if box.isChecked()]
        return [TickedAction(action.id, box.accessibleName()) for box, action in ticked]

    def validatePage(self) -> bool:  # noqa: N802
        assert self.suggestion is not None
        problem = choice_problem(
            self.suggestion.level,
            self.chosen_level(),
            self.justification.toPlainText(),
            self.suggestion.undetermined,
        )
        if problem == "choose-level":
            self.message.setText(self.tr("Choose a level."))
            return False
        if problem == "justify":
            self.message.setText(self.tr("You chose another level than the one suggested: write why."))
            self.justification.setFocus()
            return False
        if problem == "justify-undetermined":
            self.message.setText(
                self.tr("Key factors are unknown, so green is not an all-clear: write why green is right.")
            )
            self.justification.setFocus()
            return False
        decisions = self.decisions()
        if isinstance(decisions, str):
            self.message.setText(self.tr("Answer the duty above: done on a date, or not done and why."))
            return False
        self.message.setText("")
        return True


class AssessmentWizard(QWizard):
    """Ctrl+S keeps the progress as a draft and stays open, on every page (see save_progress); Ctrl+Enter
    finishes on the summary and, before it, keeps the draft and closes. Esc and the window's close button
    close at once when nothing is unsaved, and otherwise ask: Save (on the summary), Keep as draft, Discard,
    or back to the assessment."""

    def __init__(
        self,
        session: Session,
        case: Case,
        definition: Definition,
        language: str,
        previous: AssessmentDetail | None = None,
        previous_definition: Definition | None = None,
        draft: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.definition = definition
        self.language = language
        self.previous = previous
        self.previous_definition = previous_definition
        self.saved_id: int | None = None
        self.draft_choice: Level | None = None
        self.draft_prompts: dict[str, Any] = {}  # the duties' answers, kept while the level changes
        self.resume_page: str | None = None
        self._closed = False
        self.setWindowTitle(self.tr("Level assessment – %1").replace("%1", case.ref))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save and &close"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Discard"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save assessment"))
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton2,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
            ]
        )
        self.customButtonClicked.connect(self._custom_button)
        fit_to_screen(self, 860, 720)
        self.context_pages: list[ContextPage] = []
        self.indicator_pages: list[IndicatorPage] = []
        self.summary: SummaryPage | None = None
        self._subtitles: dict[QWizardPage, str] = {}
        previous_answers = previous.answers if previous else None
        total = len(definition.steps)
        for number, step in enumerate(definition.steps, start=1):
            page: QWizardPage
            if step.kind == "context":
                page = ContextPage(step, language)
                self.context_pages.append(page)
            elif step.kind == "indicators":
                page = IndicatorPage(step, definition, language, previous_answers)
                self.indicator_pages.append(page)
            else:
                page = self.summary = SummaryPage(step, self)
            page.setSubTitle(self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(total)))
            self._subtitles[page] = page.subTitle()
            self.addPage(page)
        self.currentIdChanged.connect(self._focus_on_page)
        self._prefill()
        if draft:
            self.load_draft(draft)
        self._kept = self._progress()  # what "no unsaved changes" means
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_progress)
        for keys in SAVE_AND_CLOSE_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.save_and_close)
        # The main window's F1 is shadowed while this modal wizard is open: F1 here lists the wizard's keys.
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self).activated.connect(self.show_keys)

    def keys_text(self) -> str:
        rows = [
            (
                "1 · 2 · 3 · 4",
                self.tr("Rate the factor in focus: %1").replace("%1", rating_keys_text(self.language)),
            ),
            ("← →", self.tr("Step the factor's rating")),
            ("↑ ↓", self.tr("The previous or next factor")),
            ("Tab", self.tr("On to the factor's evidence and source, then the next factor")),
            ("Enter", self.tr("Next page")),
            ("Ctrl+S", self.tr("Keep as a draft and go on")),
            (
                "Ctrl+Enter",
                self.tr("On the last page: save the assessment; before it: keep the draft and close"),
            ),
            ("Esc", self.tr("Close (asks first when something is not kept)")),
        ]
        return (
            "<table>"
            + "".join(
                f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
                for k, v in rows
            )
            + "</table><p>"
            + html.escape(
                self.tr("Moving the focus never changes a rating: a factor you do not rate stays unknown.")
            )
            + "</p>"
        )

    def show_keys(self) -> None:
        QMessageBox.information(self, self.tr("Keys in the assessment"), self.keys_text())

    def _focus_on_page(self, _id: int) -> None:
        """A page of factors opens with the focus on its first factor's rating (the rows are built as the
        page shows, after the widgets Qt looks through for a first focus), never on a wizard button, so the
        keys 1–4 rate at once; and never changes a rating by it."""
        page, focus = self.currentPage(), QApplication.focusWidget()
        if isinstance(page, IndicatorPage) and (focus is None or not page.isAncestorOf(focus)):
            page.focus_first()

    def _prefill(self) -> None:
        age = self.case.age_on(date.today())
        for page in self.context_pages:
            page.set_values({"raised_by": self.case.referral_source.value, **({"age": age} if age else {})})

    def answers(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for page in self.context_pages:
            values.update(page.values())
        for indicator_page in self.indicator_pages:
            values.update({key: rating.value for key, rating in indicator_page.ratings().items()})
        return values

    def evidence(self) -> dict[str, Any]:
        return {key: note for page in self.indicator_pages for key, note in page.notes().items()}

    def minor(self) -> bool | None:
        age = self.answers().get("age")
        notify = self.definition.prompts.get("duty_to_notify")
        return is_minor(
            age if isinstance(age, int) else None,
            self.case.age_band_on(date.today()),
            notify.under_age if notify and notify.under_age else 18,
        )

    # --- drafts --------------------------------------------------------------------------------------------

    def draft_content(self) -> dict[str, Any]:
        page = self.currentPage()
        content: dict[str, Any] = {
            "definition_id": self.definition.id,
            "definition_version": self.definition.version,
            "page": page.step.id if isinstance(page, (ContextPage, IndicatorPage, SummaryPage)) else None,
            "answers": self.answers(),
            "evidence": self.evidence(),
        }
        summary = self.summary
        if summary is not None:
            chosen = summary.chosen_level() or self.draft_choice  # before the summary shows: the draft's
            if chosen is not None:
                content["chosen_level"] = chosen.value
            if summary.justification.toPlainText():
                content["justification"] = summary.justification.toPlainText()
            prompts = {**self.draft_prompts, **summary.prompt_state()}
            if prompts:
                content["prompts"] = prompts
        return content

    def _progress(self) -> dict[str, Any]:
        """The draft's content without what is not the counsellor's own change: the page shown, and the level
        the summary ticks by itself (the draft's choice, else the suggestion)."""
        content = self.draft_content()
        content.pop("page", None)
        summary = self.summary
        suggested = summary.suggestion.level if summary is not None and summary.suggestion else None
        ticked_by_itself = self.draft_choice or suggested
        if ticked_by_itself is not None and content.get("chosen_level") == ticked_by_itself.value:
            content.pop("chosen_level")
        return content

    def has_unsaved_changes(self) -> bool:
        """Whether anything was entered since the wizard opened or its draft was last kept."""
        return self._progress() != self._kept

    def load_draft(self, draft: dict[str, Any]) -> None:
        answers = draft.get("answers", {})
        for page in self.context_pages:
            page.set_values(answers)
        evidence = draft.get("evidence", {})
        for indicator_page in self.indicator_pages:
            ratings: dict[str, Rating] = {}
            notes: dict[str, dict[str, Any]] = {}
            for indicator in indicator_page.step.indicators:
                try:
                    ratings[indicator.id] = Rating(answers.get(indicator.id, "unknown"))
                except ValueError:
                    ratings[indicator.id] = Rating.UNKNOWN
                note = evidence.get(indicator.id) if isinstance(evidence, dict) else None
                if isinstance(note, dict):
                    notes[indicator.id] = note
            indicator_page.set_state(ratings, notes)
        if draft.get("chosen_level") in {level.value for level in Level}:
            self.draft_choice = Level(draft["chosen_level"])
        if self.summary is not None and draft.get("justification"):
            self.summary.justification.setPlainText(str(draft["justification"]))
        prompts = draft.get("prompts")
        if isinstance(prompts, dict):
            self.draft_prompts = dict(prompts)
        left_at = draft.get("page")
        self.resume_page = left_at if isinstance(left_at, str) else None

    def start_at_saved_page(self) -> None:
        """After restart(): go forward to the page the counsellor left from."""
        target = self.resume_page
        steps = [step.id for step in self.definition.steps]
        if target in steps:
            for _ in range(steps.index(target)):
                self.next()

    def save_draft(self) -> str | None:
        """Keep the unfinished assessment in the vault; why it could not be kept (in the user's language)."""
        if self.session.is_locked:
            return None
        try:
            self.session.save_draft(ASSESSMENT_DRAFT, self.draft_content(), case_id=self.case.id)
        except VaultError as error:  # past the draft limit, or a full disk: it must never stop a lock
            reason: str = explain(error)
            return reason
        self._kept = self._progress()
        status = self.tr("Draft saved %1").replace("%1", labels.clock_text(datetime.now()))
        for page, subtitle in self._subtitles.items():
            page.setSubTitle(f"{subtitle} · {status}")
        return None

    def save_progress(self) -> bool:
        """Ctrl+S keeps what is entered as a draft and stays open, on every page, the summary included:
        finishing records a level and the duties' decisions, and is a decision the counsellor takes with
        Finish (or Ctrl+Enter on the summary), never by the habit of pressing Ctrl+S."""
        problem = self.save_draft()
        if problem is not None:  # stay open, so nothing entered is lost
            QMessageBox.warning(self, self.windowTitle(), problem)
            return False
        return True

    def save_and_close(self) -> bool:
        """Ctrl+Enter: on the summary, finish (the assessment is saved, if the summary's checks pass); on an
        earlier page there is nothing to finish yet, so keep the draft and close, as Save and close does."""
        if self.currentPage() is self.summary:
            self.accept()
            return self._closed
        return self.leave()

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.leave()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.discard()

    def discard(self) -> bool:
        """The Discard button: throw the unfinished assessment away, after asking (No is the default)."""
        answer = QMessageBox.question(
            self,
            self.tr("Discard the assessment?"),
            self.tr("Everything entered in this assessment will be deleted."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if self._closed or answer != QMessageBox.StandardButton.Yes:
            return self._closed
        return self._discard_now()

    def _discard_now(self) -> bool:
        if not self.session.is_locked:
            try:
                self.session.discard_draft(ASSESSMENT_DRAFT, case_id=self.case.id)
            except VaultError as error:
                QMessageBox.warning(self, self.windowTitle(), explain(error))
                return False
        self._close()
        return True

    def leave(self) -> bool:
        """Save the draft and close: the assessment goes on later from the same page."""
        problem = self.save_draft()
        if problem is not None:  # stay open, so nothing entered is lost
            QMessageBox.warning(self, self.windowTitle(), problem)
            return False
        self._close()
        return True

    def cancel(self) -> bool:
        """Esc and the window's close button. Nothing unsaved: close (a draft kept before stays). Otherwise
        ask: Save (on the summary only, where the assessment can be finished), Keep as draft, Discard, or
        back to the assessment, which is the default. True when the wizard closed."""
        if self._closed:
            return True
        if not self.has_unsaved_changes():
            self._close()
            return True
        on_summary = self.currentPage() is self.summary
        choice = ask_before_leaving(
            self,
            self.tr("The assessment is not finished."),
            self.tr(
                "Keep as draft keeps what you entered inside the vault, to go on later from this page. "
                "Discard deletes the unfinished assessment."
            ),
            save=on_summary,
            keep_draft=True,
        )
        if self._closed:  # the vault locked while the question was open
            return True
        if choice is Leaving.SAVE:
            self.accept()
            return self._closed
        if choice is Leaving.KEEP_DRAFT:
            return self.leave()
        if choice is Leaving.DISCARD:
            return self._discard_now()
        return False

    def _close(self) -> None:
        self._closed = True
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not escape_asks(event, self.cancel):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        close_asks(event, self._closed, self.isVisible(), self.cancel)

    def reject(self) -> None:
        """Closing from code rather than by the user's key or button: no question; what was entered stays
        as a draft."""
        if self._closed:
            return
        if self.has_unsaved_changes() and self.save_draft() is not None:
            log.warning("the assessment's draft could not be kept when the wizard was closed from code")
        self._close()

    def close_for_lock(self) -> str | None:
        """The vault locks: keep the draft, close without asking (a question still open goes too), and leave
        no text typed in the widgets. Returns what the user must be told after the next unlock when the
        draft could not be kept (the lock wins)."""
        lost: str | None = None
        if not self._closed and self.has_unsaved_changes() and (reason := self.save_draft()) is not None:
            log.warning("the assessment's draft could not be kept at lock")
            lost = (
                self.tr(
                    "When vinkdesk locked, the unfinished assessment of case %1 could not be kept, so what "
                    "was entered after its last saved draft is lost. The reason: %2"
                )
                .replace("%1", self.case.ref)
                .replace("%2", reason)
            )
        for question in self.findChildren(QMessageBox):
            question.reject()
        for text in self.findChildren(QPlainTextEdit):
            text.clear()
        for line in self.findChildren(QLineEdit):
            if not isinstance(line.parent(), QAbstractSpinBox):  # a spin box's own line edit holds a number
                line.clear()
        if not self._closed:
            self._close()
        return lost

    # --- finishing -----------------------------------------------------------------------------------------

    def accept(self) -> None:
        summary = self.summary
        assert summary is not None and summary.suggestion is not None
        if not self.validateCurrentPage():  # the summary's own checks, before anything is written
            return
        decisions = summary.decisions()
        if isinstance(decisions, str):
            return
        suggestion = summary.suggestion
        record = AssessmentRecord(
            definition_id=self.definition.id,
            definition_version=self.definition.version,
            answers=self.answers(),
            evidence=self.evidence(),
            suggested_level=suggestion.level,
            reasons=[{"da": r.da, "en": r.en} for r in suggestion.reasons],
            gaps=[{"da": g.text.da, "en": g.text.en} for g in suggestion.gaps],
            chosen_level=summary.chosen_level(),
            justification=summary.justification.toPlainText(),
            undetermined=suggestion.undetermined,
        )
        try:
            self.saved_id = self.session.finish_assessment(
                self.case.id, record, summary.ticked_actions(), decisions
            )
        except VaultError as error:  # nothing was written: the counsellor can correct and finish again
            summary.message.setText(explain(error))
            return
        self._closed = True
        super().accept()
