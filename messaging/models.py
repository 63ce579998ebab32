from django.db import models
from django.db.models import Q

from campaigns.models import Campaign, Contact


class Message(models.Model):
    """One campaign's message to one contact: the unit of delivery and the source of truth."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        SENDING = "sending"
        RETRYING = "retrying"
        SENT = "sent"
        FAILED = "failed"

    UNFINISHED = (Status.QUEUED, Status.SENDING, Status.RETRYING)

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="messages")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="messages")
    idempotency_key = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # When a worker's claim on a `sending` row runs out; after that the row may be claimed again.
    claimed_until = models.DateTimeField(null=True, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    # When the row was last handed to the broker; the sweeper re-publishes rows left too long.
    dispatched_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    body = models.TextField(blank=True)
    provider_message_id = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(help_text="When the message was queued.")
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "contact"], name="message_campaign_contact_uniq"),
        ]
        indexes = [
            models.Index(fields=["campaign", "status", "id"], name="message_campaign_status_idx"),
            models.Index(
                fields=["next_attempt_at"],
                name="message_unfinished_due_idx",
                condition=Q(status__in=["queued", "sending", "retrying"]),
            ),
            # The sweeper looks for unfinished rows handed to the broker long ago: few, found by range.
            models.Index(
                fields=["dispatched_at"],
                name="message_unfinished_sent_idx",
                condition=Q(status__in=["queued", "sending", "retrying"]),
            ),
        ]

    def __str__(self) -> str:
        return f"message {self.pk} ({self.status})"


class Event(models.Model):
    """Append-only history of a message: queued, sent, retry, failed, requeued, provider events."""

    class Kind(models.TextChoices):
        QUEUED = "queued"
        SENT = "sent"
        RETRY = "retry"
        FAILED = "failed"
        REQUEUED = "requeued"
        DELIVERED = "delivered"
        BOUNCED = "bounced"

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="events")
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    attempt = models.PositiveSmallIntegerField(default=0)
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["message", "id"], name="event_message_idx")]

    def __str__(self) -> str:
        return f"{self.kind} for message {self.message_id}"


class LatencyBucket(models.Model):
    """Per-campaign log-scale histogram of delivery latency, kept as batches are recorded."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="latency_buckets")
    bucket = models.PositiveIntegerField()
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "bucket"], name="latency_campaign_bucket_uniq")]

    def __str__(self) -> str:
        return f"campaign {self.campaign_id} bucket {self.bucket}: {self.count}"


class RateLimiter(models.Model):
    """A shared send-rate reservation: the next free send slot, as seconds since the epoch."""

    name = models.CharField(max_length=64, primary_key=True)
    next_free_at = models.FloatField(default=0)

    def __str__(self) -> str:
        return self.name


class MockDelivery(models.Model):
    """What the mock provider accepted: stands in for the outside service's own records."""

    idempotency_key = models.CharField(max_length=64, unique=True)
    message_id = models.BigIntegerField()
    recipient = models.CharField(max_length=254)
    body = models.TextField()
    provider_message_id = models.CharField(max_length=64)
    requests = models.PositiveIntegerField(default=1, help_text="Send requests seen for this key.")
    accepted_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "mock deliveries"

    def __str__(self) -> str:
        return self.idempotency_key
