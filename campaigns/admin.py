from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from campaigns.errors import DomainError
from campaigns.models import Campaign, Contact, Tag
from campaigns.services import campaign_cancel, campaign_pause, campaign_resume, campaign_send
from messaging.services import campaign_retry_failed


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin[Tag]):
    list_display = ["name"]
    search_fields = ["name"]


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin[Contact]):
    list_display = ["name", "email", "tag_names", "unsubscribed_at", "created_at"]
    list_filter = ["tags", ("unsubscribed_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "email"]
    filter_horizontal = ["tags"]
    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Contact]:
        return super().get_queryset(request).prefetch_related("tags")

    @admin.display(description="tags")
    def tag_names(self, contact: Contact) -> str:
        return ", ".join(tag.name for tag in contact.tags.all())


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin[Campaign]):
    list_display = ["name", "status", "segment_rule", "audience_size", "created_at", "started_at", "finished_at"]
    list_filter = ["status", "channel"]
    search_fields = ["name", "segment_rule"]
    readonly_fields = [
        "status", "audience_size", "materialised_through", "materialised_at", "started_at", "finished_at",
        "created_by", "created_at", "updated_at",
    ]  # fmt: skip
    actions = ["send_campaigns", "pause_campaigns", "resume_campaigns", "cancel_campaigns", "retry_failed_messages"]

    @admin.action(description="Send selected campaigns")
    def send_campaigns(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        for campaign in queryset:
            try:
                sent = campaign_send(campaign_id=campaign.pk)
            except DomainError as error:
                self.message_user(request, f"{campaign.name}: {error.message}", messages.ERROR)
            else:
                self.message_user(request, f"{campaign.name}: sending to {sent.audience_size} contacts.")

    def _each(self, request: HttpRequest, queryset: QuerySet[Campaign], service: Any, done: str) -> None:
        for campaign in queryset:
            try:
                service(campaign_id=campaign.pk)
            except DomainError as error:
                self.message_user(request, f"{campaign.name}: {error.message}", messages.ERROR)
            else:
                self.message_user(request, f"{campaign.name}: {done}.")

    @admin.action(description="Pause selected campaigns")
    def pause_campaigns(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        self._each(request, queryset, campaign_pause, "paused")

    @admin.action(description="Resume selected campaigns")
    def resume_campaigns(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        self._each(request, queryset, campaign_resume, "resumed")

    @admin.action(description="Cancel selected campaigns")
    def cancel_campaigns(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        self._each(request, queryset, campaign_cancel, "cancelled")

    @admin.action(description="Retry failed messages of selected campaigns")
    def retry_failed_messages(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        for campaign in queryset:
            requeued = campaign_retry_failed(campaign_id=campaign.pk)
            self.message_user(request, f"{campaign.name}: {requeued} failed messages queued again.")
