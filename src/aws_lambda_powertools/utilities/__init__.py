"""Utilities: each one a sub-package, imported only when used."""
