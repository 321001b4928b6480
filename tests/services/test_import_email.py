"""Importing files into the register: a good email becomes a request, anything else nothing."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.intake.errors import IntakeError
from app.services.requests import import_email, read_email
from tests.builders import new_register
from tests.builders import said as cli_sentence


def _eml(
    body: str = "Здравствуйте! Прошу удалить мой аккаунт и все мои данные.",
    sender: str = "Айгерим Ахметова <Aigerim@Example.kz>",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@operator.kz"
    msg["Subject"] = "Удаление данных"
    msg["Date"] = "Fri, 20 Mar 2026 05:30:00 +0000"
    msg.set_content(body)
    return bytes(msg)


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path)
    yield register
    register.close()


def test_an_email_becomes_a_request_with_its_original_kept(reg, tmp_path):
    path = tmp_path / "request.eml"
    path.write_bytes(_eml())
    logged = import_email(reg, read_email(path))
    view = reg.get_request(logged.request_id)
    assert view["channel"] == "email"
    assert view["requester"]["name"] == "Айгерим Ахметова"
    assert view["requester"]["email"] == "aigerim@example.kz"
    assert view["received"] == "2026-03-20T10:30:00+05:00"
    assert [i["type"] for i in view["items"]] == ["deletion"]
    assert view["lang"] == "ru"
    [original] = view["attachments"]
    assert reg.attachment_content(original["id"]) == path.read_bytes()
    assert logged.warnings == []


def test_a_second_email_from_the_same_address_warns_of_a_duplicate(reg, tmp_path):
    path = tmp_path / "request.eml"
    path.write_bytes(_eml())
    other = tmp_path / "again.eml"
    other.write_bytes(_eml(body="Прошу также удалить мой номер телефона."))
    first = import_email(reg, read_email(path))
    second = import_email(reg, read_email(other))
    number = reg.get_request(first.request_id)["number"]
    assert [d.number for d in second.duplicates] == [number]
    assert any(number in cli_sentence(w) for w in second.warnings)


def test_the_same_message_is_not_imported_twice_unless_asked_with_a_reason(reg, tmp_path):
    """Re-importing a message already in the register (even after its request was closed)
    is refused with that request's number; imported again on purpose, the reason stays."""
    path = tmp_path / "request.eml"
    path.write_bytes(_eml())
    first = import_email(reg, read_email(path))
    number = reg.get_request(first.request_id)["number"]
    reg.close_request(first.request_id, "fulfilled")
    with pytest.raises(DomainError) as raised:
        import_email(reg, read_email(path))
    assert raised.value.code == "email_already_imported"
    assert raised.value.values["number"] == number
    assert number in cli_sentence(raised.value)
    count = reg.db["requests"].count
    again = import_email(reg, read_email(path), again="the person sent it to a new address")
    assert reg.db["requests"].count == count + 1
    notes = [a["note"] for a in reg.get_request(again.request_id)["actions"]]
    assert any("the person sent it to a new address" in n and number in n for n in notes)


def test_a_message_with_the_same_message_id_is_the_same_message(reg, tmp_path):
    """Saved twice by a mail client the bytes differ, the Message-ID does not."""
    one, two = tmp_path / "one.eml", tmp_path / "two.eml"
    one.write_bytes(b"Message-ID: <abc@mail.kz>\r\n" + _eml())
    two.write_bytes(b"Message-ID: <abc@mail.kz>\r\nX-Saved-By: Thunderbird\r\n" + _eml())
    import_email(reg, read_email(one))
    with pytest.raises(DomainError) as raised:
        import_email(reg, read_email(two))
    assert raised.value.code == "email_already_imported"


def test_a_request_closed_recently_still_counts_as_a_possible_duplicate(reg, tmp_path):
    path = tmp_path / "request.eml"
    path.write_bytes(_eml())
    first = import_email(reg, read_email(path))
    reg.close_request(first.request_id, "fulfilled")
    other = tmp_path / "again.eml"
    other.write_bytes(_eml(body="Вы удалили не всё: прошу удалить и мой адрес."))
    second = import_email(reg, read_email(other))
    [duplicate] = second.duplicates
    assert duplicate.closed and duplicate.notice.code == "possible_duplicate_closed"


def test_operator_overrides_type_and_language(reg, tmp_path):
    path = tmp_path / "request.eml"
    path.write_bytes(_eml())
    logged = import_email(reg, read_email(path), types=["access"], lang="kk")
    view = reg.get_request(logged.request_id)
    assert [i["type"] for i in view["items"]] == ["access"]
    assert view["lang"] == "kk"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_file_is_imported_or_refused_with_one_sentence_and_nothing_written(reg, tmp_path, data):
    original = _eml()
    mangle = data.draw(st.sampled_from(["truncate", "flip", "random", "charset", "empty"]))
    if mangle == "truncate":
        content = original[: data.draw(st.integers(0, len(original)))]
    elif mangle == "flip":
        content = bytearray(original)
        for pos in data.draw(st.lists(st.integers(0, len(original) - 1), max_size=30)):
            content[pos] = data.draw(st.integers(0, 255))
        content = bytes(content)
    elif mangle == "random":
        content = data.draw(st.binary(max_size=2000))
    elif mangle == "charset":
        charset = data.draw(st.sampled_from(["x-unknown", "koi8-r", "utf-16", "", "ы"]))
        content = original.replace(b'charset="utf-8"', f'charset="{charset}"'.encode())
    else:
        content = b""
    path = tmp_path / "mangled.eml"
    path.write_bytes(content)
    before = reg.db["requests"].count, reg.db["events"].count
    try:
        logged = import_email(reg, read_email(path))
    except (IntakeError, DomainError) as exc:
        sentence = cli_sentence(exc)
        assert "\n" not in sentence and sentence
        assert (reg.db["requests"].count, reg.db["events"].count) == before
    else:
        assert reg.get_request(logged.request_id)["items"]
