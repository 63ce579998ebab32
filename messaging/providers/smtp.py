"""Email through Django's configured email backend (EMAIL_HOST, EMAIL_PORT, ... in settings)."""

import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from messaging.providers.base import OutgoingMessage, ProviderError, SendResult


class SmtpProvider:
    name = "smtp"

    def send(self, message: OutgoingMessage) -> SendResult:
        message_id = f"<{message.idempotency_key}@{settings.HERALD_EMAIL_DOMAIN}>"
        email = EmailMessage(
            subject=message.subject or settings.HERALD_DEFAULT_SUBJECT,
            body=message.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[message.recipient],
            # A stable Message-ID lets receiving servers drop a resend of the same message.
            headers={"Message-ID": message_id, "X-Herald-Idempotency-Key": message.idempotency_key},
        )
        try:
            with get_connection(fail_silently=False) as connection:
                connection.send_messages([email])
        except smtplib.SMTPRecipientsRefused as error:
            raise ProviderError(f"recipient refused: {error.recipients}", permanent=True) from error
        except (smtplib.SMTPException, OSError) as error:
            raise ProviderError(f"SMTP error: {error}") from error
        return SendResult(provider_message_id=message_id)
