"""Draw the Otinish app icon and write it at every size the platforms want.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The mark: a rounded square in deep teal with a white sheet of paper (folded corner)
and a teal check mark on it: "a request, answered". Each size is drawn from vectors,
not scaled from a big bitmap, and the small sizes (16-32 px) use a bolder, simpler
drawing so they stay legible. Writes, relative to the repository:

- resources/icons/otinish-<N>.png for N in 16 24 32 48 64 128 256 512 1024, and
  resources/icons/otinish.svg (the same drawing, for Qt and Linux "scalable");
- resources/icons/otinish.ico (Windows: 16..256, PNG-compressed entries);
- resources/icons/otinish.icns (macOS: 16..1024, PNG entries, written by hand);
- packaging/linux/icons/hicolor/<N>x<N>/apps/otinish.png (+ scalable/apps/otinish.svg).

The files are committed; run this again only to change the drawing.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# icns element types holding PNG data, by pixel size (the @2x types double up).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)

TEAL_TOP = QColor("#137C80")
TEAL_BOTTOM = QColor("#0B5257")
CHECK = QColor("#0E6A6E")
PAPER = QColor("#FFFFFF")
FOLD = QColor("#CFE6E5")


def draw(p: QPainter, size: float) -> None:
    """Draw the icon into a *size* x *size* square at the painter's origin."""
    small = size <= 32
    s = size / 64.0  # the drawing is designed on a 64-unit grid
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    # The tile: a rounded square with a soft vertical gradient (macOS-like margin: none,
    # the platforms add their own spacing).
    margin = 2 * s if not small else 0.5 * s
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, TEAL_TOP)
    gradient.setColorAt(1.0, TEAL_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    radius = 13 * s
    p.drawRoundedRect(tile, radius, radius)

    # The sheet of paper with a folded top-right corner.
    if small:
        left, top, right, bottom, fold = 15 * s, 10 * s, 49 * s, 54 * s, 11 * s
    else:
        left, top, right, bottom, fold = 17 * s, 11 * s, 47 * s, 53 * s, 10 * s
    sheet = QPainterPath()
    sheet.moveTo(left, top)
    sheet.lineTo(right - fold, top)
    sheet.lineTo(right, top + fold)
    sheet.lineTo(right, bottom)
    sheet.lineTo(left, bottom)
    sheet.closeSubpath()
    p.setBrush(PAPER)
    p.drawPath(sheet)
    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    p.setBrush(FOLD)
    p.drawPath(corner)

    # Text lines on the sheet (left out at the smallest sizes, where they are noise).
    if size >= 48:
        pen = QPen(FOLD, 2.2 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        lines = QPainterPath()  # a path, not drawLine: SVG readers all agree on paths
        for y, end in ((20, right / s - fold / s - 3), (26, right / s - 5)):
            lines.moveTo(QPointF(left + 5 * s, y * s))
            lines.lineTo(QPointF(end * s, y * s))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(lines)
        p.setPen(Qt.PenStyle.NoPen)

    # The check mark, bold, in the lower half of the sheet.
    width = (7.5 if small else 5.2) * s
    pen = QPen(CHECK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath()
    if small:
        check.moveTo(22 * s, 35 * s)
        check.lineTo(29.5 * s, 43 * s)
        check.lineTo(43 * s, 26 * s)
    else:
        check.moveTo(24 * s, 38 * s)
        check.lineTo(30 * s, 44.5 * s)
        check.lineTo(41 * s, 30.5 * s)
    p.drawPath(check)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    draw(p, float(size))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    """A Windows .ico whose entries are PNG-compressed (valid since Windows Vista)."""
    sizes = [n for n in ICO_SIZES if n in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    directory = b""
    blobs = b""
    for n in sizes:
        blob = pngs[n]
        dim = 0 if n >= 256 else n  # 0 means 256
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + directory + blobs)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    """A macOS .icns with PNG elements (read by macOS 10.7 and later)."""
    body = b""
    for kind, n in ICNS_TYPES:
        blob = pngs[n]
        body += kind + struct.pack(">I", 8 + len(blob)) + blob
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def write_svg(path: Path) -> None:
    """The 256-px drawing as SVG (QSvgGenerator records the same painter calls)."""
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(256, 256))
    generator.setViewBox(QRectF(0, 0, 256, 256))
    generator.setTitle("Otinish")
    generator.setDescription("Otinish app icon")
    p = QPainter(generator)
    draw(p, 256.0)
    p.end()
    # QSvgGenerator states the size in millimetres; icon themes expect pixels.
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'width="[0-9.]+mm" height="[0-9.]+mm"', 'width="256" height="256"', text,
                  count=1)
    path.write_text(text, encoding="utf-8")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, bytes] = {}
    for n in SIZES:
        pngs[n] = png_bytes(render(n))
        (ICONS / f"otinish-{n}.png").write_bytes(pngs[n])
    write_ico(ICONS / "otinish.ico", pngs)
    write_icns(ICONS / "otinish.icns", pngs)
    write_svg(ICONS / "otinish.svg")
    for n in HICOLOR_SIZES:
        folder = HICOLOR / f"{n}x{n}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "otinish.png").write_bytes(pngs[n])
    scalable = HICOLOR / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / "otinish.svg").write_bytes((ICONS / "otinish.svg").read_bytes())
    print(f"wrote {len(SIZES)} PNGs, otinish.ico, otinish.icns, otinish.svg in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
