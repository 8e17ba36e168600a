# mypy: disable-error-code="no-any-return"
"""AWS Secrets Manager rotation events: one step of rotating a secret.

Example:
    >>> event = SecretsManagerEvent(
    ...     {"SecretId": "arn:...:secret:db", "ClientRequestToken": "v2", "Step": "createSecret"}
    ... )
    >>> event.step, event.version_id
    ('createSecret', 'v2')
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal


class SecretsManagerEvent(DictWrapper):
    """One step of a secret rotation.

    Documentation: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html
    """

    @property
    def secret_id(self) -> str:
        """ARN or name of the secret being rotated."""
        return self._data["SecretId"]

    @property
    def client_request_token(self) -> str:
        """Version ID of the new secret version."""
        return self._data["ClientRequestToken"]

    @property
    def version_id(self) -> str:
        """Version ID of the new secret version (same as ``client_request_token``)."""
        return self._data["ClientRequestToken"]

    @property
    def step(self) -> Literal["createSecret", "setSecret", "testSecret", "finishSecret"]:
        """The rotation step to perform."""
        return self._data["Step"]
