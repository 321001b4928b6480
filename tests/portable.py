"""What a test needs to ask of the platform without failing to collect elsewhere: Windows
has no `os.geteuid` and no SIGKILL (issue 19: a portable suite)."""

from __future__ import annotations

import os
import signal

#: The tests run as root (the superuser ignores file permissions, and may make devices).
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
#: The signal that kills a process outright (TerminateProcess on Windows, through
#: `Popen.kill`, which is what SIGTERM does there).
KILL = getattr(signal, "SIGKILL", signal.SIGTERM)
