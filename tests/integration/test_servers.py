"""The real servers the integration suite relies on answer over their real protocols."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.integration


def test_dynamodb_table_round_trips_an_item_over_http(aws):
    """A table created in the emulator stores and returns an item through boto3."""
    import boto3

    client = boto3.client("dynamodb")
    table_name = f"items-{uuid.uuid4().hex[:8]}"
    client.create_table(
        TableName=table_name,
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )

    client.put_item(TableName=table_name, Item={"id": {"S": "order-1"}, "total": {"N": "42.5"}})
    item = client.get_item(TableName=table_name, Key={"id": {"S": "order-1"}}, ConsistentRead=True)

    assert item["Item"] == {"id": {"S": "order-1"}, "total": {"N": "42.5"}}
    assert client.meta.endpoint_url == aws.url


def test_dynamodb_client_really_talks_to_the_loopback_server(aws):
    """The endpoint is a real HTTP server: a raw request to it gets an AWS-shaped answer."""
    import urllib.request

    request = urllib.request.Request(
        aws.url,
        data=b"{}",
        headers={
            "X-Amz-Target": "DynamoDB_20120810.ListTables",
            "Content-Type": "application/x-amz-json-1.0",
            "Authorization": (
                "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/dynamodb/aws4_request, "
                "SignedHeaders=host, Signature=0"
            ),
        },
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        body = response.read()

    assert response.status == 200
    assert b"TableNames" in body


def test_redis_set_then_get_returns_the_value(redis_server):
    """SET and GET against the real redis-server round-trip a value."""
    import redis

    client = redis.Redis(host=redis_server.host, port=redis_server.port, socket_timeout=5)
    key = f"pt-test-{uuid.uuid4().hex}"

    assert client.set(key, "hello", ex=60, nx=True) is True
    assert client.get(key) == b"hello"
    assert client.set(key, "other", nx=True) is None
    assert client.ttl(key) > 0
    client.close()
