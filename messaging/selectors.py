"""Reads for delivery: campaign stats and message lists, fast at millions of messages."""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Prefetch, QuerySet

from campaigns.models import Campaign, Tag
from messaging.latency import histogram_coarse, histogram_percentile
from messaging.models import LatencyBucket, Message


@dataclass(frozen=True)
class CampaignStats:
    status: str
    total: int
    queued: int
    sending: int
    retrying: int
    sent: int
    failed: int
    p50_ms: float | None
    p95_ms: float | None
    latency_histogram: list[dict[str, float | int]] = field(default_factory=list)
    audience_size: int | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None


def campaign_stats(*, campaign: Campaign) -> CampaignStats:
    """Counts by status (one indexed GROUP BY) and latency percentiles from the histogram."""
    counts = dict(
        Message.objects.filter(campaign_id=campaign.pk)
        .order_by()
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    buckets = list(
        LatencyBucket.objects.filter(campaign_id=campaign.pk).order_by("bucket").values_list("bucket", "count")
    )
    by_status = {status: counts.get(status, 0) for status in Message.Status.values}
    unfinished = sum(by_status[s] for s in Message.UNFINISHED)
    return CampaignStats(
        status=campaign.status,
        total=sum(by_status.values()),
        queued=unfinished,
        sending=by_status[Message.Status.SENDING],
        retrying=by_status[Message.Status.RETRYING],
        sent=by_status[Message.Status.SENT],
        failed=by_status[Message.Status.FAILED],
        p50_ms=histogram_percentile(buckets, 0.50),
        p95_ms=histogram_percentile(buckets, 0.95),
        latency_histogram=histogram_coarse(buckets),
        audience_size=campaign.audience_size,
        started_at=campaign.started_at,
        finished_at=campaign.finished_at,
    )


def campaign_messages(*, campaign: Campaign, status: str | None = None) -> QuerySet[Message]:
    messages = Message.objects.filter(campaign_id=campaign.pk)
    if status:
        messages = messages.filter(status=status)
    return messages.select_related("contact").prefetch_related(
        Prefetch("contact__tags", queryset=Tag.objects.order_by("name"))
    )
