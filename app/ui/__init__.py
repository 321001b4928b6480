"""The desktop window (PySide6): thin views over the services; no rules live here."""
