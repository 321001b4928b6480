"""The CLI contract of corrections: `edit`, `void`, `import-email --again --reason`.

Each correction is one line on stderr when refused (exit 2), and shows in `show --json`.
"""

from __future__ import annotations

import pytest

from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli
from tests.services.test_import_email import _eml


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    assert run_cli(capsys, "--db", path, "init").code == 0
    assert run_cli(capsys, "--db", path, "add", "--channel", "phone", "--type", "deletion",
                   "--name", "Айгерим Ахметова", "--phone", "+77015551234",
                   "--received", "2026-03-20").code == 0
    return path


def test_edit_changes_the_requester_and_the_rights(db, capsys):
    out = run_cli(capsys, "--db", db, "--json", "edit", "1", "--email", "a@example.kz",
                  "--postal-address", "Астана, ул. 1", "--address-form", "female",
                  "--add-type", "access")
    assert out.code == 0, out.err
    view = out.json
    assert view["requester"]["email"] == "a@example.kz"
    assert (view["postal_address"], view["address_form"]) == ("Астана, ул. 1", "female")
    assert [i["type"] for i in view["items"]] == ["deletion", "access"]
    refused = run_cli(capsys, "--db", db, "edit", "1", "--remove-type", "deletion")
    assert refused.code == 2 and "--reason" in refused.err
    removed = run_cli(capsys, "--db", db, "--json", "edit", "1", "--remove-type", "deletion",
                      "--reason", "asked in error").json
    assert removed["items"][0]["removed"] and removed["items"][0]["removed_reason"] == (
        "asked in error")


def test_void_a_check_an_action_and_the_request(db, capsys):
    run_cli(capsys, "--db", db, "identity", "1", "--method", "phone_callback", "--result",
            "passed")
    run_cli(capsys, "--db", db, "action", "1", "--kind", "deleted", "--note", "Deleted")
    view = run_cli(capsys, "--db", db, "--json", "show", "1").json
    check_id, action_id = view["identity_checks"][0]["id"], view["actions"][0]["id"]
    assert run_cli(capsys, "--db", db, "void", "1", "--identity", str(check_id)).code == 2
    out = run_cli(capsys, "--db", db, "--json", "void", "1", "--identity", str(check_id),
                  "--reason", "wrong number").json
    assert out["identity_checks"][0]["voided"] is True
    out = run_cli(capsys, "--db", db, "--json", "void", "1", "--action", str(action_id),
                  "--reason", "wrong request").json
    assert out["actions"][0]["voided"] is True and not out["items"][0]["done"]
    missing = run_cli(capsys, "--db", db, "void", "1", "--action", "99", "--reason", "x")
    assert missing.code == 2 and "no action 99" in missing.err
    out = run_cli(capsys, "--db", db, "--json", "void", "1", "--reason", "a test call").json
    assert (out["status"], out["outcome"]) == ("closed", "voided")


def test_import_email_refuses_a_text_file_and_a_repeat(db, capsys, tmp_path):
    fake = tmp_path / "fake.eml"
    fake.write_text("Just some text, not a message at all.", encoding="utf-8")
    refused = run_cli(capsys, "--db", db, "import-email", str(fake))
    assert refused.code == 2 and "neither a sender nor a date" in refused.err
    mail = tmp_path / "request.eml"
    mail.write_bytes(_eml())
    first = run_cli(capsys, "--db", db, "--json", "import-email", str(mail)).json
    again = run_cli(capsys, "--db", db, "import-email", str(mail))
    assert again.code == 2 and first["number"] in again.err
    assert len(again.err.strip().splitlines()) == 1
    assert run_cli(capsys, "--db", db, "import-email", str(mail), "--again").code == 2
    forced = run_cli(capsys, "--db", db, "--json", "import-email", str(mail), "--again",
                     "--reason", "sent again to the new address")
    assert forced.code == 0 and forced.json["number"] != first["number"]
