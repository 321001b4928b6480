"""Story: a greyed-out command says why (no dead ends).

Before, "Mark as sent" or "Documents" were simply grey; now the tooltip (and the status
tip the menu shows) says what is missing, in the interface language.
"""

from __future__ import annotations

from app.ui.window_actions import REASONED
from tests.builders import add_request


def _disabled_without_reason(window) -> list[str]:
    missing = []
    for name in REASONED:
        act = getattr(window.commands, name)
        if not act.isEnabled() and act.toolTip() == act.property("baseTip"):
            missing.append(name)
    return missing


def test_every_disabled_command_of_a_request_says_why(window):
    window.select_request(None)
    assert _disabled_without_reason(window) == []
    assert "Select a request" in window.commands.letter.toolTip()
    rid = add_request(window.register, name="Ерлан", types=["deletion"])
    window.refresh(select_id=rid)
    assert window.commands.letter.isEnabled()
    assert "Select a request" not in window.commands.letter.toolTip()
    assert _disabled_without_reason(window) == []
    assert "No letter has been prepared" in window.commands.mark_sent.toolTip()
    window.register.close_request(rid, "refused", reason="test")
    window.refresh(select_id=rid)
    assert not window.commands.identity.isEnabled()
    assert "closed; reopen it first" in window.commands.identity.toolTip()
    assert "reopen it first" in window.commands.identity.statusTip()
    assert _disabled_without_reason(window) == []
