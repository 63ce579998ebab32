from messaging.providers.base import OutgoingMessage, Provider, ProviderError, SendResult, provider_get

__all__ = ["OutgoingMessage", "Provider", "ProviderError", "SendResult", "provider_get"]
