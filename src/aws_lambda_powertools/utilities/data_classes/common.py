# mypy: disable-error-code="no-any-return"
"""Shared base of every event data class: a read-only mapping over the raw event.

Data classes never copy or validate the event: each property reads the underlying dict when
it is accessed, so wrapping an event costs one object and reading a field costs one lookup.
Values that are expensive to derive (decoded body, parsed JSON body, case-insensitive
headers) are computed once per instance and kept.

Example:
    >>> event = DictWrapper({"name": "widget"})
    >>> event["name"], event.raw_event == {"name": "widget"}
    ('widget', True)
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from aws_lambda_powertools.exceptions import PowertoolsError
from aws_lambda_powertools.utilities.data_classes._case_insensitive_dict import (
    CaseInsensitiveDict as CaseInsensitiveDict,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any

    from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
        BaseHeadersSerializer,
    )

_MISSING: Any = object()
_new_dict = dict.__new__
# Builds a wrapper without running __init__; nested wrappers only need ``_data`` set.
_new_wrapper = object.__new__
_json_loads = json.loads
_JSON_DECODER = json.JSONDecoder()
_decode_json = _JSON_DECODER.decode
_scan_json = _JSON_DECODER.scan_once  # type: ignore[attr-defined]


class DataClassDecodeError(PowertoolsError, ValueError):
    """A field of the event holds data that cannot be decoded (base64, UTF-8, gzip)."""


def _decode_error(field: str, expected: str, err: Exception) -> DataClassDecodeError:
    message = (
        f"event field {field!r} is not valid {expected}: {err}; check the event source "
        "or read the raw value from the event dict instead"
    )
    return DataClassDecodeError(message)


def decode_base64_field(value: str, field: str) -> bytes:
    """Decode a base64 string taken from the event field ``field``.

    Args:
        value: the base64 text.
        field: name of the event field, used in the error message.

    Returns:
        The decoded bytes.

    Raises:
        DataClassDecodeError: ``value`` is not valid base64.
    """
    import binascii

    try:
        return binascii.a2b_base64(value.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError) as err:
        raise _decode_error(field, "base64", err) from err


def decode_utf8_field(value: bytes, field: str) -> str:
    """Decode UTF-8 bytes taken from the event field ``field``.

    Raises:
        DataClassDecodeError: ``value`` is not valid UTF-8.
    """
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _decode_error(field, "UTF-8 text", err) from err


def _lazy_attribute(module: str, exports: dict[str, str], name: str) -> Any:
    """Import ``name`` from the data_classes sub-module ``exports[name]``; cache it on ``module``.

    Modules re-export helpers through ``__getattr__`` with this, so the import costs nothing
    until the name is used.

    Raises:
        AttributeError: ``name`` is not one of ``exports``.
    """
    try:
        source = exports[name]
    except KeyError:
        message = f"module {module!r} has no attribute {name!r}"
        raise AttributeError(message) from None

    import importlib
    import sys

    value = getattr(importlib.import_module(f"{__package__}.{source}"), name)
    setattr(sys.modules[module], name, value)
    return value


def _child(data: dict[str, Any], key: str) -> dict[str, Any]:
    """Return ``data[key]``, first storing an empty dict there when it is missing or null.

    Response sections of trigger events arrive as ``null`` and are filled in by setters.
    """
    value = data.get(key)
    if value is None:
        value = data[key] = {}
    return value


def _headers_from(raw: Any) -> CaseInsensitiveDict:
    """Wrap an event's raw headers dict in a CaseInsensitiveDict without copying it yet."""
    headers = _new_dict(CaseInsensitiveDict)
    headers._index = None
    if raw and type(raw) is dict:
        headers._source = raw
    else:
        headers._source = None
        if raw:
            dict.update(headers, raw)
    return headers


class DictWrapper(Mapping[str, "Any"]):
    """Read-only mapping over a raw event dict; the base of every event data class.

    Args:
        data: the raw event.
        json_deserializer: function turning JSON text into Python objects, used by
            ``json_body`` and friends; defaults to ``json.loads``.

    Example:
        >>> wrapped = DictWrapper({"a": 1})
        >>> wrapped == {"a": 1}, wrapped.get("b", 2)
        (True, 2)
    """

    # The default deserializer lives on the class, so wrapping an event stores one attribute.
    _json_deserializer: Callable[..., Any] = staticmethod(json.loads)

    def __init__(self, data: dict[str, Any], json_deserializer: Callable[..., Any] | None = None):
        self._data = data
        if json_deserializer is not None:
            self._json_deserializer = json_deserializer

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DictWrapper):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        # Field names only: events carry tokens and personal data that must not reach logs.
        try:
            keys = sorted(str(key) for key in self._data)
        except (AttributeError, TypeError):
            keys = []
        return f"{type(self).__name__}(keys={keys})"

    __str__ = __repr__

    def get(self, key: str, default: Any = None) -> Any:
        """Return the raw value of ``key``, or ``default`` when it is missing."""
        return self._data.get(key, default)

    @property
    def raw_event(self) -> dict[str, Any]:
        """The original event dict, unchanged."""
        return self._data


class BaseProxyEvent(DictWrapper):
    """Common surface of HTTP-style events: API Gateway, ALB, Function URL, VPC Lattice."""

    # Per-instance caches: the class-level sentinel is shadowed by the first computed value,
    # which costs one attribute lookup instead of a raised AttributeError.
    _headers: CaseInsensitiveDict | None = None
    _decoded_body: str | None = _MISSING
    _json_body: Any = _MISSING

    @property
    def headers(self) -> dict[str, str]:
        """Request headers as a case-insensitive dict (empty when the event has none)."""
        headers = self._headers
        if headers is None:
            raw = self._data.get("headers")
            if type(raw) is dict and raw:
                # Inline fast path of _headers_from: wrap the event's dict without copying.
                headers = _new_dict(CaseInsensitiveDict)
                headers._index = None
                headers._source = raw
            else:
                headers = _headers_from(raw)
            self._headers = headers
        return headers

    @property
    def query_string_parameters(self) -> dict[str, str]:
        """Single-value query string parameters (empty dict, never ``None``)."""
        return self._data.get("queryStringParameters") or {}

    @property
    def multi_value_query_string_parameters(self) -> dict[str, list[str]]:
        """Query string parameters with every value of each name (empty dict by default)."""
        return self._data.get("multiValueQueryStringParameters") or {}

    @property
    def resolved_query_string_parameters(self) -> dict[str, list[str]]:
        """Query string parameters as lists of values, whatever form the event used."""
        return self.multi_value_query_string_parameters

    @property
    def resolved_headers_field(self) -> dict[str, Any]:
        """The headers field this event source actually populated."""
        return self.headers

    @property
    def resolved_cookies_field(self) -> dict[str, str]:
        """Cookies sent with the request, parsed from the ``Cookie`` header."""
        return parse_cookie_header(self.headers.get("cookie"))

    @property
    def is_base64_encoded(self) -> bool | None:
        """Whether ``body`` is base64-encoded binary data."""
        return self._data.get("isBase64Encoded")

    @property
    def body(self) -> str | None:
        """The request body as sent by the event source (maybe base64-encoded)."""
        return self._data.get("body")

    @property
    def decoded_body(self) -> str | None:
        """The body as text, base64-decoded when ``is_base64_encoded`` is set (cached).

        Raises:
            DataClassDecodeError: the body is not valid base64 or not UTF-8 text.
        """
        body = self._decoded_body
        if body is _MISSING:
            body = self._data.get("body")
            if body and self._data.get("isBase64Encoded"):
                body = decode_utf8_field(decode_base64_field(body, "body"), "body")
            self._decoded_body = body
        return body

    @property
    def json_body(self) -> Any:
        """The decoded body parsed with the JSON deserializer (cached; ``None`` when empty).

        Raises:
            DataClassDecodeError: the body is not valid base64 or not UTF-8 text.
            ValueError: the body is not valid JSON (from the deserializer).
        """
        parsed = self._json_body
        if parsed is _MISSING:
            data = self._data
            # Plain-text bodies (the common case) skip the decoded_body machinery.
            body = self.decoded_body if data.get("isBase64Encoded") else data.get("body")
            deserializer = self._json_deserializer
            if not body:
                parsed = None
            elif deserializer is _json_loads and type(body) is str:
                # json.loads for text without its argument checks and whitespace regexes:
                # the C scanner when the document starts at 0 and fills the string, json's
                # own decoder (same value or same error) for everything else.
                try:
                    parsed, end = _scan_json(body, 0)
                except StopIteration:
                    end = -1
                if end != len(body):
                    parsed = _decode_json(body)
            else:
                parsed = deserializer(body)
            self._json_body = parsed
        return parsed

    @property
    def path(self) -> str:
        """The request path."""
        return self._data["path"]

    @property
    def http_method(self) -> str:
        """The HTTP method, such as ``GET`` or ``POST``."""
        return self._data["httpMethod"]

    def get_query_string_value(self, name: str, default_value: str | None = None) -> str | None:
        """Return one query string parameter, or ``default_value`` when it is absent."""
        return self.query_string_parameters.get(name, default_value)

    def get_multi_value_query_string_values(
        self,
        name: str,
        default_values: list[str] | None = None,
    ) -> list[str]:
        """Return every value of a query string parameter, or ``default_values`` (``[]``)."""
        values = self.resolved_query_string_parameters.get(name)
        if values is None:
            return default_values or []
        return values

    def get_header_value(
        self,
        name: str,
        default_value: str | None = None,
        case_sensitive: bool = False,
    ) -> str | None:
        """Return a header value; deprecated, use ``event.headers.get(name)`` instead.

        ``case_sensitive`` is ignored: headers are always matched case-insensitively.
        """
        import warnings

        from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning

        message = (
            "get_header_value is deprecated and its case_sensitive argument has no effect; "
            "use event.headers.get(name), which is case-insensitive"
        )
        warnings.warn(message, PowertoolsDeprecationWarning, stacklevel=2)
        return self.headers.get(name, default_value)

    def header_serializer(self) -> BaseHeadersSerializer:
        """Return the serializer that writes response headers in this source's format.

        Raises:
            NotImplementedError: the event source has no HTTP response headers (the HTTP
                event classes override this).
        """
        message = (
            f"{type(self).__name__} has no response header format; use an HTTP event class "
            "such as APIGatewayProxyEvent, ALBEvent or VPCLatticeEvent"
        )
        raise NotImplementedError(message)


def parse_cookie_header(header: str | None) -> dict[str, str]:
    """Parse a ``Cookie`` request header into a dict of cookie names to values.

    Example:
        >>> parse_cookie_header("theme=dark; session=abc")
        {'theme': 'dark', 'session': 'abc'}
    """
    cookies: dict[str, str] = {}
    if not header or type(header) is not str:
        return cookies
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies[name] = value
    return cookies


class RequestContextClientCert(DictWrapper):
    """Client certificate presented during mutual TLS authentication."""

    @property
    def client_cert_pem(self) -> str:
        """The client certificate, PEM encoded."""
        return self._data["clientCertPem"]

    @property
    def issuer_dn(self) -> str:
        """Distinguished name of the certificate issuer."""
        return self._data["issuerDN"]

    @property
    def serial_number(self) -> str:
        """Serial number of the certificate."""
        return self._data["serialNumber"]

    @property
    def subject_dn(self) -> str:
        """Distinguished name of the certificate subject."""
        return self._data["subjectDN"]

    @property
    def validity_not_after(self) -> str:
        """End of the validity period."""
        return self._data["validity"]["notAfter"]

    @property
    def validity_not_before(self) -> str:
        """Start of the validity period."""
        return self._data["validity"]["notBefore"]


class APIGatewayEventIdentity(DictWrapper):
    """Caller identity API Gateway attaches to a REST API request."""

    @property
    def access_key(self) -> str | None:
        """Access key of the signed request, if any."""
        return self._data.get("accessKey")

    @property
    def account_id(self) -> str | None:
        """AWS account of the caller."""
        return self._data.get("accountId")

    @property
    def api_key(self) -> str | None:
        """API key of a key-authorized method."""
        return self._data.get("apiKey")

    @property
    def api_key_id(self) -> str | None:
        """Identifier of the API key of a key-authorized method."""
        return self._data.get("apiKeyId")

    @property
    def caller(self) -> str | None:
        """Principal identifier of the caller making the request."""
        return self._data.get("caller")

    @property
    def cognito_authentication_provider(self) -> str | None:
        """Amazon Cognito authentication providers used by the caller."""
        return self._data.get("cognitoAuthenticationProvider")

    @property
    def cognito_authentication_type(self) -> str | None:
        """Amazon Cognito authentication type: ``authenticated`` or ``unauthenticated``."""
        return self._data.get("cognitoAuthenticationType")

    @property
    def cognito_identity_id(self) -> str | None:
        """Amazon Cognito identity ID of the caller."""
        return self._data.get("cognitoIdentityId")

    @property
    def cognito_identity_pool_id(self) -> str | None:
        """Amazon Cognito identity pool ID of the caller."""
        return self._data.get("cognitoIdentityPoolId")

    @property
    def principal_org_id(self) -> str | None:
        """AWS Organizations ID of the caller."""
        return self._data.get("principalOrgId")

    @property
    def source_ip(self) -> str:
        """Source IP address of the TCP connection making the request."""
        return self._data["sourceIp"]

    @property
    def user(self) -> str | None:
        """Principal identifier of the user making the request."""
        return self._data.get("user")

    @property
    def user_agent(self) -> str | None:
        """User agent of the caller."""
        return self._data.get("userAgent")

    @property
    def user_arn(self) -> str | None:
        """ARN of the effective user identified after authentication."""
        return self._data.get("userArn")

    @property
    def client_cert(self) -> RequestContextClientCert | None:
        """Client certificate of a mutual TLS request, if any."""
        cert = self._data.get("clientCert")
        return None if cert is None else RequestContextClientCert(cert)


class BaseRequestContext(DictWrapper):
    """Request context shared by API Gateway REST and WebSocket events."""

    @property
    def account_id(self) -> str:
        """AWS account that owns the API."""
        return self._data["accountId"]

    @property
    def api_id(self) -> str:
        """Identifier API Gateway assigns to the API."""
        return self._data["apiId"]

    @property
    def domain_name(self) -> str | None:
        """Full domain name used to invoke the API."""
        return self._data.get("domainName")

    @property
    def domain_prefix(self) -> str | None:
        """First label of ``domain_name``."""
        return self._data.get("domainPrefix")

    @property
    def extended_request_id(self) -> str | None:
        """Extended request ID that API Gateway generates."""
        return self._data.get("extendedRequestId")

    @property
    def protocol(self) -> str:
        """Request protocol, such as ``HTTP/1.1``."""
        return self._data["protocol"]

    @property
    def http_method(self) -> str:
        """HTTP method of the request."""
        return self._data["httpMethod"]

    @property
    def identity(self) -> APIGatewayEventIdentity:
        """Identity of the caller."""
        identity = _new_wrapper(APIGatewayEventIdentity)
        identity._data = self._data["identity"]
        return identity

    @property
    def path(self) -> str:
        """Path including the stage, such as ``/prod/users``."""
        return self._data["path"]

    @property
    def stage(self) -> str:
        """Deployment stage of the API."""
        return self._data["stage"]

    @property
    def request_id(self) -> str:
        """Identifier API Gateway assigns to the request."""
        return self._data["requestId"]

    @property
    def request_time(self) -> str | None:
        """Request time in CLF format, such as ``09/Apr/2024:12:34:56 +0000``."""
        return self._data.get("requestTime")

    @property
    def request_time_epoch(self) -> int:
        """Request time in epoch milliseconds."""
        return self._data["requestTimeEpoch"]

    @property
    def resource_id(self) -> str:
        """Identifier of the API resource."""
        return self._data["resourceId"]

    @property
    def resource_path(self) -> str:
        """Path of the API resource, such as ``/users/{user_id}``."""
        return self._data["resourcePath"]


class RequestContextV2Http(DictWrapper):
    """HTTP details of an HTTP API (payload v2) or Function URL request."""

    @property
    def method(self) -> str:
        """HTTP method of the request."""
        return self._data["method"]

    @property
    def path(self) -> str:
        """Request path, including the stage for a named stage."""
        return self._data["path"]

    @property
    def protocol(self) -> str:
        """Request protocol, such as ``HTTP/1.1``."""
        return self._data["protocol"]

    @property
    def source_ip(self) -> str:
        """Source IP address of the TCP connection making the request."""
        return self._data["sourceIp"]

    @property
    def user_agent(self) -> str:
        """User agent of the caller."""
        return self._data["userAgent"]


class BaseRequestContextV2(DictWrapper):
    """Request context shared by HTTP API (payload v2) and Function URL events."""

    @property
    def account_id(self) -> str:
        """AWS account that owns the API or function."""
        return self._data["accountId"]

    @property
    def api_id(self) -> str:
        """Identifier of the API (or the URL ID of a Function URL)."""
        return self._data["apiId"]

    @property
    def domain_name(self) -> str:
        """Full domain name used to invoke the API."""
        return self._data["domainName"]

    @property
    def domain_prefix(self) -> str:
        """First label of ``domain_name``."""
        return self._data["domainPrefix"]

    @property
    def http(self) -> RequestContextV2Http:
        """HTTP details of the request."""
        return RequestContextV2Http(self._data["http"])

    @property
    def request_id(self) -> str:
        """Identifier of the request."""
        return self._data["requestId"]

    @property
    def route_key(self) -> str:
        """Route key of the matched route, such as ``GET /users``."""
        return self._data["routeKey"]

    @property
    def stage(self) -> str:
        """Deployment stage of the API."""
        return self._data["stage"]

    @property
    def time(self) -> str:
        """Request time in CLF format."""
        return self._data["time"]

    @property
    def time_epoch(self) -> int:
        """Request time in epoch milliseconds."""
        return self._data["timeEpoch"]

    @property
    def authentication(self) -> RequestContextClientCert | None:
        """Client certificate of a mutual TLS request, if any."""
        authentication = self._data.get("authentication")
        if not authentication:
            return None
        cert = authentication.get("clientCert")
        return None if cert is None else RequestContextClientCert(cert)


# Helpers this module re-exports, imported on first use.
_LAZY_EXPORTS = {
    "get_header_value": "shared_functions",
    "get_query_string_value": "shared_functions",
    "get_multi_value_query_string_values": "shared_functions",
}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
