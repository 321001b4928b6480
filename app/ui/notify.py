"""Desktop notifications, clickable: the freedesktop notification service on Linux, the tray
icon's message elsewhere.

On Linux (and other freedesktop desktops) a notification goes to
`org.freedesktop.Notifications` on the session bus, with a default action, so clicking
it reaches the app even with no tray (the service shows it whatever the panel). The
bus is spoken with `jeepney` (pure Python, already here for the keychain): one
connection sends and receives, a thread waits for `ActionInvoked` and hands the click to
the GUI thread as a signal. Where there is no such service (Windows, macOS), the tray icon's
`showMessage` does it and its `messageClicked` is the click. Where neither exists,
`available()` is False and the window's own banners remain.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

_PATH = "/org/freedesktop/Notifications"
_NAME = "org.freedesktop.Notifications"
#: How long a notification stays, in ms (the service may keep it longer on a lock screen).
TIMEOUT_MS = 30_000
#: How many notifications a click is still remembered for.
KEEP_IDS = 64


class Notifier(QObject):
    """Shows notifications; `clicked` gives the request a clicked notification named."""

    clicked = Signal(int)
    _invoked = Signal(int)  # a notification id, from the listening thread

    def __init__(self, tray: QSystemTrayIcon | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self._ids: dict[int, int] = {}  # notification id -> request id (0: none)
        self._tray_request = 0
        self._send: Any = None
        self._invoked.connect(self._on_invoked)
        if tray is not None:
            tray.messageClicked.connect(lambda: self.clicked.emit(self._tray_request))

    def _bus_ready(self) -> bool:
        """Connected to a notification service, connecting now when there is one (it may
        have started after the app, with the desktop session)."""
        if self._send is None and sys.platform.startswith("linux") \
                and os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self._connect_bus()
        return self._send is not None

    # ------------------------------------------------------------------ the bus
    def _connect_bus(self) -> None:
        # One connection sends and listens: the service sends `ActionInvoked` to the
        # connection that asked for the notification only. jeepney's threading router
        # lets the GUI thread send while its own thread receives.
        try:
            from jeepney import DBusAddress, MatchRule, message_bus
            from jeepney.io.threading import DBusRouter, open_dbus_connection

            connection = open_dbus_connection(bus="SESSION")
            router = DBusRouter(connection)
            # Is anyone serving notifications? (never start one that is not running)
            reply = router.send_and_get_reply(message_bus.NameHasOwner(_NAME), timeout=2)
            if not reply.body[0]:
                router.close()
                connection.close()
                return
            rule = MatchRule(type="signal", interface=_NAME, member="ActionInvoked",
                             path=_PATH)
            self._queue: queue.Queue = queue.Queue()
            self._filter = router.filter(rule, queue=self._queue, bufsize=64)
        except Exception as exc:  # noqa: BLE001 - no bus, no service: the tray does it
            log.info("no desktop notification service: %s", type(exc).__name__)
            return
        self._address = DBusAddress(_PATH, bus_name=_NAME, interface=_NAME)
        self._send, self._connection = router, connection
        thread = threading.Thread(target=self._listening, args=(self._queue,),
                                  name="otinish-notifications", daemon=True)
        thread.start()

    def _listening(self, messages: queue.Queue) -> None:
        while True:
            message = messages.get()
            if message is None:  # closed
                return
            notification_id, _action = message.body
            self._invoked.emit(int(notification_id))

    def _on_invoked(self, notification_id: int) -> None:
        if notification_id in self._ids:
            self.clicked.emit(self._ids.pop(notification_id))

    # ------------------------------------------------------------------ showing
    @property
    def via_bus(self) -> bool:
        """True when notifications go to the desktop's notification service."""
        return self._bus_ready()

    def available(self) -> bool:
        """True when a notification can be shown at all."""
        return self._bus_ready() or (self.tray is not None and self.tray.isVisible()
                                and QSystemTrayIcon.supportsMessages())

    def show(self, title: str, body: str, request_id: int = 0, action: str = "") -> bool:
        """Show a notification; clicking it emits `clicked(request_id)`. False: not shown."""
        if self._bus_ready():
            from jeepney import new_method_call

            actions = ["default", action or title]
            message = new_method_call(self._address, "Notify", "susssasa{sv}i", (
                "Otinish", 0, "otinish", title, body, actions,
                {"desktop-entry": ("s", "otinish"), "urgency": ("y", 1)}, TIMEOUT_MS))
            try:
                reply = self._send.send_and_get_reply(message, timeout=2)
                self._ids[int(reply.body[0])] = request_id
                while len(self._ids) > KEEP_IDS:  # the oldest is long gone from the screen
                    self._ids.pop(next(iter(self._ids)))
                return True
            except Exception as exc:  # noqa: BLE001 - the service went away: try the tray
                log.info("notification not sent: %s", type(exc).__name__)
        if self.tray is not None and self.tray.isVisible():
            self._tray_request = request_id
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information,
                                  TIMEOUT_MS)
            return True
        return False

    def close(self) -> None:
        """Let go of the bus; the listening thread ends."""
        if self._send is not None:
            self._queue.put(None)
            with contextlib.suppress(Exception):
                self._filter.close()
            with contextlib.suppress(Exception):
                self._send.close()
            with contextlib.suppress(Exception):
                self._connection.close()
        self._send = None
