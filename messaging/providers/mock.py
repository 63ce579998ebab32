"""A stand-in for an outside delivery service, for development and tests.

It behaves like a real API: it answers after MOCK_LATENCY_MS, fails transiently at
MOCK_FAILURE_RATE, rejects addresses on the reserved `.invalid` domain permanently, and dedupes
on the idempotency key. What it accepts is written through its own database connection
(alias "provider") in autocommit, so it stays recorded even if the worker dies or rolls back:
tests count MockDelivery rows to see what was really delivered, and `requests` to see how
often it was asked.
"""

import random
import time
import uuid

from django.conf import settings
from django.db import DatabaseError, connections
from django.utils import timezone

from messaging.providers.base import OutgoingMessage, ProviderError, SendResult

ALIAS = "provider"


class MockProvider:
    name = "mock"

    def send(self, message: OutgoingMessage) -> SendResult:
        if settings.MOCK_LATENCY_MS:
            time.sleep(settings.MOCK_LATENCY_MS / 1000)
        if message.recipient.lower().endswith(".invalid"):
            raise ProviderError(f"mailbox {message.recipient} does not exist", permanent=True)
        if random.random() < settings.MOCK_FAILURE_RATE:
            raise ProviderError("simulated transient provider failure (MOCK_FAILURE_RATE)")
        try:
            return SendResult(provider_message_id=self._accept(message))
        except DatabaseError as error:
            connections[ALIAS].close()
            raise ProviderError(f"mock provider storage unavailable: {error}") from error

    def _accept(self, message: OutgoingMessage) -> str:
        table = "messaging_mockdelivery"
        with connections[ALIAS].cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (idempotency_key, message_id, recipient, body, provider_message_id,"
                " requests, accepted_at) VALUES (%s, %s, %s, %s, %s, 1, %s)"
                " ON CONFLICT (idempotency_key) DO UPDATE SET requests = " + table + ".requests + 1"
                " RETURNING provider_message_id",
                [
                    message.idempotency_key,
                    message.message_id,
                    message.recipient,
                    message.body,
                    f"mock-{uuid.uuid4().hex}",
                    timezone.now(),
                ],
            )
            row = cursor.fetchone()
        assert row is not None
        return str(row[0])
