"""Logs hold no personal data: a whole flow, broken inputs included, logged at DEBUG."""

from __future__ import annotations

import logging

from app.intake.errors import IntakeError
from app.services.letters import make_letter
from app.services.requests import import_email, log_request, read_email
from tests.builders import new_register
from tests.letters.test_letters import OPERATOR
from tests.services.test_import_email import _eml

SECRET_NAME = "Секретбаева Тайна"
SECRET_EMAIL = "tajna.secret@example.kz"


def test_a_whole_flow_logs_no_personal_data(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    reg = new_register(tmp_path)
    reg.set_setting("operator", OPERATOR)
    logged = log_request(reg, channel="phone", types=["deletion"], name=SECRET_NAME,
                         email=SECRET_EMAIL, text="Удалите всё про Секретбаеву")
    make_letter(reg, logged.request_id, "acknowledgement", out_dir=tmp_path / "out")
    good = tmp_path / f"{SECRET_NAME}.eml"
    good.write_bytes(_eml(sender=f"{SECRET_NAME} <{SECRET_EMAIL}>"))
    import_email(reg, read_email(good))
    broken = tmp_path / f"{SECRET_NAME} broken.eml"
    broken.write_bytes(b"From: " + SECRET_EMAIL.encode() + b"\r\nContent-Type: multipart/"
                       b"mixed; boundary=\"" + b"(" * 5000 + b"\r\n\r\n\x00\x01\x02")
    try:
        import_email(reg, read_email(broken))
    except IntakeError:
        pass
    reg.close()
    text = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    for secret in (SECRET_NAME, SECRET_EMAIL, "Секретбаев"):
        assert secret not in text
