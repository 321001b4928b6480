"""Story: after a crash the window is up at once, read-only, while the register is checked.

Before, the full integrity check ran before the window appeared (seconds at 100,000
requests: 22.5x a bare window after kill -9). Now the register opens read-only with the
check pending, the window says so, the check runs in the background, and writing comes
back when it passes. Nothing is written before that, and a window closed before the check
ends leaves the next start to check again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.store import Register, StoreError
from app.store import lock as lock_module
from app.ui.main_window import MainWindow
from app.ui.opening import open_register
from app.ui.workers import RegisterSource
from tests.builders import PASSPHRASE, add_request, new_register
from tests.store.holders import Holder


@pytest.fixture
def crashed(tmp_path, monkeypatch):
    """A register whose last program was killed (kill -9) with requests in its WAL."""
    path = tmp_path / "office.otinish"
    new_register(tmp_path, "office.otinish").close()
    holder = Holder(path, adds=5)
    holder.kill()
    assert lock_module.crashed(lock_module.peek(path))
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    return path, holder.acknowledged


def test_the_store_defers_the_check_and_writes_nothing_before_it(crashed):
    path, acknowledged = crashed
    reg = Register.open(path, PASSPHRASE, defer_check=True)
    try:
        assert reg.check_pending and not reg.damaged
        with pytest.raises(StoreError) as refused:
            add_request(reg)
        assert refused.value.code == "register_being_checked"
        assert len(acknowledged) == 5 and all(reg.get_request(i) for i in acknowledged)
    finally:
        reg.close()  # closed before the check: the next start is still a crash
    assert lock_module.crashed(lock_module.peek(path))
    reg = Register.open(path, PASSPHRASE, defer_check=True)
    try:
        reg.end_pending_check(None)
        assert not reg.check_pending
        add_request(reg)
    finally:
        reg.close()
    assert not lock_module.crashed(lock_module.peek(path))


def test_the_window_opens_read_only_then_becomes_writable_when_the_check_passes(
        crashed, qtbot, answers, opened):
    path, acknowledged = crashed
    got = open_register(path)
    register = got.register
    window = MainWindow(register, RegisterSource(register.path, PASSPHRASE))
    window.checks.start_timer.stop()
    qtbot.addWidget(window)
    window.show()
    try:
        assert register.check_pending
        assert window.notices.attention.isVisible()
        assert "being checked" in window.notices.attention.text.text()
        window.checks.after_start()
        qtbot.waitUntil(lambda: not register.check_pending, timeout=30_000)
        assert not register.damaged
        assert "being checked" not in window.notices.attention.text.text()
        add_request(register)  # writable again
    finally:
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window.register.close()
    assert not lock_module.crashed(lock_module.peek(path))
