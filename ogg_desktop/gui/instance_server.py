"""Listens for commands from a second start of the app (e.g. 'raise', later 'capture')."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ogg_desktop.paths import instance_socket_path


class InstanceServer(QObject):
    commandReceived = Signal(str, dict)

    def __init__(self, vault: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = instance_socket_path(vault)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)

    def listen(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # We hold the vault's instance lock, so a socket file left here is stale.
        QLocalServer.removeServer(str(self.path))
        return bool(self.server.listen(str(self.path)))

    def close(self) -> None:
        self.server.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    @Slot()
    def _connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            message = json.loads(line)
            command = str(message["command"])
            args = dict(message.get("args") or {})
        except (ValueError, KeyError, TypeError):
            socket.write(b"error\n")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.commandReceived.emit(command, args)
