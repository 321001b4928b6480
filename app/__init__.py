"""Otinish: an offline, encrypted register of personal-data subject requests (Kazakhstan)."""

__version__ = "0.1.0"
