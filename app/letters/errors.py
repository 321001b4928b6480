"""Problems a user can cause while making letters and exports, as codes with values."""

from app.domain.errors import UserError


class LetterError(UserError):
    """A letter cannot be made (a broken template, a missing profile, an unwritable folder)."""
