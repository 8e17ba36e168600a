# mypy: disable-error-code="no-any-return"
"""AWS IoT Core registry events: things, thing types and thing groups that changed.

IoT Core publishes these to ``$aws/events/...`` topics; a rule forwards them to a function.

Example:
    >>> event = IoTCoreThingEvent(raw_event)  # doctest: +SKIP
    >>> event.operation, event.thing_name, event.timestamp  # doctest: +SKIP
    ('CREATED', 'boiler-17', datetime.datetime(2024, 5, 27, 12, 20, 0, 512000))
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any, Literal

    EVENT_CRUD_OPERATION = Literal["CREATED", "UPDATED", "DELETED"]
    EVENT_ADD_REMOVE_OPERATION = Literal["ADDED", "REMOVED"]

# Literal types of the operation values, built on first use so importing this module does
# not load typing.
_OPERATION_TYPES = ("EVENT_CRUD_OPERATION", "EVENT_ADD_REMOVE_OPERATION")


def __getattr__(name: str) -> Any:
    if name not in _OPERATION_TYPES:
        message = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(message)
    from typing import Literal

    aliases: dict[str, object] = {
        "EVENT_CRUD_OPERATION": Literal["CREATED", "UPDATED", "DELETED"],
        "EVENT_ADD_REMOVE_OPERATION": Literal["ADDED", "REMOVED"],
    }
    globals().update(aliases)
    return aliases[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATION_TYPES})


class IoTCoreRegistryEventsBase(DictWrapper):
    """Fields every registry event has."""

    @property
    def event_id(self) -> str:
        """Unique identifier of the event."""
        return self._data["eventId"]

    @property
    def timestamp(self) -> datetime:
        """When the event happened, as a naive datetime in local time."""
        from datetime import datetime

        return datetime.fromtimestamp(self._data["timestamp"] / 1000)


class IoTCoreThingEvent(IoTCoreRegistryEventsBase):
    """A thing was created, updated or deleted.

    Documentation: https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thing
    """

    @property
    def event_type(self) -> Literal["THING_EVENT"]:
        """Always ``THING_EVENT``."""
        return self._data["eventType"]

    @property
    def operation(self) -> str:
        """``CREATED``, ``UPDATED`` or ``DELETED``."""
        return self._data["operation"]

    @property
    def thing_id(self) -> str:
        """Identifier of the thing."""
        return self._data["thingId"]

    @property
    def account_id(self) -> str:
        """Account that owns the thing."""
        return self._data["accountId"]

    @property
    def thing_name(self) -> str:
        """Name of the thing."""
        return self._data["thingName"]

    @property
    def version_number(self) -> int:
        """Version of the thing, incremented on each update."""
        return self._data["versionNumber"]

    @property
    def thing_type_name(self) -> str | None:
        """Thing type of the thing, if any."""
        return self._data.get("thingTypeName")

    @property
    def attributes(self) -> dict[str, Any]:
        """Attributes of the thing."""
        return self._data["attributes"]


class IoTCoreThingTypeEvent(IoTCoreRegistryEventsBase):
    """A thing type was created, updated, deprecated or deleted.

    Documentation: https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thingtype
    """

    @property
    def event_type(self) -> str:
        """Always ``THING_TYPE_EVENT``."""
        return self._data["eventType"]

    @property
    def operation(self) -> EVENT_CRUD_OPERATION:
        """``CREATED``, ``UPDATED`` or ``DELETED``."""
        return self._data["operation"]

    @property
    def account_id(self) -> str:
        """Account that owns the thing type."""
        return self._data["accountId"]

    @property
    def thing_type_id(self) -> str:
        """Identifier of the thing type."""
        return self._data["thingTypeId"]

    @property
    def thing_type_name(self) -> str:
        """Name of the thing type."""
        return self._data["thingTypeName"]

    @property
    def is_deprecated(self) -> bool:
        """Whether the thing type is deprecated."""
        return self._data["isDeprecated"]

    @property
    def deprecation_date(self) -> datetime | None:
        """When the thing type was deprecated, else ``None``."""
        value = self._data.get("deprecationDate")
        if value is None:
            return None

        from datetime import datetime

        # fromisoformat accepts a trailing "Z" only from Python 3.11 on.
        if value.endswith(("Z", "z")):
            value = f"{value[:-1]}+00:00"
        return datetime.fromisoformat(value)

    @property
    def searchable_attributes(self) -> list[str]:
        """Attributes that can be searched on things of this type."""
        return self._data["searchableAttributes"]

    @property
    def propagating_attributes(self) -> list[dict[str, str]]:
        """Attributes added to MQTT messages of things of this type."""
        return self._data["propagatingAttributes"]

    @property
    def description(self) -> str:
        """Description of the thing type."""
        return self._data["description"]


class IoTCoreThingTypeAssociationEvent(IoTCoreRegistryEventsBase):
    """A thing was associated with, or dissociated from, a thing type.

    Documentation: https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thingtype-assoc
    """

    @property
    def event_type(self) -> Literal["THING_TYPE_ASSOCIATION_EVENT"]:
        """Always ``THING_TYPE_ASSOCIATION_EVENT``."""
        return self._data["eventType"]

    @property
    def operation(self) -> EVENT_ADD_REMOVE_OPERATION:
        """``ADDED`` or ``REMOVED``."""
        return self._data["operation"]

    @property
    def thing_id(self) -> str:
        """Identifier of the thing."""
        return self._data["thingId"]

    @property
    def thing_name(self) -> str:
        """Name of the thing."""
        return self._data["thingName"]

    @property
    def thing_type_name(self) -> str:
        """Name of the thing type."""
        return self._data["thingTypeName"]


class IoTCoreThingGroupEvent(IoTCoreRegistryEventsBase):
    """A thing group was created, updated or deleted.

    Documentation: https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thinggroup
    """

    @property
    def event_type(self) -> str:
        """Always ``THING_GROUP_EVENT``."""
        return self._data["eventType"]

    @property
    def operation(self) -> EVENT_CRUD_OPERATION:
        """``CREATED``, ``UPDATED`` or ``DELETED``."""
        return self._data["operation"]

    @property
    def account_id(self) -> str:
        """Account that owns the group."""
        return self._data["accountId"]

    @property
    def thing_group_id(self) -> str:
        """Identifier of the group."""
        return self._data["thingGroupId"]

    @property
    def thing_group_name(self) -> str:
        """Name of the group."""
        return self._data["thingGroupName"]

    @property
    def version_number(self) -> int:
        """Version of the group, incremented on each update."""
        return self._data["versionNumber"]

    @property
    def parent_group_name(self) -> str | None:
        """Name of the parent group, if any."""
        return self._data.get("parentGroupName")

    @property
    def parent_group_id(self) -> str | None:
        """Identifier of the parent group, if any."""
        return self._data.get("parentGroupId")

    @property
    def description(self) -> str:
        """Description of the group."""
        return self._data["description"]

    @property
    def root_to_parent_thing_groups(self) -> list[dict[str, str]]:
        """Ancestors of the group, from the root down (``groupArn``, ``groupId``)."""
        return self._data["rootToParentThingGroups"]

    @property
    def attributes(self) -> dict[str, Any]:
        """Attributes of the group."""
        return self._data["attributes"]

    @property
    def dynamic_group_mapping_id(self) -> str | None:
        """Identifier of the dynamic group mapping, for dynamic groups."""
        return self._data.get("dynamicGroupMappingId")


class IoTCoreAddOrRemoveFromThingGroupEvent(IoTCoreRegistryEventsBase):
    """A thing was added to, or removed from, a thing group.

    Documentation: https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thinggroup-addremove
    """

    @property
    def event_type(self) -> str:
        """Always ``THING_GROUP_MEMBERSHIP_EVENT``."""
        return self._data["eventType"]

    @property
    def operation(self) -> EVENT_ADD_REMOVE_OPERATION:
        """``ADDED`` or ``REMOVED``."""
        return self._data["operation"]

    @property
    def account_id(self) -> str:
        """Account that owns the group."""
        return self._data["accountId"]

    @property
    def group_arn(self) -> str:
        """ARN of the group."""
        return self._data["groupArn"]

    @property
    def group_id(self) -> str:
        """Identifier of the group."""
        return self._data["groupId"]

    @property
    def thing_arn(self) -> str:
        """ARN of the thing."""
        return self._data["thingArn"]

    @property
    def thing_id(self) -> str:
        """Identifier of the thing."""
        return self._data["thingId"]

    @property
    def membership_id(self) -> str:
        """Identifier of the membership."""
        return self._data["membershipId"]


class IoTCoreAddOrDeleteFromThingGroupEvent(IoTCoreRegistryEventsBase):
    """A thing group was added to, or removed from, another thing group.

    Documentation: https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html#registry-events-thinggroup-adddelete
    """

    @property
    def event_type(self) -> str:
        """Always ``THING_GROUP_HIERARCHY_EVENT``."""
        return self._data["eventType"]

    @property
    def operation(self) -> EVENT_ADD_REMOVE_OPERATION:
        """``ADDED`` or ``REMOVED``."""
        return self._data["operation"]

    @property
    def account_id(self) -> str:
        """Account that owns the groups."""
        return self._data["accountId"]

    @property
    def thing_group_id(self) -> str:
        """Identifier of the parent group."""
        return self._data["thingGroupId"]

    @property
    def thing_group_name(self) -> str:
        """Name of the parent group."""
        return self._data["thingGroupName"]

    @property
    def child_group_id(self) -> str:
        """Identifier of the child group."""
        return self._data["childGroupId"]

    @property
    def child_group_name(self) -> str:
        """Name of the child group."""
        return self._data["childGroupName"]
