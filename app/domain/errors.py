"""The one exception type for a rule the user broke (an illegal transition, bad input)."""


class DomainError(ValueError):
    """A user-caused violation of a business rule; its message is one sentence for the user."""
