"""Reading a finished assessment, in the words of the definition version it was made with."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from vinkdesk.assessment import RATING_NAMES, Definition, Rating, read
from vinkdesk.domain import AssessmentDetail
from vinkdesk.ui import labels
from vinkdesk.ui.screen import fit_to_screen


def stored_text(value: Any, language: str) -> str:
    """Reasons and gaps are kept in both languages; older rows may hold one plain string."""
    if isinstance(value, dict):
        return str(value.get(language) or value.get("da") or "")
    return str(value)


class AssessmentView(QDialog):
    def __init__(
        self, detail: AssessmentDetail, definition: Definition, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Assessment of %1").replace("%1", labels.day_text(detail.created_at.date()))
        )
        fit_to_screen(self, 760, 680)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Assessment"))
        self.browser.setHtml(self.assessment_html(detail, definition, language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def assessment_html(self, detail: AssessmentDetail, definition: Definition, language: str) -> str:
        e = html.escape
        made, draft = e(self.tr("Made")), e(self.tr("draft"))
        chosen, suggested = e(self.tr("Chosen level")), e(self.tr("Suggested level"))
        justification, gaps = e(self.tr("Justification")), e(self.tr("What we do not know yet"))
        undetermined = e(self.tr("not determined: key factors unknown"))
        parts = [
            f"<h2>{e(definition.title(language))}</h2>",
            f"<p>{made} {e(labels.moment_text(detail.created_at))} · {e(definition.id)} v{definition.version}"
            + ("" if detail.final else f" · <b>{draft}</b>")
            + "</p>",
            f"<p><b>{chosen}:</b> {e(labels.level_name(detail.chosen_level))}<br>"
            f"<b>{suggested}:</b> {e(labels.level_name(detail.suggested_level))}"
            + (f" ({undetermined})" if detail.undetermined else "")
            + "</p>",
        ]
        if detail.justification:
            parts.append(f"<p><b>{justification}:</b> {e(detail.justification)}</p>")
        if detail.reasons:
            parts.append(
                "<ul>" + "".join(f"<li>{e(stored_text(r, language))}</li>" for r in detail.reasons) + "</ul>"
            )
        if detail.gaps:
            items = "".join(f"<li>{e(stored_text(g, language))}</li>" for g in detail.gaps)
            parts.append(f"<p><b>{gaps}</b></p><ul>{items}</ul>")
        for title, rows in read(definition, detail.answers, detail.evidence):
            parts.append(f"<h3>{e(title(language))}</h3><table cellpadding='3'>")
            for row in rows:
                weight = "b" if row.rating is Rating.PRESENT else "span"
                note = e(row.evidence) + (f" ({e(row.source(language))})" if row.source else "")
                parts.append(
                    f"<tr><td>{e(row.indicator.label(language))}</td>"
                    f"<td><{weight}>{e(RATING_NAMES[row.rating](language))}</{weight}></td>"
                    f"<td style='color:#555'>{note}</td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)
