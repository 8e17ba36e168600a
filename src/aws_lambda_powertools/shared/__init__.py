"""Building blocks shared by every utility: env readers, JSON encoding, caches, cold start.

Importing this package (which every utility does) gives the ``aws_lambda_powertools``
package logger its handler, so the package root itself stays free of ``logging``.
"""

from __future__ import annotations

from aws_lambda_powertools.package_logger import set_package_logger_handler

set_package_logger_handler()
