# mypy: disable-error-code="no-any-return"
"""Amazon SES receipt events: an email SES received, with its verdicts and headers.

Example:
    >>> event = SESEvent(raw_event)  # doctest: +SKIP
    >>> event.mail.common_headers.subject, event.receipt.spam_verdict.status  # doctest: +SKIP
    ('Invoice 17 overdue', 'PASS')
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator


class SESMailHeader(DictWrapper):
    """One header of the email."""

    @property
    def name(self) -> str:
        """Header name."""
        return self._data["name"]

    @property
    def value(self) -> str:
        """Header value."""
        return self._data["value"]


class SESMailCommonHeaders(DictWrapper):
    """The headers every email has, already parsed."""

    @property
    def return_path(self) -> str:
        """Address bounces go to."""
        return self._data["returnPath"]

    @property
    def get_from(self) -> list[str]:
        """Addresses of the ``From`` header."""
        return self._data["from"]

    @property
    def date(self) -> str:
        """Value of the ``Date`` header."""
        return self._data["date"]

    @property
    def to(self) -> list[str]:
        """Addresses of the ``To`` header."""
        return self._data["to"]

    @property
    def message_id(self) -> str:
        """Value of the ``Message-ID`` header."""
        return self._data["messageId"]

    @property
    def subject(self) -> str:
        """Value of the ``Subject`` header."""
        return self._data["subject"]

    @property
    def cc(self) -> list[str]:
        """Addresses of the ``CC`` header (``[]`` when absent)."""
        return self._data.get("cc") or []

    @property
    def bcc(self) -> list[str]:
        """Addresses of the ``BCC`` header (``[]`` when absent)."""
        return self._data.get("bcc") or []

    @property
    def sender(self) -> list[str]:
        """Addresses of the ``Sender`` header (``[]`` when absent)."""
        return self._data.get("sender") or []

    @property
    def reply_to(self) -> list[str]:
        """Addresses of the ``Reply-To`` header (``[]`` when absent)."""
        return self._data.get("replyTo") or []


class SESMail(DictWrapper):
    """The email: envelope, headers and identifiers."""

    @property
    def timestamp(self) -> str:
        """When SES received the email, ISO 8601."""
        return self._data["timestamp"]

    @property
    def source(self) -> str:
        """Envelope ``MAIL FROM`` address."""
        return self._data["source"]

    @property
    def message_id(self) -> str:
        """Identifier SES gave the email (the S3 object key when stored in S3)."""
        return self._data["messageId"]

    @property
    def destination(self) -> list[str]:
        """Envelope recipients."""
        return self._data["destination"]

    @property
    def headers_truncated(self) -> bool:
        """Whether SES dropped headers because there were too many."""
        return bool(self._data["headersTruncated"])

    @property
    def headers(self) -> Iterator[SESMailHeader]:
        """Every header, in the order of the email."""
        return (SESMailHeader(header) for header in self._data["headers"])

    @property
    def common_headers(self) -> SESMailCommonHeaders:
        """The common headers, already parsed."""
        return SESMailCommonHeaders(self._data["commonHeaders"])


class SESReceiptStatus(DictWrapper):
    """One verdict of a receipt check."""

    @property
    def status(self) -> str:
        """``PASS``, ``FAIL``, ``GRAY`` or ``PROCESSING_FAILED``."""
        return self._data["status"]


class SESReceiptAction(DictWrapper):
    """The receipt rule action that invoked the function."""

    @property
    def get_type(self) -> str:
        """Type of action, ``Lambda``."""
        return self._data["type"]

    @property
    def topic_arn(self) -> str | None:
        """ARN of the SNS topic notified by the action, if any."""
        return self._data.get("topicArn")

    @property
    def function_arn(self) -> str:
        """ARN of the invoked function."""
        return self._data["functionArn"]

    @property
    def invocation_type(self) -> str:
        """``Event`` (asynchronous) or ``RequestResponse`` (synchronous)."""
        return self._data["invocationType"]


class SESReceipt(DictWrapper):
    """What SES found when it received the email."""

    @property
    def timestamp(self) -> str:
        """When the receipt rule action ran, ISO 8601."""
        return self._data["timestamp"]

    @property
    def processing_time_millis(self) -> int:
        """Milliseconds from receipt to action."""
        return int(self._data["processingTimeMillis"])

    @property
    def recipients(self) -> list[str]:
        """Recipients the receipt rule matched."""
        return self._data["recipients"]

    @property
    def spam_verdict(self) -> SESReceiptStatus:
        """Whether the email is spam."""
        return SESReceiptStatus(self._data["spamVerdict"])

    @property
    def virus_verdict(self) -> SESReceiptStatus:
        """Whether the email contains a virus."""
        return SESReceiptStatus(self._data["virusVerdict"])

    @property
    def spf_verdict(self) -> SESReceiptStatus:
        """Result of the Sender Policy Framework check."""
        return SESReceiptStatus(self._data["spfVerdict"])

    @property
    def dkim_verdict(self) -> SESReceiptStatus:
        """Result of the DomainKeys Identified Mail check."""
        return SESReceiptStatus(self._data["dkimVerdict"])

    @property
    def dmarc_verdict(self) -> SESReceiptStatus:
        """Result of the DMARC check."""
        return SESReceiptStatus(self._data["dmarcVerdict"])

    @property
    def dmarc_policy(self) -> str | None:
        """DMARC policy of the sender domain when the DMARC check failed."""
        return self._data.get("dmarcPolicy")

    @property
    def action(self) -> SESReceiptAction:
        """The action that invoked the function."""
        return SESReceiptAction(self._data["action"])


class SESMessage(DictWrapper):
    """The ``ses`` part of a record."""

    @property
    def mail(self) -> SESMail:
        """The email."""
        return SESMail(self._data["mail"])

    @property
    def receipt(self) -> SESReceipt:
        """What SES found."""
        return SESReceipt(self._data["receipt"])


class SESEventRecord(DictWrapper):
    """One received email."""

    @property
    def event_source(self) -> str:
        """Always ``aws:ses``."""
        return self._data["eventSource"]

    @property
    def event_version(self) -> str:
        """Version of the event format."""
        return self._data["eventVersion"]

    @property
    def ses(self) -> SESMessage:
        """The email and its receipt."""
        return SESMessage(self._data["ses"])


class SESEvent(DictWrapper):
    """An SES receipt rule invoking a function for a received email.

    Documentation: https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html
    """

    @property
    def records(self) -> Iterator[SESEventRecord]:
        """The received emails (SES sends one per invocation)."""
        return (SESEventRecord(record) for record in self._data["Records"])

    @property
    def record(self) -> SESEventRecord:
        """The first record."""
        return SESEventRecord(self._data["Records"][0])

    @property
    def mail(self) -> SESMail:
        """The email of the first record."""
        return SESMail(self._data["Records"][0]["ses"]["mail"])

    @property
    def receipt(self) -> SESReceipt:
        """The receipt of the first record."""
        return SESReceipt(self._data["Records"][0]["ses"]["receipt"])
