"""Turn DynamoDB attribute values (``{"S": "x"}``, ``{"N": "1"}``...) into Python values.

Works without boto3, so DynamoDB stream records can be read with no AWS SDK loaded.
"""

from __future__ import annotations

import base64
from decimal import (
    Clamped,
    Context,
    Decimal,
    DecimalException,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
    Underflow,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

# The precision and exponent range DynamoDB documents for its Number type.
DYNAMODB_CONTEXT = Context(
    Emin=-128,
    Emax=126,
    prec=38,
    traps=[Clamped, Overflow, Inexact, Rounded, Underflow, InvalidOperation],
)

_TYPE_CODES = ("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS")


class TypeDeserializer:
    """Deserialize DynamoDB attribute values into Python values.

    ========  ==============================
    DynamoDB  Python
    ========  ==============================
    NULL      None
    BOOL      bool
    N         Decimal (38 digits of precision)
    S         str
    B         bytes
    NS        set[Decimal]
    SS        set[str]
    BS        set[bytes]
    L         list
    M         dict
    ========  ==============================
    """

    def __init__(self) -> None:
        # Bound once per instance so subclasses can override any single type's handler.
        self._handlers: dict[str, Any] = {
            code: getattr(self, f"_deserialize_{code.lower()}") for code in _TYPE_CODES
        }

    def deserialize(self, value: dict[str, Any]) -> Any:
        """Return the Python value of one DynamoDB attribute value.

        Raises:
            TypeError: ``value`` is not a one-key dict with a known DynamoDB type code.
        """
        try:
            ((type_code, payload),) = value.items()
            handler = self._handlers[type_code]
        except (AttributeError, ValueError, KeyError, TypeError):
            self._raise_invalid(value)
        return handler(payload)

    @staticmethod
    def _raise_invalid(value: Any) -> NoReturn:
        if not isinstance(value, dict) or len(value) != 1:
            message = (
                f"a DynamoDB attribute value must be a dict with exactly one type key "
                f"such as {{'S': 'text'}}, got {value!r}"
            )
            raise TypeError(message)
        message = (
            f"unknown DynamoDB type {next(iter(value))!r} in {value!r}; "
            f"expected one of {', '.join(_TYPE_CODES)}"
        )
        raise TypeError(message)

    def _deserialize_null(self, value: Any) -> None:
        return None

    def _deserialize_bool(self, value: Any) -> bool:
        return bool(value)

    def _deserialize_n(self, value: str) -> Decimal:
        try:
            return DYNAMODB_CONTEXT.create_decimal(value.strip())
        except DecimalException as err:
            # Same signal class as the decimal module raises, but naming the offending value.
            message = (
                f"DynamoDB number {value!r} is not a number DynamoDB can store "
                f"(up to 38 significant digits, exponent -130..125): {type(err).__name__}"
            )
            raise type(err)(message) from err

    def _deserialize_s(self, value: str) -> str:
        return value

    def _deserialize_b(self, value: Any) -> bytes:
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        return base64.b64decode(value)

    def _deserialize_ns(self, value: list[str]) -> set[Decimal]:
        return {self._deserialize_n(v) for v in value}

    def _deserialize_ss(self, value: list[str]) -> set[str]:
        return set(value)

    def _deserialize_bs(self, value: list[Any]) -> set[bytes]:
        return {self._deserialize_b(v) for v in value}

    def _deserialize_l(self, value: list[dict[str, Any]]) -> list[Any]:
        return [self.deserialize(v) for v in value]

    def _deserialize_m(self, value: dict[str, dict[str, Any]]) -> dict[str, Any]:
        return {k: self.deserialize(v) for k, v in value.items()}
