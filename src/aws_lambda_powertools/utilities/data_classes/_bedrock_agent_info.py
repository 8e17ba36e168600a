# mypy: disable-error-code="no-any-return"
"""The agent description both Bedrock agent event shapes carry."""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper


class BedrockAgentInfo(DictWrapper):
    """The agent that called the action group."""

    @property
    def name(self) -> str:
        """Name of the agent."""
        return self._data["name"]

    @property
    def id(self) -> str:
        """Identifier of the agent."""
        return self._data["id"]

    @property
    def alias(self) -> str:
        """Alias of the agent."""
        return self._data["alias"]

    @property
    def version(self) -> str:
        """Version of the agent."""
        return self._data["version"]
