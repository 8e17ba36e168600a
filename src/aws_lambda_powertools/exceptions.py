"""Errors shared across the toolkit.

Every error the toolkit raises descends from one root::

    PowertoolsError
    ├── InvalidEnvelopeExpressionError   (also ValueError)
    ├── <utility>Error ...               (each utility has its own base)
    └── ...

Catch ``PowertoolsError`` to handle anything the toolkit raises; leaf errors that report
bad configuration also subclass ``ValueError`` so existing ``except ValueError`` code works.
"""

from __future__ import annotations


class PowertoolsError(Exception):
    """Root of every error raised by the toolkit."""


class InvalidEnvelopeExpressionError(PowertoolsError, ValueError):
    """A JMESPath envelope expression could not be compiled or evaluated against the data."""
