# mypy: disable-error-code="no-any-return"
"""Amazon Connect contact flow events: a contact flow invoking a function mid-call or chat.

Example:
    >>> event = ConnectContactFlowEvent(raw_event)  # doctest: +SKIP
    >>> event.contact_data.channel, event.parameters  # doctest: +SKIP
    (<ConnectContactFlowChannel.VOICE: 1>, {'lookup': 'balance'})
"""

from __future__ import annotations

from enum import Enum, auto

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper


class ConnectContactFlowChannel(Enum):
    """How the customer reached the contact center."""

    VOICE = auto()
    CHAT = auto()


class ConnectContactFlowEndpointType(Enum):
    """Kind of address of an endpoint."""

    TELEPHONE_NUMBER = auto()


class ConnectContactFlowInitiationMethod(Enum):
    """How the contact started."""

    INBOUND = auto()
    OUTBOUND = auto()
    TRANSFER = auto()
    CALLBACK = auto()
    API = auto()


class ConnectContactFlowEndpoint(DictWrapper):
    """A customer or system endpoint."""

    @property
    def address(self) -> str:
        """The address, such as a phone number in E.164 format."""
        return self._data["Address"]

    @property
    def endpoint_type(self) -> ConnectContactFlowEndpointType:
        """Kind of address."""
        return ConnectContactFlowEndpointType[self._data["Type"]]


class ConnectContactFlowQueue(DictWrapper):
    """The queue the contact is in."""

    @property
    def arn(self) -> str:
        """ARN of the queue."""
        return self._data["ARN"]

    @property
    def name(self) -> str:
        """Name of the queue."""
        return self._data["Name"]


class ConnectContactFlowMediaStreamAudio(DictWrapper):
    """Where the customer audio is streamed in Kinesis Video Streams."""

    @property
    def start_fragment_number(self) -> str | None:
        """First fragment of the stream for this contact."""
        return self._data["StartFragmentNumber"]

    @property
    def start_timestamp(self) -> str | None:
        """When the audio stream started, in epoch milliseconds."""
        return self._data["StartTimestamp"]

    @property
    def stream_arn(self) -> str | None:
        """ARN of the Kinesis video stream."""
        return self._data["StreamARN"]


class ConnectContactFlowMediaStreamCustomer(DictWrapper):
    """Media streams of the customer."""

    @property
    def audio(self) -> ConnectContactFlowMediaStreamAudio:
        """The customer audio stream."""
        return ConnectContactFlowMediaStreamAudio(self._data["Audio"])


class ConnectContactFlowMediaStreams(DictWrapper):
    """Live media streams of the contact."""

    @property
    def customer(self) -> ConnectContactFlowMediaStreamCustomer:
        """Streams of the customer."""
        return ConnectContactFlowMediaStreamCustomer(self._data["Customer"])


class ConnectContactFlowData(DictWrapper):
    """Everything Amazon Connect knows about the contact."""

    @property
    def attributes(self) -> dict[str, str]:
        """Contact attributes set so far in the flow."""
        return self._data["Attributes"]

    @property
    def channel(self) -> ConnectContactFlowChannel:
        """``VOICE`` or ``CHAT``."""
        return ConnectContactFlowChannel[self._data["Channel"]]

    @property
    def contact_id(self) -> str:
        """Identifier of the contact."""
        return self._data["ContactId"]

    @property
    def customer_endpoint(self) -> ConnectContactFlowEndpoint | None:
        """The customer's address, when known."""
        endpoint = self._data["CustomerEndpoint"]
        return None if endpoint is None else ConnectContactFlowEndpoint(endpoint)

    @property
    def initial_contact_id(self) -> str:
        """Identifier of the first contact of a transfer chain."""
        return self._data["InitialContactId"]

    @property
    def initiation_method(self) -> ConnectContactFlowInitiationMethod:
        """How the contact started."""
        return ConnectContactFlowInitiationMethod[self._data["InitiationMethod"]]

    @property
    def instance_arn(self) -> str:
        """ARN of the Amazon Connect instance."""
        return self._data["InstanceARN"]

    @property
    def previous_contact_id(self) -> str:
        """Identifier of the contact this one was transferred from."""
        return self._data["PreviousContactId"]

    @property
    def queue(self) -> ConnectContactFlowQueue | None:
        """The queue, once the contact is in one."""
        queue = self._data["Queue"]
        return None if queue is None else ConnectContactFlowQueue(queue)

    @property
    def system_endpoint(self) -> ConnectContactFlowEndpoint | None:
        """The contact center's address the customer reached."""
        endpoint = self._data["SystemEndpoint"]
        return None if endpoint is None else ConnectContactFlowEndpoint(endpoint)

    @property
    def media_streams(self) -> ConnectContactFlowMediaStreams:
        """Live media streams of the contact."""
        return ConnectContactFlowMediaStreams(self._data["MediaStreams"])


class ConnectContactFlowEvent(DictWrapper):
    """A contact flow invoking a function.

    Documentation: https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
    """

    @property
    def contact_data(self) -> ConnectContactFlowData:
        """Everything known about the contact."""
        return ConnectContactFlowData(self._data["Details"]["ContactData"])

    @property
    def parameters(self) -> dict[str, str]:
        """Parameters the flow passes to the function."""
        return self._data["Details"]["Parameters"]
