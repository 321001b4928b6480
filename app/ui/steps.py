"""The next likely steps for a request, offered as buttons on its detail panel.

A pure function of the request as `Register.get_request` returns it: no Qt, so it is
tested on its own. It only suggests; every step stays available from the menu.
"""

from __future__ import annotations

from typing import Any

from app.domain.vocab import LETTER_ANSWERS

#: The reply letter that answers each requested right (the inverse of LETTER_ANSWERS).
REPLY_FOR_TYPE: dict[str, str] = {
    t: kind for kind, answers in LETTER_ANSWERS.items() if answers for t in answers
}


def reply_kind(request: dict[str, Any]) -> str | None:
    """The reply letter not made yet for a right asked: open rights first, then done ones.

    A right done by an action (data deleted) still needs its confirmation letter.
    """
    made = {letter["kind"] for letter in request.get("letters", [])}
    items = request["items"]
    for item in [i for i in items if not i["done"]] + [i for i in items if i["done"]]:
        kind = REPLY_FOR_TYPE.get(item["type"])
        if kind and kind not in made:
            return kind
    return None


def next_steps(request: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Up to three (step, letter kind) pairs, most likely first.

    Steps: "letter", "identity", "action", "close", "reopen", "evidence".
    """
    status = request["status"]
    if status == "closed":
        return [("reopen", None), ("evidence", None)]
    letters = {letter["kind"] for letter in request.get("letters", [])}
    checks = request.get("identity_checks", [])
    confirmed = any(c["result"] == "passed" for c in checks)
    asked = any(c["result"] == "requested" for c in checks)
    steps: list[tuple[str, str | None]] = []
    if status == "answered":
        return [("close", None), ("letter", None)]
    if "acknowledgement" not in letters and status == "received":
        steps.append(("letter", "acknowledgement"))
    if not confirmed:
        if not asked and "identity_request" not in letters and status == "received":
            steps.append(("letter", "identity_request"))
        steps.append(("identity", None))
    if confirmed or status == "in_progress":
        if not all(item["done"] for item in request["items"]):
            steps.append(("action", None))
        kind = reply_kind(request)
        if kind:
            steps.append(("letter", kind))
    if not any(step == "close" for step, _ in steps):
        steps.append(("close", None))
    return steps[:3]
