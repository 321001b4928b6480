"""Keeping the register's data: exports, backups by hand, restoring a backup, the retention purge.

Each asks first what it needs (a file, a confirmation that says plainly what happens),
then runs in the background through `services.exports` and `services.keeping`. A
restore replaces the register under the window: the window lets go of it first
(`switching.detach`), the restore runs with no connection open, and the register is
opened again and shown, restored or not.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.services import USER_ERRORS

from . import ask, i18n, messages
from .common import guarded, offer_another_file, run_and_release

if TYPE_CHECKING:
    from app.store import Register

    from .main_window import MainWindow


class KeepingActions(QObject):
    """Exports, backups, restore and purge, for the register the window shows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # ------------------------------------------------------------------ exports
    def export_register(self) -> None:
        """Export the register to a plain file (with a clear warning), in the background."""
        from app.services.operator import default_letter_language

        from .export_dialog import ExportDialog

        window = self.window
        register = window.register
        dialog = ExportDialog(register.today(), default_letter_language(register), window)
        if not run_and_release(dialog):
            return
        options = dialog.options()
        self._export_to_file(options.pop("fmt"), options)

    def _export_to_file(self, fmt: str, options: dict[str, Any]) -> None:
        """Ask where the export goes and write it there in the background; a refused file
        (open in Excel, say) offers another."""
        window = self.window
        register = window.register
        suggested = Path.home() / f"otinish-register-{register.today()}.{fmt}"
        target = ask.ask_save_file(window, self.tr("Export register (a plain, unencrypted "
                                                   "file)"), suggested, f"*.{fmt}")
        if not target:
            return
        # The save dialog asked before choosing an existing file; a name we complete with
        # the format's suffix was not asked about, so it is never replaced.
        confirmed = target.suffix.lower() == f".{fmt}"
        if not confirmed:
            target = target.with_name(target.name + f".{fmt}")

        def work(register: Register, ctx: Any) -> dict[str, Any]:
            from app.services import exports

            ctx.step(0, 0, "")
            return exports.export_register(register, fmt, target, progress=ctx,
                                           overwrite=confirmed, **options)

        def done(out: dict[str, Any]) -> None:
            ask.tell_info(window, self.tr("%Ln request(s) exported to {0}. It is a plain file, "
                                          "not encrypted: keep it safe.", "", out["requests"])
                          .format(out["path"]))

        window.jobs.run(self.tr("Exporting the register…"), work, done,
                        on_failed=offer_another_file(
                            window, lambda: self._export_to_file(fmt, options)))

    # ------------------------------------------------------------------ backups
    def backup_now(self) -> None:
        """An encrypted copy of the register, to a file the user chooses (in the background)."""
        from app.services.keeping import BACKUP_SUFFIX
        from app.services.operator import backup_folder

        window = self.window
        register = window.register
        suggested = backup_folder(register) / (
            f"{register.path.stem}-{register.now():%Y%m%d-%H%M}{BACKUP_SUFFIX}")
        target = ask.ask_save_file(window, self.tr("Back up the register"), suggested,
                                   self.tr("Otinish backups (*{0})").format(BACKUP_SUFFIX))
        if not target:
            return

        def work(register: Register, ctx: Any) -> dict[str, Any]:
            from app.services import keeping

            ctx.step(0, 1, "")
            return keeping.backup(register, target)

        def done(_: Any) -> None:
            window.statusBar().showMessage(self.tr("Backup saved: {0}").format(target), 10000)

        window.jobs.run(self.tr("Backing up the register…"), work, done)

    def recovery_passphrase(self) -> None:
        """A recovery passphrase, shown once: with it and the recovery file, the register
        and its backups open on another computer when the keychain is lost (issue 19)."""
        from app.services.recovery import add_recovery

        window = self.window
        if not ask.confirm(window, self.tr(
                "A recovery passphrase gets the register's key back when this computer's "
                "keychain is lost (a new computer, a reset profile, a reinstalled system), "
                "for the register and its backups. Otinish shows it once: write it down "
                "and keep it apart from the computer. A new one replaces the one made "
                "before. Make it now?"), self.tr("Make it")):
            return
        try:
            out = add_recovery(window.register)
        except USER_ERRORS as exc:
            ask.tell_error(window, messages.word(exc))
            return
        ask.tell_info(window, self.tr(
            "The recovery passphrase of the register {0}:\n\n{1}\n\nWrite it down now: it "
            "is not shown again. The key it unlocks is in {2}; keep a copy of that file "
            "with your backups. On another computer, “Use the recovery passphrase…” at "
            "the start (or the command line's recover) puts the key back.").format(
                window.register.path.name, out["recovery_passphrase"], out["path"]))
        window.notices.show_recovery_notice()  # made: the notice that asked for it goes

    def restore_backup(self) -> None:
        """Replace the register with a backup the user chooses (a safety copy is kept)."""
        from app.services import keeping
        from app.services.keeping import BACKUP_SUFFIX
        from app.services.operator import backup_folder

        window = self.window
        if not window.jobs.may_start():
            return
        register = window.register
        folder = backup_folder(register)
        newest = keeping.list_backups(register)
        backup = ask.ask_open_file(window, self.tr("Restore from backup"),
                                   self.tr("Otinish backups (*{0});;All files (*)")
                                   .format(BACKUP_SUFFIX),
                                   newest[0] if newest else folder)
        if not backup:
            return
        secret = register.secret or (window.source.secret if window.source else "")
        ok, info = guarded(window, lambda: keeping.verify_backup(backup, secret,
                                                                  register.path))
        if not ok:
            return
        saved = i18n.format_datetime(datetime.fromtimestamp(backup.stat().st_mtime))
        path = register.path
        if not ask.confirm(window, self.tr(
                "Replace the register {0} with the backup {1} of {2}, which holds %Ln "
                "request(s)? A safety copy of the register as it is now is kept next to it "
                "first; everything recorded after that backup is then lost from the register, "
                "and only the safety copy keeps it.", "",
                info["requests"]).format(path.name, backup.name, saved),
                self.tr("Restore")):
            return
        clock = window.source.clock if window.source is not None else None
        window.switching.detach()

        def work(ctx: Any) -> dict[str, Any]:
            ctx.step(0, 0, "")
            return keeping.restore(path, backup, secret)

        def reopen(how: str) -> bool:
            # Restored or not (a failed restore leaves the register as it was), reopen it.
            from app.services.registers import open_register
            from app.store.secrets import Secret

            try:
                opened = open_register(path, clock=clock, secret=Secret(secret, "prompt"))
            except USER_ERRORS as exc:
                ask.tell_error(window, self.tr("The register cannot be opened again ({0}); "
                                               "start Otinish again.").format(
                    messages.word(exc)))
                window.reminders.quit()  # for good: not into the tray with no register
                return False
            window.switching.attach(opened.register)
            return True

        def done(out: dict[str, Any]) -> None:
            ask.tell_info(window, self.tr(
                "The register was restored from {0} (%Ln request(s)). The register as it was "
                "before is kept in {1}.", "", out["requests"]).format(
                backup.name, out["safety_copy"] or "—"))

        window.jobs.run_task(self.tr("Restoring the register…"), work, done, on_end=reopen)

    # ------------------------------------------------------------------ retention
    def purge_old(self) -> None:
        """Say what the purge would erase, and erase it when the user agrees."""
        from app.services import keeping

        window = self.window
        cutoff = window.register.retention_cutoff()
        ok, plan = guarded(window, lambda: keeping.purge(window.register, cutoff,
                                                         dry_run=True))
        if not ok or not plan["purged"]:
            window.notices.show_purge_notice()
            return
        numbers = plan["numbers"]
        listed = ", ".join(numbers[:3]) + (", …" if len(numbers) > 3 else "")
        if not ask.confirm(window, self.tr(
                "Erase the personal data of %Ln request(s) closed before {0} ({1})? Names, "
                "contacts, texts, originals and copies of letters are erased; numbers, dates, "
                "rights and outcomes stay for the statistics. This cannot be undone.", "",
                plan["purged"]).format(i18n.format_date(cutoff), listed), self.tr("Erase")):
            return

        def work(register: Register, ctx: Any) -> tuple[dict[str, Any], int]:
            ctx.step(0, 0, "")
            out = keeping.purge(register, cutoff)
            return out, len(keeping.purge_due(register))

        def done(result: tuple[dict[str, Any], int]) -> None:
            out, past = result
            window.notices.show_purge_notice(past)
            window.statusBar().showMessage(self.tr("The personal data of %Ln request(s) was "
                                                   "erased.", "", out["purged"]), 10000)

        window.jobs.run(self.tr("Erasing old personal data…"), work, done, cancellable=False)
