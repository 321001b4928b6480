"""Story: a breach notice due to the authorized body is in the daily reminder and in
`remind`, like a request's right (issue 16: "overdue and due-today incidents appear in
... remind")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta

from app.domain.clock import ALMATY
from app.services import incidents, reminders
from tests.builders import PASSPHRASE, new_register


def test_a_notice_due_is_in_the_agenda_and_in_remind(tmp_path):
    register = new_register(tmp_path)
    today = register.today()
    # Detected a week ago: its notice (one working day) is overdue by now.
    detected = datetime.combine(today - timedelta(days=7), datetime.min.time(),
                                ALMATY).replace(hour=18)
    made = incidents.add_incident(register, detected=detected, what="Открытый бакет",
                                  notify_body="yes", why="персональные данные клиентов")
    agenda = reminders.agenda_of(register)
    notices = [r for r in agenda.due_today + agenda.overdue
               if r.type == reminders.BREACH_NOTICE]
    assert [r.number for r in notices] == [made["number"]]
    path = register.path
    register.close()
    done = subprocess.run([sys.executable, "-m", "app.cli", "--json", "--db", str(path),
                           "remind"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "OTINISH_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 1, done.stderr
    shown = json.loads(done.stdout)
    listed = shown["due_today"] + shown["overdue"]
    assert any(item["number"] == made["number"] and item["type"] == "breach_notice"
               for item in listed)


def test_the_tray_counts_a_notice_due_beside_the_views_counts(tmp_path):
    register = new_register(tmp_path)
    detected = datetime.combine(register.today() - timedelta(days=7), datetime.min.time(),
                                ALMATY).replace(hour=18)
    incidents.add_incident(register, detected=detected, what="Открытый бакет",
                           notify_body="yes", why="персональные данные клиентов")
    counted = reminders.counts(register)
    assert (counted.due_today, counted.overdue) == (0, 0)  # the views' own counts
    assert counted.notices == 1 and counted.total == 1
