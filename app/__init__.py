"""Otinish: an offline, encrypted register of personal-data subject requests (Kazakhstan)."""

__version__ = "0.1.0"

import logging as _logging

# Library-style: Otinish's modules log without printing unless the app sets up a handler.
_logging.getLogger(__name__).addHandler(_logging.NullHandler())
