from typing import Any

from rest_framework import serializers

from messaging.models import Message


class RecipientSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    email = serializers.EmailField()


class MessageSerializer(serializers.ModelSerializer[Message]):
    recipient = RecipientSerializer(source="contact", read_only=True)
    tags = serializers.SerializerMethodField()

    class Meta:
        model = Message
        fields = [
            "id", "recipient", "tags", "status", "attempts", "created_at", "sent_at", "last_error",
            "next_attempt_at", "provider_message_id", "idempotency_key",
        ]  # fmt: skip
        read_only_fields = fields

    def get_tags(self, message: Message) -> list[str]:
        return [tag.name for tag in message.contact.tags.all()]


class LatencyBinSerializer(serializers.Serializer[Any]):
    le_ms = serializers.FloatField()
    count = serializers.IntegerField()


class StatsSerializer(serializers.Serializer[Any]):
    status = serializers.CharField()
    total = serializers.IntegerField()
    queued = serializers.IntegerField(help_text="Not finished yet: queued + sending + retrying.")
    sending = serializers.IntegerField()
    retrying = serializers.IntegerField()
    sent = serializers.IntegerField()
    failed = serializers.IntegerField()
    p50_ms = serializers.FloatField(allow_null=True)
    p95_ms = serializers.FloatField(allow_null=True)
    latency_histogram = LatencyBinSerializer(many=True)
    audience_size = serializers.IntegerField(allow_null=True)
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)


class RetryResultSerializer(serializers.Serializer[Any]):
    requeued = serializers.IntegerField()
