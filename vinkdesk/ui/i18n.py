"""Languages: vinkdesk's own translations (.qm compiled from the .ts sources beside this file) and Qt's own
(qtbase), so dialog and wizard buttons speak the same language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

HERE = Path(__file__).resolve().parent / "i18n"


class Languages:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = "en"

    def apply(self, language: str) -> None:
        """Install the translators for language ("da" or "en"); English is the source language."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.current = language
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Danish if language == "da" else QLocale.Language.English,
                QLocale.Country.Denmark,
            )
        )
        if language == "en":
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir), (f"vinkdesk_{language}", str(HERE))):
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
