"""One running copy per register: a second start brings the first window forward.

Started again on a register that is already open (a second click on the icon, a
double-click on the file), Otinish used to ask for the passphrase and then say the
register was open elsewhere. Now, before any prompt, the start knocks on a local
socket named after the register (QLocalServer, owner-only); the running copy raises its
window and answers, and the second start ends. A different register opens in its own
window as before. The socket carries no personal data: its name is a digest of the
register's path.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

KNOCK = b"raise\n"
ANSWER = b"raised\n"
WAIT_MS = 2000


def server_name(register: Path) -> str:
    """The local socket's name for *register* (per user, per resolved file)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name in the environment
        user = ""
    key = f"{user}\0{Path(register).expanduser().resolve()}".encode()
    return "otinish-" + hashlib.sha256(key).hexdigest()[:24]


def hand_over(register: Path) -> bool:
    """Ask a running copy with *register* open to come forward; True when one did."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(register))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(KNOCK)
    socket.flush()
    answered = b""
    while ANSWER not in answered and socket.waitForReadyRead(WAIT_MS):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ANSWER in answered


def bring_forward(window: QWidget) -> None:
    """Show *window* (also from the tray or minimised) on top, with the focus; a window
    that was maximised before it was minimised comes back maximised."""
    from PySide6.QtCore import Qt  # not at import: Qt's namespace costs ~30 ms at start-up

    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()


class Listener(QObject):
    """Listens for later starts on the same register; `knocked` asks to come forward."""

    knocked = Signal()

    def __init__(self, register: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(register)
        if not self.server.listen(name):
            # A socket file left by a copy that crashed (nobody answered our knock).
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if KNOCK.strip() in bytes(socket.readAll().data()):
            self.knocked.emit()
            socket.write(ANSWER)
            socket.flush()

    def close(self) -> None:
        """Stop listening (the register is closed)."""
        self.server.close()
