"""Languages: vinkdesk's own translations (.qm compiled from the .ts sources beside this file) and Qt's own
(qt_da, else qtbase_da, from PySide6's translations folder), so file dialogs, message-box and wizard buttons
speak the same language as the windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

HERE = Path(__file__).resolve().parent / "i18n"

# Qt's own Danish catalogue (PySide6 6.11) still carries the file dialog's labels from before they got their
# mnemonics ("Look in:", "Files of type:"), so Qt's widget file dialog would show these two in English.
# They are Qt's strings, not ours: lupdate cannot keep them in vinkdesk_da.ts (it finds no source for them),
# so they live here, keyed as Qt asks for them (context, source).
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "da": {
        ("QFileDialog", "&Look in:"): "&Kig i:",
        ("QFileDialog", "Files of &type:"): "Filer af &typen:",
    },
}


class QtGaps(QTranslator):
    """Answers only the few of Qt's own strings its catalogue misses; other translators answer the rest."""

    def __init__(self, words: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = words

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None reaches Qt as a null string, "not mine": Qt then asks the next translator. An empty string
        # would be taken as the translation and blank every label.
        return self._words.get((context, source_text))

    def isEmpty(self) -> bool:
        return not self._words


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
            # English is the source language; its catalogue holds only plural forms ("%n page(s)" → 1 page).
            self._install_file("vinkdesk_en", str(HERE))
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # qt_<language> is a catalogue of Qt's modules (qtbase, qtmultimedia, …) where the wheel ships it;
        # qtbase_<language> alone has every string the widgets use.
        for name in (f"qt_{language}", f"qtbase_{language}"):
            if self._install_file(name, qt_dir):
                break
        if language in QT_GAPS:
            gaps = QtGaps(QT_GAPS[language], self._app)
            self._app.installTranslator(gaps)
            self._installed.append(gaps)
        self._install_file(f"vinkdesk_{language}", str(HERE))

    def loaded(self) -> list[str]:
        """The translation files in use (for the About box and the tests)."""
        return [translator.filePath() for translator in self._installed if translator.filePath()]

    def _install_file(self, name: str, folder: str) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, folder):
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True
