"""The CLI contract of issue #2: commands, JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import pytest

from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli, run_cli_process

VALID_BIN = "180240012342"  # 2018-02, resident (4), head office (0); check digit 2
VALID_IIN = "860315300146"  # 1986-03-15, male (3)


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    result = run_cli(capsys, "--db", path, "--json", "init")
    assert result.code == 0, result.err
    assert result.json == {"path": path, "key": "env"}
    return path


def test_init_refuses_an_existing_register(db, capsys):
    result = run_cli(capsys, "--db", db, "init")
    assert result.code == 2
    assert "already exists" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_add_returns_the_request_with_items_and_due_dates(db, capsys):
    result = run_cli(capsys, "--db", db, "--json", "add", "--channel", "email",
                     "--type", "access", "--type", "deletion", "--name", "Ерлан Жумабаев",
                     "--email", "Erlan@Example.KZ", "--phone", "8 701 555 12 34",
                     "--iin", VALID_IIN, "--received", "2026-03-20T10:15",
                     "--text", "Прошу удалить мой аккаунт")
    assert result.code == 0, result.err
    r = result.json
    assert r["number"] == "IN-2026-0001"
    assert r["received"] == "2026-03-20T10:15:00+05:00"
    assert (r["channel"], r["lang"], r["status"], r["outcome"]) == ("email", "ru", "received",
                                                                    None)
    assert r["due"] == "2026-03-26"
    assert r["requester"] == {"name": "Ерлан Жумабаев", "email": "erlan@example.kz",
                              "phone": "+77015551234", "iin": VALID_IIN}
    assert [(i["type"], i["due"], i["done"]) for i in r["items"]] == [
        ("access", "2026-03-30", False), ("deletion", "2026-03-26", False)]
    assert all(i["basis"] for i in r["items"])
    assert r["warnings"] == []


def test_add_detects_type_and_language_from_text_and_warns_of_duplicates(db, capsys):
    first = run_cli(capsys, "--db", db, "--json", "add", "--channel", "phone",
                    "--name", "Әлия", "--phone", "+77015551234",
                    "--text", "Келісімімді кері қайтарамын").json
    assert [i["type"] for i in first["items"]] == ["withdrawal"]
    assert first["lang"] == "kk"
    second = run_cli(capsys, "--db", db, "--json", "add", "--channel", "phone",
                     "--name", "Алия", "--phone", "87015551234", "--type", "access").json
    assert second["warnings"] and first["number"] in second["warnings"][0]


@pytest.mark.parametrize("args, fragment", [
    (["add", "--channel", "fax", "--type", "access", "--name", "X"], "invalid choice"),
    (["add", "--channel", "email", "--type", "everything", "--name", "X"], "invalid choice"),
    (["add", "--channel", "email", "--type", "access", "--name", "X", "--iin", "123456789012"],
     "IIN"),
    (["add", "--channel", "email", "--type", "access", "--name", "X", "--email", "nope"],
     "not an email address"),
    (["add", "--channel", "email", "--type", "access", "--name", "X", "--received", "31.12"],
     "not a date"),
    (["show", "42"], "no request with id 42"),
    (["close", "1", "--outcome", "fulfilled"], "no request"),
    (["identity", "1", "--method", "selfie", "--result", "passed"], "invalid choice"),
    (["list", "--status", "pending"], "invalid choice"),
    (["operator", "set", "--name", "ИП", "--id", "123", "--address", "A", "--email", "a@b.kz",
      "--phone", "+77010000000"], "not a valid IIN or BIN"),
])
def test_user_errors_exit_2_with_one_line(db, capsys, args, fragment):
    result = run_cli(capsys, "--db", db, *args)
    assert result.code == 2
    assert fragment in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_the_request_flow_identity_action_close(db, capsys):
    rid = str(run_cli(capsys, "--db", db, "--json", "add", "--channel", "letter",
                      "--type", "correction", "--name", "Иван Петров").json["id"])
    shown = run_cli(capsys, "--db", db, "--json", "identity", rid, "--method",
                    "id_document_in_person", "--result", "passed", "--note",
                    "ID card, last 4: 1234").json
    assert shown["identity_checks"][0]["method"] == "id_document_in_person"
    assert shown["status"] == "in_progress"
    shown = run_cli(capsys, "--db", db, "--json", "action", rid, "--kind", "corrected",
                    "--note", "Phone number changed in CRM").json
    assert shown["items"][0]["done"] is True
    closed = run_cli(capsys, "--db", db, "--json", "close", "IN-2026-0001", "--outcome",
                     "fulfilled").json
    assert (closed["status"], closed["outcome"]) == ("closed", "fulfilled")
    again = run_cli(capsys, "--db", db, "close", rid, "--outcome", "fulfilled")
    assert again.code == 2 and "already closed" in again.err
    full = run_cli(capsys, "--db", db, "--json", "show", rid).json
    for key in ("identity_checks", "actions", "letters", "events"):
        assert key in full
    assert len(full["events"]) >= 5


def test_list_search_overdue_and_limit(db, capsys):
    for name, received in [("Айгерим Ахметова", "2026-01-05"), ("John Smith", "2026-11-20"),
                           ("Сауле Ахметова", "2026-11-19")]:
        run_cli(capsys, "--db", db, "add", "--channel", "email", "--type", "access",
                "--name", name, "--received", received)
    found = run_cli(capsys, "--db", db, "--json", "list", "--search", "ахметова").json
    assert sorted(r["requester"]["name"] for r in found["requests"]) == [
        "Айгерим Ахметова", "Сауле Ахметова"]
    overdue = run_cli(capsys, "--db", db, "--json", "list", "--overdue").json["requests"]
    assert "Айгерим Ахметова" in [r["requester"]["name"] for r in overdue]
    assert len(run_cli(capsys, "--db", db, "--json", "list").json["requests"]) == 3
    assert len(run_cli(capsys, "--db", db, "--json", "list", "--limit", "2").json["requests"]) \
        == 2


@pytest.mark.parametrize("rtype, received, due, days", [
    ("access", "2026-03-20", "2026-03-30", 3),
    ("withdrawal", "2026-03-20", "2026-04-15", 15),
    ("access", "2026-11-21", "2026-11-25", 3),
])
def test_due_needs_no_register(capsys, rtype, received, due, days):
    result = run_cli(capsys, "--json", "due", "--type", rtype, "--received", received)
    assert result.code == 0
    out = result.json
    assert (out["type"], out["received"], out["due"], out["working_days"]) == (
        rtype, received, due, days)
    assert out["basis"].startswith(f"{days} working days (")
    assert out["citation"] and out["statutory"] is (out["basis_kind"] == "law")


def test_due_cites_in_the_language_asked_and_takes_a_time(capsys):
    before = run_cli(capsys, "--json", "due", "--type", "objection", "--received",
                     "2025-12-10T15:30", "--lang", "kk").json
    assert (before["statutory"], before["basis_kind"]) == (False, "operator")
    assert before["citation"] == "оператор белгілеген мерзім"
    after = run_cli(capsys, "--json", "due", "--type", "objection", "--received",
                    "2026-02-02").json
    assert (after["statutory"], after["citation"]) == (True, "пункты 2 и 3 статьи 19-1 Закона")


@pytest.mark.parametrize("number, valid, kind, code", [
    (VALID_IIN, True, "IIN", 0), (VALID_BIN, True, "BIN", 0),
    ("860315300147", False, "IIN", 1), ("12345", False, None, 1),
])
def test_check_id(capsys, number, valid, kind, code):
    result = run_cli(capsys, "--json", "check-id", number)
    assert result.code == code
    assert result.json["valid"] is valid and result.json["kind"] == kind
    assert (result.json["reason"] is None) == valid


def test_operator_and_calendar(db, capsys):
    result = run_cli(capsys, "--db", db, "--json", "operator", "set", "--name",
                     'ТОО "Ромашка" & Co', "--id", VALID_BIN, "--address", "Астана",
                     "--email", "info@romashka.kz", "--phone", "+7 717 255 00 00",
                     "--signatory", "Директор А. Иванов")
    assert result.code == 0, result.err
    assert result.json["operator"]["id_kind"] == "BIN"
    shown = run_cli(capsys, "--db", db, "--json", "operator", "show").json
    assert shown["operator"]["name"] == 'ТОО "Ромашка" & Co'
    run_cli(capsys, "--db", db, "calendar", "add", "--date", "2027-01-08", "--kind", "holiday",
            "--note", "decree transfer")
    added = run_cli(capsys, "--db", db, "--json", "add", "--channel", "email", "--type",
                    "blocking", "--name", "X", "--received", "2027-01-06").json
    assert added["due"] == "2027-01-11"  # 7 Jan holiday, 8 Jan operator day off, weekend
    listed = run_cli(capsys, "--db", db, "--json", "calendar", "list").json
    assert listed["overrides"] == [{"date": "2027-01-08", "kind": "holiday",
                                    "note": "decree transfer"}]


def test_check_reports_ok_and_exit_0(db, capsys):
    run_cli(capsys, "--db", db, "add", "--channel", "email", "--type", "access", "--name", "X")
    result = run_cli(capsys, "--db", db, "--json", "check")
    assert result.code == 0
    assert result.json["integrity"] == "ok" and result.json["audit"] == "ok"


def test_real_process_wrong_passphrase_exit_2_one_line_no_traceback(tmp_path):
    db = str(tmp_path / "r.otinish")
    assert run_cli_process("--db", db, "init").code == 0
    result = run_cli_process("--db", db, "--json", "list", passphrase="wrong")
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert "does not open the register" in result.err
    assert "Traceback" not in result.err


def test_real_process_without_keychain_or_passphrase_says_what_to_do(tmp_path):
    db = str(tmp_path / "r.otinish")
    result = run_cli_process("--db", db, "init", passphrase=None,
                             env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.code == 2
    assert "OTINISH_PASSPHRASE" in result.err
    assert not (tmp_path / "r.otinish").exists()
