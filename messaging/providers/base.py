"""The delivery provider interface: one class per provider, one `send` method, one error type."""

from dataclasses import dataclass
from functools import cache
from typing import Protocol

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class OutgoingMessage:
    message_id: int
    idempotency_key: str
    recipient: str
    recipient_name: str
    subject: str
    body: str


@dataclass(frozen=True)
class SendResult:
    provider_message_id: str


class ProviderError(Exception):
    """A failed send. `permanent` errors are not retried (bad address, rejected content)."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Provider(Protocol):
    name: str

    def send(self, message: OutgoingMessage) -> SendResult:
        """Deliver one message or raise ProviderError. Must pass idempotency_key to the service."""
        ...


PROVIDERS = {
    "mock": "messaging.providers.mock.MockProvider",
    "smtp": "messaging.providers.smtp.SmtpProvider",
}


@cache
def provider_get(name: str | None = None) -> Provider:
    key = name or settings.HERALD_PROVIDER
    if key not in PROVIDERS:
        raise ImproperlyConfigured(f"HERALD_PROVIDER must be one of {', '.join(sorted(PROVIDERS))}, got {key!r}")
    provider: Provider = import_string(PROVIDERS[key])()
    return provider
