"""Property: whatever bytes arrive as an .eml, parsing gives a usable mail or one sentence.

A dropped file can be anything: a damaged download, a mail with a charset nobody knows, a
header of megabytes, or a picture renamed to .eml. The interface relies on two outcomes only:
a ParsedEmail with text to show, or an IntakeError whose worded message fits on one line. Any
other exception would reach the user as a traceback.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.intake.email_parse import ParsedEmail, parse_eml_bytes
from app.intake.errors import IntakeError
from tests.builders import said as cli_sentence
from tests.intake.eml_builder import build_eml, encoded_word, nested_mixed_with_attachments

VALID_PLAIN = build_eml(
    sender=None,
    raw_headers=[f"From: {encoded_word('Иван Петров', 'koi8-r', 'B')} <ivan@mail.kz>".encode()],
    body="Прошу удалить мои персональные данные.",
    cte="quoted-printable",
)
VALID_NESTED = nested_mixed_with_attachments("Удалите мой аккаунт.", "<p>Удалите мой аккаунт.</p>")
VALID_HTML = build_eml(body=None, html="<p>Отзываю согласие</p><script>x()</script>")

CHARSETS = st.one_of(
    st.sampled_from(
        [
            "x-unknown",
            "utf-7",
            "utf-16",
            "utf-32",
            "base64",
            "rot13",
            "zlib",
            "undefined",
            "idna",
            "punycode",
            "unicode_escape",
            "koi8-r",
            "cp1251",
            "ascii",
            "",
            '"',
            "\x00",
        ]
    ),  # fmt: skip
    st.text(min_size=1, max_size=30),
)


def flip_bytes(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    mutable = bytearray(data)
    for position, value in flips:
        mutable[position % len(mutable)] = value
    return bytes(mutable)


def replace_charset(data: bytes, charset: str) -> bytes:
    return data.replace(b'charset="utf-8"', f'charset="{charset}"'.encode("utf-8", "replace"))


def inject_header(data: bytes, name: str, length: int, filler: bytes, at_top: bool) -> bytes:
    line = name.encode("utf-8", "replace") + b": " + (filler * length)[:length] + b"\r\n"
    if at_top:
        return line + data
    split = data.index(b"\n") + 1
    return data[:split] + line + data[split:]


mails = st.sampled_from([VALID_PLAIN, VALID_NESTED, VALID_HTML])
mangled = st.one_of(
    st.builds(
        flip_bytes,
        mails,
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=40),
    ),
    st.builds(lambda data, cut: data[: cut % (len(data) + 1)], mails, st.integers(0, 10**6)),
    st.builds(replace_charset, mails, CHARSETS),
    st.builds(
        inject_header,
        mails,
        st.sampled_from(["Subject", "From", "Date", "Content-Type", "X-Junk", "Received"]),
        st.integers(1, 300_000),
        st.sampled_from([b"A", b"=?utf-8?B?0JA=?= ", b"\xd0\x90", b"<a@b.kz>, ", b"(((", b"\t"]),
        st.booleans(),
    ),
    st.binary(min_size=0, max_size=4096),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mangled)
def test_any_bytes_give_a_mail_with_text_or_a_one_line_intake_error(data: bytes):
    # Given any mangled or random bytes, When they are parsed as an .eml
    try:
        mail = parse_eml_bytes(data, "dropped.eml")
    except IntakeError as error:
        # Then either the refusal, worded, is one non-empty line
        message = cli_sentence(error)
        assert message.strip()
        assert "\n" not in message and "\r" not in message
    else:
        # Or the mail has readable text, and its bytes are kept exactly
        assert isinstance(mail, ParsedEmail)
        assert mail.text.strip()
        assert mail.text == mail.text.strip()
        assert mail.raw == data
        assert mail.received.tzinfo is not None
