"""Every released schema version (a committed fixture register) opens and migrates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.store import Register
from app.store.schema import migrations
from tests.fixtures.make_fixture import FIXTURE_PASSPHRASE

FIXTURES = sorted(Path(__file__).resolve().parents[1].joinpath("fixtures").glob(
    "register-v*.otinish"))


def test_there_is_a_fixture_of_the_first_release():
    assert [f.name for f in FIXTURES][:1] == ["register-v1.otinish"]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_a_released_register_opens_migrates_and_checks(tmp_path, fixture):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with Register.open(path, FIXTURE_PASSPHRASE) as reg:
        applied = [m.name for m in migrations.applied(reg.db)]
        assert applied == [m.name for m in migrations._migrations]
        assert reg.check() == {"integrity": "ok", "audit": "ok", "problems": []}
        names = sorted(r["requester"]["name"] for r in reg.list_requests())
        assert names == EXPECTED_NAMES[fixture.stem]
        assert reg.get_operator()["name"] == "ИП Фикстура"


#: Who is in each fixture (v2, the last release before m004, also holds an imported email
#: and a letter).
EXPECTED_NAMES = {
    "register-v1": ["Ахметова Айгерим", "Ерлан Жумабаев"],
    "register-v2": ["Ахметова Айгерим", "Дана Серікова", "Ерлан Жумабаев"],
}


def test_an_email_imported_before_m004_is_recognised_when_imported_again(tmp_path):
    """m004 gives the originals already in the register their Message-ID (audited), so
    the same message saved again is refused as a repeat; the old letter reads as prepared
    (the register never knew whether it was sent)."""
    from app.intake.email_parse import parse_eml_bytes
    from app.services.requests import EmailDraft, already_imported

    path = tmp_path / "register-v2.otinish"
    shutil.copy(FIXTURES[-1], path)
    with Register.open(path, FIXTURE_PASSPHRASE) as reg:
        rows = list(reg.db["mail_ids"].rows)
        assert [r["message_id"] for r in rows] == ["<fixture-v2@example.kz>"]
        resaved = (b"Message-ID: <fixture-v2@example.kz>\r\nFrom: dana@example.kz\r\n"
                   b"Subject: again\r\n\r\nPlease delete.")
        draft = EmailDraft(parse_eml_bytes(resaved), ["deletion"], "ru")
        assert already_imported(reg, draft)["number"] == "IN-2026-0003"
        [letter] = reg.get_request(3)["letters"]
        assert letter["sent_at"] is None
        assert reg.check()["audit"] == "ok"
