from typing import Any

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower


class Tag(models.Model):
    name = models.CharField(max_length=64, unique=True, help_text="Lower-case; used in segment rules.")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.name = self.name.strip().lower()
        super().save(*args, **kwargs)


class Contact(models.Model):
    """An end user who receives messages (not an operator: those are auth.User)."""

    name = models.CharField(max_length=200)
    email = models.EmailField(max_length=254, unique=True)
    phone = models.CharField(max_length=32, blank=True)
    attributes = models.JSONField(default=dict, blank=True)
    tags = models.ManyToManyField(Tag, related_name="contacts", blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(Lower("name"), name="contact_name_lower_idx")]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


class Campaign(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        SCHEDULED = "scheduled"
        SENDING = "sending"
        SENT = "sent"
        PAUSED = "paused"
        CANCELLED = "cancelled"

    class Channel(models.TextChoices):
        EMAIL = "email"
        SMS = "sms"

    name = models.CharField(max_length=200)
    template = models.TextField(help_text="Django template syntax, e.g. Hi {{ name }}!")
    subject = models.CharField(max_length=200, blank=True)
    segment_rule = models.CharField(
        max_length=500, blank=True, help_text="Tags: comma = AND, | = OR, ! = NOT. Empty = everyone subscribed."
    )
    channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.EMAIL)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    audience_size = models.PositiveIntegerField(null=True, blank=True)
    # Materialisation progress: the last contact id turned into messages, and when it finished.
    materialised_through = models.BigIntegerField(default=0)
    materialised_at = models.DateTimeField(null=True, blank=True)
    scheduled_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The client's Idempotency-Key for the request that created it: a retried POST finds it.
    request_key = models.CharField(max_length=128, null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "updated_at"], name="campaign_status_updated_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["created_by", "request_key"],
                condition=models.Q(request_key__isnull=False),
                name="campaign_request_key_uniq",
            )
        ]

    def __str__(self) -> str:
        return self.name
