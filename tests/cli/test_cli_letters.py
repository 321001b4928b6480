"""The CLI of issue #3: operator profile, letter, export, evidence."""

from __future__ import annotations

import json
import zipfile

import pytest

from app.cli import build_parser
from app.letters import names
from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli
from tests.letters.test_letters import PROFILE


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    assert run_cli(capsys, "--db", path, "init").code == 0
    assert run_cli(capsys, "--db", path, "operator", "set", "--name", "ИП Жумабаев Е.",
                   "--id", "860315300146", "--address", "Астана", "--email",
                   "info@example.kz", "--phone", "+77015550000").code == 0
    assert run_cli(capsys, "--db", path, "add", "--channel", "email", "--type", "access",
                   "--name", "Айгерим Ахметова", "--received", "2026-03-20").code == 0
    return path


def _choices(*path: str, option: str) -> tuple[str, ...]:
    parser = build_parser()
    for name in path:
        sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
        parser = sub.choices[name]
    action = next(a for a in parser._actions if option in a.option_strings)
    return tuple(action.choices)


def test_the_cli_offers_exactly_the_declared_refusal_grounds_and_letter_kinds():
    """The CLI keeps no list of its own: it offers what the letters declare."""
    from app.letters.kinds import KINDS

    assert _choices("letter", option="--ground") == tuple(names.REFUSAL_GROUNDS)
    assert _choices("letter", option="--kind") == tuple(KINDS)


def test_access_response_before_a_profile_says_how_to_set_it(db, capsys, tmp_path):
    result = run_cli(capsys, "--db", db, "letter", "1", "--kind", "access_response",
                     "--out", str(tmp_path / "out"))
    assert result.code == 2
    assert "operator profile --file" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_profile_then_letter_then_show_lists_it(db, capsys, tmp_path):
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    assert run_cli(capsys, "--db", db, "operator", "profile", "--file", str(profile)).code == 0
    shown = run_cli(capsys, "--db", db, "--json", "operator", "show").json
    assert shown["operator"]["name"] == "ИП Жумабаев Е."
    out = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", "access_response",
                  "--lang", "kk", "--out", str(tmp_path / "out")).json
    assert set(out) == {"path", "number", "kind", "lang", "sha256", "sent_at", "warnings"}
    # The requester gave no email and no postal address: the letter must be handed over.
    assert out["sent_at"] is None
    assert any("IN-2026-0001 has no email and no postal address" in w for w in out["warnings"])
    # A Kazakh letter while only Russian requisites and profile exist: said, not hidden.
    assert any("no kk requisites" in w for w in out["warnings"])
    assert any("no kk processing profile" in w for w in out["warnings"])
    assert out["number"] == "OUT-2026-0001" or out["number"].startswith("OUT-")
    assert (out["kind"], out["lang"]) == ("access_response", "kk")
    assert out["path"].endswith(".docx")
    shown = run_cli(capsys, "--db", db, "--json", "show", "1").json
    assert [le["number"] for le in shown["letters"]] == [out["number"]]
    assert shown["letters"][0]["sent_at"] is None and shown["status"] == "received"


def test_sent_records_the_sending_and_answers_the_request(db, capsys, tmp_path):
    """The CLI contract: `letter` prepares, `sent NUMBER --via ... --at ...` answers."""
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    run_cli(capsys, "--db", db, "operator", "profile", "--file", str(profile))
    made = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", "access_response",
                   "--out", str(tmp_path / "out")).json
    early = run_cli(capsys, "--db", db, "sent", made["number"], "--via", "post",
                    "--at", "2026-03-20T11:00")
    assert early.code == 2 and "cannot have been sent before it was made" in early.err
    sent = run_cli(capsys, "--db", db, "--json", "sent", made["number"], "--via", "post")
    assert sent.code == 0, sent.err
    shown = run_cli(capsys, "--db", db, "--json", "show", "1").json
    assert shown["status"] == "answered"
    assert shown["letters"][0]["sent_at"] == sent.json["sent_at"]
    assert shown["letters"][0]["sent_via"] == "post"
    assert shown["items"][0]["done_at"] == sent.json["sent_at"]
    again = run_cli(capsys, "--db", db, "sent", made["number"], "--via", "post")
    assert again.code == 2 and "already recorded as sent" in again.err
    missing = run_cli(capsys, "--db", db, "sent", "OUT-2026-0999", "--via", "post")
    assert missing.code == 2 and "no letter OUT-2026-0999" in missing.err


def test_a_bad_profile_is_refused_with_one_sentence(db, capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"purposes": "not a list"}', encoding="utf-8")
    result = run_cli(capsys, "--db", db, "operator", "profile", "--file", str(bad))
    assert result.code == 2 and "must be" in result.err
    bad.write_text("{not json", encoding="utf-8")
    result = run_cli(capsys, "--db", db, "operator", "profile", "--file", str(bad))
    assert result.code == 2 and "not valid JSON" in result.err


def test_refusal_needs_a_note_and_a_ground(db, capsys, tmp_path):
    result = run_cli(capsys, "--db", db, "letter", "1", "--kind", "refusal", "--out",
                     str(tmp_path))
    assert result.code == 2 and "--note" in result.err
    result = run_cli(capsys, "--db", db, "letter", "1", "--kind", "refusal", "--note",
                     "Личность не подтверждена.", "--out", str(tmp_path))
    assert result.code == 2 and "--ground" in result.err
    assert len(result.err.strip().splitlines()) == 1
    result = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", "refusal",
                     "--ground", "identity_not_confirmed", "--note",
                     "Личность не подтверждена.", "--out", str(tmp_path))
    assert result.code == 0, result.err


def test_no_data_held_is_a_letter_of_its_own_not_a_refusal_ground(db, capsys, tmp_path):
    result = run_cli(capsys, "--db", db, "letter", "1", "--kind", "refusal", "--ground",
                     "no_data_held", "--note", "Данных нет.", "--out", str(tmp_path))
    assert result.code == 2 and "invalid choice" in result.err
    result = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", "no_data",
                     "--out", str(tmp_path))
    assert result.code == 0, result.err


def test_export_and_evidence(db, capsys, tmp_path):
    out = run_cli(capsys, "--db", db, "--json", "export", "--format", "csv", "--out",
                  str(tmp_path / "r.csv"), "--from", "2026-01-01", "--status", "received").json
    assert out["requests"] == 1
    bad = run_cli(capsys, "--db", db, "export", "--format", "pdf", "--out", "x")
    assert bad.code == 2 and "csv" in bad.err
    pack = run_cli(capsys, "--db", db, "--json", "evidence", "IN-2026-0001", "--out",
                   str(tmp_path / "pack.zip")).json
    assert zipfile.is_zipfile(pack["path"])


def test_requisites_in_each_language_and_a_visible_fallback(db, capsys, tmp_path):
    """A Kazakh letter carries the Kazakh requisites once given; until then it says which
    language it used instead."""
    before = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", "acknowledgement",
                     "--lang", "kk", "--out", str(tmp_path / "a")).json
    assert any("no kk requisites" in w for w in before["warnings"])
    saved = run_cli(capsys, "--db", db, "--json", "operator", "set", "--lang", "kk", "--name",
                    "ЖК Жұмабаев Е.", "--address", "Астана қ., Кенесары к-сі, 40",
                    "--signatory", "Е. Жұмабаев")
    assert saved.code == 0, saved.err
    after = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", "acknowledgement",
                    "--lang", "kk", "--out", str(tmp_path / "b")).json
    assert not any("requisites" in w for w in after["warnings"])
    from docx import Document

    text = "\n".join(p.text for p in Document(after["path"]).paragraphs)
    cells = "\n".join(c.text for t in Document(after["path"]).tables for r in t.rows
                      for c in r.cells)
    assert "ЖК Жұмабаев Е." in text + cells and "Кенесары к-сі" in text + cells
    ru = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", "acknowledgement",
                 "--out", str(tmp_path / "c")).json
    assert not any("requisites" in w for w in ru["warnings"])
