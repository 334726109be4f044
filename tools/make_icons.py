"""Render the app icon's PNGs and the Windows .ico from vinkdesk/ui/icons/vinkdesk.svg with Qt (offscreen).
Run after changing the SVG, and commit what it writes: `.venv/bin/python tools/make_icons.py`."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "vinkdesk" / "ui" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # what Explorer, the taskbar and Alt+Tab ask for


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico holding every size as a PNG (read by Windows Vista and later; Qt's own writer keeps only one
    size). Header, one 16-byte entry per image, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, blob in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "vinkdesk.svg"))
    if not renderer.isValid():
        raise SystemExit(f"{ICONS / 'vinkdesk.svg'} is not a valid SVG")
    pngs = {size: png_bytes(render(renderer, size)) for size in SIZES}
    for size, blob in pngs.items():
        (ICONS / f"vinkdesk-{size}.png").write_bytes(blob)
    (ICONS / "vinkdesk.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    written = [f"vinkdesk-{size}.png" for size in SIZES] + ["vinkdesk.ico"]
    print(f"wrote {', '.join(written)} in {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
