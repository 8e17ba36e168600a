"""Tag boto3/botocore requests with the toolkit feature that made them.

Requests carry ``PT/<feature>/<version> PTEnv/<AWS_EXECUTION_ENV or NA>`` in their
user agent. Nothing is registered when the package is imported: a utility tags the
session, client or resource it creates, at the moment it creates it.
"""

from __future__ import annotations

import logging
import os

from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.shared.version import VERSION

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

logger = logging.getLogger(__name__)

DEFAULT_FEATURE = "no-op"
HEADER_NO_OP = f"PT/{DEFAULT_FEATURE}/{VERSION} PTEnv/"
EVENT_NAME = "request-created"


def _user_agent_token(feature: str) -> str:
    execution_env = os.environ.get(constants.AWS_EXECUTION_ENV, "NA")
    return f"PT/{feature}/{VERSION} PTEnv/{execution_env}"


def _make_handler(feature: str) -> Any:
    token = _user_agent_token(feature)

    def add_powertools_feature(request: Any, **_kwargs: Any) -> None:
        headers = request.headers
        current = headers.get("User-Agent", b"")
        if isinstance(current, bytes):
            current = current.decode("utf-8")
        if token in current:
            return
        # Replace the generic tag when a feature-specific one arrives.
        if HEADER_NO_OP in current:
            start = current.index(HEADER_NO_OP)
            end = current.find(" ", start + len(HEADER_NO_OP))
            current = current[:start].rstrip() + (current[end:] if end != -1 else "")
        headers["User-Agent"] = f"{current} {token}".strip()

    return add_powertools_feature


def register_feature_to_client(client: Any, feature: str) -> None:
    """Tag every request ``client`` makes with ``feature``."""
    try:
        client.meta.events.register(EVENT_NAME, _make_handler(feature))
    except AttributeError:
        logger.debug("cannot tag client %r with feature %s", client, feature)


def register_feature_to_resource(resource: Any, feature: str) -> None:
    """Tag every request a boto3 ``resource`` makes with ``feature``."""
    try:
        resource.meta.client.meta.events.register(EVENT_NAME, _make_handler(feature))
    except AttributeError:
        logger.debug("cannot tag resource %r with feature %s", resource, feature)


def register_feature_to_session(session: Any, feature: str) -> None:
    """Tag every client later created from a boto3 ``session`` with ``feature``."""
    try:
        session.events.register(EVENT_NAME, _make_handler(feature))
    except AttributeError:
        logger.debug("cannot tag session %r with feature %s", session, feature)


def register_feature_to_botocore_session(botocore_session: Any, feature: str) -> None:
    """Tag every client later created from a botocore session with ``feature``."""
    try:
        botocore_session.register(EVENT_NAME, _make_handler(feature))
    except AttributeError:
        logger.debug("cannot tag botocore session %r with feature %s", botocore_session, feature)


def inject_user_agent() -> None:
    """Tag clients of every new botocore session with the generic ``no-op`` feature.

    Registers a botocore session initializer; call it only when a utility is about to
    create AWS clients. Does nothing when botocore is not installed.
    """
    try:
        import botocore
    except ImportError:
        logger.debug("botocore is not installed; user agent is left untouched")
        return

    handler = _make_handler(DEFAULT_FEATURE)

    def initializer(session: Any) -> None:
        session.register(EVENT_NAME, handler)

    # Session initializers are registered on the botocore package itself.
    if getattr(botocore, "_powertools_user_agent", False):
        return
    botocore.register_initializer(initializer)
    botocore._powertools_user_agent = True  # type: ignore[attr-defined]
