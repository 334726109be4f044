"""Danish is the working language: every string the windows show has a finished Danish translation, and the
compiled .qm that ships is the one built from the .ts source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import vinkdesk.ui

I18N = Path(vinkdesk.ui.__file__).parent / "i18n"
TS = I18N / "vinkdesk_da.ts"
QM = I18N / "vinkdesk_da.qm"
EN_TS = I18N / "vinkdesk_en.ts"
EN_QM = I18N / "vinkdesk_en.qm"
BIN = Path(sys.executable).parent


def messages(path: Path) -> list[tuple[str, str, str | None]]:
    """(source, translation, type) per message; a plural message's forms joined by " | " (an empty form
    leaves an empty part, which counts as unfinished)."""
    found = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = "" if not forms or not all(f.strip() for f in forms) else " | ".join(forms)
        else:
            text = translation.text or ""
        found.append((message.findtext("source") or "", text, translation.get("type")))
    return found


def test_every_string_in_the_ts_has_a_finished_translation_with_its_placeholders() -> None:
    found = messages(TS)
    assert len(found) > 200
    unfinished = [source for source, text, kind in found if kind in {"unfinished"} or not text.strip()]
    assert unfinished == []
    for source, text, _kind in found:
        for form in text.split(" | "):
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", form)), source
            assert ("%n" in source) == ("%n" in form), source


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    ui = Path(vinkdesk.ui.__file__).parent
    sources = sorted(str(p) for p in [*ui.glob("*.py"), *ui.glob("presenters/*.py")])
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    missing = [source for source, text, kind in messages(copy) if kind == "unfinished" or not text.strip()]
    assert missing == [], "run `make translations` and translate these"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    for ts, qm in ((TS, QM), (EN_TS, EN_QM)):
        fresh = tmp_path / "fresh.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True
        )
        assert fresh.read_bytes() == qm.read_bytes(), qm.name


def test_english_counts_in_words_not_with_brackets(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """English is the source language, but "%n page(s)" must read "1 page" and "3 pages": every plural
    message of the code has both English forms, and the windows in English show them."""
    copy = tmp_path / "check_en.ts"
    shutil.copy(EN_TS, copy)
    ui = Path(vinkdesk.ui.__file__).parent
    sources = sorted(str(p) for p in [*ui.glob("*.py"), *ui.glob("presenters/*.py")])
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-pluralonly", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    found = messages(copy)
    assert len(found) >= 10
    assert [source for source, text, kind in found if kind == "unfinished" or not text.strip()] == []
    assert not [text for _s, text, _k in found if "(s)" in text]

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from vinkdesk.ui.i18n import Languages

    languages = Languages(QApplication.instance())
    languages.apply("en")
    try:
        say = QCoreApplication.translate
        assert say("PrintPreview", "%n page(s)", None, 1) == "1 page"
        assert say("PrintPreview", "%n page(s)", None, 3) == "3 pages"
    finally:
        languages.apply("en")


def test_qts_own_dialogs_speak_danish(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's file dialog and message-box buttons come from Qt's catalogue (plus the two labels it misses), so a
    Danish user never meets "Look in:" or "Cancel"."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

    from vinkdesk.ui.i18n import Languages

    languages = Languages(QApplication.instance())  # type: ignore[arg-type]
    languages.apply("da")
    try:
        assert any(Path(name).name in {"qt_da.qm", "qtbase_da.qm"} for name in languages.loaded())
        dialog = QFileDialog(None, "Gem")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Kig i:", "&Filnavn:", "Filer af &typen:"} <= labels, labels
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert [button.text() for button in box.buttons()] == ["Annuller"]
    finally:
        languages.apply("en")


def test_every_translated_text_in_the_code_is_in_the_ts() -> None:
    """lupdate does not look inside f-strings, so a `self.tr('…')` written there never reaches the .ts and
    shows in English in the Danish windows ("No case chosen" did). Python's own parser sees every call."""
    import ast

    sources = {source for source, _text, _kind in messages(TS)}
    ui = Path(vinkdesk.ui.__file__).parent
    unseen = []
    for path in [*ui.glob("*.py"), *ui.glob("presenters/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            index = {"tr": 0, "translate": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            text = node.args[index]
            if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value not in sources:
                unseen.append(f"{path.name}:{node.lineno} {text.value!r}")
    assert unseen == [], "lupdate cannot see these (inside an f-string?): translate them outside it"
