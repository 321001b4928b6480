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
        assert names == ["Ахметова Айгерим", "Ерлан Жумабаев"]
        assert reg.get_operator()["name"] == "ИП Фикстура"
