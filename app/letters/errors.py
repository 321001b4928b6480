"""Errors a user can cause while making letters and exports: one sentence each."""


class LetterError(Exception):
    """A letter cannot be made (a broken template, a missing profile, an unwritable folder)."""
