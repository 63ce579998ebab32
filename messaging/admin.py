from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from messaging.models import Event, LatencyBucket, Message, MockDelivery


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    """History is written by the pipeline only; operators read it here."""

    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class EventInline(admin.TabularInline[Event, Message]):
    model = Event
    fields = ("kind", "attempt", "detail", "created_at")
    readonly_fields = ("kind", "attempt", "detail", "created_at")
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Message)
class MessageAdmin(ReadOnlyAdmin):
    list_display = ["id", "campaign", "contact", "status", "attempts", "created_at", "sent_at", "last_error"]
    list_filter = ["status", "campaign"]
    search_fields = ["idempotency_key", "contact__email", "provider_message_id"]
    list_select_related = ["campaign", "contact"]
    raw_id_fields = ["campaign", "contact"]
    inlines = [EventInline]


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ["id", "message_id", "campaign", "kind", "attempt", "detail", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["campaign"]
    search_fields = ["message__idempotency_key"]


@admin.register(LatencyBucket)
class LatencyBucketAdmin(ReadOnlyAdmin):
    list_display = ["campaign", "bucket", "count"]


@admin.register(MockDelivery)
class MockDeliveryAdmin(ReadOnlyAdmin):
    list_display = ["idempotency_key", "recipient", "requests", "accepted_at"]
    search_fields = ["idempotency_key", "recipient"]
