# mypy: disable-error-code="no-any-return"
"""Amazon SNS events: a notification published to a topic Lambda subscribes to.

Example:
    >>> event = SNSEvent({"Records": [{"Sns": {"Message": "hello", "Subject": "greeting"}}]})
    >>> event.sns_message, event.record.sns.subject
    ('hello', 'greeting')
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator


class SNSMessageAttribute(DictWrapper):
    """One message attribute set by the publisher."""

    @property
    def get_type(self) -> str:
        """Data type of the attribute: ``String``, ``Number``, ``Binary``..."""
        return self._data["Type"]

    @property
    def value(self) -> str:
        """Value of the attribute (base64 for ``Binary``)."""
        return self._data["Value"]


class SNSMessage(DictWrapper):
    """The notification itself.

    The same class reads an SNS message delivered to SQS without raw message delivery,
    where the URL keys are spelled ``SigningCertURL`` and ``UnsubscribeURL``.
    """

    @property
    def signature_version(self) -> str:
        """Version of the SNS signature."""
        return self._data["SignatureVersion"]

    @property
    def timestamp(self) -> str:
        """When the notification was published, ISO 8601."""
        return self._data["Timestamp"]

    @property
    def signature(self) -> str:
        """Base64 SHA1withRSA or SHA256withRSA signature of the message."""
        return self._data["Signature"]

    @property
    def signing_cert_url(self) -> str:
        """URL of the certificate that signed the message."""
        data = self._data
        return data["SigningCertUrl"] if "SigningCertUrl" in data else data["SigningCertURL"]

    @property
    def message_id(self) -> str:
        """Unique identifier SNS gave the message."""
        return self._data["MessageId"]

    @property
    def message(self) -> str:
        """The message body as published."""
        return self._data["Message"]

    @property
    def message_attributes(self) -> dict[str, SNSMessageAttribute]:
        """Message attributes by name."""
        attributes = self._data["MessageAttributes"]
        return {name: SNSMessageAttribute(value) for name, value in attributes.items()}

    @property
    def get_type(self) -> str:
        """Type of the message, ``Notification`` for a published message."""
        return self._data["Type"]

    @property
    def unsubscribe_url(self) -> str:
        """URL that unsubscribes the endpoint from the topic."""
        data = self._data
        return data["UnsubscribeUrl"] if "UnsubscribeUrl" in data else data["UnsubscribeURL"]

    @property
    def topic_arn(self) -> str:
        """ARN of the topic the message was published to."""
        return self._data["TopicArn"]

    @property
    def subject(self) -> str:
        """Subject set by the publisher."""
        return self._data["Subject"]


class SNSEventRecord(DictWrapper):
    """One delivery of a notification to the function."""

    @property
    def event_version(self) -> str:
        """Version of the event format."""
        return self._data["EventVersion"]

    @property
    def event_subscription_arn(self) -> str:
        """ARN of the subscription that delivered the message."""
        return self._data["EventSubscriptionArn"]

    @property
    def event_source(self) -> str:
        """Always ``aws:sns``."""
        return self._data["EventSource"]

    @property
    def sns(self) -> SNSMessage:
        """The notification."""
        return SNSMessage(self._data["Sns"], self._json_deserializer)


class SNSEvent(DictWrapper):
    """SNS notifications delivered to a Lambda function (one record per invocation).

    Documentation: https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
    """

    @property
    def records(self) -> Iterator[SNSEventRecord]:
        """The notifications delivered."""
        deserializer = self._json_deserializer
        return (SNSEventRecord(record, deserializer) for record in self._data["Records"])

    @property
    def record(self) -> SNSEventRecord:
        """The first notification (SNS delivers one per invocation)."""
        return SNSEventRecord(self._data["Records"][0], self._json_deserializer)

    @property
    def sns_message(self) -> str:
        """Body of the first notification."""
        return self._data["Records"][0]["Sns"]["Message"]
