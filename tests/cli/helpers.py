"""Run the CLI in-process (fast) or as a real process (exit codes, stderr, no traceback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.cli import main
from tests.builders import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    """What a CLI run left behind."""

    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        """The single JSON object printed on stdout."""
        lines = [line for line in self.out.splitlines() if line.strip()]
        assert len(lines) == 1, f"expected exactly one JSON line, got: {self.out!r}"
        return json.loads(lines[0])


def run_cli(capsys, *args: str) -> Result:
    """Run `python -m app.cli ARGS` in this process."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = exc.code if isinstance(exc.code, int) else 2
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def run_cli_process(*args: str, env: dict[str, str] | None = None,
                    passphrase: str | None = PASSPHRASE) -> Result:
    """Run the CLI as a separate process, as a user's script would."""
    full_env = {k: v for k, v in os.environ.items() if k != "OTINISH_PASSPHRASE"}
    if passphrase is not None:
        full_env["OTINISH_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    return Result(proc.returncode, proc.stdout, proc.stderr)
