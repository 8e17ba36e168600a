"""A dict with case-insensitive string keys, used for HTTP headers of events.

Importable from ``common``, with the rest of the data classes base.
"""

from __future__ import annotations

from collections.abc import Mapping

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

_MISSING: Any = object()
_dict_get = dict.get


class CaseInsensitiveDict(dict):  # type: ignore[type-arg]
    """A dict whose string keys are looked up case-insensitively.

    Keys keep the letter case they arrived with (iteration and ``json.dumps`` show them as
    sent; construction copies them as given, like ``dict``), while ``headers["accept"]``,
    ``headers.get("ACCEPT")`` and ``"Accept" in headers`` all find the same entry. Setting a
    key replaces an entry that differs only in case.

    Example:
        >>> headers = CaseInsensitiveDict({"Content-Type": "application/json"})
        >>> headers["content-type"], "CONTENT-TYPE" in headers
        ('application/json', True)
    """

    # _index: lower-cased key -> stored key, built on the first lookup the cheap guesses miss.
    # _source: an event's headers are copied in only when something needs the whole dict;
    # until then lookups read the event's own headers dict (see _headers_from).
    __slots__ = ("_index", "_source")

    def __init__(self, data: Any = None, **kwargs: Any) -> None:
        self._index: dict[str, Any] | None = None
        self._source: dict[str, Any] | None = None
        if data is None:
            dict.__init__(self, **kwargs)
        else:
            dict.__init__(self, data, **kwargs)

    def _materialize(self) -> None:
        source = self._source
        if source is not None:
            self._source = None
            dict.update(self, source)

    def _lookup(self, key: Any) -> Any:
        # Return the stored value for key in any letter case, or _MISSING.
        source = self._source
        value = _dict_get(self if source is None else source, key, _MISSING)
        return self._lookup_folded(key) if value is _MISSING else value

    def _lookup_folded(self, key: Any) -> Any:
        # The exact spelling of key is known to be absent.
        if type(key) is not str:
            return _MISSING
        source = self._source
        table = self if source is None else source
        # Headers usually arrive title-case (REST APIs) or lower-case (HTTP APIs, ALB):
        # try those spellings before building the case-folded index.
        guess = key.title()
        if guess == key:
            guess = key.lower()
        value = _dict_get(table, guess, _MISSING)
        if value is not _MISSING:
            return value
        stored = self._stored_key(key)
        return _MISSING if stored is _MISSING else _dict_get(self, stored, _MISSING)

    def _stored_key(self, key: Any) -> Any:
        # Return the key as stored, or _MISSING.
        self._materialize()
        if dict.__contains__(self, key) or type(key) is not str:
            return key if dict.__contains__(self, key) else _MISSING
        index = self._index
        if index is None:
            index = self._index = {_lower(stored): stored for stored in dict.__iter__(self)}
        return index.get(key.lower(), _MISSING)

    def __getitem__(self, key: Any) -> Any:
        value = self._lookup(key)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return self._lookup(key) is not _MISSING

    def get(self, key: Any, default: Any = None) -> Any:
        """Return the value for ``key`` in any letter case, else ``default``."""
        source = self._source
        table = self if source is None else source
        value = _dict_get(table, key, _MISSING)
        if value is not _MISSING:
            return value
        if type(key) is str:
            # Inline of the common _lookup_folded hit: the title-case spelling of REST APIs.
            value = _dict_get(table, key.title(), _MISSING)
            if value is not _MISSING:
                return value
        value = self._lookup_folded(key)
        return default if value is _MISSING else value

    def __setitem__(self, key: Any, value: Any) -> None:
        stored = self._stored_key(key)
        if stored is not _MISSING and stored != key:
            dict.__delitem__(self, stored)
        self._index = None
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: Any) -> None:
        stored = self._stored_key(key)
        if stored is _MISSING:
            raise KeyError(key)
        self._index = None
        dict.__delitem__(self, stored)

    def pop(self, key: Any, *args: Any) -> Any:
        """Remove ``key`` in any letter case and return its value."""
        stored = self._stored_key(key)
        if stored is _MISSING:
            if args:
                return args[0]
            raise KeyError(key)
        self._index = None
        return dict.pop(self, stored)

    def popitem(self) -> tuple[Any, Any]:
        """Remove and return the last inserted entry."""
        self._materialize()
        self._index = None
        return dict.popitem(self)

    def clear(self) -> None:
        """Remove every entry."""
        self._source = None
        self._index = None
        dict.clear(self)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        """Return the value of ``key``, inserting ``default`` first when it is missing."""
        value = self._lookup(key)
        if value is not _MISSING:
            return value
        self[key] = default
        return default

    def update(self, data: Any = None, **kwargs: Any) -> None:  # type: ignore[override]
        """Add entries from a mapping, an iterable of pairs or keyword arguments."""
        if data:
            pairs = data.items() if hasattr(data, "items") else data
            for key, value in pairs:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self) -> CaseInsensitiveDict:
        """Return a shallow copy that is still case-insensitive."""
        self._materialize()
        return CaseInsensitiveDict(dict.items(self))

    def keys(self) -> Any:
        """Return a view of the keys, in the letter case they arrived with."""
        self._materialize()
        return dict.keys(self)

    def values(self) -> Any:
        """Return a view of the values."""
        self._materialize()
        return dict.values(self)

    def items(self) -> Any:
        """Return a view of the ``(key, value)`` pairs."""
        self._materialize()
        return dict.items(self)

    def __iter__(self) -> Iterator[Any]:
        self._materialize()
        return dict.__iter__(self)

    def __reversed__(self) -> Iterator[Any]:
        self._materialize()
        return dict.__reversed__(self)

    def __len__(self) -> int:
        source = self._source
        return dict.__len__(self) if source is None else len(source)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        folded = {_lower(key): value for key, value in self.items()}
        return folded == {_lower(key): value for key, value in other.items()}

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __or__(self, other: Any) -> CaseInsensitiveDict:
        merged = self.copy()
        merged.update(other)
        return merged

    def __ior__(self, other: Any) -> CaseInsensitiveDict:
        self.update(other)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (CaseInsensitiveDict, (dict(self.items()),))

    def __repr__(self) -> str:
        self._materialize()
        return dict.__repr__(self)


def _lower(key: Any) -> Any:
    return key.lower() if type(key) is str else key
