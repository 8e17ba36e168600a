"""A small order-payment handler that uses the core utilities together; run with `make demo`.

It invokes the handler twice with an API Gateway event (a cold, then a warm invocation)
and prints what a Lambda function would write to CloudWatch Logs: structured JSON log
lines and CloudWatch Embedded Metric Format documents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.middleware_factory import lambda_handler_decorator
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent

logger = Logger(service="payment")
metrics = Metrics(namespace="ServerlessAirline", service="payment")
tracer = Tracer(service="payment")  # disabled outside Lambda: costs nothing here


@lambda_handler_decorator
def require_json(handler: Any, event: dict[str, Any], context: Any) -> Any:
    """Reject requests whose body is not JSON before the handler runs."""
    try:
        json.loads(event.get("body") or "{}")
    except json.JSONDecodeError:
        return {"statusCode": 400, "body": json.dumps({"message": "body must be JSON"})}
    return handler(event, context)


@tracer.capture_method
def charge(order_id: str, amount: float) -> str:
    """Pretend to charge a card and return a payment id."""
    logger.info("Charging card", order_id=order_id, amount=amount)
    return f"pay-{order_id}"


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics(capture_cold_start_metric=True)
@tracer.capture_lambda_handler
@require_json
def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Charge the order in the request body and answer with the payment id."""
    request = APIGatewayProxyEvent(event)
    order = request.json_body
    payment_id = charge(order["order_id"], order["amount"])

    metrics.add_dimension(name="method", value=request.http_method)
    metrics.add_metric(name="SuccessfulPayment", unit=MetricUnit.Count, value=1)
    metrics.add_metric(name="PaymentAmount", unit=MetricUnit.NoUnit, value=order["amount"])
    logger.info("Payment accepted", payment_id=payment_id)
    return {"statusCode": 200, "body": json.dumps({"payment_id": payment_id})}


@dataclass
class DemoContext:
    """The attributes of a Lambda context the utilities read."""

    function_name: str = "payment-handler"
    memory_limit_in_mb: int = 256
    invoked_function_arn: str = "arn:aws:lambda:eu-west-1:123456789012:function:payment-handler"
    aws_request_id: str = "0d4f3c8e-5b8a-4c1e-9e4b-2f1c6a7d9e10"


def sample_event(order_id: str, amount: float) -> dict[str, Any]:
    """Build a REST API (payload v1) event carrying an order."""
    return {
        "resource": "/payments",
        "path": "/payments",
        "httpMethod": "POST",
        "headers": {"Content-Type": "application/json"},
        "multiValueHeaders": {"Content-Type": ["application/json"]},
        "queryStringParameters": None,
        "pathParameters": None,
        "requestContext": {"requestId": f"req-{order_id}", "stage": "prod"},
        "body": json.dumps({"order_id": order_id, "amount": amount}),
        "isBase64Encoded": False,
    }


def main() -> None:
    """Invoke the handler twice, as Lambda would: a cold start, then a warm invocation."""
    for order_id, amount in (("o-1001", 42.5), ("o-1002", 9.99)):
        response = lambda_handler(sample_event(order_id, amount), DemoContext())
        print(f"response: {json.dumps(response)}")


if __name__ == "__main__":
    main()
