"""Cold-start tracking: the first invocation in a process is cold, the rest are warm.

Logger, Tracer and Metrics each own a :class:`ColdStart` so that one utility reading
the flag does not consume it for another.
"""

from __future__ import annotations

import os

from aws_lambda_powertools.shared import constants


class ColdStart:
    """A one-shot flag: :meth:`take` returns ``True`` once per process, then ``False``.

    Under provisioned concurrency the environment is initialised ahead of traffic, so no
    invocation counts as cold.

    Environment variables:
        AWS_LAMBDA_INITIALIZATION_TYPE: ``provisioned-concurrency`` forces ``False``.
    """

    __slots__ = ("_cold",)

    def __init__(self) -> None:
        self._cold = True

    def take(self) -> bool:
        """Return whether this invocation is cold, and mark later ones warm."""
        if not self._cold:
            return False

        self._cold = False
        init_type = os.environ.get(constants.LAMBDA_INITIALIZATION_TYPE_ENV)
        return init_type != constants.PROVISIONED_CONCURRENCY

    @property
    def is_cold(self) -> bool:
        """Whether :meth:`take` has not been called yet."""
        return self._cold

    def reset(self) -> None:
        """Make the next :meth:`take` cold again (for tests)."""
        self._cold = True
