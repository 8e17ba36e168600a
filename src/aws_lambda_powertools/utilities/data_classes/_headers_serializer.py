"""Write response headers and cookies in the shape each HTTP event source expects.

API Gateway REST APIs take ``multiValueHeaders``; HTTP APIs and Function URLs take a
``headers`` dict with comma-joined values plus a ``cookies`` list; an ALB target group
without multi-value headers takes one value per header.
"""

from __future__ import annotations

import warnings

from aws_lambda_powertools.warnings import PowertoolsUserWarning

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from aws_lambda_powertools.shared.cookies import Cookie


class BaseHeadersSerializer:
    """Turn response headers and cookies into the fields of a proxy response."""

    def serialize(
        self, headers: dict[str, str | list[str]], cookies: list[Cookie]
    ) -> dict[str, Any]:
        """Return the response fields that carry ``headers`` and ``cookies``.

        Raises:
            NotImplementedError: always; subclasses implement one wire format.
        """
        raise NotImplementedError


class HttpApiHeadersSerializer(BaseHeadersSerializer):
    """HTTP API (payload v2) and Function URL: joined header values and a cookie list."""

    def serialize(
        self, headers: dict[str, str | list[str]], cookies: list[Cookie]
    ) -> dict[str, Any]:
        """Join repeated header values with ``", "`` and list cookies separately."""
        joined = {
            key: value if isinstance(value, str) else ", ".join(value)
            for key, value in headers.items()
        }
        return {"headers": joined, "cookies": [str(cookie) for cookie in cookies]}


class MultiValueHeadersSerializer(BaseHeadersSerializer):
    """REST API and multi-value ALB: every header as a list, cookies as ``Set-Cookie``."""

    def serialize(
        self, headers: dict[str, str | list[str]], cookies: list[Cookie]
    ) -> dict[str, Any]:
        """Put every header value in a list and cookies under ``Set-Cookie``."""
        multi: dict[str, list[str]] = {}
        for key, value in headers.items():
            multi.setdefault(key, []).extend([value] if isinstance(value, str) else value)
        if cookies:
            multi.setdefault("Set-Cookie", []).extend(str(cookie) for cookie in cookies)
        return {"multiValueHeaders": multi}


class SingleValueHeadersSerializer(BaseHeadersSerializer):
    """ALB without multi-value headers: one value per header, the last one wins."""

    def serialize(
        self, headers: dict[str, str | list[str]], cookies: list[Cookie]
    ) -> dict[str, Any]:
        """Keep the last value of each header and the last cookie, warning when some are lost."""
        single: dict[str, str] = {}
        if cookies:
            if len(cookies) > 1:
                message = (
                    "only one cookie can be sent in this response, so only the last one is kept; "
                    "enable multi-value headers on the ALB target group to send them all"
                )
                warnings.warn(message, PowertoolsUserWarning, stacklevel=2)
            single["Set-Cookie"] = str(cookies[-1])
        for key, value in headers.items():
            if isinstance(value, str):
                single[key] = value
                continue
            if len(value) > 1:
                message = (
                    f"header {key!r} has {len(value)} values but only one can be sent, so only "
                    "the last one is kept; enable multi-value headers on the ALB target group"
                )
                warnings.warn(message, PowertoolsUserWarning, stacklevel=2)
            if value:
                single[key] = value[-1]
        return {"headers": single}
