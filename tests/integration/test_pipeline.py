"""The whole flow with real worker processes, on whichever backend the run is configured for
(SQLite + on-disk broker by default; PostgreSQL + RabbitMQ with DATABASE_URL/CELERY_BROKER_URL)."""

import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.db.models import Sum
from rest_framework.test import APIClient

from campaigns.models import Campaign, Contact
from messaging.models import Event, Message, MockDelivery
from tests.conftest import Worker, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def campaign_status(campaign_id: int) -> str:
    return Campaign.objects.values_list("status", flat=True).get(pk=campaign_id)


def assert_delivered_exactly_once(campaign_id: int) -> None:
    messages = Message.objects.filter(campaign_id=campaign_id)
    keys = set(messages.values_list("idempotency_key", flat=True))
    accepted = list(MockDelivery.objects.filter(idempotency_key__in=keys).values_list("idempotency_key", flat=True))
    assert sorted(accepted) == sorted(keys), "every message is accepted by the provider, and only once"
    provider_ids = dict(MockDelivery.objects.values_list("idempotency_key", "provider_message_id"))
    for key, provider_id in messages.values_list("idempotency_key", "provider_message_id"):
        assert provider_ids[key] == provider_id, "the message records the id the provider gave it"


SLOW_PROVIDER = {"MOCK_LATENCY_MS": "40", "PROVIDER_CONCURRENCY": "4", "BATCH_SIZE": "40"}


def campaign_in_flight(
    start_worker: Callable[..., Worker],
    make_audience: Callable[..., list[int]],
    make_campaign: Callable[..., Campaign],
    *,
    audience: int,
    delivered: int,
) -> tuple[Worker, Campaign]:
    """A campaign being sent through a slow provider, once `delivered` messages got through."""
    from campaigns.services import campaign_send

    make_audience(audience)
    worker = start_worker(**SLOW_PROVIDER)
    campaign = make_campaign(segment_rule="vip")
    campaign_send(campaign_id=campaign.pk)
    wait_for(lambda: MockDelivery.objects.count() >= delivered, timeout=60, message="no progress mid-campaign")
    return worker, campaign


def test_demo_flow_through_the_api(
    start_worker: Callable[..., Worker], make_contact: Callable[..., Contact], api: APIClient
) -> None:
    from django.core.management import call_command

    call_command("seed_users", "--seed", "7")
    make_contact(name="Gone Away", tags=("vip",), unsubscribed=True)
    vip = Contact.objects.filter(tags__name="vip", unsubscribed_at__isnull=True).count()
    assert 6 <= vip <= 10
    start_worker(MOCK_FAILURE_RATE="0.1")

    created = api.post(
        "/api/campaigns/",
        {"name": "Welcome Back", "template": "Hi {{name}}, we miss you! 💌", "segment_rule": "vip"},
        format="json",
    )
    assert created.status_code == 201, created.content
    campaign_id = created.json()["id"]
    assert created.json()["status"] == "draft"

    preview = api.get(f"/api/campaigns/{campaign_id}/preview/").json()
    assert preview["audience_size"] == vip
    assert 0 < len(preview["targets"]) <= 10
    first = preview["targets"][0]
    assert first["rendered"] == f"Hi {first['name']}, we miss you! 💌"
    assert "vip" in first["tags"]

    sent = api.post(f"/api/campaigns/{campaign_id}/send/")
    assert sent.status_code == 202, sent.content
    assert sent.json() == {"id": campaign_id, "status": "sending", "audience_size": vip}

    def finished() -> dict[str, Any] | None:
        stats = api.get(f"/api/campaigns/{campaign_id}/stats/").json()
        return stats if stats["queued"] == 0 and stats["status"] == "sent" else None

    stats = wait_for(finished, timeout=90, message="campaign never finished")
    assert stats["total"] == vip
    assert stats["sent"] == vip
    assert stats["failed"] == 0
    assert stats["p50_ms"] is not None
    assert stats["p95_ms"] is not None
    assert 0 <= stats["p50_ms"] <= stats["p95_ms"]

    page = api.get(f"/api/campaigns/{campaign_id}/messages/?status=sent").json()
    assert len(page["results"]) == vip
    row = page["results"][0]
    assert row["status"] == "sent"
    assert row["sent_at"]
    assert row["attempts"] >= 1
    assert set(row["recipient"]) >= {"id", "name", "email"}
    assert "vip" in row["tags"]
    assert api.get(f"/api/campaigns/{campaign_id}/").json()["status"] == "sent"
    assert not Message.objects.filter(contact__unsubscribed_at__isnull=False).exists()
    bodies = set(Message.objects.values_list("body", flat=True))
    assert all(body.startswith("Hi ") and body.endswith("we miss you! 💌") for body in bodies)
    assert_delivered_exactly_once(campaign_id)


def test_double_send_is_refused_and_nothing_is_sent_twice(
    start_worker: Callable[..., Worker], make_audience: Callable[..., list[int]], api: APIClient
) -> None:
    make_audience(120)
    start_worker()
    campaign_id = api.post(
        "/api/campaigns/", {"name": "Once", "template": "Hi {{ name }}", "segment_rule": "vip"}, format="json"
    ).json()["id"]
    assert api.post(f"/api/campaigns/{campaign_id}/send/").status_code == 202
    again = api.post(f"/api/campaigns/{campaign_id}/send/")
    assert again.status_code == 409
    assert "already" in again.json()["detail"]
    wait_for(lambda: campaign_status(campaign_id) == "sent", timeout=90, message="campaign never finished")
    assert api.post(f"/api/campaigns/{campaign_id}/send/").status_code == 409
    assert Message.objects.filter(campaign_id=campaign_id).count() == 120
    assert_delivered_exactly_once(campaign_id)
    assert MockDelivery.objects.aggregate(requests=Sum("requests"))["requests"] == 120, "no second request at all"


def test_killed_worker_loses_nothing_and_sends_nothing_twice(
    start_worker: Callable[..., Worker],
    make_audience: Callable[..., list[int]],
    make_campaign: Callable[..., Campaign],
) -> None:
    audience = 300
    first, campaign = campaign_in_flight(start_worker, make_audience, make_campaign, audience=audience, delivered=60)
    first.kill()
    at_kill = MockDelivery.objects.count()
    assert at_kill < audience, "the kill must land in the middle of the campaign"
    in_flight = Message.objects.filter(campaign=campaign, status=Message.Status.SENDING).count()

    start_worker(**SLOW_PROVIDER)
    wait_for(lambda: campaign_status(campaign.pk) == "sent", timeout=120, message="campaign never finished")

    assert Message.objects.filter(campaign=campaign, status=Message.Status.SENT).count() == audience
    assert_delivered_exactly_once(campaign.pk)
    # Only messages that were in the dead worker's hands may have been asked for again, and
    # the provider's idempotency key turned those into the one delivery counted above.
    repeated = MockDelivery.objects.filter(requests__gt=1).count()
    assert repeated <= in_flight, (repeated, in_flight)


def test_permanent_provider_failure_ends_failed_after_max_attempts(
    start_worker: Callable[..., Worker], make_audience: Callable[..., list[int]], make_campaign: Callable[..., Campaign]
) -> None:
    from campaigns.services import campaign_send

    make_audience(30)
    start_worker(MOCK_FAILURE_RATE="1", MAX_ATTEMPTS="5")
    campaign = make_campaign()
    campaign_send(campaign_id=campaign.pk)
    wait_for(lambda: campaign_status(campaign.pk) == "sent", timeout=90, message="campaign never finished")

    messages = Message.objects.filter(campaign=campaign)
    assert messages.count() == 30
    assert set(messages.values_list("status", "attempts")) == {("failed", 5)}
    assert all("simulated transient provider failure" in e for e in messages.values_list("last_error", flat=True))
    assert MockDelivery.objects.count() == 0
    retries = Event.objects.filter(campaign=campaign, kind=Event.Kind.RETRY).count()
    assert retries == 30 * 4
    assert Event.objects.filter(campaign=campaign, kind=Event.Kind.FAILED).count() == 30


def test_failed_messages_can_be_retried(
    start_worker: Callable[..., Worker],
    make_audience: Callable[..., list[int]],
    make_campaign: Callable[..., Campaign],
    api: APIClient,
) -> None:
    from campaigns.services import campaign_send

    make_audience(10, domain="example.invalid")  # the mock provider rejects .invalid permanently
    make_audience(10)
    worker = start_worker()
    campaign = make_campaign()
    campaign_send(campaign_id=campaign.pk)
    wait_for(lambda: campaign_status(campaign.pk) == "sent", timeout=60, message="campaign never finished")
    failed = Message.objects.filter(campaign=campaign, status="failed")
    assert failed.count() == 10
    assert set(failed.values_list("attempts", flat=True)) == {1}, "a permanent error is not retried"
    assert "does not exist" in failed.first().last_error  # type: ignore[union-attr]

    for contact in Contact.objects.filter(messages__status="failed"):
        contact.email = contact.email.replace(".invalid", ".com")
        contact.save()
    response = api.post(f"/api/campaigns/{campaign.pk}/retry-failed/")
    assert response.status_code == 202
    assert response.json() == {"requeued": 10}
    wait_for(
        lambda: Message.objects.filter(campaign=campaign, status="sent").count() == 20,
        timeout=60,
        message="retried messages were not sent",
    )
    wait_for(lambda: campaign_status(campaign.pk) == "sent", timeout=30, message="campaign not finished again")
    worker.stop()


def test_rate_limit_is_global_across_workers(
    start_worker: Callable[..., Worker], make_audience: Callable[..., list[int]], make_campaign: Callable[..., Campaign]
) -> None:
    from campaigns.services import campaign_send

    audience = 400
    make_audience(audience)
    workers = [start_worker(RATE_PER_SEC="50", BATCH_SIZE="100") for _ in range(2)]
    campaign = make_campaign()
    campaign_send(campaign_id=campaign.pk)
    wait_for(lambda: campaign_status(campaign.pk) == "sent", timeout=120, message="campaign never finished")

    sent_at = sorted(t for t in Message.objects.filter(campaign=campaign).values_list("sent_at", flat=True) if t)
    assert len(sent_at) == audience
    span = (sent_at[-1] - sent_at[0]).total_seconds()
    rate = (audience - 1) / span
    assert 45 <= rate <= 55, f"achieved {rate:.1f}/s, want 50/s ± 10%"
    # Both workers sent part of it: the limit is shared by them, not per worker.
    for worker in workers:
        assert re.search(r"'sent': [1-9]", worker.log()), "each worker delivered some messages"


def test_sweeper_recovers_a_lost_task(
    start_worker: Callable[..., Worker], make_audience: Callable[..., list[int]], make_campaign: Callable[..., Campaign]
) -> None:
    """A campaign whose materialise task never reached the broker still completes."""
    from unittest import mock

    from campaigns.services import campaign_send

    make_audience(25)
    campaign = make_campaign()
    with mock.patch("messaging.tasks.materialise_campaign.delay") as lost:
        campaign_send(campaign_id=campaign.pk)
    assert lost.call_count == 1
    start_worker(DISPATCH_TIMEOUT_SEC="2")
    wait_for(lambda: campaign_status(campaign.pk) == "sent", timeout=60, message="sweeper did not recover it")
    assert_delivered_exactly_once(campaign.pk)


def test_pause_stops_claiming_and_resume_finishes(
    start_worker: Callable[..., Worker],
    make_audience: Callable[..., list[int]],
    make_campaign: Callable[..., Campaign],
    api: APIClient,
) -> None:
    from campaigns.services import campaign_send

    audience = 150
    make_audience(audience)
    start_worker(RATE_PER_SEC="30", BATCH_SIZE="50")
    campaign = make_campaign()
    campaign_send(campaign_id=campaign.pk)
    wait_for(lambda: MockDelivery.objects.count() >= 20, timeout=60, message="no progress before the pause")
    assert api.post(f"/api/campaigns/{campaign.pk}/pause/").status_code == 200
    time.sleep(2)  # chunks already claimed finish (at most ~1 s of sends at this rate)
    paused_at = MockDelivery.objects.count()
    time.sleep(3)
    assert MockDelivery.objects.count() == paused_at, "nothing is sent while paused"
    assert paused_at < audience

    assert api.post(f"/api/campaigns/{campaign.pk}/resume/").status_code == 200
    wait_for(lambda: campaign_status(campaign.pk) == "sent", timeout=60, message="resumed campaign never finished")
    assert_delivered_exactly_once(campaign.pk)
