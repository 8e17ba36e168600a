"""Lambda Function URL events, which use the API Gateway HTTP API payload (format 2.0).

Example:
    >>> event = LambdaFunctionUrlEvent({"rawPath": "/", "requestContext": {"stage": "$default"}})
    >>> event.path
    '/'
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.api_gateway_proxy_event import (
    APIGatewayProxyEventV2,
)


class LambdaFunctionUrlEvent(APIGatewayProxyEventV2):
    """Function URL invocation event.

    The payload matches HTTP API payload 2.0, except that ``route_key``, path parameters and
    stage variables are not set and the stage is always ``$default``.
    """
