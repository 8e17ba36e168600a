# mypy: disable-error-code="no-any-return"
"""Amazon Bedrock Agents action group events defined by function details.

Example:
    >>> event = BedrockAgentFunctionEvent({"function": "get_weather", "parameters": []})
    >>> event.function, event.parameters
    ('get_weather', [])
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes._bedrock_agent_info import BedrockAgentInfo
from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

__all__ = ["BedrockAgentFunctionEvent", "BedrockAgentFunctionParameter", "BedrockAgentInfo"]


class BedrockAgentFunctionParameter(DictWrapper):
    """A function parameter: name, type and string value."""

    @property
    def name(self) -> str:
        """Name of the parameter."""
        return self._data["name"]

    @property
    def type(self) -> str:
        """Type of the parameter, such as ``string`` or ``number``."""
        return self._data["type"]

    @property
    def value(self) -> str:
        """The value, always sent as a string."""
        return self._data["value"]


class BedrockAgentFunctionEvent(DictWrapper):
    """Bedrock Agents action group invocation of a function."""

    @property
    def message_version(self) -> str:
        """Version of the event format, ``1.0``."""
        return self._data["messageVersion"]

    @property
    def input_text(self) -> str:
        """The user's input for this conversation turn."""
        return self._data["inputText"]

    @property
    def session_id(self) -> str:
        """Identifier of the agent session."""
        return self._data["sessionId"]

    @property
    def action_group(self) -> str:
        """Name of the action group."""
        return self._data["actionGroup"]

    @property
    def function(self) -> str:
        """Name of the function to call."""
        return self._data["function"]

    @property
    def parameters(self) -> list[BedrockAgentFunctionParameter]:
        """Parameters of the call (empty list by default)."""
        items = self._data.get("parameters") or []
        return [BedrockAgentFunctionParameter(item) for item in items]

    @property
    def agent(self) -> BedrockAgentInfo:
        """The agent that called the action group."""
        return BedrockAgentInfo(self._data["agent"])

    @property
    def session_attributes(self) -> dict[str, str]:
        """Session attributes kept for the whole session (empty dict by default)."""
        return self._data.get("sessionAttributes") or {}

    @property
    def prompt_session_attributes(self) -> dict[str, str]:
        """Session attributes kept for this turn (empty dict by default)."""
        return self._data.get("promptSessionAttributes") or {}
