"""Build your own Lambda handler middlewares: run code before, after and around a handler."""

from __future__ import annotations

from aws_lambda_powertools.middleware_factory.factory import lambda_handler_decorator

__all__ = ["lambda_handler_decorator"]
