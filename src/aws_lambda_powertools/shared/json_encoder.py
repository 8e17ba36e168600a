"""A JSON encoder that understands the types Lambda handlers commonly return."""

from __future__ import annotations

import dataclasses
import decimal
import json
import math

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Encoder(json.JSONEncoder):
    """Encode ``Decimal``, pydantic models and dataclasses besides the standard types.

    * ``Decimal`` becomes its string form (``Decimal("1.50")`` -> ``"1.50"``); a NaN
      decimal becomes ``NaN`` as ``float("nan")`` does.
    * pydantic models become ``model_dump()`` dicts.
    * dataclass instances become ``dataclasses.asdict`` dicts.

    Example:
        >>> json.dumps({"price": Decimal("9.99")}, cls=Encoder)
        '{"price": "9.99"}'
    """

    def default(self, o: Any) -> Any:
        """Return a JSON-serializable stand-in for ``o``."""
        if isinstance(o, decimal.Decimal):
            if o.is_nan():
                return math.nan
            return str(o)

        model_dump = getattr(o, "model_dump", None)
        if callable(model_dump) and not isinstance(o, type):
            return model_dump()

        if dataclasses.is_dataclass(o) and not isinstance(o, type):
            return dataclasses.asdict(o)
        return super().default(o)
