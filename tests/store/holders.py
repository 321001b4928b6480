"""Start a real program that holds a register open (see holder_process.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.portable import KILL

HOLDER = Path(__file__).with_name("holder_process.py")


class Holder:
    """A running holder: its acknowledged ids, and how to end it."""

    def __init__(self, path: Path, adds: int = 0) -> None:
        self.proc = subprocess.Popen([sys.executable, str(HOLDER), str(path), str(adds)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.acknowledged: list[int] = []
        while True:
            line = self.proc.stdout.readline()
            if line.startswith("ACK"):
                self.acknowledged.append(int(line.split()[1]))
            elif line.startswith("READY"):
                break
            else:
                raise AssertionError(f"holder failed: {line}{self.proc.stderr.read()}")

    def close(self) -> None:
        """Let it close the register cleanly."""
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)

    def kill(self) -> None:
        """kill -9: the register stays as a crash leaves it (WAL, lock state "open")."""
        self.proc.send_signal(KILL)
        self.proc.wait(timeout=30)


@contextmanager
def holding(path: Path, adds: int = 0) -> Iterator[Holder]:
    """A holder for the length of the block (closed cleanly at the end)."""
    holder = Holder(path, adds)
    try:
        yield holder
    finally:
        holder.close()
        if holder.proc.poll() is None:
            holder.kill()
