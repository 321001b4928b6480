"""Story: a message dragged out of Outlook is imported like a dropped file.

Outlook drags a *virtual* file (FileGroupDescriptorW + FileContents, no path on disk);
before, the window accepted only file URLs, so the drop did nothing and said nothing.
The payload below is laid out as Windows lays out a FILEGROUPDESCRIPTORW.
"""

from __future__ import annotations

import struct
from datetime import datetime

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from app.domain.clock import ALMATY
from app.ui.outlook_drop import CONTENTS, DESCRIPTOR, file_names
from tests.intake.msg_builder import build_msg


def _descriptor(*names: str) -> bytes:
    """A FILEGROUPDESCRIPTORW: the count, then 592 bytes per file (72 of fields, then the
    name in UTF-16, 260 characters)."""
    out = struct.pack("<I", len(names))
    for name in names:
        head = struct.pack("<I16s8s8sI8s8s8sII", 0x4000 | 0x40, b"\0" * 16, b"\0" * 8,
                           b"\0" * 8, 0x80, b"\0" * 8, b"\0" * 8, b"\0" * 8, 0, 4096)
        out += head + name.encode("utf-16-le").ljust(520, b"\0")
    return out


def test_the_descriptor_gives_the_names():
    assert file_names(_descriptor("Удалите мои данные.msg", "b.msg")) == [
        "Удалите мои данные.msg", "b.msg"]
    assert file_names(b"\x01") == []


def test_a_message_dragged_from_outlook_goes_through_the_usual_import(window, answers, qtbot):
    msg = build_msg(subject="Удаление данных", body="Прошу удалить мой аккаунт и все мои "
                    "персональные данные.", sender_name="Айгерим Ахметова",
                    sender_email="aigerim@example.kz",
                    submit_time=datetime(2026, 11, 20, 9, 12, tzinfo=ALMATY))
    mime = QMimeData()
    mime.setData(DESCRIPTOR, _descriptor("Удаление данных.msg"))
    mime.setData(CONTENTS, msg)
    enter = QDragEnterEvent(QPoint(400, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    seen = {}
    answers.dialog("ImportEmailDialog", lambda d: seen.update(types=d.types.chosen()) and None)
    drop = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: bool(window.register.list_requests()), timeout=10_000)
    [row] = window.register.list_requests()
    request = window.register.get_request(row["id"])
    assert request["requester"]["name"] == "Айгерим Ахметова"
    assert seen["types"] == ["deletion"]
    assert request["received"].startswith("2026-11-20T09:12")
