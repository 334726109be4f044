"""Before the right-of-access report is made: may the person see who raised the concern? The report always
says that a concern was raised and by which kind of source; the source's name and contact only where the
counsellor decides so under the access rules. Not included unless ticked; nothing to tick for an anonymous
source, or where no name or contact is recorded, and the dialog says why."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain.casework import ConcernSource


class AccessExportDialog(QDialog):
    """Asks one thing, then the report is made: `include_source_name()` is the counsellor's decision."""

    def __init__(self, ref: str, source: ConcernSource | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Right-of-access report – %1").replace("%1", ref))
        self.setMinimumWidth(600)
        intro = QLabel(
            self.tr(
                "The report gives the person what your notes hold about them and what GDPR article 15 "
                "asks besides. It says that a concern was raised and by which kind of source (its role "
                "and organisation)."
            )
        )
        intro.setWordWrap(True)
        self.include = QCheckBox(self.tr("&Include the name and contact of who raised the concern"))
        self.include.setChecked(False)  # withheld unless the counsellor decides otherwise
        self.rule = QLabel(
            self.tr(
                "You decide this under the access rules. The person's right of access may be limited to "
                "protect others, among them whoever raised the concern (databeskyttelsesloven § 22): their "
                "identity may be withheld. Tick it only once you have weighed that the person may see it."
            )
        )
        self.rule.setWordWrap(True)
        self.why_not = QLabel()
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet("color: #555;")
        reason = self._nothing_to_include(source)
        if reason is not None:
            self.include.setEnabled(False)
            self.why_not.setText(reason)
        else:
            self.why_not.hide()
        self.include.setAccessibleDescription(self.rule.text())
        self.buttons = QDialogButtonBox()
        self.make_button = QPushButton(self.tr("&Make report"))
        self.make_button.setDefault(True)  # the safe choice is the default: the name is left out
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        heading = QLabel("<b>" + html.escape(self.tr("Who raised the concern")) + "</b>")
        # What the tick means sits under it, indented to its text: one question, its rule, why not.
        under = QVBoxLayout()
        under.setContentsMargins(self.include.iconSize().width() + 10, 0, 0, 0)
        under.addWidget(self.why_not)
        under.addWidget(self.rule)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.include)
        layout.addLayout(under)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        (self.include if self.include.isEnabled() else self.make_button).setFocus()

    def _nothing_to_include(self, source: ConcernSource | None) -> str | None:
        """Why there is no name to include, or None when there is one."""
        if source is None:
            return self.tr(
                "Who raised the concern is not recorded on this case: there is no name to include."
            )
        if source.anonymous:
            return self.tr(
                "The concern was raised anonymously: no name or contact is kept, so there is none to include."
            )
        if not source.name and not source.contact:
            return self.tr(
                "No name or contact of who raised the concern is recorded: there is nothing to include."
            )
        return None

    def include_source_name(self) -> bool:
        return self.include.isEnabled() and self.include.isChecked()
