"""A writer for the crash test: adds requests forever, printing ACK <id> after each commit."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.store import Register  # noqa: E402
from tests.builders import PASSPHRASE, add_request  # noqa: E402


def main() -> None:
    reg = Register.open(sys.argv[1], PASSPHRASE)
    n = 0
    while True:
        n += 1
        rid = add_request(reg, name=f"Writer {n}", types=["access", "deletion"])
        if n % 3 == 0:
            reg.record_action(rid, "deleted", f"deleted {n}")
        sys.stdout.write(f"ACK {rid}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
