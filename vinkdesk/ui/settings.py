"""Settings that are not personal (language, auto-lock delay, screen sharing, window geometry), kept in
QSettings. Nothing about a case is ever stored here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_IDLE_MINUTES = 5
LANGUAGES = ("da", "en")


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings("vinkdesk", "vinkdesk")

    @property
    def language(self) -> str:
        value = str(self._store.value("language", "da"))
        return value if value in LANGUAGES else "da"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value if value in LANGUAGES else "da")

    @property
    def idle_minutes(self) -> int:
        stored = self._store.value("idle_minutes", DEFAULT_IDLE_MINUTES)  # an int, or text read from the file
        if not isinstance(stored, int | float | str):
            return DEFAULT_IDLE_MINUTES
        try:
            value = int(stored)
        except (ValueError, OverflowError):  # "abc", or an infinite float
            return DEFAULT_IDLE_MINUTES
        return min(max(value, 1), 60)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._store.setValue("idle_minutes", min(max(int(value), 1), 60))

    @property
    def hide_from_screen_sharing(self) -> bool:
        """Keep vinkdesk's windows out of screen sharing and screenshots (Windows, macOS); on by default."""
        stored = self._store.value("hide_from_screen_sharing", True)
        if isinstance(stored, str):  # an ini file gives "true" / "false"
            return stored.strip().lower() not in ("false", "0", "no", "off")
        return bool(stored)

    @hide_from_screen_sharing.setter
    def hide_from_screen_sharing(self, value: bool) -> None:
        self._store.setValue("hide_from_screen_sharing", bool(value))

    @property
    def share_path(self) -> str:
        """The central share's folder (a path, nothing about a case)."""
        return str(self._store.value("share_path", "") or "")

    @share_path.setter
    def share_path(self, value: str) -> None:
        self._store.setValue("share_path", value)

    @property
    def coordinator_home(self) -> str:
        """The coordinator's home folder (a path; what is in it is encrypted)."""
        return str(self._store.value("coordinator_home", "") or "")

    @coordinator_home.setter
    def coordinator_home(self, value: str) -> None:
        self._store.setValue("coordinator_home", value)

    def geometry(self) -> QByteArray | None:
        value = self._store.value("main_window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._store.setValue("main_window/geometry", value)

    def sync(self) -> None:
        self._store.sync()
