"""Problems with the register a user can cause or fix, as codes with values.

Each class says what kind of problem it is (so a face may react, e.g. ask for the
passphrase again on `WrongSecretError`); the code says exactly which, and each face
words it (see app/domain/errors.py).
"""

from app.domain.errors import UserError


class StoreError(UserError):
    """A user-facing problem with the register file or its contents."""


class WrongSecretError(StoreError):
    """The passphrase or key does not open the register."""


class SecretUnavailableError(StoreError):
    """No passphrase was given and no keychain holds the key."""


class NotARegisterError(StoreError):
    """The file exists but is not an Otinish register (or is damaged)."""


class RegisterExistsError(StoreError):
    """`init` was asked to create a register where a file already exists."""


class RegisterMissingError(StoreError):
    """The register file does not exist yet."""


class NotFoundError(StoreError):
    """No request (or other record) with the given id."""


class RegisterLockedError(StoreError):
    """Another program has the register open."""
