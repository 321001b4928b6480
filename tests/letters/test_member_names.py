"""Story (issue 19): an evidence pack unpacks on Windows.

An attachment keeps the name it came with; `a:b?.eml` is a fine file name here and in a
mail header, but Windows refuses it, and the pack's manifest then names a file that is
not there. Every member now gets a name Windows takes, unique as Windows compares them.
"""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from app.letters.exports import evidence_pack
from app.letters.member_names import safe_member_name, safe_members
from app.services.requests import import_email, read_email
from tests.builders import new_register
from tests.services.test_import_email import _eml

WINDOWS_REFUSES = set('<>:"\\|?*') | {chr(c) for c in range(32)}
DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
           *(f"LPT{n}" for n in range(1, 10))}


def windows_takes(name: str) -> bool:
    """Whether Windows can create every part of *name* (Naming Files, Paths, and
    Namespaces, learn.microsoft.com)."""
    for part in name.split("/"):
        if not part or part in (".", "..") or set(part) & WINDOWS_REFUSES:
            return False
        if part[-1] in " .":
            return False
        if part.split(".")[0].rstrip(" ").upper() in DEVICES:
            return False
    return True


@pytest.mark.parametrize("name", [
    "originals/1_a:b?.eml", 'x<y>"z".eml', "pipe|star*.msg", "tab\there.eml",
    "bell\x07.eml", "trailing dot.", "trailing space ", "dots and spaces. . .",
    "CON", "con.txt", "Nul.eml", "COM1.docx", "lpt9", "AUX .eml", "back\\slash.eml",
    "../../escape.eml", "./a/./b.eml", "", "...", "letters/" + "Ә" * 300 + ".docx",
])
def test_every_name_becomes_one_windows_takes(name):
    safe = safe_member_name(name)
    assert windows_takes(safe), safe
    assert all(len(part) <= 100 for part in safe.split("/"))


def test_good_names_are_kept_as_they_are():
    for name in ("letters/OUT-2026-0001 Ахметова.docx", "summary.docx", "events.csv",
                 "mail/OUT-2026-0001_email_3.eml", "originals/2_Өтініш.eml"):
        assert safe_member_name(name) == name


def test_a_long_name_keeps_its_extension():
    assert safe_member_name("Ә" * 300 + ".docx").endswith("Ә.docx")


def test_names_that_meet_on_windows_are_made_unique():
    files = {"originals/a?.eml": b"1", "originals/a*.eml": b"2", "originals/A_.eml": b"3",
             "manifest.json": b"4"}
    safe = safe_members(files, taken=("manifest.json", "SHA256SUMS"))
    assert len(safe) == 4
    assert len({n.casefold() for n in safe} | {"sha256sums"}) == 5
    assert "manifest.json" not in safe and sorted(safe.values()) == [b"1", b"2", b"3", b"4"]
    assert all(windows_takes(n) for n in safe)


def test_an_evidence_pack_with_an_attachment_named_a_colon_b_unpacks_on_windows(tmp_path):
    reg = new_register(tmp_path)
    try:
        eml = tmp_path / "a:b?.eml"
        eml.write_bytes(_eml())
        rid = import_email(reg, read_email(eml)).request_id
        out = tmp_path / "pack.zip"
        evidence_pack(reg, rid, out)
    finally:
        reg.close()
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert all(windows_takes(n) for n in names), names
        [original] = [n for n in names if n.startswith("originals/")]
        assert original.endswith("a_b_.eml")
        assert z.read(original) == eml.read_bytes()
        # The manifest names the members as they are in the pack.
        manifest = json.loads(z.read("manifest.json"))
        assert original in manifest["files"]
        for name, digest in manifest["files"].items():
            assert hashlib.sha256(z.read(name)).hexdigest() == digest
        assert original in z.read("SHA256SUMS").decode("utf-8")
