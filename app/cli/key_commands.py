"""The command line's `rekey` and `check`: changing the key and what it means for older
backups, and verifying the register (file, audit trail, search index, counters, witness)."""

from __future__ import annotations

import argparse
import os
import sys

from app.services import registers
from app.store import Register

from .commands import new_passphrase_prompt
from .messages import word
from .output import emit, say_recovery

NEW_PASSPHRASE_ENV = "OTINISH_NEW_PASSPHRASE"

#: What happened to the backups made before a rekey, for a person.
OLD_BACKUPS = {
    True: "Backups made before stay encrypted with the old key, which is kept in the system "
          "keychain: 'restore' tries it and re-encrypts such a backup with the new key.",
    False: "Backups made before stay encrypted with the old passphrase (no keychain keeps "
           "it): to restore one, give that passphrase in OTINISH_BACKUP_PASSPHRASE.",
}


def rekey(reg: Register, args: argparse.Namespace) -> None:
    def new_passphrase() -> str | None:
        return os.environ.get(NEW_PASSPHRASE_ENV) or new_passphrase_prompt(
            "choose_new_passphrase")

    if sys.stdin.isatty() and not args.json:
        sys.stderr.write("Backups made so far will keep the current key; it is kept in the "
                         "system keychain where there is one.\n")
    out = registers.rekey(reg, keyring=args.keyring, new_passphrase=new_passphrase)
    where = ("a new random key kept in the system keychain" if out["key"] == "keyring"
             else "the new passphrase")
    warning = word_code(out["warning"]) if out["warning"] else None
    result = {"rekeyed": True, "key": out["key"], "old_key_kept": out["old_key_kept"],
              "old_backups": OLD_BACKUPS[out["old_key_kept"]], "warning": warning}
    renewed = out.get("recovery_renewed")
    result["recovery_renewed"] = renewed
    recovery = ({True: ["Its recovery file now holds the new key."],
                 False: ["warning: its recovery file could not be renewed (the recovery "
                         "passphrase is not in the keychain): make a new one with "
                         "'recovery'."]}.get(renewed, []))
    emit(args, result, lambda: "\n".join(
        [f"The register's key was changed: it now opens with {where}.",
         OLD_BACKUPS[out["old_key_kept"]]] + recovery
        + ([f"warning: {warning}"] if warning else [])))


def word_code(code: str) -> str:
    """The sentence of a problem known by its code only."""
    from app.domain.errors import UserError

    return word(UserError(code))


def check(reg: Register, args: argparse.Namespace) -> None:
    if args.accept_history:
        problem = reg.witness_problem
        reg.accept_history()
        said = word(problem) if problem else "The history matched its witness already."
        emit(args, {"accepted": True, "was": said},
             lambda: f"The audit history as it is now is witnessed from here on ({said})")
        return
    result = registers.check(reg)
    emit(args, result, lambda: "\n".join(
        [f"integrity: {result['integrity']}", f"audit: {result['audit']}"]))
    args.exit_code = 0 if result["integrity"] == "ok" and result["audit"] == "ok" else 1


RECOVERY_ENV = "OTINISH_RECOVERY_PASSPHRASE"


def recovery(reg: Register, args: argparse.Namespace) -> None:
    from app.services.recovery import add_recovery

    out = add_recovery(reg)
    emit(args, out, lambda: say_recovery(out))


def cmd_recover(args: argparse.Namespace) -> None:
    from app.services.recovery import recover

    from .commands import CliError, db_path, tty_prompt

    phrase = os.environ.get(RECOVERY_ENV) or tty_prompt("enter_recovery_passphrase")
    if not phrase:
        raise CliError("recovery_passphrase_missing")
    out = recover(db_path(args), phrase)
    emit(args, out, lambda: f"The key of {out['path']} is back in the system keychain.")
