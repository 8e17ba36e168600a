"""Parse and validate what the metrics utility prints: EMF documents and Datadog log lines."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import jsonschema

SCHEMA_PATH = Path(__file__).with_name("emf_schema.json")
EMF_SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text())
_EMF_VALIDATOR = jsonschema.Draft202012Validator(EMF_SCHEMA)
_METRIC_VALUE_VALIDATOR = jsonschema.Draft202012Validator(
    {"$ref": "#/$defs/metricValue", "$defs": EMF_SCHEMA["$defs"]}
)
DATADOG_LINE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["m", "v", "e", "t"],
    "additionalProperties": False,
    "properties": {
        "m": {"type": "string", "minLength": 1},
        "v": {"type": "number"},
        "e": {"type": "integer"},
        "t": {"type": "array", "items": {"type": "string", "pattern": "^[^:]+:"}},
    },
}
_DATADOG_VALIDATOR = jsonschema.Draft202012Validator(DATADOG_LINE_SCHEMA)


def validate_emf(document: dict[str, Any]) -> None:
    """Validate one EMF document against the schema and the member references it makes.

    Raises:
        jsonschema.ValidationError: the structure breaks the schema.
        AssertionError: a named dimension or metric member is missing or mistyped, or a
            metric value is not an array of floats (this implementation's promise).
    """
    _EMF_VALIDATOR.validate(document)
    for directive in document["_aws"]["CloudWatchMetrics"]:
        for dimension_set in directive["Dimensions"]:
            for key in dimension_set:
                assert isinstance(document.get(key), str), f"dimension {key!r} has no string value"
        for definition in directive["Metrics"]:
            name = definition["Name"]
            assert name in document, f"metric {name!r} has no value member"
            _METRIC_VALUE_VALIDATOR.validate(document[name])
            values = document[name]
            assert isinstance(values, list), f"metric {name!r} is not an array"
            assert all(isinstance(v, float) and math.isfinite(v) for v in values), values


def validate_line(line: str) -> dict[str, Any]:
    """Parse a printed line and validate it as an EMF document or a Datadog metric line."""
    document = json.loads(line)
    assert isinstance(document, dict), line
    if "_aws" in document:
        validate_emf(document)
    else:
        _DATADOG_VALIDATOR.validate(document)
    return document


def parse_output(text: str) -> list[dict[str, Any]]:
    """Validate and return every line of captured stdout."""
    return [validate_line(line) for line in text.splitlines() if line]
