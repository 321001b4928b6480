"""Intake's problems are codes with values, and each one still reads exactly as it used to.

Intake no longer writes sentences: the faces word each code from their catalogs
(app/cli/messages.py, app/ui/messages.py; tests/test_problem_catalogs.py holds every layer to
both). Here: every code raised or reported in ``app/intake`` is a literal whose placeholders are
exactly the values given where it is raised, and a real problem, worded by the command line,
gives the very sentence intake printed before it raised codes.
"""

from __future__ import annotations

import ast
import errno
import io
import os
import pickle
import random
import string
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from extract_msg import OleWriter

import app.intake
from app.cli.messages import MESSAGES as CLI
from app.domain.errors import Notice, UserError
from app.intake import eml, mail_common, msg
from app.intake.contacts import clean_contacts
from app.intake.email_parse import (
    MAX_EMAIL_BYTES,
    ParsedEmail,
    parse_email_file,
    parse_eml_bytes,
    parse_msg_bytes,
)
from app.intake.errors import IntakeError
from app.intake.pasted import parse_pasted
from tests.builders import said as cli_sentence
from tests.intake.eml_builder import build_eml, build_eml_bytes_body
from tests.intake.msg_builder import build_msg

INTAKE = Path(app.intake.__file__).parent
#: Every code intake raises or reports (the cases below cause each one for real).
INTAKE_CODES = {
    "not_an_email_file", "email_file_missing", "email_file_unopenable",
    "email_file_name_invalid", "email_file_is_folder", "email_file_not_regular",
    "email_file_unreadable", "email_empty", "email_too_large", "eml_damaged", "msg_damaged",
    "not_an_email", "email_nothing_to_read", "msg_saved_as_eml", "eml_mime_too_deep",
    "not_an_outlook_message", "outlook_file_not_a_message", "not_an_email_address",
    "not_a_message",
    "not_a_phone_number", "invalid_iin", "iin_is_a_bin", "email_date_from_file_time",
    "email_date_from_import_time", "email_date_in_future", "email_no_sender_address",
    "email_subject_as_text", "email_unknown_charset", "email_text_replaced",
    "email_rtf_unreadable", "email_html_simplified",
    # pasted text (app/intake/pasted.py; caused for real in tests/intake/test_pasted.py)
    "pasted_empty", "pasted_too_large", "pasted_not_text", "pasted_no_sender", "pasted_no_date",
    "pasted_date_typed", "pasted_date_unreadable",
}
# Calls whose first argument is a code; IntakeError's own module rebuilds one from a variable.
CODE_TAKERS = {"IntakeError", "DomainError", "Notice"}


# --- the codes in the source --------------------------------------------------------------------


def _code_calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(INTAKE.glob("*.py")):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in CODE_TAKERS):
                yield path.name, node


def _values_given(call: ast.Call) -> set[str]:
    """The value names a call passes: keywords of an error, the dict keys of a Notice."""
    if call.func.id == "Notice":  # type: ignore[attr-defined]
        if len(call.args) < 2:
            return set()
        values = call.args[1]
        assert isinstance(values, ast.Dict), ast.unparse(call)
        return {key.value for key in values.keys if isinstance(key, ast.Constant)}
    return {k.arg for k in call.keywords if k.arg and k.arg != "filename"}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_in_intake_is_a_literal_with_a_wording():
    codes = set()
    for filename, call in _code_calls():
        where = f"{filename}:{call.lineno}"
        # A code held in a variable could not be checked here, so none is.
        assert call.args and isinstance(call.args[0], ast.Constant), where
        code = call.args[0].value
        assert isinstance(code, str) and code.isidentifier() and code == code.lower(), where
        assert code in CLI, f"{where}: {code} has no CLI wording"
        codes.add(code)
    # The collection itself works: intake raises and reports a couple of dozen codes.
    assert {"not_an_email", "email_too_large", "email_no_sender_address"} <= codes
    assert codes == INTAKE_CODES


def test_placeholders_are_the_values_given_where_the_code_is_raised():
    for filename, call in _code_calls():
        code = call.args[0].value  # type: ignore[attr-defined]
        given = _values_given(call)
        assert _placeholders(CLI[code]) == given, f"{filename}:{call.lineno} CLI {code}"


# --- real problems, worded ----------------------------------------------------------------------


def test_a_real_not_an_email_error_reads_exactly_as_before(tmp_path: Path):
    # Given binary garbage saved as .eml
    path = tmp_path / "garbage.eml"
    path.write_bytes(random.Random(42).randbytes(4096))

    # When it is imported, Then the error is a code whose CLI wording is the old sentence
    with pytest.raises(IntakeError) as caught:
        parse_email_file(path)
    assert caught.value.code == "not_an_email"
    assert str(caught.value) == "not_an_email"
    assert CLI["not_an_email"].format(**caught.value.values) == (
        "The file 'garbage.eml' is not an email message: it has no sender and no readable text."
    )


Trigger = Callable[[Path, pytest.MonkeyPatch], Any]


def _raised(action: Callable[[], object]) -> UserError:
    with pytest.raises(UserError) as caught:
        action()
    return caught.value


def _file(tmp_path: Path, name: str, data: bytes = b"") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _mail(mail: ParsedEmail, code: str) -> Notice:
    [notice] = [warning for warning in mail.warnings if warning.code == code]
    return notice


def _folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserError:
    (tmp_path / "inbox.eml").mkdir()
    return _raised(lambda: parse_email_file(tmp_path / "inbox.eml"))


def _not_regular(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserError:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    os.mkfifo(tmp_path / "pipe.eml")
    return _raised(lambda: parse_email_file(tmp_path / "pipe.eml"))


def _locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserError:
    path = _file(tmp_path, "locked.eml", build_eml())

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    # Root reads any file whatever its mode, so the refusal is simulated at open().
    monkeypatch.setattr(mail_common, "open", refuse, raising=False)
    return _raised(lambda: parse_email_file(path))


def _too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserError:
    path = tmp_path / "big.eml"
    with open(path, "wb") as handle:
        handle.truncate(MAX_EMAIL_BYTES + 1)
    return _raised(lambda: parse_email_file(path))


def _bug_in_a_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserError:
    def broken(message: object) -> tuple[str, str]:
        raise TypeError("a bug")

    monkeypatch.setattr(eml, "eml_sender", broken)
    return _raised(lambda: parse_eml_bytes(build_eml(), "odd.eml"))


def _office_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserError:
    writer = OleWriter()
    writer.addEntry("WordDocument", data=b"\x00" * 600)
    out = io.BytesIO()
    writer.write(out)
    return _raised(lambda: parse_msg_bytes(out.getvalue(), "report.msg"))


class _UnreadableRtf:
    @property
    def body(self) -> str:
        raise ValueError("malformed RTF")


def _rtf_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Notice:
    # extract_msg fails on RTF only with real damaged files; the reader's fallback is what
    # matters here, so it is given a message whose body cannot be read.
    warnings: list[Notice] = []
    assert msg._msg_rtf_text(_UnreadableRtf(), warnings) == ""
    [notice] = warnings
    return notice


FUTURE = (datetime.now(tz=UTC) + timedelta(days=365)).strftime("%a, %d %b %Y %H:%M:%S +0000")
PAST = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
NOT_A_DIRECTORY = os.strerror(errno.ENOTDIR)
ACCESS_DENIED = os.strerror(errno.EACCES)

# code: (how to cause it for real, the sentence intake wrote before it raised codes)
CASES: dict[str, tuple[Trigger, str]] = {
    "not_an_email_file": (
        lambda t, m: _raised(lambda: parse_email_file(_file(t, "letter.txt", build_eml()))),
        "The file 'letter.txt' is not an email file: only .eml and .msg files can be imported.",
    ),
    "email_file_missing": (
        lambda t, m: _raised(lambda: parse_email_file(t / "gone.eml")),
        "The file 'gone.eml' does not exist.",
    ),
    "email_file_unopenable": (
        lambda t, m: _raised(lambda: parse_email_file(_file(t, "plain.txt") / "x.eml")),
        f"The file 'x.eml' cannot be opened: {NOT_A_DIRECTORY}.",
    ),
    "email_file_name_invalid": (
        lambda t, m: _raised(lambda: parse_email_file(t / "bad\x00.eml")),
        "The file name 'bad\x00.eml' is not valid.",
    ),
    "email_file_is_folder": (
        _folder,
        "'inbox.eml' is a folder, not an email file.",
    ),
    "email_file_not_regular": (
        _not_regular,
        "'pipe.eml' is not a regular file and cannot be imported.",
    ),
    "email_file_unreadable": (
        _locked,
        f"The file 'locked.eml' cannot be read: {ACCESS_DENIED}.",
    ),
    "email_empty": (
        lambda t, m: _raised(lambda: parse_email_file(_file(t, "empty.eml"))),
        "The file 'empty.eml' is empty.",
    ),
    "email_too_large": (
        _too_large,
        "The file 'big.eml' is 25.1 MB; emails over 25 MB are not imported.",
    ),
    "eml_damaged": (
        _bug_in_a_parser,
        "The file 'odd.eml' could not be read as an email message: it is damaged or in a "
        "format Otinish does not understand.",
    ),
    "msg_damaged": (
        lambda t, m: _raised(lambda: parse_msg_bytes(
            build_msg(subject="x", body="y" * 5000, sender_email="a@b.kz")[:1024], "cut.msg")),
        "The file 'cut.msg' could not be read as an Outlook message: it is damaged or in a "
        "format Otinish does not understand.",
    ),
    "not_an_email": (
        lambda t, m: _raised(lambda: parse_eml_bytes(b"Subject: hello\r\n\r\n", "x.eml")),
        "The file 'x.eml' is not an email message: it has no sender and no readable text.",
    ),
    "not_a_message": (
        lambda t, m: _raised(lambda: parse_eml_bytes(
            "Привет! Это просто текстовый файл, переименованный в .eml.".encode(), "fake.eml")),
        "The file 'fake.eml' is not an email message: it has neither a sender nor a date.",
    ),
    "email_nothing_to_read": (
        lambda t, m: _raised(lambda: parse_eml_bytes(b"From: a@b.kz\r\n\r\n", "blank.eml")),
        "The email 'blank.eml' has nothing to read: its text and subject are both empty.",
    ),
    "msg_saved_as_eml": (
        lambda t, m: _raised(lambda: parse_eml_bytes(
            build_msg(subject="x", body="y", sender_email="a@b.kz"), "outlook.eml")),
        "The file 'outlook.eml' is an Outlook .msg message saved with an .eml extension; "
        "rename it to .msg and import it again.",
    ),
    "eml_mime_too_deep": (
        lambda t, m: _raised(lambda: parse_eml_bytes(
            b"Content-Type: text/plain; " + b"(" * 5000 + b"\r\n" + build_eml(), "deep.eml")),
        "The file 'deep.eml' is damaged: its MIME headers are nested too deeply to read.",
    ),
    "not_an_outlook_message": (
        lambda t, m: _raised(lambda: parse_msg_bytes(build_eml(), "renamed.msg")),
        "The file 'renamed.msg' is not an Outlook message: a .msg file must be saved by "
        "Outlook.",
    ),
    "outlook_file_not_a_message": (
        _office_file,
        "The file 'report.msg' is not a readable Outlook message: it is damaged or another "
        "kind of Office file.",
    ),
    "not_an_email_address": (
        lambda t, m: _raised(lambda: clean_contacts("nope", None, None)),
        "'nope' is not an email address.",
    ),
    "not_a_phone_number": (
        lambda t, m: _raised(lambda: clean_contacts(None, "call me", None)),
        "'call me' is not a phone number.",
    ),
    "invalid_iin": (
        lambda t, m: _raised(lambda: clean_contacts(None, None, " 860315300147 ")),
        "The IIN '860315300147' is not valid: The check digit of this IIN is wrong.",
    ),
    "iin_is_a_bin": (
        lambda t, m: _raised(lambda: clean_contacts(None, None, "180240012342")),
        "The IIN '180240012342' is not valid: A requester is identified by an IIN, not a BIN.",
    ),
    "email_date_from_file_time": (
        lambda t, m: _mail(parse_email_file(_file(t, "nodate.eml", build_eml(date=None))),
                           "email_date_from_file_time"),
        "The email has no valid date; the file's modification time is used.",
    ),
    "email_date_from_import_time": (
        lambda t, m: _mail(parse_eml_bytes(build_eml(date=None)), "email_date_from_import_time"),
        "The email has no valid date; the time of import is used.",
    ),
    "email_date_in_future": (
        lambda t, m: _mail(parse_eml_bytes(build_eml(date=FUTURE)), "email_date_in_future"),
        "The email's date is in the future; check the time it was received.",
    ),
    "email_no_sender_address": (
        lambda t, m: _mail(parse_eml_bytes(build_eml(sender="Petrov I.")),
                           "email_no_sender_address"),
        "The email has no sender address.",
    ),
    "email_subject_as_text": (
        lambda t, m: _mail(parse_eml_bytes(build_eml(body="", subject="Удалите мои данные")),
                           "email_subject_as_text"),
        "The email has no body text; its subject is used as the text.",
    ),
    "email_unknown_charset": (
        lambda t, m: _mail(parse_eml_bytes(build_eml_bytes_body(
            "Удалите мои данные".encode("cp1251"), "text/plain; charset=x-unknown")),
            "email_unknown_charset"),
        "The email declares an unknown character set (x-unknown); unreadable characters were "
        "replaced.",
    ),
    "email_text_replaced": (
        lambda t, m: _mail(parse_eml_bytes(build_eml_bytes_body(
            b"Delete my data \xff\xfe", "text/plain; charset=utf-8")), "email_text_replaced"),
        "Part of the text was not valid in its character set and was replaced.",
    ),
    "email_rtf_unreadable": (
        _rtf_unreadable,
        "The email's formatted (RTF) text could not be read.",
    ),
    "pasted_empty": (
        lambda t, m: _raised(lambda: parse_pasted("  \n ", sender="a@b.kz", received=PAST)),
        "Nothing was pasted: paste the email's text, with its headers if you have them.",
    ),
    "pasted_too_large": (
        lambda t, m: _raised(lambda: parse_pasted("a" * (MAX_EMAIL_BYTES + 1))),
        "The pasted text is over 25 MB, more than an email holds.",
    ),
    "pasted_not_text": (
        lambda t, m: _raised(lambda: parse_pasted("\x00\x01" * 40, received=PAST)),
        "The pasted text is not readable text: copy the email's text again.",
    ),
    "pasted_no_sender": (
        lambda t, m: _raised(lambda: parse_pasted("Удалите мои данные", received=PAST)),
        "The pasted text does not say who wrote it: type the sender's email address or name.",
    ),
    "pasted_no_date": (
        lambda t, m: _raised(lambda: parse_pasted("Удалите мои данные", sender="a@b.kz")),
        "The pasted text has no date: type when the email was received.",
    ),
    "pasted_date_typed": (
        lambda t, m: _mail(parse_pasted("Удалите мои данные", sender="a@b.kz", received=PAST),
                           "pasted_date_typed"),
        "The pasted text has no date; the received time is the one you typed.",
    ),
    "pasted_date_unreadable": (
        lambda t, m: _mail(parse_pasted("From: a@b.kz\nDate: вчера\n\nУдалите мои данные",
                                        received=PAST), "pasted_date_unreadable"),
        "The date 'вчера' in the pasted text could not be read; the received time is the one "
        "you typed.",
    ),
    "email_html_simplified": (
        lambda t, m: _mail(parse_eml_bytes(build_eml_bytes_body(
            ("<div>" * 40000 + "Delete my data" + "</div>" * 40000).encode(),
            "text/html; charset=utf-8")), "email_html_simplified"),
        "The email's HTML is nested too deeply to lay out; its text was kept without the "
        "layout.",
    ),
}


def test_every_worded_code_has_a_real_case_below():
    assert set(CASES) == INTAKE_CODES


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_real_problem_worded_by_the_cli_reads_as_before(code, tmp_path, monkeypatch):
    # Given a problem caused for real
    trigger, before = CASES[code]
    problem = trigger(tmp_path, monkeypatch)

    # Then it carries the code, and both catalogs word it from its values
    assert problem.code == code
    assert cli_sentence(problem) == before
    if isinstance(problem, IntakeError):
        assert problem.filename == problem.values["file"]


def test_an_intake_error_keeps_its_code_values_and_file_name_when_pickled():
    # Given an error as a worker process would send it back
    error = IntakeError("email_empty", filename="a\nb.eml", file="a\nb.eml")

    # When it crosses the boundary
    copy = pickle.loads(pickle.dumps(error))

    # Then nothing is lost, and the shown name stays on one line
    assert isinstance(copy, IntakeError)
    assert (copy.code, copy.filename, copy.values) == ("email_empty", "a\nb.eml",
                                                       {"file": "a b.eml"})
    assert str(copy) == "email_empty"
