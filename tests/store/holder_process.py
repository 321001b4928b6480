"""A program that holds a register open: `holder_process.py PATH [N]`.

It opens the register for writing, adds N requests (default 0) printing `ACK <id>`
after each commit, prints `READY`, then keeps the register open until its stdin
closes (or it is killed). Used by the tests of the lock and of readers beside a writer.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.store import Register  # noqa: E402
from tests.builders import PASSPHRASE, add_request  # noqa: E402


def main() -> None:
    reg = Register.open(sys.argv[1], PASSPHRASE)
    for n in range(int(sys.argv[2]) if len(sys.argv) > 2 else 0):
        rid = add_request(reg, name=f"Holder {n}")
        sys.stdout.write(f"ACK {rid}\n")
        sys.stdout.flush()
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    sys.stdin.read()
    reg.close()


if __name__ == "__main__":
    main()
