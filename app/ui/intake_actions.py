"""Taking requests in from the window: a phone call, a written request, emails chosen, dropped
or pasted.

One email is read once (`services.requests.read_email`), shown to the operator to
confirm, and that very draft is what `import_email` keeps. Several emails are read and
imported in the background, and a summary says what became of each file: its new
number and any warning (a possible duplicate), or why it could not be taken. A message
already in the register (open or closed) is imported again only when the operator
gives a reason (`ask`); otherwise it is skipped and the summary says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from app.domain.errors import DomainError
from app.services import USER_ERRORS

from . import ask, messages, outlook_drop
from .common import guarded, run_and_release

if TYPE_CHECKING:
    from app.store import Register

    from .main_window import MainWindow

EMAIL_SUFFIXES = (".eml", ".msg")


def email_paths(urls: list[Any]) -> list[Path]:
    """The local .eml/.msg files among dropped URLs."""
    paths = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in EMAIL_SUFFIXES:
                paths.append(path)
    return paths


class IntakeActions(QObject):
    """New requests: logged by hand, or imported from email files."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_request(self, mode: str) -> None:
        """Log a phone call ("phone") or a written / in-person request ("written")."""
        from app.services.operator import default_letter_language

        from .intake_dialogs import NewRequestDialog

        register = self.window.register
        dialog = NewRequestDialog(register, mode, self.window,
                                  default_lang=default_letter_language(register))
        if run_and_release(dialog) and dialog.logged is not None:
            self.logged(dialog.logged)

    def logged(self, logged: Any) -> None:
        """Show the request just logged, and say its number."""
        window = self.window
        window.refresh()
        window.select_request(logged.request_id, switch_view=True)
        number = window.register.get_request(logged.request_id)["number"]
        window.statusBar().showMessage(self.tr("Request {0} logged.").format(number), 8000)

    def choose_emails(self) -> None:
        """Pick .eml / .msg files to import (several at once)."""
        paths = ask.ask_open_files(self.window, self.tr("Import email"),
                                   self.tr("Email files (*.eml *.msg *.EML *.MSG)"))
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        """Import emails: one is confirmed in a dialog, several are imported in the background."""
        paths = [p for p in paths if p.suffix.lower() in EMAIL_SUFFIXES]
        if not paths:
            ask.tell_error(self.window, self.tr("Only .eml and .msg email files can be "
                                                "imported."))
            return
        if len(paths) == 1:
            self._import_one(paths[0])
        else:
            self._import_many(paths)

    def _again(self, repeats: list[tuple[str, str]]) -> str | None:
        """Ask whether messages already in the register, (file, number), are imported again;
        the reason, or None to skip them."""
        if len(repeats) == 1:
            [(name, number)] = repeats
            said = messages.word(DomainError("email_already_imported", number=number,
                                             file=name))
        else:
            said = self.tr("%Ln message(s) are already in the register:", "", len(repeats))
            said += "".join(f"\n• {name} ({number})" for name, number in repeats)
        return ask.ask_text(self.window, self.tr("Import again?"), said + "\n\n" + self.tr(
            "To import again as a new request, give the reason (its history keeps it); "
            "otherwise it is skipped."))

    def paste_email(self) -> None:
        """Paste an email copied from webmail; then the usual import dialog confirms it."""
        from .paste_dialog import PasteEmailDialog

        dialog = PasteEmailDialog(self.window.register, self.window)
        if run_and_release(dialog) and dialog.draft is not None:
            self._confirm(dialog.draft)

    def import_bytes(self, name: str, data: bytes) -> None:
        """Import a message handed over as bytes (from Outlook): the usual dialog."""
        from app.services.requests import read_email_bytes

        ok, draft = guarded(self.window, lambda: read_email_bytes(data, name))
        if ok:
            self._confirm(draft)

    def _import_one(self, path: Path) -> None:
        from app.services.requests import read_email

        ok, draft = guarded(self.window, lambda: read_email(path))
        if ok:
            self._confirm(draft)

    def _confirm(self, draft: Any) -> None:
        """Show one email read (from a file or pasted) for the operator to confirm."""
        from app.services.requests import already_imported

        from .intake_dialogs import ImportEmailDialog

        window = self.window
        again = None
        existing = already_imported(window.register, draft)
        if existing is not None:
            again = self._again([(draft.mail.filename, existing["number"])])
            if not again:
                window.select_request(existing["id"], switch_view=True)
                window.statusBar().showMessage(self.tr(
                    "{0} was not imported: it is already in the register as {1}.").format(
                    draft.mail.filename, existing["number"]), 10000)
                return
        dialog = ImportEmailDialog(window.register, draft, window, again=again)
        if run_and_release(dialog) and dialog.logged is not None:
            self.logged(dialog.logged)

    def _import_many(self, paths: list[Path]) -> None:
        # (file name, new number or None, the warnings or the one problem, the draft of a
        # message already in the register)
        Result = tuple[str, str | None, list[Any], Any]  # noqa: N806

        def work(register: Register, ctx: Any) -> list[Result]:
            from app.services.requests import import_email, read_email

            results: list[Result] = []
            for i, path in enumerate(paths):
                ctx.step(i, len(paths), path.name)
                draft = None
                try:
                    draft = read_email(path)
                    logged = import_email(register, draft)
                except USER_ERRORS as exc:
                    repeat = getattr(exc, "code", "") == "email_already_imported"
                    results.append((path.name, None, [exc], draft if repeat else None))
                    continue
                number = register.get_request(logged.request_id)["number"]
                results.append((path.name, number, list(logged.warnings), None))
            ctx.step(len(paths), len(paths), "")
            return results

        def done(results: list[Result]) -> None:
            self._summarise(results)

        self.window.jobs.run(self.tr("Importing emails…"), work, done)

    def _summarise(self, results: list[tuple[str, str | None, list[Any], Any]]) -> None:
        """Import again the repeated messages the operator gives a reason for, then say what
        became of every file."""
        from app.services.requests import import_email

        register = self.window.register
        repeats = [r for r in results if r[3] is not None]
        again = self._again([(name, problems[0].values["number"])
                             for name, _, problems, _ in repeats]) if repeats else None
        imported = [(name, number, notes) for name, number, notes, _ in results if number]
        failed = [(name, notes) for name, number, notes, draft in results
                  if not number and draft is None]
        skipped = []
        for name, _, problems, draft in repeats:
            if not again:
                skipped.append((name, problems[0].values["number"]))
                continue
            try:
                logged = import_email(register, draft, again=again)
            except USER_ERRORS as exc:
                failed.append((name, [exc]))
                continue
            number = register.get_request(logged.request_id)["number"]
            imported.append((name, number, [self.tr("imported again"), *logged.warnings]))

        def said(problems: list[Any]) -> str:
            return "; ".join(messages.word(p) for p in problems)

        lines = [self.tr("%Ln email(s) imported.", "", len(imported))]
        lines += [f"• {number} ← {name}" + (f" ({said(notes)})" if notes else "")
                  for name, number, notes in imported]
        if skipped:
            lines.append(self.tr("%Ln message(s) already in the register, not imported again:",
                                 "", len(skipped)))
            lines += [f"• {name} = {number}" for name, number in skipped]
        if failed:
            lines.append(self.tr("%Ln file(s) could not be imported:", "", len(failed)))
            lines += [f"• {name}: {said(notes)}" for name, notes in failed]
        self.window.refresh()
        self.window.set_view("open")
        ask.tell_info(self.window, "\n".join(lines))

    # ------------------------------------------------------------------ drag and drop
    def drag_enter(self, event: QDragEnterEvent) -> None:
        """Accept email files dragged over the window (files, or messages from Outlook)."""
        if outlook_drop.has_virtual_email(event.mimeData()) or (
                event.mimeData().hasUrls() and email_paths(event.mimeData().urls())):
            event.acceptProposedAction()
            self.window.statusBar().showMessage(self.tr("Drop to import the email(s)."), 3000)
        else:
            event.ignore()

    def drag_move(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the files move over the window."""
        if outlook_drop.has_virtual_email(event.mimeData()) or (
                event.mimeData().hasUrls() and email_paths(event.mimeData().urls())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        """Import the dropped emails (files, or a message dragged out of Outlook)."""
        virtual = outlook_drop.first_email(event.mimeData())
        if virtual is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_bytes(*virtual))
            return
        paths = email_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Let the drag finish (the source application waits) before a dialog opens.
        QTimer.singleShot(0, lambda: self.import_files(paths))
