"""The Otinish benchmark (`make bench`): builds demo registers and times what users feel.

Not part of `make test`: numbers here are measurements, never assertions. Writes a
Markdown table with the machine's description to docs/benchmarks.md.

    python bench/run.py [--sizes 1000,10000,100000] [--million] [--out docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import app.store._sqlcipher  # noqa: E402,F401  (SQLCipher for sqlite_utils first)
from app.services import demo  # noqa: E402
from app.store import Register  # noqa: E402

PASSPHRASE = "bench"
CACHE = ROOT / ".bench"
SEED = 42


def median_ms(fn: Callable[[], Any], repeat: int = 5) -> float:
    """Median wall time of *fn* in milliseconds (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def register_of(size: int) -> Path:
    """A cached demo register of *size* requests (built once, reused across runs). The
    name carries the audit log's form, so a register of an older form is built again
    instead of measured after its migration (which leaves its old pages free inside)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{size}.v3.otinish"
    if not path.exists():
        t0 = time.perf_counter()
        reg = Register.create(path, PASSPHRASE)
        demo.fill(reg, size, seed=SEED)
        reg.close()
        print(f"  built {path.name} in {time.perf_counter() - t0:.1f} s", flush=True)
    return path


def written_by_hand(size: int) -> Path:
    """The demo's requests written as the window writes them, one action at a time (a
    request with its rights, then each identity check, action, letter and sending), so
    each action is a write of its own in the audit log, instead of one per request."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"hand-{size}.v3.otinish"
    if path.exists():
        return path
    from app.store.reads import search_phone

    reg = Register.create(path, PASSPHRASE)
    for rec in demo.generate(size, seed=SEED, today=reg.today(), calendar=reg.calendar(),
                             now=reg.now()):
        req = dict(rec["request"])
        req["search_phone"] = search_phone(req["requester_phone"])
        with reg._write():
            rid = reg._insert("requests", req, None)
            for item in rec.get("items", ()):
                item = dict(item)
                clock = item.pop("clock", None)
                iid = reg._insert("request_items", item | {"request_id": rid}, rid)
                if clock:
                    reg._insert("item_clocks", clock | {"item_id": iid, "request_id": rid},
                                rid)
        for table in ("identity_checks", "actions"):
            for row in rec.get(table, ()):
                with reg._write():
                    reg._insert(table, dict(row) | {"request_id": rid}, rid)
        for letter in rec.get("letters", ()):
            letter = dict(letter)
            sent = (letter.pop("sent_at", None), letter.pop("via", None))
            with reg._write():
                lid = reg._insert("letters", letter | {"request_id": rid}, rid)
            if sent[0]:
                with reg._write():
                    reg._insert("letter_sendings", {
                        "letter_id": lid, "request_id": rid, "sent_at": sent[0],
                        "via": sent[1], "recorded_at": sent[0]}, rid)
    with reg._write():  # the numbers given, as the intake and the letters count them
        for table, prefix in (("requests", "IN"), ("letters", "OUT")):
            for (number,) in reg.db.execute(f"select number from {table}"):
                _, year, seq = number.split("-")
                reg.db.execute("insert into counters (name, value) values (?, ?) on conflict"
                               "(name) do update set value = max(value, excluded.value)",
                               [f"{prefix}-{year}", int(seq)])
    reg.close()
    return path


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}{mem}, "
            f"Python {platform.python_version()}")


#: The CLI searches measured (a surname the demo gives in every size of register).
CLI_SEARCHES = {
    "list --search": ("list", "--search", "петрова", "--limit", "20"),
    "list --overdue --search": ("list", "--overdue", "--search", "петрова"),
}


def cli_ms(db: Path, *args: str, repeat: int = 5) -> float:
    """Median wall time of a whole CLI process."""
    env = {**os.environ, "OTINISH_PASSPHRASE": PASSPHRASE}
    cmd = [sys.executable, "-m", "app.cli", "--db", str(db), "--json", *args]

    def run() -> None:
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
    return median_ms(run, repeat)


def cli_pair(db: Path, tiny: Path, *args: str, repeat: int = 7) -> tuple[float, float]:
    """Median wall times of the same CLI call on *db* and on the 20-request register,
    run in turns (one warm-up each)."""
    env = {**os.environ, "OTINISH_PASSPHRASE": PASSPHRASE}
    times: dict[Path, list[float]] = {db: [], tiny: []}
    for i in range(repeat + 1):
        for target in (db, tiny):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "app.cli", "--db", str(target), "--json",
                            *args], cwd=ROOT, env=env, check=True, capture_output=True)
            if i:
                times[target].append((time.perf_counter() - t0) * 1000)
    return statistics.median(times[db]), statistics.median(times[tiny])


def store_measures(path: Path) -> dict[str, float]:
    """In-process timings of the register's reads that the window and CLI use."""
    out: dict[str, float] = {}
    reg = Register.open(path, PASSPHRASE)
    try:
        word = "ахметова"
        per_key = [median_ms(lambda q=word[:k]: reg.list_requests(search=q, limit=200), 3)
                   for k in range(1, len(word) + 1)]
        out["search per keystroke, CLI/store (max)"] = max(per_key)
        out["search per keystroke, CLI/store (median)"] = statistics.median(per_key)
        out["overdue filter (first 200)"] = median_ms(
            lambda: reg.list_requests(overdue=True, limit=200))
        out["newest 200"] = median_ms(lambda: reg.list_requests(limit=200))
        try:
            from app.store import views
        except ImportError:
            views = None
        if views is not None and hasattr(views, "page"):
            out.update(view_measures(reg, views))
    finally:
        reg.close()
    return out


def view_measures(reg: Register, views: Any) -> dict[str, float]:
    """Timings of the window's paged views (app/store/views.py)."""
    import inspect

    out: dict[str, float] = {}
    params = inspect.signature(views.page).parameters
    kwargs: dict[str, Any] = {}
    if "limit" in params:
        kwargs["limit"] = 200

    def page(**extra: Any) -> Any:
        return views.page(reg, **{**kwargs, **extra})

    try:
        out["view: counts of every view"] = median_ms(lambda: views.counts(reg))
        for view in ("overdue", "due_today", "due_soon", "open", "all"):
            try:
                out[f"view: open '{view}' (first page)"] = median_ms(lambda v=view: page(view=v))
            except (TypeError, ValueError, KeyError):
                continue
        if "search" in params:
            word = "ахметова"
            # What the window does per keystroke: the view's count and its first page.
            per_key = [median_ms(lambda q=word[:k]: (views.count(reg, "all", search=q),
                                                     page(view="all", search=q)), 3)
                       for k in range(1, len(word) + 1)]
            out["view: search per keystroke, window (max)"] = max(per_key)
            out["view: search per keystroke, window (median)"] = statistics.median(per_key)
        if "sort" in params:
            out["view: sort all by due"] = median_ms(lambda: page(view="all", sort="due"))
        if "offset" in params:
            total = views.count(reg, "all")
            out["view: scroll to the end (last page)"] = median_ms(
                lambda: page(view="all", offset=max(total - 200, 0)))
    except Exception as exc:  # noqa: BLE001 - the view API may change; report, go on
        out[f"view measures failed: {type(exc).__name__}"] = float("nan")
    return out


def letter_measures(path: Path) -> dict[str, float]:
    """One letter of each kind, rendered, saved and kept (ms)."""
    from app.letters.kinds import KINDS
    from app.services.letters import make_letter

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "letters.otinish"
        reg = Register.create(small, PASSPHRASE)
        reg.set_setting("operator", {
            "name": "ТОО «Бенчмарк»", "id": "180240012342", "id_kind": "BIN",
            "address": "Астана", "email": "b@example.kz", "phone": "+77172000000",
            "signatory": "Директор, А. Иванов"})
        reg.set_setting("profile", {
            "data_categories": ["ФИО"], "purposes": ["договор"], "sources": ["субъект"],
            "recipients": ["хостинг"], "methods": "авто", "retention": "3 года",
            "cross_border": "нет"})
        rid = reg.add_request(channel="email", types=["access", "correction", "blocking",
                                                      "deletion", "withdrawal"],
                              name="Айгерим Ахметова", email="a@example.kz", lang="ru")
        for kind in ("data_found", "corrected", "blocked", "unblocked", "deleted",
                     "processing_stopped"):
            reg.record_action(rid, kind, "done")
        for kind in KINDS:
            try:
                out[f"letter: {kind}"] = median_ms(lambda k=kind: make_letter(
                    reg, rid, k, out_dir=Path(tmp) / "out", note="Примечание",
                    grounds=["identity_not_confirmed"], despite="benchmark"), 3)
            except Exception as exc:  # noqa: BLE001 - a kind this request cannot have
                print(f"  letter {kind}: {type(exc).__name__} {exc}", file=sys.stderr)
                out[f"letter: {kind}"] = float("nan")
        reg.close()
    return out


def export_measures(path: Path) -> dict[str, float]:
    """Whole-register exports and one evidence pack (ms)."""
    from app.letters.exports import evidence_pack, export_register

    out: dict[str, float] = {}
    reg = Register.open(path, PASSPHRASE)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in ("csv", "xlsx"):
                t0 = time.perf_counter()
                export_register(reg, fmt, Path(tmp) / f"r.{fmt}")
                out[f"export whole register: {fmt}"] = (time.perf_counter() - t0) * 1000
            # Issue 18: the XLSX at most 2.5 times the CSV of the same rows, in one run.
            out["export: xlsx vs csv (x)"] = (out["export whole register: xlsx"]
                                              / out["export whole register: csv"])
            rid = reg.list_requests(limit=1)[0]["id"]
            out["evidence pack"] = median_ms(
                lambda: evidence_pack(reg, rid, Path(tmp) / f"p{time.time_ns()}.zip"), 3)
    finally:
        reg.close()
    return out


def _probe(what: str, path: Path | None, plat: str, *extra: str,
           stay: bool = False) -> subprocess.Popen | dict[str, float]:
    probe = ROOT / "bench" / "start_probe.py"
    cmd = [sys.executable, str(probe), what, str(path or ""), *(["stay"] if stay else [])]
    if plat == "xvfb" and shutil.which("xvfb-run"):
        cmd = ["xvfb-run", "-a", *cmd]
    env = {**os.environ, "OTINISH_PASSPHRASE": PASSPHRASE,
           "QT_QPA_PLATFORM": "offscreen" if plat == "offscreen" else "xcb"}
    if stay:
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    out = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("SHOWN", "READY"):
            out[parts[0]] = float(parts[1])
            out["rss"] = max(out.get("rss", 0.0), int(parts[2]) / 1024)
    if "SHOWN" not in out:
        print(proc.stderr[-800:], file=sys.stderr)
    return out


def _end_running_app(path: Path, sig: int) -> None:
    """Start the app on *path*, wait for its window, end it with *sig*."""
    proc = _probe("app", path, "offscreen", stay=True)
    assert isinstance(proc, subprocess.Popen) and proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            break
    proc.send_signal(sig)
    proc.wait(60)


def gui_measures(path: Path | None, runs: int = 7) -> dict[str, float]:
    """Start to the first window on the screen (the frame) and to the main window with its
    first page, against a bare PySide6 window; the same after the previous run was ended
    by SIGTERM and by SIGKILL; peak RSS. Each round starts a bare window and then the app
    once of each kind, so that a busy moment of the shared machine weighs on both sides
    of a ratio alike."""
    out: dict[str, float] = {}
    platforms = ["offscreen"] + (["xvfb"] if shutil.which("Xvfb") else [])
    for plat in platforms:
        seen: dict[str, list[dict[str, float]]] = {}
        for _ in range(runs):
            seen.setdefault("bare", []).append(_probe("bare", None, plat))
            if path is None:
                continue
            seen.setdefault("app", []).append(_probe("app", path, plat))
            if plat != "offscreen":
                continue
            for name, sig in (("SIGTERM", signal.SIGTERM), ("kill -9", signal.SIGKILL)):
                _end_running_app(path, sig)
                seen.setdefault(name, []).append(_probe("app", path, plat))

        def median(kind: str, what: str, seen: dict[str, list[dict[str, float]]] = seen
                   ) -> float:
            values = [s[what] for s in seen.get(kind, []) if what in s]
            return statistics.median(values) if values else float("nan")

        bare = median("bare", "SHOWN")
        out[f"start: bare window shown ({plat})"] = bare
        out[f"peak RSS MB (bare, {plat})"] = max(s.get("rss", 0) for s in seen["bare"])
        if path is None:
            continue
        for kind, label in (("app", f"start ({plat})"), ("SIGTERM", "start after SIGTERM"),
                            ("kill -9", "start after kill -9")):
            if kind not in seen:
                continue
            out[f"{label}: window shown"] = median(kind, "SHOWN")
            out[f"{label}: window shown vs bare (x)"] = median(kind, "SHOWN") / bare
            out[f"{label}: ready with first page"] = median(kind, "READY")
            out[f"{label}: ready vs bare (x)"] = median(kind, "READY") / bare
        out[f"peak RSS MB (app, {plat})"] = max(s.get("rss", 0) for s in seen["app"])
    if path is not None:
        _probe("app", path, "offscreen")  # leave the register closed cleanly
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--million", action="store_true", help="also 1,000,000 requests")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.million:
        sizes.append(1_000_000)
    results: dict[int, dict[str, float]] = {}
    tiny = register_of(20)
    # A name found in the small register too: both calls then read and word some rows.
    cli_tiny = {what: cli_ms(tiny, *args) for what, args in CLI_SEARCHES.items()}
    for size in sizes:
        print(f"register of {size} requests", flush=True)
        path = register_of(size)
        r: dict[str, float] = {}
        r["file size MB"] = path.stat().st_size / 1e6
        r["bytes per request"] = path.stat().st_size / size
        if size == min(sizes):
            r["bytes per request, written one action at a time"] = \
                written_by_hand(size).stat().st_size / size
        for what, cli_args in CLI_SEARCHES.items():
            ms, tiny_ms = cli_pair(path, tiny, *cli_args)
            r[f"CLI {what} (process, ms)"] = ms
            r[f"CLI {what} vs 20 requests (x)"] = ms / tiny_ms
        r.update(store_measures(path))
        r.update(gui_measures(path))
        if size == max(sizes) or size == 100_000:
            r.update(export_measures(path))
        results[size] = r
        print("  " + "; ".join(f"{k}: {v:,.2f}" for k, v in r.items()), flush=True)
    letters = letter_measures(tiny)
    write_report(Path(args.out), results, letters, cli_tiny)
    print(f"wrote {args.out}")
    return 0


def write_report(out: Path, results: dict[int, dict[str, float]], letters: dict[str, float],
                 cli_tiny: dict[str, float]) -> None:
    sizes = sorted(results)
    keys: list[str] = []
    for r in results.values():
        keys += [k for k in r if k not in keys]
    lines = [
        "# Benchmarks",
        "",
        f"Machine: {machine()}. Measured {time.strftime('%Y-%m-%d')} by `make bench` "
        "(`bench/run.py`). Times are medians in milliseconds unless marked; `nan` means the "
        "measure could not run here.",
        "",
        "CLI on a 20-request register: " + "; ".join(
            f"`{what}` {ms:.0f} ms" for what, ms in cli_tiny.items()) + ".",
        "",
        "| measure | " + " | ".join(f"{s:,} requests" for s in sizes) + " |",
        "|---|" + "---:|" * len(sizes),
    ]
    for k in keys:
        cells = []
        for s in sizes:
            v = results[s].get(k)
            cells.append("" if v is None else f"{v:,.1f}")
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    lines += ["", "## Letters (one of each kind, render + save + keep in the register)", "",
              "| kind | ms |", "|---|---:|"]
    lines += [f"| {k.removeprefix('letter: ')} | {v:,.1f} |" for k, v in letters.items()]
    notes = ROOT / "bench" / "NOTES.md"
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").strip()]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
