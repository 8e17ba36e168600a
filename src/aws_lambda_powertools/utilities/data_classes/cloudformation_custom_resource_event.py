# mypy: disable-error-code="no-any-return"
"""AWS CloudFormation custom resource events: create, update or delete a custom resource.

Example:
    >>> event = CloudFormationCustomResourceEvent(
    ...     {"RequestType": "Create", "ResourceProperties": {"Name": "api"}}
    ... )
    >>> event.request_type, event.resource_properties, event.physical_resource_id
    ('Create', {'Name': 'api'}, '')
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Literal


class CloudFormationCustomResourceEvent(DictWrapper):
    """A lifecycle request for a custom resource of a stack.

    Documentation: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
    """

    @property
    def request_type(self) -> Literal["Create", "Update", "Delete"]:
        """What to do with the resource."""
        return self._data["RequestType"]

    @property
    def service_token(self) -> str:
        """ARN of the function (or topic) that handles the resource."""
        return self._data["ServiceToken"]

    @property
    def response_url(self) -> str:
        """Presigned S3 URL the response must be PUT to."""
        return self._data["ResponseURL"]

    @property
    def stack_id(self) -> str:
        """ARN of the stack."""
        return self._data["StackId"]

    @property
    def request_id(self) -> str:
        """Identifier of the request, to echo in the response."""
        return self._data["RequestId"]

    @property
    def logical_resource_id(self) -> str:
        """Logical ID of the resource in the template."""
        return self._data["LogicalResourceId"]

    @property
    def physical_resource_id(self) -> str:
        """Physical ID the handler gave the resource (``""`` on ``Create``)."""
        return self._data.get("PhysicalResourceId") or ""

    @property
    def resource_type(self) -> str:
        """Resource type from the template, such as ``Custom::DnsRecord``."""
        return self._data["ResourceType"]

    @property
    def resource_properties(self) -> dict[str, Any]:
        """Properties of the resource in the template (``{}`` when absent)."""
        return self._data.get("ResourceProperties") or {}

    @property
    def old_resource_properties(self) -> dict[str, Any]:
        """Properties before an ``Update`` (``{}`` otherwise)."""
        return self._data.get("OldResourceProperties") or {}
