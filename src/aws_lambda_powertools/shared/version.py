"""The package version, defined in this one place."""

VERSION = "0.1.0"
