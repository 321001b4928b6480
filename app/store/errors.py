"""Errors of the register that a user can cause; each message is one sentence saying what to do."""


class StoreError(Exception):
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
