"""The inspection pack: the figures of a period and the two files that show them.

"Report for a period" gathers, for the requests received in the period: the journal,
counts by type, channel and outcome, timeliness per type, every late right with what the
record says about it, refusals with their grounds, the incidents detected in the period
with their notices, the deadline rules in force, and the result of the register's check
with the head of its audit chain (so the pack can be tied to the register later).

"On time" is strict: a right is answered when a reply letter that answers it was recorded
as SENT (a letter only prepared answers nothing), and it was on time when that sending
date is on or before the right's due date. A right with no reply sent is late once its
due date has passed (as of the report's day), whatever else was done or recorded.
Requests voided (registered by mistake) are listed in the journal but not counted, and
rights removed by mistake are not counted either.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.vocab import ALL_OUTCOMES, CHANNELS, REQUEST_TYPES, VOIDED
from app.letters.errors import LetterError
from app.letters.kinds import letter_effects
from app.letters.names import REFUSAL_GROUNDS
from app.store import Register, witness
from app.store.audit import ACTION_CODES, ENTITY_CODES, decode_at

from .operator import backup_folder, letter_requisites, rule_rows

#: The states of one right in the timeliness table.
ON_TIME, ANSWERED_LATE, OPEN_LATE, PENDING, WITHDRAWN = (
    "on_time", "answered_late", "open_late", "pending", "withdrawn")
TIMELINESS = (ON_TIME, ANSWERED_LATE, OPEN_LATE, PENDING, WITHDRAWN)
#: The letter kind of a reasoned refusal and of an incident's notice.
REFUSAL = "refusal"
INCIDENT_NOTICE = "incident_notice"


def _local_day(stamp: str | None) -> date | None:
    return date.fromisoformat(stamp[:10]) if stamp else None


def _requests(register: Register, date_from: date, date_to: date) -> list[dict[str, Any]]:
    cur = register.db.execute(
        "select id, number, received_at, received_date, channel, lang, requester_name,"
        " status, outcome, closed_at from requests where received_date >= ? and"
        " received_date <= ? order by received_at, id",
        [date_from.isoformat(), date_to.isoformat()])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur]


def _by_request(register: Register, sql: str, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Rows of *sql* (whose first column is request_id, filtered by `in (...)`) per request."""
    out: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        cur = register.db.execute(sql.format(ids=",".join("?" * len(chunk))), chunk)
        cols = [c[0] for c in cur.description]
        for row in cur:
            values = dict(zip(cols, row, strict=True))
            out.setdefault(values["request_id"], []).append(values)
    return out


def _grounds_in(content: bytes | None, lang: str) -> list[str] | None:
    """The refusal grounds a kept letter states (matched in its own language's words);
    None when no copy of the letter is kept."""
    if not content:
        return None
    from docx import Document

    try:
        text = "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
    except Exception:  # a damaged copy states nothing we can read
        return []
    text = " ".join(text.split())
    return [code for code, words in REFUSAL_GROUNDS.items()
            if lang in words and " ".join(words[lang]["text"].split()) in text]


_ITEMS = (
    "select i.request_id, i.id, i.type, i.due, i.done_at, i.outcome, exists(select 1 from"
    " voids v where v.entity = 'request_items' and v.entity_id = i.id) as removed,"
    f" (select e.at from events e where e.entity = {ENTITY_CODES['request_items']} and"
    " e.entity_id = i.id"
    f" and e.action = {ACTION_CODES['create']} order by e.id limit 1) as asked_at"
    " from request_items i where i.request_id in ({ids}) order by i.id")
_LETTERS = (
    "select l.request_id, l.id, l.kind, l.lang, l.number, l.created_at, s.sent_at, s.via"
    " from letters l left join letter_sendings s on s.letter_id = l.id"
    " where l.request_id in ({ids}) order by l.id")


def _state(item: dict[str, Any], outcome: str | None, sent_replies: list[dict[str, Any]],
           effects: dict[str, Any], today: date) -> tuple[str, dict[str, Any] | None]:
    """A right's timeliness (see the module) and the sent reply that answered it."""
    due = date.fromisoformat(item["due"])
    # A reply answers the rights it replies to that were asked for when it was sent (a
    # right added later was not answered by an earlier letter).
    asked_at = datetime.fromisoformat(decode_at(item["asked_at"])) \
        if item.get("asked_at") else None
    answering = sorted((le for le in sent_replies if (
        effects[le["kind"]].answers is None or item["type"] in effects[le["kind"]].answers)
        and (asked_at is None or datetime.fromisoformat(le["sent_at"]) >= asked_at)),
        key=lambda le: le["sent_at"])
    reply = answering[0] if answering else None
    if reply is not None:
        return (ON_TIME if _local_day(reply["sent_at"]) <= due else ANSWERED_LATE), reply
    withdrawn_on = _local_day(item["done_at"])
    if "withdrawn_by_requester" in (outcome, item["outcome"]) and withdrawn_on is not None \
            and withdrawn_on <= due:
        return WITHDRAWN, None  # withdrawn in time: nothing left to answer
    return (OPEN_LATE if today > due else PENDING), None


def on_time_by_type(register: Register, date_from: date, date_to: date
                    ) -> dict[str, dict[str, int]]:
    """Per right requested in the period: how many rights are in each timeliness state
    (the report's rule; voided requests and removed rights not counted)."""
    rows = [r for r in _requests(register, date_from, date_to) if r["outcome"] != VOIDED]
    ids = [r["id"] for r in rows]
    items, letters = _by_request(register, _ITEMS, ids), _by_request(register, _LETTERS, ids)
    effects, today = letter_effects(), register.today()
    out: dict[str, dict[str, int]] = {}
    for r in rows:
        sent = [le for le in letters.get(r["id"], [])
                if le["sent_at"] and effects.get(le["kind"]) is not None]
        for item in items.get(r["id"], []):
            if not item["removed"]:
                state, _ = _state(item, r["outcome"], sent, effects, today)
                out.setdefault(item["type"], dict.fromkeys(TIMELINESS, 0))[state] += 1
    return {t: out[t] for t in REQUEST_TYPES if t in out}


def figures(register: Register, date_from: date, date_to: date) -> dict[str, Any]:
    """Everything the inspection pack of the period says, as codes and values."""
    if date_from > date_to:
        raise LetterError("period_reversed")
    today = register.today()
    rows = _requests(register, date_from, date_to)
    ids = [r["id"] for r in rows]
    items = _by_request(register, _ITEMS, ids)
    letters = _by_request(register, _LETTERS, ids)
    actions = _by_request(register, (
        "select a.request_id, a.id, a.kind, a.note, a.at from actions a where a.request_id"
        " in ({ids}) and not exists (select 1 from voids v where v.entity = 'actions' and"
        " v.entity_id = a.id) order by a.id"), ids)
    effects = letter_effects()

    journal, late, refusals = [], [], []
    by_type: Counter[str] = Counter()
    by_channel: Counter[str] = Counter()
    by_outcome: Counter[str] = Counter()
    on_time = {t: dict.fromkeys(TIMELINESS, 0) for t in REQUEST_TYPES}
    for r in rows:
        asked = [i for i in items.get(r["id"], []) if not i["removed"]]
        journal.append({**r, "types": [i["type"] for i in asked]})
        if r["outcome"] == VOIDED:
            continue
        by_channel[r["channel"]] += 1
        by_outcome[r["outcome"] or "open"] += 1
        sent_replies = [le for le in letters.get(r["id"], [])
                        if le["sent_at"] and effects.get(le["kind"]) is not None]
        for item in asked:
            by_type[item["type"]] += 1
            state, reply = _state(item, r["outcome"], sent_replies, effects, today)
            on_time[item["type"]][state] += 1
            if state in (ANSWERED_LATE, OPEN_LATE):
                late.append({
                    "number": r["number"], "request_id": r["id"], "type": item["type"],
                    "due": item["due"], "state": state,
                    "reply": reply["number"] if reply else None,
                    "sent_at": reply["sent_at"] if reply else None,
                    "explanation": [{"at": a["at"], "kind": a["kind"], "note": a["note"]}
                                    for a in actions.get(r["id"], [])],
                })
        refused = [i["type"] for i in asked if i["outcome"] == "refused"]
        refusal_letters = [le for le in letters.get(r["id"], []) if le["kind"] == REFUSAL]
        if refused or refusal_letters or r["outcome"] == "refused":
            refusals.append({
                "number": r["number"], "request_id": r["id"], "types": refused,
                "letters": [{"number": le["number"], "sent_at": le["sent_at"],
                             "grounds": _grounds_in(_letter_bytes(register, le["id"]),
                                                    le["lang"])}
                            for le in refusal_letters],
            })

    counted = [i for i in on_time.values() if any(i.values())]
    return {
        "from": date_from.isoformat(), "to": date_to.isoformat(), "as_of": today.isoformat(),
        "operator": register.get_operator(), "responsible": register.get_setting("responsible"),
        "journal": journal,
        "requests": len(journal),
        "counted": sum(by_channel.values()),
        "voided": len(journal) - sum(by_channel.values()),
        "by_type": {t: by_type[t] for t in REQUEST_TYPES if by_type[t]},
        "by_channel": {c: by_channel[c] for c in CHANNELS if by_channel[c]},
        "by_outcome": {o: by_outcome[o] for o in ("open", *ALL_OUTCOMES) if by_outcome[o]},
        "on_time": {t: v for t, v in on_time.items() if any(v.values())},
        "rights": sum(sum(v.values()) for v in counted),
        "late": late,
        "refusals": refusals,
        "incidents": _incidents(register, date_from, date_to),
        "rules": rule_rows(register),
    }


def _letter_bytes(register: Register, letter_id: int) -> bytes | None:
    row = register.db.execute("select content from letters where id = ?",
                              [letter_id]).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def _incidents(register: Register, date_from: date, date_to: date) -> list[dict[str, Any]]:
    out = []
    for row in register.db.execute(
            "select id from incidents where detected_date >= ? and detected_date <= ?"
            " order by detected_at, id", [date_from.isoformat(), date_to.isoformat()]):
        full = register.get_incident(row[0])
        out.append({k: full.get(k) for k in (
            "number", "detected_at", "what", "categories", "subjects_count", "measures",
            "notify_body", "notify_body_why", "due", "status", "closed_at")} | {
            "notices": [{"number": le["number"], "lang": le["lang"],
                         "created_at": le["created_at"], "sent_at": le["sent_at"],
                         "via": le["via"]}
                        for le in full["letters"] if le["kind"] == INCIDENT_NOTICE]})
    return out


def audit_check(register: Register) -> dict[str, Any]:
    """The register's check and the head of its audit chain (hash, number of events)."""
    result = register.check()
    said = witness.statement(register)
    return {"integrity": result["integrity"], "audit": result["audit"],
            "problems": list(result["problems"]),
            "passed": result["integrity"] == "ok" and result["audit"] == "ok",
            "head": said["head"], "events": said["events"],
            "witness_matches": said["matches"], "witness_problem": said["problem"]}


def on_time_summary(report: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Per type: rights answered on time, late (answered or still open), and still in time."""
    return {t: {"on_time": v[ON_TIME], "late": v[ANSWERED_LATE] + v[OPEN_LATE],
                "pending": v[PENDING]} for t, v in report["on_time"].items()}


def make_report(register: Register, date_from: date, date_to: date, lang: str, out_dir: Path,
                *, overwrite: bool = False) -> dict[str, Any]:
    """Write the inspection pack of the period in *lang* into *out_dir*: one .docx and its
    .xlsx annex, owner-only; the same register, period and language give the same bytes.
    Return the files and the main figures."""
    from app.letters import report as pack
    from app.letters.report_words import WORDS

    if lang not in WORDS:
        raise LetterError("unknown_language", value=lang,
                          allowed=", ".join(WORDS))
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise LetterError("folder_missing", path=str(out_dir))
    data = figures(register, date_from, date_to)
    data["check"] = audit_check(register)
    # The operator's name and address as letters in this language write them.
    data["operator"] = letter_requisites(register, lang)[0]
    stem = f"report_{data['from']}_{data['to']}_{lang}"
    docx_path, xlsx_path = out_dir / f"{stem}.docx", out_dir / f"{stem}.xlsx"
    made = datetime.fromisoformat(data["as_of"])
    protect = {"overwrite": overwrite, "register_path": register.path,
               "backup_dirs": [backup_folder(register)]}
    pack.check_targets([docx_path, xlsx_path], **protect)
    pack.write_xlsx(data, lang, xlsx_path, made=made, **protect)
    pack.write_docx(data, lang, docx_path, made=made, annex=xlsx_path.name, **protect)
    return {"docx": str(docx_path), "xlsx": str(xlsx_path), "requests": data["requests"],
            "on_time": on_time_summary(data), "incidents": len(data["incidents"]),
            "audit_head": data["check"]["head"], "events": data["check"]["events"],
            "check": "ok" if data["check"]["passed"] else data["check"]["audit"]
            if data["check"]["integrity"] == "ok" else data["check"]["integrity"]}
