"""Story: the command line prints anywhere (Windows 19, item 4).

On a Russian Windows, output redirected to a file or a pipe is encoded cp1251, which has no
«Ә»; on an English one cp1252, which has no Cyrillic. Printing a Kazakh name raised
UnicodeEncodeError and the command failed, `--json` included. Output that is not a console
is now UTF-8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.builders import PASSPHRASE, add_request, new_register


@pytest.mark.parametrize("encoding", ["cp1251", "cp1252"])
@pytest.mark.parametrize("as_json", [True, False])
def test_a_kazakh_name_prints_through_a_pipe_whatever_the_code_page(tmp_path, encoding,
                                                                    as_json):
    register = new_register(tmp_path)
    add_request(register, name="Әйгерім Нұрланқызы")
    register.close()
    args = [sys.executable, "-m", "app.cli", "--db", str(tmp_path / "register.otinish")]
    args += ["--json", "list"] if as_json else ["list"]
    done = subprocess.run(args, capture_output=True, timeout=60,
                          env={**os.environ, "PYTHONIOENCODING": encoding,
                               "OTINISH_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")
    assert "Әйгерім Нұрланқызы" in (json.dumps(json.loads(text), ensure_ascii=False)
                                    if as_json else text)
