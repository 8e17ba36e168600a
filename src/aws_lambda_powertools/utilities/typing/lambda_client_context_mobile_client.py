"""The mobile application that invoked a Lambda function through the AWS Mobile SDK."""

from __future__ import annotations


class LambdaClientContextMobileClient:
    """The client application described in a mobile invocation's client context.

    Args:
        installation_id: unique id of this installation of the app.
        app_title: the app's title.
        app_version_name: human-readable version, e.g. ``"1.0.2"``.
        app_version_code: build number, e.g. ``"102"``.
        app_package_name: package or bundle id, e.g. ``"com.example.app"``.
    """

    __slots__ = (
        "_app_package_name",
        "_app_title",
        "_app_version_code",
        "_app_version_name",
        "_installation_id",
    )

    def __init__(
        self,
        *,
        installation_id: str | None = None,
        app_title: str | None = None,
        app_version_name: str | None = None,
        app_version_code: str | None = None,
        app_package_name: str | None = None,
    ) -> None:
        self._installation_id = installation_id
        self._app_title = app_title
        self._app_version_name = app_version_name
        self._app_version_code = app_version_code
        self._app_package_name = app_package_name

    @property
    def installation_id(self) -> str | None:
        """Unique id of this installation of the app."""
        return self._installation_id

    @property
    def app_title(self) -> str | None:
        """The app's title."""
        return self._app_title

    @property
    def app_version_name(self) -> str | None:
        """The app's human-readable version."""
        return self._app_version_name

    @property
    def app_version_code(self) -> str | None:
        """The app's build number."""
        return self._app_version_code

    @property
    def app_package_name(self) -> str | None:
        """The app's package or bundle identifier."""
        return self._app_package_name

    def __repr__(self) -> str:
        return (
            f"LambdaClientContextMobileClient(installation_id={self._installation_id!r}, "
            f"app_title={self._app_title!r}, app_version_name={self._app_version_name!r}, "
            f"app_version_code={self._app_version_code!r}, "
            f"app_package_name={self._app_package_name!r})"
        )
