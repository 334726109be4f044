"""What the windows say when the core refuses: a sentence in the user's language for each kind of error, with
the core's own (English, technical) detail kept underneath for whoever helps them."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vinkdesk.vault.errors import (
    BackupError,
    HomeNotWritable,
    KeysFileError,
    SchemaTooNew,
    SlotRefused,
    VaultCorrupt,
    VaultError,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)


def explain(error: BaseException) -> str:
    """One or two sentences the user can act on; the technical detail follows on its own line."""
    sync = _explain_sync(error)
    if sync is not None:
        return sync
    if isinstance(error, VaultError) and error.danish:
        from vinkdesk.ui.labels import language

        return error.text(language())  # disk full, I/O error, busy, already open: in the core's words
    from vinkdesk.session.errors import InvalidInput, NotFound, PermissionDenied
    from vinkdesk.vault.files import OutputRefused

    if isinstance(error, OutputRefused):
        return (
            QCoreApplication.translate(
                "Errors",
                "Nothing was saved there: the file would land in the vault's own folder, on one of "
                "vinkdesk's own files, or on something that is not a plain file. Choose another folder or "
                "file name.",
            )
            + f"\n({error})"
        )

    if isinstance(error, InvalidInput):
        from vinkdesk.ui.forms import field_message

        return str(
            field_message(
                error.field,
                QCoreApplication.translate("Errors", "This cannot be saved as it is: check what you entered.")
                + f"\n({error})",
            )
        )
    if isinstance(error, PermissionDenied):
        return (
            QCoreApplication.translate("Errors", "Your role does not allow this. Nothing was changed.")
            + f"\n({error})"
        )
    if isinstance(error, NotFound):
        return (
            QCoreApplication.translate(
                "Errors", "This is no longer in the vault (it may have been deleted). Nothing was changed."
            )
            + f"\n({error})"
        )
    sentences: list[tuple[type[BaseException], str]] = [
        (WrongPassphrase, QCoreApplication.translate("Errors", "That passphrase does not open this vault.")),
        (
            VaultCorrupt,
            QCoreApplication.translate(
                "Errors",
                "The vault's database is damaged or belongs to another vault. Nothing was changed: restore "
                "the vault from your latest backup.",
            ),
        ),
        (
            KeysFileError,
            QCoreApplication.translate(
                "Errors",
                "The vault's key file is missing, damaged or altered. Restore vault.keys from your backup.",
            ),
        ),
        (
            SchemaTooNew,
            QCoreApplication.translate(
                "Errors", "This vault was last used by a newer vinkdesk. Update vinkdesk to open it."
            ),
        ),
        (
            HomeNotWritable,
            QCoreApplication.translate(
                "Errors", "vinkdesk cannot write in the vault's folder. Choose a folder you can write in."
            ),
        ),
        (
            WeakPassphrase,
            QCoreApplication.translate("Errors", "The passphrase is too short: use at least 10 characters."),
        ),
        (SlotRefused, QCoreApplication.translate("Errors", "That change to the passphrases was refused.")),
        (BackupError, QCoreApplication.translate("Errors", "The backup could not be used.")),
        (VaultLocked, QCoreApplication.translate("Errors", "The vault is locked. Unlock it again.")),
    ]
    for kind, sentence in sentences:
        if isinstance(error, kind):
            return f"{sentence}\n({error})" if not isinstance(error, WrongPassphrase) else sentence
    from vinkdesk.assessment import DefinitionError

    if isinstance(error, DefinitionError):
        return (
            QCoreApplication.translate(
                "Errors",
                "The assessment form this needs cannot be read; it may belong to a newer vinkdesk. Update "
                "vinkdesk, or ask whoever supports it.",
            )
            + f"\n({error})"
        )
    if isinstance(error, VaultError):
        return QCoreApplication.translate("Errors", "The vault refused this. Nothing was changed.") + (
            f"\n({error})"
        )
    strerror = getattr(error, "strerror", None)
    if isinstance(error, OSError) and strerror:
        return QCoreApplication.translate("Errors", "The folder could not be used: %1").replace(
            "%1", strerror
        )
    return QCoreApplication.translate(
        "Errors", "Something unexpected stopped this (%1). Nothing was changed."
    ).replace("%1", type(error).__name__)


T = TypeVar("T")


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """The one way a window tells of a refused or failed act: a warning in the user's language."""
    QMessageBox.warning(parent, title, explain(error))


def guard(parent: QWidget | None, title: str, work: Callable[[], T]) -> T | None:
    """Run a slot's work; any error it raises is shown (never swallowed, never only printed). None then."""
    try:
        return work()
    except Exception as error:  # noqa: BLE001 - every error is shown to the user in their language
        show_error(parent, title, error)
        return None


def shown_in(parent: QWidget | None, title: str) -> Callable[[Exception], None]:
    """An on_failed for DbWorker.submit that shows the error."""
    return lambda error: show_error(parent, title, error)


def _explain_sync(error: BaseException) -> str | None:
    """The sync's and the coordinator's refusals, with the fingerprints they name."""
    from vinkdesk.coordinator.errors import CoordinatorError, ReleaseRefused
    from vinkdesk.sync.errors import (
        CoordinatorChanged,
        CoordinatorKeyUnusable,
        CoordinatorMismatch,
        CoordinatorNotConfirmed,
    )
    from vinkdesk.sync.share import ShareUnavailable

    if isinstance(error, CoordinatorNotConfirmed):
        return QCoreApplication.translate(
            "Errors",
            "Nothing was sent: confirm the coordinator first. The key on the share has the fingerprint %1; "
            "compare it with the one the coordinator reads out to you, and type it under Coordinator.",
        ).replace("%1", error.found)
    if isinstance(error, CoordinatorMismatch):
        return (
            QCoreApplication.translate(
                "Errors",
                "The fingerprint you typed (%1) is not that of the coordinator's key on the share "
                "(%2). Nothing "
                "was sent and nothing was trusted: call the coordinator and compare again.",
            )
            .replace("%1", error.typed)
            .replace("%2", error.found)
        )
    if isinstance(error, CoordinatorChanged):
        return (
            QCoreApplication.translate(
                "Errors",
                "The coordinator's key on the share has changed: this laptop trusts %1, the share "
                "now holds %2. "
                "Nothing was sent. Call the coordinator: if they did not replace their key, someone else put "
                "this one there.",
            )
            .replace("%1", error.pinned)
            .replace("%2", error.found)
        )
    if isinstance(error, CoordinatorKeyUnusable):
        return (
            QCoreApplication.translate(
                "Errors",
                "The coordinator's key on the share cannot be used. Nothing was sent; tell the coordinator.",
            )
            + f"\n({error.detail})"
        )
    if isinstance(error, ShareUnavailable):
        return (
            QCoreApplication.translate(
                "Errors",
                "The share folder cannot be reached, written or trusted; the quarters stay pending "
                "and are tried "
                "again later.",
            )
            + f"\n({error})"
        )
    if isinstance(error, ReleaseRefused):
        return (
            QCoreApplication.translate(
                "Errors",
                "Nothing for this year can be published now: no choice of hidden figures keeps every small "
                "figure and every change from being worked out. Wait for more laptops to report, or ask for "
                "advice before publishing this year.",
            )
            + f"\n({error})"
        )
    if isinstance(error, CoordinatorError):
        return QCoreApplication.translate("Errors", "The coordinator's home refused this.") + f"\n({error})"
    return None


ERROR_LOG = "errors.log"


def unhandled_reporter(
    log_folder: Path | None, show: bool = True
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """The windows' excepthook: an error no slot handled is shown in a short dialog in the user's language and
    written as one line — the time, the error's type and where in vinkdesk it happened, never its message or
    any case data — to errors.log in the vault's folder (owner-only). VINKDESK_DEBUG=1 prints the traceback
    to a developer's terminal instead."""
    showing = False

    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if os.environ.get("VINKDESK_DEBUG") == "1":
            sys.__excepthook__(kind, error, tb)
        place = _place(tb)
        line = f"{datetime.now().isoformat(timespec='seconds')} {kind.__name__} at {place}\n"
        print(f"vinkdesk: an unexpected {kind.__name__} occurred at {place}.", file=sys.stderr)
        if log_folder is not None:
            try:
                descriptor = os.open(log_folder / ERROR_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                with os.fdopen(descriptor, "a", encoding="utf-8") as log:
                    log.write(line)
            except OSError:
                pass  # a full disk must not turn one error into two
        if not show or showing or QApplication.instance() is None:
            return
        showing = True
        try:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("Errors", "Something went wrong"),
                QCoreApplication.translate(
                    "Errors",
                    "vinkdesk met an unexpected error (%1) and stopped what it was doing. What you saved "
                    "before is safe. If it happens again, tell whoever supports vinkdesk; the file %2 says "
                    "where it happened, without any case data.",
                )
                .replace("%1", kind.__name__)
                .replace("%2", str(log_folder / ERROR_LOG) if log_folder is not None else "–"),
            )
        finally:
            showing = False

    return report


def _place(tb: TracebackType | None) -> str:
    """The innermost frame inside vinkdesk (module, function, line), else the innermost frame at all."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    ours = [f for f in frames if f"{os.sep}vinkdesk{os.sep}" in f.filename] or frames
    if not ours:
        return "?"
    frame = ours[-1]
    module = Path(frame.filename).with_suffix("").name
    return f"{module}.{frame.name}:{frame.lineno}"
