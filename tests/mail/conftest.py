"""Registers with a request that came by email and a prepared letter; mail servers."""

from __future__ import annotations

import pytest

from app.services import letters, requests
from tests.builders import fixed_clock, new_register
from tests.mail import servers

OPERATOR = {"name": "ИП Жумабаев Е.", "id": "860315300146", "id_kind": "IIN",
            "address": "г. Астана, ул. Кенесары, 40", "email": "info@example.kz",
            "phone": "+77015550000", "signatory": "Жумабаев Е."}

REQUEST_EML = (
    "From: Aigerim Akhmetova <aigerim@example.kz>\r\n"
    "To: privacy@example.kz\r\n"
    "Subject: =?utf-8?b?0J/QtdGA0YHQvtC90LDQu9GM0L3Ri9C1INC00LDQvdC90YvQtQ==?=\r\n"
    "Date: Fri, 20 Nov 2026 11:30:00 +0500\r\n"
    "Message-ID: <req-0001@mail.example.kz>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "Прошу сообщить, какие мои персональные данные вы храните.\r\n").encode()


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 11, 23))
    register.set_setting("operator", OPERATOR)
    yield register
    register.close()


@pytest.fixture
def letter(reg, tmp_path):
    """A request imported from an email (Subject «Персональные данные») and its prepared
    acknowledgement in Russian; returns the letter."""
    eml = tmp_path / "request.eml"
    eml.write_bytes(REQUEST_EML)
    logged = requests.import_email(reg, requests.read_email(eml))
    reg.set_setting("letters_dir", str(tmp_path / "letters"))
    return letters.make_letter(reg, logged.request_id, "acknowledgement")


@pytest.fixture(scope="session")
def certificate(tmp_path_factory):
    return servers.self_signed(tmp_path_factory.mktemp("cert"))


@pytest.fixture
def trust(certificate, monkeypatch):
    """The system trusts the test certificate (OpenSSL reads SSL_CERT_FILE)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    return certificate
