"""HTML mail becomes text in linear time (issue 17, item 13), and no header or body keeps a
control character or a bidi override (item 16)."""

from __future__ import annotations

import time

import pytest

from app.intake.email_parse import parse_eml_bytes
from app.intake.mail_text import html_to_text
from tests.intake.eml_builder import build_eml, build_eml_bytes_body

PATHOLOGICAL = {
    "nested divs": "<div>" * 40000 + "Delete my data" + "</div>" * 40000,
    "lone brackets": "<" * 1_000_000,
    "open comments": "<!--" * 200_000,
    "open tags": "<a " * 200_000,
    "character references": "&#" * 500_000,
    "open end tags": "</" * 300_000,
    "open script": "<script>" + "</scrip" * 100_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_html_takes_under_two_seconds(name):
    started = time.monotonic()
    text = html_to_text(PATHOLOGICAL[name], [])
    assert time.monotonic() - started < 2, name
    if name == "nested divs":
        assert text == "Delete my data"


def test_a_deeply_nested_mail_is_imported_in_seconds_with_its_text(tmp_path):
    raw = build_eml_bytes_body(PATHOLOGICAL["nested divs"].encode(), "text/html; charset=utf-8")
    started = time.monotonic()
    mail = parse_eml_bytes(raw)
    assert time.monotonic() - started < 2
    assert "Delete my data" in mail.text


@pytest.mark.slow
def test_a_ten_megabyte_html_mail_takes_seconds_not_minutes():
    html = "<p>Hello <b>world</b> &amp; friends</p>\n" * 250_000
    started = time.monotonic()
    text = html_to_text(html)
    assert time.monotonic() - started < 20
    assert text.startswith("Hello world & friends\n\nHello")


def test_layout_is_kept():
    html = ("<html><head><title>T</title><style>p{}</style></head><body>"
            "<p>Dear operator,</p><p>please delete<br>my data.</p>"
            "<table><tr><td>Name</td><td>Aigerim</td></tr></table>"
            "<script>alert(1)</script>tail</body></html>")
    assert html_to_text(html) == ("Dear operator,\n\nplease delete\nmy data.\n\n"
                                  "Name Aigerim\n\ntail")


def test_headers_and_body_lose_controls_and_bidi_overrides():
    raw = build_eml(body="Удалите\u202e мои\x1b[2J данные",
                    sender="\"Evil\u202eName\x07\" <evil@example.com>")
    mail = parse_eml_bytes(raw)
    assert "\u202e" not in mail.sender_name and "\x07" not in mail.sender_name
    assert "\u202e" not in mail.text and "\x1b" not in mail.text
