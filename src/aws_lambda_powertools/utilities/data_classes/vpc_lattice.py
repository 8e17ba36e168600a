# mypy: disable-error-code="no-any-return"
"""Amazon VPC Lattice events, payload versions 1 and 2.

Example:
    >>> event = VPCLatticeEventV2({"path": "/orders", "method": "GET", "headers": {}})
    >>> event.path, event.http_method
    ('/orders', 'GET')
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import (
    _MISSING,
    BaseProxyEvent,
    DictWrapper,
    _headers_from,
    _lazy_attribute,
    decode_base64_field,
    decode_utf8_field,
)
from aws_lambda_powertools.utilities.data_classes.common import (
    CaseInsensitiveDict as CaseInsensitiveDict,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
        BaseHeadersSerializer,
    )


class VPCLatticeEventBase(BaseProxyEvent):
    """Fields both VPC Lattice payload versions share."""

    @property
    def body(self) -> str:
        """The request body (maybe base64-encoded)."""
        return self._data["body"]

    @property
    def json_body(self) -> Any:
        """The decoded body parsed as JSON (cached)."""
        parsed = self._json_body
        if parsed is _MISSING:
            parsed = self._json_body = self._json_deserializer(self.decoded_body)
        return parsed

    @property
    def headers(self) -> dict[str, str]:
        """Request headers as a case-insensitive dict."""
        headers = self._headers
        if headers is None:
            headers = self._headers = _headers_from(self._data["headers"])
        return headers

    @property
    def decoded_body(self) -> str:
        """The body as text, base64-decoded when ``is_base64_encoded`` is set.

        Raises:
            DataClassDecodeError: the body is not valid base64 or not UTF-8 text.
        """
        body = self.body
        if body and self.is_base64_encoded:
            return decode_utf8_field(decode_base64_field(body, "body"), "body")
        return body

    @property
    def method(self) -> str:
        """HTTP method of the request."""
        return self._data["method"]

    @property
    def http_method(self) -> str:
        """HTTP method of the request (same as ``method``)."""
        return self._data["method"]

    def header_serializer(self) -> BaseHeadersSerializer:
        """Return the serializer for VPC Lattice responses: joined header values."""
        from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
            HttpApiHeadersSerializer,
        )

        return HttpApiHeadersSerializer()


def _as_lists(query: dict[str, Any]) -> dict[str, list[str]]:
    return {key: value if isinstance(value, list) else [value] for key, value in query.items()}


def _joined(value: Any) -> Any:
    return ",".join(value) if isinstance(value, list) else value


class VPCLatticeEvent(VPCLatticeEventBase):
    """VPC Lattice request event, payload version 1 (snake_case field names)."""

    @property
    def raw_path(self) -> str:
        """Request path, including any query string the client sent."""
        return self._data["raw_path"]

    @property
    def is_base64_encoded(self) -> bool:
        """Whether ``body`` is base64-encoded."""
        return self._data["is_base64_encoded"]

    @property
    def path(self) -> str:
        """Request path: ``raw_path`` without its query string."""
        return self._data["raw_path"].split("?", 1)[0]

    @property
    def query_string_parameters(self) -> dict[str, str]:
        """Query string parameters."""
        return self._data["query_string_parameters"]

    @property
    def resolved_query_string_parameters(self) -> dict[str, list[str]]:
        """Query string parameters as lists of values."""
        return _as_lists(self.query_string_parameters)

    @property
    def resolved_headers_field(self) -> dict[str, Any]:
        """The request headers."""
        return self.headers


def _first(data: dict[str, Any], key: str, other: str) -> Any:
    """Return ``data[key]``, else ``data[other]``: VPC Lattice mixes ``X509``/``x509`` casing."""
    value = data.get(key)
    return data.get(other) if value is None else value


class vpcLatticeEventV2Identity(DictWrapper):
    """Identity of the caller of a VPC Lattice service."""

    @property
    def source_vpc_arn(self) -> str | None:
        """ARN of the VPC the request came from."""
        return self._data.get("sourceVpcArn")

    @property
    def get_type(self) -> str | None:
        """Authentication type, ``AWS_IAM`` or ``NONE``."""
        return self._data.get("type")

    @property
    def principal(self) -> str | None:
        """Authenticated principal ARN."""
        return self._data.get("principal")

    @property
    def principal_org_id(self) -> str | None:
        """AWS Organizations ID of the principal."""
        return _first(self._data, "principalOrgID", "principalOrgId")

    @property
    def session_name(self) -> str | None:
        """Session name of an assumed-role principal."""
        return self._data.get("sessionName")

    @property
    def x509_subject_cn(self) -> str | None:
        """Subject common name of the client certificate."""
        return _first(self._data, "X509SubjectCn", "x509SubjectCn")

    @property
    def x509_issuer_ou(self) -> str | None:
        """Issuer organizational unit of the client certificate."""
        return _first(self._data, "X509IssuerOu", "x509IssuerOu")

    @property
    def x509_san_dns(self) -> str | None:
        """DNS subject alternative name of the client certificate."""
        return _first(self._data, "x509SanDns", "X509SanDns")

    @property
    def x509_san_uri(self) -> str | None:
        """URI subject alternative name of the client certificate."""
        return _first(self._data, "X509SanUri", "x509SanUri")

    @property
    def x509_san_name_cn(self) -> str | None:
        """Name CN subject alternative name of the client certificate."""
        return _first(self._data, "X509SanNameCn", "x509SanNameCn")


class vpcLatticeEventV2RequestContext(DictWrapper):
    """Request context of a VPC Lattice payload version 2 event."""

    @property
    def service_network_arn(self) -> str:
        """ARN of the service network."""
        return self._data["serviceNetworkArn"]

    @property
    def service_arn(self) -> str:
        """ARN of the service."""
        return self._data["serviceArn"]

    @property
    def target_group_arn(self) -> str:
        """ARN of the target group."""
        return self._data["targetGroupArn"]

    @property
    def identity(self) -> vpcLatticeEventV2Identity:
        """Identity of the caller."""
        return vpcLatticeEventV2Identity(self._data["identity"])

    @property
    def region(self) -> str:
        """AWS Region of the service."""
        return self._data["region"]

    @property
    def time_epoch(self) -> str:
        """Request time in epoch microseconds, as the event carries it (a numeric string)."""
        return self._data["timeEpoch"]


class VPCLatticeEventV2(VPCLatticeEventBase):
    """VPC Lattice request event, payload version 2."""

    _query: dict[str, str]

    @property
    def version(self) -> str:
        """Payload version, ``2.0``."""
        return self._data["version"]

    @property
    def request_context(self) -> vpcLatticeEventV2RequestContext:
        """Service network, service, target group and caller identity."""
        return vpcLatticeEventV2RequestContext(self._data["requestContext"])

    @property
    def path(self) -> str:
        """Request path."""
        return self._data["path"]

    @property
    def query_string_parameters(self) -> dict[str, str]:
        """Query string parameters; repeated values are joined with commas (may be empty).

        Payload version 2 carries each parameter as a list of values.
        """
        raw = self._data.get("queryStringParameters") or {}
        return {key: _joined(value) for key, value in raw.items()}

    @property
    def resolved_query_string_parameters(self) -> dict[str, list[str]]:
        """Query string parameters as lists of values."""
        return _as_lists(self._data.get("queryStringParameters") or {})

    @property
    def resolved_headers_field(self) -> dict[str, str]:
        """The request headers."""
        return self.headers


# Helpers this module re-exports, imported on first use.
_LAZY_EXPORTS = {
    "BaseHeadersSerializer": "_headers_serializer",
    "HttpApiHeadersSerializer": "_headers_serializer",
    "base64_decode": "shared_functions",
}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
